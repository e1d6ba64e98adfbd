// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstring>
#include <vector>

#include "payloadsummary.h"

namespace teiten {

/// Sensor ids a FlowBatch may carry before the import thread knows the real ones: the reading
/// thread has no database, so "the file's sensor" and "unassigned" are resolved when written.
namespace batchsensor {
constexpr int32_t FileSensor = -1; ///< the sensor the file was given (command line or folder)
constexpr int32_t Unassigned = -2; ///< a destination no sensor's addresses cover
} // namespace batchsensor

/// What makes packets one flow tuple (FlowTuple without the per-tuple first/last values). Compared
/// and hashed as bytes, so it is zeroed before it is filled (padding included).
struct FlowKey {
    int32_t hour;
    int32_t sensorId;      ///< sensors.id, or a batchsensor:: placeholder
    uint8_t src[16];
    uint8_t dst[16];
    int32_t port;
    int32_t sport;
    int32_t dport;
    int32_t payloadId;     ///< in a FlowBatch: 1 + index into FlowBatch::payloads, 0 for none
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
static_assert(sizeof(FlowKey) % 8 == 0, "hashed eight bytes at a time");

/// The values a flow tuple accumulates.
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

struct FlowEntry {
    FlowKey key;
    FlowValue value;
};

/// Flow tuples of part of one capture file, aggregated on the reading thread and handed to the
/// import thread to be written (IngestWriter::write). Payload summaries travel with the batch
/// because their workspace ids come from the database.
struct FlowBatch {
    std::vector<FlowEntry> flows;
    std::vector<PayloadSummary> payloads;
    bool empty() const { return flows.empty(); }
};

} // namespace teiten
