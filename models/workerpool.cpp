// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerpool.h"

#include <algorithm>

#include <QThread>
#include <QThreadPool>

namespace teiten {

QThreadPool *workerPool()
{
    static QThreadPool *const pool = [] {
        auto *p = new QThreadPool; // never deleted: workers may still run while statics are destroyed
        p->setObjectName(QStringLiteral("teiten-workers"));
        // An import holds one thread for its whole run; queries still get two. They wait on SQLite
        // and the disk as much as on the CPU.
        p->setMaxThreadCount(std::max(3, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

} // namespace teiten
