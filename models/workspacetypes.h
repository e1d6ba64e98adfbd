// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include "ipaddress.h"
#include "period.h"
#include "servicekey.h"

namespace teiten {

/// What a ranking or series is keyed by.
enum class Dimension { Service, Region };
enum class Bucket { Hour, Day };

/// Restricts every query to a subset of the traffic. Empty members mean "no restriction".
/// Every value reaches SQL as a bound parameter.
struct QueryFilter {
    QList<int> sensorIds;                 ///< only these sensors (empty: all)
    std::optional<ServiceKey> service;    ///< one service (e.g. 53/UDP)
    std::optional<uint8_t> proto;         ///< one IP protocol
    std::optional<int> port;              ///< one destination port, any protocol
    QString region;                       ///< one source region (ISO code)
    std::optional<IpPrefix> sourcePrefix; ///< sources inside this prefix
    /// The hourly roll-ups have no source: a filter naming sources is answered from the flow tuples.
    bool needsFlowTuples() const { return sourcePrefix.has_value(); }
};

struct SensorInfo {
    int id = 0;
    QString name;
    QString region;
    QString label;
    bool included = true;
    QStringList addresses;
    qint64 files = 0;
    qint64 packets = 0;
    qint64 firstUs = 0;
    qint64 lastUs = 0;
};

struct FileRecord {
    enum class Status { Ok, Partial, Failed };
    qint64 id = 0;
    QString path;
    qint64 size = 0;
    QString hash;
    QString sensor;
    QString format;
    int linkType = -1;
    qint64 firstUs = 0;
    qint64 lastUs = 0;
    qint64 packets = 0;    ///< IP packets stored
    qint64 nonIp = 0;      ///< valid frames without IP (ARP, …), not counted
    qint64 malformed = 0;  ///< frames whose IP header was broken
    Status status = Status::Ok;
    QString message;
    qint64 importedAtUs = 0;
    static QString statusName(Status s);
    static Status statusFromName(const QString &s);
};

/// Packets of a key by scanner class ("search-engine", "zmap", "masscan", "mirai", "other"); see
/// ScannerShareQuery.
struct ScannerClassShare {
    QString scannerClass;
    qint64 packets = 0;
    qint64 sources = 0;
    double share = 0;
};

struct RankRow {
    int rank = 0;
    QString key;              ///< "445/TCP" or "CN"
    qint64 packets = 0;
    double share = 0;         ///< of the period's total, 0..1
    qint64 sources = 0;       ///< distinct source addresses
    int previousRank = 0;     ///< 0: not seen in the previous period
    qint64 previousPackets = 0;
    /// By scanner class, busiest first; empty until ScannerShareQuery::annotate() fills it.
    QVector<ScannerClassShare> scannerShares;
};

struct Ranking {
    Dimension dimension = Dimension::Service;
    Period period;
    Period previous;
    qint64 totalPackets = 0;
    qint64 totalSources = 0;
    qint64 previousTotalPackets = 0;
    QVector<RankRow> rows;    ///< by packets, descending; ties by key
};

struct SeriesSet {
    Dimension dimension = Dimension::Service;
    Bucket bucket = Bucket::Day;
    Period period;
    int dayOffsetMinutes = 0;
    QVector<qint64> bucketStartUs;      ///< one per bucket, UTC
    QStringList keys;
    QVector<QVector<qint64>> values;    ///< [key][bucket]
    QVector<qint64> totals;             ///< all traffic matching the filter, per bucket
};

struct SourceRow {
    IpAddress address;
    QString region;
    qint64 packets = 0;
    int sensorsHit = 0;
    int services = 0;
    qint64 firstUs = 0;
    qint64 lastUs = 0;
    int fingerprints = 0;     ///< fingerprint bits borne by every packet of this source in the slice
};

struct SensorActivity {
    int sensorId = 0;
    QString sensor;
    qint64 packets = 0;
    qint64 sources = 0;
    QVector<qint64> daily;    ///< per day of the period
};

struct SensorBreakdown {
    Period period;
    int dayOffsetMinutes = 0;
    QVector<SensorActivity> sensors; ///< every sensor, by packets descending
};

/// Tool fingerprints recognised per packet at ingest (bits in flow rows).
namespace fingerprint {
constexpr int ZMap = 1;      ///< IPv4 ID 54321
constexpr int Masscan = 2;   ///< IP ID == (dst ^ dport ^ seq) & 0xffff
constexpr int Mirai = 4;     ///< TCP seq == destination address
} // namespace fingerprint

struct PayloadInfo {
    QString kind;             ///< payloadKindName(), empty if none
    bool response = false;
    QString qname;
    int qtype = 0;
    bool rd = false;
    int ednsSize = 0;
    int ntpMode = 0;
    int ntpCode = 0;
    QString detail;
};

struct FlowRow {
    qint64 id = 0;
    qint64 firstUs = 0;
    qint64 lastUs = 0;
    int sensorId = 0;
    QString sensor;
    IpAddress src;
    IpAddress dst;
    ServiceKey service;
    uint8_t proto = 0;
    int srcPort = 0;          ///< −1: ephemeral ports folded together (see firstSrcPort)
    int firstSrcPort = 0;
    int dstPort = 0;          ///< ICMP: type in srcPort, code in dstPort
    int ttl = 0;
    int tcpFlags = 0;
    int ipLength = 0;
    int fingerprints = 0;
    int firstIpId = 0;
    qint64 firstSeq = 0;
    qint64 packets = 0;
    QString region;
    PayloadInfo payload;
    qint64 fileId = 0;
    qint64 fileOffset = -1;
};

/// Keyset position for paging flows in (firstUs, id) order.
struct FlowCursor {
    qint64 firstUs = 0;
    qint64 id = 0;
};

} // namespace teiten
