// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace teiten {

/// One stored flow tuple: the packets of one hour, sensor and file that share source, destination,
/// service, well-known source port, TTL, TCP flags, IP length, tool fingerprint, payload summary and
/// (ICMP errors) quoted packet. The hour, sensor and file are those of the segment that holds it
/// (FlowSegmentCodec), so they are not repeated here. Addresses are 16 bytes, IPv4 mapped
/// (IpAddress::bytes()).
struct FlowTuple {
    int64_t firstUs = 0;     ///< first packet's time (UTC µs); inside the segment's hour
    int64_t lastUs = 0;      ///< last packet's time, ≥ firstUs
    int64_t packets = 0;     ///< ≥ 1
    int64_t firstOffset = 0; ///< the first packet's record offset in its capture file, ≥ 0
    uint8_t src[16] = {};
    uint8_t dst[16] = {};
    int32_t port = 0;        ///< service port: TCP/UDP destination port, 0 other protocols, −1 fragments
    int32_t sport = 0;       ///< well-known source port or ICMP type; −1 for a folded ephemeral port
    int32_t dport = 0;       ///< destination port or ICMP code
    int32_t payloadId = 0;   ///< payloads.id, 0 for none
    uint32_t firstSeq = 0;   ///< first packet's TCP sequence number
    uint16_t firstIpId = 0;  ///< first packet's IP ID
    uint16_t firstSport = 0; ///< first packet's real source port
    uint16_t ipLength = 0;
    uint16_t region = 0;     ///< two ASCII letters, first in the high byte
    uint8_t proto = 0;
    uint8_t ttl = 0;
    uint8_t tcpFlags = 0;
    uint8_t fingerprints = 0;
    bool quoted = false;     ///< ICMP errors: a quoted header was decoded; the quoted* fields are set
    uint8_t quotedProto = 0;
    int32_t quotedDport = 0;
    uint8_t quotedSrc[16] = {};
    uint8_t quotedDst[16] = {};
};

} // namespace teiten
