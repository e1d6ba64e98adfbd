// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QMimeData>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "../fixtures/capturefixture.h"
#include "../fixtures/messageboxcloser.h"
#include "../fixtures/workspacefixture.h"
#include "analysiscontext.h"
#include "filesmodel.h"
#include "importcontroller.h"
#include "integritystamp.h"
#include "mainwindow.h"
#include "periodbar.h"
#include "rankingmodel.h"
#include "rankingpane.h"
#include "rankingproxymodel.h"
#include "rankingview.h"
#include "sensorsmodel.h"
#include "sensorspanel.h"
#include "sqlitedatabase.h"
#include "testsupport.h"
#include "timeserieschart.h"
#include "workspaceschema.h"

using namespace teiten;

Q_DECLARE_METATYPE(teiten::Dimension)

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensWorkspaceWithRankingsAndCharts();
    void pickingAPeriodRequeries();
    void checkBoxesToggleSeries();
    void doubleClickRequestsDrillDown();
    void excludingASensorFiltersEveryView();
    void exportsCsvAndTsv();
    void dropOfACaptureImportsIt();
    void dropOfAWorkspaceOpensIt();
    void splitterSizesAreRestored();
    void verifyWorkspaceRunsTheFullCheck();
    void olderWorkspaceIsUpgradedWhenAsked();

private:
    void openFixture();
    QTemporaryDir m_dir;
    QString m_path;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    qRegisterMetaType<teiten::Dimension>();
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("TeitenTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    // A fresh workspace per test: the sensor test changes what is included.
    m_path = m_dir.filePath(QStringLiteral("w-%1.db").arg(QTest::currentTestFunction()));
    QVERIFY(test::WorkspaceFixture::create(m_path));
    m_window = new MainWindow;
    m_window->setShowImportResults(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestMainWindow::openFixture()
{
    QSignalSpy opened(m_window, &MainWindow::workspaceOpened);
    m_window->openWorkspace(m_path);
    // A large workspace takes seconds to check: the status bar says what is going on meanwhile.
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Opening %1…").arg(QFileInfo(m_path).absoluteFilePath()));
    QTRY_COMPARE(opened.size(), 1);
    QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
    QTRY_VERIFY(!m_window->isBusy());
}

void TestMainWindow::opensWorkspaceWithRankingsAndCharts()
{
    openFixture();
    AnalysisContext *ctx = m_window->context();
    QCOMPARE(ctx->workspacePath(), QFileInfo(m_path).absoluteFilePath());
    // The latest quarter with data is shown first.
    QCOMPARE(ctx->period().text(), QStringLiteral("2013Q3"));
    QVERIFY(ctx->comparePrevious());
    QVERIFY(m_window->periodBar()->compareBox()->isChecked());
    RankingModel *ports = m_window->portsPane()->model();
    QCOMPARE(ports->rowCount(), 4);
    QCOMPARE(ports->keyAt(0), QStringLiteral("53/UDP"));
    QCOMPARE(m_window->regionsPane()->model()->rowCount(), 3);
    QVERIFY(m_window->tabs()->count() >= 2); // Ports, Regions (+ Events when built in)
    QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("Ports"));
    QCOMPARE(m_window->tabs()->tabText(1), QStringLiteral("Regions"));
    // The chart shows daily curves of the checked keys.
    TimeSeriesChart *chart = m_window->portsPane()->chart();
    QTRY_COMPARE(chart->shownKeys().size(), 4);
    QCOMPARE(chart->seriesSet().bucket, Bucket::Day);
    QCOMPARE(chart->seriesSet().bucketStartUs.size(), 92);
    QVERIFY(chart->tooltipText(QStringLiteral("53/UDP"), 70).contains(QLatin1String("500")));
    QCOMPARE(m_window->sensorsPanel()->model()->rowCount(), 3);
    QCOMPARE(m_window->filesModel()->rowCount(), 4);
    QVERIFY(m_window->windowTitle().contains(QLatin1String("2013Q3")));
    // Presets: quarters newest first, each followed by its months, then the custom range.
    QComboBox *presets = m_window->periodBar()->presets();
    QCOMPARE(presets->count(), 2 * 4 + 1);
    QCOMPARE(presets->itemData(0).toString(), QStringLiteral("2013Q3"));
    QCOMPARE(presets->itemData(4).toString(), QStringLiteral("2013Q2"));
}

void TestMainWindow::pickingAPeriodRequeries()
{
    openFixture();
    QComboBox *presets = m_window->periodBar()->presets();
    QSignalSpy loaded(m_window->portsPane(), &RankingPane::rankingLoaded);
    const int q2 = presets->findData(QStringLiteral("2013Q2"));
    QVERIFY(q2 >= 0);
    presets->setCurrentIndex(q2);
    emit presets->activated(q2); // what a user's pick emits
    QCOMPARE(m_window->context()->period().text(), QStringLiteral("2013Q2"));
    QTRY_VERIFY(loaded.size() >= 1);
    QTRY_VERIFY(!m_window->isBusy());
    QCOMPARE(m_window->portsPane()->model()->rowCount(), 3); // no 53/UDP before September
    QCOMPARE(m_window->portsPane()->model()->ranking().period.text(), QStringLiteral("2013Q2"));

    // A month of September: daily buckets; a custom week: hourly buckets.
    const int sep = presets->findData(QStringLiteral("2013-09"));
    presets->setCurrentIndex(sep);
    emit presets->activated(sep);
    QTRY_VERIFY(!m_window->isBusy());
    QCOMPARE(m_window->portsPane()->chart()->seriesSet().bucketStartUs.size(), 30);
    m_window->periodBar()->selectPeriod(Period::range(QDate(2013, 9, 1), QDate(2013, 9, 7)));
    QTRY_VERIFY(!m_window->isBusy());
    QTRY_COMPARE(m_window->portsPane()->chart()->seriesSet().bucket, Bucket::Hour);
    QCOMPARE(m_window->portsPane()->chart()->seriesSet().bucketStartUs.size(), 7 * 24);
    QCOMPARE(presets->currentData().toString(), QString()); // shown as a custom range

    // Switching the comparison off blanks the previous-rank column everywhere.
    m_window->periodBar()->compareBox()->setChecked(false);
    QVERIFY(!m_window->context()->comparePrevious());
    RankingModel *ports = m_window->portsPane()->model();
    QCOMPARE(ports->index(0, RankingModel::PreviousColumn).data().toString(), QString());
}

void TestMainWindow::checkBoxesToggleSeries()
{
    openFixture();
    RankingView *view = m_window->portsPane()->view();
    TimeSeriesChart *chart = m_window->portsPane()->chart();
    QTRY_COMPARE(chart->shownKeys().size(), 4);
    QAbstractItemModel *shown = view->table()->model();
    QAbstractItemModelTester tester(shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Untick 445/TCP in the table (what clicking its check box does).
    QModelIndex key;
    for (int r = 0; r < shown->rowCount(); ++r)
        if (shown->index(r, RankingModel::KeyColumn).data(RankingModel::KeyRole) == QStringLiteral("445/TCP"))
            key = shown->index(r, RankingModel::KeyColumn);
    QVERIFY(key.isValid());
    QVERIFY(shown->setData(key, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(chart->shownKeys().size(), 3);
    QVERIFY(!chart->shownKeys().contains(QStringLiteral("445/TCP")));
    QVERIFY(shown->setData(key, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(chart->shownKeys().contains(QStringLiteral("445/TCP")));
    // "Chart only this" from the context menu.
    view->chartOnly(QStringLiteral("23/TCP"));
    QCOMPARE(chart->shownKeys(), QStringList{QStringLiteral("23/TCP")});
    // Log axis and zoom reset do not lose the series.
    chart->setLogScale(true);
    chart->resetZoom();
    QCOMPARE(chart->shownKeys(), QStringList{QStringLiteral("23/TCP")});
    // Top 5 / 10 / 20 / all.
    view->setTopN(5);
    QCOMPARE(m_window->context()->topN(), 5);
    view->proxy()->setTopN(2);
    QCOMPARE(shown->rowCount(), 2);
}

void TestMainWindow::doubleClickRequestsDrillDown()
{
    openFixture();
    QSignalSpy spy(m_window, &MainWindow::drillDownRequested);
    QTableView *table = m_window->portsPane()->view()->table();
    const QModelIndex first = table->model()->index(0, RankingModel::PacketsColumn);
    const QPoint pos = table->visualRect(first).center();
    // What a user's double-click delivers: a click, then the double-click event on the same index.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, pos);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, pos);
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(0).value<teiten::Dimension>(), Dimension::Service);
    QCOMPARE(spy.first().at(1).toString(), QStringLiteral("53/UDP"));
    if (QWidget *drill = m_window->drillDownView()) {
        // Into the drill-down tab and back to the ranking it came from.
        QTRY_COMPARE(m_window->tabs()->currentWidget(), drill);
        QVERIFY(QMetaObject::invokeMethod(drill, "back"));
        QTRY_COMPARE(m_window->tabs()->currentWidget(), static_cast<QWidget *>(m_window->portsPane()));
        QCOMPARE(m_window->tabs()->indexOf(drill), -1);
    }

    m_window->tabs()->setCurrentWidget(m_window->regionsPane());
    QTableView *regions = m_window->regionsPane()->view()->table();
    const QPoint regionPos = regions->visualRect(regions->model()->index(0, RankingModel::NameColumn)).center();
    QTest::mouseClick(regions->viewport(), Qt::LeftButton, {}, regionPos);
    QTest::mouseDClick(regions->viewport(), Qt::LeftButton, {}, regionPos);
    QTRY_COMPARE(spy.size(), 2);
    QCOMPARE(spy.last().at(0).value<teiten::Dimension>(), Dimension::Region);
}

void TestMainWindow::excludingASensorFiltersEveryView()
{
    openFixture();
    SensorsModel *sensors = m_window->sensorsPanel()->model();
    const qint64 before = m_window->portsPane()->model()->ranking().totalPackets;
    QVERIFY(sensors->setData(sensors->index(0, SensorsModel::NameColumn), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(m_window->context()->filter().sensorIds, (QList<int>{2, 3}));
    QTRY_VERIFY(!m_window->isBusy());
    const qint64 after = m_window->portsPane()->model()->ranking().totalPackets;
    QVERIFY2(after < before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
    QCOMPARE(m_window->regionsPane()->model()->ranking().totalPackets, after);
}

void TestMainWindow::exportsCsvAndTsv()
{
    openFixture();
    RankingView *view = m_window->portsPane()->view();
    const QString csv = view->toDelimited(QLatin1Char(','));
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QStringLiteral("rank,key,name,packets,share,sources,previous_rank"));
    QVERIFY(lines[1].startsWith(QLatin1String("1,53/UDP,domain,15000,")));
    QVERIFY(lines[1].endsWith(QLatin1String(",0")));
    QString error;
    const QString tsvPath = m_dir.filePath(QStringLiteral("ports.tsv"));
    QVERIFY2(view->saveTo(tsvPath, &error), qPrintable(error));
    QFile f(tsvPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readLine().contains('\t'));
    QVERIFY(!view->saveTo(QStringLiteral("/nonexistent-dir/x.csv"), &error));
    QVERIFY(error.contains(QLatin1String("/nonexistent-dir/x.csv")));
}

void TestMainWindow::dropOfACaptureImportsIt()
{
    openFixture();
    const QString sensorDir = m_dir.filePath(QStringLiteral("drop/jp-09"));
    QVERIFY(QDir().mkpath(sensorDir));
    const QString capture = sensorDir + QStringLiteral("/2013-09-10.pcap.gz");
    QVERIFY(test::CaptureFixture::writeSyns(capture, 5000, 50, true));

    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(capture)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(m_window, &MainWindow::importFinished);
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop);
    QVERIFY(m_window->importController()->isRunning() || finished.size() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const auto report = finished.first().first().value<teiten::ImportReport>();
    QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
    QCOMPARE(report.files.size(), 1);
    QCOMPARE(report.packets, 5000);
    // The views refresh: the new file, the new sensor and more packets in September.
    QTRY_COMPARE(m_window->filesModel()->rowCount(), 5);
    QTRY_COMPARE(m_window->sensorsPanel()->model()->rowCount(), 4);
    QTRY_VERIFY(!m_window->isBusy());
    QCOMPARE(m_window->portsPane()->model()->ranking().totalPackets, 15000 + 9200 + 3680 + 2760 + 5000);
    delete mime;
}

void TestMainWindow::dropOfAWorkspaceOpensIt()
{
    const QString other = m_dir.filePath(QStringLiteral("other.db"));
    QVERIFY(test::WorkspaceFixture::create(other));
    QSignalSpy opened(m_window, &MainWindow::workspaceOpened);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(other)});
    // As in a real drag, the drop follows a drag-enter (Qt delivers drops to the entered widget).
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop);
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), QFileInfo(other).absoluteFilePath());
}

void TestMainWindow::splitterSizesAreRestored()
{
    auto *splitter = m_window->portsPane()->findChild<QSplitter *>(QStringLiteral("portsSplitter"));
    QVERIFY(splitter);
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    QVERIFY(total > 100);
    splitter->setSizes({total / 4, total - total / 4}); // the analyst drags the handle up
    const QList<int> chosen = splitter->sizes();
    QVERIFY(m_window->close()); // saves the session
    delete m_window;

    m_window = new MainWindow;
    m_window->restoreSession();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    auto *again = m_window->portsPane()->findChild<QSplitter *>(QStringLiteral("portsSplitter"));
    QVERIFY(again);
    QTRY_COMPARE(again->sizes(), chosen);
}

void TestMainWindow::verifyWorkspaceRunsTheFullCheck()
{
    openFixture(); // checked and recorded as verified
    QSignalSpy opened(m_window, &MainWindow::workspaceOpened);
    QSignalSpy failed(m_window, &MainWindow::workspaceFailed);
    m_window->verifyAction()->trigger();
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Checking the integrity of ")));
    QTRY_COMPARE(opened.size(), 1);
    QTRY_VERIFY(!m_window->isBusy());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("passed the full integrity check")));

    // Damage no file time shows (a stamp forged to match, as a failing disk would leave it): a plain
    // open trusts the stamp, File > Verify Workspace finds the damage and names the file.
    QVERIFY(test::damageTableRoot(m_path, "flow_segments"));
    const auto stamp = IntegrityStamp::of(m_path);
    QVERIFY(stamp && stamp->record());
    m_window->openWorkspace(m_path);
    QTRY_COMPARE(opened.size(), 2);
    QTRY_VERIFY(!m_window->isBusy());
    const test::MessageBoxCloser closer;
    const QStringList &dialogs = closer.texts();
    m_window->verifyAction()->trigger();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("damaged")), qPrintable(failed.first().first().toString()));
    QTRY_COMPARE(dialogs.size(), 1);
    QVERIFY(dialogs.first().contains(QFileInfo(m_path).absoluteFilePath()));
}

// A workspace of the previous schema (version 7, one flow tuple as a row): opening it asks whether
// to upgrade; "no" leaves the file exactly as it was, "upgrade" migrates it off the GUI thread and
// opens it.
void TestMainWindow::olderWorkspaceIsUpgradedWhenAsked()
{
    const QString old = m_dir.filePath(QStringLiteral("v7.db"));
    {
        auto db = SqliteDatabase::open(old, SqliteDatabase::Mode::Create);
        QVERIFY(db);
        QVERIFY((*db)->exec(WorkspaceSchema::historicalDdl(7)));
        const QByteArray app = "PRAGMA application_id = " + QByteArray::number(WorkspaceSchema::ApplicationId) + ";";
        QVERIFY((*db)->exec(app.constData()));
        QVERIFY((*db)->exec("PRAGMA user_version = 7;"
                            "INSERT INTO sensors(id, name) VALUES(1, 'jp-01');"
                            "INSERT INTO files(id, path, size, hash, sensor_id, format, first_us, last_us, packets, status,"
                            " imported_at) VALUES(1, '/a.pcap', 1, 'h', 1, 'pcap', 1372654800000000, 1372654800000000, 3,"
                            " 'ok', 0);"
                            "INSERT INTO rollup_hour VALUES(381293, 1, 6, 23, 'CN', 1, 3, 120);"
                            "INSERT INTO flow_hour(file_id, hour, sensor_id, src, dst, proto, port, sport, dport, ttl,"
                            " tcp_flags, ip_len, fingerprints, region, packets, first_us, last_us, first_offset) VALUES(1,"
                            " 381293, 1, x'00000000000000000000ffffc0000201', x'00000000000000000000ffffc6336401', 6, 23,"
                            " -1, 23, 50, 2, 40, 0, 'CN', 3, 1372654800000000, 1372654801000000, 24);"));
    }
    const QByteArray before = test::fileSha1(old);
    const QString absolute = QFileInfo(old).absoluteFilePath();
    {
        const test::MessageBoxCloser declines;
        QSignalSpy failed(m_window, &MainWindow::workspaceFailed);
        m_window->openWorkspace(old);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(declines.texts().size(), 1);
        QVERIFY2(declines.texts().first().contains(absolute), qPrintable(declines.texts().first()));
        QVERIFY2(declines.texts().first().contains(QLatin1String("older version")), qPrintable(declines.texts().first()));
        QTRY_VERIFY(!m_window->isBusy());
        QCOMPARE(test::fileSha1(old), before);
        QCOMPARE(test::queryScalar(old, "PRAGMA user_version;"), qint64(7));
    }
    const test::MessageBoxCloser accepts(test::MessageBoxCloser::Answer::Accept);
    QSignalSpy opened(m_window, &MainWindow::workspaceOpened);
    m_window->openWorkspace(old);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
    QCOMPARE(opened.first().first().toString(), absolute);
    QCOMPARE(accepts.texts().size(), 1);
    QTRY_VERIFY(!m_window->isBusy());
    QCOMPARE(test::queryScalar(old, "PRAGMA user_version;"), qint64(WorkspaceSchema::CurrentVersion));
    const test::FlowTotals flows = test::flowTotals(old);
    QCOMPARE(flows.tuples, qint64(1));
    QCOMPARE(flows.packets, qint64(3));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
