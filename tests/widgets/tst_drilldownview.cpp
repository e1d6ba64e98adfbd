// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>

#include "analysiscontext.h"
#include "drillfixture.h"
#include "drilldownview.h"
#include "filterbar.h"
#include "flowsmodel.h"
#include "heatstripdelegate.h"
#include "modelroles.h"
#include "sensoractivitymodel.h"
#include "sourcesmodel.h"
#include "testsupport.h"

using namespace teiten;
using teiten::test::DrillFixture;

class TestDrillDownView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void drillAndBackThroughBreadcrumbs();
    void sensorStepAndBackButton();
    void heatStripShowsWhichSensors();
    void regionCrumbIsLocalized();
    void filterBarRejectsBadInput();
    void filterBarAppliesToTheView();
    void heatStripGeometry();
    void sourcesShowScannerClasses();

private:
    QTableView *table(const char *name) const { return m_view->findChild<QTableView *>(QLatin1String(name)); }
    QToolButton *crumb(int i) const { return m_view->findChild<QToolButton *>(QStringLiteral("crumb%1").arg(i)); }
    void clickTab(DrillDownView::Page page);
    void activateRow(QTableView *view, int row);
    void typeAndEnter(const char *field, const QString &text);

    QTemporaryDir m_dir;
    QString m_path;
    AnalysisContext *m_context = nullptr;
    QWidget *m_window = nullptr;
    DrillDownView *m_view = nullptr;
    FilterBar *m_bar = nullptr;
};

void TestDrillDownView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("drill.db"));
    QVERIFY(DrillFixture::create(m_path));
}

void TestDrillDownView::init()
{
    m_context = new AnalysisContext;
    m_context->setWorkspacePath(m_path);
    m_context->setPeriod(DrillFixture::period());
    m_window = new QWidget;
    auto *layout = new QVBoxLayout(m_window);
    m_bar = new FilterBar(m_context, m_window);
    m_view = new DrillDownView(m_context, m_window);
    layout->addWidget(m_bar);
    layout->addWidget(m_view);
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestDrillDownView::cleanup()
{
    delete m_window;
    delete m_context;
}

void TestDrillDownView::clickTab(DrillDownView::Page page)
{
    QTabBar *tabs = m_view->findChild<QTabWidget *>()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(int(page)).center());
    QCOMPARE(m_view->currentPage(), page);
}

void TestDrillDownView::activateRow(QTableView *view, int row)
{
    const QRect r = view->visualRect(view->model()->index(row, 0));
    QVERIFY(r.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, r.center());
}

void TestDrillDownView::typeAndEnter(const char *field, const QString &text)
{
    auto *edit = m_bar->findChild<QLineEdit *>(QLatin1String(field));
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestDrillDownView::drillAndBackThroughBreadcrumbs()
{
    QAbstractItemModelTester sourcesTester(m_view->sourcesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sensorsTester(m_view->sensorsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy closed(m_view, &DrillDownView::closed);

    // 53/UDP → its two sources.
    m_view->open(Dimension::Service, QStringLiteral("53/UDP"));
    QCOMPARE(m_view->breadcrumbs(), (QStringList{"Ports", "53/UDP", "Sources"}));
    QTRY_COMPARE(table("sourcesTable")->model()->rowCount(), 2);
    QCOMPARE(table("sourcesTable")->model()->index(0, SourcesModel::AddressColumn).data().toString(),
             QString::fromLatin1(DrillFixture::SourceA));

    // → the sensors they hit: two of four.
    clickTab(DrillDownView::Page::Sensors);
    QCOMPARE(m_view->breadcrumbs(), (QStringList{"Ports", "53/UDP", "Sensors"}));
    QTRY_COMPARE(m_view->sensorsModel()->rowCount(), 4);
    QTRY_VERIFY(!m_view->sensorsModel()->isBusy());
    QCOMPARE(m_view->sensorsModel()->activeSensorCount(), 2);

    // → the flows, with the DNS question decoded.
    clickTab(DrillDownView::Page::Flows);
    QCOMPARE(m_view->breadcrumbs(), (QStringList{"Ports", "53/UDP", "Flows"}));
    QTRY_COMPARE(m_view->flowsModel()->rowCount(), 4);
    QTRY_VERIFY(m_view->flowsModel()->isComplete());
    QCOMPARE(m_view->flowsModel()->index(0, FlowsModel::PayloadColumn).data().toString(),
             QStringLiteral("DNS ANY? example.com RD EDNS 4096"));

    // Double-clicking a source drills into that source's flows.
    clickTab(DrillDownView::Page::Sources);
    activateRow(table("sourcesTable"), 0);
    QCOMPARE(m_view->breadcrumbs(), (QStringList{"Ports", "53/UDP", QString::fromLatin1(DrillFixture::SourceA), "Flows"}));
    QCOMPARE(m_view->currentPage(), DrillDownView::Page::Flows);
    QVERIFY(m_view->currentFilter().sourcePrefix.has_value());
    QTRY_VERIFY(m_view->flowsModel()->isComplete() && !m_view->flowsModel()->isBusy());
    QCOMPARE(m_view->flowsModel()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(m_view->flowsModel()->index(row, FlowsModel::SourceColumn).data().toString(),
                 QString::fromLatin1(DrillFixture::SourceA));

    // The "53/UDP" crumb goes back to the page that step showed, with both sources again.
    QVERIFY(crumb(1));
    QCOMPARE(crumb(1)->text(), QStringLiteral("53/UDP"));
    crumb(1)->click();
    QCOMPARE(m_view->breadcrumbs(), (QStringList{"Ports", "53/UDP", "Sources"}));
    QTRY_COMPARE(m_view->sourcesModel()->rowCount(), 2);
    QTRY_VERIFY(!m_view->sourcesModel()->isBusy());
    QCOMPARE(m_view->sourcesModel()->rowCount(), 2);
    QCOMPARE(closed.size(), 0);

    // The first crumb returns to the ranking.
    crumb(0)->click();
    QCOMPARE(closed.size(), 1);
    QVERIFY(!m_view->isOpen());
    QVERIFY(m_view->breadcrumbs().isEmpty());
}

void TestDrillDownView::sensorStepAndBackButton()
{
    QSignalSpy closed(m_view, &DrillDownView::closed);
    m_view->open(Dimension::Service, QStringLiteral("53/UDP"));
    clickTab(DrillDownView::Page::Sensors);
    QTRY_COMPARE(m_view->sensorsModel()->rowCount(), 4);
    QTRY_VERIFY(!m_view->sensorsModel()->isBusy());

    // Double-clicking the busiest sensor lists the sources it saw: both.
    activateRow(table("sensorsTable"), 0);
    QCOMPARE(m_view->breadcrumbs(), (QStringList{"Ports", "53/UDP", "sensor-01", "Sources"}));
    QCOMPARE(m_view->currentFilter().sensorIds, QList<int>{1});
    QTRY_VERIFY(!m_view->sourcesModel()->isBusy());
    QTRY_COMPARE(m_view->sourcesModel()->rowCount(), 2);
    QCOMPARE(m_view->sourcesModel()->index(0, SourcesModel::PacketsColumn).data(RawRole).toLongLong(), qint64(400));

    // Back returns to the sensors page of 53/UDP; Back again closes.
    auto *back = m_view->findChild<QToolButton *>(QStringLiteral("back"));
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(m_view->breadcrumbs(), (QStringList{"Ports", "53/UDP", "Sensors"}));
    QVERIFY(m_view->currentFilter().sensorIds.isEmpty());
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(closed.size(), 1);
}

void TestDrillDownView::heatStripShowsWhichSensors()
{
    m_view->open(Dimension::Service, QStringLiteral("53/UDP"));
    clickTab(DrillDownView::Page::Sensors);
    QTableView *sensors = table("sensorsTable");
    QTRY_COMPARE(sensors->model()->rowCount(), 4);
    QTRY_VERIFY(!m_view->sensorsModel()->isBusy());
    QVERIFY(qobject_cast<HeatStripDelegate *>(sensors->itemDelegateForColumn(SensorActivityModel::ActivityColumn)));

    // Paint and look: the busy sensor's strip has heat-coloured cells, a silent sensor's none.
    const QImage image = sensors->viewport()->grab().toImage();
    auto heatPixels = [&](int row) {
        const QRect strip = HeatStripDelegate::stripRect(
            sensors->visualRect(sensors->model()->index(row, SensorActivityModel::ActivityColumn)));
        int n = 0;
        const qreal dpr = image.devicePixelRatio();
        for (int x = strip.left() + 1; x < strip.right(); ++x) {
            const QColor c = image.pixelColor(QPoint(int(x * dpr), int(strip.center().y() * dpr)));
            n += (c.red() - c.green() > 40 && c.red() - c.blue() > 40);
        }
        return n;
    };
    QVERIFY(heatPixels(0) > 0);
    QCOMPARE(heatPixels(3), 0);
}

void TestDrillDownView::regionCrumbIsLocalized()
{
    m_context->setLanguage(QStringLiteral("ja"));
    m_view->open(Dimension::Region, QStringLiteral("CN"));
    QCOMPARE(m_view->breadcrumbs().at(1), QStringLiteral("中国"));
    QTRY_COMPARE(m_view->sourcesModel()->rowCount(), 1);
    QTRY_VERIFY(!m_view->sourcesModel()->isBusy());
    QCOMPARE(m_view->sourcesModel()->index(0, SourcesModel::RegionColumn).data().toString(), QStringLiteral("中国"));
    m_context->setLanguage(QStringLiteral("en"));
    QCOMPARE(m_view->breadcrumbs().at(1), QStringLiteral("China"));
    QCOMPARE(m_view->sourcesModel()->index(0, SourcesModel::RegionColumn).data().toString(), QStringLiteral("China"));
}

void TestDrillDownView::filterBarRejectsBadInput()
{
    m_view->open(Dimension::Service, QStringLiteral("53/UDP"));
    QSignalSpy loaded(m_view->sourcesModel(), &SourcesModel::loaded);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(m_view->sourcesModel()->rowCount(), 2);
    QSignalSpy filterChanged(m_context, &AnalysisContext::filterChanged);
    QSignalSpy rejected(m_bar, &FilterBar::rejected);

    auto *source = m_bar->findChild<QLineEdit *>(QStringLiteral("sourceFilter"));
    typeAndEnter("sourceFilter", QStringLiteral("1.2.3.4/99"));
    QVERIFY(source->property("invalid").toBool());
    QVERIFY(source->toolTip().contains(QStringLiteral("prefix length")));
    QVERIFY(source->palette().color(QPalette::Base) != m_window->palette().color(QPalette::Base));
    QVERIFY(!m_bar->isValid());
    QVERIFY(rejected.size() >= 1);

    // SQL-looking text is just an invalid value in every field.
    const QString injection = QStringLiteral("' OR 1=1 --");
    for (const char *field : {"sourceFilter", "regionFilter", "portFilter"}) {
        typeAndEnter(field, injection);
        auto *edit = m_bar->findChild<QLineEdit *>(QLatin1String(field));
        QVERIFY2(edit->property("invalid").toBool(), field);
        QVERIFY2(!edit->toolTip().isEmpty(), field);
        QVERIFY2(!edit->toolTip().contains(injection), field); // reasons never echo typed text
    }
    typeAndEnter("regionFilter", QStringLiteral("CN'; DROP TABLE flow_hour; --"));
    QVERIFY(!m_bar->isValid());

    // Nothing reached the context, nothing was queried, the table is unchanged.
    QCOMPARE(filterChanged.size(), 0);
    QTest::qWait(100);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(m_view->sourcesModel()->rowCount(), 2);
    QVERIFY(!m_context->filter().sourcePrefix.has_value());
    QVERIFY(m_context->filter().region.isEmpty());

    // Correcting the fields turns them back to normal.
    typeAndEnter("portFilter", QString());
    typeAndEnter("regionFilter", QString());
    typeAndEnter("sourceFilter", QString());
    QVERIFY(m_bar->isValid());
    QVERIFY(!source->property("invalid").toBool());
    QCOMPARE(source->palette().color(QPalette::Base), m_window->palette().color(QPalette::Base));
}

void TestDrillDownView::filterBarAppliesToTheView()
{
    m_view->open(Dimension::Service, QStringLiteral("53/UDP"));
    QSignalSpy loaded(m_view->sourcesModel(), &SourcesModel::loaded);
    QTRY_COMPARE(loaded.size(), 1);
    QSignalSpy filterChanged(m_context, &AnalysisContext::filterChanged);

    // A valid prefix narrows every view at once: the drill-down reloads with one source.
    typeAndEnter("sourceFilter", QStringLiteral("198.51.100.0/24"));
    QCOMPARE(filterChanged.size(), 1);
    QVERIFY(m_context->filter().sourcePrefix.has_value());
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(m_view->sourcesModel()->rowCount(), 1);
    QCOMPARE(m_view->sourcesModel()->index(0, SourcesModel::AddressColumn).data().toString(),
             QString::fromLatin1(DrillFixture::SourceB));

    // Region by name, port and protocol: TCP contradicts 53/UDP, so nothing is left.
    typeAndEnter("sourceFilter", QString());
    typeAndEnter("regionFilter", QStringLiteral("china"));
    QCOMPARE(m_context->filter().region, QStringLiteral("CN"));
    QVERIFY(m_view->sourcesModel()->isBusy()); // superseded answers are dropped, so wait for idle
    QTRY_VERIFY(!m_view->sourcesModel()->isBusy());
    QCOMPARE(m_view->sourcesModel()->rowCount(), 1);
    auto *protocol = m_bar->findChild<QComboBox *>(QStringLiteral("protocolFilter"));
    QVERIFY(protocol);
    protocol->setEditText(QStringLiteral("TCP"));
    QVERIFY(m_bar->apply());
    QCOMPARE(m_context->filter().proto, std::optional<uint8_t>(6));
    QTRY_VERIFY(!m_view->sourcesModel()->isBusy());
    QTRY_COMPARE(m_view->sourcesModel()->rowCount(), 0);

    // Clear brings both sources back; the drill-down's own step (53/UDP) is untouched.
    m_bar->findChild<QToolButton *>(QStringLiteral("clearFilters"))->click();
    QTRY_VERIFY(!m_view->sourcesModel()->isBusy());
    QTRY_COMPARE(m_view->sourcesModel()->rowCount(), 2);
    QVERIFY(!m_context->filter().service.has_value());
    QVERIFY(m_view->currentFilter().service.has_value());
}

void TestDrillDownView::heatStripGeometry()
{
    const QRect strip(10, 0, 92, 10);
    QCOMPARE(HeatStripDelegate::dayAt(strip, 92, 10), 0);
    QCOMPARE(HeatStripDelegate::dayAt(strip, 92, 101), 91);
    QCOMPARE(HeatStripDelegate::dayAt(strip, 92, 9), -1);
    QCOMPARE(HeatStripDelegate::intensity(0, 100), 0.0);
    QVERIFY(HeatStripDelegate::intensity(1, 1000000) >= 0.2);
    QCOMPARE(HeatStripDelegate::intensity(600, 600), 1.0);
}

void TestDrillDownView::sourcesShowScannerClasses()
{
    // A user's list names 53/UDP's busiest source (A, 700 of 1,000 packets) a research scanner.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(teiten::test::useScannerList(dir.path(), "uni-scan,192.0.2.10,research,test entry,this test,2026-11-26,\n"));
    m_view->open(Dimension::Service, QStringLiteral("53/UDP"));
    QTRY_COMPARE(table("sourcesTable")->model()->rowCount(), 2);
    QTRY_VERIFY(!m_view->sourcesModel()->isBusy());
    qunsetenv("TEITEN_SCANNERS");
    const QLabel *summary = m_view->findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY(summary);
    QCOMPARE(summary->text(), QStringLiteral("Sources: 2 · Packets in total: 1,000 · "
                                             "70.0 % of 53/UDP from known research scanners"));
    QCOMPARE(summary->toolTip(), QStringLiteral("70.0 % of 53/UDP from known research scanners"));
    QCOMPARE(table("sourcesTable")->model()->index(0, SourcesModel::ScannerColumn).data().toString(),
             QStringLiteral("research (uni-scan)"));
    QCOMPARE(table("sourcesTable")->model()->index(1, SourcesModel::ScannerColumn).data().toString(),
             QStringLiteral("other"));
}

QTEST_MAIN(TestDrillDownView)
#include "tst_drilldownview.moc"
