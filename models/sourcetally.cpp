// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetally.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <limits>
#include <optional>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "flowsegmentscan.h"
#include "flowtuplefilter.h"
#include "georesolver.h"
#include "hourclock.h"
#include "scannercatalog.h"
#include "scannersharequery.h"
#include "servicekey.h"
#include "sourcepair.h"
#include "sqlitedatabase.h"

namespace teiten {

namespace {

struct PairValue {
    qint64 packets = 0;
    int fingerprints = -1; ///< AND of every row's bits (all bits set before the first row)
};

using PairMap = std::unordered_map<SourcePair, PairValue>;

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

/// One reader's share of the pass: the rows of the services it takes (or of the whole scan).
/// A service is never split between readers, so its pairs are counted and dropped by the reader
/// that took it; the region pairs and the slice's sources are merged when the readers are done.
struct SourceTally::Pass {
    explicit Pass(const SourceTally &t)
        : tally(t), byService(t.m_service.count || t.m_service.classify), byRegion(t.m_region.count || t.m_region.classify)
    {
        service.count = t.m_service.count;
        service.classify = t.m_service.classify;
        service.classifyKeys = t.m_service.classifyKeys;
    }

    /// How a partition's read ended.
    enum class Read { Done, TooManyPairs, OneServiceTooMany, Abandoned };

    /// Reads the slice's flow tuples once for partition `part` of `parts`: the (service, source)
    /// pairs of the services that hash into it, and with part 0 the region pairs and the slice's
    /// sources. When the partition's pairs pass `maxPairs` nothing is absorbed and the caller
    /// starts again with more partitions, unless one service alone has that many sources: no split
    /// can help then, and the pass holds that service's pairs, as a pass by service always did.
    Result<Read> read(SqliteDatabase &db, int part, int parts, size_t maxPairs, const std::atomic<bool> &abandon)
    {
        const FlowTupleFilter match(tally.m_filter);
        const bool first = part == 0;
        bool overflow = false;
        const Status scanned = FlowSegmentScan(db).run(
            HourClock::hourOf(tally.m_startUs), HourClock::endHourOf(tally.m_endUs), match,
            [&](const FlowSegment &, const std::vector<FlowTuple> &tuples) {
                for (const FlowTuple &t : tuples) {
                    if (!match.accepts(t))
                        continue;
                    const qint64 service = ServiceKey{t.proto, t.port}.packed();
                    if (tally.m_serviceSet && !tally.m_serviceSet->count(service))
                        continue;
                    const IpAddress src = IpAddress::fromBlob(t.src, 16);
                    if (first) {
                        all.insert(src);
                        if (byRegion) {
                            PairValue &v = regionPairs[SourcePair{t.region, src}];
                            v.packets += t.packets;
                            v.fingerprints &= t.fingerprints;
                        }
                    }
                    if (byService && int(PartitionHash()(service) % uint64_t(parts)) == part) {
                        PairValue &v = servicePairs[SourcePair{service, src}];
                        v.packets += t.packets;
                        v.fingerprints &= t.fingerprints;
                    }
                }
                overflow = servicePairs.size() > maxPairs;
                return !overflow && !abandon.load(std::memory_order_relaxed);
            });
        if (!scanned)
            return scanned.error();
        if (overflow) {
            std::unordered_set<qint64> services;
            for (const auto &pair : servicePairs)
                if (services.insert(pair.first.key).second && services.size() > 1)
                    break;
            servicePairs.clear();
            return services.size() > 1 ? Read::TooManyPairs : Read::OneServiceTooMany;
        }
        if (abandon.load(std::memory_order_relaxed)) {
            servicePairs.clear();
            return Read::Abandoned;
        }
        absorb(service, servicePairs, serviceLabel);
        return Read::Done;
    }

    /// Spreads services over partitions (packed keys are dense: 445/TCP and 446/TCP differ by one).
    struct PartitionHash {
        uint64_t operator()(qint64 packed) const { return (uint64_t(packed) * 0x9E3779B97F4A7C15ull) >> 17; }
    };

    static QString serviceLabel(qint64 packed) { return ServiceKey::fromPacked(packed).label(); }

    /// Another reader's region pairs and sources (its partition 0), and its services' results,
    /// added to this one's.
    void merge(Pass &other)
    {
        for (const auto &[k, v] : other.regionPairs) {
            PairValue &mine = regionPairs[k];
            mine.packets += v.packets;
            mine.fingerprints &= v.fingerprints;
        }
        other.regionPairs.clear();
        all.merge(other.all);
        for (auto it = other.service.sources.cbegin(); it != other.service.sources.cend(); ++it)
            service.sources[it.key()] += it.value();
        for (auto it = other.service.classes.cbegin(); it != other.service.classes.cend(); ++it)
            for (const ScannerClassShare &c : it.value())
                addShare(service.classes[it.key()], c.scannerClass, c.packets, c.sources);
    }

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
    void absorb(Part &p, PairMap &pairs, const std::function<QString(qint64)> &labelOf) const
    {
        QHash<qint64, QString> labels;
        for (const auto &[k, v] : pairs) {
            auto l = labels.constFind(k.key);
            if (l == labels.constEnd())
                l = labels.insert(k.key, labelOf(k.key));
            if (p.count)
                ++p.sources[*l];
            if (!p.classify || (p.classifyKeys && !p.classifyKeys->contains(*l)))
                continue;
            addShare(p.classes[*l], ScannerShareQuery::classOf(k.src, v.fingerprints, *tally.m_catalog), v.packets, 1);
        }
        pairs.clear();
    }

    const SourceTally &tally;
    const bool byService;
    const bool byRegion;
    Part service; ///< this reader's services: flags from the tally's, results of its own
    PairMap servicePairs, regionPairs;
    std::unordered_set<IpAddress> all;
};

void SourceTally::setReaders(int readers)
{
    m_readers = std::max(1, readers);
}

Status SourceTally::run(SqliteDatabase &db)
{
    // The pass reads the slice's flow segments: decoding a tuple costs a fraction of what reading a
    // per-source roll-up row through SQLite did. Tuples come in time order, not by service, so a
    // service's (source) pairs cannot be counted and dropped before the next service's; instead the
    // services are split into partitions by hash, one read of the segments each, with no more than
    // kMaxPairs pairs held at a time (starting again with twice the partitions when a partition
    // holds more). Region pairs and the slice's sources are counted in partition 0's read.
    if (!m_services && !m_service.count && !m_region.count && !m_region.classify && m_service.classifyKeys) {
        QVector<ServiceKey> named;
        for (const QString &key : *m_service.classifyKeys)
            if (const auto k = ServiceKey::parse(key))
                named << *k;
        seekServices(std::move(named));
    }
    if (m_services) {
        m_serviceSet.emplace();
        for (const ServiceKey &k : *m_services)
            m_serviceSet->insert(k.packed());
    }
    std::unique_ptr<SqliteDatabase> second;
    const bool onDisk = !db.path().isEmpty() && db.path() != QLatin1String(":memory:");
    const bool byService = m_service.count || m_service.classify;
    if (m_readers > 1 && byService && onDisk) {
        // Read-only whatever the first was opened for: it must never create or change a file.
        const auto mode = db.mode() == SqliteDatabase::Mode::Immutable ? SqliteDatabase::Mode::Immutable
                                                                       : SqliteDatabase::Mode::ReadOnly;
        auto opened = SqliteDatabase::open(db.path(), mode);
        if (opened) { // else one reader does it all
            second = std::move(*opened);
            second->setStopFlag(db.stopFlag());
        }
    }
    const int readers = second ? 2 : 1;
    std::optional<Pass> firstPass, otherPass;
    size_t maxPairs = m_maxPairs;
    for (int parts = readers;;) {
        firstPass.emplace(*this);
        otherPass.reset();
        std::atomic<int> next{0};
        std::atomic<bool> abandon{false};
        // Each reader takes the next partition when it finishes one; a reader that fails or
        // overflows stops the other after its current read.
        auto work = [&](Pass &pass, SqliteDatabase &conn) -> Result<Pass::Read> {
            for (;;) {
                const int part = next.fetch_add(1, std::memory_order_relaxed);
                if (part >= parts)
                    return Pass::Read::Done;
                auto read = pass.read(conn, part, parts, maxPairs, abandon);
                if (!read || *read != Pass::Read::Done) {
                    abandon.store(true, std::memory_order_relaxed);
                    return read;
                }
            }
        };
        Result<Pass::Read> otherRead = Pass::Read::Done;
        std::thread reader;
        if (second) {
            otherPass.emplace(*this);
            reader = std::thread([&] { otherRead = work(*otherPass, *second); });
        }
        const Result<Pass::Read> firstRead = work(*firstPass, db);
        if (reader.joinable())
            reader.join();
        if (!firstRead)
            return firstRead.error();
        if (!otherRead)
            return otherRead.error();
        if (*firstRead == Pass::Read::Done && *otherRead == Pass::Read::Done)
            break;
        // One service over the limit, or as many partitions as is sensible: the last try holds
        // what the busiest partition needs.
        if (*firstRead == Pass::Read::OneServiceTooMany || *otherRead == Pass::Read::OneServiceTooMany
            || parts >= kMaxPartitions)
            maxPairs = std::numeric_limits<size_t>::max();
        else
            parts *= 2;
    }
    Pass &first = *firstPass;
    if (otherPass)
        first.merge(*otherPass);

    m_totalSources = qint64(first.all.size());
    m_service.sources = std::move(first.service.sources);
    m_service.classes = std::move(first.service.classes);
    first.absorb(m_region, first.regionPairs, [](qint64 k) { return GeoResolver::unpack(uint16_t(k)); });
    for (Part *p : {&m_service, &m_region})
        for (auto it = p->classes.begin(); it != p->classes.end(); ++it)
            it.value() = ScannerShareQuery::finishShares(std::move(it.value()));
    return Ok{};
}

} // namespace teiten
