// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Figure… (and the views' context menus) and File > Export Report… driven offscreen
// through their actions with the dialogs preset: every view leaves as PNG, SVG or PDF in the
// language asked for, painted by the same code as `teiten figure` (pixel-identical PNGs), and the
// report is written in the background without stalling the window.
#include <QAction>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "analysiscontext.h"
#include "drilldownview.h"
#include "eventloopprobe.h"
#include "eventsmodel.h"
#include "eventsview.h"
#include "icsportsmodel.h"
#include "icsview.h"
#include "mainwindow.h"
#include "rankingmodel.h"
#include "rankingpane.h"
#include "rankingview.h"
#include "reportfixture.h"
#include "timeserieschart.h"
#include "translationloader.h"

using namespace teiten;

class TestExports : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void portsChartMatchesCli();
    void toggledSeriesAsSvg();
    void tableFromContextMenuAsPdf();
    void drillDownMatchesCli();
    void eventsAndIcsViews();
    void reportInBackground();
    void reportAsHtmlAndCancel();
    void cleanupTestCase();

private:
    QString exportFigure(QAction *action, const QString &file, const QString &language, QSize size = {800, 500},
                         int dpi = 100);
    QImage cliFigure(const QStringList &args, const QString &file);
    /// Exports the 2013Q3 report through File > Export Report… with the dialog preset; the error text.
    QString exportReport(const QString &language, const QString &out, qint64 *worstLatenessMs = nullptr);

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
    bool m_cancelNext = false;
};

void TestExports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TeitenTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exports"));
    QVERIFY(m_dir.isValid());
    if (test::teitenBinary().isEmpty())
        QSKIP("the teiten binary is not built");
    // The footer names the Teiten version: make it the binary's so CLI and GUI figures match.
    QProcess version;
    version.start(test::teitenBinary(), {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(30000));
    const QString v = QString::fromUtf8(version.readAllStandardOutput()).trimmed().section(QLatin1Char(' '), 1);
    QVERIFY2(!v.isEmpty(), "teiten --version printed nothing");
    QCoreApplication::setApplicationVersion(v);
    TranslationLoader::setCatalogueDirs(test::catalogueDirs());

    m_db = m_dir.filePath(QStringLiteral("w.db"));
    QCOMPARE(test::makeFixtureWorkspace(m_db), QString());
    m_window = std::make_unique<MainWindow>();
    m_window->setShowImportResults(false);
    m_window->setLanguage(QStringLiteral("en"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Top N first: the first ranking ticks its top N series, and later rankings keep those ticks.
    m_window->context()->setTopN(5);
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    m_window->openWorkspace(m_db);
    QTRY_COMPARE(opened.size(), 1);
    m_window->context()->setPeriod(Period::quarter(2013, 3));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000);
    QTRY_COMPARE(m_window->portsPane()->model()->checkedKeys().size(), 5);
    QTRY_VERIFY(m_window->portsPane()->chart()->shownKeys().size() == 5);
}

void TestExports::cleanupTestCase()
{
    m_window.reset();
}

QString TestExports::exportFigure(QAction *action, const QString &file, const QString &language, QSize size, int dpi)
{
    FigureExportDialog::Values v;
    v.path = m_dir.filePath(file);
    v.language = language;
    v.size = size;
    v.dpi = dpi;
    m_window->setFigureExportPreset(v);
    QSignalSpy done(m_window.get(), &MainWindow::figureExported);
    action->trigger();
    if (!QTest::qWaitFor([&] { return done.size() == 1; }, 60000))
        return QStringLiteral("no figureExported signal");
    if (done.first().at(0).toString() != v.path)
        return QStringLiteral("exported %1").arg(done.first().at(0).toString());
    const QString error = done.first().at(1).toString();
    return error.isEmpty() ? QString() : QStringLiteral("error: ") + error;
}

QImage TestExports::cliFigure(const QStringList &args, const QString &file)
{
    const QString out = m_dir.filePath(file);
    QProcess p;
    p.start(test::teitenBinary(), QStringList{QStringLiteral("figure"), QStringLiteral("--db"), m_db,
                                              QStringLiteral("--period"), QStringLiteral("2013Q3"),
                                              QStringLiteral("--width"), QStringLiteral("800"),
                                              QStringLiteral("--height"), QStringLiteral("500"),
                                              QStringLiteral("--dpi"), QStringLiteral("100"),
                                              QStringLiteral("--out"), out}
                                      + args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning("teiten figure failed: %s", p.readAllStandardError().constData());
    return QImage(out);
}

static int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return -1;
    const QImage x = a.convertToFormat(QImage::Format_ARGB32), y = b.convertToFormat(QImage::Format_ARGB32);
    int n = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col)
            n += x.pixel(col, row) != y.pixel(col, row);
    return n;
}

static bool isSvg(const QString &path, QString *text)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&f);
    bool root = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
            root = true;
        if (xml.isCharacters())
            *text += xml.text();
    }
    return root && !xml.hasError() && QSvgRenderer(path).isValid();
}

static bool isPdf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(5) == "%PDF-";
}

void TestExports::portsChartMatchesCli()
{
    // File > Export Figure… on the Ports tab, in Japanese, against `teiten figure --figure ports`.
    m_window->tabs()->setCurrentWidget(m_window->portsPane());
    QCOMPARE(m_window->currentFigureSource(), static_cast<FigureSource *>(m_window->portsPane()));
    const QString error = exportFigure(m_window->exportFigureAction(), QStringLiteral("ports-ja.png"), QStringLiteral("ja"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QImage gui(m_dir.filePath(QStringLiteral("ports-ja.png")));
    QCOMPARE(gui.size(), QSize(800, 500));
    QVERIFY(test::inkPixels(gui) > 800 * 500 / 100);
    const QImage cli = cliFigure({QStringLiteral("--figure"), QStringLiteral("ports"), QStringLiteral("--top"),
                                  QStringLiteral("5"), QStringLiteral("--lang"), QStringLiteral("ja")},
                                 QStringLiteral("ports-ja-cli.png"));
    QCOMPARE(cli.size(), QSize(800, 500));
    QCOMPARE(differingPixels(gui, cli), 0);
    // The window itself stayed English.
    QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("Ports"));
    QCOMPARE(m_window->exportFigureAction()->text(), QStringLiteral("Export &Figure…"));

    // An English export of the same view differs (captions, dates).
    QVERIFY(exportFigure(m_window->exportFigureAction(), QStringLiteral("ports-en.png"), QStringLiteral("en")).isEmpty());
    QVERIFY(differingPixels(QImage(m_dir.filePath(QStringLiteral("ports-en.png"))), gui) > 0);
}

void TestExports::toggledSeriesAsSvg()
{
    RankingPane *pane = m_window->portsPane();
    const QStringList top = pane->model()->checkedKeys();
    QVERIFY(top.size() >= 3);
    // Only the first and the third series: the figure is a chart of exactly those.
    pane->model()->setCheckedKeys({top[0], top[2]});
    const QString error = exportFigure(pane->chart()->exportFigureAction(), QStringLiteral("toggled.svg"), QStringLiteral("en"));
    pane->model()->setCheckedKeys(top);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString text;
    QVERIFY(isSvg(m_dir.filePath(QStringLiteral("toggled.svg")), &text));
    QVERIFY2(text.contains(top[0]) && text.contains(top[2]), qPrintable(text.left(400)));
    QVERIFY2(!text.contains(top[1]), qPrintable(top[1] + QStringLiteral(" was toggled off but is drawn")));
    QVERIFY(text.contains(QStringLiteral("Packets per day to")));
}

void TestExports::tableFromContextMenuAsPdf()
{
    RankingPane *pane = m_window->regionsPane();
    m_window->tabs()->setCurrentWidget(pane);
    QTRY_VERIFY(pane->model()->rowCount() > 0);
    pane->view()->setTopN(5);
    const QString error = exportFigure(pane->view()->exportFigureAction(), QStringLiteral("regions-table.pdf"),
                                       QStringLiteral("en"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString pdf = m_dir.filePath(QStringLiteral("regions-table.pdf"));
    QVERIFY(isPdf(pdf));
    const QString text = test::pdfText(pdf);
    if (text.isNull())
        QSKIP("pdftotext is not installed");
    QVERIFY2(text.contains(QStringLiteral("Table 1: Top 5 source regions")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("China (CN)")), qPrintable(text));
}

void TestExports::drillDownMatchesCli()
{
    emit m_window->drillDownRequested(Dimension::Service, QStringLiteral("53/UDP"));
    auto *drill = qobject_cast<DrillDownView *>(m_window->drillDownView());
    QVERIFY(drill);
    QTRY_COMPARE(m_window->tabs()->currentWidget(), drill);
    const QString error = exportFigure(drill->exportFigureAction(), QStringLiteral("drill.png"), QStringLiteral("en"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QImage gui(m_dir.filePath(QStringLiteral("drill.png")));
    const QImage cli = cliFigure({QStringLiteral("--figure"), QStringLiteral("service:53/UDP"), QStringLiteral("--lang"),
                                  QStringLiteral("en")},
                                 QStringLiteral("drill-cli.png"));
    QCOMPARE(gui.size(), QSize(800, 500));
    QVERIFY(test::inkPixels(gui) > 800 * 500 / 100);
    QCOMPARE(differingPixels(gui, cli), 0);
    drill->goToCrumb(0);
}

void TestExports::eventsAndIcsViews()
{
    auto *events = qobject_cast<EventsView *>(m_window->eventsView());
    QVERIFY(events);
    m_window->tabs()->setCurrentWidget(events);
    QTRY_VERIFY_WITH_TIMEOUT(!events->isBusy() && events->model()->rowCount() > 0, 30000);
    events->selectRow(0);
    QString error = exportFigure(events->exportFigureAction(), QStringLiteral("event.pdf"), QStringLiteral("ja"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(isPdf(m_dir.filePath(QStringLiteral("event.pdf"))));
    const QString text = test::pdfText(m_dir.filePath(QStringLiteral("event.pdf")));
    if (!text.isNull())
        QVERIFY2(text.contains(QStringLiteral("図1")), qPrintable(text));

    auto *ics = qobject_cast<IcsView *>(m_window->icsView());
    QVERIFY(ics);
    m_window->tabs()->setCurrentWidget(ics);
    QTRY_VERIFY_WITH_TIMEOUT(ics->chart()->shownKeys().contains(QStringLiteral("502/TCP")), 30000);
    error = exportFigure(m_window->exportFigureAction(), QStringLiteral("ics.svg"), QStringLiteral("en"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString svgText;
    QVERIFY(isSvg(m_dir.filePath(QStringLiteral("ics.svg")), &svgText));
    QVERIFY(svgText.contains(QStringLiteral("502/TCP")));
}

QString TestExports::exportReport(const QString &language, const QString &out, qint64 *worstLatenessMs)
{
    ReportExportDialog::Values v;
    v.period = Period::quarter(2013, 3);
    v.language = language;
    v.out = out;
    m_window->setReportExportPreset(v);
    QSignalSpy done(m_window.get(), &MainWindow::reportExported);
    // A 10 ms timer on the GUI thread: how late it fires, less the time the thread waited for a
    // core on a loaded machine, is how long the window was frozen (EventLoopProbe).
    test::EventLoopProbe probe;
    probe.start();
    m_window->exportReportAction()->trigger();
    if (!m_window->isExporting())
        return QStringLiteral("the export did not start");
    if (m_cancelNext)
        m_window->cancelExport();
    if (!QTest::qWaitFor([&] { return done.size() == 1; }, 120000))
        return QStringLiteral("no reportExported signal");
    probe.stop();
    qInfo("raw timer lateness %lld ms, stall %lld ms (run-queue wait %s)", probe.worstLatenessMs(), probe.worstStallMs(),
          probe.schedstatAvailable() ? "subtracted" : "unknown: not subtracted");
    if (worstLatenessMs)
        *worstLatenessMs = probe.worstStallMs();
    if (m_window->isExporting())
        return QStringLiteral("still exporting after reportExported");
    return done.first().at(1).toString();
}

void TestExports::reportInBackground()
{
    // The window's event loop keeps running while the report is analysed, laid out and written.
    const QString pdf = m_dir.filePath(QStringLiteral("report-ja.pdf"));
    qint64 worst = -1;
    const QString error = exportReport(QStringLiteral("ja"), pdf, &worst);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("worst timer lateness while the report was written: %lld ms", worst);
    QVERIFY2(worst >= 0 && worst <= test::EventLoopProbe::stallLimitMs(), qPrintable(QStringLiteral("event loop stalled for %1 ms").arg(worst)));
    QVERIFY(isPdf(pdf));
    // The window still speaks English.
    QCOMPARE(m_window->exportReportAction()->text(), QStringLiteral("Export &Report…"));
    const QString text = test::pdfText(pdf);
    if (text.isNull())
        QSKIP("pdftotext is not installed");
    QVERIFY2(text.contains(QStringLiteral("表1")) && text.contains(QStringLiteral("図1")), qPrintable(text.left(600)));
    QVERIFY(text.contains(QStringLiteral("445/TCP")));
}

void TestExports::reportAsHtmlAndCancel()
{
    QString error = exportReport(QStringLiteral("en"), m_dir.filePath(QStringLiteral("html/")));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("html/index.html"))));
    const QImage figure(m_dir.filePath(QStringLiteral("html/figure1.png")));
    QVERIFY(!figure.isNull() && test::inkPixels(figure) > 1000);

    // Cancelled at once: an error saying so, and no file.
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    m_cancelNext = true;
    error = exportReport(QStringLiteral("en"), cancelled);
    m_cancelNext = false;
    QCOMPARE(error, QStringLiteral("Cancelled"));
    QVERIFY(!QFile::exists(cancelled));
}

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
