// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>

#include "packetbuilder.h"
#include "packetdecoder.h"

using namespace teiten;

namespace {

uint16_t be16(const uint8_t *p) { return uint16_t((p[0] << 8) | p[1]); }
uint32_t be32(const uint8_t *p) { return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3]; }

// Independent RFC 1071 sum (not PacketBuilder's): the ones'-complement sum of a correct header or
// segment including its checksum field is 0xffff.
uint32_t onesSum(const uint8_t *p, size_t n, uint32_t s = 0)
{
    for (size_t i = 0; i + 1 < n; i += 2)
        s += be16(p + i);
    if (n & 1)
        s += uint32_t(p[n - 1]) << 8;
    while (s >> 16)
        s = (s & 0xffff) + (s >> 16);
    return s;
}

bool ipv4HeaderOk(const uint8_t *ip) { return onesSum(ip, size_t(ip[0] & 0x0f) * 4) == 0xffff; }

bool l4OkV4(const uint8_t *ip)
{
    const size_t hl = size_t(ip[0] & 0x0f) * 4;
    const size_t len = be16(ip + 2) - hl;
    uint32_t s = onesSum(ip + 12, 8); // addresses
    s += ip[9];
    s += uint32_t(len);
    return onesSum(ip + hl, len, s) == 0xffff;
}

bool l4OkV6(const uint8_t *ip)
{
    const size_t len = be16(ip + 4);
    uint32_t s = onesSum(ip + 8, 32);
    s += uint32_t(len);
    s += ip[6];
    return onesSum(ip + 40, len, s) == 0xffff;
}

PacketBuilder::IpFields v4(const char *src, const char *dst)
{
    PacketBuilder::IpFields ip;
    ip.src = *IpAddress::parse(QString::fromLatin1(src));
    ip.dst = *IpAddress::parse(QString::fromLatin1(dst));
    return ip;
}

} // namespace

class TestPacketBuilder : public QObject {
    Q_OBJECT
private slots:
    void ipv4TcpSyn();
    void ipv6Tcp();
    void ipv4UdpDnsQuery();
    void ipv6UdpChecksum();
    void icmpEcho();
    void icmpv6Echo();
    void icmpUnreachableQuotesUdp();
    void linkLayers();
    void dnsQueryRejectsBadNames();
    void decoderAgrees();
};

void TestPacketBuilder::ipv4TcpSyn()
{
    PacketBuilder b;
    auto ip = v4("58.16.1.2", "133.34.17.201");
    ip.ttl = 113;
    ip.id = 0xbeef;
    ip.dontFragment = true;
    const uint8_t opts[8] = {2, 4, 0x05, 0xb4, 1, 1, 4, 2};
    PacketBuilder::TcpFields t;
    t.srcPort = 3456;
    t.dstPort = 445;
    t.seq = 0x01020304;
    t.flags = 0x02;
    t.window = 65535;
    t.options = opts;
    t.optionsLength = sizeof opts;
    const size_t n = b.tcp(ip, t);
    QCOMPARE(n, size_t(14 + 20 + 28));
    const uint8_t *f = b.data();
    QCOMPARE(be16(f + 12), uint16_t(0x0800));
    const uint8_t *p = f + 14;
    QCOMPARE(p[0], uint8_t(0x45));
    QCOMPARE(be16(p + 2), uint16_t(48));
    QCOMPARE(be16(p + 4), uint16_t(0xbeef));
    QCOMPARE(be16(p + 6), uint16_t(0x4000));
    QCOMPARE(p[8], uint8_t(113));
    QCOMPARE(p[9], uint8_t(6));
    QCOMPARE(be32(p + 12), IpAddress::parse(QStringLiteral("58.16.1.2"))->v4());
    QCOMPARE(be32(p + 16), IpAddress::parse(QStringLiteral("133.34.17.201"))->v4());
    QVERIFY(ipv4HeaderOk(p));
    const uint8_t *tcp = p + 20;
    QCOMPARE(be16(tcp), uint16_t(3456));
    QCOMPARE(be16(tcp + 2), uint16_t(445));
    QCOMPARE(be32(tcp + 4), 0x01020304u);
    QCOMPARE(be32(tcp + 8), 0u);
    QCOMPARE(tcp[12] >> 4, 7); // 28-byte header
    QCOMPARE(tcp[13], uint8_t(0x02));
    QCOMPARE(be16(tcp + 14), uint16_t(65535));
    QCOMPARE(std::memcmp(tcp + 20, opts, 8), 0);
    QVERIFY(l4OkV4(p));
    QCOMPARE(b.frame().size(), qsizetype(n));
    QCOMPARE(b.frameView().constData(), reinterpret_cast<const char *>(b.data()));
}

void TestPacketBuilder::ipv6Tcp()
{
    PacketBuilder b;
    PacketBuilder::IpFields ip;
    ip.src = *IpAddress::parse(QStringLiteral("2001:da8::1234"));
    ip.dst = *IpAddress::parse(QStringLiteral("2001:240:2a00:1::10"));
    ip.ttl = 50;
    ip.flowLabel = 0x12345;
    PacketBuilder::TcpFields t;
    t.srcPort = 40000;
    t.dstPort = 22;
    t.seq = 99;
    t.window = 5840;
    const uint8_t opts[3] = {2, 4, 0x05}; // odd length: padded with EOL to 4
    t.options = opts;
    t.optionsLength = 3;
    const size_t n = b.tcp(ip, t);
    QCOMPARE(n, size_t(14 + 40 + 24));
    const uint8_t *p = b.data() + 14;
    QCOMPARE(be16(b.data() + 12), uint16_t(0x86dd));
    QCOMPARE(be32(p), 0x60000000u | 0x12345u);
    QCOMPARE(be16(p + 4), uint16_t(24));
    QCOMPARE(p[6], uint8_t(6));
    QCOMPARE(p[7], uint8_t(50));
    QCOMPARE(std::memcmp(p + 8, ip.src.bytes(), 16), 0);
    QCOMPARE(std::memcmp(p + 24, ip.dst.bytes(), 16), 0);
    QCOMPARE(p[40 + 12] >> 4, 6);
    QCOMPARE(p[40 + 23], uint8_t(0)); // EOL padding
    QVERIFY(l4OkV6(p));
}

void TestPacketBuilder::ipv4UdpDnsQuery()
{
    uint8_t q[512];
    const size_t qn = PacketBuilder::dnsQuery(q, sizeof q, 0xabcd, "isc.org", 255, true, 4096);
    // 12 header + "\3isc\3org\0" (9) + type/class 4 + OPT 11
    QCOMPARE(qn, size_t(12 + 9 + 4 + 11));
    QCOMPARE(be16(q), uint16_t(0xabcd));
    QCOMPARE(be16(q + 2), uint16_t(0x0100)); // RD
    QCOMPARE(be16(q + 4), uint16_t(1));
    QCOMPARE(be16(q + 10), uint16_t(1));     // ARCOUNT: OPT
    QCOMPARE(std::memcmp(q + 12, "\3isc\3org\0", 9), 0);
    QCOMPARE(be16(q + 21), uint16_t(255));
    QCOMPARE(be16(q + 23), uint16_t(1));
    QCOMPARE(q[25], uint8_t(0));
    QCOMPARE(be16(q + 26), uint16_t(41));
    QCOMPARE(be16(q + 28), uint16_t(4096));
    QCOMPARE(be32(q + 30), 0u);
    QCOMPARE(be16(q + 34), uint16_t(0));

    PacketBuilder b;
    auto ip = v4("125.64.9.9", "210.148.24.9");
    const size_t n = b.udp(ip, 31337, 53, q, qn);
    QCOMPARE(n, size_t(14 + 20 + 8 + qn));
    const uint8_t *p = b.data() + 14;
    QCOMPARE(p[9], uint8_t(17));
    QCOMPARE(be16(p + 20 + 4), uint16_t(8 + qn));
    QVERIFY(ipv4HeaderOk(p));
    QVERIFY(l4OkV4(p));
    QVERIFY(be16(p + 20 + 6) != 0); // a checksum is always sent
    QCOMPARE(std::memcmp(p + 28, q, qn), 0);

    // Without EDNS0 and with RD clear.
    const size_t plain = PacketBuilder::dnsQuery(q, sizeof q, 1, "example.com.", 1, false, 0);
    QCOMPARE(plain, size_t(12 + 13 + 4));
    QCOMPARE(be16(q + 2), uint16_t(0));
    QCOMPARE(be16(q + 10), uint16_t(0));
}

void TestPacketBuilder::ipv6UdpChecksum()
{
    PacketBuilder b;
    PacketBuilder::IpFields ip;
    ip.src = *IpAddress::parse(QStringLiteral("2a01:e00::1"));
    ip.dst = *IpAddress::parse(QStringLiteral("2a01:238:4200:1::121"));
    for (int len = 0; len < 40; ++len) {
        uint8_t payload[40];
        for (int i = 0; i < len; ++i)
            payload[i] = uint8_t(i * 37 + len);
        QVERIFY(b.udp(ip, uint16_t(1000 + len), 5060, payload, size_t(len)));
        const uint8_t *p = b.data() + 14;
        QCOMPARE(p[6], uint8_t(17));
        QVERIFY2(l4OkV6(p), qPrintable(QString::number(len)));
        QVERIFY(be16(p + 40 + 6) != 0);
    }
}

void TestPacketBuilder::icmpEcho()
{
    PacketBuilder b;
    auto ip = v4("1.160.3.4", "126.64.12.3");
    const char payload[] = "abcdefghijklmnopqrstuvwabcdefghi";
    const size_t n = b.icmp(ip, 8, 0, 0x00010203, reinterpret_cast<const uint8_t *>(payload), 32);
    QCOMPARE(n, size_t(14 + 20 + 8 + 32));
    const uint8_t *p = b.data() + 14;
    QCOMPARE(p[9], uint8_t(1));
    const uint8_t *icmp = p + 20;
    QCOMPARE(icmp[0], uint8_t(8));
    QCOMPARE(icmp[1], uint8_t(0));
    QCOMPARE(be16(icmp + 4), uint16_t(1));
    QCOMPARE(be16(icmp + 6), uint16_t(0x0203));
    QVERIFY(ipv4HeaderOk(p));
    QCOMPARE(onesSum(icmp, 8 + 32), 0xffffu); // ICMPv4: no pseudo-header
}

void TestPacketBuilder::icmpv6Echo()
{
    PacketBuilder b;
    PacketBuilder::IpFields ip;
    ip.src = *IpAddress::parse(QStringLiteral("2001:470::5"));
    ip.dst = *IpAddress::parse(QStringLiteral("2001:240:2a00:1::10"));
    const uint8_t payload[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    QVERIFY(b.icmp(ip, 128, 0, 0x12340001, payload, 8));
    const uint8_t *p = b.data() + 14;
    QCOMPARE(p[6], uint8_t(58));
    QCOMPARE(p[40], uint8_t(128));
    QVERIFY(l4OkV6(p)); // ICMPv6 includes the pseudo-header
}

void TestPacketBuilder::icmpUnreachableQuotesUdp()
{
    PacketBuilder b;
    auto outer = v4("50.4.5.201", "126.64.12.6");
    auto quoted = v4("126.64.12.6", "50.4.5.201");
    quoted.ttl = 55;
    quoted.id = 0x5ccb;
    const uint8_t data[5] = {9, 9, 9, 9, 9};
    const size_t n = b.icmpUnreachableQuotingUdp(outer, 3, quoted, 45763, 7091, data, 5);
    QCOMPARE(n, size_t(14 + 20 + 8 + 20 + 8 + 5));
    const uint8_t *p = b.data() + 14;
    QVERIFY(ipv4HeaderOk(p));
    const uint8_t *icmp = p + 20;
    QCOMPARE(icmp[0], uint8_t(3));
    QCOMPARE(icmp[1], uint8_t(3));
    QCOMPARE(onesSum(icmp, n - 14 - 20), 0xffffu);
    const uint8_t *inner = icmp + 8;
    QVERIFY(ipv4HeaderOk(inner));
    QVERIFY(l4OkV4(inner));
    QCOMPARE(inner[8], uint8_t(55));
    QCOMPARE(be16(inner + 4), uint16_t(0x5ccb));
    QCOMPARE(be32(inner + 12), IpAddress::parse(QStringLiteral("126.64.12.6"))->v4());
    QCOMPARE(be16(inner + 20), uint16_t(45763));
    QCOMPARE(be16(inner + 22), uint16_t(7091));
}

void TestPacketBuilder::linkLayers()
{
    auto ip = v4("5.136.0.9", "64.62.219.49");
    PacketBuilder sll(PacketBuilder::Link::LinuxSll);
    sll.setMacs({1, 2, 3, 4, 5, 6}, {7, 8, 9, 10, 11, 12});
    const size_t n = sll.udp(ip, 1, 2);
    QCOMPARE(n, size_t(16 + 28));
    const uint8_t *f = sll.data();
    QCOMPARE(be16(f), uint16_t(0));      // to us
    QCOMPARE(be16(f + 2), uint16_t(1));  // ARPHRD_ETHER
    QCOMPARE(be16(f + 4), uint16_t(6));
    QCOMPARE(f[6], uint8_t(1));
    QCOMPARE(f[11], uint8_t(6));
    QCOMPARE(be16(f + 14), uint16_t(0x0800));
    QVERIFY(ipv4HeaderOk(f + 16));
    QVERIFY(l4OkV4(f + 16));

    PacketBuilder raw(PacketBuilder::Link::Raw);
    QCOMPARE(raw.udp(ip, 1, 2), size_t(28));
    QCOMPARE(raw.data()[0], uint8_t(0x45));
    QVERIFY(l4OkV4(raw.data()));

    PacketBuilder eth;
    eth.setMacs({1, 2, 3, 4, 5, 6}, {7, 8, 9, 10, 11, 12});
    eth.udp(ip, 1, 2);
    QCOMPARE(eth.data()[0], uint8_t(7)); // destination first
    QCOMPARE(eth.data()[6], uint8_t(1));
}

void TestPacketBuilder::dnsQueryRejectsBadNames()
{
    uint8_t q[64];
    QCOMPARE(PacketBuilder::dnsQuery(q, sizeof q, 1, "a..b", 1, true, 0), size_t(0));
    QCOMPARE(PacketBuilder::dnsQuery(q, 10, 1, "isc.org", 1, true, 0), size_t(0)); // does not fit
    const std::string longLabel(64, 'x');
    uint8_t big[512];
    QCOMPARE(PacketBuilder::dnsQuery(big, sizeof big, 1, longLabel, 1, true, 0), size_t(0));
    // An oversized frame is refused rather than truncated.
    PacketBuilder b;
    std::vector<uint8_t> huge(PacketBuilder::MaxFrame, 0);
    QCOMPARE(b.udp(v4("1.2.3.4", "5.6.7.8"), 1, 2, huge.data(), huge.size()), size_t(0));
}

// The project's own decoder reads back what the builder wrote.
void TestPacketBuilder::decoderAgrees()
{
    PacketBuilder b(PacketBuilder::Link::LinuxSll);
    auto ip = v4("71.6.135.131", "219.117.230.97");
    ip.ttl = 49;
    ip.id = 4242;
    PacketBuilder::TcpFields t;
    t.srcPort = 50000;
    t.dstPort = 502;
    t.seq = 0xdeadbeef;
    t.window = 14600;
    b.tcp(ip, t);
    PacketRecord r;
    QCOMPARE(PacketDecoder::decode(113, b.data(), uint32_t(b.size()), r), PacketDecoder::Outcome::Ok);
    QCOMPARE(r.ipVersion, uint8_t(4));
    QCOMPARE(r.src, ip.src);
    QCOMPARE(r.dst, ip.dst);
    QCOMPARE(r.proto, ipproto::Tcp);
    QCOMPARE(r.dstPort, uint16_t(502));
    QCOMPARE(r.srcPort, uint16_t(50000));
    QCOMPARE(r.tcpFlags, tcpflag::Syn);
    QCOMPARE(r.tcpSeq, 0xdeadbeefu);
    QCOMPARE(r.ttl, uint8_t(49));
    QCOMPARE(r.ipId, uint16_t(4242));
    QCOMPARE(r.ipLength, uint16_t(40));

    PacketBuilder e;
    auto outer = v4("50.4.5.201", "126.64.12.6");
    auto quoted = v4("126.64.12.6", "50.4.5.201");
    e.icmpUnreachableQuotingUdp(outer, 3, quoted, 1111, 2222);
    PacketRecord u;
    QCOMPARE(PacketDecoder::decode(1, e.data(), uint32_t(e.size()), u), PacketDecoder::Outcome::Ok);
    QCOMPARE(u.proto, ipproto::Icmp);
    QVERIFY(u.icmpQuoted);
    QCOMPARE(u.quotedProto, ipproto::Udp);
    QCOMPARE(u.quotedSrc, quoted.src);
    QCOMPARE(u.quotedDstPort, uint16_t(2222));
}

QTEST_GUILESS_MAIN(TestPacketBuilder)
#include "tst_packetbuilder.moc"
