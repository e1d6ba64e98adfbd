// SPDX-License-Identifier: GPL-3.0-or-later
// The import's planning thread (ImportPlanner): plans in input order with each file's SHA-1 and
// size, files that cannot be hashed not read, stored content kept out unless it failed or --force,
// planning no further than kFilesAhead files beyond the plans taken, cancel and stop.
#include <atomic>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include "flowbatchproducer.h"
#include "importjob.h"
#include "importplanner.h"
#include "sqlitedatabase.h"
#include "testsupport.h"
#include "workspace.h"

using namespace teiten;
using Kind = FlowBatchProducer::Message::Kind;

namespace {

ImportPlanner::Plan takePlan(ImportPlanner &planner)
{
    ImportPlanner::Plan plan;
    for (int i = 0; i < 100; ++i)
        if (planner.take(plan, std::chrono::milliseconds(100)))
            return plan;
    qFatal("no plan within 10 s");
}

// Whether the producer was handed file `index`: its first message comes within `wait`.
bool wasHandedOver(FlowBatchProducer &producer, qsizetype index, std::chrono::milliseconds wait)
{
    FlowBatchProducer::Message m;
    return producer.take(index, m, wait);
}

QVector<ImportPlanner::File> filesOf(const QStringList &paths)
{
    QVector<ImportPlanner::File> out;
    for (const QString &p : paths)
        out.push_back({p, true});
    return out;
}

} // namespace

class TestImportPlanner : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_a = m_dir.filePath(QStringLiteral("a.pcap"));
        m_b = m_dir.filePath(QStringLiteral("b.pcap"));
        QVERIFY(test::writeUdpCapture(m_a, 20, 53, 0x0A000000));
        QVERIFY(test::writeUdpCapture(m_b, 30, 123, 0x0B000000));
    }

    void plansInInputOrderWithTheirHashes()
    {
        const QString ws = m_dir.filePath(QStringLiteral("order.db"));
        QVERIFY(Workspace::open(ws, Workspace::Mode::ReadWrite));
        FlowBatchProducer producer({nullptr}, {}, nullptr);
        const QString missing = m_dir.filePath(QStringLiteral("missing.pcap"));
        ImportPlanner planner(ws, filesOf({m_a, missing, m_b}), false, producer, nullptr);
        const ImportPlanner::Plan a = takePlan(planner);
        const ImportPlanner::Plan gone = takePlan(planner);
        const ImportPlanner::Plan b = takePlan(planner);
        QVERIFY(a.hash && b.hash);
        QCOMPARE(*a.hash, QString::fromLatin1(test::fileSha1(m_a)));
        QCOMPARE(*b.hash, QString::fromLatin1(test::fileSha1(m_b)));
        QCOMPARE(a.snapshotSize, QFileInfo(m_a).size());
        QCOMPARE(b.snapshotSize, QFileInfo(m_b).size());
        QVERIFY(a.read && b.read);
        QVERIFY(!gone.hash);
        QCOMPARE(gone.hash.error().code, Error::Code::Unreadable);
        QVERIFY(gone.hash.error().message.contains(missing));
        QVERIFY(!gone.read);
        QVERIFY(wasHandedOver(producer, 0, std::chrono::seconds(10)));
        QVERIFY(wasHandedOver(producer, 2, std::chrono::seconds(10)));
        QVERIFY(!wasHandedOver(producer, 1, std::chrono::milliseconds(300)));
        ImportPlanner::Plan none;
        QVERIFY(!planner.take(none, std::chrono::milliseconds(100)));
    }

    void storedContentIsNotReadAgain()
    {
        const QString ws = m_dir.filePath(QStringLiteral("stored.db"));
        ImportParams params;
        params.workspacePath = ws;
        params.paths = {m_a};
        params.sensor = QStringLiteral("s1");
        ImportJob job(params);
        const ImportReport report = job.run({}, nullptr);
        QVERIFY2(!report.anyInputFailed(), qPrintable(report.fatalError));
        const QString copy = m_dir.filePath(QStringLiteral("copy-of-a.pcap"));
        QVERIFY(QFile::copy(m_a, copy));
        // Whether the copy, and the new file after it, are to be read.
        auto plansRead = [&](bool force) {
            FlowBatchProducer producer({nullptr}, {}, nullptr);
            ImportPlanner planner(ws, filesOf({copy, m_b}), force, producer, nullptr);
            const ImportPlanner::Plan first = takePlan(planner);
            const ImportPlanner::Plan second = takePlan(planner);
            return std::pair(first.read, second.read);
        };
        QCOMPARE(plansRead(false), std::pair(false, true)); // same content as the stored a.pcap
        QCOMPARE(plansRead(true), std::pair(true, true));   // --force replaces it
        auto db = SqliteDatabase::open(ws, SqliteDatabase::Mode::ReadWrite);
        QVERIFY(db);
        QVERIFY((*db)->exec("UPDATE files SET status = 'failed';"));
        QCOMPARE(plansRead(false), std::pair(true, true)); // a failed file keeps nothing out
    }

    void staysABoundedWayAhead()
    {
        const QString ws = m_dir.filePath(QStringLiteral("ahead.db"));
        QVERIFY(Workspace::open(ws, Workspace::Mode::ReadWrite));
        const int n = int(ImportPlanner::kFilesAhead) + 3;
        QStringList paths;
        for (int i = 0; i < n; ++i) {
            paths << m_dir.filePath(QStringLiteral("ahead-%1.pcap").arg(i));
            QVERIFY(test::writeUdpCapture(paths.back(), 2, 9, 0x0C000000u + uint32_t(i) * 4));
        }
        FlowBatchProducer producer({nullptr}, {}, nullptr);
        ImportPlanner planner(ws, filesOf(paths), false, producer, nullptr);
        // Nothing taken: the first kFilesAhead files are planned and handed over, the next is not.
        const qsizetype last = ImportPlanner::kFilesAhead - 1;
        QVERIFY(wasHandedOver(producer, last, std::chrono::seconds(10)));
        QVERIFY(!wasHandedOver(producer, last + 1, std::chrono::milliseconds(500)));
        takePlan(planner);
        QVERIFY(wasHandedOver(producer, last + 1, std::chrono::seconds(10)));
        QVERIFY(!wasHandedOver(producer, last + 2, std::chrono::milliseconds(300)));
    }

    void cancelStopsPlanning()
    {
        const QString ws = m_dir.filePath(QStringLiteral("cancel.db"));
        QVERIFY(Workspace::open(ws, Workspace::Mode::ReadWrite));
        FlowBatchProducer producer({nullptr}, {}, nullptr);
        std::atomic_bool cancel{true};
        ImportPlanner planner(ws, filesOf({m_a, m_b}), false, producer, &cancel);
        const ImportPlanner::Plan first = takePlan(planner);
        QVERIFY(!first.hash);
        QCOMPARE(first.hash.error().code, Error::Code::Cancelled);
        QVERIFY(!first.read);
        ImportPlanner::Plan none;
        QVERIFY(!planner.take(none, std::chrono::milliseconds(300)));
        QVERIFY(!wasHandedOver(producer, 0, std::chrono::milliseconds(100)));
    }

    void stopEndsPlanning()
    {
        const QString ws = m_dir.filePath(QStringLiteral("stop.db"));
        QVERIFY(Workspace::open(ws, Workspace::Mode::ReadWrite));
        FlowBatchProducer producer({nullptr}, {}, nullptr);
        ImportPlanner planner(ws, filesOf({m_a, m_b, m_a, m_b}), true, producer, nullptr);
        takePlan(planner);
        planner.stop(); // a run that ended early: nothing more is planned or handed over
        ImportPlanner::Plan none;
        QVERIFY(!planner.take(none, std::chrono::milliseconds(300)));
    }

    void hashStopsWhenAbandoned()
    {
        std::atomic_bool abandon{true};
        const Result<QString> h = ImportPlanner::hashFile(m_a, QFileInfo(m_a).size(), nullptr, &abandon);
        QVERIFY(!h);
        QCOMPARE(h.error().code, Error::Code::Cancelled);
        const Result<QString> whole = ImportPlanner::hashFile(m_a, QFileInfo(m_a).size(), nullptr, nullptr);
        QVERIFY(whole);
        QCOMPARE(*whole, QString::fromLatin1(test::fileSha1(m_a)));
        // Only the first `limit` bytes: what the file held when its size was taken.
        const Result<QString> part = ImportPlanner::hashFile(m_a, 100, nullptr, nullptr);
        QVERIFY(part);
        QCOMPARE(*part, QString::fromLatin1(QCryptographicHash::hash(test::readFile(m_a).left(100), QCryptographicHash::Sha1).toHex()));
    }

private:
    QTemporaryDir m_dir;
    QString m_a, m_b;
};

QTEST_GUILESS_MAIN(TestImportPlanner)
#include "tst_importplanner.moc"
