// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace teiten {

/// The thread pool for Teiten's own background work: workspace queries, analyses, imports and
/// exports (`QtConcurrent::run(workerPool(), …)`). Deliberately not QThreadPool::globalInstance():
/// Qt's raster paint engine splits large fills over the global pool and the GUI thread waits for
/// them, so multi-second queries queued there froze painting (5 s after a 1.5 M packet import).
/// Any thread; lives until the application ends.
QThreadPool *workerPool();

} // namespace teiten
