// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetally.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

#include "georesolver.h"
#include "hourclock.h"
#include "scannercatalog.h"
#include "scannersharequery.h"
#include "servicekey.h"
#include "sourcepair.h"
#include "sourcepairtable.h"
#include "sourcepartitionscan.h"

namespace teiten {

namespace {

struct PairValue {
    qint64 packets = 0;
    int fingerprints = -1; ///< AND of every row's bits (all bits set before the first row)
};

using PairMap = SourcePairTable<PairValue>;

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

void SourceTally::restrictToServices(const QVector<ServiceKey> &services)
{
    m_serviceSet.emplace();
    for (const ServiceKey &k : services)
        m_serviceSet->insert(k.packed());
}

/// Receives the slice's tuples one source partition at a time (SourcePartitionScan): a source's
/// (service, source) and (region, source) pairs all fall in the partition of that source, so each
/// partition's distinct counts and classes are final when it is read and simply add up.
class SourceTally::Sink final : public SourcePartitionScan::Sink {
public:
    explicit Sink(SourceTally &t)
        : tally(t), byService(t.m_service.count || t.m_service.classify), byRegion(t.m_region.count || t.m_region.classify)
    {
    }

    void add(const FlowSegment &, const FlowTuple &t) override
    {
        const qint64 service = ServiceKey{t.proto, t.port}.packed();
        if (tally.m_serviceSet && !tally.m_serviceSet->count(service))
            return;
        const IpAddress src = IpAddress::fromBlob(t.src, 16);
        if (!byRegion && !byService)
            all.insert(SourcePair{0, src});
        if (byRegion) {
            PairValue &v = regionPairs[SourcePair{t.region, src}];
            v.packets += t.packets;
            v.fingerprints &= t.fingerprints;
        }
        if (byService) {
            PairValue &v = servicePairs[SourcePair{service, src}];
            v.packets += t.packets;
            v.fingerprints &= t.fingerprints;
        }
    }
    size_t held() const override { return all.size() + regionPairs.size() + servicePairs.size(); }
    void commit() override
    {
        // The partition's sources are those of its pairs: collected once per pair here rather
        // than once per tuple.
        for (const PairMap *pairs : {&regionPairs, &servicePairs})
            if (all.empty())
                pairs->forEach([this](const SourcePair &k, const PairValue &) { all.insert(SourcePair{0, k.src}); });
        tally.m_totalSources += qint64(all.size());
        absorb(tally.m_service, servicePairs, [](qint64 k) { return ServiceKey::fromPacked(k).label(); });
        absorb(tally.m_region, regionPairs, [](qint64 k) { return GeoResolver::unpack(uint16_t(k)); });
        all.clear();
    }
    void discard() override
    {
        all.clear();
        regionPairs.clear();
        servicePairs.clear();
    }

private:
    static void addShare(QVector<ScannerClassShare> &shares, const QString &c, qint64 packets, qint64 sources)
    {
        auto share = std::find_if(shares.begin(), shares.end(),
                                  [&c](const ScannerClassShare &x) { return x.scannerClass == c; });
        if (share == shares.end()) {
            shares.push_back(ScannerClassShare{c, 0, 0, 0});
            share = shares.end() - 1;
        }
        share->packets += packets;
        share->sources += sources;
    }

    // Adds the (key, source) pairs to the part's counts and classes, then forgets them. A key's
    // classes are a short list (a handful of scanner classes), not a hash per key: a QHash
    // allocates kilobytes even for one entry, which made 130 MB for the 43,000 ports of a quarter
    // of 3 M packets when every key is classified (the stored summaries).
    // Summed per key first, so that each key's label is made and hashed once, not once a pair.
    void absorb(Part &p, PairMap &pairs, const std::function<QString(qint64)> &labelOf) const
    {
        struct KeyTotals {
            QString label;
            bool classify = false;
            qint64 sources = 0;
            QVector<ScannerClassShare> classes;
        };
        std::unordered_map<qint64, KeyTotals> perKey;
        pairs.forEach([&](const SourcePair &k, const PairValue &v) {
            auto [it, fresh] = perKey.try_emplace(k.key);
            KeyTotals &key = it->second;
            if (fresh) {
                key.label = labelOf(k.key);
                key.classify = p.classify && (!p.classifyKeys || p.classifyKeys->contains(key.label));
            }
            ++key.sources;
            if (key.classify)
                addShare(key.classes, ScannerShareQuery::classOf(k.src, v.fingerprints, *tally.m_catalog), v.packets, 1);
        });
        pairs.clear();
        for (const auto &[raw, key] : perKey) {
            if (p.count)
                p.sources[key.label] += key.sources;
            if (!key.classify)
                continue;
            QVector<ScannerClassShare> &shares = p.classes[key.label];
            for (const ScannerClassShare &s : key.classes)
                addShare(shares, s.scannerClass, s.packets, s.sources);
        }
    }

    SourceTally &tally;
    const bool byService;
    const bool byRegion;
    PairMap servicePairs, regionPairs;
    SourcePairSet all; ///< the slice's sources, as pairs with key 0
};

Status SourceTally::run(SqliteDatabase &db)
{
    if (!m_serviceSet && !m_service.count && !m_region.count && !m_region.classify && m_service.classifyKeys) {
        QVector<ServiceKey> named;
        for (const QString &key : *m_service.classifyKeys)
            if (const auto k = ServiceKey::parse(key))
                named << *k;
        restrictToServices(named);
    }
    m_totalSources = 0;
    m_service.sources.clear();
    m_service.classes.clear();
    m_region.sources.clear();
    m_region.classes.clear();
    SourcePartitionScan scan(HourClock::hourOf(m_startUs), HourClock::endHourOf(m_endUs), m_filter);
    if (m_limit)
        scan.setLimit(m_limit);
    Sink sink(*this);
    const Status scanned = scan.run(db, sink);
    m_reads = scan.reads();
    if (!scanned)
        return scanned;
    for (Part *p : {&m_service, &m_region})
        for (auto it = p->classes.begin(); it != p->classes.end(); ++it)
            it.value() = ScannerShareQuery::finishShares(std::move(it.value()));
    return Ok{};
}

} // namespace teiten
