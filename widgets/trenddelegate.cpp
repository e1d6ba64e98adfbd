// SPDX-License-Identifier: GPL-3.0-or-later
#include "trenddelegate.h"

#include <QHash>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include "rankingmodel.h"

namespace teiten {

namespace {

QIcon markerIcon(RankingModel::Trend trend)
{
    static QHash<int, QIcon> cache;
    if (const auto it = cache.constFind(int(trend)); it != cache.constEnd())
        return *it;
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    QPainterPath path;
    switch (trend) {
    case RankingModel::Trend::Up:
        p.setBrush(QColor(0x2c, 0xa0, 0x2c));
        path.moveTo(6, 1);
        path.lineTo(11, 10);
        path.lineTo(1, 10);
        break;
    case RankingModel::Trend::Down:
        p.setBrush(QColor(0xd6, 0x27, 0x28));
        path.moveTo(1, 2);
        path.lineTo(11, 2);
        path.lineTo(6, 11);
        break;
    case RankingModel::Trend::Same:
        p.setBrush(QColor(0x90, 0x90, 0x90));
        path.addRect(2, 5, 8, 2);
        break;
    case RankingModel::Trend::New:
        p.setBrush(QColor(0x1f, 0x77, 0xb4));
        path.addEllipse(QPointF(6, 6), 4, 4);
        break;
    case RankingModel::Trend::None:
        break;
    }
    p.drawPath(path);
    p.end();
    const QIcon icon(pm);
    cache.insert(int(trend), icon);
    return icon;
}

} // namespace

void TrendDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant v = index.data(RankingModel::TrendRole);
    if (!v.isValid())
        return;
    const auto trend = v.value<RankingModel::Trend>();
    if (trend == RankingModel::Trend::None)
        return;
    option->icon = markerIcon(trend);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationPosition = QStyleOptionViewItem::Right;
    option->decorationSize = QSize(12, 12);
}

} // namespace teiten
