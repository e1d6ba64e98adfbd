// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QFutureWatcher>
#include <QWidget>

#include "figuresource.h"
#include "icsportsmodel.h"
#include "querystop.h"

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace teiten {

class AnalysisContext;
class TimeSeriesChart;

/// The ICS tab: control-system ports of the period (per-port packets, sources, onset, share from
/// known search-engine crawlers), their daily curves over the period and the three months before,
/// and the top sources of the selected port. Context (not owned) as for every view; queries run in
/// worker threads with their own read-only Workspace.
///
/// Wiring (MainWindow): `tabs->addTab(new IcsView(context, this), tr("ICS"));` GUI thread.
class IcsView : public QWidget, public FigureSource {
    Q_OBJECT
public:
    explicit IcsView(AnalysisContext *context, QWidget *parent = nullptr);
    ~IcsView() override;
    IcsPortsModel *model() const { return m_model; }
    TimeSeriesChart *chart() const { return m_chart; }
    QString sourcesText() const;
    /// The chart as shown: the busiest control-system ports over the period and the months before.
    QList<Choice> figureChoices() const override;

public slots:
    void reload();

signals:
    void loaded(int ports);
    void figureExportRequested(int choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Loaded {
        QVector<IcsPortsModel::Row> rows;
        SeriesSet series;
    };
    void showSources(const QString &service);
    void updateStatus();
    AnalysisContext *m_context;
    IcsPortsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    TimeSeriesChart *m_chart;
    QTextBrowser *m_sources;
    QLabel *m_status;
    QFutureWatcher<Result<Loaded>> m_watcher;
    QFutureWatcher<Result<QVector<SourceRow>>> m_sourcesWatcher;
    // Stop the running query when it is superseded or the view goes: on a large workspace it can
    // run for a minute, and the destructor waits for it.
    std::shared_ptr<QueryStop> m_stop;
    std::shared_ptr<QueryStop> m_sourcesStop;
    QString m_error;        ///< the last load's error, else empty
};

} // namespace teiten
