// SPDX-License-Identifier: GPL-3.0-or-later
// ImportJob end to end: the sample network's answer key, idempotent re-import, schema migration,
// hostile workspace files, bad inputs and cancellation.
#include <atomic>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include "capturewriter.h"
#include "demonetworkgenerator.h"
#include "importjob.h"
#include "packetbuilder.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "storedtuples.h"
#include "testsupport.h"
#include "workspace.h"
#include "workspaceschema.h"

using namespace teiten;

namespace {

using St = ImportFileOutcome::Status;

const char *statusName(St s)
{
    switch (s) {
    case St::Imported: return "Imported";
    case St::Partial: return "Partial";
    case St::Skipped: return "Skipped";
    case St::Failed: return "Failed";
    case St::Cancelled: return "Cancelled";
    }
    return "?";
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

qint64 scalar(SqliteDatabase &db, const char *sql)
{
    auto st = db.prepare(sql);
    if (!st || !(*st)->step())
        return -1;
    return (*st)->int64(0);
}

qint64 scalar(Workspace &ws, const char *sql)
{
    return scalar(ws.database(), sql);
}

QString outcomesText(const ImportReport &r)
{
    QStringList l;
    for (const auto &f : r.files)
        l << QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(statusName(f.status)), f.path, f.message);
    return l.join(QLatin1Char('\n'));
}

} // namespace

class TestImportJob : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleNetworkMatchesAnswerKey_data();
    void sampleNetworkMatchesAnswerKey();
    void reimportIsIdempotent();
    void migratesVersion1();
    void hostileWorkspaces_data();
    void hostileWorkspaces();
    void badInputs();
    void folderReportsDamagedCapturesOnly();
    void fragmentsRankUnderTheirOwnKey();
    void sameContentTwiceInOneRun();
    void cancelAfterFirstFile();

private:
    ImportParams sampleParams() const;
    QTemporaryDir m_tmp;
    QString m_out;
    QString m_ws;
    QJsonObject m_expected;
    ImportReport m_first;
    int m_captureFiles = 0;
    int m_distinctFiles = 0;
};

ImportParams TestImportJob::sampleParams() const
{
    ImportParams p;
    p.workspacePath = m_ws;
    p.paths = {m_out + QStringLiteral("/sensors")};
    p.geoipPath = m_out + QLatin1Char('/') + QLatin1String(DemoNetworkGenerator::CountryDatabasePath);
    return p;
}

void TestImportJob::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_out = m_tmp.filePath(QStringLiteral("demo"));
    m_ws = m_tmp.filePath(QStringLiteral("sample.teiten"));
    DemoNetworkGenerator::Params gp;
    gp.outDir = m_out;
    gp.scale = 0.1;
    gp.threads = 2;
    auto g = DemoNetworkGenerator::generate(gp);
    QVERIFY2(g.ok(), g.ok() ? "" : qPrintable(g.error().message));
    m_captureFiles = int(g->files);
    m_expected = readJson(m_out + QStringLiteral("/expected.json"));
    QVERIFY(!m_expected.isEmpty());

    m_first = ImportJob(sampleParams()).run();
    QVERIFY2(m_first.fatalError.isEmpty(), qPrintable(m_first.fatalError));
    QVERIFY(!m_first.cancelled);
    QCOMPARE(m_first.files.size(), m_captureFiles);
    // At small scale some sensor-days are empty captures (header only) and so byte-identical: the
    // import is idempotent by content, so the later copies are Skipped. Every other file is Imported.
    QSet<QByteArray> seen;
    for (const auto &f : m_first.files) {
        const QByteArray hash = QCryptographicHash::hash(teiten::test::readFile(f.path), QCryptographicHash::Sha1);
        const bool duplicate = seen.contains(hash);
        seen.insert(hash);
        const St want = duplicate ? St::Skipped : St::Imported;
        QVERIFY2(f.status == want, qPrintable(QStringLiteral("%1: %2 %3")
                                                  .arg(f.path, QString::fromLatin1(statusName(f.status)), f.message)));
        if (duplicate)
            QCOMPARE(f.packets, qint64(0));
    }
    m_distinctFiles = int(seen.size());
    QVERIFY(m_distinctFiles > m_captureFiles / 2);
    QVERIFY(!m_first.anyInputFailed());
    QCOMPARE(m_first.packets, qint64(m_expected[QStringLiteral("totals")][QStringLiteral("packets")].toDouble()));
}

void TestImportJob::sampleNetworkMatchesAnswerKey_data()
{
    QTest::addColumn<int>("quarter");
    QTest::addColumn<int>("dim");
    QTest::newRow("2013Q3 service") << 3 << int(Dimension::Service);
    QTest::newRow("2013Q3 region") << 3 << int(Dimension::Region);
    QTest::newRow("2013Q2 service") << 2 << int(Dimension::Service);
    QTest::newRow("2013Q2 region") << 2 << int(Dimension::Region);
}

void TestImportJob::sampleNetworkMatchesAnswerKey()
{
    QFETCH(int, quarter);
    QFETCH(int, dim);
    const auto dimension = Dimension(dim);
    const QJsonObject q =
        m_expected[QStringLiteral("quarters")][QStringLiteral("2013Q%1").arg(quarter)].toObject();
    QVERIFY(!q.isEmpty());
    const bool service = dimension == Dimension::Service;
    const QString arrayName = service ? QStringLiteral("services") : QStringLiteral("regions");
    const QString keyName = service ? QStringLiteral("label") : QStringLiteral("region");

    QVector<QPair<QString, qint64>> want;
    QMap<QString, qint64> wantPackets, wantSources;
    for (const QJsonValue &v : q[arrayName].toArray()) {
        const QString k = v[keyName].toString();
        const qint64 n = qint64(v[QStringLiteral("packets")].toDouble());
        want.push_back({k, n});
        wantPackets.insert(k, n);
        wantSources.insert(k, qint64(v[QStringLiteral("sources")].toDouble()));
    }
    QVERIFY(want.size() >= 10);

    auto ws = Workspace::open(m_ws, Workspace::Mode::ReadOnly);
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
    auto r = (*ws)->ranking(dimension, Period::quarter(2013, quarter));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->totalPackets, qint64(q[QStringLiteral("packets")].toDouble()));
    QCOMPARE(r->totalSources, qint64(q[QStringLiteral("distinct_sources")].toDouble()));
    QVERIFY(r->rows.size() >= 10);

    // Top 10: the same packet counts in the same order, each key's count exact. (Keys of equal
    // counts may be ordered differently: the key file sorts ties by port number, the ranking by text.)
    for (int i = 0; i < 10; ++i) {
        const RankRow &row = r->rows[i];
        QVERIFY2(wantPackets.contains(row.key), qPrintable(row.key));
        QCOMPARE(row.packets, wantPackets.value(row.key));
        QCOMPARE(row.packets, want[i].second);
        QCOMPARE(row.sources, wantSources.value(row.key));
        if (i + 1 < want.size() && want[i].second != want[i + 1].second && (i == 0 || want[i - 1].second != want[i].second))
            QCOMPARE(row.key, want[i].first);
    }
    // Every key, not just the top.
    QMap<QString, qint64> got;
    for (const RankRow &row : r->rows)
        got.insert(row.key, row.packets);
    QCOMPARE(got, wantPackets);
}

void TestImportJob::reimportIsIdempotent()
{
    auto totals = [&](qint64 &q2, qint64 &q3, qint64 &files, qint64 &flows) {
        auto ws = Workspace::open(m_ws, Workspace::Mode::ReadOnly);
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
        auto r2 = (*ws)->ranking(Dimension::Service, Period::quarter(2013, 2));
        auto r3 = (*ws)->ranking(Dimension::Service, Period::quarter(2013, 3));
        QVERIFY(r2.ok() && r3.ok());
        q2 = r2->totalPackets;
        q3 = r3->totalPackets;
        files = scalar(**ws, "SELECT COUNT(*) FROM files;");
        flows = test::flowTotals(m_ws).packets;
    };
    qint64 q2 = 0, q3 = 0, files = 0, flows = 0;
    totals(q2, q3, files, flows);
    QCOMPARE(q2 + q3, qint64(m_expected[QStringLiteral("totals")][QStringLiteral("packets")].toDouble()));
    QCOMPARE(files, qint64(m_distinctFiles));
    QCOMPARE(flows, q2 + q3);

    const ImportReport again = ImportJob(sampleParams()).run();
    QVERIFY2(again.fatalError.isEmpty(), qPrintable(again.fatalError));
    QCOMPARE(again.files.size(), m_captureFiles);
    for (const auto &f : again.files) {
        QVERIFY2(f.status == St::Skipped, qPrintable(f.path + QLatin1Char(' ') + QLatin1String(statusName(f.status))));
        QVERIFY2(f.message.contains(f.path), qPrintable(f.message));
    }
    QCOMPARE(again.packets, qint64(0));
    qint64 a2 = 0, a3 = 0, aFiles = 0, aFlows = 0;
    totals(a2, a3, aFiles, aFlows);
    QCOMPARE(a2, q2);
    QCOMPARE(a3, q3);
    QCOMPARE(aFiles, files);
    QCOMPARE(aFlows, flows);

    ImportParams p = sampleParams();
    p.force = true;
    const ImportReport forced = ImportJob(p).run();
    QVERIFY2(forced.fatalError.isEmpty(), qPrintable(forced.fatalError));
    QCOMPARE(forced.files.size(), m_captureFiles);
    for (const auto &f : forced.files)
        QVERIFY2(f.status == St::Imported, qPrintable(f.path + QLatin1Char(' ') + QLatin1String(statusName(f.status))));
    QCOMPARE(forced.packets, m_first.packets);
    qint64 f2 = 0, f3 = 0, fFiles = 0, fFlows = 0;
    totals(f2, f3, fFiles, fFlows);
    QCOMPARE(f2, q2);
    QCOMPARE(f3, q3);
    QCOMPARE(fFiles, files);
    QCOMPARE(fFlows, flows);
    // Rankings still match the answer key exactly after the forced re-import.
    auto ws = Workspace::open(m_ws, Workspace::Mode::ReadOnly);
    QVERIFY(ws.ok());
    auto r = (*ws)->ranking(Dimension::Region, Period::quarter(2013, 3));
    QVERIFY(r.ok());
    QMap<QString, qint64> got, want;
    for (const RankRow &row : r->rows)
        got.insert(row.key, row.packets);
    for (const QJsonValue &v : m_expected[QStringLiteral("quarters")][QStringLiteral("2013Q3")][QStringLiteral("regions")].toArray())
        want.insert(v[QStringLiteral("region")].toString(), qint64(v[QStringLiteral("packets")].toDouble()));
    QCOMPARE(got, want);
}

void TestImportJob::migratesVersion1()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v1.teiten"));
    // 2013-07-01T05:00Z as an hour index.
    const qint64 hour = 1372636800LL / 3600 + 5;
    {
        auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Create);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        SqliteDatabase &d = **db;
        QVERIFY(d.exec(WorkspaceSchema::historicalDdl(1)));
        const QByteArray app = "PRAGMA application_id = " + QByteArray::number(WorkspaceSchema::ApplicationId) + ";";
        QVERIFY(d.exec(app.constData()));
        QVERIFY(d.exec("PRAGMA user_version = 1;"));
        QVERIFY(d.exec("INSERT INTO sensors(id, name, region, label) VALUES(1, 'jp-01', 'JP', 'Tokyo');"));
        QVERIFY(d.exec("INSERT INTO files(id, path, size, hash, sensor_id, format, link_type, first_us, last_us, "
                       "packets, malformed, status, message, imported_at) VALUES(1, '/old/a.pcap', 100, 'abc', 1, "
                       "'pcap', 1, 0, 0, 42, 0, 'ok', '', 0);"));
        const QByteArray roll = "INSERT INTO rollup_hour(hour, sensor_id, proto, port, region, file_id, packets, bytes) "
                                "VALUES(" + QByteArray::number(hour) + ", 1, 6, 445, 'CN', 1, 42, 2520);";
        QVERIFY(d.exec(roll.constData()));
    }
    const QByteArray before = teiten::test::readFile(path);

    auto ro = Workspace::open(path, Workspace::Mode::ReadOnly);
    QVERIFY(!ro.ok());
    QVERIFY2(ro.error().message.contains(QLatin1String("version")), qPrintable(ro.error().message));
    QVERIFY2(ro.error().message.contains(path), qPrintable(ro.error().message));
    QCOMPARE(teiten::test::readFile(path), before);

    {
        auto rw = Workspace::open(path, Workspace::Mode::ReadWrite);
        QVERIFY2(rw.ok(), rw.ok() ? "" : qPrintable(rw.error().message));
        QCOMPARE(scalar(**rw, "PRAGMA user_version;"), qint64(WorkspaceSchema::CurrentVersion));
        QCOMPARE(scalar(**rw, "PRAGMA application_id;"), qint64(WorkspaceSchema::ApplicationId));
    }
    auto ws = Workspace::open(path, Workspace::Mode::ReadOnly);
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
    auto sensors = (*ws)->sensors();
    QVERIFY(sensors.ok());
    QCOMPARE(sensors->size(), 1);
    QCOMPARE(sensors->first().name, QStringLiteral("jp-01"));
    auto files = (*ws)->files();
    QVERIFY(files.ok());
    QCOMPARE(files->size(), 1);
    QCOMPARE(files->first().path, QStringLiteral("/old/a.pcap"));
    QCOMPARE(files->first().packets, qint64(42));
    QCOMPARE(files->first().nonIp, qint64(0));
    auto r = (*ws)->ranking(Dimension::Service, Period::quarter(2013, 3));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->totalPackets, qint64(42));
    QCOMPARE(r->rows.size(), 1);
    QCOMPARE(r->rows[0].key, QStringLiteral("445/TCP"));
    auto rr = (*ws)->ranking(Dimension::Region, Period::quarter(2013, 3));
    QVERIFY(rr.ok());
    QCOMPARE(rr->rows.size(), 1);
    QCOMPARE(rr->rows[0].key, QStringLiteral("CN"));
}

void TestImportJob::hostileWorkspaces_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("mentions");
    for (int m = 0; m < 2; ++m) {
        const char *mn = m == 0 ? "ro" : "rw";
        QTest::newRow(qPrintable(QStringLiteral("text file %1").arg(QLatin1String(mn)))) << 0 << m << QStringLiteral("SQLite");
        QTest::newRow(qPrintable(QStringLiteral("newer schema %1").arg(QLatin1String(mn)))) << 1 << m << QStringLiteral("99");
        QTest::newRow(qPrintable(QStringLiteral("other app %1").arg(QLatin1String(mn)))) << 2 << m << QStringLiteral("another application");
    }
}

void TestImportJob::hostileWorkspaces()
{
    QFETCH(int, kind);
    QFETCH(int, mode);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hostile.teiten"));
    if (kind == 0) {
        QVERIFY(teiten::test::writeFile(path, "hello"));
    } else {
        auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Create);
        QVERIFY(db.ok());
        if (kind == 1) {
            QVERIFY((*db)->exec(WorkspaceSchema::historicalDdl(1)));
            const QByteArray app = "PRAGMA application_id = " + QByteArray::number(WorkspaceSchema::ApplicationId) + ";";
            QVERIFY((*db)->exec(app.constData()));
            QVERIFY((*db)->exec("PRAGMA user_version = 99;"));
        } else {
            QVERIFY((*db)->exec("PRAGMA application_id = 0;"));
            QVERIFY((*db)->exec("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes(text) VALUES('x');"));
        }
    }
    const QByteArray before = teiten::test::readFile(path);
    QVERIFY(!before.isEmpty());

    auto ws = Workspace::open(path, mode == 0 ? Workspace::Mode::ReadOnly : Workspace::Mode::ReadWrite);
    QVERIFY(!ws.ok());
    QVERIFY2(ws.error().message.contains(path), qPrintable(ws.error().message));
    QVERIFY2(ws.error().message.contains(mentions), qPrintable(ws.error().message));
    QCOMPARE(teiten::test::readFile(path), before);
    // No journal left beside it either.
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);

    // An import into it fails as a whole, naming the workspace, and writes nothing.
    if (mode == 1) {
        ImportParams p;
        p.workspacePath = path;
        p.paths = {m_out + QStringLiteral("/sensors/jp-01")};
        const ImportReport r = ImportJob(p).run();
        QVERIFY(!r.fatalError.isEmpty());
        QVERIFY2(r.fatalError.contains(path), qPrintable(r.fatalError));
        QVERIFY(r.anyInputFailed());
        QCOMPARE(teiten::test::readFile(path), before);
    }
}

void TestImportJob::badInputs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ws = dir.filePath(QStringLiteral("bad.teiten"));
    const QString missing = dir.filePath(QStringLiteral("nope/missing.pcap"));
    const QString text = dir.filePath(QStringLiteral("x.pcap"));
    const QString cut = dir.filePath(QStringLiteral("cut.pcap"));
    const QString good = dir.filePath(QStringLiteral("good.pcap"));
    QVERIFY(teiten::test::writeFile(text, "this is not a capture file, just some text\n"));
    constexpr int kCutPackets = 20;
    constexpr int kGoodPackets = 7;
    QVERIFY(teiten::test::writeUdpCapture(cut, kCutPackets, 53, 0x0A000001));   // 10.0.0.1…
    QVERIFY(teiten::test::writeUdpCapture(good, kGoodPackets, 123, 0x0B000001)); // 11.0.0.1…
    // Cut the last record in half: header + 19 whole records survive.
    QByteArray bytes = teiten::test::readFile(cut);
    const int recordSize = (int(bytes.size()) - 24) / kCutPackets;
    QVERIFY(recordSize > 16);
    bytes.chop(recordSize / 2);
    QVERIFY(teiten::test::writeFile(cut, bytes));

    ImportParams p;
    p.workspacePath = ws;
    p.paths = {missing, text, cut, good};
    p.sensor = QStringLiteral("lab-01");
    p.geoipPath = m_out + QLatin1Char('/') + QLatin1String(DemoNetworkGenerator::CountryDatabasePath);
    const ImportReport r = ImportJob(p).run();
    QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
    QVERIFY(r.anyInputFailed());
    QCOMPARE(r.files.size(), 4);

    auto outcomeFor = [&](const QString &path) -> const ImportFileOutcome * {
        for (const auto &f : r.files)
            if (f.path == QFileInfo(path).absoluteFilePath() || f.message.contains(path))
                return &f;
        return nullptr;
    };
    const ImportFileOutcome *oMissing = outcomeFor(missing);
    const ImportFileOutcome *oText = outcomeFor(text);
    const ImportFileOutcome *oCut = outcomeFor(cut);
    const ImportFileOutcome *oGood = outcomeFor(good);
    QVERIFY2(oMissing && oText && oCut && oGood, qPrintable(outcomesText(r)));
    QCOMPARE(statusName(oMissing->status), "Failed");
    QVERIFY2(oMissing->message.contains(missing), qPrintable(oMissing->message));
    QCOMPARE(statusName(oText->status), "Failed");
    QVERIFY2(oText->message.contains(text), qPrintable(oText->message));
    QCOMPARE(statusName(oCut->status), "Partial");
    QVERIFY2(oCut->message.contains(cut), qPrintable(oCut->message));
    QCOMPARE(oCut->packets, qint64(kCutPackets - 1));
    QCOMPARE(statusName(oGood->status), "Imported");
    QCOMPARE(oGood->packets, qint64(kGoodPackets));
    QCOMPARE(r.packets, qint64(kCutPackets - 1 + kGoodPackets));

    auto w = Workspace::open(ws, Workspace::Mode::ReadOnly);
    QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
    auto rank = (*w)->ranking(Dimension::Service, Period::quarter(2013, 3));
    QVERIFY(rank.ok());
    QMap<QString, qint64> got;
    for (const RankRow &row : rank->rows)
        got.insert(row.key, row.packets);
    const QMap<QString, qint64> want{{QStringLiteral("53/UDP"), kCutPackets - 1}, {QStringLiteral("123/UDP"), kGoodPackets}};
    QCOMPARE(got, want);
    QCOMPARE(rank->totalSources, qint64(kCutPackets - 1 + kGoodPackets));

    auto files = (*w)->files();
    QVERIFY(files.ok());
    QMap<QString, FileRecord::Status> statuses;
    for (const FileRecord &f : *files)
        statuses.insert(QFileInfo(f.path).fileName(), f.status);
    QCOMPARE(statuses.value(QStringLiteral("good.pcap"), FileRecord::Status::Failed), FileRecord::Status::Ok);
    QCOMPARE(statuses.value(QStringLiteral("cut.pcap"), FileRecord::Status::Ok), FileRecord::Status::Partial);
    QVERIFY(!statuses.contains(QStringLiteral("missing.pcap")));
}

void TestImportJob::folderReportsDamagedCapturesOnly()
{
    // A sensor folder holds more than captures. A file named like a capture that is not one (here
    // empty, and text) is a day the sensor lost: it is reported and fails the import (exit 2).
    // The folder's other files are not captures by name or content and pass without a word.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sensor = dir.filePath(QStringLiteral("net/lab-02"));
    QVERIFY(QDir().mkpath(sensor));
    QVERIFY(teiten::test::writeUdpCapture(sensor + QStringLiteral("/2013-08-01.pcap"), 5, 53, 0x0C000001));
    QVERIFY(teiten::test::writeFile(sensor + QStringLiteral("/2013-08-02.pcap"), QByteArray()));
    QVERIFY(teiten::test::writeFile(sensor + QStringLiteral("/2013-08-03.PCAPNG"), "<html>404 Not Found</html>\n"));
    QVERIFY(teiten::test::writeFile(sensor + QStringLiteral("/SHA256SUMS"), "0000  2013-08-01.pcap\n"));
    QVERIFY(teiten::test::writeFile(sensor + QStringLiteral("/notes.txt"), "sensor moved on 2013-08-02\n"));

    ImportParams p;
    p.workspacePath = dir.filePath(QStringLiteral("folder.teiten"));
    p.paths = {dir.filePath(QStringLiteral("net"))};
    p.geoipPath = m_out + QLatin1Char('/') + QLatin1String(DemoNetworkGenerator::CountryDatabasePath);
    const ImportReport r = ImportJob(p).run();
    QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
    QVERIFY(r.anyInputFailed());
    QMap<QString, QString> outcomes;
    for (const auto &f : r.files)
        outcomes.insert(QFileInfo(f.path).fileName(), QLatin1String(statusName(f.status)));
    const QMap<QString, QString> want{{QStringLiteral("2013-08-01.pcap"), QStringLiteral("Imported")},
                                      {QStringLiteral("2013-08-02.pcap"), QStringLiteral("Failed")},
                                      {QStringLiteral("2013-08-03.PCAPNG"), QStringLiteral("Failed")}};
    QCOMPARE(outcomes, want);
    for (const auto &f : r.files)
        if (f.status == ImportFileOutcome::Status::Failed)
            QVERIFY2(f.message.contains(f.path), qPrintable(f.message));
    QCOMPARE(r.packets, qint64(5));
}

void TestImportJob::sameContentTwiceInOneRun()
{
    // The next file is read while this one is written, so a copy right behind its original is
    // planned before the original is committed. It must still be skipped as the same content, the
    // copy of a file stored in an earlier run too, and the files around them imported whole.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("lab-04"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::writeUdpCapture(folder + QStringLiteral("/a.pcap"), 120, 53, 0x0D000001));
    QVERIFY(QFile::copy(folder + QStringLiteral("/a.pcap"), folder + QStringLiteral("/b.pcap")));
    QVERIFY(test::writeUdpCapture(folder + QStringLiteral("/c.pcap"), 80, 123, 0x0E000001));
    QVERIFY(QFile::copy(folder + QStringLiteral("/a.pcap"), folder + QStringLiteral("/d.pcap")));
    QVERIFY(test::writeUdpCapture(folder + QStringLiteral("/e.pcap"), 40, 161, 0x0F000001));
    ImportParams p;
    p.workspacePath = dir.filePath(QStringLiteral("twice.teiten"));
    p.paths = {folder};
    const ImportReport r = ImportJob(p).run();
    QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
    QCOMPARE(r.files.size(), 5);
    const St want[] = {St::Imported, St::Skipped, St::Imported, St::Skipped, St::Imported};
    const qint64 packets[] = {120, 0, 80, 0, 40};
    for (int i = 0; i < 5; ++i) {
        QVERIFY2(r.files[i].status == want[i], qPrintable(outcomesText(r)));
        QCOMPARE(r.files[i].packets, packets[i]);
    }
    QVERIFY2(r.files[1].message.contains(QStringLiteral("a.pcap")), qPrintable(r.files[1].message));
    QCOMPARE(r.packets, qint64(240));
    QCOMPARE(test::flowTotals(p.workspacePath).packets, qint64(240));
    QCOMPARE(test::queryScalar(p.workspacePath, "SELECT count(*) FROM files;"), qint64(3));
}

void TestImportJob::fragmentsRankUnderTheirOwnKey()
{
    // Non-first fragments carry no port: they rank as fragment/UDP (stored port -1), apart from
    // 65535/UDP, the port whose 16 bits -1 shares, and from real ports, in rankings and series.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fragments.pcap"));
    {
        constexpr int64_t kT0 = 1372636800LL * 1000000000LL; // 2013-07-01T00:00:00Z
        auto w = CaptureWriter::create(path, CaptureWriter::Options{});
        QVERIFY(w);
        PacketBuilder b(PacketBuilder::Link::Ethernet);
        const uint8_t payload[8] = {1, 2, 3, 4, 5, 6, 7, 8};
        int i = 0;
        auto add = [&](uint16_t port, bool laterFragment) {
            PacketBuilder::IpFields ip;
            ip.src = IpAddress::fromV4(0x0D000001 + uint32_t(i));
            ip.dst = IpAddress::fromV4(0xC0000201);
            ip.id = uint16_t(i);
            QVERIFY(b.udp(ip, 40000, port, payload, sizeof payload) > 0);
            QByteArray frame = b.frame();
            if (laterFragment) { // offset 1480 bytes, no more fragments (Ethernet 14 + IPv4 byte 6)
                frame[20] = char(0x00);
                frame[21] = char(0xB9);
            }
            QVERIFY((*w)->write(kT0 + int64_t(i++) * 1000000000LL, frame));
        };
        for (int n = 0; n < 6; ++n)
            add(7, true);
        for (int n = 0; n < 4; ++n)
            add(65535, false);
        for (int n = 0; n < 3; ++n)
            add(53, false);
        QVERIFY((*w)->close());
    }
    ImportParams p;
    p.workspacePath = dir.filePath(QStringLiteral("fragments.teiten"));
    p.paths = {path};
    p.sensor = QStringLiteral("lab-03");
    const ImportReport r = ImportJob(p).run();
    QVERIFY2(!r.anyInputFailed(), qPrintable(outcomesText(r)));
    QCOMPARE(r.packets, qint64(13));

    auto w = Workspace::open(p.workspacePath, Workspace::Mode::ReadOnly);
    QVERIFY(w.ok());
    const Period q3 = Period::quarter(2013, 3);
    const QMap<QString, qint64> want{{QStringLiteral("fragment/UDP"), 6}, {QStringLiteral("65535/UDP"), 4},
                                     {QStringLiteral("53/UDP"), 3}};
    for (const bool live : {false, true}) {
        auto rank = live ? (*w)->rankingLive(Dimension::Service, q3, {}, true, nullptr, 0)
                         : (*w)->ranking(Dimension::Service, q3);
        QVERIFY(rank.ok());
        QMap<QString, qint64> got;
        for (const RankRow &row : rank->rows)
            got.insert(row.key, row.packets);
        QCOMPARE(got, want);
        QCOMPARE(rank->rows.first().key, QStringLiteral("fragment/UDP"));
        QCOMPARE(rank->rows.first().sources, qint64(6));
    }
    const QStringList keys{QStringLiteral("65535/UDP"), QStringLiteral("fragment/UDP"), QStringLiteral("53/UDP")};
    auto series = (*w)->seriesLive(Dimension::Service, q3, {}, keys, Bucket::Day);
    QVERIFY(series.ok());
    QCOMPARE(series->values.size(), 3);
    QCOMPARE(series->values[0].value(0), qint64(4));
    QCOMPARE(series->values[1].value(0), qint64(6));
    QCOMPARE(series->values[2].value(0), qint64(3));
    QCOMPARE(series->totals.value(0), qint64(13));
}

void TestImportJob::cancelAfterFirstFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ImportParams p;
    p.workspacePath = dir.filePath(QStringLiteral("cancel.teiten"));
    p.paths = {m_out + QStringLiteral("/sensors/jp-01"), m_out + QStringLiteral("/sensors/us-01")};
    p.geoipPath = m_out + QLatin1Char('/') + QLatin1String(DemoNetworkGenerator::CountryDatabasePath);
    std::atomic_bool cancel{false};
    int calls = 0;
    const ImportReport r = ImportJob(p).run(
        [&](const ImportProgress &prog) {
            ++calls;
            QVERIFY(prog.filesDone <= prog.filesTotal);
            if (prog.filesDone >= 1)
                cancel = true;
        },
        &cancel);
    QVERIFY(calls > 0);
    QVERIFY(r.cancelled);
    QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
    int imported = 0;
    qint64 importedPackets = 0;
    for (const auto &f : r.files) {
        QVERIFY2(f.status == St::Imported || f.status == St::Cancelled, qPrintable(outcomesText(r)));
        if (f.status == St::Imported) {
            ++imported;
            importedPackets += f.packets;
        }
    }
    QVERIFY(imported >= 1);
    QVERIFY(imported < 2 * 183);
    QCOMPARE(r.packets, importedPackets);

    auto w = Workspace::open(p.workspacePath, Workspace::Mode::ReadOnly);
    QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().message));
    QCOMPARE(scalar(**w, "SELECT COUNT(*) FROM files WHERE status = 'ok';"), qint64(imported));
    QCOMPARE(scalar(**w, "SELECT COUNT(*) FROM files WHERE status != 'ok';"), qint64(0));
    QCOMPARE(teiten::test::rollupPackets(p.workspacePath), importedPackets);
    QCOMPARE(scalar(**w, "SELECT COUNT(*) FROM rollup_segments WHERE file_id NOT IN (SELECT id FROM files);"), qint64(0));
    QCOMPARE(scalar(**w, "SELECT COUNT(*) FROM flow_segments WHERE file_id NOT IN (SELECT id FROM files);"), qint64(0));
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
