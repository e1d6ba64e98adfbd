// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <QByteArray>

#include "ipaddress.h"

namespace teiten {

/// Builds one link-layer frame at a time (Ethernet, Linux SLL or RAW) carrying IPv4/IPv6 with TCP,
/// UDP, ICMP or ICMPv6, all checksums filled in. The frame lives in a fixed internal buffer that the
/// next build overwrites, so the sample-network generator makes millions of frames without touching
/// the heap. Owning thread: the caller's; one builder per thread.
class PacketBuilder {
public:
    enum class Link { Ethernet, LinuxSll, Raw };
    static constexpr size_t MaxFrame = 1600;

    struct IpFields {
        IpAddress src;             ///< src and dst must both be IPv4 (mapped) or both IPv6
        IpAddress dst;
        uint8_t ttl = 64;          ///< TTL (IPv4) or hop limit (IPv6)
        uint16_t id = 0;           ///< IPv4 identification; unused for IPv6
        bool dontFragment = false; ///< IPv4 DF bit
        uint8_t tos = 0;           ///< IPv4 TOS / IPv6 traffic class
        uint32_t flowLabel = 0;    ///< IPv6 only (20 bits)
    };
    struct TcpFields {
        uint16_t srcPort = 0;
        uint16_t dstPort = 0;
        uint32_t seq = 0;
        uint32_t ack = 0;
        uint8_t flags = 0x02;      ///< wire bits, see tcpflag:: in packetrecord.h
        uint16_t window = 0;
        const uint8_t *options = nullptr; ///< raw option bytes; padded with EOL to a multiple of 4
        size_t optionsLength = 0;         ///< at most 40
    };

    explicit PacketBuilder(Link link = Link::Ethernet);

    Link link() const { return m_link; }
    /// Ethernet source/destination (SLL carries the source only).
    void setMacs(const std::array<uint8_t, 6> &src, const std::array<uint8_t, 6> &dst);

    /// Each returns the frame length (0 if it would not fit MaxFrame); the frame is data()[0, size()).
    size_t tcp(const IpFields &ip, const TcpFields &tcp, const uint8_t *payload = nullptr, size_t length = 0);
    size_t udp(const IpFields &ip, uint16_t srcPort, uint16_t dstPort, const uint8_t *payload = nullptr,
               size_t length = 0);
    /// ICMP for IPv4 addresses, ICMPv6 for IPv6. `rest` is the 4 bytes after the checksum (echo:
    /// identifier << 16 | sequence; unreachable: 0).
    size_t icmp(const IpFields &ip, uint8_t type, uint8_t code, uint32_t rest, const uint8_t *payload = nullptr,
                size_t length = 0);
    /// ICMP destination unreachable (type 3 / ICMPv6 type 1) from `ip.src` quoting a UDP datagram
    /// `quoted` → the way a victim's stack answers a spoofed UDP packet (backscatter).
    size_t icmpUnreachableQuotingUdp(const IpFields &ip, uint8_t code, const IpFields &quoted, uint16_t quotedSrcPort,
                                     uint16_t quotedDstPort, const uint8_t *quotedPayload = nullptr,
                                     size_t quotedLength = 0);

    const uint8_t *data() const { return m_buf.data(); }
    size_t size() const { return m_size; }
    /// A deep copy of the current frame.
    QByteArray frame() const;
    /// The current frame without copying; valid until the next build (QByteArray::fromRawData).
    QByteArray frameView() const;

    /// Writes an IP datagram without link header (for quoting); returns its length or 0.
    static size_t writeIpDatagram(uint8_t *out, size_t capacity, const IpFields &ip, uint8_t proto,
                                  const uint8_t *l4, size_t l4Length);
    /// A DNS query: one question, optional EDNS0 OPT record advertising `ednsUdpSize` (0 = none).
    /// Returns the length written into `out`, 0 if it does not fit or the name is invalid.
    static size_t dnsQuery(uint8_t *out, size_t capacity, uint16_t id, std::string_view name, uint16_t qtype,
                           bool recursionDesired, uint16_t ednsUdpSize);
    /// RFC 1071 ones'-complement sum folded and complemented, starting from a partial sum.
    static uint16_t internetChecksum(const uint8_t *data, size_t length, uint32_t partial = 0);
    /// Partial sum of the IPv4/IPv6 pseudo-header for TCP/UDP/ICMPv6 checksums.
    static uint32_t pseudoHeaderSum(const IpAddress &src, const IpAddress &dst, uint8_t proto, uint32_t l4Length);

private:
    size_t linkHeaderLength() const;
    void writeLinkHeader(bool v6);
    size_t finishL4(const IpFields &ip, uint8_t proto, size_t l4Length);

    Link m_link;
    std::array<uint8_t, 6> m_srcMac;
    std::array<uint8_t, 6> m_dstMac;
    alignas(8) std::array<uint8_t, MaxFrame> m_buf {};
    size_t m_size = 0;
};

} // namespace teiten
