// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace teiten::test {

/// One finished child process: its exit, its output and its own peak resident memory.
struct ChildRun {
    int exitCode = -1;       ///< -1 when it did not exit normally
    int signal = 0;          ///< the signal that ended it, else 0
    bool timedOut = false;   ///< killed by runChild after timeoutMs
    QByteArray out;
    QByteArray err;
    qint64 maxRssKb = 0;     ///< ru_maxrss of this child alone (wait4), kB
};

/// Runs `program` to completion (SIGKILL after `timeoutMs`) with `env` ("NAME=value") added to the
/// environment. wait4 gives the child's own peak RSS, which QProcess cannot.
ChildRun runChild(const QString &program, const QStringList &args, int timeoutMs, const QStringList &env = {});
/// runChild on the teiten binary built with the tests.
ChildRun runTeitenChild(const QStringList &args, int timeoutMs = 300000, const QStringList &env = {});

} // namespace teiten::test
