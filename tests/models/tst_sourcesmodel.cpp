// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QFile>
#include <QMap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "drillfixture.h"
#include "modelroles.h"
#include "sourcesmodel.h"
#include "testsupport.h"

using namespace teiten;
using teiten::test::DrillFixture;

class TestSourcesModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sourcesOfAService();
    void filtersAndLanguage();
    void staleAnswerIsDropped();
    void missingWorkspaceFails();
    void scannerClassesPerSourceAndInTotal();

private:
    DrillQuery query53() const;
    QTemporaryDir m_dir;
    QString m_path;
};

void TestSourcesModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("drill.db"));
    QVERIFY(DrillFixture::create(m_path));
}

DrillQuery TestSourcesModel::query53() const
{
    DrillQuery q;
    q.workspacePath = m_path;
    q.period = DrillFixture::period();
    q.filter.service = ServiceKey::parse(QStringLiteral("53/UDP"));
    return q;
}

void TestSourcesModel::sourcesOfAService()
{
    SourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &SourcesModel::loaded);
    QSignalSpy busy(&model, &SourcesModel::busyChanged);
    model.load(query53());
    QVERIFY(model.isBusy());
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(!model.isBusy());
    QCOMPARE(busy.size(), 2);

    // 53/UDP has exactly two sources: A (700 packets, two sensors) before B (300, one sensor).
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.totalPackets(), qint64(1000));
    QCOMPARE(model.index(0, SourcesModel::AddressColumn).data().toString(), QString::fromLatin1(DrillFixture::SourceA));
    QCOMPARE(model.index(0, SourcesModel::AddressColumn).data(KeyRole).toString(), QString::fromLatin1(DrillFixture::SourceA));
    QCOMPARE(model.index(0, SourcesModel::PacketsColumn).data(RawRole).toLongLong(), qint64(700));
    QCOMPARE(model.index(0, SourcesModel::ShareColumn).data(RawRole).toDouble(), 0.7);
    QCOMPARE(model.index(0, SourcesModel::ShareColumn).data().toString(), QStringLiteral("70.0%"));
    QCOMPARE(model.index(0, SourcesModel::SensorsColumn).data(RawRole).toInt(), 2);
    QCOMPARE(model.index(1, SourcesModel::SensorsColumn).data(RawRole).toInt(), 1);
    QCOMPARE(model.index(0, SourcesModel::ServicesColumn).data(RawRole).toInt(), 1);
    QCOMPARE(model.index(0, SourcesModel::RegionColumn).data(RawRole).toString(), QStringLiteral("CN"));
    QCOMPARE(model.index(0, SourcesModel::RegionColumn).data().toString(), QStringLiteral("China"));
    QCOMPARE(model.index(0, SourcesModel::FirstSeenColumn).data().toString(), QStringLiteral("2013-09-03 01:10:00"));
    QCOMPARE(model.index(1, SourcesModel::LastSeenColumn).data().toString(), QStringLiteral("2013-09-04 06:11:00"));
    QCOMPARE(model.index(0, SourcesModel::FingerprintsColumn).data().toString(), QString());
    QCOMPARE(model.headerData(SourcesModel::FirstSeenColumn, Qt::Horizontal).toString(), QStringLiteral("First seen (UTC)"));
}

void TestSourcesModel::filtersAndLanguage()
{
    SourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &SourcesModel::loaded);

    // No service: the 445/TCP scanner leads, with its ZMap fingerprint.
    DrillQuery all = query53();
    all.filter.service.reset();
    all.utcOffsetMinutes = 9 * 60;
    model.load(all);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, SourcesModel::AddressColumn).data().toString(), QString::fromLatin1(DrillFixture::SourceC));
    QCOMPARE(model.index(0, SourcesModel::SensorsColumn).data(RawRole).toInt(), 4);
    QCOMPARE(model.index(0, SourcesModel::FingerprintsColumn).data().toString(), QStringLiteral("ZMap"));
    QCOMPARE(model.index(0, SourcesModel::FirstSeenColumn).data().toString(), QStringLiteral("2013-09-01 09:10:00"));
    QCOMPARE(model.headerData(SourcesModel::FirstSeenColumn, Qt::Horizontal).toString(),
             QStringLiteral("First seen (UTC+09:00)"));

    // Region and prefix filters narrow the list; a sensor filter changes "sensors hit".
    DrillQuery us = query53();
    us.filter.region = QStringLiteral("US");
    model.load(us);
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, SourcesModel::AddressColumn).data().toString(), QString::fromLatin1(DrillFixture::SourceB));
    QCOMPARE(model.index(0, SourcesModel::ShareColumn).data(RawRole).toDouble(), 1.0);

    DrillQuery prefix = query53();
    prefix.filter.sourcePrefix = IpPrefix::parse(QStringLiteral("192.0.2.0/24"));
    prefix.filter.sensorIds = {2};
    model.load(prefix);
    QTRY_COMPARE(loaded.size(), 3);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, SourcesModel::PacketsColumn).data(RawRole).toLongLong(), qint64(300));
    QCOMPARE(model.index(0, SourcesModel::SensorsColumn).data(RawRole).toInt(), 1);

    // Language switches names without a query.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(QStringLiteral("ja"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, SourcesModel::RegionColumn).data().toString(), QStringLiteral("中国"));
    QCOMPARE(loaded.size(), 3);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestSourcesModel::staleAnswerIsDropped()
{
    SourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &SourcesModel::loaded);
    DrillQuery all = query53();
    all.filter.service.reset();
    model.load(all);          // superseded at once:
    model.load(query53());    // only this answer may reach the rows
    QTRY_COMPARE(loaded.size(), 1);
    QTest::qWait(100);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(model.rowCount(), 2);
}

void TestSourcesModel::missingWorkspaceFails()
{
    SourcesModel model;
    QSignalSpy failed(&model, &SourcesModel::failed);
    DrillQuery q = query53();
    q.workspacePath = m_dir.filePath(QStringLiteral("absent.db"));
    model.load(q);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("absent.db")));
    QVERIFY(!model.isBusy());
    QCOMPARE(model.rowCount(), 0);
}

void TestSourcesModel::scannerClassesPerSourceAndInTotal()
{
    // A user's list names source A a research scanner; C carries the ZMap fingerprint; B is neither.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(teiten::test::useScannerList(dir.path(), "uni-scan,192.0.2.0/28,research,test entry,this test,2026-11-26,\n"));

    SourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &SourcesModel::loaded);
    DrillQuery all = query53();
    all.filter.service.reset();
    model.load(all);
    QTRY_COMPARE(loaded.size(), 1);
    qunsetenv("TEITEN_SCANNERS");
    QCOMPARE(model.rowCount(), 3);
    QMap<QString, QString> classOf, shown;
    QMap<QString, qint64> packetsOf;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString a = model.index(r, SourcesModel::AddressColumn).data().toString();
        classOf[a] = model.index(r, SourcesModel::ScannerColumn).data(RawRole).toString();
        shown[a] = model.index(r, SourcesModel::ScannerColumn).data().toString();
        packetsOf[a] = model.index(r, SourcesModel::PacketsColumn).data(RawRole).toLongLong();
        QCOMPARE(model.scannerClass(r), classOf[a]);
    }
    const QString a = QString::fromLatin1(DrillFixture::SourceA), b = QString::fromLatin1(DrillFixture::SourceB),
                  c = QString::fromLatin1(DrillFixture::SourceC);
    QCOMPARE(classOf[a], QStringLiteral("research"));
    QCOMPARE(shown[a], QStringLiteral("research (uni-scan)"));
    QCOMPARE(classOf[c], QStringLiteral("zmap"));
    QCOMPARE(shown[c], QStringLiteral("ZMap"));
    QCOMPARE(classOf[b], QStringLiteral("other"));
    QCOMPARE(model.headerData(SourcesModel::ScannerColumn, Qt::Horizontal).toString(), QStringLiteral("Scanner class"));

    // The totals by class cover all matching packets, each class exactly its sources' packets.
    QMap<QString, qint64> byClass;
    double shares = 0;
    for (const ScannerClassShare &s : model.scannerShares()) {
        byClass[s.scannerClass] = s.packets;
        QCOMPARE(s.share, double(s.packets) / double(model.totalPackets()));
        shares += s.share;
    }
    QCOMPARE(byClass.value(QStringLiteral("research")), packetsOf[a]);
    QCOMPARE(byClass.value(QStringLiteral("zmap")), packetsOf[c]);
    QCOMPARE(byClass.value(QStringLiteral("other")), packetsOf[b]);
    QCOMPARE(byClass.size(), 3);
    QVERIFY(qAbs(shares - 1.0) < 1e-12);
}

QTEST_GUILESS_MAIN(TestSourcesModel)
#include "tst_sourcesmodel.moc"
