// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

namespace teiten {

/// Stops a background workspace query from another thread. BackgroundQuery hands flag() to the
/// worker's connection (SqliteDatabase::setStopFlag), so a statement in flight ends with an
/// interrupt, and queries made of many steps can poll it too (e.g. EventAnalyzer::analyze).
/// Shared, via std::shared_ptr, by the thread that may stop the query and the worker that runs it.
class QueryStop {
public:
    /// Asks the query to stop; idempotent, callable from any thread.
    void stop();
    bool stopped() const { return m_stopped.load(std::memory_order_relaxed); }
    const std::atomic_bool *flag() const { return &m_stopped; }

private:
    std::atomic_bool m_stopped{false};
};

} // namespace teiten
