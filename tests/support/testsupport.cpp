// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "capturewriter.h"
#include "ipaddress.h"
#include "packetbuilder.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

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

} // namespace teiten::test
