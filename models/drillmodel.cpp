// SPDX-License-Identifier: GPL-3.0-or-later
#include "drillmodel.h"

namespace teiten {

DrillModel::DrillModel(int columnCount, QObject *parent) : QAbstractTableModel(parent), m_columnCount(columnCount) {}

int DrillModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

void DrillModel::setLanguage(const QString &language)
{
    if (language == m_query.language)
        return;
    m_query.language = language;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    emit headerDataChanged(Qt::Horizontal, 0, m_columnCount - 1);
}

void DrillModel::cancelQueries()
{
    ++m_generation;
    setBusy(false);
}

void DrillModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace teiten
