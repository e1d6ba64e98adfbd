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

EventLoopProbe::SchedStat EventLoopProbe::schedStat()
{
    // "<ns on a CPU> <ns waiting on a run queue> <time slices>" (Documentation/scheduler/sched-stats).
    SchedStat st;
    QFile f(QStringLiteral("/proc/thread-self/schedstat"));
    if (!f.open(QIODevice::ReadOnly))
        return st;
    const QList<QByteArray> fields = f.readAll().simplified().split(' ');
    bool cpuOk = false;
    bool waitOk = false;
    if (fields.size() >= 2) {
        const qint64 cpu = fields[0].toLongLong(&cpuOk);
        const qint64 wait = fields[1].toLongLong(&waitOk);
        if (cpuOk && waitOk)
            st = {cpu, wait};
    }
    st.majorFaults = threadUsage().majorFaults;
    return st;
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
    m_last = schedStat();
    m_haveSchedstat = m_last.waitNs >= 0;
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
    const SchedStat now = schedStat();
    if (m_haveSchedstat && now.waitNs >= m_last.waitNs && m_last.waitNs >= 0) {
        stall = std::max<qint64>(0, lateness - (now.waitNs - m_last.waitNs) / 1000000);
        m_tickCpuMs = (now.cpuNs - m_last.cpuNs) / 1000000;
    } else {
        m_tickCpuMs = -1;
    }
    m_tickMajorFaults = now.majorFaults - m_last.majorFaults;
    m_last = now;
    m_worstStall = std::max(m_worstStall, stall);
    m_worstLateness = std::max(m_worstLateness, lateness);
    ++m_ticks;
    if (m_handler)
        m_handler(stall, lateness);
}

} // namespace teiten::test
