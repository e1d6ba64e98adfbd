// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace teiten {

/// Paints RankingModel::TrendRole as a marker beside the previous rank: green ▲ up, red ▼ down,
/// grey = same, a blue dot for new entries. Models carry the meaning, this maps it to pictures.
class TrendDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace teiten
