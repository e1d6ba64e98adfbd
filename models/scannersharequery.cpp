// SPDX-License-Identifier: GPL-3.0-or-later
#include "scannersharequery.h"

#include <algorithm>

#include <QHash>

#include "analysisqueries.h"
#include "scannercatalog.h"
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

Result<QVector<ScannerClassShare>> ScannerShareQuery::compute(Workspace &ws, qint64 startUs, qint64 endUs,
                                                              const QVector<QueryFilter> &filters,
                                                              const ScannerCatalog &catalog)
{
    AnalysisQueries q(ws);
    QHash<QString, ScannerClassShare> byClass;
    qint64 total = 0;
    for (const QueryFilter &f : filters) {
        auto rows = q.sourcePackets(startUs, endUs, f);
        if (!rows)
            return rows.error();
        for (const SourcePackets &r : *rows) {
            const QString c = classOf(r.src, r.fingerprints, catalog);
            ScannerClassShare &s = byClass[c];
            s.scannerClass = c;
            s.packets += r.packets;
            ++s.sources;   // a source seen in two filters counts twice; filters are disjoint services
            total += r.packets;
        }
    }
    QVector<ScannerClassShare> out = byClass.values().toVector();
    for (ScannerClassShare &s : out)
        s.share = total > 0 ? double(s.packets) / double(total) : 0;
    std::sort(out.begin(), out.end(), [](const ScannerClassShare &a, const ScannerClassShare &b) {
        return a.packets != b.packets ? a.packets > b.packets : a.scannerClass < b.scannerClass;
    });
    return out;
}

Result<QVector<ScannerClassShare>> ScannerShareQuery::compute(Workspace &ws, const Period &period,
                                                              const QueryFilter &filter, const ScannerCatalog &catalog)
{
    const int off = ws.dayOffsetMinutes();
    return compute(ws, period.startUs(off), period.endUs(off), {filter}, catalog);
}

} // namespace teiten
