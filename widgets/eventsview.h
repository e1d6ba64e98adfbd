// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>

#include <memory>
#include <QVector>
#include <QWidget>

#include "eventtypes.h"
#include "figuresource.h"
#include "result.h"

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace teiten {

class QueryStop;

class AnalysisContext;
class EventsModel;
class TimeSeriesChart;

/// The Events tab: the period's episodes (surges, ICS scanning waves, backscatter) in a table;
/// selecting one shows its evidence and classification, and its key's daily curve over a longer
/// window (from six months before its start to the period's end, as reports show it).
///
/// Workspace, period and language come from the AnalysisContext passed in (not owned; it must
/// outlive the view). The analysis (EventAnalyzer) and the chart's query run in worker threads with
/// their own read-only Workspace; a newer request makes older results be dropped.
///
/// Wiring (MainWindow): `tabs->addTab(new EventsView(context, this), tr("Events"));` GUI thread.
class EventsView : public QWidget, public FigureSource {
    Q_OBJECT
public:
    explicit EventsView(AnalysisContext *context, QWidget *parent = nullptr);
    ~EventsView() override;

    EventsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    TimeSeriesChart *chart() const { return m_chart; }
    /// Evidence text shown for the selected event (plain text).
    QString evidenceText() const;
    bool isBusy() const;
    /// Selects the event in model row `row` (−1: none).
    void selectRow(int row);
    /// The selected event's chart as the report draws it (its window shaded).
    QList<Choice> figureChoices() const override;
    /// "Export Figure…" in the table's context menu.
    QAction *exportFigureAction() const { return m_exportFigure; }

public slots:
    void reload();

signals:
    /// Emitted after each reload with the number of events (or when it failed).
    void loaded(int count);
    void failed(const QString &message);
    void figureExportRequested(int choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showEvent(int row);
    void retranslateUi();
    AnalysisContext *m_context;
    EventsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QTextBrowser *m_evidence;
    TimeSeriesChart *m_chart;
    QLabel *m_status;
    QFutureWatcher<Result<QVector<Event>>> m_watcher;
    QFutureWatcher<Result<SeriesSet>> m_chartWatcher;
    quint64 m_request = 0;
    /// Stops a superseded or abandoned analysis, even inside one long SQL query.
    std::shared_ptr<QueryStop> m_stop;
    quint64 m_chartRequest = 0;
    QAction *m_exportFigure = nullptr;
};

} // namespace teiten
