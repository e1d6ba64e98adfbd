// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>

#include "flowsegmentstore.h"
#include "packetrecord.h"
#include "result.h"

namespace teiten {

class SqliteDatabase;
class SqliteStatement;

/// Aggregates one capture file's packets in memory into flow tuples (Corsaro FlowTuple-like:
/// hour, sensor, source, destination, service, well-known source port, TTL, TCP flags, IP length,
/// tool fingerprint, payload summary, and for ICMP errors the quoted packet's addresses → packets) and
/// writes them, packed in segments (FlowSegmentStore), with the hourly roll-ups derived from them,
/// into the workspace. Everything per source is read from the tuples (SourcePartitionScan). The caller owns the transaction; memory
/// stays bounded because the tuples are flushed whenever `maxFlows` is reached.
/// Owning thread: the import thread.
class IngestWriter {
public:
    explicit IngestWriter(SqliteDatabase &db, size_t maxFlows = 400000);
    ~IngestWriter();
    Status prepare();

    /// Starts a file (rows are tagged with its id so a forced re-import can remove them).
    void beginFile(qint64 fileId);
    /// Adds one decoded packet. `region` is two packed ASCII letters.
    Status add(const PacketRecord &p, int sensorId, uint16_t region, int64_t fileOffset);
    /// Writes everything aggregated so far.
    Status flush();
    /// Forgets cached payload ids (after a rollback their rows are gone).
    void forgetCaches();

    /// Tool fingerprint bits (workspacetypes.h fingerprint::) of one packet.
    static int fingerprintOf(const PacketRecord &p);
    /// Service port as ranked: TCP/UDP destination port, 0 for ICMP and others, −1 for fragments.
    static int servicePortOf(const PacketRecord &p);

private:
    struct FlowKey {
        int32_t hour;
        int32_t sensorId;
        uint8_t src[16];
        uint8_t dst[16];
        int32_t port;
        int32_t sport;
        int32_t dport;
        int32_t payloadId;
        uint16_t ipLength;
        uint8_t proto;
        uint8_t ttl;
        uint8_t flags;
        uint8_t fingerprints;
        uint8_t quotedProto;   ///< ICMP errors: the quoted packet's protocol
        bool quoted;           ///< ICMP errors: a quoted header was decoded
        uint8_t quotedSrc[16]; ///< … its source (in backscatter: our sensor address, spoofed)
        uint8_t quotedDst[16]; ///< … its destination (in backscatter: the victim)
        int32_t quotedDport;
        uint8_t pad[4];
        bool operator==(const FlowKey &o) const { return std::memcmp(this, &o, sizeof *this) == 0; }
    };
    struct FlowKeyHash {
        size_t operator()(const FlowKey &k) const noexcept;
    };
    struct FlowValue {
        int64_t packets;
        int64_t bytes;
        int64_t firstUs;
        int64_t lastUs;
        int64_t firstOffset;
        uint32_t firstSeq;
        uint16_t firstIpId;
        uint16_t firstSport;
        uint16_t region;
    };

    Result<int32_t> payloadId(const PayloadSummary &s);
    static FlowTuple tupleOf(const FlowKey &k, const FlowValue &v);

    SqliteDatabase &m_db;
    FlowSegmentStore m_segments;
    size_t m_maxFlows;
    qint64 m_fileId = 0;
    std::unordered_map<FlowKey, FlowValue, FlowKeyHash> m_flows;
    std::unordered_map<std::string, int32_t> m_payloadIds;
    std::unique_ptr<SqliteStatement> m_insertRollups, m_findPayload, m_insertPayload;
};

} // namespace teiten
