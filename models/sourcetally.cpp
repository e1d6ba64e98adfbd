// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetally.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <optional>
#include <thread>
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

    /// Reads the services `next` hands out, one seek each, or (null) the whole table.
    Status read(SqliteDatabase &db, std::atomic<qsizetype> *next)
    {
        SqlWhere w("", true);
        w.addHoursOf(tally.m_startUs, tally.m_endUs);
        w.addFilter(tally.m_filter);
        // In primary-key order (no sort): each service's rows come together, so its (source) pairs
        // are counted and dropped before the next service's; memory follows the busiest service and
        // the distinct sources of the slice, not the (service, source) pairs of the whole quarter.
        const QByteArray sql = "SELECT proto, port, region, src, packets, fingerprints FROM source_hour" + w.sql()
            + (next ? " AND proto = ? AND port = ?;" : " ORDER BY proto, port;");
        // A reader that fails stops the other after its current service: the pass has failed.
        auto fail = [&](Error e) {
            if (next)
                next->store(tally.m_services->size(), std::memory_order_relaxed);
            return e;
        };
        auto st = db.prepare(sql.constData());
        if (!st)
            return fail(st.error());
        const int serviceParam = w.bind(**st);
        for (;;) {
            if (next) {
                const qsizetype i = next->fetch_add(1, std::memory_order_relaxed);
                if (i >= tally.m_services->size())
                    break;
                (*st)->rewind();
                (*st)->bind(serviceParam, int64_t((*tally.m_services)[i].proto));
                (*st)->bind(serviceParam + 1, int64_t((*tally.m_services)[i].port));
            }
            while ((*st)->step())
                take(**st);
            if (!(*st)->ok())
                return fail(Error{Error::Code::Database,
                                  tr("%1: cannot read the per-source roll-ups: %2").arg(db.path(), db.lastError())});
            if (!next)
                break;
        }
        absorb(service, servicePairs, serviceLabel);
        return Ok{};
    }

    static QString serviceLabel(qint64 packed) { return ServiceKey::fromPacked(packed).label(); }

    void take(const SqliteStatement &s)
    {
        int size = 0;
        const void *b = s.blobData(3, &size);
        const IpAddress src = IpAddress::fromBlob(b, size);
        const qint64 packets = s.int64(4);
        const int fingerprints = s.integer(5);
        all.insert(src);
        if (byService) {
            const qint64 key = ServiceKey{uint8_t(s.int64(0)), s.integer(1)}.packed();
            if (currentService != key) {
                absorb(service, servicePairs, serviceLabel);
                currentService = key;
            }
            PairValue &v = servicePairs[PairKey{key, src}];
            v.packets += packets;
            v.fingerprints &= fingerprints;
        }
        if (byRegion) {
            int textSize = 0;
            const char *text = static_cast<const char *>(s.blobData(2, &textSize));
            regionBytes.setRawData(text ? text : "", uint(text ? textSize : 0));
            PairValue &v = regionPairs[PairKey{regionIndexOf(regionBytes), src}];
            v.packets += packets;
            v.fingerprints &= fingerprints;
        }
    }

    int regionIndexOf(const QByteArray &name)
    {
        auto it = regionIndex.constFind(name);
        if (it == regionIndex.constEnd()) {
            const QByteArray owned(name.constData(), name.size());
            it = regionIndex.insert(owned, int(regionNames.size()));
            regionNames.push_back(QString::fromUtf8(owned));
        }
        return *it;
    }

    /// Another reader's region pairs and sources, added to this one's.
    void merge(Pass &other)
    {
        for (const auto &[k, v] : other.regionPairs) {
            PairValue &mine = regionPairs[PairKey{regionIndexOf(other.regionNames[int(k.key)].toUtf8()), k.src}];
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
    QVector<QString> regionNames;
    QHash<QByteArray, int> regionIndex;
    QByteArray regionBytes;
    std::optional<qint64> currentService;
};

void SourceTally::setReaders(int readers)
{
    m_readers = std::max(1, readers);
}

Status SourceTally::run(SqliteDatabase &db)
{
    // With the services known, a second reader on its own connection takes every other service
    // as the first finishes one: the pass is mostly SQLite reading rows, one core each.
    // Classes of named services and nothing else (a ranking's first rows, classed with another
    // scanner list): those services are all the pass needs, so it seeks them too.
    if (!m_services && !m_service.count && !m_region.count && !m_region.classify && m_service.classifyKeys) {
        QVector<ServiceKey> named;
        for (const QString &key : *m_service.classifyKeys)
            if (const auto k = ServiceKey::parse(key))
                named << *k;
        seekServices(std::move(named));
    }
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> *services = m_services ? &next : nullptr;
    std::unique_ptr<SqliteDatabase> second;
    const bool onDisk = !db.path().isEmpty() && db.path() != QLatin1String(":memory:");
    if (services && m_readers > 1 && m_services->size() > 1 && onDisk) {
        // Read-only whatever the first was opened for: it must never create or change a file.
        const auto mode = db.mode() == SqliteDatabase::Mode::Immutable ? SqliteDatabase::Mode::Immutable
                                                                       : SqliteDatabase::Mode::ReadOnly;
        auto opened = SqliteDatabase::open(db.path(), mode);
        if (opened) { // else one reader does it all
            second = std::move(*opened);
            second->setStopFlag(db.stopFlag());
        }
    }
    Pass first(*this);
    std::optional<Pass> other;
    Status otherStatus = Ok{};
    std::thread reader;
    if (second) {
        other.emplace(*this);
        reader = std::thread([&] { otherStatus = other->read(*second, services); });
    }
    const Status firstStatus = first.read(db, services);
    if (reader.joinable())
        reader.join();
    if (!firstStatus)
        return firstStatus;
    if (!otherStatus)
        return otherStatus;
    if (other)
        first.merge(*other);

    m_totalSources = qint64(first.all.size());
    m_service.sources = std::move(first.service.sources);
    m_service.classes = std::move(first.service.classes);
    first.absorb(m_region, first.regionPairs, [&](qint64 k) { return first.regionNames[int(k)]; });
    for (Part *p : {&m_service, &m_region})
        for (auto it = p->classes.begin(); it != p->classes.end(); ++it)
            it.value() = ScannerShareQuery::finishShares(std::move(it.value()));
    return Ok{};
}

} // namespace teiten
