// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include "figureexportdialog.h"
#include "importjob.h"
#include "reportexportdialog.h"
#include "result.h"
#include "settingsdialog.h"
#include "workspace.h"
#include "workspacetypes.h"

class QLabel;
class QMenu;
class QProgressDialog;
class QTabWidget;
class QTableView;

namespace teiten {

class AnalysisContext;
class Workspace;
class FigureSource;
class FilesModel;
class ImportController;
class ImportProgressWidget;
class PeriodBar;
class RankingPane;
class RenderJob;
class SensorsPanel;
class TranslationLoader;

/// The analyst workstation's window: File menu (new/open/recent workspace, import), a period bar,
/// tabs "Ports" and "Regions" (ranking + chart each, more views can be added with addView()), docks
/// for sensors and imported files, import progress and Cancel in the status bar, drag and drop of
/// workspaces (open) and captures or folders (import). Owns the AnalysisContext every view listens
/// to. Restores geometry, layout, last workspace and period from QSettings. GUI thread.
///
/// Lives in widgets/ (not app/) so that widget tests can drive the whole window.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    AnalysisContext *context() const { return m_context; }
    QTabWidget *tabs() const { return m_tabs; }
    RankingPane *portsPane() const { return m_ports; }
    RankingPane *regionsPane() const { return m_regions; }
    PeriodBar *periodBar() const { return m_periodBar; }
    SensorsPanel *sensorsPanel() const { return m_sensors; }
    FilesModel *filesModel() const { return m_filesModel; }
    ImportController *importController() const { return m_import; }
    ImportProgressWidget *importProgress() const { return m_progress; }
    /// The drill-down tab's widget (a DrillDownView when that view is built in), else null.
    QWidget *drillDownView() const { return m_drillDown; }
    QWidget *eventsView() const { return m_events; }
    QWidget *icsView() const { return m_ics; }
    QAction *exportFigureAction() const { return m_exportFigureAction; }
    QAction *exportReportAction() const { return m_exportReportAction; }
    QAction *verifyAction() const { return m_verifyAction; }
    /// The view File > Export Figure… exports: the current tab when it can be a figure.
    FigureSource *currentFigureSource() const;
    /// True while any view waits for a query, a workspace is being opened or an import runs.
    bool isBusy() const;
    /// Adds a view as a tab (drill-down, events…); returns its index.
    int addView(QWidget *view, const QString &title);
    /// Whether finished imports with problems pop up the results dialog (tests turn it off).
    void setShowImportResults(bool on) { m_showImportResults = on; }
    /// Applies the last window layout, workspace and period from QSettings.
    void restoreSession();
    /// Tests and scripts: the export dialogs are skipped and these values used (nullopt: ask).
    /// With a preset the finished report is not offered for opening either.
    void setFigureExportPreset(const std::optional<FigureExportDialog::Values> &values) { m_figurePreset = values; }
    void setReportExportPreset(const std::optional<ReportExportDialog::Values> &values) { m_reportPreset = values; }
    /// True while a figure or the report is being written.
    bool isExporting() const;
    /// Switches every text of the window to "ja" or "en" ("" = the system's language) at once:
    /// installs Teiten's and Qt's catalogues; widgets retranslate on QEvent::LanguageChange.
    void setLanguage(const QString &language);
    QString language() const;

public slots:
    /// Opens `path` (validated on a worker thread first); errors go to a message box. The integrity
    /// check is skipped for a file unchanged since it last passed unless `verify` is Always.
    void openWorkspace(const QString &path, teiten::Workspace::Verify verify = teiten::Workspace::Verify::UnlessStamped);
    /// File > Verify Workspace: opens the current workspace again with the full integrity check.
    void verifyWorkspace();
    void newWorkspace(const QString &path);
    /// Imports capture files or folders into the open workspace in the background.
    bool importPaths(const QStringList &paths);
    void showSettings();
    /// Exports figure `choice` of `source` (-1: let the user pick) after the export dialog.
    void exportFigure(teiten::FigureSource *source, int choice = -1);
    /// File > Export Report…: dialog, then the report is written in the background.
    void exportReport();
    /// Cancels a running report export.
    void cancelExport();

signals:
    void workspaceOpened(const QString &path);
    void workspaceFailed(const QString &message);
    void drillDownRequested(teiten::Dimension dimension, const QString &key);
    void importFinished(const teiten::ImportReport &report);
    /// The language changed through setLanguage() (settings or start-up): "ja" or "en".
    void languageRequested(const QString &language);
    /// A figure export ended: `error` is empty on success.
    void figureExported(const QString &path, const QString &error);
    /// A report export ended: `error` is empty on success ("cancelled" text when cancelled).
    void reportExported(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Summary {
        QVector<Period> quarters;
        int dayOffsetMinutes = 0;
    };
    static Result<Summary> querySummary(Workspace &ws); // runs on a worker thread
    static Result<Summary> openSummary(Workspace &ws, Workspace::Verify verify); // integrity check + summary, worker thread
    void createActions();
    void retranslateUi();
    void refreshSummary(bool choosePeriod);
    void applySummary(const QString &path, const Summary &summary, bool choosePeriod);
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void onImportFinished(const ImportReport &report);
    void applySettings(const SettingsDialog::Values &values);
    void updateTitle();
    void chooseAndImport(bool folder);
    void reportError(const QString &message, bool dialog);
    /// A workspace of an older schema: asks whether to upgrade it (opened for writing, off the
    /// GUI thread), then opens it; `why` is the read-only open's message, kept if the answer is no.
    void offerUpgrade(const QString &path, const QString &why);
    void onReportFinished(const QString &out, const Status &status);

    AnalysisContext *m_context;
    PeriodBar *m_periodBar;
    QTabWidget *m_tabs;
    RankingPane *m_ports;
    RankingPane *m_regions;
    SensorsPanel *m_sensors;
    QDockWidget *m_sensorsDock;
    FilesModel *m_filesModel;
    QTableView *m_filesTable;
    QDockWidget *m_filesDock;
    ImportController *m_import;
    ImportProgressWidget *m_progress;
    QLabel *m_summaryLabel;
    QWidget *m_events = nullptr;
    QWidget *m_drillDown = nullptr;
    QWidget *m_ics = nullptr;
    QPointer<QWidget> m_drillOrigin;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_exportFigureAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_verifyAction = nullptr;
    std::optional<FigureExportDialog::Values> m_figurePreset;
    std::optional<ReportExportDialog::Values> m_reportPreset;
    FigureExportDialog::Values m_lastFigure;   ///< the dialog starts from the last export
    QVector<Period> m_quarters;
    int m_figureJobs = 0;
    QPointer<RenderJob> m_reportJob;
    QPointer<QProgressDialog> m_reportProgress;
    TranslationLoader *m_translations = nullptr;
    SettingsDialog::Values m_settings;
    Period m_restoredPeriod;
    QString m_restoredPeriodWorkspace;
    quint64 m_openGeneration = 0;
    int m_openPending = 0;
    bool m_showImportResults = true;
};

} // namespace teiten
