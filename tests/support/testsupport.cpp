// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>

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

} // namespace teiten::test
