// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include "../fixtures/workspacefixture.h"
#include "analysiscontext.h"
#include "filesmodel.h"

using namespace teiten;

class TestFilesModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void loadsSortsFiltersClears();
    void reloadsWhenDataChanges();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestFilesModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_path = m_dir.filePath(QStringLiteral("w.db"));
    QVERIFY(test::WorkspaceFixture::create(m_path));
}

void TestFilesModel::loadsSortsFiltersClears()
{
    AnalysisContext context;
    FilesModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FilesModel::RawRole);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &FilesModel::loaded);
    model.setContext(&context);
    context.setWorkspacePath(m_path);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, FilesModel::FileColumn).data().toString(), QStringLiteral("2013-04-01.pcap"));
    QCOMPARE(model.index(0, FilesModel::FileColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("/data/jp-01/2013-04-01.pcap"));
    QCOMPARE(model.index(1, FilesModel::StatusColumn).data().toString(), QStringLiteral("partial"));
    QCOMPARE(model.index(1, FilesModel::MessageColumn).data().toString(), QStringLiteral("truncated at record 7"));
    QCOMPARE(model.index(1, FilesModel::MalformedColumn).data(FilesModel::RawRole).toLongLong(), 3);
    QCOMPARE(model.index(3, FilesModel::StatusColumn).data(FilesModel::StatusRole).toInt(),
             int(FileRecord::Status::Failed));
    QCOMPARE(model.index(3, FilesModel::FirstColumn).data().toString(), QString()); // never read a packet
    QCOMPARE(model.index(1, FilesModel::PacketsColumn).data().toString(), QStringLiteral("2,000"));

    proxy.sort(FilesModel::PacketsColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, FilesModel::SensorColumn).data().toString(), QStringLiteral("jp-02"));
    QCOMPARE(proxy.index(3, FilesModel::StatusColumn).data().toString(), QStringLiteral("failed"));
    proxy.setFilterKeyColumn(FilesModel::SensorColumn);
    proxy.setFilterFixedString(QStringLiteral("us-01"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterFixedString(QString());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestFilesModel::reloadsWhenDataChanges()
{
    AnalysisContext context;
    FilesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &FilesModel::loaded);
    context.setWorkspacePath(m_path);
    model.setContext(&context);
    QTRY_COMPARE(loaded.size(), 1);
    model.clear();
    context.notifyDataChanged();
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(model.rowCount(), 4);
    // Two quick changes: only the answer to the last one counts.
    context.notifyDataChanged();
    context.setWorkspacePath(QString());
    QCOMPARE(model.rowCount(), 0);
    QTRY_VERIFY(!model.isBusy());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestFilesModel)
#include "tst_filesmodel.moc"
