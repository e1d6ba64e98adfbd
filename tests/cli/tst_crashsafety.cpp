// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety end to end: the importer (the CLI, then the workstation's import) is SIGKILLed at
// random moments many times. After every kill the workspace must pass integrity_check and hold
// exactly the files that were committed, each with the packet count a clean import gives it; after
// the import is finished the totals per service and region equal those of an uninterrupted import.
// The random delays come from a printed seed (TEITEN_CRASH_SEED=N repeats a run).
#include <random>

#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "childprocess.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "storedtuples.h"
#include "testsupport.h"
#include "workspace.h"

using namespace teiten;

namespace {

struct StoredFile {
    QString status;
    qint64 packets = 0;
};

/// path → status and packets of every file recorded in the workspace.
QMap<QString, StoredFile> storedFiles(const QString &path, QString *error)
{
    QMap<QString, StoredFile> out;
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly);
    if (!db) {
        *error = db.error().message;
        return out;
    }
    auto st = (*db)->prepare("SELECT path, status, packets FROM files;");
    if (!st) {
        *error = st.error().message;
        return out;
    }
    while ((*st)->step())
        out.insert((*st)->text(0), StoredFile{(*st)->text(1), (*st)->int64(2)});
    return out;
}

/// key → packets for both quarters and both dimensions, e.g. "2013Q3 service 53/UDP".
QMap<QString, qint64> totals(const QString &path, QString *error)
{
    QMap<QString, qint64> out;
    auto ws = Workspace::open(path, Workspace::Mode::ReadOnly);
    if (!ws) {
        *error = ws.error().message;
        return out;
    }
    for (const Period &q : {Period::quarter(2013, 2), Period::quarter(2013, 3)})
        for (const Dimension d : {Dimension::Service, Dimension::Region}) {
            auto r = (*ws)->ranking(d, q, {}, false);
            if (!r) {
                *error = r.error().message;
                return out;
            }
            const QString prefix = q.text() + (d == Dimension::Service ? QStringLiteral(" service ") : QStringLiteral(" region "));
            for (const RankRow &row : r->rows)
                out.insert(prefix + row.key, row.packets);
            out.insert(prefix + QStringLiteral("total"), r->totalPackets);
        }
    return out;
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void killedCliImport();
    void killedWorkstationImport();

private:
    /// Kills `args` (teiten with `env`) `iterations` times at random delays up to `maxDelayMs` and
    /// checks the workspace after each kill. Returns how many kills left the import unfinished.
    /// While fewer than `wanted` kills have, a run that completes the import starts the next one
    /// from an empty workspace: on a fast machine the resumed runs finish before any later kill.
    int killRepeatedly(const QString &db, const QStringList &args, const QStringList &env, int iterations,
                       int minDelayMs, int maxDelayMs, int wanted);
    void checkCommitted(const QString &db, int iteration);
    void finishAndCompare(const QString &db);
    /// How long the workstation takes, from its start, until every input file is stored in `db`
    /// (a fresh workspace, removed again after); -1 if it does not get there within two minutes.
    qint64 workstationImportMs(const QString &db, const QStringList &args, const QStringList &env);

    QTemporaryDir m_tmp;
    QStringList m_inputs;
    QString m_geo;
    QString m_clean;
    QMap<QString, StoredFile> m_cleanFiles;
    QMap<QString, qint64> m_cleanTotals;
    qint64 m_cleanMs = 0;
    std::mt19937 m_rng;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFileInfo(test::teitenBinary()).isExecutable(), "TEITEN_BIN is not set to the built binary");
    bool seeded = false;
    uint seed = qEnvironmentVariable("TEITEN_CRASH_SEED").toUInt(&seeded);
    if (!seeded)
        seed = uint(QDateTime::currentMSecsSinceEpoch() % 1000000007);
    qInfo("crash-safety seed %u (repeat with TEITEN_CRASH_SEED=%u)", seed, seed);
    m_rng.seed(seed);

    const QString net = m_tmp.filePath(QStringLiteral("net"));
    const test::ChildRun demo = test::runTeitenChild({QStringLiteral("demo"), QStringLiteral("--out"), net, QStringLiteral("--scale"),
                                                 QStringLiteral("0.2")});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    // Six sensors, 2,196 daily files: long enough to be killed in the middle, short enough to repeat.
    m_inputs = {net + QStringLiteral("/sensors")};
    m_geo = net + QStringLiteral("/geo/teiten-demo-country.mmdb");

    m_clean = m_tmp.filePath(QStringLiteral("clean.db"));
    QElapsedTimer clock;
    clock.start();
    const test::ChildRun imp = test::runTeitenChild(QStringList{QStringLiteral("import"), QStringLiteral("--db"), m_clean,
                                                           QStringLiteral("--geoip"), m_geo} + m_inputs);
    m_cleanMs = clock.elapsed();
    QVERIFY2(imp.exitCode == 0, imp.err.constData());
    QString error;
    m_cleanFiles = storedFiles(m_clean, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Header-only captures (quiet sensor-days) are byte-identical, so only the first of them is stored.
    QVERIFY2(m_cleanFiles.size() > 300, qPrintable(QString::number(m_cleanFiles.size())));
    m_cleanTotals = totals(m_clean, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_cleanTotals.value(QStringLiteral("2013Q3 service total")) > 0);
    qInfo("clean import: %lld ms, %lld files stored", m_cleanMs, qint64(m_cleanFiles.size()));
}

void TestCrashSafety::checkCommitted(const QString &db, int iteration)
{
    const QString ctx = QStringLiteral("after kill %1: ").arg(iteration);
    const QString integrity = test::integrityCheck(db);
    QVERIFY2(integrity == QLatin1String("ok"), qPrintable(ctx + integrity));
    QString error;
    const QMap<QString, StoredFile> files = storedFiles(db, &error);
    QVERIFY2(error.isEmpty(), qPrintable(ctx + error));
    qint64 packets = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        // Every recorded file is whole: a clean import's status and packet count, never half a file.
        const auto clean = m_cleanFiles.constFind(it.key());
        QVERIFY2(clean != m_cleanFiles.cend(), qPrintable(ctx + it.key()));
        QVERIFY2(it->status == clean->status, qPrintable(ctx + it.key() + QLatin1Char(' ') + it->status));
        QVERIFY2(it->packets == clean->packets,
                 qPrintable(ctx + QStringLiteral("%1: %2 packets, clean import %3").arg(it.key()).arg(it->packets).arg(clean->packets)));
        packets += it->packets;
    }
    // And nothing else: the stored rows are exactly those files' packets, with no orphans.
    QCOMPARE(test::rollupPackets(db), packets);
    QCOMPARE(test::queryScalar(db, "SELECT COUNT(*) FROM rollup_segments WHERE file_id NOT IN (SELECT id FROM files);"), qint64(0));
    QCOMPARE(test::queryScalar(db, "SELECT COUNT(*) FROM flow_segments WHERE file_id NOT IN (SELECT id FROM files);"), qint64(0));
}

int TestCrashSafety::killRepeatedly(const QString &db, const QStringList &args, const QStringList &env, int iterations,
                                    int minDelayMs, int maxDelayMs, int wanted)
{
    int interrupted = 0;
    std::uniform_int_distribution<int> delay(minDelayMs, maxDelayMs);
    for (int i = 0; i < iterations; ++i) {
        const int ms = delay(m_rng);
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString &kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(e);
        p.start(test::teitenBinary(), args);
        if (!p.waitForStarted()) {
            qWarning("cannot start %s", qPrintable(test::teitenBinary()));
            return -1;
        }
        const bool finished = p.waitForFinished(ms);
        if (!finished) {
            p.kill(); // SIGKILL: no handler runs, nothing is flushed
            p.waitForFinished();
        }
        const int before = m_cleanFiles.size();
        QString error;
        const int stored = QFileInfo::exists(db) ? int(storedFiles(db, &error).size()) : 0;
        qInfo("kill %d after %d ms: %s, %d of %d files stored", i, ms, finished ? "had finished" : "killed", stored, before);
        if (!finished && stored < before)
            ++interrupted;
        if (QFileInfo::exists(db)) {
            checkCommitted(db, i);
            if (QTest::currentTestFailed())
                return -1;
        }
        if (stored == before && interrupted < wanted && i + 1 < iterations) {
            qInfo("the import completed: the next run starts from an empty workspace");
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(db + QLatin1String(suffix));
        }
    }
    return interrupted;
}

void TestCrashSafety::finishAndCompare(const QString &db)
{
    const test::ChildRun finish = test::runTeitenChild(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} + m_inputs);
    QVERIFY2(finish.exitCode == 0, finish.err.constData());
    checkCommitted(db, -1);
    QString error;
    QCOMPARE(storedFiles(db, &error).size(), m_cleanFiles.size());
    const QMap<QString, qint64> got = totals(db, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(got, m_cleanTotals);
}

qint64 TestCrashSafety::workstationImportMs(const QString &db, const QStringList &args, const QStringList &env)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(e);
    QElapsedTimer clock;
    clock.start();
    p.start(test::teitenBinary(), args);
    if (!p.waitForStarted())
        return -1;
    qint64 ms = -1;
    while (clock.elapsed() < 120000 && p.state() == QProcess::Running) {
        QString error;
        if (QFileInfo::exists(db) && storedFiles(db, &error).size() == m_cleanFiles.size()) {
            ms = clock.elapsed();
            break;
        }
        p.waitForFinished(20);
    }
    p.kill(); // the window stays open after its import
    p.waitForFinished();
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(db + QLatin1String(suffix));
    return ms;
}

void TestCrashSafety::killedCliImport()
{
    const QString db = m_tmp.filePath(QStringLiteral("killed-cli.db"));
    const QStringList args = QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--geoip"), m_geo}
        + m_inputs;
    // Twenty delays add up to about one clean import, so kills land in start-up, hashing, ingest and commit.
    const int interrupted = killRepeatedly(db, args, {}, 20, 30, int(std::max<qint64>(m_cleanMs / 8, 300)), 5);
    QVERIFY(interrupted >= 0);
    QVERIFY2(interrupted >= 5, qPrintable(QStringLiteral("only %1 kills interrupted the import").arg(interrupted)));
    finishAndCompare(db);
}

void TestCrashSafety::killedWorkstationImport()
{
    const QString db = m_tmp.filePath(QStringLiteral("killed-gui.db"));
    const QString config = m_tmp.filePath(QStringLiteral("gui-config"));
    QVERIFY(QDir().mkpath(config));
    QStringList args{db};
    for (const QString &in : m_inputs)
        args << QStringLiteral("--import") << in;
    // The workstation starts (offscreen, its own settings), opens or creates the workspace, then imports.
    const QStringList env{QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("XDG_CONFIG_HOME=") + config,
                          QStringLiteral("TEITEN_GEOIP=") + m_geo};
    // Kills spread over the workstation's own start-up and import, timed on this machine: its
    // start-up and its import take their own time, apart from the command line's.
    const qint64 guiMs = workstationImportMs(db, args, env);
    QVERIFY2(guiMs > 0, "the workstation did not store every file within two minutes");
    qInfo("the workstation stores every file %lld ms after it starts", guiMs);
    const int interrupted = killRepeatedly(db, args, env, 8, int(guiMs / 4), int(guiMs * 9 / 10), 2);
    QVERIFY(interrupted >= 0);
    QString error;
    QVERIFY2(storedFiles(db, &error).size() > 0, "the workstation never committed a file: the import did not run");
    QVERIFY2(interrupted >= 2, qPrintable(QStringLiteral("only %1 kills interrupted the import").arg(interrupted)));
    finishAndCompare(db);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
