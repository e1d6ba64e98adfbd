// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace teiten {

/// Sorts a RankingModel by raw values (RawRole) and keeps only its top N ranks (0 = all), so a
/// table can re-sort its visible rows without losing which rows are the top N. GUI thread.
class RankingProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RankingProxyModel(QObject *parent = nullptr);
    int topN() const { return m_topN; }
    void setTopN(int n);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_topN = 0;
};

} // namespace teiten
