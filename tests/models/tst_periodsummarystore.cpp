// SPDX-License-Identifier: GPL-3.0-or-later
// Stored period summaries: identical to the live computation, used only when current.
#include <atomic>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "demonetworkgenerator.h"
#include "georesolver.h"
#include "hourclock.h"
#include "importjob.h"
#include "periodsummarystore.h"
#include "scannercatalog.h"
#include "sourcetally.h"
#include "sqlitedatabase.h"
#include "servicekey.h"
#include "sqlitestatement.h"
#include "storedtuples.h"
#include "testsupport.h"
#include "workspace.h"
#include "workspaceschema.h"

using namespace teiten;

namespace {

const Period kQ2 = *Period::parse(QStringLiteral("2013Q2"));
const Period kQ3 = *Period::parse(QStringLiteral("2013Q3"));

std::unique_ptr<Workspace> openWs(const QString &path, Workspace::Mode mode = Workspace::Mode::ReadOnly)
{
    auto ws = Workspace::open(path, mode);
    if (!ws)
        qWarning() << ws.error().message;
    return ws ? std::move(*ws) : nullptr;
}

ImportReport import(const QString &db, const QStringList &paths, const QString &geoip = {}, bool force = false,
                    const std::atomic_bool *cancel = nullptr, const ImportJob::ProgressFn &progress = {})
{
    ImportParams p;
    p.workspacePath = db;
    p.paths = paths;
    p.geoipPath = geoip;
    p.force = force;
    const ImportReport r = ImportJob(p).run(progress, cancel);
    if (!r.fatalError.isEmpty())
        qWarning() << r.fatalError;
    return r;
}

/// Every field of two rankings, row by row, scanner classes included; empty when equal.
QString difference(const Ranking &a, const Ranking &b)
{
    if (a.totalPackets != b.totalPackets || a.totalSources != b.totalSources
        || a.previousTotalPackets != b.previousTotalPackets || !(a.period == b.period) || a.rows.size() != b.rows.size())
        return QStringLiteral("totals differ: %1/%2/%3/%4 vs %5/%6/%7/%8")
            .arg(a.totalPackets).arg(a.totalSources).arg(a.previousTotalPackets).arg(a.rows.size())
            .arg(b.totalPackets).arg(b.totalSources).arg(b.previousTotalPackets).arg(b.rows.size());
    for (int i = 0; i < a.rows.size(); ++i) {
        const RankRow &x = a.rows[i], &y = b.rows[i];
        bool same = x.rank == y.rank && x.key == y.key && x.packets == y.packets && x.share == y.share
            && x.sources == y.sources && x.previousRank == y.previousRank && x.previousPackets == y.previousPackets
            && x.scannerShares.size() == y.scannerShares.size();
        for (int c = 0; same && c < x.scannerShares.size(); ++c) {
            const ScannerClassShare &p = x.scannerShares[c], &q = y.scannerShares[c];
            same = p.scannerClass == q.scannerClass && p.packets == q.packets && p.sources == q.sources && p.share == q.share;
        }
        if (!same)
            return QStringLiteral("row %1 (%2 vs %3) differs").arg(i + 1).arg(x.key, y.key);
    }
    return {};
}

QString difference(const SeriesSet &a, const SeriesSet &b)
{
    if (a.keys != b.keys || a.bucketStartUs != b.bucketStartUs || a.totals != b.totals || a.values != b.values
        || a.dayOffsetMinutes != b.dayOffsetMinutes)
        return QStringLiteral("series differ");
    return {};
}

qint64 summaryCount(Workspace &ws, const char *where = "1")
{
    const QByteArray sql = QByteArray("SELECT COUNT(*) FROM period_summaries WHERE ") + where + ";";
    auto st = ws.database().prepare(sql.constData());
    return st && (*st)->step() ? (*st)->int64(0) : -1;
}

} // namespace

class TestPeriodSummaryStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void storedEqualsLive_data() { test::addQuarterByRows(); }
    void storedEqualsLive();
    void storedSummaryIsRead();
    void otherScannerListIsClassifiedLive();
    void restrictedAndCustomRequestsAreLive();
    void secondImportReplacesTheSummary();
    void staleSummaryIsNeverUsed();
    void dataChangedWhileComputingIsNotStored();
    void cancelledImportLeavesNoStaleSummary();
    void progressNamesTheSummaryStep();
    void restrictedToServicesEqualsTheScan();
    void keysByPacketsFollowTheRanking();
    void seriesEqualPlainSql();
    void forcedReimportKeepsSummaryCurrent();
    void dayOffsetChangeIsLive();

private:
    QString copyOfDemo(const QString &name) const;
    QTemporaryDir m_dir;
    QString m_demoDb;
    QString m_geo;
};

void TestPeriodSummaryStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qunsetenv("TEITEN_SCANNERS");
    DemoNetworkGenerator::Params p;
    p.outDir = m_dir.filePath(QStringLiteral("demo"));
    p.scale = 0.15;
    p.threads = 2;
    auto g = DemoNetworkGenerator::generate(p);
    QVERIFY2(g, g ? "" : qPrintable(g.error().message));
    m_geo = p.outDir + QLatin1Char('/') + QLatin1String(DemoNetworkGenerator::CountryDatabasePath);
    m_demoDb = m_dir.filePath(QStringLiteral("demo.teiten"));
    const ImportReport r = import(m_demoDb, {p.outDir + QStringLiteral("/sensors")}, m_geo);
    QVERIFY(r.fatalError.isEmpty() && r.packets > 0);
}

QString TestPeriodSummaryStore::copyOfDemo(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_demoDb, path) ? path : QString();
}

void TestPeriodSummaryStore::storedEqualsLive()
{
    QFETCH(QString, quarter);
    QFETCH(QString, by);
    const Period q = *Period::parse(quarter);
    const Dimension dim = by == QLatin1String("port") ? Dimension::Service : Dimension::Region;
    auto ws = openWs(m_demoDb);
    QVERIFY(ws);
    // The import stored a summary of both quarters in both dimensions.
    QCOMPARE(summaryCount(*ws), qint64(4));
    const ScannerCatalog &scanners = ScannerCatalog::builtIn();
    for (const bool withPrevious : {true, false}) {
        for (const int rows : {0, 10}) {
            auto stored = ws->ranking(dim, q, {}, withPrevious, &scanners, rows);
            auto live = ws->rankingLive(dim, q, {}, withPrevious, &scanners, rows);
            QVERIFY(stored && live);
            QVERIFY(live->rows.size() > 5);
            const QString diff = difference(*stored, *live);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }
    auto plain = ws->ranking(dim, q, {}, true);
    QVERIFY(plain);
    QVERIFY(plain->rows.first().scannerShares.isEmpty());
    QStringList keys;
    for (int i = 0; i < 12; ++i)
        keys << plain->rows[i].key;
    keys << (dim == Dimension::Service ? QStringLiteral("9/TCP") : QStringLiteral("AQ")); // no packets: zeros
    auto stored = ws->series(dim, q, {}, keys, Bucket::Day);
    auto live = ws->seriesLive(dim, q, {}, keys, Bucket::Day);
    QVERIFY(stored && live);
    QVERIFY2(difference(*stored, *live).isEmpty(), qPrintable(keys.join(QLatin1Char(','))));
    QCOMPARE(stored->values.size(), keys.size());
}

void TestPeriodSummaryStore::storedSummaryIsRead()
{
    // Proof that the answers above came from the store: a value changed in it shows up.
    const QString path = copyOfDemo(QStringLiteral("tampered.teiten"));
    QVERIFY(!path.isEmpty());
    {
        auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
        QVERIFY(db);
        QVERIFY((*db)->exec("UPDATE period_summary_rows SET sources = 424242 WHERE period = '2013Q3' AND dimension = 0 "
                            "AND rank = 1;"));
    }
    auto ws = openWs(path);
    QVERIFY(ws);
    auto r = ws->ranking(Dimension::Service, kQ3, {}, true);
    QVERIFY(r);
    QCOMPARE(r->rows.first().sources, qint64(424242));
    auto live = ws->rankingLive(Dimension::Service, kQ3, {}, true, nullptr, 0);
    QVERIFY(live && live->rows.first().sources != 424242);
}

void TestPeriodSummaryStore::otherScannerListIsClassifiedLive()
{
    auto ws = openWs(m_demoDb);
    QVERIFY(ws);
    auto top = ws->sources(kQ3, {}, 1);
    QVERIFY(top && !top->isEmpty());
    const QByteArray csv = "scanner,address_or_prefix,kind,note,source,recorded,valid\nlab," + top->first().address.toString().toUtf8()
        + ",research,,,,\n";
    auto other = ScannerCatalog::parse(csv, QStringLiteral("test"));
    QVERIFY2(other, other ? "" : qPrintable(other.error().message));
    QVERIFY(other->fingerprint() != ScannerCatalog::builtIn().fingerprint());
    for (const Dimension dim : {Dimension::Service, Dimension::Region}) {
        auto stored = ws->ranking(dim, kQ3, {}, true, &*other, 0);
        auto live = ws->rankingLive(dim, kQ3, {}, true, &*other, 0);
        QVERIFY(stored && live);
        QVERIFY2(difference(*stored, *live).isEmpty(), qPrintable(difference(*stored, *live)));
        bool research = false;
        for (const RankRow &row : stored->rows)
            for (const ScannerClassShare &c : row.scannerShares)
                research = research || c.scannerClass == QLatin1String("research");
        QVERIFY(research);
    }
}

void TestPeriodSummaryStore::restrictedAndCustomRequestsAreLive()
{
    auto ws = openWs(m_demoDb);
    QVERIFY(ws);
    auto sensors = ws->sensors();
    QVERIFY(sensors && sensors->size() > 2);
    QueryFilter every, some, region;
    for (const SensorInfo &s : *sensors)
        every.sensorIds << s.id;
    some.sensorIds = {sensors->first().id};
    region.region = QStringLiteral("CN");
    const Period custom = Period::range(QDate(2013, 7, 1), QDate(2013, 9, 29));
    for (const QueryFilter &f : {every, some, region}) {
        auto a = ws->ranking(Dimension::Service, kQ3, f, true, &ScannerCatalog::builtIn(), 10);
        auto b = ws->rankingLive(Dimension::Service, kQ3, f, true, &ScannerCatalog::builtIn(), 10);
        QVERIFY(a && b);
        QVERIFY2(difference(*a, *b).isEmpty(), qPrintable(difference(*a, *b)));
        auto s = ws->series(Dimension::Service, kQ3, f, {QStringLiteral("53/UDP")}, Bucket::Day);
        auto t = ws->seriesLive(Dimension::Service, kQ3, f, {QStringLiteral("53/UDP")}, Bucket::Day);
        QVERIFY(s && t);
        QVERIFY(difference(*s, *t).isEmpty());
    }
    auto a = ws->ranking(Dimension::Region, custom, {}, true);
    auto b = ws->rankingLive(Dimension::Region, custom, {}, true, nullptr, 0);
    QVERIFY(a && b);
    QVERIFY(difference(*a, *b).isEmpty());
    // Hourly buckets and keys ranked beyond the stored series are computed.
    auto all = ws->ranking(Dimension::Service, kQ3, {}, false);
    QVERIFY(all && all->rows.size() > PeriodSummaryStore::SeriesKeys);
    const QStringList deep{all->rows.first().key, all->rows[PeriodSummaryStore::SeriesKeys].key};
    for (const Bucket bucket : {Bucket::Day, Bucket::Hour}) {
        auto s = ws->series(Dimension::Service, kQ3, {}, deep, bucket);
        auto t = ws->seriesLive(Dimension::Service, kQ3, {}, deep, bucket);
        QVERIFY(s && t);
        QVERIFY(difference(*s, *t).isEmpty());
    }
}

void TestPeriodSummaryStore::secondImportReplacesTheSummary()
{
    const QString path = copyOfDemo(QStringLiteral("second.teiten"));
    const QString extra = m_dir.filePath(QStringLiteral("extra-q3.pcap"));
    QVERIFY(test::writeUdpCapture(extra, 500, 40000, 0xC6336400)); // 2013-07-01, 40000/UDP
    QString before;
    {
        auto ws = openWs(path);
        QVERIFY(ws);
        auto st = ws->database().prepare("SELECT data_stamp FROM period_summaries WHERE period = '2013Q3' AND dimension = 0;");
        QVERIFY(st && (*st)->step());
        before = (*st)->text(0);
    }
    const ImportReport r = import(path, {extra}, m_geo);
    QCOMPARE(r.packets, qint64(500));
    auto ws = openWs(path);
    QVERIFY(ws);
    QCOMPARE(summaryCount(*ws), qint64(4));
    auto st = ws->database().prepare("SELECT data_stamp FROM period_summaries WHERE period = '2013Q3' AND dimension = 0;");
    QVERIFY(st && (*st)->step());
    QVERIFY((*st)->text(0) != before);
    for (const Dimension dim : {Dimension::Service, Dimension::Region}) {
        auto stored = ws->ranking(dim, kQ3, {}, true, &ScannerCatalog::builtIn(), 0);
        auto live = ws->rankingLive(dim, kQ3, {}, true, &ScannerCatalog::builtIn(), 0);
        QVERIFY(stored && live);
        QVERIFY2(difference(*stored, *live).isEmpty(), qPrintable(difference(*stored, *live)));
    }
    auto r3 = ws->ranking(Dimension::Service, kQ3, {}, false);
    QVERIFY(r3);
    QVERIFY(std::any_of(r3->rows.begin(), r3->rows.end(),
                        [](const RankRow &row) { return row.key == QLatin1String("40000/UDP") && row.packets == 500; }));
}

void TestPeriodSummaryStore::dataChangedWhileComputingIsNotStored()
{
    // The quarters are computed on two connections, then written: a quarter whose data another
    // writer changed in between is not stored (its stamp no longer matches), the other one is.
    const QString path = copyOfDemo(QStringLiteral("meanwhile.teiten"));
    auto ws = openWs(path, Workspace::Mode::ReadWrite);
    QVERIFY(ws);
    QVERIFY(ws->database().exec("DELETE FROM period_summary_classes; DELETE FROM period_summary_rows; "
                                "DELETE FROM period_summaries;"));
    bool changed = false;
    PeriodSummaryStore::setBeforeWriteHook([&] {
        // Another connection touches one file of Q3 (only Q3's stamp covers it).
        auto other = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
        const QByteArray sql = "UPDATE files SET imported_at = imported_at + 1 WHERE id = (SELECT min(id) FROM files "
                               "WHERE first_us >= " + QByteArray::number(kQ3.startUs(0)) + ");";
        changed = other && (*other)->exec(sql.constData());
    });
    auto written = PeriodSummaryStore::rebuild(*ws, ScannerCatalog::builtIn());
    PeriodSummaryStore::setBeforeWriteHook({});
    QVERIFY(changed);
    QVERIFY(written);
    QCOMPARE(*written, 2);
    QCOMPARE(summaryCount(*ws, "period = '2013Q2'"), qint64(2));
    QCOMPARE(summaryCount(*ws, "period = '2013Q3'"), qint64(0));
    // The next rebuild stores it, equal to the live answer.
    written = PeriodSummaryStore::rebuild(*ws, ScannerCatalog::builtIn());
    QVERIFY(written);
    QCOMPARE(*written, 2);
    auto stored = ws->ranking(Dimension::Service, kQ3, {}, true, &ScannerCatalog::builtIn(), 0);
    auto live = ws->rankingLive(Dimension::Service, kQ3, {}, true, &ScannerCatalog::builtIn(), 0);
    QVERIFY(stored && live);
    QVERIFY2(difference(*stored, *live).isEmpty(), qPrintable(difference(*stored, *live)));
    QCOMPARE(summaryCount(*ws, "period = '2013Q3'"), qint64(2));
}

void TestPeriodSummaryStore::staleSummaryIsNeverUsed()
{
    // A summary that outlived its data (as if a writer had forgotten to drop it) is recognised by
    // its stamp and not used.
    const QString path = copyOfDemo(QStringLiteral("stale.teiten"));
    {
        auto ws = openWs(path, Workspace::Mode::ReadWrite);
        QVERIFY(ws);
        SqliteDatabase &db = ws->database();
        for (const char *t : {"period_summaries", "period_summary_rows", "period_summary_classes"}) {
            const QByteArray sql = QByteArray("CREATE TABLE saved_") + t + " AS SELECT * FROM " + t + ";";
            QVERIFY(db.exec(sql.constData()));
        }
    }
    const QString extra = m_dir.filePath(QStringLiteral("extra-stale.pcap"));
    QVERIFY(test::writeUdpCapture(extra, 300, 40001, 0xC6336500));
    QCOMPARE(import(path, {extra}, m_geo).packets, qint64(300));
    {
        auto ws = openWs(path, Workspace::Mode::ReadWrite);
        QVERIFY(ws);
        SqliteDatabase &db = ws->database();
        for (const char *t : {"period_summaries", "period_summary_rows", "period_summary_classes"}) {
            const QByteArray sql = QByteArray("DELETE FROM ") + t + "; INSERT INTO " + t + " SELECT * FROM saved_" + t + ";";
            QVERIFY(db.exec(sql.constData()));
        }
    }
    auto ws = openWs(path);
    QVERIFY(ws);
    QCOMPARE(summaryCount(*ws), qint64(4));
    auto stored = ws->ranking(Dimension::Service, kQ3, {}, true, &ScannerCatalog::builtIn(), 0);
    auto live = ws->rankingLive(Dimension::Service, kQ3, {}, true, &ScannerCatalog::builtIn(), 0);
    QVERIFY(stored && live);
    QVERIFY2(difference(*stored, *live).isEmpty(), qPrintable(difference(*stored, *live)));
    auto series = ws->series(Dimension::Service, kQ3, {}, {QStringLiteral("40001/UDP")}, Bucket::Day);
    QVERIFY(series);
    QCOMPARE(series->values.first().first(), qint64(300));
    // Q2 has no data of the new file and its summary is still current: read from the store.
    auto q2 = PeriodSummaryStore(ws->database()).ranking(Dimension::Service, kQ2, {}, 0, true);
    QVERIFY(q2 && *q2);
}

void TestPeriodSummaryStore::cancelledImportLeavesNoStaleSummary()
{
    const QString path = copyOfDemo(QStringLiteral("cancelled.teiten"));
    const QString folder = m_dir.filePath(QStringLiteral("two"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::writeUdpCapture(folder + QStringLiteral("/a.pcap"), 200, 40002, 0xC6336600));
    QVERIFY(test::writeUdpCapture(folder + QStringLiteral("/b.pcap"), 200, 40003, 0xC6336700));
    // Stops after the first file is committed: no rebuild at the end of the run.
    std::atomic_bool cancel = false;
    bool summarized = false;
    const ImportReport r = import(path, {folder}, m_geo, false, &cancel, [&](const ImportProgress &p) {
        summarized = summarized || p.summarizing;
        if (p.filesDone >= 1)
            cancel = true;
    });
    QVERIFY(r.cancelled);
    QVERIFY(!summarized);
    QCOMPARE(r.packets, qint64(200));
    auto ws = openWs(path);
    QVERIFY(ws);
    // The file's own transaction dropped the summaries of Q3 (and of Q4, whose previous quarter it is).
    QCOMPARE(summaryCount(*ws, "period = '2013Q3'"), qint64(0));
    QCOMPARE(summaryCount(*ws, "period = '2013Q2'"), qint64(2));
    auto a = ws->ranking(Dimension::Service, kQ3, {}, true, &ScannerCatalog::builtIn(), 0);
    auto b = ws->rankingLive(Dimension::Service, kQ3, {}, true, &ScannerCatalog::builtIn(), 0);
    QVERIFY(a && b);
    QVERIFY(difference(*a, *b).isEmpty());
}

void TestPeriodSummaryStore::progressNamesTheSummaryStep()
{
    // The rebuild after the last file has no bytes to count: the progress says it is running, once
    // every file is done, so the terminal and the status bar do not sit at 100 % saying nothing.
    const QString path = copyOfDemo(QStringLiteral("progress.teiten"));
    const QString extra = m_dir.filePath(QStringLiteral("extra-progress.pcap"));
    QVERIFY(test::writeUdpCapture(extra, 100, 40005, 0xC6336900));
    QVector<ImportProgress> calls;
    const ImportReport r = import(path, {extra}, m_geo, false, nullptr, [&](const ImportProgress &p) { calls << p; });
    QCOMPARE(r.packets, qint64(100));
    QVERIFY(calls.size() >= 2);
    QVERIFY(calls.last().summarizing);
    QCOMPARE(calls.last().filesDone, calls.last().filesTotal);
    for (int i = 0; i + 1 < calls.size(); ++i)
        QVERIFY(!calls[i].summarizing);
    auto ws = openWs(path);
    QVERIFY(ws);
    QVERIFY(summaryCount(*ws, "period = '2013Q3'") > 0);
}

void TestPeriodSummaryStore::restrictedToServicesEqualsTheScan()
{
    // The per-source pass against plain distinct counts over every stored tuple, split into many
    // partitions, and restricted to the services of the slice (which changes nothing) or to a few
    // named ones.
    auto ws = openWs(m_demoDb);
    QVERIFY(ws);
    const auto stored = test::storedTuples(m_demoDb);
    QVERIFY(stored && !stored->empty());
    QueryFilter oneSensor;
    oneSensor.sensorIds = {1};
    QueryFilter china;
    china.region = QStringLiteral("CN");
    QueryFilter udp;
    udp.proto = 17;
    const struct {
        Period period;
        QueryFilter filter;
    } slices[] = {{kQ3, {}}, {*Period::parse(QStringLiteral("2013-08")), {}}, {kQ3, oneSensor}, {kQ2, china},
                  {*Period::parse(QStringLiteral("2013-09-01..2013-09-10")), udp}};
    const int off = ws->dayOffsetMinutes();
    for (const auto &slice : slices) {
        auto ranking = ws->rankingLive(Dimension::Service, slice.period, slice.filter, false, nullptr, 0);
        QVERIFY(ranking);
        QVERIFY(!ranking->rows.isEmpty());
        QVector<ServiceKey> services;
        for (const RankRow &row : ranking->rows)
            services << *ServiceKey::parse(row.key);
        auto tally = [&](bool restrict) {
            auto t = std::make_unique<SourceTally>(slice.period.startUs(off), slice.period.endUs(off), slice.filter);
            t->countBy(Dimension::Service);
            t->countBy(Dimension::Region);
            t->classify(Dimension::Service, ScannerCatalog::builtIn(), std::nullopt);
            t->classify(Dimension::Region, ScannerCatalog::builtIn(), std::nullopt);
            if (restrict)
                t->restrictToServices(services);
            const Status s = t->run(ws->database());
            return s ? std::move(t) : nullptr;
        };
        const auto scanned = tally(false);
        QVERIFY(scanned);
        // The same distinct sources, per key and in all, counted plainly from every stored tuple.
        {
            const qint64 firstHour = HourClock::hourOf(slice.period.startUs(off));
            const qint64 endHour = HourClock::endHourOf(slice.period.endUs(off));
            std::map<QString, std::set<IpAddress>> byService, byRegion;
            std::set<IpAddress> all;
            for (const test::StoredTuple &st : *stored) {
                if (!test::plainlyAccepts(slice.filter, firstHour, endHour, st))
                    continue;
                const IpAddress src = IpAddress::fromBlob(st.tuple.src, 16);
                byService[ServiceKey{st.tuple.proto, st.tuple.port}.label()].insert(src);
                byRegion[GeoResolver::unpack(st.tuple.region)].insert(src);
                all.insert(src);
            }
            for (const Dimension dim : {Dimension::Service, Dimension::Region}) {
                QHash<QString, qint64> expected;
                const auto &sets = dim == Dimension::Service ? byService : byRegion;
                for (const auto &[key, sources] : sets)
                    expected.insert(key, qint64(sources.size()));
                QVERIFY(!expected.isEmpty());
                QCOMPARE(scanned->sources(dim), expected);
            }
            QCOMPARE(scanned->totalSources(), qint64(all.size()));
        }
        // Counting one dimension only, the slice's sources come from its pairs alone.
        for (const Dimension dim : {Dimension::Service, Dimension::Region}) {
            SourceTally one(slice.period.startUs(off), slice.period.endUs(off), slice.filter);
            one.countBy(dim);
            QVERIFY(one.run(ws->database()));
            QCOMPARE(one.totalSources(), scanned->totalSources());
            QCOMPARE(one.sources(dim), scanned->sources(dim));
        }
        // Sources split into many partitions (a limit far below the slice's pairs) count the same
        // as one partition.
        {
            SourceTally split(slice.period.startUs(off), slice.period.endUs(off), slice.filter);
            split.countBy(Dimension::Service);
            split.countBy(Dimension::Region);
            split.classify(Dimension::Service, ScannerCatalog::builtIn(), std::nullopt);
            split.classify(Dimension::Region, ScannerCatalog::builtIn(), std::nullopt);
            split.setLimit(50);
            QVERIFY(split.run(ws->database()));
            QCOMPARE(split.totalSources(), scanned->totalSources());
            QCOMPARE(split.sources(Dimension::Service), scanned->sources(Dimension::Service));
            QCOMPARE(split.sources(Dimension::Region), scanned->sources(Dimension::Region));
            QVERIFY2(split.reads() > 2, qPrintable(QString::number(split.reads())));
            QCOMPARE(scanned->reads(), 1);
            for (const Dimension dim : {Dimension::Service, Dimension::Region}) {
                QCOMPARE(split.classes(dim).size(), scanned->classes(dim).size());
                for (auto it = scanned->classes(dim).begin(); it != scanned->classes(dim).end(); ++it) {
                    const QVector<ScannerClassShare> other = split.classes(dim).value(it.key());
                    QCOMPARE(other.size(), it.value().size());
                    for (int i = 0; i < other.size(); ++i) {
                        QCOMPARE(other[i].scannerClass, it.value()[i].scannerClass);
                        QCOMPARE(other[i].packets, it.value()[i].packets);
                        QCOMPARE(other[i].sources, it.value()[i].sources);
                    }
                }
            }
        }
        // Classes of a few named services only (a stored ranking classed with another list): the
        // pass restricts itself to those services, with the same classes as the scan.
        QSet<QString> named;
        for (int i = 0; i < ranking->rows.size() && i < 5; ++i)
            named.insert(ranking->rows[i].key);
        SourceTally few(slice.period.startUs(off), slice.period.endUs(off), slice.filter);
        few.classify(Dimension::Service, ScannerCatalog::builtIn(), named);
        QVERIFY(few.run(ws->database()));
        QVERIFY(scanned);
        for (const QString &key : named) {
            const QVector<ScannerClassShare> a = few.classes(Dimension::Service).value(key);
            const QVector<ScannerClassShare> b = scanned->classes(Dimension::Service).value(key);
            QVERIFY(!b.isEmpty());
            QCOMPARE(a.size(), b.size());
            for (int i = 0; i < a.size(); ++i) {
                QCOMPARE(a[i].scannerClass, b[i].scannerClass);
                QCOMPARE(a[i].packets, b[i].packets);
                QCOMPARE(a[i].sources, b[i].sources);
            }
        }
        // Restricted to the ranking's services (all of the slice's), it counts the same.
        {
            const auto restricted = tally(true);
            QVERIFY(scanned && restricted);
            QVERIFY(scanned->totalSources() > 0);
            QCOMPARE(restricted->totalSources(), scanned->totalSources());
            QCOMPARE(restricted->sources(Dimension::Service), scanned->sources(Dimension::Service));
            QCOMPARE(restricted->sources(Dimension::Region), scanned->sources(Dimension::Region));
            for (const Dimension dim : {Dimension::Service, Dimension::Region}) {
                QCOMPARE(restricted->classes(dim).keys().size(), scanned->classes(dim).keys().size());
                for (auto it = scanned->classes(dim).begin(); it != scanned->classes(dim).end(); ++it) {
                    const QVector<ScannerClassShare> other = restricted->classes(dim).value(it.key());
                    QCOMPARE(other.size(), it.value().size());
                    for (int i = 0; i < other.size(); ++i) {
                        QCOMPARE(other[i].scannerClass, it.value()[i].scannerClass);
                        QCOMPARE(other[i].packets, it.value()[i].packets);
                        QCOMPARE(other[i].sources, it.value()[i].sources);
                    }
                }
            }
        }
        // A ranking by region collects the services itself: its sources equal the scan's.
        auto byRegion = ws->rankingLive(Dimension::Region, slice.period, slice.filter, false, nullptr, 0);
        QVERIFY(byRegion);
        QCOMPARE(byRegion->totalSources, scanned->totalSources());
        for (const RankRow &row : byRegion->rows)
            QCOMPARE(row.sources, scanned->sources(Dimension::Region).value(row.key));
    }

    // A stopped query ends the pass with an error, not a partial count.
    auto ranking = ws->rankingLive(Dimension::Service, kQ3, {}, false, nullptr, 0);
    QVERIFY(ranking && ranking->rows.size() > 1);
    QVector<ServiceKey> services;
    for (const RankRow &row : ranking->rows)
        services << *ServiceKey::parse(row.key);
    std::atomic_bool stop{true};
    ws->database().setStopFlag(&stop);
    SourceTally stopped(kQ3.startUs(off), kQ3.endUs(off), {});
    stopped.countBy(Dimension::Service);
    stopped.restrictToServices(services);
    QVERIFY(!stopped.run(ws->database()));
    ws->database().setStopFlag(nullptr);

    // A database with no file (the in-memory one of bench/ingeststages) gives the same answer.
    SourceTally onDisk(kQ3.startUs(off), kQ3.endUs(off), {});
    onDisk.countBy(Dimension::Service);
    onDisk.restrictToServices(services);
    QVERIFY(onDisk.run(ws->database()));
    auto memory = SqliteDatabase::open(QStringLiteral(":memory:"), SqliteDatabase::Mode::Create);
    QVERIFY(memory);
    QVERIFY(WorkspaceSchema::create(**memory));
    const QByteArray attach = "ATTACH DATABASE '" + m_demoDb.toUtf8() + "' AS demo;";
    QVERIFY((*memory)->exec(attach.constData()));
    QVERIFY((*memory)->exec("INSERT INTO flow_segments SELECT * FROM demo.flow_segments; DETACH DATABASE demo;"));
    SourceTally inMemory(kQ3.startUs(off), kQ3.endUs(off), {});
    inMemory.countBy(Dimension::Service);
    inMemory.restrictToServices(services);
    QVERIFY(inMemory.run(**memory));
    QCOMPARE(inMemory.totalSources(), onDisk.totalSources());
    QCOMPARE(inMemory.sources(Dimension::Service), onDisk.sources(Dimension::Service));
}

void TestPeriodSummaryStore::keysByPacketsFollowTheRanking()
{
    // The busiest keys without the per-source pass: the ranking's keys, packets, shares and order,
    // from the stored summary (a whole quarter) or computed, and no distinct sources either way.
    const QString path = copyOfDemo(QStringLiteral("keys.teiten"));
    QVERIFY(!path.isEmpty());
    auto ws = openWs(path, Workspace::Mode::ReadWrite);
    QVERIFY(ws);
    QueryFilter oneSensor;
    oneSensor.sensorIds = {2};
    QueryFilter china;
    china.region = QStringLiteral("CN");
    QueryFilter prefix; // read from the flow tuples, not the hourly roll-ups
    prefix.sourcePrefix = IpPrefix::parse(QStringLiteral("0.0.0.0/1"));
    QVERIFY(prefix.sourcePrefix);
    const struct {
        Period period;
        QueryFilter filter;
    } slices[] = {{kQ3, {}}, {kQ2, {}}, {*Period::parse(QStringLiteral("2013-08")), {}}, {kQ3, oneSensor},
                  {kQ2, china}, {kQ3, prefix}, {*Period::parse(QStringLiteral("2014Q1")), {}}};
    auto check = [&](const Workspace &w) {
        for (const auto &slice : slices)
            for (const Dimension dim : {Dimension::Service, Dimension::Region}) {
                auto full = w.rankingLive(dim, slice.period, slice.filter, false, nullptr, 0);
                auto keys = w.keysByPackets(dim, slice.period, slice.filter);
                QVERIFY(full && keys);
                QCOMPARE(keys->totalPackets, full->totalPackets);
                QCOMPARE(keys->totalSources, 0);
                QCOMPARE(keys->rows.size(), full->rows.size());
                for (int i = 0; i < full->rows.size(); ++i) {
                    const RankRow &k = keys->rows[i], &f = full->rows[i];
                    QCOMPARE(k.rank, f.rank);
                    QCOMPARE(k.key, f.key);
                    QCOMPARE(k.packets, f.packets);
                    QCOMPARE(k.share, f.share);
                    QCOMPARE(k.sources, 0);
                    QCOMPARE(k.previousRank, 0);
                }
            }
    };
    QVERIFY(summaryCount(*ws) > 0); // the quarters come from their stored summaries
    check(*ws);
    if (QTest::currentTestFailed())
        return;
    // Without the flow tuples the answer is the same: a filter that names no source is answered
    // from the hourly roll-ups alone.
    QVERIFY(ws->database().exec("DELETE FROM period_summary_classes; DELETE FROM period_summary_rows; "
                                "DELETE FROM period_summaries;"));
    auto before = ws->keysByPackets(Dimension::Service, kQ3, oneSensor);
    QVERIFY(before && !before->rows.isEmpty());
    QVERIFY(ws->database().exec("DELETE FROM flow_segments;"));
    auto after = ws->keysByPackets(Dimension::Service, kQ3, oneSensor);
    QVERIFY(after);
    QCOMPARE(after->totalPackets, before->totalPackets);
    QCOMPARE(after->rows.size(), before->rows.size());
    for (int i = 0; i < before->rows.size(); ++i)
        QCOMPARE(after->rows[i].packets, before->rows[i].packets);
}

void TestPeriodSummaryStore::seriesEqualPlainSql()
{
    // Computed series (one read of the roll-ups, or of the flow tuples for a source filter, for
    // every dimension and the totals, keys tested in C++) against plain GROUP BYs and sums.
    auto ws = openWs(m_demoDb);
    QVERIFY(ws);
    const auto stored = test::storedTuples(m_demoDb);
    QVERIFY(stored && !stored->empty());
    const auto rollups = test::storedRollups(m_demoDb);
    QVERIFY(rollups && !rollups->empty());
    QCOMPARE(ws->dayOffsetMinutes(), 0);
    QueryFilter sensors;
    sensors.sensorIds = {1, 3};
    QueryFilter china;
    china.region = QStringLiteral("CN");
    QueryFilter prefix;
    prefix.sourcePrefix = IpPrefix::parse(QStringLiteral("0.0.0.0/1"));
    QVERIFY(prefix.sourcePrefix);
    const struct {
        Period period;
        QueryFilter filter;
        Bucket bucket;
    } slices[] = {{*Period::parse(QStringLiteral("2013-08")), {}, Bucket::Day},
                  {kQ3, sensors, Bucket::Day},
                  {kQ2, china, Bucket::Day},
                  {*Period::parse(QStringLiteral("2013-09-01..2013-09-03")), prefix, Bucket::Hour}};
    for (const auto &slice : slices) {
        const bool sources = slice.filter.needsFlowTuples();
        const qint64 bucketSecs = slice.bucket == Bucket::Day ? 86400 : 3600;
        const qint64 firstHour = slice.period.startUs(0) / 3600000000LL, endHour = slice.period.endUs(0) / 3600000000LL;
        QVector<QStringList> keys;
        QVector<Dimension> dims{Dimension::Service, Dimension::Region};
        for (const Dimension dim : dims) {
            auto r = ws->keysByPackets(dim, slice.period, slice.filter);
            QVERIFY(r && !r->rows.isEmpty());
            // The busiest key, one from the middle, and one the slice does not have (last).
            QStringList k{r->rows[0].key};
            if (r->rows.size() > 2)
                k << r->rows[r->rows.size() / 2].key;
            k << (dim == Dimension::Service ? QStringLiteral("65000/UDP") : QStringLiteral("AQ"));
            keys.push_back(k);
        }
        auto both = ws->seriesSetsLive(dims, keys, slice.period, slice.filter, slice.bucket);
        QVERIFY(both && both->size() == 2);
        for (int d = 0; d < 2; ++d) {
            auto one = ws->seriesLive(dims[d], slice.period, slice.filter, keys[d], slice.bucket);
            QVERIFY(one);
            QVERIFY(difference(*one, (*both)[d]).isEmpty());
            // (bucket, key, packets) of the slice: plain sums over every stored roll-up, or with a
            // source filter over every stored tuple.
            std::vector<std::tuple<qint64, QString, qint64>> rows;
            auto addRow = [&](qint64 hour, uint8_t proto, int32_t port, uint16_t region, qint64 packets) {
                rows.emplace_back((hour * 3600) / bucketSecs - firstHour * 3600 / bucketSecs,
                                  dims[d] == Dimension::Service ? ServiceKey{proto, port}.label() : GeoResolver::unpack(region),
                                  packets);
            };
            if (!sources) {
                for (const test::StoredRollup &r : *rollups)
                    if (test::plainlyAccepts(slice.filter, firstHour, endHour, r))
                        addRow(r.hour, r.entry.proto, r.entry.port, r.entry.region, r.entry.packets);
            } else {
                for (const test::StoredTuple &t : *stored)
                    if (test::plainlyAccepts(slice.filter, firstHour, endHour, t))
                        addRow(t.hour, t.tuple.proto, t.tuple.port, t.tuple.region, t.tuple.packets);
            }
            QVector<QVector<qint64>> values(keys[d].size(), QVector<qint64>(one->totals.size(), 0));
            QVector<qint64> totals(one->totals.size(), 0);
            for (const auto &[b, key, packets] : rows) {
                QVERIFY(b >= 0 && b < totals.size());
                totals[b] += packets;
                const int k = keys[d].indexOf(key);
                if (k >= 0)
                    values[k][b] += packets;
            }
            QCOMPARE(one->totals, totals);
            QCOMPARE(one->values, values);
            QVERIFY(std::accumulate(values[0].begin(), values[0].end(), qint64(0)) > 0);
            QCOMPARE(std::accumulate(values.back().begin(), values.back().end(), qint64(0)), 0);
        }
    }
}

void TestPeriodSummaryStore::forcedReimportKeepsSummaryCurrent()
{
    const QString path = copyOfDemo(QStringLiteral("forced.teiten"));
    const QString extra = m_dir.filePath(QStringLiteral("extra-forced.pcap"));
    QVERIFY(test::writeUdpCapture(extra, 100, 40004, 0xC6336800));
    QCOMPARE(import(path, {extra}, m_geo).packets, qint64(100));
    // Re-imported with --force, this time without a country database (the same packets, region ZZ
    // unless a default database is installed): the summaries follow.
    ImportParams p;
    p.workspacePath = path;
    p.paths = {extra};
    p.force = true;
    {
        auto ws = openWs(path, Workspace::Mode::ReadWrite);
        QVERIFY(ws);
        QVERIFY(ws->setMeta(QStringLiteral("geoip_path"), QString()));
    }
    const QByteArray savedGeo = qgetenv("TEITEN_GEOIP");
    qputenv("TEITEN_GEOIP", "");
    const ImportReport r = ImportJob(p).run();
    qputenv("TEITEN_GEOIP", savedGeo);
    QCOMPARE(r.packets, qint64(100));
    auto ws = openWs(path);
    QVERIFY(ws);
    QCOMPARE(summaryCount(*ws), qint64(4));
    for (const Dimension dim : {Dimension::Service, Dimension::Region}) {
        auto a = ws->ranking(dim, kQ3, {}, true, &ScannerCatalog::builtIn(), 0);
        auto b = ws->rankingLive(dim, kQ3, {}, true, &ScannerCatalog::builtIn(), 0);
        QVERIFY(a && b);
        QVERIFY2(difference(*a, *b).isEmpty(), qPrintable(difference(*a, *b)));
    }
}

void TestPeriodSummaryStore::dayOffsetChangeIsLive()
{
    const QString path = copyOfDemo(QStringLiteral("offset.teiten"));
    {
        auto ws = openWs(path, Workspace::Mode::ReadWrite);
        QVERIFY(ws);
        QVERIFY(ws->setDayOffsetMinutes(540));
    }
    auto ws = openWs(path);
    QVERIFY(ws);
    for (const Dimension dim : {Dimension::Service, Dimension::Region}) {
        auto a = ws->ranking(dim, kQ3, {}, true, &ScannerCatalog::builtIn(), 0);
        auto b = ws->rankingLive(dim, kQ3, {}, true, &ScannerCatalog::builtIn(), 0);
        QVERIFY(a && b);
        QVERIFY2(difference(*a, *b).isEmpty(), qPrintable(difference(*a, *b)));
        QStringList keys;
        for (int i = 0; i < 5; ++i)
            keys << a->rows[i].key;
        auto s = ws->series(dim, kQ3, {}, keys, Bucket::Day);
        auto t = ws->seriesLive(dim, kQ3, {}, keys, Bucket::Day);
        QVERIFY(s && t);
        QVERIFY(difference(*s, *t).isEmpty());
        QCOMPARE(s->dayOffsetMinutes, 540);
    }
    QVERIFY(!*PeriodSummaryStore(ws->database()).ranking(Dimension::Service, kQ3, {}, 540, true));
}

QTEST_GUILESS_MAIN(TestPeriodSummaryStore)
#include "tst_periodsummarystore.moc"
