// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

#include "drillmodel.h"
#include "workspacetypes.h"

namespace teiten {

/// The sources behind a drill-down (e.g. everyone who sent 53/UDP in 2013Q3): address, region,
/// packets, share of the filtered total, sensors hit, services, first/last seen and scanner-tool
/// fingerprints, busiest first. load() queries a worker thread; a newer load() drops an older
/// answer. DisplayRole is localized text, RawRole the number/time/bits (ModelRole), KeyRole the
/// address text. GUI thread.
class SourcesModel : public DrillModel {
    Q_OBJECT
public:
    enum Column {
        AddressColumn, RegionColumn, PacketsColumn, ShareColumn, SensorsColumn, ServicesColumn,
        FirstSeenColumn, LastSeenColumn, FingerprintsColumn, ColumnCount
    };

    explicit SourcesModel(QObject *parent = nullptr);

    /// Replaces the rows with the `limit` busiest sources of `query`, in the background.
    void load(const DrillQuery &query, int limit = 1000);
    /// Drops the rows and any query in flight.
    void clear();
    /// Packets of all traffic matching the query (not only the listed sources): the share's base.
    qint64 totalPackets() const { return m_totalPackets; }
    const SourceRow &source(int row) const { return m_rows.at(row); }

    /// "ZMap, Masscan" for fingerprint bits (tool names are not translated).
    static QString fingerprintNames(int bits);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();

private:
    struct Loaded {
        QVector<SourceRow> rows;
        qint64 totalPackets = 0;
    };
    QVariant display(const SourceRow &r, int column) const;
    QVariant raw(const SourceRow &r, int column) const;

    QVector<SourceRow> m_rows;
    qint64 m_totalPackets = 0;
};

} // namespace teiten
