// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QMimeData>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QSplitter>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include "analysiscontext.h"
#include "backgroundquery.h"
#include "figurefactory.h"
#include "figurerenderer.h"
#include "figuresource.h"
#include "filesmodel.h"
#include "importcontroller.h"
#include "importjob.h"
#include "importproblemsdialog.h"
#include "importprogresswidget.h"
#include "periodbar.h"
#include "rankingpane.h"
#include "renderjob.h"
#include "reportjob.h"
#include "sensorsmodel.h"
#include "sensorspanel.h"
#include "translationloader.h"

// Views written alongside this window: wired in when present in the tree.
#if __has_include("drilldownview.h")
#include "drilldownview.h"
#define TEITEN_HAVE_DRILLDOWN 1
#endif
#if __has_include("eventsview.h")
#include "eventsview.h"
#define TEITEN_HAVE_EVENTS 1
#endif
#if __has_include("icsview.h")
#include "icsview.h"
#define TEITEN_HAVE_ICS 1
#endif
#if __has_include("filterbar.h")
#include "filterbar.h"
#define TEITEN_HAVE_FILTERBAR 1
#endif

namespace teiten {

namespace {

constexpr int kMaxRecent = 8;
const char kRecent[] = "session/recentWorkspaces";
const char kLastWorkspace[] = "session/lastWorkspace";
const char kPeriod[] = "session/period";
const char kPeriodWorkspace[] = "session/periodWorkspace";
const char kGeometry[] = "mainwindow/geometry";
const char kState[] = "mainwindow/state";
const char kSplitters[] = "mainwindow/splitters/"; // + the splitter's object name

bool isWorkspaceFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("db") || suffix == QLatin1String("sqlite") || suffix == QLatin1String("teiten");
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_context(new AnalysisContext(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    // The icon is a resource of the application (absent in widget tests).
    if (QFile::exists(QStringLiteral(":/icons/teiten.svg")))
        setWindowIcon(QIcon(QStringLiteral(":/icons/teiten.svg")));
    setAcceptDrops(true);
    m_settings = SettingsDialog::load();
    m_context->setTopN(m_settings.defaultTopN);

    m_periodBar = new PeriodBar(m_context, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_ports = new RankingPane(Dimension::Service, m_context, m_tabs);
    m_regions = new RankingPane(Dimension::Region, m_context, m_tabs);
    m_ports->setObjectName(QStringLiteral("ports"));
    m_regions->setObjectName(QStringLiteral("regions"));
    m_tabs->addTab(m_ports, QString());
    m_tabs->addTab(m_regions, QString());
    for (RankingPane *pane : {m_ports, m_regions}) {
        pane->setChartFont(m_settings.chartFont);
        connect(pane, &RankingPane::drillDownRequested, this, &MainWindow::drillDownRequested);
        connect(pane, &RankingPane::errorOccurred, this, [this](const QString &m) { reportError(m, false); });
    }
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_periodBar);
#ifdef TEITEN_HAVE_FILTERBAR
    layout->addWidget(new FilterBar(m_context, central));
#endif
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_sensors = new SensorsPanel(m_context, this);
    m_sensorsDock = new QDockWidget(this);
    m_sensorsDock->setObjectName(QStringLiteral("SensorsDock"));
    m_sensorsDock->setWidget(m_sensors);
    addDockWidget(Qt::LeftDockWidgetArea, m_sensorsDock);

    m_filesModel = new FilesModel(this);
    auto *filesProxy = new QSortFilterProxyModel(this);
    filesProxy->setSourceModel(m_filesModel);
    filesProxy->setSortRole(FilesModel::RawRole);
    m_filesTable = new QTableView(this);
    m_filesTable->setModel(filesProxy);
    m_filesTable->setSortingEnabled(true);
    m_filesTable->sortByColumn(FilesModel::FileColumn, Qt::AscendingOrder);
    m_filesTable->verticalHeader()->hide();
    m_filesTable->verticalHeader()->setDefaultSectionSize(m_filesTable->fontMetrics().height() + 8);
    m_filesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_filesTable->setWordWrap(false);
    m_filesTable->horizontalHeader()->setStretchLastSection(true);
    // Widths from 100 rows: sizing 1,000 of a 2,196-file workspace took 206 ms on the GUI thread.
    m_filesTable->horizontalHeader()->setResizeContentsPrecision(100);
    connect(m_filesModel, &QAbstractItemModel::modelReset, m_filesTable, &QTableView::resizeColumnsToContents);
    m_filesDock = new QDockWidget(this);
    m_filesDock->setObjectName(QStringLiteral("FilesDock"));
    m_filesDock->setWidget(m_filesTable);
    addDockWidget(Qt::LeftDockWidgetArea, m_filesDock);
    tabifyDockWidget(m_sensorsDock, m_filesDock);
    m_sensorsDock->raise();
    m_filesModel->setContext(m_context);

    m_import = new ImportController(this);
    m_progress = new ImportProgressWidget(m_import, this);
    m_summaryLabel = new QLabel(this);
    statusBar()->addWidget(m_summaryLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_sensors->model(), &SensorsModel::errorOccurred, this, [this](const QString &m) { reportError(m, false); });
    connect(m_filesModel, &FilesModel::errorOccurred, this, [this](const QString &m) { reportError(m, false); });
    connect(m_context, &AnalysisContext::periodChanged, this, [this] {
        QSettings s;
        s.setValue(QLatin1String(kPeriod), m_context->period().text());
        s.setValue(QLatin1String(kPeriodWorkspace), m_context->workspacePath());
        updateTitle();
    });

#ifdef TEITEN_HAVE_EVENTS
    m_events = new EventsView(m_context, m_tabs);
    m_events->setObjectName(QStringLiteral("events"));
    m_tabs->addTab(m_events, QString());
#endif
#ifdef TEITEN_HAVE_ICS
    m_ics = new IcsView(m_context, m_tabs);
    m_ics->setObjectName(QStringLiteral("ics"));
    m_tabs->addTab(m_ics, QString());
#endif
#ifdef TEITEN_HAVE_DRILLDOWN
    // One drill-down tab, shown while a drill-down is open; its first crumb (or Back) closes it.
    auto *drill = new DrillDownView(m_context, m_tabs);
    drill->setObjectName(QStringLiteral("drilldown"));
    drill->hide();
    m_drillDown = drill;
    connect(this, &MainWindow::drillDownRequested, this, [this, drill](Dimension dimension, const QString &key) {
        drill->open(dimension, key);
        if (m_tabs->indexOf(drill) < 0)
            m_tabs->addTab(drill, tr("Drill-down"));
        m_tabs->setTabText(m_tabs->indexOf(drill), tr("Drill-down: %1").arg(key));
        m_drillOrigin = dimension == Dimension::Region ? static_cast<QWidget *>(m_regions) : m_ports;
        m_tabs->setCurrentWidget(drill);
    });
    connect(drill, &DrillDownView::closed, this, [this, drill] {
        const int index = m_tabs->indexOf(drill);
        m_tabs->setCurrentWidget(m_drillOrigin ? m_drillOrigin.data() : m_ports);
        if (index >= 0)
            m_tabs->removeTab(index);
    });
#endif
    for (RankingPane *pane : {m_ports, m_regions})
        connect(pane, &RankingPane::figureExportRequested, this, [this, pane](int choice) { exportFigure(pane, choice); });
#ifdef TEITEN_HAVE_EVENTS
    connect(static_cast<EventsView *>(m_events), &EventsView::figureExportRequested, this,
            [this](int choice) { exportFigure(static_cast<EventsView *>(m_events), choice); });
#endif
#ifdef TEITEN_HAVE_ICS
    connect(static_cast<IcsView *>(m_ics), &IcsView::figureExportRequested, this,
            [this](int choice) { exportFigure(static_cast<IcsView *>(m_ics), choice); });
#endif
#ifdef TEITEN_HAVE_DRILLDOWN
    connect(drill, &DrillDownView::figureExportRequested, this, [this, drill](int choice) { exportFigure(drill, choice); });
#endif
    createActions();
    retranslateUi();
    // A first start on a small screen (a 1366×768 laptop) must not put the charts' dates and the
    // status bar below its edge; restoreSession() replaces this with the analyst's own size.
    QSize size(1280, 820);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.94);
    resize(size.expandedTo(minimumSizeHint()));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QString(),
                                                          tr("Teiten workspaces (*.db)"));
        if (!path.isEmpty())
            newWorkspace(path.endsWith(QLatin1String(".db")) ? path : path + QStringLiteral(".db"));
    });
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QString(),
                                                          tr("Teiten workspaces (*.db);;All files (*)"));
        if (!path.isEmpty())
            openWorkspace(path);
    });
    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] { chooseAndImport(false); });
    m_importFolderAction = new QAction(this);
    connect(m_importFolderAction, &QAction::triggered, this, [this] { chooseAndImport(true); });
    m_exportFigureAction = new QAction(this);
    m_exportFigureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportFigureAction, &QAction::triggered, this, [this] { exportFigure(currentFigureSource()); });
    m_exportReportAction = new QAction(this);
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportReportAction, &QAction::triggered, this, &MainWindow::exportReport);
    m_verifyAction = new QAction(this);
    connect(m_verifyAction, &QAction::triggered, this, &MainWindow::verifyWorkspace);
    m_settingsAction = new QAction(this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Teiten"),
                           tr("<p><b>Teiten %1</b> — darknet sensor analysis workstation.</p>"
                              "<p>Region data: the bundled sample uses its own database; the public country "
                              "database is derived from NRO delegation data via ip-location-db (CC BY 4.0).</p>")
                               .arg(QApplication::applicationVersion()));
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_importFolderAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportFigureAction);
    m_fileMenu->addAction(m_exportReportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_verifyAction);
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_sensorsDock->toggleViewAction());
    m_viewMenu->addAction(m_filesDock->toggleViewAction());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    rebuildRecentMenu();
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New Workspace…"));
    m_openAction->setText(tr("&Open Workspace…"));
    m_importAction->setText(tr("&Import Captures…"));
    m_importFolderAction->setText(tr("Import &Folder…"));
    m_exportFigureAction->setText(tr("Export &Figure…"));
    m_exportReportAction->setText(tr("Export &Report…"));
    m_verifyAction->setText(tr("&Verify Workspace"));
    m_verifyAction->setToolTip(tr("Run the full integrity check of the workspace, even if it is unchanged since it last passed"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Teiten"));
    m_tabs->setTabText(m_tabs->indexOf(m_ports), tr("Ports"));
    m_tabs->setTabText(m_tabs->indexOf(m_regions), tr("Regions"));
    if (m_events)
        m_tabs->setTabText(m_tabs->indexOf(m_events), tr("Events"));
    if (m_ics)
        //: Tab of industrial control system ports
        m_tabs->setTabText(m_tabs->indexOf(m_ics), tr("ICS"));
    if (m_drillDown && m_tabs->indexOf(m_drillDown) >= 0) {
        const auto *drill = static_cast<DrillDownView *>(m_drillDown);
        const QStringList crumbs = drill->breadcrumbs();
        if (crumbs.size() > 1)
            m_tabs->setTabText(m_tabs->indexOf(m_drillDown), tr("Drill-down: %1").arg(crumbs.at(1)));
    }
    m_sensorsDock->setWindowTitle(tr("Sensors"));
    m_filesDock->setWindowTitle(tr("Files"));
    rebuildRecentMenu();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    const QString path = m_context->workspacePath();
    if (path.isEmpty()) {
        setWindowTitle(tr("Teiten"));
        m_summaryLabel->setText(tr("Open a workspace or drop capture files here"));
        return;
    }
    const Period p = m_context->period();
    //: window title: %1 workspace file name, %2 period
    setWindowTitle(p.isValid() ? tr("%1 — %2 — Teiten").arg(QFileInfo(path).fileName(), p.text())
                               : tr("%1 — Teiten").arg(QFileInfo(path).fileName()));
    m_summaryLabel->setText(path);
}

bool MainWindow::isBusy() const
{
    return m_openPending > 0 || m_import->isRunning() || m_ports->isBusy() || m_regions->isBusy()
        || m_sensors->model()->isBusy() || m_filesModel->isBusy();
}

bool MainWindow::isExporting() const
{
    return m_figureJobs > 0 || m_reportJob;
}

int MainWindow::addView(QWidget *view, const QString &title)
{
    return m_tabs->addTab(view, title);
}

void MainWindow::reportError(const QString &message, bool dialog)
{
    statusBar()->showMessage(message, 10000);
    if (dialog)
        QMessageBox::warning(this, tr("Teiten"), message);
}

void MainWindow::offerUpgrade(const QString &path, const QString &why)
{
    QMessageBox box(QMessageBox::Question, tr("Teiten"),
                    tr("%1 was written by an older version of Teiten. Upgrade it to open it here?").arg(path),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("The upgrade changes how the workspace stores its flows; for a large workspace it "
                              "takes minutes. Older versions of Teiten cannot open it afterwards."));
    QPushButton *upgrade = box.addButton(tr("Upgrade"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(upgrade);
    box.exec();
    if (box.clickedButton() != upgrade) {
        emit workspaceFailed(why);
        statusBar()->showMessage(why, 10000);
        return;
    }
    ++m_openPending;
    const QString upgrading = tr("Upgrading %1…").arg(path);
    statusBar()->showMessage(upgrading);
    // Opening for writing migrates it (WorkspaceSchema::migrate, one transaction): nothing else to do.
    BackgroundQuery::start<Ok>(
        this, path, [](Workspace &) -> Status { return Ok{}; },
        [this, path, upgrading](const Status &s) {
            --m_openPending;
            if (statusBar()->currentMessage() == upgrading)
                statusBar()->clearMessage();
            if (!s) {
                emit workspaceFailed(s.error().message);
                reportError(tr("Could not upgrade the workspace: %1").arg(s.error().message), true);
                return;
            }
            openWorkspace(path);
        },
        Workspace::Mode::ReadWrite);
}

void MainWindow::openWorkspace(const QString &path, Workspace::Verify verify)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const quint64 generation = ++m_openGeneration;
    ++m_openPending;
    // Opening checks a workspace that changed since it last passed: seconds for gigabytes, with
    // nothing else on screen meanwhile.
    const QString opening = verify == Workspace::Verify::Always
        ? tr("Checking the integrity of %1…").arg(absolute)
        : tr("Opening %1…").arg(absolute);
    statusBar()->showMessage(opening);
    BackgroundQuery::start<Summary>(
        this, absolute,
        [verify](Workspace &ws) { return openSummary(ws, verify); },
        [this, absolute, generation, verify, opening](const Result<Summary> &r) {
            --m_openPending;
            if (generation != m_openGeneration)
                return;
            if (statusBar()->currentMessage() == opening)
                statusBar()->clearMessage();
            if (!r && r.error().code == Error::Code::Outdated) {
                offerUpgrade(absolute, r.error().message);
                return;
            }
            if (!r) {
                emit workspaceFailed(r.error().message);
                reportError(tr("Could not open the workspace: %1").arg(r.error().message), true);
                return;
            }
            m_context->setDayOffsetMinutes(r->dayOffsetMinutes);
            // Period first, then the path: views re-query once the path is set.
            applySummary(absolute, *r, true);
            m_context->setWorkspacePath(absolute);
            addRecent(absolute);
            QSettings().setValue(QLatin1String(kLastWorkspace), absolute);
            updateTitle();
            if (verify == Workspace::Verify::Always)
                statusBar()->showMessage(tr("%1 passed the full integrity check.").arg(absolute), 10000);
            emit workspaceOpened(absolute);
        });
}

void MainWindow::verifyWorkspace()
{
    if (m_context->workspacePath().isEmpty()) {
        reportError(tr("Open a workspace first."), true);
        return;
    }
    openWorkspace(m_context->workspacePath(), Workspace::Verify::Always);
}

Result<MainWindow::Summary> MainWindow::openSummary(Workspace &ws, Workspace::Verify verify)
{
    // Once per open, on the worker thread: a damaged file is refused with its reason up front
    // (not read again if it is unchanged since it last passed, unless `verify` says so).
    if (auto s = ws.checkIntegrity(verify); !s)
        return s.error();
    return querySummary(ws);
}

Result<MainWindow::Summary> MainWindow::querySummary(Workspace &ws)
{
    auto quarters = ws.quartersPresent();
    if (!quarters)
        return quarters.error();
    return Summary{*quarters, ws.dayOffsetMinutes()};
}

void MainWindow::newWorkspace(const QString &path)
{
    ++m_openPending;
    BackgroundQuery::start<Ok>(
        this, path, [](Workspace &) -> Status { return Ok{}; },
        [this, path](const Status &s) {
            --m_openPending;
            if (!s) {
                reportError(tr("Could not create the workspace: %1").arg(s.error().message), true);
                return;
            }
            openWorkspace(path);
        },
        Workspace::Mode::ReadWrite);
}

void MainWindow::refreshSummary(bool choosePeriod)
{
    const QString path = m_context->workspacePath();
    if (path.isEmpty())
        return;
    ++m_openPending;
    BackgroundQuery::start<Summary>(
        this, path,
        &MainWindow::querySummary,
        [this, path, choosePeriod](const Result<Summary> &r) {
            --m_openPending;
            if (r && path == m_context->workspacePath())
                applySummary(path, *r, choosePeriod);
        });
}

void MainWindow::applySummary(const QString &path, const Summary &summary, bool choosePeriod)
{
    m_periodBar->setQuarters(summary.quarters);
    m_quarters = summary.quarters;
    if (!choosePeriod || summary.quarters.isEmpty())
        return;
    const Period current = m_context->period();
    // Keep the restored period of this workspace, or the current one if it still has data;
    // otherwise show the latest quarter.
    if (path == m_restoredPeriodWorkspace && m_restoredPeriod.isValid()) {
        m_periodBar->selectPeriod(m_restoredPeriod);
        m_restoredPeriodWorkspace.clear();
        return;
    }
    const bool currentHasData = current.isValid() && path == m_context->workspacePath()
        && std::any_of(summary.quarters.begin(), summary.quarters.end(), [&](const Period &q) {
               return q.firstDay() <= current.lastDay() && current.firstDay() <= q.lastDay();
           });
    if (!currentHasData)
        m_periodBar->selectPeriod(summary.quarters.last());
}

void MainWindow::addRecent(const QString &path)
{
    QSettings s;
    QStringList recent = s.value(QLatin1String(kRecent)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    s.setValue(QLatin1String(kRecent), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(kRecent)).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openWorkspace(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [this] {
        QSettings().remove(QLatin1String(kRecent));
        rebuildRecentMenu();
    });
}

void MainWindow::chooseAndImport(bool folder)
{
    QStringList paths;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
        if (!dir.isEmpty())
            paths << dir;
    } else {
        // Any .gz too: compressed captures are often named only .gz; the reader decides by content.
        const QString patterns = (ImportJob::captureNamePatterns() << QStringLiteral("*.gz")).join(QLatin1Char(' '));
        //: file dialog filter; %1 is the list of name patterns
        paths = QFileDialog::getOpenFileNames(this, tr("Import Captures"), QString(),
                                              tr("Captures (%1);;All files (*)").arg(patterns));
    }
    if (!paths.isEmpty())
        importPaths(paths);
}

bool MainWindow::importPaths(const QStringList &paths)
{
    if (m_context->workspacePath().isEmpty()) {
        const QString path = QFileDialog::getSaveFileName(this, tr("New Workspace for the Import"), QString(),
                                                          tr("Teiten workspaces (*.db)"));
        if (path.isEmpty())
            return false;
        // Import straight into the new file (the job creates it) and open it when done.
        ImportParams params;
        params.workspacePath = QFileInfo(path).absoluteFilePath();
        params.paths = paths;
        params.geoipPath = m_settings.geoipPath;
        if (!m_import->start(params))
            return false;
        connect(m_import, &ImportController::finished, this, [this, p = params.workspacePath] { openWorkspace(p); },
                Qt::SingleShotConnection);
        return true;
    }
    if (m_import->isRunning()) {
        reportError(tr("An import is already running; wait for it or cancel it first."), true);
        return false;
    }
    ImportParams params;
    params.workspacePath = m_context->workspacePath();
    params.paths = paths;
    params.geoipPath = m_settings.geoipPath;
    return m_import->start(params);
}

void MainWindow::onImportFinished(const ImportReport &report)
{
    m_context->notifyDataChanged();
    refreshSummary(true);
    int problems = 0;
    for (const auto &f : report.files)
        if (f.status != ImportFileOutcome::Status::Imported)
            ++problems;
    const QLocale locale;
    if (!report.fatalError.isEmpty())
        statusBar()->showMessage(report.fatalError, 15000);
    else if (report.cancelled)
        statusBar()->showMessage(tr("Import cancelled after %1 packets").arg(locale.toString(report.packets)), 15000);
    else
        statusBar()->showMessage(tr("Imported %1 packets from %2 files").arg(locale.toString(report.packets),
                                                                             locale.toString(report.files.size())),
                                 15000);
    if (m_showImportResults && (problems > 0 || !report.fatalError.isEmpty())) {
        auto *dialog = new ImportProblemsDialog(report, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
    emit importFinished(report);
}

void MainWindow::showSettings()
{
    SettingsDialog::Values current = m_settings;
    current.dayOffsetMinutes = m_context->dayOffsetMinutes();
    SettingsDialog dialog(current, !m_context->workspacePath().isEmpty(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applySettings(dialog.values());
}

void MainWindow::applySettings(const SettingsDialog::Values &values)
{
    const bool languageChanged = values.language != m_settings.language;
    const int offset = values.dayOffsetMinutes;
    m_settings = values;
    SettingsDialog::save(values);
    for (RankingPane *pane : {m_ports, m_regions})
        pane->setChartFont(values.chartFont);
    m_context->setTopN(values.defaultTopN);
    if (languageChanged)
        setLanguage(values.language);
    const QString path = m_context->workspacePath();
    if (!path.isEmpty() && offset != m_context->dayOffsetMinutes()) {
        ++m_openPending;
        BackgroundQuery::start<Ok>(
            this, path, [offset](Workspace &ws) { return ws.setDayOffsetMinutes(offset); },
            [this, offset](const Status &s) {
                --m_openPending;
                if (!s) {
                    reportError(s.error().message, true);
                    return;
                }
                m_context->setDayOffsetMinutes(offset);
                refreshSummary(false);
            },
            Workspace::Mode::ReadWrite);
    }
}

void MainWindow::restoreSession()
{
    QSettings s;
    restoreGeometry(s.value(QLatin1String(kGeometry)).toByteArray());
    restoreState(s.value(QLatin1String(kState)).toByteArray());
    // The views' table/chart splitters, by name (unnamed ones are not the analyst's layout).
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        const QString key = QLatin1String(kSplitters) + splitter->objectName();
        if (!splitter->objectName().isEmpty() && s.contains(key))
            splitter->restoreState(s.value(key).toByteArray());
    }
    if (const auto p = Period::parse(s.value(QLatin1String(kPeriod)).toString())) {
        m_restoredPeriod = *p;
        m_restoredPeriodWorkspace = s.value(QLatin1String(kPeriodWorkspace)).toString();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_import->isRunning()) {
        const auto answer = QMessageBox::question(this, tr("Import Running"),
                                                  tr("An import is running. Cancel it and quit?"));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_import->cancel();
    }
    QSettings s;
    s.setValue(QLatin1String(kGeometry), saveGeometry());
    s.setValue(QLatin1String(kState), saveState());
    for (QSplitter *splitter : findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            s.setValue(QLatin1String(kSplitters) + splitter->objectName(), splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        if (std::all_of(urls.begin(), urls.end(), [](const QUrl &u) { return u.isLocalFile(); })) {
            event->acceptProposedAction();
            return;
        }
    }
    event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList captures;
    QString workspace;
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (isWorkspaceFile(path) && QFileInfo(path).isFile())
            workspace = path;
        else
            captures << path;
    }
    if (!workspace.isEmpty())
        openWorkspace(workspace);
    else if (!captures.isEmpty())
        importPaths(captures);
    event->acceptProposedAction();
}

} // namespace teiten

namespace teiten {

void MainWindow::setLanguage(const QString &language)
{
    if (!m_translations)
        m_translations = new TranslationLoader(this);
    m_translations->setLanguage(language); // posts QEvent::LanguageChange to every widget
    m_context->setLanguage(m_translations->language()); // models re-word region names and dates
    emit languageRequested(m_translations->language());
}

QString MainWindow::language() const
{
    return m_translations ? m_translations->language() : m_context->language();
}

FigureSource *MainWindow::currentFigureSource() const
{
    return dynamic_cast<FigureSource *>(m_tabs->currentWidget());
}

void MainWindow::exportFigure(FigureSource *source, int choice)
{
    const QList<FigureSource::Choice> choices = source ? source->figureChoices() : QList<FigureSource::Choice>{};
    if (choices.isEmpty()) {
        reportError(tr("This view shows nothing that can be exported as a figure."), !m_figurePreset);
        return;
    }
    FigureExportDialog::Values values = m_lastFigure;
    if (m_figurePreset) {
        values = *m_figurePreset;
    } else {
        QStringList labels;
        for (const FigureSource::Choice &c : choices)
            labels << c.label;
        values.choice = choice;
        if (values.language.isEmpty() || m_lastFigure.path.isEmpty())
            values.language = language();
        if (values.path.isEmpty()) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
            values.path = QDir(dir).filePath(QStringLiteral("figure.png"));
        }
        FigureExportDialog dialog(labels, values, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        values = dialog.values();
        m_lastFigure = values;
    }
    if (choice >= 0 && m_figurePreset)
        values.choice = choice;
    const int index = std::clamp(values.choice, 0, int(choices.size()) - 1);
    FigureRequest request = choices[index].request;
    const auto format = FigureRenderer::formatForPath(values.path).value_or(values.format);
    FigureRenderer::Options options;
    options.size = values.size;
    options.dpi = values.dpi;
    const QString path = values.path;

    // Off the GUI thread: the queries and the painting (QImage, QSvgGenerator, QPdfWriter).
    auto *job = new RenderJob(m_context->workspacePath(), values.language, this);
    ++m_figureJobs;
    statusBar()->showMessage(tr("Exporting the figure to %1…").arg(path));
    connect(job, &RenderJob::finished, this, [this, job, path](const Status &status) {
        --m_figureJobs;
        job->deleteLater();
        if (!status) {
            reportError(tr("Could not export the figure: %1").arg(status.error().message), !m_figurePreset);
            emit figureExported(path, status.error().message);
            return;
        }
        statusBar()->showMessage(tr("Figure written to %1").arg(path), 10000);
        emit figureExported(path, QString());
    });
    job->start([request, path, format, options](Workspace &workspace, RenderJob &self) -> Status {
        const FigureFactory factory(workspace, self.language());
        const Result<Figure> figure = request.build(factory);
        if (!figure)
            return figure.error();
        return FigureRenderer::write(*figure, path, format, options);
    });
}

void MainWindow::exportReport()
{
    if (m_context->workspacePath().isEmpty()) {
        reportError(tr("Open a workspace first: the report is made from its captures."), !m_reportPreset);
        return;
    }
    if (m_reportJob) {
        reportError(tr("A report is already being written."), !m_reportPreset);
        return;
    }
    ReportExportDialog::Values values;
    if (m_reportPreset) {
        values = *m_reportPreset;
    } else {
        values.period = ReportExportDialog::quarterOf(m_context->period());
        values.language = language();
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        values.out = QDir(dir).filePath(QStringLiteral("teiten-report-%1-%2.pdf").arg(values.period.text(), values.language));
        QVector<Period> periods = m_quarters;
        if (m_context->period().isValid() && !periods.contains(m_context->period()))
            periods << m_context->period();
        ReportExportDialog dialog(periods, values, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        values = dialog.values();
    }
    if (!values.period.isValid()) {
        reportError(tr("Choose a period for the report."), !m_reportPreset);
        return;
    }

    ReportJob::Params params;
    params.period = values.period;
    params.language = values.language;
    params.out = values.out;
    auto *job = new RenderJob(m_context->workspacePath(), values.language, this);
    m_reportJob = job;
    auto *progress = new QProgressDialog(this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowTitle(tr("Export Report"));
    progress->setLabelText(tr("Preparing the report of %1…").arg(values.period.text()));
    progress->setRange(0, ReportJob::kSteps);
    progress->setValue(0);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setWindowModality(Qt::NonModal); // the window stays usable while the report is written
    m_reportProgress = progress;
    connect(progress, &QProgressDialog::canceled, job, &RenderJob::cancel);
    connect(job, &RenderJob::progressChanged, progress, [progress](int done, int, const QString &what) {
        progress->setValue(done);
        if (!what.isEmpty())
            progress->setLabelText(what);
    });
    connect(job, &RenderJob::finished, this, [this, job, out = params.out](const Status &status) {
        job->deleteLater();
        onReportFinished(out, status);
    });
    progress->show();
    statusBar()->showMessage(tr("Writing the report of %1…").arg(values.period.text()));
    job->start([params](Workspace &workspace, RenderJob &self) -> Status {
        return ReportJob::run(workspace, params,
                              [&self](int done, int total, const QString &what) { return self.step(done, total, what); });
    });
}

void MainWindow::cancelExport()
{
    if (m_reportJob)
        m_reportJob->cancel();
}

void MainWindow::onReportFinished(const QString &out, const Status &status)
{
    if (m_reportProgress)
        m_reportProgress->close();
    const bool cancelled = !status && status.error().code == Error::Code::Cancelled;
    if (!status) {
        if (cancelled) {
            // The writers save atomically (QSaveFile): a cancelled export leaves no partial file.
            statusBar()->showMessage(tr("Report export cancelled"), 10000);
        } else {
            reportError(tr("Could not write the report: %1").arg(status.error().message), !m_reportPreset);
        }
        emit reportExported(out, status.error().message);
        return;
    }
    statusBar()->showMessage(tr("Report written to %1").arg(out), 15000);
    emit reportExported(out, QString());
    if (m_reportPreset)
        return;
    const auto answer = QMessageBox::question(this, tr("Report Written"), tr("The report was written to %1.\n\nOpen it now?").arg(out),
                                              QMessageBox::Open | QMessageBox::Close, QMessageBox::Open);
    if (answer == QMessageBox::Open) {
        const QString target = out.endsWith(QLatin1Char('/')) ? QDir(out).filePath(QStringLiteral("index.html")) : out;
        QDesktopServices::openUrl(QUrl::fromLocalFile(target));
    }
}

} // namespace teiten
