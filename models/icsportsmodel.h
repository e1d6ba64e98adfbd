// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QStringList>
#include <QVector>

#include "result.h"
#include "workspacetypes.h"

namespace teiten {

class IcsPortCatalog;
class ScannerCatalog;
class Workspace;

/// Control-system ports seen in a period: protocol names from the ICS catalogue, packets, sources,
/// onset day (the port's first packet of the period's ICS wave, EventAnalyzer::icsWaves) and the
/// share from known
/// search-engine crawlers. query() runs on a worker thread; setRows() fills the model in one reset
/// on the GUI thread. DisplayRole localized, RawRole numbers/dates, KeyRole the service label.
class IcsPortsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Service, Protocol, Packets, Sources, Onset, CrawlerShare, ColumnCount };
    Q_ENUM(Column)
    struct Row {
        QString service;          ///< "502/TCP"
        QStringList protocols;    ///< "Modbus TCP"
        qint64 packets = 0;
        qint64 sources = 0;
        QDate onset;              ///< invalid: no onset in the period
        double crawlerShare = 0;  ///< packets from known search-engine crawlers / packets
    };

    explicit IcsPortsModel(QObject *parent = nullptr);
    static Result<QVector<Row>> query(Workspace &ws, const Period &period, const IcsPortCatalog &ics,
                                      const ScannerCatalog &scanners);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QVector<Row> &rows);
    const QVector<Row> &rows() const { return m_rows; }

private:
    QVector<Row> m_rows;
};

} // namespace teiten
