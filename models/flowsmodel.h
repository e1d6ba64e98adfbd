// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QStringList>
#include <QVector>

#include "drillmodel.h"
#include "ipaddress.h"
#include "workspacetypes.h"

namespace teiten {

/// The flow tuples of a drill-down, oldest first, loaded lazily: load() fetches one page (pageSize()
/// rows, 500 by default) and every fetchMore() — called by views as they scroll to the end — fetches
/// the next through keyset paging on (first time, id) in a worker thread, then inserts it with one
/// beginInsertRows. Nothing ever counts or reads all matching flows, so ten million of them open
/// and scroll like five hundred. A newer load() drops pages still in flight. Rows are stored
/// compactly (about 120 bytes each; sensor, region and payload text are shared) because a long
/// scroll keeps every page it passed. DisplayRole localized, RawRole numbers, KeyRole the flow id.
/// GUI thread.
class FlowsModel : public DrillModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn, SensorColumn, SourceColumn, RegionColumn, DestinationColumn, SourcePortColumn,
        DestinationPortColumn, FlagsColumn, TtlColumn, IpLengthColumn, PacketsColumn, PayloadColumn,
        ColumnCount
    };
    static constexpr int DefaultPageSize = 500;

    explicit FlowsModel(QObject *parent = nullptr);

    /// Empties the model and fetches the first page of `query` in the background.
    void load(const DrillQuery &query);
    void clear();
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    /// True once a page came back short: every matching flow is loaded.
    bool isComplete() const { return m_atEnd; }
    /// The stored flow of a row (payload detail reduced to its summary text).
    FlowRow flow(int row) const;
    QString payloadText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// A page arrived with `rows` flows (0 at the end).
    void pageLoaded(int rows);

private:
    struct Page {
        QVector<FlowRow> rows;
        QStringList payloads; ///< FlowText::payload() per row, formatted off the GUI thread
    };
    struct Entry {
        qint64 id = 0;
        qint64 firstUs = 0;
        qint64 lastUs = 0;
        qint64 packets = 0;
        IpAddress src;
        IpAddress dst;
        qint32 srcPort = 0;
        qint32 firstSrcPort = 0;
        qint32 dstPort = 0;
        qint32 servicePort = 0;
        quint32 firstSeq = 0;
        quint16 ipLength = 0;
        quint16 firstIpId = 0;
        qint32 sensorId = 0;
        quint32 sensor = 0;  ///< index into m_strings
        quint32 region = 0;  ///< index into m_strings
        quint32 payload = 0; ///< index into m_strings
        quint8 proto = 0;
        quint8 ttl = 0;
        quint8 tcpFlags = 0;
        quint8 fingerprints = 0;
    };
    void requestPage();
    void appendPage(const Page &page);
    void queryFailed() override;
    quint32 intern(const QString &text);
    QVariant display(const Entry &e, int column) const;
    QVariant raw(const Entry &e, int column) const;

    QVector<Entry> m_rows;
    QStringList m_strings; ///< index 0 is the empty string
    QHash<QString, quint32> m_stringIndex;
    int m_pageSize = DefaultPageSize;
    bool m_atEnd = true;
};

} // namespace teiten
