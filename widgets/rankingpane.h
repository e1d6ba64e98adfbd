// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPointer>
#include <QWidget>

#include "figuresource.h"
#include "workspacetypes.h"

class QSplitter;

namespace teiten {

class AnalysisContext;
class RankingModel;
class RankingView;
class TimeSeriesChart;

/// One tab of the workstation ("Ports" or "Regions"): a ranking table linked to a time-series chart.
/// Re-queries (off the GUI thread, stale answers dropped) whenever the shared AnalysisContext
/// changes; the table's check boxes choose the chart's series. GUI thread.
class RankingPane : public QWidget, public FigureSource {
    Q_OBJECT
public:
    enum FigureChoice { ChartFigure, TableFigure };
    RankingPane(Dimension dimension, AnalysisContext *context, QWidget *parent = nullptr);

    Dimension dimension() const { return m_dimension; }
    RankingModel *model() const { return m_model; }
    RankingView *view() const { return m_view; }
    TimeSeriesChart *chart() const { return m_chart; }
    QSplitter *splitter() const { return m_splitter; }
    bool isBusy() const { return m_pending > 0; }
    void setChartFont(const QFont &font);
    /// The chart as shown (its ticked series; the top N as a report figure when they are the top
    /// ranks) and the table at the view's top N, for the shared period and filters.
    QList<Choice> figureChoices() const override;

public slots:
    void reload();

signals:
    void drillDownRequested(teiten::Dimension dimension, const QString &key);
    void busyChanged(bool busy);
    void errorOccurred(const QString &message);
    /// The chart's or the table's Export Figure… was chosen (`choice`: a FigureChoice).
    void figureExportRequested(int choice);
    /// A ranking arrived (tests and screenshots wait for it).
    void rankingLoaded();
    void seriesLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadSeries(const QStringList &keys);
    void onCheckedKeysChanged(const QStringList &keys);
    void setPending(int delta);
    void retranslateUi();
    QString keyLabel(const QString &key) const;

    Dimension m_dimension;
    QPointer<AnalysisContext> m_context;
    RankingModel *m_model;
    RankingView *m_view;
    TimeSeriesChart *m_chart;
    QSplitter *m_splitter;
    quint64 m_rankingGeneration = 0;
    quint64 m_seriesGeneration = 0;
    QStringList m_seriesKeys;  ///< keys loaded or being loaded into the chart
    int m_pending = 0;
    int m_scannerRows = 0;     ///< rows whose scanner classes the last query computed (0: all)
    int m_shownTopN = 0;       ///< the top N the ticks were last matched to (0: all)
};

} // namespace teiten
