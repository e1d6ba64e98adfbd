// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatstripdelegate.h"

#include <algorithm>
#include <cmath>

#include <QAbstractItemView>
#include <QApplication>
#include <QDate>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include "modelroles.h"

namespace teiten {

namespace {
constexpr int kMargin = 3;
constexpr int kMinimumCellWidth = 2;
} // namespace

HeatStripDelegate::HeatStripDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QRect HeatStripDelegate::stripRect(const QRect &cell)
{
    return cell.adjusted(kMargin, kMargin, -kMargin, -kMargin);
}

int HeatStripDelegate::dayAt(const QRect &strip, int days, int x)
{
    if (days <= 0 || strip.width() <= 0 || x < strip.left() || x > strip.right())
        return -1;
    return std::clamp(int(qint64(x - strip.left()) * days / strip.width()), 0, days - 1);
}

double HeatStripDelegate::intensity(qint64 count, qint64 maximum)
{
    if (count <= 0 || maximum <= 0)
        return 0.0;
    const double t = std::log1p(double(count)) / std::log1p(double(maximum));
    // A floor keeps a single packet visible next to a day of millions.
    return 0.2 + 0.8 * std::clamp(t, 0.0, 1.0);
}

void HeatStripDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Let the style draw selection and focus as on any other cell, without text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto daily = index.data(DailyRole).value<QList<qint64>>();
    const int days = int(daily.size());
    const QRect strip = stripRect(option.rect);
    if (days == 0 || strip.width() <= 0 || strip.height() <= 0)
        return;
    const qint64 maximum = index.data(DailyMaximumRole).toLongLong();
    const QColor base = option.palette.color(QPalette::Base);

    painter->save();
    painter->setPen(Qt::NoPen);
    painter->fillRect(strip, base);
    // Cells are placed by their own edges so rounding never leaves gaps or overlaps.
    for (int d = 0; d < days; ++d) {
        const double t = intensity(daily[d], maximum);
        if (t <= 0.0)
            continue;
        const int x0 = strip.left() + int(qint64(d) * strip.width() / days);
        const int x1 = strip.left() + int(qint64(d + 1) * strip.width() / days);
        QColor c;
        c.setRgbF(base.redF() + (m_heat.redF() - base.redF()) * t, base.greenF() + (m_heat.greenF() - base.greenF()) * t,
                  base.blueF() + (m_heat.blueF() - base.blueF()) * t);
        painter->fillRect(QRect(x0, strip.top(), std::max(1, x1 - x0), strip.height()), c);
    }
    // Month ticks, when cells are wide enough to tell months apart.
    const QDate first = index.data(FirstDayRole).toDate();
    if (first.isValid() && strip.width() / days >= 1) {
        QColor tick = option.palette.color(QPalette::Text);
        tick.setAlphaF(0.35);
        painter->setPen(tick);
        for (int d = 1; d < days; ++d) {
            if (first.addDays(d).day() != 1)
                continue;
            const int x = strip.left() + int(qint64(d) * strip.width() / days);
            painter->drawLine(x, strip.bottom() - strip.height() / 3, x, strip.bottom());
        }
    }
    QColor frame = option.palette.color(QPalette::Mid);
    painter->setPen(frame);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(strip.adjusted(0, 0, -1, -1));
    painter->restore();
}

QSize HeatStripDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    const int days = int(index.data(DailyRole).value<QList<qint64>>().size());
    return QSize(std::max(120, days * kMinimumCellWidth + 2 * kMargin), std::max(text.height(), 18));
}

bool HeatStripDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const auto daily = index.data(DailyRole).value<QList<qint64>>();
    const QDate first = index.data(FirstDayRole).toDate();
    const int d = dayAt(stripRect(option.rect), int(daily.size()), event->pos().x());
    if (d < 0 || !first.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    //: Tooltip on one day of a heat strip: %1 date, %2 packets that day.
    const QString text = tr("%1: %2 packets").arg(first.addDays(d).toString(Qt::ISODate), QLocale().toString(daily[d]));
    QToolTip::showText(event->globalPos(), text, view->viewport(), option.rect);
    return true;
}

} // namespace teiten
