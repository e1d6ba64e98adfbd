// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace teiten {

/// Item data roles shared by Teiten's models, so that one proxy or delegate works on any of them.
/// RawRole has the same value as RankingModel::RawRole: a QSortFilterProxyModel set to sort on it
/// sorts every table by number, not by localized text.
enum ModelRole : int {
    RawRole = Qt::UserRole + 1, ///< number, date or key behind DisplayRole: sorting, export, charts
    KeyRole = Qt::UserRole + 2, ///< the row's identity ("192.0.2.1", sensor id, flow id), on every column
    DailyRole = Qt::UserRole + 16,      ///< QList<qint64>: packets per day of the period (heat strips)
    DailyMaximumRole = Qt::UserRole + 17, ///< qint64: largest daily value over all rows, one scale for all strips
    FirstDayRole = Qt::UserRole + 18,   ///< QDate: the period's first day (day 0 of DailyRole)
};

} // namespace teiten
