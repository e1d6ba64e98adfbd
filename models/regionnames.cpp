// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionnames.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRegionNames, "teiten.regions")

namespace teiten {

namespace {

struct Names {
    QString english;
    QString japanese;
};

struct Table {
    QHash<QString, Names> byCode;
    QStringList codes;
};

Table loadTable()
{
    Table t;
    QFile f(QStringLiteral(":/data/regions.tsv"));
    if (!f.open(QIODevice::ReadOnly)) {
        // Only a broken build can get here (the table is compiled in); names then fall back to codes.
        qCWarning(lcRegionNames) << "region name table missing:" << f.errorString();
        return t;
    }
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> cols = line.split('\t');
        if (cols.size() != 3 || cols[0].size() != 2) {
            qCWarning(lcRegionNames) << "bad line in regions.tsv:" << line;
            continue;
        }
        const QString code = QString::fromLatin1(cols[0]);
        t.byCode.insert(code, Names{QString::fromUtf8(cols[1]), QString::fromUtf8(cols[2])});
        t.codes.append(code);
    }
    t.codes.sort();
    return t;
}

const Table &table()
{
    // A function-local static: C++11 guarantees one thread-safe initialisation, and the first
    // lookup (usually on an ingest thread) pays for parsing the 250-line table once.
    static const Table t = loadTable();
    return t;
}

} // namespace

QString RegionNames::name(const QString &isoCode, const QString &language)
{
    const QString code = isoCode.trimmed().toUpper();
    const auto it = table().byCode.constFind(code);
    if (it == table().byCode.constEnd())
        return isoCode;
    // "ja", "ja_JP", "ja-JP" all mean Japanese; everything else gets the English name.
    return language.startsWith(QLatin1String("ja"), Qt::CaseInsensitive) ? it->japanese : it->english;
}

bool RegionNames::isKnown(const QString &isoCode)
{
    return table().byCode.contains(isoCode.trimmed().toUpper());
}

QStringList RegionNames::codes()
{
    return table().codes;
}

} // namespace teiten
