// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace teiten {

/// Paints a row's per-day packet counts (DailyRole, a QList<qint64>) as a strip of cells, darker for
/// busier days, on the scale of DailyMaximumRole so that every row of the table is comparable: a
/// surge seen by one sensor is one dark streak, a scan seen by all is a dark column. Counts are
/// shown on a log scale (darknet days differ by orders of magnitude); a day without packets stays
/// blank. Month starts are ticked when FirstDayRole gives the first day. Hovering a cell shows its
/// date and count. Use with setItemDelegateForColumn(); GUI thread; owned by its parent.
class HeatStripDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit HeatStripDelegate(QObject *parent = nullptr);

    void setHeatColor(const QColor &color) { m_heat = color; }
    QColor heatColor() const { return m_heat; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /// The strip's area inside a cell.
    static QRect stripRect(const QRect &cell);
    /// Which day (0-based) x falls on in a strip of `days` cells, or −1 outside it.
    static int dayAt(const QRect &strip, int days, int x);
    /// 0 for an empty day, else 0.2..1 growing with log(count) up to log(maximum).
    static double intensity(qint64 count, qint64 maximum);

private:
    QColor m_heat{0xc6, 0x28, 0x28};
};

} // namespace teiten
