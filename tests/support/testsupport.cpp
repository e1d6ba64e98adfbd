// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

namespace teiten::test {

QString sharedDir()
{
    const QString d = qEnvironmentVariable("TEITEN_SHARED_DIR");
    return (!d.isEmpty() && QFileInfo(d + QStringLiteral("/data")).isDir()) ? d : QString();
}

QString sharedData(const QString &relative)
{
    const QString d = sharedDir();
    if (d.isEmpty())
        return {};
    const QString p = d + QStringLiteral("/data/") + relative;
    return QFileInfo::exists(p) ? p : QString();
}

QString teitenBinary()
{
    return qEnvironmentVariable("TEITEN_BIN");
}

QString sourceDir()
{
    return qEnvironmentVariable("TEITEN_SOURCE_DIR");
}

void addQuarterByRows()
{
    QTest::addColumn<QString>("quarter");
    QTest::addColumn<QString>("by");
    for (const char *q : {"2013Q2", "2013Q3"})
        for (const char *b : {"port", "region"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(q), QLatin1String(b))))
                << QString::fromLatin1(q) << QString::fromLatin1(b);
}

TeitenRun runTeiten(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(teitenBinary(), args);
    TeitenRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool useScannerList(const QString &dir, const QByteArray &rows)
{
    const QString path = dir + QStringLiteral("/scanners.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("scanner,address_or_prefix,kind,note,source,recorded,valid\n" + rows);
    f.close();
    return qputenv("TEITEN_SCANNERS", path.toLocal8Bit());
}

} // namespace teiten::test
