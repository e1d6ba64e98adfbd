// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "drillfixture.h"
#include "modelroles.h"
#include "sensoractivitymodel.h"

using namespace teiten;
using teiten::test::DrillFixture;

class TestSensorActivityModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void oneServiceFewSensors();
    void manySensors();
    void sensorFilterAndClear();

private:
    DrillQuery query(const QString &service) const;
    QTemporaryDir m_dir;
    QString m_path;
};

void TestSensorActivityModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("drill.db"));
    QVERIFY(DrillFixture::create(m_path));
}

DrillQuery TestSensorActivityModel::query(const QString &service) const
{
    DrillQuery q;
    q.workspacePath = m_path;
    q.period = DrillFixture::period();
    if (!service.isEmpty())
        q.filter.service = ServiceKey::parse(service);
    return q;
}

void TestSensorActivityModel::oneServiceFewSensors()
{
    SensorActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &SensorActivityModel::loaded);
    model.load(query(QStringLiteral("53/UDP")));
    QVERIFY(model.isBusy());
    QTRY_COMPARE(loaded.size(), 1);

    // Every sensor is listed; 53/UDP reached two of them.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.activeSensorCount(), 2);
    QCOMPARE(model.totalPackets(), qint64(1000));
    QCOMPARE(model.index(0, SensorActivityModel::SensorColumn).data().toString(), QStringLiteral("sensor-01"));
    QCOMPARE(model.index(0, SensorActivityModel::SensorColumn).data(KeyRole).toInt(), 1);
    QCOMPARE(model.index(0, SensorActivityModel::PacketsColumn).data(RawRole).toLongLong(), qint64(700));
    QCOMPARE(model.index(0, SensorActivityModel::SourcesColumn).data(RawRole).toLongLong(), qint64(2));
    QCOMPARE(model.index(0, SensorActivityModel::ActiveDaysColumn).data(RawRole).toInt(), 2);
    QCOMPARE(model.index(0, SensorActivityModel::ActiveDaysColumn).data().toString(), QStringLiteral("2 / 92"));
    QCOMPARE(model.index(1, SensorActivityModel::PacketsColumn).data(RawRole).toLongLong(), qint64(300));
    QCOMPARE(model.index(3, SensorActivityModel::PacketsColumn).data(RawRole).toLongLong(), qint64(0));

    // The per-day vector: 2013Q3 has 92 days; 3 September is day 64.
    const QModelIndex strip = model.index(0, SensorActivityModel::ActivityColumn);
    const auto daily = strip.data(DailyRole).value<QList<qint64>>();
    QCOMPARE(daily.size(), 92);
    QCOMPARE(daily[64], qint64(600));
    QCOMPARE(daily[65], qint64(100));
    QCOMPARE(strip.data(DailyMaximumRole).toLongLong(), qint64(600));
    QCOMPARE(strip.data(FirstDayRole).toDate(), QDate(2013, 7, 1));
    QCOMPARE(strip.data(RawRole).toLongLong(), qint64(600));
    QVERIFY(strip.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2013-09-03")));
    QVERIFY(!strip.data(Qt::DisplayRole).isValid());
}

void TestSensorActivityModel::manySensors()
{
    SensorActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &SensorActivityModel::loaded);
    model.load(query(QStringLiteral("445/TCP")));
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(model.activeSensorCount(), 4);
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(model.index(row, SensorActivityModel::PacketsColumn).data(RawRole).toLongLong(), qint64(2000));
        QCOMPARE(model.index(row, SensorActivityModel::ShareColumn).data(RawRole).toDouble(), 0.25);
    }
}

void TestSensorActivityModel::sensorFilterAndClear()
{
    SensorActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &SensorActivityModel::loaded);
    DrillQuery q = query({});
    q.filter.sensorIds = {3, 4};
    model.load(q);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isBusy());
}

QTEST_GUILESS_MAIN(TestSensorActivityModel)
#include "tst_sensoractivitymodel.moc"
