// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QFont>
#include <QStringList>
#include <QWidget>

#include "workspacetypes.h"

class QAction;
class QChart;
class QChartView;
class QLabel;
class QToolButton;

namespace teiten {

/// The daily (or hourly) curves of a ranking's keys, wrapped around Qt Charts so the rest of the
/// program never sees a Qt Charts type (the module is deprecated from Qt 6.10). Shows the loaded
/// keys that are visible, one KeyColors colour each; hover shows date and value; drag a rectangle
/// to zoom, right-click or "Reset zoom" to go back; linear or logarithmic packet axis. GUI thread.
class TimeSeriesChart : public QWidget {
    Q_OBJECT
public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);

    /// New curves and which of their keys to show, drawn once (a Qt Charts rebuild is the
    /// costliest thing the window does after a query: tens of milliseconds on the GUI thread).
    void setSeriesSet(const SeriesSet &set, const QStringList &visibleKeys);
    const SeriesSet &seriesSet() const { return m_set; }
    void clear();
    void setVisibleKeys(const QStringList &keys);
    QStringList visibleKeys() const { return m_visible; }
    /// Keys drawn right now (loaded and visible), in legend order.
    QStringList shownKeys() const;
    /// How the legend names a key, e.g. "53/UDP (domain)" or 「中国」.
    void setKeyLabeler(std::function<QString(const QString &)> labeler);
    void setTitle(const QString &title);
    void setLogScale(bool on);
    bool logScale() const { return m_log; }
    void resetZoom();
    void setChartFont(const QFont &font);
    void setBusy(bool busy);
    /// Text of the hover tooltip for bucket `bucket` of `key` (date in the UI language, value).
    QString tooltipText(const QString &key, int bucket) const;
    QChartView *chartView() const { return m_view; }
    /// "Export Figure…" in the chart's context menu and tool bar; the owner connects it.
    QAction *exportFigureAction() const { return m_exportAction; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fitLegend();
    void retranslateUi();
    qreal xOf(int bucket) const;
    int bucketAtX(qreal x) const;

    SeriesSet m_set;
    QStringList m_visible;
    std::function<QString(const QString &)> m_labeler;
    QString m_title;
    bool m_log = false;
    QFont m_font;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QToolButton *m_logButton = nullptr;
    QToolButton *m_resetButton = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_exportAction = nullptr;
    QToolButton *m_exportButton = nullptr;
    QString m_shownTexts; ///< the translated texts the chart was last built with
};

} // namespace teiten
