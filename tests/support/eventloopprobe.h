// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

#include "sanitizerbuild.h"

namespace teiten::test {

/// Measures how long the event loop of the thread it lives in is kept from running: a 10 ms
/// timer, and how late each tick fires. Part of a late tick can be time the thread was ready to
/// run but had no core (other processes on a loaded 2-core CI machine); Linux reports that wait
/// per thread in /proc/thread-self/schedstat, and it is subtracted, so `worstStallMs` is the
/// freeze the application caused (its own work on this thread, or a wait for a lock), not the
/// machine's load. `worstLatenessMs` keeps the raw figure. Without schedstat both are raw.
class EventLoopProbe : public QObject {
public:
    explicit EventLoopProbe(QObject *parent = nullptr);
    /// Called on every tick with the stall of that tick, so a test can split the figures by phase.
    void setTickHandler(std::function<void(qint64 stallMs, qint64 latenessMs)> handler) { m_handler = std::move(handler); }
    void start();
    void stop();
    qint64 worstStallMs() const { return m_worstStall; }
    qint64 worstLatenessMs() const { return m_worstLateness; }
    qint64 ticks() const { return m_ticks; }
    bool schedstatAvailable() const { return m_haveSchedstat; }
    /// The longest stall a test accepts: 100 ms, the release build's target. Under ASan + UBSan
    /// Teiten's own code runs several times slower (the files list's refresh after a 1,104-file
    /// import: 14 ms of CPU instead of under 2; the first ranking shown: 94 ms instead of 16), and
    /// CI's sanitizer pass once saw a 184 ms refresh whose CPU share was not recorded. That pass is
    /// there to find memory errors while imports, exports and views run together, so it allows
    /// three times the time.
    static constexpr qint64 stallLimitMs() { return kSanitizerBuild ? 300 : 100; }
    /// Of the last tick's interval: milliseconds this thread ran on a CPU, and the major page faults it took (code or data read back from disk). A late tick with
    /// little CPU time was a wait; with major faults, a wait for the disk.
    qint64 lastTickCpuMs() const { return m_tickCpuMs; }
    long lastTickMajorFaults() const { return m_tickMajorFaults; }

    struct ThreadUsage {
        qint64 cpuNs = 0;
        long majorFaults = 0;
    };
    /// CPU time and major page faults of the calling thread so far; two system calls, no file
    /// read, so cheap enough to take around every event dispatch.
    static ThreadUsage threadUsage();

private:
    void tick();
    /// Nanoseconds this thread has waited on a run queue, or -1.
    static qint64 runQueueWaitNs();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastWaitNs = -1;
    ThreadUsage m_lastUsage;
    qint64 m_tickCpuMs = 0;
    long m_tickMajorFaults = 0;
    qint64 m_worstStall = 0;
    qint64 m_worstLateness = 0;
    qint64 m_ticks = 0;
    bool m_haveSchedstat = false;
    std::function<void(qint64, qint64)> m_handler;
};

} // namespace teiten::test
