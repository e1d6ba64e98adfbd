// SPDX-License-Identifier: GPL-3.0-or-later
#include "packetbuilder.h"

#include <algorithm>
#include <cstring>

namespace teiten {

namespace {

constexpr uint8_t kProtoIcmp = 1;
constexpr uint8_t kProtoTcp = 6;
constexpr uint8_t kProtoUdp = 17;
constexpr uint8_t kProtoIcmpv6 = 58;
constexpr size_t kEthernetLength = 14;
constexpr size_t kSllLength = 16;

inline void put16(uint8_t *p, uint16_t v)
{
    p[0] = uint8_t(v >> 8);
    p[1] = uint8_t(v);
}

inline void put32(uint8_t *p, uint32_t v)
{
    p[0] = uint8_t(v >> 24);
    p[1] = uint8_t(v >> 16);
    p[2] = uint8_t(v >> 8);
    p[3] = uint8_t(v);
}

inline uint32_t sumBytes(const uint8_t *p, size_t n, uint32_t sum)
{
    // 64-bit accumulator: a full frame cannot overflow it, and folding once at the end is cheaper.
    uint64_t s = sum;
    while (n >= 2) {
        s += (uint32_t(p[0]) << 8) | p[1];
        p += 2;
        n -= 2;
    }
    if (n)
        s += uint32_t(p[0]) << 8;
    while (s >> 16)
        s = (s & 0xffff) + (s >> 16);
    return uint32_t(s);
}

inline size_t ipHeaderLength(const PacketBuilder::IpFields &ip) { return ip.src.isV4() ? 20 : 40; }

// Writes the IP header at `p` for an L4 of `l4Length` bytes; returns the header length.
size_t writeIpHeader(uint8_t *p, const PacketBuilder::IpFields &ip, uint8_t proto, size_t l4Length)
{
    if (ip.src.isV4()) {
        p[0] = 0x45;
        p[1] = ip.tos;
        put16(p + 2, uint16_t(20 + l4Length));
        put16(p + 4, ip.id);
        put16(p + 6, ip.dontFragment ? 0x4000 : 0);
        p[8] = ip.ttl;
        p[9] = proto;
        put16(p + 10, 0);
        std::memcpy(p + 12, ip.src.bytes() + 12, 4);
        std::memcpy(p + 16, ip.dst.bytes() + 12, 4);
        put16(p + 10, PacketBuilder::internetChecksum(p, 20));
        return 20;
    }
    put32(p, 0x60000000u | (uint32_t(ip.tos) << 20) | (ip.flowLabel & 0xfffff));
    put16(p + 4, uint16_t(l4Length));
    p[6] = proto;
    p[7] = ip.ttl;
    std::memcpy(p + 8, ip.src.bytes(), 16);
    std::memcpy(p + 24, ip.dst.bytes(), 16);
    return 40;
}

size_t checksumOffset(uint8_t proto)
{
    switch (proto) {
    case kProtoTcp: return 16;
    case kProtoUdp: return 6;
    default: return 2; // ICMP, ICMPv6
    }
}

// Fills the L4 checksum of the segment at `l4` in place.
void fillL4Checksum(const PacketBuilder::IpFields &ip, uint8_t proto, uint8_t *l4, size_t l4Length)
{
    const size_t off = checksumOffset(proto);
    put16(l4 + off, 0);
    // ICMPv4 is the only one of these without a pseudo-header.
    const uint32_t partial = proto == kProtoIcmp ? 0 : PacketBuilder::pseudoHeaderSum(ip.src, ip.dst, proto,
                                                                                        uint32_t(l4Length));
    uint16_t c = PacketBuilder::internetChecksum(l4, l4Length, partial);
    if (proto == kProtoUdp && c == 0)
        c = 0xffff; // RFC 768: a computed zero is sent as all ones (zero means "no checksum")
    put16(l4 + off, c);
}

} // namespace

PacketBuilder::PacketBuilder(Link link)
    : m_link(link)
    , m_srcMac {0x00, 0x1b, 0x21, 0x3a, 0x4c, 0x01}
    , m_dstMac {0x00, 0x0c, 0x29, 0x5e, 0x7f, 0x02}
{
}

void PacketBuilder::setMacs(const std::array<uint8_t, 6> &src, const std::array<uint8_t, 6> &dst)
{
    m_srcMac = src;
    m_dstMac = dst;
}

size_t PacketBuilder::linkHeaderLength() const
{
    switch (m_link) {
    case Link::Ethernet: return kEthernetLength;
    case Link::LinuxSll: return kSllLength;
    case Link::Raw: return 0;
    }
    return 0;
}

void PacketBuilder::writeLinkHeader(bool v6)
{
    const uint16_t etherType = v6 ? 0x86dd : 0x0800;
    uint8_t *p = m_buf.data();
    switch (m_link) {
    case Link::Ethernet:
        std::memcpy(p, m_dstMac.data(), 6);
        std::memcpy(p + 6, m_srcMac.data(), 6);
        put16(p + 12, etherType);
        break;
    case Link::LinuxSll:
        put16(p, 0);       // LINUX_SLL_HOST: addressed to this host
        put16(p + 2, 1);   // ARPHRD_ETHER
        put16(p + 4, 6);   // link-layer address length
        std::memcpy(p + 6, m_srcMac.data(), 6);
        put16(p + 12, 0);  // address padding to 8 bytes
        put16(p + 14, etherType);
        break;
    case Link::Raw:
        break;
    }
}

size_t PacketBuilder::finishL4(const IpFields &ip, uint8_t proto, size_t l4Length)
{
    const size_t link = linkHeaderLength();
    const size_t ipLen = ipHeaderLength(ip);
    uint8_t *l4 = m_buf.data() + link + ipLen;
    fillL4Checksum(ip, proto, l4, l4Length);
    writeLinkHeader(!ip.src.isV4());
    writeIpHeader(m_buf.data() + link, ip, proto, l4Length);
    m_size = link + ipLen + l4Length;
    return m_size;
}

size_t PacketBuilder::tcp(const IpFields &ip, const TcpFields &t, const uint8_t *payload, size_t length)
{
    const size_t optLen = (std::min<size_t>(t.optionsLength, 40) + 3) & ~size_t(3);
    const size_t hdr = 20 + optLen;
    const size_t start = linkHeaderLength() + ipHeaderLength(ip);
    if (start + hdr + length > MaxFrame) {
        m_size = 0;
        return 0;
    }
    uint8_t *p = m_buf.data() + start;
    put16(p, t.srcPort);
    put16(p + 2, t.dstPort);
    put32(p + 4, t.seq);
    put32(p + 8, t.ack);
    p[12] = uint8_t((hdr / 4) << 4);
    p[13] = t.flags;
    put16(p + 14, t.window);
    put16(p + 16, 0);
    put16(p + 18, 0); // urgent pointer
    if (optLen) {
        std::memset(p + 20, 0, optLen); // EOL padding
        std::memcpy(p + 20, t.options, std::min<size_t>(t.optionsLength, 40));
    }
    if (length)
        std::memcpy(p + hdr, payload, length);
    return finishL4(ip, kProtoTcp, hdr + length);
}

size_t PacketBuilder::udp(const IpFields &ip, uint16_t srcPort, uint16_t dstPort, const uint8_t *payload,
                          size_t length)
{
    const size_t start = linkHeaderLength() + ipHeaderLength(ip);
    if (start + 8 + length > MaxFrame) {
        m_size = 0;
        return 0;
    }
    uint8_t *p = m_buf.data() + start;
    put16(p, srcPort);
    put16(p + 2, dstPort);
    put16(p + 4, uint16_t(8 + length));
    put16(p + 6, 0);
    if (length)
        std::memcpy(p + 8, payload, length);
    return finishL4(ip, kProtoUdp, 8 + length);
}

size_t PacketBuilder::icmp(const IpFields &ip, uint8_t type, uint8_t code, uint32_t rest, const uint8_t *payload,
                           size_t length)
{
    const size_t start = linkHeaderLength() + ipHeaderLength(ip);
    if (start + 8 + length > MaxFrame) {
        m_size = 0;
        return 0;
    }
    uint8_t *p = m_buf.data() + start;
    p[0] = type;
    p[1] = code;
    put16(p + 2, 0);
    put32(p + 4, rest);
    if (length)
        std::memcpy(p + 8, payload, length);
    return finishL4(ip, ip.src.isV4() ? kProtoIcmp : kProtoIcmpv6, 8 + length);
}

size_t PacketBuilder::icmpUnreachableQuotingUdp(const IpFields &ip, uint8_t code, const IpFields &quoted,
                                                uint16_t quotedSrcPort, uint16_t quotedDstPort,
                                                const uint8_t *quotedPayload, size_t quotedLength)
{
    std::array<uint8_t, 8 + 512> udp {};
    quotedLength = std::min(quotedLength, udp.size() - 8);
    put16(udp.data(), quotedSrcPort);
    put16(udp.data() + 2, quotedDstPort);
    put16(udp.data() + 4, uint16_t(8 + quotedLength));
    if (quotedLength)
        std::memcpy(udp.data() + 8, quotedPayload, quotedLength);
    std::array<uint8_t, 40 + 8 + 512> inner {};
    const size_t innerLen = writeIpDatagram(inner.data(), inner.size(), quoted, kProtoUdp, udp.data(),
                                            8 + quotedLength);
    if (!innerLen) {
        m_size = 0;
        return 0;
    }
    // Like Linux, quote the whole offending datagram (it is small); ICMPv6 type 1 is "unreachable".
    const uint8_t type = ip.src.isV4() ? 3 : 1;
    return icmp(ip, type, code, 0, inner.data(), innerLen);
}

QByteArray PacketBuilder::frame() const
{
    return QByteArray(reinterpret_cast<const char *>(m_buf.data()), qsizetype(m_size));
}

QByteArray PacketBuilder::frameView() const
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(m_buf.data()), qsizetype(m_size));
}

size_t PacketBuilder::writeIpDatagram(uint8_t *out, size_t capacity, const IpFields &ip, uint8_t proto,
                                      const uint8_t *l4, size_t l4Length)
{
    const size_t hl = ipHeaderLength(ip);
    if (hl + l4Length > capacity)
        return 0;
    std::memcpy(out + hl, l4, l4Length);
    if (proto == kProtoTcp || proto == kProtoUdp || proto == kProtoIcmp || proto == kProtoIcmpv6)
        fillL4Checksum(ip, proto, out + hl, l4Length);
    writeIpHeader(out, ip, proto, l4Length);
    return hl + l4Length;
}

size_t PacketBuilder::dnsQuery(uint8_t *out, size_t capacity, uint16_t id, std::string_view name, uint16_t qtype,
                               bool recursionDesired, uint16_t ednsUdpSize)
{
    const size_t need = 12 + name.size() + 2 + 4 + (ednsUdpSize ? 11 : 0);
    if (need > capacity || name.size() > 253)
        return 0;
    uint8_t *p = out;
    put16(p, id);
    put16(p + 2, recursionDesired ? 0x0100 : 0x0000);
    put16(p + 4, 1);                     // QDCOUNT
    put16(p + 6, 0);                     // ANCOUNT
    put16(p + 8, 0);                     // NSCOUNT
    put16(p + 10, ednsUdpSize ? 1 : 0);  // ARCOUNT: the OPT pseudo-record
    p += 12;
    size_t labelStart = 0;
    while (labelStart <= name.size()) {
        size_t dot = name.find('.', labelStart);
        if (dot == std::string_view::npos)
            dot = name.size();
        const size_t len = dot - labelStart;
        if (len == 0 && dot != name.size())
            return 0; // empty label inside the name
        if (len > 63)
            return 0;
        if (len) {
            *p++ = uint8_t(len);
            std::memcpy(p, name.data() + labelStart, len);
            p += len;
        }
        labelStart = dot + 1;
    }
    *p++ = 0; // root
    put16(p, qtype);
    put16(p + 2, 1); // class IN
    p += 4;
    if (ednsUdpSize) {
        *p++ = 0;            // root owner name
        put16(p, 41);        // TYPE OPT
        put16(p + 2, ednsUdpSize);
        put32(p + 4, 0);     // extended RCODE, version 0, DO clear
        put16(p + 8, 0);     // RDLEN
        p += 10;
    }
    return size_t(p - out);
}

uint16_t PacketBuilder::internetChecksum(const uint8_t *data, size_t length, uint32_t partial)
{
    return uint16_t(~sumBytes(data, length, partial) & 0xffff);
}

uint32_t PacketBuilder::pseudoHeaderSum(const IpAddress &src, const IpAddress &dst, uint8_t proto, uint32_t l4Length)
{
    uint32_t s = 0;
    if (src.isV4()) {
        s = sumBytes(src.bytes() + 12, 4, s);
        s = sumBytes(dst.bytes() + 12, 4, s);
        s += proto;
        s += l4Length & 0xffff;
    } else {
        s = sumBytes(src.bytes(), 16, s);
        s = sumBytes(dst.bytes(), 16, s);
        s += l4Length >> 16;
        s += l4Length & 0xffff;
        s += proto;
    }
    while (s >> 16)
        s = (s & 0xffff) + (s >> 16);
    return s;
}

} // namespace teiten
