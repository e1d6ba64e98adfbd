// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

#include "ipaddress.h"
#include "payloadsummary.h"

namespace teiten {

/// IP protocol numbers Teiten ranks by name.
namespace ipproto {
constexpr uint8_t Icmp = 1;
constexpr uint8_t Tcp = 6;
constexpr uint8_t Udp = 17;
constexpr uint8_t Icmpv6 = 58;
} // namespace ipproto

/// TCP flag bits as on the wire (byte 13 of the TCP header).
namespace tcpflag {
constexpr uint8_t Fin = 0x01, Syn = 0x02, Rst = 0x04, Psh = 0x08, Ack = 0x10, Urg = 0x20, Ece = 0x40, Cwr = 0x80;
}

/// One decoded packet, the unit that flows from PacketDecoder into ingest. Plain data; `l4Payload`
/// points into the capture buffer and is valid only until the next packet is read.
struct PacketRecord {
    int64_t timeUs = 0;          ///< UTC microseconds since the epoch
    uint8_t ipVersion = 0;       ///< 4 or 6
    IpAddress src;
    IpAddress dst;
    uint8_t proto = 0;           ///< IP protocol of the transport (after IPv6 extension headers)
    bool fragment = false;       ///< non-first fragment: no transport header, ports unknown
    uint16_t srcPort = 0;        ///< TCP/UDP; for ICMP/ICMPv6: type
    uint16_t dstPort = 0;        ///< TCP/UDP; for ICMP/ICMPv6: code
    uint8_t tcpFlags = 0;
    uint8_t ttl = 0;             ///< TTL or hop limit
    uint16_t ipId = 0;           ///< IPv4 ID; IPv6: low 16 bits of the fragment identification, else 0
    uint32_t tcpSeq = 0;
    uint16_t ipLength = 0;       ///< IPv4 total length / IPv6 payload length + 40
    bool transportTruncated = false; ///< transport header missing or cut by the snap length

    const uint8_t *l4Payload = nullptr; ///< bytes after the TCP/UDP header (captured part only)
    size_t l4PayloadLength = 0;

    // For ICMP errors: the quoted packet's header, for backscatter analysis.
    bool icmpQuoted = false;
    uint8_t quotedProto = 0;
    IpAddress quotedSrc, quotedDst;
    uint16_t quotedSrcPort = 0, quotedDstPort = 0;

    PayloadSummary payload;      ///< filled by PayloadDecoder for UDP (and TCP with payload)

    bool isIcmp() const { return proto == ipproto::Icmp || proto == ipproto::Icmpv6; }
};

} // namespace teiten
