// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken workspaces through every door a user has: `teiten import`, `teiten rank`,
// `teiten info` and the workstation's open. Each gives one message naming the file and the reason,
// the documented exit code (docs/CLI.md), and leaves the file's bytes exactly as they were.
#include <unistd.h>

#include <random>

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "analysiscontext.h"
#include "../fixtures/messageboxcloser.h"
#include "childprocess.h"
#include "mainwindow.h"
#include "scratchmount.h"
#include "sqlitedatabase.h"
#include "testsupport.h"

using namespace teiten;
using teiten::test::ChildRun;

namespace {

enum Kind { Truncated, Corrupt, ReadOnlyFile, ReadOnlyFolder, Locked, NewerSchema, NotSqlite, EmptyFile, Folder, MissingFolder };

} // namespace

class TestHostileWorkspace : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void commandsRefuseOrReadSafely_data();
    void commandsRefuseOrReadSafely();
    void workstationOpenRefuses_data();
    void workstationOpenRefuses();

private:
    /// Makes the hostile file of `kind` at <dir>/ws.db (a folder for Folder), mounting what needs it.
    QString prepare(Kind kind, const QString &dir);

    QTemporaryDir m_tmp;
    QString m_good;     ///< a sound workspace with one imported capture
    QString m_capture;
    std::unique_ptr<test::ScratchMount> m_mount;
    std::unique_ptr<SqliteDatabase> m_locker;
};

void TestHostileWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TeitenTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_hostileworkspace"));
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFileInfo(test::teitenBinary()).isExecutable(), "TEITEN_BIN is not set to the built binary");
    m_capture = m_tmp.filePath(QStringLiteral("udp.pcap"));
    QVERIFY(test::writeUdpCapture(m_capture, 50, 53, 0x0A000001));
    m_good = m_tmp.filePath(QStringLiteral("good.db"));
    const ChildRun imp = test::runTeitenChild({QStringLiteral("import"), QStringLiteral("--db"), m_good, QStringLiteral("--sensor"),
                                          QStringLiteral("lab-01"), m_capture});
    QVERIFY2(imp.exitCode == 0, imp.err.constData());
    QVERIFY(!QFileInfo::exists(m_good + QStringLiteral("-wal"))); // checkpointed and closed
}

QString TestHostileWorkspace::prepare(Kind kind, const QString &dir)
{
    // A typo in the folder: nothing there to damage, and nothing may be created.
    if (kind == MissingFolder)
        return dir + QStringLiteral("/no-such-folder/ws.db");
    const QString path = dir + QStringLiteral("/ws.db");
    const QByteArray good = test::readFile(m_good);
    QString why;
    switch (kind) {
    case Truncated:
        test::writeFile(path, good.left(good.size() / 2));
        break;
    case Corrupt: {
        // Random bytes over three whole b-tree pages (never page 1, whose header would make it "not SQLite").
        QByteArray bytes = good;
        const int pageSize = 4096;
        const int pages = int(bytes.size() / pageSize);
        std::mt19937 rng(20261126);
        for (int i = 0; i < 3; ++i) {
            const int page = 1 + int(rng() % uint32_t(pages - 1));
            for (int b = 0; b < pageSize; ++b)
                bytes[page * pageSize + b] = char(rng());
        }
        test::writeFile(path, bytes);
        break;
    }
    case ReadOnlyFile:
        test::writeFile(path, good);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        if (geteuid() == 0) // root ignores file modes: make it read-only for real
            m_mount = test::ScratchMount::readOnly(path, &why);
        break;
    case ReadOnlyFolder:
        test::writeFile(path, good);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (geteuid() == 0)
            m_mount = test::ScratchMount::readOnly(dir, &why);
        break;
    case Locked: {
        // Holds the write lock the way an import does: an open IMMEDIATE transaction with rows in it.
        test::writeFile(path, good);
        auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
        if (db && (*db)->exec("BEGIN IMMEDIATE; INSERT INTO meta(key, value) VALUES('importing', '1');"))
            m_locker = std::move(*db);
        break;
    }
    case NewerSchema: {
        test::writeFile(path, good);
        auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
        if (db)
            (*db)->exec("PRAGMA user_version = 99;");
        break;
    }
    case NotSqlite:
        test::writeFile(path, QByteArray("sensor,address\njp-01,192.0.2.0/24\n"));
        break;
    case EmptyFile:
        test::writeFile(path, {});
        break;
    case Folder:
        QDir().mkpath(path);
        break;
    case MissingFolder:
        break;
    }
    if (!why.isEmpty())
        qWarning("%s", qPrintable(why));
    return path;
}

void TestHostileWorkspace::commandsRefuseOrReadSafely_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason"); // in the message; empty when the command must succeed
    const struct {
        Kind kind;
        const char *name;
        int importCode, readCode;
        const char *importReason, *readReason;
    } cases[] = {
        {Truncated, "truncated", 2, 2, "truncated", "truncated"},
        {Corrupt, "corrupt", 2, 2, "damaged", "damaged"},
        // Reading a read-only workspace is what read-only is for; writing is refused up front.
        {ReadOnlyFile, "read-only file", 2, 0, "read-only", ""},
        {ReadOnlyFolder, "read-only folder", 2, 0, "read-only", ""},
        // WAL: readers are not blocked by a writer; a second writer is told, after the busy timeout.
        {Locked, "locked by an import", 2, 0, "another process", ""},
        {NewerSchema, "newer schema", 2, 2, "newer", "newer"},
        {NotSqlite, "not SQLite", 2, 2, "not a Teiten workspace", "not a Teiten workspace"},
        {EmptyFile, "empty file", 2, 2, "empty", "empty"},
        {Folder, "folder", 2, 2, "folder", "folder"},
        {MissingFolder, "missing folder", 2, 2, "does not exist", "no such workspace"},
    };
    for (const auto &c : cases) {
        QTest::newRow(qPrintable(QStringLiteral("%1: import").arg(QLatin1String(c.name))))
            << int(c.kind) << QStringLiteral("import") << c.importCode << QString::fromLatin1(c.importReason);
        for (const char *cmd : {"rank", "info"})
            QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.name), QLatin1String(cmd))))
                << int(c.kind) << QString::fromLatin1(cmd) << c.readCode << QString::fromLatin1(c.readReason);
    }
}

void TestHostileWorkspace::commandsRefuseOrReadSafely()
{
    QFETCH(int, kind);
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);
    const QString dir = m_tmp.filePath(QStringLiteral("case-%1-%2").arg(kind).arg(command));
    QVERIFY(QDir().mkpath(dir));
    const QString path = prepare(Kind(kind), dir);
    if ((kind == ReadOnlyFile || kind == ReadOnlyFolder) && geteuid() == 0 && !m_mount)
        QSKIP("running as root and a read-only bind mount failed (see the warning); cannot make a read-only file");
    if (kind == Locked)
        QVERIFY2(m_locker, "could not take the write lock");
    const bool noFile = kind == Folder || kind == MissingFolder;
    const QByteArray before = noFile ? QByteArray() : test::fileSha1(path);
    QVERIFY(noFile || !before.isEmpty() || kind == EmptyFile);

    QStringList args{command, QStringLiteral("--db"), path};
    if (command == QLatin1String("import"))
        args << m_capture;
    else if (command == QLatin1String("rank"))
        args << QStringLiteral("--period") << QStringLiteral("2013Q3");
    QElapsedTimer clock;
    clock.start();
    const ChildRun r = test::runTeitenChild(args, 60000);
    const qint64 ms = clock.elapsed();
    QVERIFY2(!r.timedOut, "the command hung");
    const QString err = QString::fromLocal8Bit(r.err);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.exitCode).arg(err)));
    if (!reason.isEmpty()) {
        QVERIFY2(err.contains(path), qPrintable(err));
        QVERIFY2(err.contains(reason, Qt::CaseInsensitive), qPrintable(err));
        QVERIFY2(err.trimmed().count(QLatin1Char('\n')) <= 1, qPrintable(err)); // one clear message, not a cascade
    } else if (command == QLatin1String("rank")) {
        QVERIFY2(r.out.contains("53/UDP"), r.out.constData());
    }
    if (kind == Locked)
        QVERIFY2(ms < 30000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    m_locker.reset(); // rolls the lock holder's transaction back
    m_mount.reset();
    if (kind == MissingFolder)
        QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));
    else if (kind != Folder)
        QCOMPARE(test::fileSha1(path), before);
    else
        QVERIFY(QDir(path).isEmpty());
    if (kind == ReadOnlyFolder)
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestHostileWorkspace::workstationOpenRefuses_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("truncated") << int(Truncated) << QStringLiteral("truncated");
    QTest::newRow("corrupt") << int(Corrupt) << QStringLiteral("damaged");
    QTest::newRow("newer schema") << int(NewerSchema) << QStringLiteral("newer");
    QTest::newRow("not SQLite") << int(NotSqlite) << QStringLiteral("not a Teiten workspace");
    QTest::newRow("empty file") << int(EmptyFile) << QStringLiteral("empty");
    QTest::newRow("folder") << int(Folder) << QStringLiteral("folder");
    QTest::newRow("read-only file opens") << int(ReadOnlyFile) << QString();
    QTest::newRow("locked opens") << int(Locked) << QString();
}

void TestHostileWorkspace::workstationOpenRefuses()
{
    QFETCH(int, kind);
    QFETCH(QString, reason);
    const QString dir = m_tmp.filePath(QStringLiteral("gui-%1").arg(kind));
    QVERIFY(QDir().mkpath(dir));
    const QString path = prepare(Kind(kind), dir);
    if (kind == ReadOnlyFile && geteuid() == 0 && !m_mount)
        QSKIP("running as root and a read-only bind mount failed; cannot make a read-only file");
    const QByteArray before = kind == Folder ? QByteArray() : test::fileSha1(path);

    MainWindow window;
    window.setShowImportResults(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy failed(&window, &MainWindow::workspaceFailed);
    QSignalSpy opened(&window, &MainWindow::workspaceOpened);
    // The open's error is a modal message box: read it and close it.
    const test::MessageBoxCloser closer;
    const QStringList &dialogs = closer.texts();
    window.openWorkspace(path);
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() + opened.size() == 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 30000);
    if (reason.isEmpty()) {
        QCOMPARE(opened.size(), 1);
        QVERIFY(dialogs.isEmpty());
    } else {
        QCOMPARE(failed.size(), 1);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(reason, Qt::CaseInsensitive), qPrintable(message));
        QTRY_COMPARE(dialogs.size(), 1);
        QVERIFY2(dialogs.at(0).contains(message), qPrintable(dialogs.at(0)));
        QVERIFY(window.context()->workspacePath().isEmpty());
    }
    m_locker.reset();
    m_mount.reset();
    if (kind != Folder)
        QCOMPARE(test::fileSha1(path), before);
}

QTEST_MAIN(TestHostileWorkspace)
#include "tst_hostileworkspace.moc"
