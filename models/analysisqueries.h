// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPair>
#include <QVector>

#include "ipaddress.h"
#include "result.h"
#include "workspacetypes.h"

namespace teiten {

class Workspace;

/// Flow tuples of a slice grouped by source, TTL, source port and payload (drill-down statistics).
struct FlowGroup {
    IpAddress src;
    int ttl = 0;
    int srcPort = 0;           ///< the first real source port of the tuple
    int fingerprints = 0;
    PayloadInfo payload;
    qint64 packets = 0;
};

/// One reply-like flow tuple (SYN-ACK, RST, ICMP error or echo reply, DNS or other UDP response).
struct ReplyFlow {
    IpAddress src;
    IpAddress dst;
    QString region;
    int sensorId = 0;
    uint8_t proto = 0;
    int srcPort = 0;           ///< first real source port; ICMP: type
    int dstPort = 0;           ///< ICMP: code
    int tcpFlags = 0;
    bool payloadResponse = false;
    QString payloadKind;
    bool quoted = false;       ///< ICMP errors: the quoted packet's header was stored
    IpAddress quotedSrc;       ///< … its source (backscatter: our sensor address, spoofed)
    IpAddress quotedDst;       ///< … its destination (backscatter: the victim)
    qint64 firstUs = 0;
    qint64 lastUs = 0;
    qint64 packets = 0;
};

/// A source's packets and fingerprint bits in a slice (for scanner-class shares).
struct SourcePackets {
    IpAddress src;
    qint64 packets = 0;
    int fingerprints = 0;
};

/// Requests (TCP SYN, UDP that is no response, ICMP echo request) that one address received for one
/// service in one hour, from many sources (candidates for a spoofed flood at that address).
struct RequestBurst {
    IpAddress dst;
    uint8_t proto = 0;
    int port = 0;              ///< service port (0 for ICMP)
    qint64 hour = 0;           ///< hours since the epoch (UTC)
    int sensorId = 0;
    qint64 sources = 0;        ///< distinct sources
    qint64 packets = 0;
    qint64 firstUs = 0;
    qint64 lastUs = 0;
    int tcpFlags = 0;          ///< flags of the busiest flow tuple (TCP)
    double topSourcePortShare = 0;     ///< share of the packets from the most common source port
    QVector<QPair<int, qint64>> ttls;  ///< TTL → packets, busiest first
    qint64 sourcesElsewhere = 0;       ///< of the sources, those also seen at another address within a day
};

/// Read-only queries the analysis needs beyond Workspace's own: drill-down groups, reply-like flows
/// for backscatter, request bursts, per-source packets for scanner shares and per-sensor packets of
/// chosen sources. All read the stored flow tuples (FlowSegmentScan, SourcePartitionScan). Lives
/// on the thread that owns the Workspace.
class AnalysisQueries {
    Q_DECLARE_TR_FUNCTIONS(AnalysisQueries)
public:
    explicit AnalysisQueries(Workspace &workspace) : m_ws(workspace) {}

    /// Flow tuples in [startUs, endUs) matching `filter`, grouped; at most `limit` groups by packets.
    Result<QVector<FlowGroup>> flowGroups(qint64 startUs, qint64 endUs, const QueryFilter &filter, int limit = 20000);
    /// Reply-like flows in [startUs, endUs) (see ReplyFlow).
    Result<QVector<ReplyFlow>> replyFlows(qint64 startUs, qint64 endUs, const QueryFilter &filter = {});
    /// Hours in which one address received requests for one service from at least `minSources`
    /// sources, with their TTL histogram and how many of the sources were also seen at other
    /// addresses in the surrounding day.
    Result<QVector<RequestBurst>> requestBursts(qint64 startUs, qint64 endUs, int minSources);
    /// Every source of the slice with its packets and fingerprint bits.
    Result<QVector<SourcePackets>> sourcePackets(qint64 startUs, qint64 endUs, const QueryFilter &filter);
    /// Packets per sensor id from any of `sources` in the slice (sensors without any are absent):
    /// one read of the slice for all of them, where a sensor breakdown per source reads it per source.
    Result<QHash<int, qint64>> sensorPacketsFrom(qint64 startUs, qint64 endUs, const QueryFilter &filter,
                                                 const QVector<IpAddress> &sources);

private:
    Workspace &m_ws;
};

} // namespace teiten
