// SPDX-License-Identifier: GPL-3.0-or-later
#include "scannersharequery.h"

#include <algorithm>

#include <QHash>

#include "analysisqueries.h"
#include "periodsummarystore.h"
#include "scannercatalog.h"
#include "sourcetally.h"
#include "workspace.h"

namespace teiten {

QString ScannerShareQuery::classOf(const IpAddress &address, int fingerprints, const ScannerCatalog &catalog)
{
    if (const ScannerEntry *e = catalog.lookup(address))
        return e->kind.isEmpty() ? QStringLiteral("known") : e->kind;
    if (fingerprints & fingerprint::Mirai)
        return QStringLiteral("mirai");
    if (fingerprints & fingerprint::ZMap)
        return QStringLiteral("zmap");
    if (fingerprints & fingerprint::Masscan)
        return QStringLiteral("masscan");
    return QStringLiteral("other");
}

QString ScannerShareQuery::classLabel(const QString &c)
{
    if (c == QLatin1String("search-engine"))
        return tr("known search-engine crawlers");
    if (c == QLatin1String("research"))
        return tr("known research scanners");
    if (c == QLatin1String("zmap"))
        return tr("ZMap (IP ID 54321)");
    if (c == QLatin1String("masscan"))
        return tr("Masscan (IP ID fingerprint)");
    if (c == QLatin1String("mirai"))
        return tr("Mirai (sequence number = destination)");
    if (c == QLatin1String("other"))
        return tr("other sources");
    return tr("known scanners (%1)").arg(c);
}

QString ScannerShareQuery::shortLabel(const QString &c)
{
    if (c == QLatin1String("search-engine"))
        //: short table cell: known search-engine crawlers (Shodan, Censys)
        return tr("crawlers");
    if (c == QLatin1String("research"))
        //: short table cell: known research scanners
        return tr("research");
    if (c == QLatin1String("zmap"))
        return QStringLiteral("ZMap");
    if (c == QLatin1String("masscan"))
        return QStringLiteral("Masscan");
    if (c == QLatin1String("mirai"))
        return QStringLiteral("Mirai");
    if (c == QLatin1String("other"))
        //: short table cell: sources not identified as a known scanner or tool
        return tr("other");
    return c;
}

QVector<ScannerClassShare> ScannerShareQuery::sharesOf(const QVector<SourcePackets> &rows, const ScannerCatalog &catalog)
{
    QHash<QString, ScannerClassShare> byClass;
    for (const SourcePackets &r : rows) {
        const QString c = classOf(r.src, r.fingerprints, catalog);
        ScannerClassShare &s = byClass[c];
        s.scannerClass = c;
        s.packets += r.packets;
        ++s.sources;   // a source seen in two disjoint slices (two services) counts in each
    }
    return finishShares(byClass.values().toVector());
}

QVector<ScannerClassShare> ScannerShareQuery::finishShares(QVector<ScannerClassShare> out)
{
    qint64 total = 0;
    for (const ScannerClassShare &s : out)
        total += s.packets;
    for (ScannerClassShare &s : out)
        s.share = total > 0 ? double(s.packets) / double(total) : 0;
    std::sort(out.begin(), out.end(), [](const ScannerClassShare &a, const ScannerClassShare &b) {
        return a.packets != b.packets ? a.packets > b.packets : a.scannerClass < b.scannerClass;
    });
    return out;
}

QVector<ScannerClassShare> ScannerShareQuery::identified(const QVector<ScannerClassShare> &shares, double minShare)
{
    QVector<ScannerClassShare> out;
    for (const ScannerClassShare &s : shares) {
        if (s.scannerClass != QLatin1String("other") && s.packets > 0 && s.share >= minShare)
            out << s;
    }
    return out;
}

double ScannerShareQuery::identifiedShare(const QVector<ScannerClassShare> &shares)
{
    double share = 0;
    for (const ScannerClassShare &s : identified(shares))
        share += s.share;
    return share;
}

QString ScannerShareQuery::summary(const QVector<ScannerClassShare> &shares, const QLocale &locale, int limit)
{
    QStringList parts;
    for (const ScannerClassShare &s : identified(shares, 0.001)) {
        if (parts.size() >= limit)
            break;
        //: table cell: %1 short class name ("crawlers", "ZMap"), %2 percentage
        parts << tr("%1 %2 %").arg(shortLabel(s.scannerClass), locale.toString(100.0 * s.share, 'f', 1));
    }
    return parts.join(QStringLiteral(", "));
}

QString ScannerShareQuery::explanation(const QVector<ScannerClassShare> &shares, const QString &key,
                                       const QLocale &locale)
{
    QStringList lines;
    for (const ScannerClassShare &s : identified(shares)) {
        //: %1 percentage, %2 port or region ("102/TCP"), %3 class ("known search-engine crawlers")
        lines << tr("%1 % of %2 from %3").arg(locale.toString(100.0 * s.share, 'f', 1), key, classLabel(s.scannerClass));
    }
    if (lines.isEmpty())
        //: %1 port or region
        lines << tr("No packets of %1 from known scanners or recognised scanning tools").arg(key);
    return lines.join(QLatin1Char('\n'));
}

Status ScannerShareQuery::annotate(const Workspace &ws, Ranking &ranking, const QueryFilter &filter,
                                   const ScannerCatalog &catalog, int maxRows)
{
    const int n = maxRows > 0 ? std::min(maxRows, int(ranking.rows.size())) : int(ranking.rows.size());
    QSet<QString> keys;
    for (int i = 0; i < n; ++i)
        keys.insert(ranking.rows[i].key);
    const int off = ws.dayOffsetMinutes();
    // A quarter's stored summary holds them when it was built with the same list.
    auto stored = PeriodSummaryStore(ws.database()).fillScannerShares(ranking, filter, off, catalog, maxRows);
    if (!stored)
        return stored.error();
    if (*stored)
        return Ok{};
    SourceTally tally(ranking.period.startUs(off), ranking.period.endUs(off), filter);
    tally.classify(ranking.dimension, catalog, keys);
    if (auto s = tally.run(ws.database()); !s)
        return s;
    for (int i = 0; i < n; ++i)
        ranking.rows[i].scannerShares = tally.classes(ranking.dimension).value(ranking.rows[i].key);
    return Ok{};
}

Result<QVector<ScannerClassShare>> ScannerShareQuery::compute(Workspace &ws, qint64 startUs, qint64 endUs,
                                                              const QVector<QueryFilter> &filters,
                                                              const ScannerCatalog &catalog)
{
    AnalysisQueries q(ws);
    QVector<SourcePackets> all;
    for (const QueryFilter &f : filters) {
        auto rows = q.sourcePackets(startUs, endUs, f);
        if (!rows)
            return rows.error();
        all << *rows;
    }
    return sharesOf(all, catalog);
}

Result<QVector<ScannerClassShare>> ScannerShareQuery::compute(Workspace &ws, const Period &period,
                                                              const QueryFilter &filter, const ScannerCatalog &catalog)
{
    const int off = ws.dayOffsetMinutes();
    return compute(ws, period.startUs(off), period.endUs(off), {filter}, catalog);
}

} // namespace teiten
