// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>

#include <QStringList>
#include <QVector>
#include <QWidget>

#include "figuresource.h"
#include "workspacetypes.h"

class QAction;
class QHBoxLayout;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace teiten {

class AnalysisContext;
class FlowsModel;
class SensorActivityModel;
class SourcesModel;
struct DrillQuery;

/// Drill-down from one port or region to who sent it, which sensors saw it and what the flows
/// were. A breadcrumb bar ("Ports › 53/UDP › Sources" / 「ポート › 53/UDP › 送信元」) with Back
/// sits above three pages: Sources (table), Sensors (table with a per-sensor × day heat strip) and
/// Flows (lazily paged table). Activating a source drills into its flows; activating a sensor
/// drills into the sources it saw; each step adds a crumb, and clicking a crumb (or Back) returns
/// to it with the page that was shown there. Clicking the first crumb or Back at the first step
/// emits closed().
///
/// Period, filter, language, day offset and workspace come from the AnalysisContext passed in (not
/// owned; it must outlive the view); the drill-down steps narrow the context's filter, so FilterBar
/// changes apply here too. Queries run in worker threads through the models; only the visible page
/// is (re)loaded. A workspace change closes the view.
///
/// Wiring (MainWindow): `auto *drill = new DrillDownView(context, this);`
/// `drill->open(Dimension::Service, "53/UDP");` on a ranking double-click, show it, and hide it on
/// `closed()`. GUI thread.
class DrillDownView : public QWidget, public FigureSource {
    Q_OBJECT
public:
    enum class Page { Sources, Sensors, Flows };
    Q_ENUM(Page)

    explicit DrillDownView(AnalysisContext *context, QWidget *parent = nullptr);
    ~DrillDownView() override;

    /// Starts a new drill-down at `key` ("53/UDP" for Dimension::Service, "CN" for Region) on the
    /// Sources page; earlier steps are forgotten.
    void open(teiten::Dimension dimension, const QString &key);

    Page currentPage() const;
    void setCurrentPage(Page page);
    /// The breadcrumb texts as shown, e.g. {"Ports", "53/UDP", "192.0.2.10", "Flows"}.
    QStringList breadcrumbs() const;
    /// The filter the current step queries with (context filter narrowed by every step).
    QueryFilter currentFilter() const;
    bool isOpen() const { return !m_steps.isEmpty(); }
    /// The daily curve of the drilled key under the current step's filter (source, sensor).
    QList<Choice> figureChoices() const override;
    /// "Export Figure…" in the tables' context menus.
    QAction *exportFigureAction() const { return m_exportFigure; }

    SourcesModel *sourcesModel() const { return m_sources; }
    SensorActivityModel *sensorsModel() const { return m_sensors; }
    FlowsModel *flowsModel() const { return m_flows; }

public slots:
    /// One step back; at the first step, closes.
    void back();
    /// Goes back to crumb `index` (0: the ranking, which closes the view).
    void goToCrumb(int index);

signals:
    void closed();
    void figureExportRequested(int choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Step {
        enum class Kind { Service, Region, Source, Sensor };
        Kind kind = Kind::Service;
        QString key;        ///< service label, region code, address text or sensor id
        QString name;       ///< sensor name (Sensor steps)
        Page page = Page::Sources;
    };

    QTableView *makeTable(const QString &objectName);
    void buildBreadcrumbs();
    void retranslate();
    void updateSummary();
    QString stepLabel(const Step &step) const;
    QString pageName(Page page) const;
    DrillQuery query() const;
    void invalidate();
    void loadVisiblePage();
    void drillIntoSource(const QModelIndex &index);
    void drillIntoSensor(const QModelIndex &index);
    void push(const Step &step);
    void close();

    AnalysisContext *m_context;
    Dimension m_dimension = Dimension::Service;
    QVector<Step> m_steps;
    /// Bumped by every change of what the pages show; a page reloads when it is shown and its
    /// revision is older.
    quint64 m_revision = 1;
    std::array<quint64, 3> m_loadedRevision{};

    SourcesModel *m_sources;
    SensorActivityModel *m_sensors;
    FlowsModel *m_flows;
    QSortFilterProxyModel *m_sourcesProxy;
    QSortFilterProxyModel *m_sensorsProxy;

    QToolButton *m_back;
    QWidget *m_crumbBar;
    QHBoxLayout *m_crumbLayout;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableView *m_sourcesView;
    QTableView *m_sensorsView;
    QTableView *m_flowsView;
    bool m_switchingPage = false;
    QAction *m_exportFigure = nullptr;
};

} // namespace teiten
