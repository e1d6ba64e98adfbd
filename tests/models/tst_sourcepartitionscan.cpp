// SPDX-License-Identifier: GPL-3.0-or-later
// Everything grouped by source is read from the flow tuples in hash partitions of the sources
// (SourcePartitionScan). Checked against plain sums over every stored tuple (decoded row by row),
// with the default limit and with one so low that every query splits its partitions.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "analysisqueries.h"
#include "demonetworkgenerator.h"
#include "georesolver.h"
#include "hourclock.h"
#include "importjob.h"
#include "sourcepartitionscan.h"
#include "sqlitedatabase.h"
#include "storedtuples.h"
#include "workspace.h"

using namespace teiten;

namespace {

// A tuple's identity for comparing multisets of tuples.
using TupleKey = std::tuple<qint64, int, qint64, int64_t, IpAddress, IpAddress, int, int, int64_t>;

TupleKey keyOf(qint64 fileId, qint64 hour, int sensorId, const FlowTuple &t)
{
    return {fileId, sensorId, hour, t.firstUs, IpAddress::fromBlob(t.src, 16), IpAddress::fromBlob(t.dst, 16), t.proto,
            t.port, t.packets};
}

// Records what the scan feeds, and what survives its commits and discards.
class RecordingSink final : public SourcePartitionScan::Sink {
public:
    void add(const FlowSegment &seg, const FlowTuple &t) override
    {
        pending.push_back(keyOf(seg.fileId, seg.hour, seg.sensorId, t));
        sources.insert(IpAddress::fromBlob(t.src, 16));
    }
    size_t held() const override { return sources.size(); }
    void commit() override
    {
        committed.insert(committed.end(), pending.begin(), pending.end());
        // A partition is a set of sources: none of them may turn up in another partition.
        for (const IpAddress &a : sources)
            QVERIFY(seen.insert(a).second);
        ++commits;
        discard();
    }
    void discard() override
    {
        pending.clear();
        sources.clear();
    }
    std::vector<TupleKey> pending;
    std::set<IpAddress> sources; ///< of the partition being read
    std::vector<TupleKey> committed;
    std::set<IpAddress> seen;
    int commits = 0;
};

struct Slice {
    const char *name;
    Period period;
    QueryFilter filter;
};

QVector<Slice> slices()
{
    const Period q3 = *Period::parse(QStringLiteral("2013Q3"));
    QueryFilter sensor;
    sensor.sensorIds = {2, 5};
    QueryFilter dns;
    dns.service = ServiceKey{17, 53};
    QueryFilter china;
    china.region = QStringLiteral("CN");
    QueryFilter prefix;
    prefix.sourcePrefix = IpPrefix::parse(QStringLiteral("0.0.0.0/1"));
    QueryFilter tcp;
    tcp.proto = 6;
    return {{"quarter", q3, {}},
            {"month", *Period::parse(QStringLiteral("2013-08")), {}},
            {"sensors", q3, sensor},
            {"53/UDP", *Period::parse(QStringLiteral("2013-04-01..2013-09-30")), dns},
            {"CN", *Period::parse(QStringLiteral("2013Q2")), china},
            {"prefix", q3, prefix},
            {"TCP days", *Period::parse(QStringLiteral("2013-09-01..2013-09-10")), tcp}};
}

} // namespace

class TestSourcePartitionScan : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { SourcePartitionScan::setDefaultLimit(SourcePartitionScan::kDefaultLimit); }
    void everyTupleOnceInOnePartition_data();
    void everyTupleOnceInOnePartition();
    void hashSpreadsIpv4Sources();
    void sourcesEqualPlainSums_data() { queries_data(); }
    void sourcesEqualPlainSums();
    void sensorBreakdownEqualsPlainSums_data() { queries_data(); }
    void sensorBreakdownEqualsPlainSums();
    void sourcePacketsEqualPlainSums_data() { queries_data(); }
    void sourcePacketsEqualPlainSums();
    void sensorPacketsFromEqualPlainSums();
    void damagedSegmentIsAnError();

private:
    static void queries_data();
    /// The demo workspace, read-only, with every scan from now on split at `limit` groups.
    std::unique_ptr<Workspace> openAtLimit(int limit) const;
    /// The stored tuples a slice accepts.
    std::vector<test::StoredTuple> accepted(const Slice &s, int off) const;
    QTemporaryDir m_dir;
    QString m_db;
    std::vector<test::StoredTuple> m_stored;
};

void TestSourcePartitionScan::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DemoNetworkGenerator::Params p;
    p.outDir = m_dir.filePath(QStringLiteral("demo"));
    p.scale = 0.1;
    p.threads = 2;
    auto g = DemoNetworkGenerator::generate(p);
    QVERIFY2(g, g ? "" : qPrintable(g.error().message));
    m_db = m_dir.filePath(QStringLiteral("demo.teiten"));
    ImportParams params;
    params.workspacePath = m_db;
    params.paths = {p.outDir + QStringLiteral("/sensors")};
    params.geoipPath = p.outDir + QLatin1Char('/') + QLatin1String(DemoNetworkGenerator::CountryDatabasePath);
    const ImportReport r = ImportJob(params).run();
    QVERIFY2(r.fatalError.isEmpty() && r.packets > 0, qPrintable(r.fatalError));
    auto stored = test::storedTuples(m_db);
    QVERIFY(stored && stored->size() > 1000);
    m_stored = std::move(*stored);
}

std::vector<test::StoredTuple> TestSourcePartitionScan::accepted(const Slice &s, int off) const
{
    std::vector<test::StoredTuple> out;
    const qint64 first = HourClock::hourOf(s.period.startUs(off)), end = HourClock::endHourOf(s.period.endUs(off));
    for (const test::StoredTuple &t : m_stored)
        if (test::plainlyAccepts(s.filter, first, end, t))
            out.push_back(t);
    return out;
}

void TestSourcePartitionScan::everyTupleOnceInOnePartition_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("splits");
    QTest::newRow("default") << int(SourcePartitionScan::kDefaultLimit) << false;
    QTest::newRow("100 sources") << 100 << true;
    QTest::newRow("1 source") << 1 << true; // split down to the last modulus, whose partitions are held whole
}

void TestSourcePartitionScan::everyTupleOnceInOnePartition()
{
    QFETCH(int, limit);
    QFETCH(bool, splits);
    auto db = SqliteDatabase::open(m_db, SqliteDatabase::Mode::ReadOnly);
    QVERIFY(db);
    for (const Slice &s : slices()) {
        const std::vector<test::StoredTuple> expectedTuples = accepted(s, 0);
        std::vector<TupleKey> expected;
        for (const test::StoredTuple &t : expectedTuples)
            expected.push_back(keyOf(t.fileId, t.hour, t.sensorId, t.tuple));
        QVERIFY2(!expected.empty(), s.name);
        SourcePartitionScan scan(HourClock::hourOf(s.period.startUs(0)), HourClock::endHourOf(s.period.endUs(0)), s.filter);
        scan.setLimit(size_t(limit));
        RecordingSink sink;
        QVERIFY(scan.run(**db, sink));
        if (QTest::currentTestFailed())
            return;
        std::sort(expected.begin(), expected.end());
        std::sort(sink.committed.begin(), sink.committed.end());
        QVERIFY2(sink.committed == expected, s.name);
        QCOMPARE(sink.seen.size(), std::set<IpAddress>([&] {
                     std::set<IpAddress> all;
                     for (const auto &k : expected)
                         all.insert(std::get<4>(k));
                     return all;
                 }()).size());
        // Split partitions are read again, finished ones never: commits are the leaves of the splits.
        if (splits && sink.seen.size() > size_t(limit)) {
            QVERIFY2(scan.reads() > 1, s.name);
            QCOMPARE(scan.reads(), 2 * sink.commits - 1);
            QVERIFY(sink.commits <= int(SourcePartitionScan::kMaxModulus));
        } else {
            QCOMPARE(scan.reads(), 1);
        }
    }
}

void TestSourcePartitionScan::hashSpreadsIpv4Sources()
{
    // IPv4-mapped addresses differ only in their last four bytes; 64 partitions of consecutive
    // addresses must all be used, none by more than twice its share.
    std::vector<int> count(SourcePartitionScan::kMaxModulus, 0);
    constexpr int kAddresses = 64 * 1000;
    for (int i = 0; i < kAddresses; ++i)
        ++count[SourcePartitionScan::sourceHash(IpAddress::fromV4(0xC0000200u + uint32_t(i)).bytes())
                % SourcePartitionScan::kMaxModulus];
    for (const int n : count)
        QVERIFY2(n > 500 && n < 2000, qPrintable(QString::number(n)));
}

void TestSourcePartitionScan::queries_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("default") << int(SourcePartitionScan::kDefaultLimit);
    QTest::newRow("split") << 7;
}

std::unique_ptr<Workspace> TestSourcePartitionScan::openAtLimit(int limit) const
{
    SourcePartitionScan::setDefaultLimit(size_t(limit));
    auto ws = Workspace::open(m_db, Workspace::Mode::ReadOnly);
    return ws ? std::move(*ws) : nullptr;
}

void TestSourcePartitionScan::sourcesEqualPlainSums()
{
    QFETCH(int, limit);
    const auto ws = openAtLimit(limit);
    QVERIFY(ws);
    const int off = ws->dayOffsetMinutes();
    for (const Slice &s : slices()) {
        struct Group {
            uint16_t region = 0xffff;
            qint64 packets = 0, first = std::numeric_limits<qint64>::max(), last = 0;
            int fingerprints = -1;
            std::set<int> sensors;
            std::set<std::pair<int, int>> services;
        };
        std::map<IpAddress, Group> groups;
        for (const test::StoredTuple &st : accepted(s, off)) {
            Group &g = groups[IpAddress::fromBlob(st.tuple.src, 16)];
            g.region = std::min(g.region, st.tuple.region);
            g.packets += st.tuple.packets;
            g.first = std::min(g.first, qint64(st.tuple.firstUs));
            g.last = std::max(g.last, qint64(st.tuple.lastUs));
            g.fingerprints &= st.tuple.fingerprints;
            g.sensors.insert(st.sensorId);
            g.services.insert({st.tuple.proto, st.tuple.port});
        }
        QVERIFY2(groups.size() > 1, s.name);
        std::vector<SourceRow> expected;
        for (const auto &[src, g] : groups) {
            SourceRow r;
            r.address = src;
            r.region = GeoResolver::unpack(g.region);
            r.packets = g.packets;
            r.sensorsHit = int(g.sensors.size());
            r.services = int(g.services.size());
            r.firstUs = g.first;
            r.lastUs = g.last;
            r.fingerprints = g.fingerprints;
            expected.push_back(r);
        }
        std::sort(expected.begin(), expected.end(), [](const SourceRow &a, const SourceRow &b) {
            return a.packets != b.packets ? a.packets > b.packets : a.address < b.address;
        });
        for (const int rows : {0, 1, 25, 1000000}) {
            auto got = ws->sources(s.period, s.filter, rows);
            QVERIFY2(got, s.name);
            QCOMPARE(got->size(), qsizetype(std::min<size_t>(size_t(rows), expected.size())));
            for (int i = 0; i < got->size(); ++i) {
                const SourceRow &a = (*got)[i], &b = expected[size_t(i)];
                const QString where = QStringLiteral("%1, row %2").arg(QLatin1String(s.name)).arg(i);
                QVERIFY2(a.address == b.address, qPrintable(where + QLatin1Char(' ') + a.address.toString()));
                QVERIFY2(a.region == b.region && a.packets == b.packets && a.sensorsHit == b.sensorsHit
                             && a.services == b.services && a.firstUs == b.firstUs && a.lastUs == b.lastUs
                             && a.fingerprints == b.fingerprints,
                         qPrintable(where));
            }
        }
    }
}

void TestSourcePartitionScan::sensorBreakdownEqualsPlainSums()
{
    QFETCH(int, limit);
    const auto ws = openAtLimit(limit);
    QVERIFY(ws);
    const int off = ws->dayOffsetMinutes();
    for (const Slice &s : slices()) {
        std::map<int, std::set<IpAddress>> sources;
        std::map<int, qint64> packets;
        std::map<std::pair<int, qint64>, qint64> daily;
        const qint64 firstDay = HourClock::floorDiv(s.period.startUs(off) / 1000000 + qint64(off) * 60, 86400);
        for (const test::StoredTuple &st : accepted(s, off)) {
            sources[st.sensorId].insert(IpAddress::fromBlob(st.tuple.src, 16));
            packets[st.sensorId] += st.tuple.packets;
            daily[{st.sensorId, (st.hour * 3600 + qint64(off) * 60) / 86400 - firstDay}] += st.tuple.packets;
        }
        auto got = ws->sensorBreakdown(s.period, s.filter);
        QVERIFY2(got, s.name);
        int withTraffic = 0;
        for (const SensorActivity &a : got->sensors) {
            const QString where = QStringLiteral("%1, sensor %2").arg(QLatin1String(s.name), a.sensor);
            QVERIFY2(a.sources == qint64(sources[a.sensorId].size()), qPrintable(where));
            QVERIFY2(a.packets == packets[a.sensorId], qPrintable(where));
            for (int d = 0; d < a.daily.size(); ++d)
                QVERIFY2(a.daily[d] == daily[std::make_pair(a.sensorId, qint64(d))], qPrintable(where));
            withTraffic += a.packets > 0;
        }
        QVERIFY2(withTraffic > 0, s.name);
    }
}

void TestSourcePartitionScan::sourcePacketsEqualPlainSums()
{
    QFETCH(int, limit);
    const auto ws = openAtLimit(limit);
    QVERIFY(ws);
    AnalysisQueries q(*ws);
    const int off = ws->dayOffsetMinutes();
    for (const Slice &s : slices()) {
        std::map<IpAddress, std::pair<qint64, int>> expected;
        for (const test::StoredTuple &st : accepted(s, off)) {
            auto [it, fresh] = expected.try_emplace(IpAddress::fromBlob(st.tuple.src, 16), 0, -1);
            it->second.first += st.tuple.packets;
            it->second.second &= st.tuple.fingerprints;
        }
        auto got = q.sourcePackets(s.period.startUs(off), s.period.endUs(off), s.filter);
        QVERIFY2(got, s.name);
        QCOMPARE(size_t(got->size()), expected.size());
        auto it = expected.begin();
        for (const SourcePackets &p : *got) { // in address order
            const bool same = p.src == it->first && p.packets == it->second.first && p.fingerprints == it->second.second;
            QVERIFY2(same, s.name);
            ++it;
        }
    }
}

void TestSourcePartitionScan::sensorPacketsFromEqualPlainSums()
{
    auto ws = Workspace::open(m_db, Workspace::Mode::ReadOnly);
    QVERIFY(ws);
    AnalysisQueries q(**ws);
    for (const Slice &s : slices()) {
        const std::vector<test::StoredTuple> slice = accepted(s, 0);
        // Every third source of the slice, and one it does not have.
        std::set<IpAddress> all;
        for (const test::StoredTuple &t : slice)
            all.insert(IpAddress::fromBlob(t.tuple.src, 16));
        QVector<IpAddress> picked;
        int i = 0;
        for (const IpAddress &a : all)
            if (i++ % 3 == 0)
                picked << a;
        picked << *IpAddress::parse(QStringLiteral("2001:db8::1"));
        const std::set<IpAddress> wanted(picked.begin(), picked.end());
        QHash<int, qint64> expected;
        for (const test::StoredTuple &t : slice)
            if (wanted.count(IpAddress::fromBlob(t.tuple.src, 16)))
                expected[t.sensorId] += t.tuple.packets;
        QVERIFY2(!expected.isEmpty(), s.name);
        auto got = q.sensorPacketsFrom(s.period.startUs(0), s.period.endUs(0), s.filter, picked);
        QVERIFY2(got, s.name);
        QVERIFY2(*got == expected, s.name);
        auto none = q.sensorPacketsFrom(s.period.startUs(0), s.period.endUs(0), s.filter, {});
        QVERIFY(none && none->isEmpty());
    }
}

void TestSourcePartitionScan::damagedSegmentIsAnError()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.teiten"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_db, path));
    {
        auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
        QVERIFY(db);
        QVERIFY((*db)->exec("UPDATE flow_segments SET data = substr(data, 1, length(data) / 2) "
                            "WHERE id = (SELECT MAX(id) FROM flow_segments);"));
    }
    auto ws = Workspace::open(path, Workspace::Mode::ReadOnly);
    QVERIFY(ws);
    const Period all = *Period::parse(QStringLiteral("2013-04-01..2013-09-30"));
    auto rows = (*ws)->sources(all, {}, 10);
    QVERIFY(!rows);
    QVERIFY2(rows.error().message.contains(path) && rows.error().message.contains(QLatin1String("damaged")),
             qPrintable(rows.error().message));
    auto sensors = (*ws)->sensorBreakdown(all, {});
    QVERIFY(!sensors);
    auto packets = AnalysisQueries(**ws).sourcePackets(all.startUs(0), all.endUs(0), {});
    QVERIFY(!packets);
}

QTEST_GUILESS_MAIN(TestSourcePartitionScan)
#include "tst_sourcepartitionscan.moc"
