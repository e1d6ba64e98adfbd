// SPDX-License-Identifier: GPL-3.0-or-later
#include "scratchmount.h"

#include <unistd.h>

#include <QProcess>

namespace teiten::test {

namespace {

bool runMount(const QStringList &args, QString *why)
{
    if (geteuid() != 0) {
        *why = QStringLiteral("mounting needs root (running as uid %1)").arg(geteuid());
        return false;
    }
    QProcess p;
    p.start(QStringLiteral("mount"), args);
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = QStringLiteral("mount %1 failed: %2").arg(args.join(QLatin1Char(' ')),
                                                          QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

} // namespace

ScratchMount::~ScratchMount()
{
    QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
}

std::unique_ptr<ScratchMount> ScratchMount::tmpfs(const QString &dir, qint64 bytes, QString *why)
{
    if (!runMount({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                   QStringLiteral("size=%1,mode=0700").arg(bytes), QStringLiteral("tmpfs"), dir},
                  why))
        return nullptr;
    return std::unique_ptr<ScratchMount>(new ScratchMount(dir));
}

std::unique_ptr<ScratchMount> ScratchMount::readOnly(const QString &path, QString *why)
{
    if (!runMount({QStringLiteral("--bind"), path, path}, why))
        return nullptr;
    std::unique_ptr<ScratchMount> m(new ScratchMount(path));
    if (!runMount({QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), path}, why))
        return nullptr; // the destructor undoes the bind
    return m;
}

} // namespace teiten::test
