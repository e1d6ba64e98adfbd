// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeserieschart.h"

#include <cmath>

#include <QAction>
#include <QBoxLayout>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include "keycolors.h"

namespace teiten {

TimeSeriesChart::TimeSeriesChart(QWidget *parent) : QWidget(parent)
{
    m_font = QFont(QStringLiteral("Noto Sans CJK JP"));
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view = new QChartView(m_chart, this);
    // The view resizes the chart (later than this widget's own resize when it is first shown).
    connect(m_chart, &QGraphicsWidget::geometryChanged, this, &TimeSeriesChart::fitLegend);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setRubberBand(QChartView::RectangleRubberBand);
    // The right button opens this menu (it would otherwise zoom out, which the menu offers).
    m_zoomOutAction = new QAction(this);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { m_chart->zoomOut(); });
    m_resetAction = new QAction(this);
    connect(m_resetAction, &QAction::triggered, this, &TimeSeriesChart::resetZoom);
    m_exportAction = new QAction(this);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addActions({m_zoomOutAction, m_resetAction, separator, m_exportAction});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_logButton = new QToolButton(this);
    m_logButton->setCheckable(true);
    connect(m_logButton, &QToolButton::toggled, this, &TimeSeriesChart::setLogScale);
    m_resetButton = new QToolButton(this);
    connect(m_resetButton, &QToolButton::clicked, this, &TimeSeriesChart::resetZoom);
    m_exportButton = new QToolButton(this);
    m_exportButton->setDefaultAction(m_exportAction);
    m_status = new QLabel(this);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_logButton);
    bar->addWidget(m_resetButton);
    bar->addWidget(m_exportButton);
    bar->addStretch(1);
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    retranslateUi();
    setChartFont(m_font);
}

void TimeSeriesChart::retranslateUi()
{
    m_logButton->setText(tr("Log scale"));
    m_logButton->setToolTip(tr("Logarithmic packet axis"));
    m_resetButton->setText(tr("Reset zoom"));
    m_resetButton->setToolTip(tr("Drag a rectangle on the chart to zoom in; the right button's menu zooms out"));
    m_zoomOutAction->setText(tr("Zoom Out"));
    m_resetAction->setText(tr("Reset Zoom"));
    m_exportAction->setText(tr("Export Figure…"));
    m_exportAction->setToolTip(tr("Save this chart as a published figure (PNG, SVG or PDF)"));
    // Axis titles and date formats follow the language. A LanguageChange that changes nothing the
    // chart shows (a figure export's catalogue coming and going) must not rebuild every chart.
    const QString shown = tr("Packets per hour") + QLatin1Char('\n') + tr("Packets per day") + QLatin1Char('\n')
        + QLocale().name() + QLatin1Char('\n') + (m_labeler && !m_set.keys.isEmpty() ? m_labeler(m_set.keys.first()) : QString());
    if (shown == m_shownTexts)
        return;
    m_shownTexts = shown;
    rebuild();
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TimeSeriesChart::fitLegend()
{
    // Qt Charts clips a right-hand legend taller than the chart instead of wrapping it, so ten
    // curves in a laptop-sized window lost their last names. Shrink the legend's font until its
    // column fits, down to 70 % of the chart's font (below that it is no longer readable).
    QLegend *legend = m_chart->legend();
    const int rows = int(m_chart->series().size());
    const qreal base = m_font.pointSizeF() > 0 ? m_font.pointSizeF() : 9.0;
    QFont font = m_font;
    for (int step = 0; step <= 6; ++step) {
        font.setPointSizeF(base * (1.0 - 0.05 * step));
        legend->setFont(font);
        if (rows <= 1)
            break;
        if (QGraphicsLayout *layout = m_chart->layout())
            layout->activate();
        qreal left = 0, top = 0, right = 0, bottom = 0;
        if (QGraphicsLayout *own = legend->layout())
            own->getContentsMargins(&left, &top, &right, &bottom);
        // The legend's size hint is its tallest entry within its margins; entries stack without gaps.
        const qreal row = legend->effectiveSizeHint(Qt::PreferredSize).height() - top - bottom;
        if (rows * row + top + bottom <= legend->geometry().height() + 0.5)
            break;
    }
}

void TimeSeriesChart::setSeriesSet(const SeriesSet &set, const QStringList &visibleKeys)
{
    m_set = set;
    m_visible = visibleKeys;
    rebuild();
}

void TimeSeriesChart::clear()
{
    m_set = SeriesSet{};
    rebuild();
}

void TimeSeriesChart::setVisibleKeys(const QStringList &keys)
{
    if (keys == m_visible)
        return;
    m_visible = keys;
    rebuild();
}

QStringList TimeSeriesChart::shownKeys() const
{
    QStringList keys;
    for (const QString &k : m_visible)
        if (m_set.keys.contains(k))
            keys << k;
    return keys;
}

void TimeSeriesChart::setKeyLabeler(std::function<QString(const QString &)> labeler)
{
    m_labeler = std::move(labeler);
    rebuild();
}

void TimeSeriesChart::setTitle(const QString &title)
{
    m_title = title;
    m_chart->setTitle(title);
}

void TimeSeriesChart::setLogScale(bool on)
{
    if (on == m_log)
        return;
    m_log = on;
    const QSignalBlocker block(m_logButton);
    m_logButton->setChecked(on);
    rebuild();
}

void TimeSeriesChart::resetZoom()
{
    m_chart->zoomReset();
}

void TimeSeriesChart::setChartFont(const QFont &font)
{
    m_font = font;
    QFont title = font;
    title.setPointSizeF(font.pointSizeF() * 1.15);
    title.setBold(true);
    m_chart->setTitleFont(title);
    rebuild();
}

void TimeSeriesChart::setBusy(bool busy)
{
    m_status->setText(busy ? tr("Loading…") : QString());
}

qreal TimeSeriesChart::xOf(int bucket) const
{
    // Buckets start at UTC instants; the axis shows the workspace's wall clock (UTC plus the day
    // offset). QDateTimeAxis renders in local time, so encode that wall clock as a local time.
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(m_set.bucketStartUs[bucket] / 1000, Qt::UTC)
                               .addSecs(qint64(m_set.dayOffsetMinutes) * 60);
    return qreal(QDateTime(wall.date(), wall.time(), Qt::LocalTime).toMSecsSinceEpoch());
}

int TimeSeriesChart::bucketAtX(qreal x) const
{
    int best = -1;
    qreal bestDistance = 0;
    for (int i = 0; i < m_set.bucketStartUs.size(); ++i) {
        const qreal d = std::abs(xOf(i) - x);
        if (best < 0 || d < bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

QString TimeSeriesChart::tooltipText(const QString &key, int bucket) const
{
    const int k = int(m_set.keys.indexOf(key));
    if (k < 0 || bucket < 0 || bucket >= m_set.bucketStartUs.size())
        return {};
    const QLocale locale;
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(m_set.bucketStartUs[bucket] / 1000, Qt::UTC)
                               .addSecs(qint64(m_set.dayOffsetMinutes) * 60);
    const QString when = m_set.bucket == Bucket::Hour
        ? locale.toString(wall.date(), QLocale::ShortFormat) + QLatin1Char(' ') + locale.toString(wall.time(), QLocale::ShortFormat)
        : locale.toString(wall.date(), QLocale::LongFormat);
    const QString label = m_labeler ? m_labeler(key) : key;
    //: chart tooltip: %1 series name, %2 date, %3 packets
    return tr("%1\n%2\n%3 packets").arg(label, when, locale.toString(m_set.values[k][bucket]));
}

void TimeSeriesChart::rebuild()
{
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const QStringList keys = shownKeys();
    if (m_set.bucketStartUs.isEmpty() || keys.isEmpty()) {
        m_chart->setTitle(m_title);
        return;
    }

    auto *xAxis = new QDateTimeAxis;
    const QLocale locale;
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (m_set.bucket == Bucket::Hour)
        format += QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat);
    xAxis->setFormat(format);
    xAxis->setTickCount(m_set.bucket == Bucket::Hour ? 8 : 7);
    xAxis->setLabelsFont(m_font);
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xOf(0))),
                    QDateTime::fromMSecsSinceEpoch(qint64(xOf(int(m_set.bucketStartUs.size()) - 1))));
    m_chart->addAxis(xAxis, Qt::AlignBottom);

    qint64 maxValue = 1;
    for (const QString &key : keys) {
        const auto &values = m_set.values[m_set.keys.indexOf(key)];
        for (qint64 v : values)
            maxValue = std::max(maxValue, v);
    }
    QAbstractAxis *yAxis = nullptr;
    if (m_log) {
        auto *log = new QLogValueAxis;
        log->setBase(10);
        log->setLabelFormat(QStringLiteral("%g"));
        log->setMinorTickCount(-1);
        log->setRange(1, std::pow(10.0, std::ceil(std::log10(double(maxValue) * 1.05))));
        yAxis = log;
    } else {
        auto *linear = new QValueAxis;
        linear->setRange(0, double(maxValue) * 1.05);
        linear->setLabelFormat(QStringLiteral("%.0f"));
        linear->applyNiceNumbers();
        yAxis = linear;
    }
    yAxis->setTitleText(m_set.bucket == Bucket::Hour ? tr("Packets per hour") : tr("Packets per day"));
    yAxis->setTitleFont(m_font);
    yAxis->setLabelsFont(m_font);
    m_chart->addAxis(yAxis, Qt::AlignLeft);

    // Each key keeps its own colour unless two shown keys share one; figures choose the same way.
    const QList<QColor> colors = KeyColors::distinct(keys);
    for (int s = 0; s < keys.size(); ++s) {
        const QString &key = keys[s];
        const auto &values = m_set.values[m_set.keys.indexOf(key)];
        auto *series = new QLineSeries;
        series->setName(m_labeler ? m_labeler(key) : key);
        QPen pen(colors.value(s, KeyColors::color(key)));
        pen.setWidthF(2.0);
        series->setPen(pen);
        QList<QPointF> points;
        points.reserve(values.size());
        for (int i = 0; i < values.size(); ++i) {
            // A log axis cannot show 0: quiet buckets sit on the axis floor (the tooltip keeps 0).
            const qreal y = m_log ? std::max<qreal>(1.0, qreal(values[i])) : qreal(values[i]);
            points.append(QPointF(xOf(i), y));
        }
        series->replace(points);
        m_chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        connect(series, &QLineSeries::hovered, this, [this, key](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(), tooltipText(key, bucketAtX(point.x())), m_view);
        });
    }
    m_chart->setTitle(m_title);
    fitLegend();
}

} // namespace teiten
