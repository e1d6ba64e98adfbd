// SPDX-License-Identifier: GPL-3.0-or-later
#include "childprocess.h"

#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include "testsupport.h"

extern char **environ;

namespace teiten::test {

ChildRun runChild(const QString &program, const QStringList &args, int timeoutMs, const QStringList &env)
{
    ChildRun r;
    QTemporaryDir dir;
    if (!dir.isValid())
        return r;
    const QByteArray outPath = QFile::encodeName(dir.filePath(QStringLiteral("out")));
    const QByteArray errPath = QFile::encodeName(dir.filePath(QStringLiteral("err")));

    std::vector<QByteArray> argStore{QFile::encodeName(program)};
    for (const QString &a : args)
        argStore.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<QByteArray> envStore;
    for (char **e = environ; *e; ++e) {
        const QByteArray kv(*e);
        const QByteArray name = kv.left(kv.indexOf('=') + 1);
        bool overridden = false;
        for (const QString &add : env)
            overridden = overridden || add.toLocal8Bit().startsWith(name);
        if (!overridden)
            envStore.push_back(kv);
    }
    for (const QString &add : env)
        envStore.push_back(add.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        return r;

    QElapsedTimer clock;
    clock.start();
    int status = 0;
    rusage ru{};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &ru);
        if (done == pid)
            break;
        if (clock.elapsed() > timeoutMs && !r.timedOut) {
            r.timedOut = true;
            ::kill(pid, SIGKILL);
        }
        QThread::msleep(10);
    }
    if (WIFEXITED(status))
        r.exitCode = WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        r.signal = WTERMSIG(status);
    r.maxRssKb = ru.ru_maxrss;
    QFile out(QString::fromLocal8Bit(outPath)), err(QString::fromLocal8Bit(errPath));
    if (out.open(QIODevice::ReadOnly))
        r.out = out.readAll();
    if (err.open(QIODevice::ReadOnly))
        r.err = err.readAll();
    return r;
}

ChildRun runTeitenChild(const QStringList &args, int timeoutMs, const QStringList &env)
{
    return runChild(teitenBinary(), args, timeoutMs, env);
}

} // namespace teiten::test
