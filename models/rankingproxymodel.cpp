// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankingproxymodel.h"

#include "rankingmodel.h"

namespace teiten {

RankingProxyModel::RankingProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RankingModel::RawRole);
    setDynamicSortFilter(true);
}

void RankingProxyModel::setTopN(int n)
{
    if (n == m_topN || n < 0)
        return;
    m_topN = n;
    invalidateFilter();
}

bool RankingProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_topN <= 0)
        return true;
    const QModelIndex rank = sourceModel()->index(sourceRow, RankingModel::RankColumn, sourceParent);
    return rank.data(RankingModel::RawRole).toInt() <= m_topN;
}

} // namespace teiten
