// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation's start-up: language, fonts, the main window, the workspace to open, and the
// hidden screenshot mode used by tools/screenshots.sh.
#include "workstation.h"

#include <functional>
#include <memory>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLoggingCategory>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

#include "analysiscontext.h"
#include "clioutput.h"
#include "drilldownview.h"
#include "eventsview.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "period.h"
#include "rankingmodel.h"
#include "rankingpane.h"
#include "settingsdialog.h"

Q_LOGGING_CATEGORY(lcWorkstation, "teiten.workstation")

namespace teiten {

namespace {

struct Options {
    QString workspace;
    QString screenshotDir;
    QString period;
    QString language;
    QStringList importPaths;
    QStringList imports;
    bool ok = true;
};

Options parse(const QStringList &arguments)
{
    Options o;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        // Undocumented on purpose: for tools/screenshots.sh and CI, not for analysts.
        if (a == QLatin1String("--screenshot") && hasValue)
            o.screenshotDir = arguments[++i];
        else if (a == QLatin1String("--period") && hasValue)
            o.period = arguments[++i];
        else if (a == QLatin1String("--lang") && hasValue)
            o.language = arguments[++i];
        else if (a == QLatin1String("--screenshot-import") && hasValue)
            o.importPaths << arguments[++i];
        else if (a == QLatin1String("--import") && hasValue)
            o.imports << arguments[++i];
        else if (!a.startsWith(QLatin1Char('-')) && o.workspace.isEmpty())
            o.workspace = a;
        else {
            CliOutput::err() << QApplication::translate("Workstation", "teiten: unexpected argument '%1'").arg(a)
                             << Qt::endl;
            o.ok = false;
        }
    }
    return o;
}

void useCjkFont(QApplication &app)
{
    // Several CJK fonts make Qt mix glyph shapes inside one label; pin the family when present.
    const QString family = SettingsDialog::defaultChartFont().family();
    if (QFontDatabase::families().contains(family)) {
        QFont f = app.font();
        f.setFamily(family);
        app.setFont(f);
    } else {
        qCInfo(lcWorkstation) << family << "is not installed; Japanese text may use a fallback font";
    }
}

/// One picture of the screenshot mode: `prepare` brings the window into the state to show.
struct Shot {
    QString name;
    std::function<void()> prepare;
};

/// The pictures of the README and docs/screenshots: each main view of the sample network, then the
/// drill-down from 53/UDP to its sources, the sensors they hit and their flows.
QList<Shot> viewShots(MainWindow &window)
{
    QList<Shot> shots;
    for (int i = 0; i < window.tabs()->count(); ++i) {
        QWidget *w = window.tabs()->widget(i);
        const QString name = w->objectName().isEmpty() ? QStringLiteral("tab%1").arg(i) : w->objectName().toLower();
        shots << Shot{name, [&window, w] { window.tabs()->setCurrentWidget(w); }};
    }
    auto *drill = qobject_cast<DrillDownView *>(window.drillDownView());
    if (!drill)
        return shots;
    shots << Shot{QStringLiteral("drilldown"), [&window] {
                      RankingModel *ports = window.portsPane()->model();
                      const QString key = ports->rowOfKey(QStringLiteral("53/UDP")) >= 0 ? QStringLiteral("53/UDP")
                                                                                          : ports->keyAt(0);
                      emit window.drillDownRequested(Dimension::Service, key);
                  }};
    shots << Shot{QStringLiteral("drilldown-sensors"), [drill] { drill->setCurrentPage(DrillDownView::Page::Sensors); }};
    shots << Shot{QStringLiteral("drilldown-flows"), [drill] { drill->setCurrentPage(DrillDownView::Page::Flows); }};
    return shots;
}

bool saveShot(MainWindow &window, const QString &dir, const QString &name)
{
    const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!window.grab().save(file)) {
        CliOutput::err() << "teiten: cannot write " << file << Qt::endl;
        return false;
    }
    CliOutput::out() << file << Qt::endl;
    return true;
}

/// For each shot: prepare, wait until the window has been idle for a moment, save a PNG; then quit.
void takeScreenshots(QApplication &app, MainWindow &window, const QString &dir)
{
    QDir().mkpath(dir);
    auto *timer = new QTimer(&window);
    auto idle = std::make_shared<QElapsedTimer>();
    auto total = std::make_shared<QElapsedTimer>();
    auto shots = std::make_shared<QList<Shot>>();
    auto next = std::make_shared<int>(-1);
    total->start();
    timer->setInterval(100);
    QObject::connect(timer, &QTimer::timeout, &window, [&app, &window, dir, timer, idle, total, shots, next] {
        auto *events = qobject_cast<EventsView *>(window.eventsView());
        const bool busy = window.isBusy() || (events && events->isBusy());
        if (busy && total->elapsed() < 60000) {
            idle->invalidate();
            return;
        }
        if (!idle->isValid()) {
            idle->start();
            return;
        }
        if (idle->elapsed() < 800) // let charts and header sizes settle
            return;
        if (*next < 0) // the workspace is open and loaded: the views exist now
            *shots = viewShots(window);
        else
            saveShot(window, dir, shots->at(*next).name);
        *next += 1;
        if (*next >= shots->size()) {
            timer->stop();
            app.quit();
            return;
        }
        shots->at(*next).prepare();
        idle->invalidate();
    });
    timer->start();
}

/// The import progress in the status bar: a new workspace, `captures` dropped on it, one picture
/// while the import runs; quits when it has finished.
void takeImportScreenshot(QApplication &app, MainWindow &window, const QString &dir, const QString &workspace,
                          const QStringList &captures)
{
    QDir().mkpath(dir);
    window.setShowImportResults(false);
    QObject::connect(&window, &MainWindow::workspaceOpened, &window,
                     [&window, captures] { window.importPaths(captures); }, Qt::SingleShotConnection);
    auto updates = std::make_shared<int>(0);
    // Two updates in, the rate and the time left are known.
    QObject::connect(window.importController(), &ImportController::progressChanged, &window,
                     [&window, dir, updates] {
                         if (++*updates == 3)
                             QTimer::singleShot(50, &window, [&window, dir] { saveShot(window, dir, QStringLiteral("import")); });
                     });
    QObject::connect(window.importController(), &ImportController::finished, &window, [&app, &window, dir, updates] {
        if (*updates < 3)
            CliOutput::err() << "teiten: the import ended before its progress could be shown" << Qt::endl;
        QTimer::singleShot(200, &app, &QApplication::quit);
    });
    window.newWorkspace(workspace);
}

} // namespace

int runWorkstation(QApplication &app, const QStringList &arguments)
{
    const Options options = parse(arguments);
    if (!options.ok)
        return 1;
    useCjkFont(app);
    const SettingsDialog::Values settings = SettingsDialog::load();
    MainWindow window;
    // Before the first paint: the window comes up in its language, retranslated in one pass.
    window.setLanguage(options.language.isEmpty() ? settings.language : options.language);
    const bool screenshots = !options.screenshotDir.isEmpty();
    if (!screenshots)
        window.restoreSession();
    else
        window.resize(1400, 860);
    window.show();

    QString workspace = options.workspace;
    if (workspace.isEmpty() && !screenshots) {
        const QString last = QSettings().value(QStringLiteral("session/lastWorkspace")).toString();
        if (QFileInfo::exists(last))
            workspace = last;
    }
    if (!options.period.isEmpty()) {
        const auto p = Period::parse(options.period);
        if (!p) {
            CliOutput::err() << QApplication::translate("Workstation", "teiten: bad period '%1'").arg(options.period)
                             << Qt::endl;
            return 1;
        }
        // Applied once the workspace's quarters are known.
        QObject::connect(&window, &MainWindow::workspaceOpened, &window,
                         [&window, period = *p] { window.context()->setPeriod(period); }, Qt::SingleShotConnection);
    }
    if (screenshots && !options.importPaths.isEmpty()) {
        if (workspace.isEmpty() || QFileInfo::exists(workspace)) {
            CliOutput::err() << "teiten: --screenshot-import needs the path of a new workspace" << Qt::endl;
            return 1;
        }
        takeImportScreenshot(app, window, options.screenshotDir, workspace, options.importPaths);
        return app.exec();
    }
    if (!options.imports.isEmpty() && workspace.isEmpty()) {
        CliOutput::err() << QApplication::translate("Workstation", "teiten: --import needs a workspace to import into")
                         << Qt::endl;
        return 1;
    }
    if (!options.imports.isEmpty()) {
        // Same path as dropping the captures on the window once the workspace is open.
        QObject::connect(&window, &MainWindow::workspaceOpened, &window,
                         [&window, paths = options.imports] { window.importPaths(paths); }, Qt::SingleShotConnection);
    }
    if (!workspace.isEmpty() && !options.imports.isEmpty() && !QFileInfo::exists(workspace))
        window.newWorkspace(workspace);
    else if (!workspace.isEmpty())
        window.openWorkspace(workspace);
    if (screenshots)
        takeScreenshots(app, window, options.screenshotDir);
    return app.exec();
}

} // namespace teiten
