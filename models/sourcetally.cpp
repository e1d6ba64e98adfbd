// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetally.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <unordered_map>
#include <unordered_set>


#include "scannercatalog.h"
#include "scannersharequery.h"
#include "servicekey.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "sqlwhere.h"

namespace teiten {

namespace {

/// One (key, source) pair of a dimension: the key as a small number (service: proto and port
/// packed; region: its index among the regions seen), so no string is built per row.
struct PairKey {
    qint64 key;
    IpAddress src;
    bool operator==(const PairKey &o) const { return key == o.key && src == o.src; }
};

struct PairKeyHash {
    size_t operator()(const PairKey &p) const noexcept
    {
        return std::hash<IpAddress>()(p.src) ^ std::hash<qint64>()(p.key * 0x9E3779B97F4A7C15ll);
    }
};

struct PairValue {
    qint64 packets = 0;
    int fingerprints = -1; ///< AND of every row's bits (all bits set before the first row)
};

using PairMap = std::unordered_map<PairKey, PairValue, PairKeyHash>;

} // namespace

SourceTally::SourceTally(qint64 startUs, qint64 endUs, const QueryFilter &filter)
    : m_startUs(startUs), m_endUs(endUs), m_filter(filter)
{
}

void SourceTally::countBy(Dimension dim)
{
    part(dim).count = true;
}

void SourceTally::classify(Dimension dim, const ScannerCatalog &catalog, std::optional<QSet<QString>> keys)
{
    m_catalog = &catalog;
    part(dim).classify = true;
    part(dim).classifyKeys = std::move(keys);
}

void SourceTally::seekServices(QVector<ServiceKey> services)
{
    // Sorted, so the seeks walk the key in one direction (each returns one service's rows).
    std::sort(services.begin(), services.end(),
              [](const ServiceKey &a, const ServiceKey &b) { return a.packed() < b.packed(); });
    m_services = std::move(services);
}

Status SourceTally::run(SqliteDatabase &db)
{
    const bool byService = m_service.count || m_service.classify;
    const bool byRegion = m_region.count || m_region.classify;
    SqlWhere w("", true);
    w.addHoursOf(m_startUs, m_endUs);
    w.addFilter(m_filter);
    // In primary-key order (no sort): each service's rows come together, so its (source) pairs are
    // counted and dropped before the next service's; memory follows the busiest service and the
    // distinct sources of the slice, not the (service, source) pairs of the whole quarter.
    const QByteArray sql = "SELECT proto, port, region, src, packets, fingerprints FROM source_hour" + w.sql()
        + (m_services ? " AND proto = ? AND port = ?;" : " ORDER BY proto, port;");
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    const int serviceParam = w.bind(**st);

    // Adds the (key, source) pairs to the part's counts and classes, then forgets them. A key's
    // classes are a short list (a handful of scanner classes), not a hash per key: a QHash
    // allocates kilobytes even for one entry, which made 130 MB for the 43,000 ports of a quarter
    // of 3 M packets when every key is classified (the stored summaries).
    auto absorb = [&](Part &p, PairMap &pairs, const std::function<QString(qint64)> &labelOf) {
        QHash<qint64, QString> labels;
        for (const auto &[k, v] : pairs) {
            auto l = labels.constFind(k.key);
            if (l == labels.constEnd())
                l = labels.insert(k.key, labelOf(k.key));
            if (p.count)
                ++p.sources[*l];
            if (!p.classify || (p.classifyKeys && !p.classifyKeys->contains(*l)))
                continue;
            const QString c = ScannerShareQuery::classOf(k.src, v.fingerprints, *m_catalog);
            QVector<ScannerClassShare> &shares = p.classes[*l];
            auto share = std::find_if(shares.begin(), shares.end(),
                                      [&c](const ScannerClassShare &x) { return x.scannerClass == c; });
            if (share == shares.end()) {
                shares.push_back(ScannerClassShare{c, 0, 0, 0});
                share = shares.end() - 1;
            }
            share->packets += v.packets;
            ++share->sources;
        }
        pairs.clear();
    };
    const auto serviceLabel = [](qint64 k) { return ServiceKey::fromPacked(k).label(); };

    PairMap service, region;
    std::unordered_set<IpAddress> all;
    QVector<QString> regionNames;
    QHash<QByteArray, int> regionIndex;
    QByteArray regionBytes;
    std::optional<qint64> currentService;
    auto take = [&](const SqliteStatement &s) {
        int size = 0;
        const void *b = s.blobData(3, &size);
        const IpAddress src = IpAddress::fromBlob(b, size);
        const qint64 packets = s.int64(4);
        const int fingerprints = s.integer(5);
        all.insert(src);
        if (byService) {
            const qint64 key = ServiceKey{uint8_t(s.int64(0)), s.integer(1)}.packed();
            if (currentService != key) {
                absorb(m_service, service, serviceLabel);
                currentService = key;
            }
            PairValue &v = service[PairKey{key, src}];
            v.packets += packets;
            v.fingerprints &= fingerprints;
        }
        if (byRegion) {
            int textSize = 0;
            const char *text = static_cast<const char *>(s.blobData(2, &textSize));
            regionBytes.setRawData(text ? text : "", uint(text ? textSize : 0));
            auto it = regionIndex.constFind(regionBytes);
            if (it == regionIndex.constEnd()) {
                const QByteArray owned(regionBytes.constData(), regionBytes.size());
                it = regionIndex.insert(owned, int(regionNames.size()));
                regionNames.push_back(QString::fromUtf8(owned));
            }
            PairValue &v = region[PairKey{*it, src}];
            v.packets += packets;
            v.fingerprints &= fingerprints;
        }
    };
    // The whole table in one scan, or one seek per service.
    const qsizetype seeks = m_services ? m_services->size() : 1;
    for (qsizetype i = 0; i < seeks; ++i) {
        if (m_services) {
            (*st)->rewind();
            (*st)->bind(serviceParam, int64_t((*m_services)[i].proto));
            (*st)->bind(serviceParam + 1, int64_t((*m_services)[i].port));
        }
        while ((*st)->step())
            take(**st);
        if (!(*st)->ok())
            return Error{Error::Code::Database, tr("%1: cannot read the per-source roll-ups: %2").arg(db.path(), db.lastError())};
    }
    m_totalSources = qint64(all.size());
    absorb(m_service, service, serviceLabel);
    absorb(m_region, region, [&](qint64 k) { return regionNames[int(k)]; });
    for (Part *p : {&m_service, &m_region})
        for (auto it = p->classes.begin(); it != p->classes.end(); ++it)
            it.value() = ScannerShareQuery::finishShares(std::move(it.value()));
    return Ok{};
}

} // namespace teiten
