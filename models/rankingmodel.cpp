// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankingmodel.h"

#include <QLocale>

#include "regionnames.h"
#include "scannersharequery.h"
#include "servicenames.h"

namespace teiten {

RankingModel::RankingModel(QObject *parent) : QAbstractTableModel(parent) {}

void RankingModel::setRanking(const Ranking &ranking, int defaultChecked)
{
    beginResetModel();
    const bool keepChecks = std::any_of(ranking.rows.begin(), ranking.rows.end(),
                                        [this](const RankRow &r) { return m_checked.contains(r.key); });
    const bool sameDimension = ranking.dimension == m_ranking.dimension;
    m_ranking = ranking;
    if (!keepChecks || !sameDimension) {
        m_checked.clear();
        for (int i = 0; i < ranking.rows.size() && i < defaultChecked; ++i)
            m_checked.insert(ranking.rows[i].key);
    }
    endResetModel();
    emit checkedKeysChanged(checkedKeys());
}

void RankingModel::clear()
{
    beginResetModel();
    m_ranking.rows.clear();
    m_ranking.totalPackets = 0;
    m_ranking.totalSources = 0;
    m_checked.clear();
    endResetModel();
    emit checkedKeysChanged({});
}

void RankingModel::setComparePrevious(bool on)
{
    if (on == m_comparePrevious)
        return;
    m_comparePrevious = on;
    if (!m_ranking.rows.isEmpty())
        emit dataChanged(index(0, PreviousColumn), index(rowCount() - 1, PreviousColumn));
}

void RankingModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_ranking.rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QStringList RankingModel::checkedKeys() const
{
    QStringList keys;
    for (const RankRow &r : m_ranking.rows)
        if (m_checked.contains(r.key))
            keys << r.key;
    return keys;
}

void RankingModel::setCheckedKeys(const QStringList &keys)
{
    const QSet<QString> wanted(keys.begin(), keys.end());
    if (wanted == m_checked)
        return;
    m_checked = wanted;
    if (!m_ranking.rows.isEmpty())
        emit dataChanged(index(0, KeyColumn), index(rowCount() - 1, KeyColumn), {Qt::CheckStateRole});
    emit checkedKeysChanged(checkedKeys());
}

void RankingModel::followTopN(int previous, int current, int maxChecked)
{
    QSet<QString> wanted = m_checked;
    for (int i = 0; i < m_ranking.rows.size(); ++i) {
        const QString &key = m_ranking.rows[i].key;
        const int rank = i + 1;
        const bool shown = current <= 0 || rank <= current;
        const bool wasShown = previous <= 0 || rank <= previous;
        if (!shown)
            wanted.remove(key);
        else if (!wasShown && wanted.size() < maxChecked)
            wanted.insert(key);
    }
    QStringList keys(wanted.begin(), wanted.end());
    setCheckedKeys(keys);
}

QString RankingModel::keyAt(int row) const
{
    return row >= 0 && row < m_ranking.rows.size() ? m_ranking.rows[row].key : QString();
}

int RankingModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < m_ranking.rows.size(); ++i)
        if (m_ranking.rows[i].key == key)
            return i;
    return -1;
}

QString RankingModel::nameOf(const QString &key) const
{
    if (m_ranking.dimension == Dimension::Region)
        return RegionNames::name(key, m_language);
    return ServiceNames::name(key);
}

RankingModel::Trend RankingModel::trendOf(const RankRow &row)
{
    if (row.previousRank == 0)
        return Trend::New;
    if (row.previousRank > row.rank)
        return Trend::Up;
    if (row.previousRank < row.rank)
        return Trend::Down;
    return Trend::Same;
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ranking.rows.size());
}

int RankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankingModel::raw(const RankRow &row, int column) const
{
    switch (column) {
    case RankColumn: return row.rank;
    case KeyColumn: {
        // Services sort by protocol then port number, not as text ("1433/TCP" after "445/TCP").
        if (m_ranking.dimension == Dimension::Service)
            if (const auto k = ServiceKey::parse(row.key))
                return qint64(k->proto) * 100000 + k->port;
        return row.key;
    }
    case NameColumn: return nameOf(row.key);
    case PacketsColumn: return row.packets;
    case ShareColumn: return row.share;
    case SourcesColumn: return row.sources;
    case PreviousColumn:
        // New entries sort after every ranked one.
        return m_comparePrevious ? (row.previousRank == 0 ? std::numeric_limits<int>::max() : row.previousRank) : 0;
    case ScannersColumn: return ScannerShareQuery::identifiedShare(row.scannerShares);
    }
    return {};
}

QVariant RankingModel::display(const RankRow &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case RankColumn: return locale.toString(row.rank);
    case KeyColumn: return row.key;
    case NameColumn: return nameOf(row.key);
    case PacketsColumn: return locale.toString(row.packets);
    case ShareColumn:
        //: a share of all packets, e.g. "12.34%"; %1 is the localised number
        return tr("%1%").arg(locale.toString(row.share * 100.0, 'f', 2));
    case SourcesColumn: return locale.toString(row.sources);
    case PreviousColumn:
        if (!m_comparePrevious)
            return QString();
        //: previous-period rank column: the key was not ranked in the previous period
        return row.previousRank == 0 ? tr("new") : locale.toString(row.previousRank);
    case ScannersColumn: return ScannerShareQuery::summary(row.scannerShares, locale);
    }
    return {};
}

QString RankingModel::previousTooltip(const RankRow &row) const
{
    const QLocale locale;
    switch (trendOf(row)) {
    case Trend::New: return tr("Not seen in %1").arg(m_ranking.previous.text());
    case Trend::Up:
        return tr("Up from rank %1 in %2 (%3 packets)")
            .arg(row.previousRank).arg(m_ranking.previous.text(), locale.toString(row.previousPackets));
    case Trend::Down:
        return tr("Down from rank %1 in %2 (%3 packets)")
            .arg(row.previousRank).arg(m_ranking.previous.text(), locale.toString(row.previousPackets));
    case Trend::Same:
        return tr("Same rank in %1 (%2 packets)").arg(m_ranking.previous.text(), locale.toString(row.previousPackets));
    case Trend::None: break;
    }
    return {};
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RankRow &row = m_ranking.rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(row, column);
    case RawRole: return raw(row, column);
    case KeyRole: return row.key;
    case PreviousPacketsRole: return row.previousPackets;
    case TrendRole:
        if (column != PreviousColumn)
            return {};
        return QVariant::fromValue(m_comparePrevious ? trendOf(row) : Trend::None);
    case Qt::CheckStateRole:
        if (column == KeyColumn)
            return m_checked.contains(row.key) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (column == KeyColumn || column == NameColumn || column == ScannersColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == PreviousColumn && m_comparePrevious)
            return previousTooltip(row);
        if (column == KeyColumn)
            return tr("Show %1 in the chart").arg(row.key);
        if (column == ScannersColumn && !row.scannerShares.isEmpty())
            return ScannerShareQuery::explanation(row.scannerShares, row.key, QLocale());
        return {};
    }
    return {};
}

bool RankingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != KeyColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString key = m_ranking.rows[index.row()].key;
    const bool on = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
    if (on == m_checked.contains(key))
        return true;
    if (on)
        m_checked.insert(key);
    else
        m_checked.remove(key);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedKeysChanged(checkedKeys());
    return true;
}

Qt::ItemFlags RankingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == KeyColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool regions = m_ranking.dimension == Dimension::Region;
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RankColumn: return tr("Rank");
        case KeyColumn: return regions ? tr("Region") : tr("Port");
        case NameColumn: return regions ? tr("Name") : tr("Service");
        case PacketsColumn: return tr("Packets");
        case ShareColumn: return tr("Share");
        case SourcesColumn: return tr("Sources");
        case PreviousColumn:
            //: column header: rank in the previous period
            return tr("Previous");
        case ScannersColumn:
            //: column header: share of packets from known scanners and scanning tools
            return tr("Scanners");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SourcesColumn: return tr("Distinct source addresses");
        case ShareColumn: return tr("Share of all packets in the period");
        case PreviousColumn: return tr("Rank in the previous period");
        case NameColumn: return regions ? QVariant() : tr("IANA service name");
        case ScannersColumn:
            return tr("Share of the packets from known research and search-engine scanners (by list) and from "
                      "ZMap, Masscan and Mirai (by packet fingerprint)");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return (section == KeyColumn || section == NameColumn || section == ScannersColumn)
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace teiten
