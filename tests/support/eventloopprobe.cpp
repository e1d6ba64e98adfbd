// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventloopprobe.h"

#include <QFile>

#include <sys/resource.h>

#include <ctime>

#include <algorithm>

namespace teiten::test {

namespace {
constexpr int kIntervalMs = 10;
}

EventLoopProbe::EventLoopProbe(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::tick);
}

qint64 EventLoopProbe::runQueueWaitNs()
{
    // "<ns on a CPU> <ns waiting on a run queue> <time slices>" (Documentation/scheduler/sched-stats).
    QFile f(QStringLiteral("/proc/thread-self/schedstat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = f.readAll().simplified().split(' ');
    bool ok = false;
    const qint64 wait = fields.size() >= 2 ? fields[1].toLongLong(&ok) : -1;
    return ok ? wait : -1;
}

EventLoopProbe::ThreadUsage EventLoopProbe::threadUsage()
{
    ThreadUsage u;
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        u.cpuNs = qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    rusage ru{};
    if (getrusage(RUSAGE_THREAD, &ru) == 0)
        u.majorFaults = ru.ru_majflt;
    return u;
}

void EventLoopProbe::start()
{
    m_lastWaitNs = runQueueWaitNs();
    m_haveSchedstat = m_lastWaitNs >= 0;
    m_lastUsage = threadUsage();
    m_clock.start();
    m_timer.start();
}

void EventLoopProbe::stop()
{
    m_timer.stop();
}

void EventLoopProbe::tick()
{
    const qint64 lateness = std::max<qint64>(0, m_clock.restart() - kIntervalMs);
    qint64 stall = lateness;
    if (m_haveSchedstat) {
        const qint64 wait = runQueueWaitNs();
        if (wait >= m_lastWaitNs && m_lastWaitNs >= 0)
            stall = std::max<qint64>(0, lateness - (wait - m_lastWaitNs) / 1000000);
        m_lastWaitNs = wait;
    }
    const ThreadUsage usage = threadUsage();
    m_tickCpuMs = (usage.cpuNs - m_lastUsage.cpuNs) / 1000000;
    m_tickMajorFaults = usage.majorFaults - m_lastUsage.majorFaults;
    m_lastUsage = usage;
    m_worstStall = std::max(m_worstStall, stall);
    m_worstLateness = std::max(m_worstLateness, lateness);
    ++m_ticks;
    if (m_handler)
        m_handler(stall, lateness);
}

} // namespace teiten::test
