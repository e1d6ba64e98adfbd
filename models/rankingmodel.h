// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

#include "workspacetypes.h"

namespace teiten {

/// One ranking (ports or regions of a period) as a table: rank, label, name, packets, share,
/// distinct sources, the previous period's rank and the share from identified scanners (the rows'
/// RankRow::scannerShares: "crawlers 41.0 %", every class with its share in the tooltip; RawRole the
/// identified share). The label column is checkable ("show in chart").
/// DisplayRole is localised text (QLocale default); RawRole holds numbers for sorting and export;
/// TrendRole tells widgets which marker to paint. GUI thread; fed from query results.
class RankingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RankColumn, KeyColumn, NameColumn, PacketsColumn, ShareColumn, SourcesColumn,
                  PreviousColumn, ScannersColumn, ColumnCount };
    enum Role {
        RawRole = Qt::UserRole + 1, ///< number (rank, packets, share…) or key text: sort and export
        KeyRole,                    ///< "445/TCP" / "CN" on every column
        TrendRole,                  ///< Trend, on PreviousColumn
        PreviousPacketsRole,        ///< packets in the previous period
    };
    enum class Trend { None, Same, Up, Down, New };
    Q_ENUM(Trend)

    explicit RankingModel(QObject *parent = nullptr);

    /// Replaces the rows. Keys checked before stay checked when still present; when none is, the
    /// first `defaultChecked` rows are checked.
    void setRanking(const Ranking &ranking, int defaultChecked = 5);
    void clear();
    const Ranking &ranking() const { return m_ranking; }
    Dimension dimension() const { return m_ranking.dimension; }
    bool comparesPrevious() const { return m_comparePrevious; }
    void setComparePrevious(bool on);
    /// "ja" or "en": the language of region and service names.
    void setLanguage(const QString &language);

    QStringList checkedKeys() const;   ///< in rank order
    void setCheckedKeys(const QStringList &keys);
    /// The shown rows changed from the top `previous` to the top `current` (0: all): rows no longer
    /// shown lose their tick (a hidden row must not stay charted), rows newly shown get one, up to
    /// `maxChecked` ticks in all (so "all" never charts thousands of series).
    void followTopN(int previous, int current, int maxChecked);
    QString keyAt(int row) const;
    int rowOfKey(const QString &key) const;
    /// The localised name column text for a key (IANA service name or region name).
    QString nameOf(const QString &key) const;
    static Trend trendOf(const RankRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedKeysChanged(const QStringList &keys);

private:
    QVariant display(const RankRow &row, int column) const;
    QVariant raw(const RankRow &row, int column) const;
    QString previousTooltip(const RankRow &row) const;

    Ranking m_ranking;
    QSet<QString> m_checked;
    QString m_language = QStringLiteral("en");
    bool m_comparePrevious = true;
};

} // namespace teiten
