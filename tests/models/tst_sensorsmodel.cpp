// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include "../fixtures/workspacefixture.h"
#include "analysiscontext.h"
#include "sensorsmodel.h"
#include "workspace.h"

using namespace teiten;

class TestSensorsModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void loadsFromContextSortsAndFilters();
    void checkBoxesDriveFilterAndWorkspace();
    void noneIncludedMatchesNothing();
    void clearAndWorkspaceSwitch();

private:
    bool includedInWorkspace(int sensorId);
    QTemporaryDir m_dir;
    QString m_path;
};

void TestSensorsModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_path = m_dir.filePath(QStringLiteral("w%1.db").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(test::WorkspaceFixture::create(m_path));
}

bool TestSensorsModel::includedInWorkspace(int sensorId)
{
    auto ws = Workspace::open(m_path, Workspace::Mode::ReadOnly);
    if (!ws)
        return false;
    const auto sensors = (*ws)->sensors();
    if (!sensors)
        return false;
    for (const SensorInfo &s : *sensors)
        if (s.id == sensorId)
            return s.included;
    return false;
}

void TestSensorsModel::loadsFromContextSortsAndFilters()
{
    AnalysisContext context;
    SensorsModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SensorsModel::RawRole);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &SensorsModel::loaded);
    model.setContext(&context);
    context.setWorkspacePath(m_path);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, SensorsModel::NameColumn).data().toString(), QStringLiteral("jp-01"));
    QCOMPARE(model.index(0, SensorsModel::RegionColumn).data().toString(), QStringLiteral("Japan"));
    QCOMPARE(model.index(1, SensorsModel::PacketsColumn).data().toString(), QStringLiteral("2,000"));
    QCOMPARE(model.index(2, SensorsModel::FilesColumn).data(SensorsModel::RawRole).toLongLong(), 1); // failed file not counted
    QVERIFY(!model.index(0, SensorsModel::FirstSeenColumn).data().toString().isEmpty());
    QCOMPARE(model.index(0, SensorsModel::NameColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.index(0, SensorsModel::NameColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("Tokyo")));

    proxy.sort(SensorsModel::PacketsColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, SensorsModel::NameColumn).data().toString(), QStringLiteral("jp-02"));
    QCOMPARE(proxy.index(2, SensorsModel::NameColumn).data().toString(), QStringLiteral("us-01"));
    proxy.setFilterKeyColumn(SensorsModel::NameColumn);
    proxy.setFilterFixedString(QStringLiteral("jp-"));
    QCOMPARE(proxy.rowCount(), 2);

    model.setLanguage(QStringLiteral("ja"));
    QCOMPARE(model.index(0, SensorsModel::RegionColumn).data().toString(), QStringLiteral("日本"));
    QVERIFY(context.filter().sensorIds.isEmpty()); // everything included: no restriction
}

void TestSensorsModel::checkBoxesDriveFilterAndWorkspace()
{
    AnalysisContext context;
    SensorsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &SensorsModel::loaded);
    context.setWorkspacePath(m_path);
    model.setContext(&context);
    QTRY_COMPARE(loaded.size(), 1);
    QSignalSpy filterSpy(&context, &AnalysisContext::filterChanged);
    const QModelIndex us = model.index(2, SensorsModel::NameColumn);
    QCOMPARE(us.data(SensorsModel::SensorIdRole).toInt(), 3);
    QVERIFY(model.setData(us, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(filterSpy.size(), 1);
    QCOMPARE(context.filter().sensorIds, (QList<int>{1, 2}));
    QTRY_VERIFY(!model.isBusy());
    QVERIFY(!includedInWorkspace(3));
    QVERIFY(includedInWorkspace(1));

    // A fresh model on the same workspace starts from the stored choice.
    AnalysisContext other;
    SensorsModel again;
    QSignalSpy loadedAgain(&again, &SensorsModel::loaded);
    other.setWorkspacePath(m_path);
    again.setContext(&other);
    QTRY_COMPARE(loadedAgain.size(), 1);
    QCOMPARE(again.index(2, SensorsModel::NameColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(other.filter().sensorIds, (QList<int>{1, 2}));

    model.setAllIncluded(true);
    QVERIFY(context.filter().sensorIds.isEmpty());
    QTRY_VERIFY(!model.isBusy());
    QVERIFY(includedInWorkspace(3));
}

void TestSensorsModel::noneIncludedMatchesNothing()
{
    SensorsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<SensorInfo> sensors(2);
    sensors[0].id = 7;
    sensors[0].name = QStringLiteral("a");
    sensors[1].id = 8;
    sensors[1].name = QStringLiteral("b");
    model.setSensors(sensors);
    QCOMPARE(model.filterSensorIds(), QList<int>());
    QSignalSpy spy(&model, &SensorsModel::includedChanged);
    model.setAllIncluded(false);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(model.includedSensorIds(), QList<int>());
    QCOMPARE(model.filterSensorIds(), QList<int>{-1});
}

void TestSensorsModel::clearAndWorkspaceSwitch()
{
    AnalysisContext context;
    SensorsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &SensorsModel::loaded);
    QSignalSpy errors(&model, &SensorsModel::errorOccurred);
    model.setContext(&context);
    context.setWorkspacePath(m_path);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    context.setWorkspacePath(m_dir.filePath(QStringLiteral("missing.db")));
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    context.setWorkspacePath(m_path);
    QTRY_COMPARE(loaded.size(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestSensorsModel)
#include "tst_sensorsmodel.moc"
