// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation's start-up: language, fonts, the main window, the workspace to open, and the
// hidden screenshot mode used by tools/screenshots.sh.
#include "workstation.h"

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
#include "mainwindow.h"
#include "period.h"
#include "rankingmodel.h"
#include "rankingpane.h"
#include "settingsdialog.h"
#include "translationloader.h"

Q_LOGGING_CATEGORY(lcWorkstation, "teiten.workstation")

namespace teiten {

namespace {

struct Options {
    QString workspace;
    QString screenshotDir;
    QString period;
    QString language;
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

/// Waits until the window has been idle for a moment, then saves one PNG per tab and quits.
void takeScreenshots(QApplication &app, MainWindow &window, const QString &dir)
{
    QDir().mkpath(dir);
    auto *timer = new QTimer(&window);
    auto idle = std::make_shared<QElapsedTimer>();
    auto total = std::make_shared<QElapsedTimer>();
    auto tab = std::make_shared<int>(-1);
    auto drilled = std::make_shared<bool>(false);
    total->start();
    timer->setInterval(100);
    QObject::connect(timer, &QTimer::timeout, &window, [&app, &window, dir, timer, idle, tab, drilled, total] {
        if (window.isBusy() && total->elapsed() < 60000) {
            idle->invalidate();
            return;
        }
        if (!idle->isValid()) {
            idle->start();
            return;
        }
        if (idle->elapsed() < 800) // let charts and header sizes settle
            return;
        if (*tab >= 0) {
            QWidget *w = window.tabs()->widget(*tab);
            QString name = w->objectName().isEmpty() ? QStringLiteral("tab%1").arg(*tab) : w->objectName();
            const QString file = QDir(dir).filePath(name.toLower() + QStringLiteral(".png"));
            if (!window.grab().save(file))
                CliOutput::err() << "teiten: cannot write " << file << Qt::endl;
            else
                CliOutput::out() << file << Qt::endl;
        }
        *tab += 1;
        if (*tab >= window.tabs()->count() && !*drilled && window.drillDownView()
            && window.portsPane()->model()->rowCount() > 0) {
            // Last picture: the drill-down the README's story walks through (53/UDP when present).
            *drilled = true;
            RankingModel *ports = window.portsPane()->model();
            const QString key = ports->rowOfKey(QStringLiteral("53/UDP")) >= 0 ? QStringLiteral("53/UDP") : ports->keyAt(0);
            emit window.drillDownRequested(Dimension::Service, key);
            *tab = window.tabs()->indexOf(window.drillDownView());
            idle->invalidate();
            return;
        }
        if (*tab >= window.tabs()->count()) {
            timer->stop();
            app.quit();
            return;
        }
        window.tabs()->setCurrentIndex(*tab);
        idle->invalidate();
    });
    timer->start();
}

} // namespace

int runWorkstation(QApplication &app, const QStringList &arguments)
{
    const Options options = parse(arguments);
    if (!options.ok)
        return 1;
    useCjkFont(app);
    TranslationLoader translations;
    const SettingsDialog::Values settings = SettingsDialog::load();
    translations.setLanguage(options.language.isEmpty() ? settings.language : options.language);

    MainWindow window;
    window.context()->setLanguage(translations.language());
    QObject::connect(&window, &MainWindow::languageRequested, &window, [&translations, &window](const QString &lang) {
        translations.setLanguage(lang); // widgets retranslate on QEvent::LanguageChange
        window.context()->setLanguage(translations.language());
    });
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
    if (!workspace.isEmpty())
        window.openWorkspace(workspace);
    if (screenshots)
        takeScreenshots(app, window, options.screenshotDir);
    return app.exec();
}

} // namespace teiten
