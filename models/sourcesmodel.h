// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVector>

#include "drillmodel.h"
#include "workspacetypes.h"

namespace teiten {

/// The sources behind a drill-down (e.g. everyone who sent 53/UDP in 2013Q3): address, region,
/// packets, share of the filtered total, sensors hit, services, first/last seen, scanner-tool
/// fingerprints and scanner class (known-scanner list kind, else tool), busiest first; and the
/// shares of all matching packets by scanner class. load() queries a worker thread; a newer load() drops an older
/// answer. DisplayRole is localized text, RawRole the number/time/bits (ModelRole), KeyRole the
/// address text. GUI thread.
class SourcesModel : public DrillModel {
    Q_OBJECT
public:
    enum Column {
        AddressColumn, RegionColumn, PacketsColumn, ShareColumn, SensorsColumn, ServicesColumn,
        FirstSeenColumn, LastSeenColumn, FingerprintsColumn, ScannerColumn, ColumnCount
    };

    explicit SourcesModel(QObject *parent = nullptr);

    /// Replaces the rows with the `limit` busiest sources of `query`, in the background.
    void load(const DrillQuery &query, int limit = 1000);
    /// Drops the rows and any query in flight.
    void clear();
    /// Packets of all traffic matching the query (not only the listed sources): the share's base.
    qint64 totalPackets() const { return m_totalPackets; }
    const SourceRow &source(int row) const { return m_rows.at(row); }
    /// A source's scanner class (ScannerShareQuery::classOf with the active scanner list).
    QString scannerClass(int row) const { return m_classes.value(row); }
    /// All matching traffic by scanner class (not only the listed sources), busiest first.
    const QVector<ScannerClassShare> &scannerShares() const { return m_shares; }

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
        QStringList classes;            ///< per row
        QStringList scanners;           ///< per row: known-scanner name, empty if not listed
        QVector<ScannerClassShare> shares;
    };
    QVariant display(const SourceRow &r, int column) const;
    QVariant raw(const SourceRow &r, int column) const;

    QVector<SourceRow> m_rows;
    qint64 m_totalPackets = 0;
    QStringList m_classes;
    QStringList m_scanners;
    QVector<ScannerClassShare> m_shares;
};

} // namespace teiten
