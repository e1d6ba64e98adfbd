// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
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

/// Read-only SQL the analysis needs beyond Workspace's own queries: drill-down groups, reply-like
/// flows for backscatter, per-source packets for scanner shares. Every value is bound through
/// SqlWhere. Lives on the thread that owns the Workspace.
class AnalysisQueries {
    Q_DECLARE_TR_FUNCTIONS(AnalysisQueries)
public:
    explicit AnalysisQueries(Workspace &workspace) : m_ws(workspace) {}

    /// Flow tuples in [startUs, endUs) matching `filter`, grouped; at most `limit` groups by packets.
    Result<QVector<FlowGroup>> flowGroups(qint64 startUs, qint64 endUs, const QueryFilter &filter, int limit = 20000);
    /// Reply-like flows in [startUs, endUs) (see ReplyFlow).
    Result<QVector<ReplyFlow>> replyFlows(qint64 startUs, qint64 endUs, const QueryFilter &filter = {});
    /// Every source of the slice with its packets and fingerprint bits.
    Result<QVector<SourcePackets>> sourcePackets(qint64 startUs, qint64 endUs, const QueryFilter &filter);

private:
    Workspace &m_ws;
};

} // namespace teiten
