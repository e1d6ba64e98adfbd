// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowsmodel.h"

#include "displayformat.h"
#include "flowtext.h"
#include "modelroles.h"
#include "regionnames.h"

namespace teiten {

FlowsModel::FlowsModel(QObject *parent) : DrillModel(ColumnCount, parent)
{
    m_strings << QString();
    m_stringIndex.insert(QString(), 0);
}

void FlowsModel::load(const DrillQuery &query)
{
    clear();
    m_query = query;
    if (!query.isValid())
        return;
    m_atEnd = false;
    requestPage();
}

void FlowsModel::clear()
{
    cancelQueries(); // pages still in flight belong to the old query
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_strings = QStringList{QString()};
    m_stringIndex.clear();
    m_stringIndex.insert(QString(), 0);
    m_atEnd = true;
    endResetModel();
}

void FlowsModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

bool FlowsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_query.isValid();
}

void FlowsModel::fetchMore(const QModelIndex &parent)
{
    // Views call this repeatedly while they sit at the bottom; one page in flight is enough.
    if (!canFetchMore(parent) || isBusy())
        return;
    requestPage();
}

void FlowsModel::requestPage()
{
    std::optional<FlowCursor> after;
    if (!m_rows.isEmpty())
        after = FlowCursor{m_rows.constLast().firstUs, m_rows.constLast().id};
    const Period period = m_query.period;
    const QueryFilter filter = m_query.filter;
    const int limit = m_pageSize;
    startQuery<Page>(
        [period, filter, after, limit](Workspace &ws) -> Result<Page> {
            auto rows = ws.flows(period, filter, after, limit);
            if (!rows)
                return rows.error();
            Page page;
            page.rows = std::move(*rows);
            page.payloads.reserve(page.rows.size());
            for (const FlowRow &r : std::as_const(page.rows))
                page.payloads << FlowText::payload(r.payload);
            return page;
        },
        [this](const Page &page) {
            appendPage(page);
            emit pageLoaded(int(page.rows.size()));
        });
}

void FlowsModel::queryFailed()
{
    // Stop here: a view sitting at the bottom would otherwise retry forever.
    m_atEnd = true;
}

quint32 FlowsModel::intern(const QString &text)
{
    const auto it = m_stringIndex.constFind(text);
    if (it != m_stringIndex.constEnd())
        return *it;
    const quint32 i = quint32(m_strings.size());
    m_strings << text;
    m_stringIndex.insert(text, i);
    return i;
}

void FlowsModel::appendPage(const Page &page)
{
    const int n = int(page.rows.size());
    if (n < m_pageSize)
        m_atEnd = true;
    if (n > 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()) + n - 1);
        m_rows.reserve(m_rows.size() + n);
        for (int i = 0; i < n; ++i) {
            const FlowRow &r = page.rows[i];
            Entry e;
            e.id = r.id;
            e.firstUs = r.firstUs;
            e.lastUs = r.lastUs;
            e.packets = r.packets;
            e.src = r.src;
            e.dst = r.dst;
            e.srcPort = r.srcPort;
            e.firstSrcPort = r.firstSrcPort;
            e.dstPort = r.dstPort;
            e.servicePort = r.service.port;
            e.firstSeq = quint32(r.firstSeq);
            e.ipLength = quint16(r.ipLength);
            e.firstIpId = quint16(r.firstIpId);
            e.sensorId = r.sensorId;
            e.sensor = intern(r.sensor);
            e.region = intern(r.region);
            e.payload = intern(page.payloads.value(i));
            e.proto = r.proto;
            e.ttl = quint8(r.ttl);
            e.tcpFlags = quint8(r.tcpFlags);
            e.fingerprints = quint8(r.fingerprints);
            m_rows.push_back(e);
        }
        endInsertRows();
    }
}

FlowRow FlowsModel::flow(int row) const
{
    const Entry &e = m_rows.at(row);
    FlowRow r;
    r.id = e.id;
    r.firstUs = e.firstUs;
    r.lastUs = e.lastUs;
    r.sensorId = e.sensorId;
    r.sensor = m_strings.at(e.sensor);
    r.src = e.src;
    r.dst = e.dst;
    r.proto = e.proto;
    r.service = ServiceKey{e.proto, e.servicePort};
    r.srcPort = e.srcPort;
    r.firstSrcPort = e.firstSrcPort;
    r.dstPort = e.dstPort;
    r.ttl = e.ttl;
    r.tcpFlags = e.tcpFlags;
    r.ipLength = e.ipLength;
    r.fingerprints = e.fingerprints;
    r.firstIpId = e.firstIpId;
    r.firstSeq = e.firstSeq;
    r.packets = e.packets;
    r.region = m_strings.at(e.region);
    r.payload.detail = m_strings.at(e.payload);
    return r;
}

QString FlowsModel::payloadText(int row) const
{
    return m_strings.at(m_rows.at(row).payload);
}

int FlowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FlowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(e, index.column());
    case RawRole: return raw(e, index.column());
    case KeyRole: return e.id;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            //: %1 and %2 are times; one flow tuple aggregates the packets of one hour.
            return tr("First packet %1, last packet %2")
                .arg(DisplayFormat::dateTime(e.firstUs, m_query.utcOffsetMinutes),
                     DisplayFormat::dateTime(e.lastUs, m_query.utcOffsetMinutes));
        if (index.column() == PayloadColumn)
            return m_strings.at(e.payload);
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SourcePortColumn: case DestinationPortColumn: case TtlColumn: case IpLengthColumn: case PacketsColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    default: return {};
    }
}

QVariant FlowsModel::display(const Entry &e, int column) const
{
    switch (column) {
    case TimeColumn: return DisplayFormat::dateTime(e.firstUs, m_query.utcOffsetMinutes);
    case SensorColumn: return m_strings.at(e.sensor);
    case SourceColumn: return e.src.toString();
    case RegionColumn: return RegionNames::name(m_strings.at(e.region), m_query.language);
    case DestinationColumn: return e.dst.toString();
    case SourcePortColumn: case DestinationPortColumn: {
        FlowRow r;
        r.proto = e.proto;
        r.service = ServiceKey{e.proto, e.servicePort};
        r.srcPort = e.srcPort;
        r.firstSrcPort = e.firstSrcPort;
        r.dstPort = e.dstPort;
        return column == SourcePortColumn ? FlowText::sourcePort(r) : FlowText::destinationPort(r);
    }
    case FlagsColumn: return e.proto == 6 ? FlowText::tcpFlags(e.tcpFlags) : QString();
    case TtlColumn: return int(e.ttl);
    case IpLengthColumn: return int(e.ipLength);
    case PacketsColumn: return DisplayFormat::locale(m_query.language).toString(e.packets);
    case PayloadColumn: return m_strings.at(e.payload);
    default: return {};
    }
}

QVariant FlowsModel::raw(const Entry &e, int column) const
{
    switch (column) {
    case TimeColumn: return e.firstUs;
    case SensorColumn: return m_strings.at(e.sensor);
    case SourceColumn: return e.src.blob();
    case RegionColumn: return m_strings.at(e.region);
    case DestinationColumn: return e.dst.blob();
    case SourcePortColumn: return e.srcPort < 0 ? e.firstSrcPort : e.srcPort;
    case DestinationPortColumn: return e.dstPort;
    case FlagsColumn: return int(e.tcpFlags);
    case TtlColumn: return int(e.ttl);
    case IpLengthColumn: return int(e.ipLength);
    case PacketsColumn: return e.packets;
    case PayloadColumn: return m_strings.at(e.payload);
    default: return {};
    }
}

QVariant FlowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: %1 is the clock, "UTC" or "UTC+09:00".
    case TimeColumn: return tr("Time (%1)").arg(DisplayFormat::utcOffset(m_query.utcOffsetMinutes));
    case SensorColumn: return tr("Sensor");
    case SourceColumn: return tr("Source");
    case RegionColumn: return tr("Region");
    case DestinationColumn: return tr("Destination");
    case SourcePortColumn: return tr("Src port / type");
    case DestinationPortColumn: return tr("Dst port / code");
    case FlagsColumn: return tr("Flags");
    case TtlColumn: return tr("TTL");
    case IpLengthColumn: return tr("IP length");
    case PacketsColumn: return tr("Packets");
    case PayloadColumn: return tr("Payload");
    default: return {};
    }
}

} // namespace teiten
