// SPDX-License-Identifier: GPL-3.0-or-later
#include "packetdecoder.h"

#include <algorithm>
#include <cstring>

#include "payloaddecoder.h"

namespace teiten {

namespace {

using Outcome = PacketDecoder::Outcome;

// LINKTYPE_* values as pcap_datalink() reports them (libpcap maps LINKTYPE_RAW 101 to DLT_RAW,
// which is 12 on Linux and 14 on OpenBSD; files may also carry either value directly).
enum Link : int {
    LinkNull = 0,
    LinkEthernet = 1,
    LinkPpp = 9,
    LinkRawDlt12 = 12,
    LinkRawDlt14 = 14,
    LinkPppHdlc = 50,
    LinkRaw = 101,
    LinkCiscoHdlc = 104,
    LinkLoop = 108,
    LinkSll = 113,
    LinkIpv4 = 228,
    LinkIpv6 = 229,
    LinkNflog = 239,
    LinkSll2 = 276,
};

constexpr uint16_t EthIpv4 = 0x0800;
constexpr uint16_t EthIpv6 = 0x86dd;

inline uint16_t be16(const uint8_t *p)
{
    return uint16_t(p[0] << 8 | p[1]);
}

inline uint32_t be32(const uint8_t *p)
{
    return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3];
}

inline uint32_t le32(const uint8_t *p)
{
    return uint32_t(p[3]) << 24 | uint32_t(p[2]) << 16 | uint32_t(p[1]) << 8 | p[0];
}

// Field by field, no allocation: the record is reused for every packet of a file. The payload
// strings keep their capacity (clear() does not free).
inline void resetRecord(PacketRecord &r)
{
    r.ipVersion = 0;
    r.src = IpAddress();
    r.dst = IpAddress();
    r.proto = 0;
    r.fragment = false;
    r.srcPort = 0;
    r.dstPort = 0;
    r.tcpFlags = 0;
    r.ttl = 0;
    r.ipId = 0;
    r.tcpSeq = 0;
    r.ipLength = 0;
    r.transportTruncated = false;
    r.l4Payload = nullptr;
    r.l4PayloadLength = 0;
    if (r.icmpQuoted) {
        r.icmpQuoted = false;
        r.quotedProto = 0;
        r.quotedSrc = IpAddress();
        r.quotedDst = IpAddress();
        r.quotedSrcPort = 0;
        r.quotedDstPort = 0;
    }
    if (!r.payload.empty())
        r.payload.clear();
}

bool isIpv6ExtensionHeader(uint8_t nh)
{
    // RFC 7045 list of extension headers that share the (next, length in 8-octet units) layout,
    // plus the experimental 253/254.
    switch (nh) {
    case 0:   // hop-by-hop options
    case 43:  // routing
    case 60:  // destination options
    case 135: // mobility
    case 139: // HIP
    case 140: // shim6
    case 253:
    case 254:
        return true;
    default:
        return false;
    }
}

bool hasPorts(uint8_t proto)
{
    // SCTP, DCCP and UDP-Lite start with the same 16-bit source and destination ports as UDP;
    // scans of them (e.g. SCTP INIT to 2905 or 3868) are part of darknet traffic.
    return proto == ipproto::Tcp || proto == ipproto::Udp || proto == 132 || proto == 33 || proto == 136;
}

/// Ports (or ICMP type/code) of the first 4..8 bytes of a quoted transport header.
void quotedPorts(uint8_t proto, const uint8_t *p, uint32_t n, PacketRecord &out)
{
    if ((hasPorts(proto)) && n >= 4) {
        out.quotedSrcPort = be16(p);
        out.quotedDstPort = be16(p + 2);
    } else if ((proto == ipproto::Icmp || proto == ipproto::Icmpv6) && n >= 2) {
        out.quotedSrcPort = p[0];
        out.quotedDstPort = p[1];
    }
}

/// The IPv4 header (plus first 8 bytes) an ICMP error quotes: who the original packet went to and
/// from, which for a darknet is the spoofed victim's traffic (backscatter).
void decodeQuotedV4(const uint8_t *p, uint32_t n, PacketRecord &out)
{
    if (n < 20 || (p[0] >> 4) != 4)
        return;
    const uint32_t hl = (p[0] & 0x0f) * 4u;
    if (hl < 20 || hl > n)
        return;
    out.icmpQuoted = true;
    out.quotedProto = p[9];
    out.quotedSrc = IpAddress::fromV4Bytes(p + 12);
    out.quotedDst = IpAddress::fromV4Bytes(p + 16);
    if ((be16(p + 6) & 0x1fff) == 0)
        quotedPorts(out.quotedProto, p + hl, n - hl, out);
}

void decodeQuotedV6(const uint8_t *p, uint32_t n, PacketRecord &out)
{
    if (n < 40 || (p[0] >> 4) != 6)
        return;
    out.icmpQuoted = true;
    out.quotedSrc = IpAddress::fromV6Bytes(p + 8);
    out.quotedDst = IpAddress::fromV6Bytes(p + 24);
    uint8_t nh = p[6];
    uint32_t off = 40;
    for (int i = 0; i < 8; ++i) {
        if (isIpv6ExtensionHeader(nh) || nh == 44 || nh == 51) {
            if (off + 8 > n)
                break;
            const uint8_t next = p[off];
            uint32_t len = 8;
            if (nh == 51)
                len = (p[off + 1] + 2u) * 4u;
            else if (nh != 44)
                len = (p[off + 1] + 1u) * 8u;
            if (nh == 44 && (be16(p + off + 2) & 0xfff8) != 0) {
                out.quotedProto = next; // a non-first fragment quotes no ports
                return;
            }
            off += len;
            nh = next;
            continue;
        }
        break;
    }
    out.quotedProto = nh;
    if (off < n)
        quotedPorts(nh, p + off, n - off, out);
}

void decodeTransport(uint8_t proto, const uint8_t *p, uint32_t n, PacketRecord &out)
{
    out.proto = proto;
    switch (proto) {
    case ipproto::Tcp: {
        if (n >= 4) {
            out.srcPort = be16(p);
            out.dstPort = be16(p + 2);
        }
        if (n < 20) {
            if (n >= 14) {
                out.tcpSeq = be32(p + 4);
                out.tcpFlags = p[13];
            }
            out.transportTruncated = true;
            return;
        }
        out.tcpSeq = be32(p + 4);
        out.tcpFlags = p[13];
        const uint32_t dataOffset = (p[12] >> 4) * 4u;
        // An offset below 20 is impossible and one beyond the capture means the options were cut:
        // either way the payload boundary is unknown, so keep the fixed fields only.
        if (dataOffset < 20 || dataOffset > n) {
            out.transportTruncated = true;
            return;
        }
        if (n > dataOffset) {
            out.l4Payload = p + dataOffset;
            out.l4PayloadLength = n - dataOffset;
            PayloadDecoder::decode(proto, out.srcPort, out.dstPort, out.l4Payload, out.l4PayloadLength,
                                   out.payload);
        }
        return;
    }
    case ipproto::Udp: {
        if (n >= 4) {
            out.srcPort = be16(p);
            out.dstPort = be16(p + 2);
        }
        if (n < 8) {
            out.transportTruncated = true;
            return;
        }
        // The UDP length bounds the payload when it is sane; a larger claim than the capture
        // (crafted or cut) is clipped to what was captured.
        const uint16_t udpLength = be16(p + 4);
        const uint32_t end = udpLength >= 8 ? std::min<uint32_t>(udpLength, n) : n;
        if (end > 8) {
            out.l4Payload = p + 8;
            out.l4PayloadLength = end - 8;
            PayloadDecoder::decode(proto, out.srcPort, out.dstPort, out.l4Payload, out.l4PayloadLength,
                                   out.payload);
        }
        return;
    }
    case ipproto::Icmp:
    case ipproto::Icmpv6: {
        if (n >= 2) {
            out.srcPort = p[0];
            out.dstPort = p[1];
        }
        if (n < 8) {
            out.transportTruncated = true;
            return;
        }
        const uint8_t type = p[0];
        if (proto == ipproto::Icmp) {
            // destination unreachable, source quench, redirect, time exceeded, parameter problem
            if (type == 3 || type == 4 || type == 5 || type == 11 || type == 12)
                decodeQuotedV4(p + 8, n - 8, out);
        } else if (type >= 1 && type <= 4) {
            decodeQuotedV6(p + 8, n - 8, out);
        }
        return;
    }
    default:
        if (hasPorts(proto)) {
            if (n >= 4) {
                out.srcPort = be16(p);
                out.dstPort = be16(p + 2);
            }
            if (n < 8)
                out.transportTruncated = true;
        }
        // Tunnels (GRE 47, IPv6-in-IPv4 41, IP-in-IP 4) stop here on purpose: the outer packet is
        // what was sent to the sensor, so it is what a darknet counts. ESP (50) and "no next
        // header" (59) carry nothing readable.
        return;
    }
}

Outcome decodeV4(const uint8_t *p, uint32_t n, PacketRecord &out)
{
    if (n < 20 || (p[0] >> 4) != 4)
        return Outcome::Malformed;
    const uint32_t hl = (p[0] & 0x0f) * 4u;
    if (hl < 20 || hl > n)
        return Outcome::Malformed;
    const uint16_t total = be16(p + 2);
    // 0 is what TCP segmentation offload leaves behind: fall back to the captured length then.
    if (total != 0 && total < hl)
        return Outcome::Malformed;
    out.ipVersion = 4;
    out.ipLength = total;
    out.ipId = be16(p + 4);
    out.ttl = p[8];
    out.proto = p[9];
    out.src = IpAddress::fromV4Bytes(p + 12);
    out.dst = IpAddress::fromV4Bytes(p + 16);
    if ((be16(p + 6) & 0x1fff) != 0) {
        out.fragment = true; // non-first fragment: no transport header to read
        return Outcome::Ok;
    }
    // Bytes past the total length are link-layer padding, not payload.
    const uint32_t end = total == 0 ? n : std::min<uint32_t>(total, n);
    decodeTransport(out.proto, p + hl, end - hl, out);
    return Outcome::Ok;
}

Outcome decodeV6(const uint8_t *p, uint32_t n, PacketRecord &out)
{
    if (n < 40 || (p[0] >> 4) != 6)
        return Outcome::Malformed;
    const uint32_t payloadLength = be16(p + 4);
    out.ipVersion = 6;
    out.ipLength = uint16_t(std::min<uint32_t>(payloadLength + 40, 0xffff));
    out.ttl = p[7];
    out.src = IpAddress::fromV6Bytes(p + 8);
    out.dst = IpAddress::fromV6Bytes(p + 24);
    // Payload length 0 means a jumbogram (or offload): use what was captured.
    const uint32_t end = payloadLength == 0 ? n : std::min<uint32_t>(payloadLength + 40, n);
    uint8_t nh = p[6];
    uint32_t off = 40;
    for (int i = 0; i < 32; ++i) { // bounded: a crafted chain cannot spin
        uint32_t len = 0;
        if (isIpv6ExtensionHeader(nh)) {
            if (off + 2 > end)
                break;
            len = (p[off + 1] + 1u) * 8u;
        } else if (nh == 51) { // AH counts in 4-octet units
            if (off + 2 > end)
                break;
            len = (p[off + 1] + 2u) * 4u;
        } else if (nh == 44) { // fragment header
            if (off + 8 > end)
                break;
            out.ipId = uint16_t(be32(p + off + 4));
            if ((be16(p + off + 2) & 0xfff8) != 0) {
                out.proto = p[off];
                out.fragment = true;
                return Outcome::Ok;
            }
            len = 8;
        } else {
            decodeTransport(nh, p + off, end - off, out);
            return Outcome::Ok;
        }
        if (off + len > end)
            break;
        nh = p[off];
        off += len;
    }
    // The extension-header chain is cut (or absurdly long): the transport is unknown.
    out.proto = nh;
    out.transportTruncated = true;
    return Outcome::Ok;
}

inline Outcome decodeByVersion(const uint8_t *p, uint32_t n, PacketRecord &out)
{
    if (n < 1)
        return Outcome::Malformed;
    switch (p[0] >> 4) {
    case 4: return decodeV4(p, n, out);
    case 6: return decodeV6(p, n, out);
    default: return Outcome::Malformed;
    }
}

Outcome decodePppProtocol(const uint8_t *p, uint32_t n, PacketRecord &out)
{
    if (n < 1)
        return Outcome::Malformed;
    // Protocol-field compression sends odd protocol numbers in one byte.
    uint16_t proto = p[0];
    uint32_t skip = 1;
    if ((p[0] & 1) == 0) {
        if (n < 2)
            return Outcome::Malformed;
        proto = be16(p);
        skip = 2;
    }
    switch (proto) {
    case 0x0021: return decodeV4(p + skip, n - skip, out);
    case 0x0057: return decodeV6(p + skip, n - skip, out);
    default: return Outcome::NotIp; // LCP, IPCP, PAP, …
    }
}

Outcome decodeMpls(const uint8_t *p, uint32_t n, PacketRecord &out)
{
    for (int i = 0; i < 16; ++i) {
        if (n < 4)
            return Outcome::Malformed;
        const bool bottom = p[2] & 0x01;
        p += 4;
        n -= 4;
        if (bottom) {
            if (n < 1)
                return Outcome::Malformed;
            // MPLS does not say what follows the stack; the IP version nibble does. Pseudowires
            // (control word 0) carry Ethernet, which is not a sensor's own traffic.
            switch (p[0] >> 4) {
            case 4: return decodeV4(p, n, out);
            case 6: return decodeV6(p, n, out);
            default: return Outcome::NotIp;
            }
        }
    }
    return Outcome::NotIp;
}

Outcome decodeEtherType(uint16_t type, const uint8_t *p, uint32_t n, PacketRecord &out)
{
    for (int depth = 0; depth < 8; ++depth) {
        switch (type) {
        case EthIpv4:
            return decodeV4(p, n, out);
        case EthIpv6:
            return decodeV6(p, n, out);
        case 0x8100: // 802.1Q
        case 0x88a8: // 802.1ad S-tag
        case 0x9100: // pre-standard QinQ
        case 0x9200:
            if (n < 4)
                return Outcome::Malformed;
            type = be16(p + 2);
            p += 4;
            n -= 4;
            continue;
        case 0x8847: // MPLS unicast
        case 0x8848: // MPLS multicast
            return decodeMpls(p, n, out);
        case 0x8864: { // PPPoE session stage
            if (n < 6)
                return Outcome::Malformed;
            if (p[0] != 0x11 || p[1] != 0x00)
                return Outcome::NotIp;
            const uint32_t len = std::min<uint32_t>(be16(p + 4), n - 6);
            return decodePppProtocol(p + 6, len, out);
        }
        default:
            return Outcome::NotIp;
        }
    }
    return Outcome::NotIp;
}

Outcome decodeEthernet(const uint8_t *p, uint32_t n, PacketRecord &out)
{
    if (n < 14)
        return Outcome::Malformed;
    const uint16_t type = be16(p + 12);
    if (type >= 0x0600)
        return decodeEtherType(type, p + 14, n - 14, out);
    // 802.3 length field: only LLC/SNAP with an EtherType can carry IP.
    if (n >= 22 && p[14] == 0xaa && p[15] == 0xaa && p[16] == 0x03)
        return decodeEtherType(be16(p + 20), p + 22, n - 22, out);
    return Outcome::NotIp;
}

Outcome decodeAddressFamily(uint32_t af, const uint8_t *p, uint32_t n, PacketRecord &out)
{
    switch (af) {
    case 2: // AF_INET everywhere
        return decodeV4(p, n, out);
    case 10: // AF_INET6 on Linux
    case 24: // NetBSD, OpenBSD, BSD/OS
    case 28: // FreeBSD, DragonFly
    case 30: // macOS
        return decodeV6(p, n, out);
    default:
        return Outcome::NotIp;
    }
}

Outcome decodeNull(const uint8_t *p, uint32_t n, PacketRecord &out)
{
    if (n < 4)
        return Outcome::Malformed;
    // NULL stores the family in the capturing host's byte order, LOOP in network order, and
    // files travel between hosts: a family fits in one byte, so whichever end is non-zero wins.
    const uint32_t le = le32(p);
    const uint32_t af = le <= 0xff ? le : be32(p);
    return decodeAddressFamily(af, p + 4, n - 4, out);
}

Outcome decodeNflog(const uint8_t *p, uint32_t n, PacketRecord &out)
{
    if (n < 4)
        return Outcome::Malformed;
    const uint8_t family = p[0];
    uint32_t off = 4;
    while (off + 4 <= n) {
        // TLV length and type are in host order; libpcap byte-swaps them for files from a host of
        // the other endianness, so they arrive in ours.
        uint16_t len, type;
        std::memcpy(&len, p + off, 2);
        std::memcpy(&type, p + off + 2, 2);
        if (len < 4)
            return Outcome::Malformed;
        if ((type & 0x3fff) == 9) { // NFULA_PAYLOAD
            const uint32_t size = std::min<uint32_t>(len - 4u, n - off - 4);
            const uint8_t *ip = p + off + 4;
            if (family == 2)
                return decodeV4(ip, size, out);
            if (family == 10)
                return decodeV6(ip, size, out);
            return decodeByVersion(ip, size, out);
        }
        off += (len + 3u) & ~3u;
    }
    return Outcome::NotIp;
}

Outcome decodeHdlc(const uint8_t *p, uint32_t n, PacketRecord &out)
{
    if (n < 2)
        return Outcome::Malformed;
    if ((p[0] == 0x0f || p[0] == 0x8f) && p[1] == 0x00) { // Cisco HDLC: EtherType follows
        if (n < 4)
            return Outcome::Malformed;
        return decodeEtherType(be16(p + 2), p + 4, n - 4, out);
    }
    if (p[0] == 0xff && p[1] == 0x03) // PPP in HDLC-like framing
        return decodePppProtocol(p + 2, n - 2, out);
    return decodePppProtocol(p, n, out); // address/control-field compression
}

} // namespace

bool PacketDecoder::supportsLinkType(int linkType)
{
    switch (linkType) {
    case LinkNull:
    case LinkEthernet:
    case LinkPpp:
    case LinkRawDlt12:
    case LinkRawDlt14:
    case LinkPppHdlc:
    case LinkRaw:
    case LinkCiscoHdlc:
    case LinkLoop:
    case LinkSll:
    case LinkIpv4:
    case LinkIpv6:
    case LinkNflog:
    case LinkSll2:
        return true;
    default:
        return false;
    }
}

PacketDecoder::Outcome PacketDecoder::decode(int linkType, const uint8_t *data, uint32_t capturedLength,
                                             PacketRecord &out)
{
    resetRecord(out);
    if (!data)
        capturedLength = 0;
    switch (linkType) {
    case LinkEthernet:
        return decodeEthernet(data, capturedLength, out);
    case LinkRaw:
    case LinkRawDlt12:
    case LinkRawDlt14:
        return decodeByVersion(data, capturedLength, out);
    case LinkIpv4:
        return decodeV4(data, capturedLength, out); // an IPv6 packet here is a broken file
    case LinkIpv6:
        return decodeV6(data, capturedLength, out);
    case LinkSll: {
        if (capturedLength < 16)
            return Outcome::Malformed;
        if (be16(data + 2) == 824) // ARPHRD_NETLINK: netlink messages, not packets
            return Outcome::NotIp;
        return decodeEtherType(be16(data + 14), data + 16, capturedLength - 16, out);
    }
    case LinkSll2: {
        if (capturedLength < 20)
            return Outcome::Malformed;
        if (be16(data + 8) == 824)
            return Outcome::NotIp;
        return decodeEtherType(be16(data), data + 20, capturedLength - 20, out);
    }
    case LinkNull:
    case LinkLoop:
        return decodeNull(data, capturedLength, out);
    case LinkNflog:
        return decodeNflog(data, capturedLength, out);
    case LinkPpp:
    case LinkPppHdlc:
    case LinkCiscoHdlc:
        return decodeHdlc(data, capturedLength, out);
    default:
        return Outcome::UnsupportedLinkType;
    }
}

PacketDecoder::Outcome PacketDecoder::decodeIp(const uint8_t *data, uint32_t length, PacketRecord &out)
{
    resetRecord(out);
    if (!data)
        length = 0;
    return decodeByVersion(data, length, out);
}

} // namespace teiten
