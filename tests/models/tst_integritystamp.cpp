// SPDX-License-Identifier: GPL-3.0-or-later
// The integrity check on open (issue 6) is skipped only for a file that is exactly as it was when
// it last passed: IntegrityStamp in the cache folder, refreshed by a writer that ends cleanly.
// Damage, another writer, a pending log or an unreadable stamp all make it check again.
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "../fixtures/workspacefixture.h"
#include "importjob.h"
#include "integritystamp.h"
#include "sqlitedatabase.h"
#include "testsupport.h"
#include "workspace.h"

using namespace teiten;
using teiten::test::WorkspaceFixture;
using Check = Workspace::IntegrityCheck;

class TestIntegrityStamp : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void unchangedFileIsNotReadAgain();
    void stampIsKeptInTheCacheNotBesideTheWorkspace();
    void damagedPageIsReported();
    void verifyAlwaysChecksAndForgetsAStaleStamp();
    void anotherWriterMakesItCheck();
    void pendingLogMakesItCheck();
    void unreadableStampMakesItCheck();
    void writerThatOpensForgetsTheStamp();
    void cleanImportRecordsItsOwnChanges();
    void importBesideAnotherWriterDoesNotRecord();

private:
    /// Opens read-only and runs the check: how it passed, or the error message.
    std::variant<Check, QString> check(Workspace::Verify how = Workspace::Verify::UnlessStamped);
    ImportReport importInto(const QStringList &captures, const ImportJob::ProgressFn &progress = {});
    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    QString m_path;
    int m_case = 0;
};

void TestIntegrityStamp::initTestCase()
{
    // A cache folder of its own, not QStandardPaths' test mode: that one (~/.qttest) is shared by
    // every test running at the same time, whose imports write stamps into it too.
    QVERIFY(m_dir.isValid());
    QVERIFY(m_home.isValid());
    qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
}

void TestIntegrityStamp::init()
{
    QVERIFY(QDir(IntegrityStamp::folder()).removeRecursively());
    m_path = m_dir.filePath(QStringLiteral("w%1.db").arg(++m_case));
    QVERIFY(WorkspaceFixture::create(m_path));
}

std::variant<Check, QString> TestIntegrityStamp::check(Workspace::Verify how)
{
    auto ws = Workspace::open(m_path, Workspace::Mode::ReadOnly);
    if (!ws)
        return ws.error().message;
    auto r = (*ws)->checkIntegrity(how);
    if (!r)
        return r.error().message;
    return *r;
}

ImportReport TestIntegrityStamp::importInto(const QStringList &captures, const ImportJob::ProgressFn &progress)
{
    ImportParams params;
    params.workspacePath = m_path;
    params.paths = captures;
    params.sensor = QStringLiteral("lab-01");
    return ImportJob(params).run(progress);
}

void TestIntegrityStamp::unchangedFileIsNotReadAgain()
{
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Checked)));
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Stamped)));
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Stamped)));
    // --verify reads it regardless, and a pass keeps the stamp.
    QCOMPARE(check(Workspace::Verify::Always), (std::variant<Check, QString>(Check::Checked)));
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Stamped)));
}

void TestIntegrityStamp::stampIsKeptInTheCacheNotBesideTheWorkspace()
{
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Checked)));
    QVERIFY(IntegrityStamp::folder().startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)));
    QVERIFY(!IntegrityStamp::folder().startsWith(m_dir.path()));
    const QStringList stamps = QDir(IntegrityStamp::folder()).entryList(QDir::Files);
    QCOMPARE(stamps.size(), 1);
    QCOMPARE(stamps.first().size(), 64); // SHA-256 of the canonical path, not the path itself
    QVERIFY(!stamps.first().contains(QLatin1String("w")));
    // Nothing new beside the workspace but SQLite's own -wal/-shm.
    QStringList after = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    after.removeIf([&](const QString &n) { return before.contains(n) || n.endsWith(QLatin1String("-wal")) || n.endsWith(QLatin1String("-shm")); });
    QCOMPARE(after, QStringList());
}

void TestIntegrityStamp::damagedPageIsReported()
{
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Checked)));
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Stamped)));
    QVERIFY(test::damageTableRoot(m_path, "flow_segments")); // a write: the file's times change, so the stamp no longer matches
    const auto r = check();
    QVERIFY(std::holds_alternative<QString>(r));
    const QString message = std::get<QString>(r);
    QVERIFY2(message.contains(m_path) && message.contains(QLatin1String("damaged")), qPrintable(message));
    QVERIFY(QDir(IntegrityStamp::folder()).isEmpty()); // forgotten: every later open says so too
    QVERIFY(std::holds_alternative<QString>(check()));
}

void TestIntegrityStamp::verifyAlwaysChecksAndForgetsAStaleStamp()
{
    // Damage the stamp cannot see (as from a failing disk under the file system): a stamp that
    // matches the damaged file. Only --verify finds it, and from then on every open does.
    QVERIFY(test::damageTableRoot(m_path, "flow_segments"));
    const auto stamp = IntegrityStamp::of(m_path);
    QVERIFY(stamp && stamp->record());
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Stamped))); // proves the check was skipped
    const auto verified = check(Workspace::Verify::Always);
    QVERIFY(std::holds_alternative<QString>(verified));
    QVERIFY(std::get<QString>(verified).contains(QLatin1String("damaged")));
    QVERIFY(std::holds_alternative<QString>(check()));
}

void TestIntegrityStamp::anotherWriterMakesItCheck()
{
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Checked)));
    {
        // Another program's SQLite connection (not through Workspace, so no stamp handling).
        auto db = SqliteDatabase::open(m_path, SqliteDatabase::Mode::ReadWrite);
        QVERIFY(db);
        QVERIFY((*db)->exec("INSERT INTO meta(key, value) VALUES('note', 'changed elsewhere');"));
    } // closing checkpoints the log into the file and removes it
    QVERIFY(!QFileInfo(m_path + QStringLiteral("-wal")).exists());
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Checked)));
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Stamped)));
}

void TestIntegrityStamp::pendingLogMakesItCheck()
{
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Checked)));
    auto db = SqliteDatabase::open(m_path, SqliteDatabase::Mode::ReadWrite);
    QVERIFY(db);
    QVERIFY((*db)->exec("PRAGMA wal_autocheckpoint = 0; INSERT INTO meta(key, value) VALUES('note', 'in the log');"));
    QVERIFY(QFileInfo(m_path + QStringLiteral("-wal")).size() > 0);
    QVERIFY(!IntegrityStamp::of(m_path)); // the file alone is not the database's state
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Checked)));
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Checked))); // nothing recorded meanwhile
}

void TestIntegrityStamp::unreadableStampMakesItCheck()
{
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Checked)));
    const QStringList stamps = QDir(IntegrityStamp::folder()).entryList(QDir::Files);
    QCOMPARE(stamps.size(), 1);
    const QString stampPath = IntegrityStamp::folder() + QLatin1Char('/') + stamps.first();
    QByteArray text = test::readFile(stampPath);
    QVERIFY(text.contains("inode "));
    text.replace("inode ", "inode 1"); // another file's stamp
    QVERIFY(test::writeFile(stampPath, text));
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Checked)));
    QVERIFY(test::writeFile(stampPath, QByteArray("\xff\x00garbage", 9)));
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Checked)));
    QVERIFY(test::writeFile(stampPath, QByteArray()));
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Checked)));
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Stamped)));
}

void TestIntegrityStamp::writerThatOpensForgetsTheStamp()
{
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Checked)));
    {
        auto ws = Workspace::open(m_path, Workspace::Mode::ReadWrite); // opened on the stamp, not read again
        QVERIFY(ws);
        QVERIFY(QDir(IntegrityStamp::folder()).isEmpty());
        QVERIFY((*ws)->setMeta(QStringLiteral("note"), QStringLiteral("written")));
    } // not keepVerifiedWhenClosed(): nothing recorded
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Checked)));
}

void TestIntegrityStamp::cleanImportRecordsItsOwnChanges()
{
    const QString capture = m_dir.filePath(QStringLiteral("a%1.pcap").arg(m_case));
    QVERIFY(test::writeUdpCapture(capture, 200, 53, 0x0A000001));
    const ImportReport r = importInto({capture});
    QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
    QCOMPARE(r.packets, qint64(200));
    QVERIFY(!QFileInfo(m_path + QStringLiteral("-wal")).exists());
    // The import changed the file and recorded it: the query after it does not read it again,
    // and a full check confirms the file is indeed sound.
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Stamped)));
    QCOMPARE(check(Workspace::Verify::Always), (std::variant<Check, QString>(Check::Checked)));
}

void TestIntegrityStamp::importBesideAnotherWriterDoesNotRecord()
{
    const QString a = m_dir.filePath(QStringLiteral("b%1.pcap").arg(m_case));
    const QString b = m_dir.filePath(QStringLiteral("c%1.pcap").arg(m_case));
    QVERIFY(test::writeUdpCapture(a, 100, 53, 0x0A000001));
    QVERIFY(test::writeUdpCapture(b, 100, 123, 0x0B000001));
    bool wrote = false;
    const ImportReport r = importInto({a, b}, [&](const ImportProgress &p) {
        if (wrote || p.filesDone < 1)
            return;
        // Between the two files (the first one committed): another connection commits a change.
        auto db = SqliteDatabase::open(m_path, SqliteDatabase::Mode::ReadWrite);
        wrote = db && (*db)->exec("INSERT INTO meta(key, value) VALUES('note', 'during the import');");
    });
    QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
    QVERIFY(wrote);
    QCOMPARE(check(), (std::variant<Check, QString>(Check::Checked)));
}

QTEST_GUILESS_MAIN(TestIntegrityStamp)
#include "tst_integritystamp.moc"
