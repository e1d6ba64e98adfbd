// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the fuzz targets' starting corpora from the project's own writers, so no binary seeds live
// in the repository:  teiten_fuzz_seeds OUTDIR  creates
//   OUTDIR/payloaddecoder/<route>  one sample payload per decoder route of fuzzinputs.h
//   OUTDIR/packetdecoder/<n>       link-type selector byte + a frame, for every supported link type
//   OUTDIR/capturereader/<n>       small pcap / pcap-ns / big-endian / pcapng files, plain and gzip,
//                                  written by CaptureWriter from PacketBuilder frames
//   OUTDIR/flowsegmentcodec/<n>    flow segment blobs written by FlowSegmentCodec
//   OUTDIR/rollupsegmentcodec/<n>  roll-up segment blobs written by RollupSegmentCodec
// Text seeds (periods, filters, sensors.csv) are small hand-written files in tests/fuzz/seeds/.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include "capturewriter.h"
#include "flowsegmentcodec.h"
#include "fuzzinputs.h"
#include "packetbuilder.h"
#include "rollupsegmentcodec.h"

using namespace teiten;

namespace {

QByteArray hex(const char *h)
{
    if (std::strlen(h) % 2 != 0) { // a typo in a sample would silently shift every byte after it
        std::fprintf(stderr, "teiten_fuzz_seeds: odd-length hex sample %s\n", h);
        std::exit(1);
    }
    return QByteArray::fromHex(h);
}

QByteArray text(std::string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

/// A request a scanner or reflector-abuser sends to each decoder's port (replies are left to the
/// fuzzer: each route also runs in the reply direction).
QByteArray samplePayload(std::string_view route)
{
    const QByteArray dnsAny = hex("abcd0100000100000000000107" "6578616d706c6503636f6d00" "00ff0001"
                                  "0000291000000000000000");
    if (route == "dns" || route == "llmnr")
        return dnsAny;
    if (route == "mdns")
        return hex("00000000000100000000000005" "5f68747470045f746370056c6f63616c00" "000c0001");
    if (route == "dns-tcp")
        return hex("002b") + dnsAny;
    if (route == "ntp") // NTPv2 mode 7 MON_GETLIST_1 (monlist)
        return hex("1700032a") + QByteArray(44, '\0');
    if (route == "ssdp" || route == "plex-gdm")
        return text("M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: \"ssdp:discover\"\r\nMX: 1\r\n"
                    "ST: ssdp:all\r\n\r\n");
    if (route == "chargen" || route == "qotd")
        return text("\r\n");
    if (route == "snmp" || route == "snmptrap") // v2c GetBulk "public" 1.3.6.1.2.1
        return hex("302602010104067075626c6963a51902040000000102010002010a300b300906052b060102010500");
    if (route == "memcached-udp")
        return hex("0000000000010000") + text("stats\r\n");
    if (route == "memcached-tcp")
        return text("stats\r\n");
    if (route == "netbios-ns") // NBSTAT query for "*"
        return hex("e5d80000000100000000000020434b414141414141414141414141414141414141414141414141414141414141"
                   "0000210001");
    if (route == "portmap") // RPC call PMAPPROC_DUMP
        return hex("000000040000000000000002000186a00000000200000004" "00000000000000000000000000000000");
    if (route == "cldap") // searchRequest for the root DSE, (objectclass=*)
        return hex("3025020101632004000a01000a0100020100020100010100870b6f626a656374636c6173733000");
    if (route == "tftp")
        return hex("0001") + text("boot.cfg") + hex("00") + text("octet") + hex("00");
    if (route == "mssql")
        return hex("02");
    if (route == "rip")
        return hex("010200000000000000000000000000000000000000000010");
    if (route == "coap") // GET /.well-known/core
        return hex("40011234bb2e77656c6c2d6b6e6f776e04636f7265");
    if (route == "ws-discovery")
        return text("<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap=\"http://www.w3.org/2003/"
                    "05/soap-envelope\" xmlns:wsd=\"http://schemas.xmlsoap.org/ws/2005/04/discovery\"><soap:Body>"
                    "<wsd:Probe/></soap:Body></soap:Envelope>");
    if (route == "ubiquiti")
        return hex("01000000");
    if (route == "kad")
        return hex("e42100000000000000000000000000000000");
    if (route == "bittorrent")
        return text("d1:ad2:id20:abcdefghij0123456789e1:q4:ping1:t2:aa1:y1:qe");
    if (route == "game")
        return hex("ffffffff") + text("TSource Engine Query") + hex("00");
    if (route == "slp") // SrvRqst v2
        return hex("0201000029000000000000010002656e0000000f736572766963653a7072696e746572000000000000");
    if (route == "bacnet") // Who-Is
        return hex("810b000c0120ffff00ff1008");
    if (route == "stun") // Binding request
        return hex("000100002112a442000102030405060708090a0b");
    if (route == "sip")
        return text("OPTIONS sip:100@192.0.2.1 SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.9:5060\r\nCSeq: 1 OPTIONS\r\n\r\n");
    if (route == "ike") // IKEv2 IKE_SA_INIT header, length 28
        return hex("0011223344556677000000000000000021202208000000000000001c");
    if (route == "nat-pmp")
        return hex("0000");
    if (route == "openvpn")
        return hex("38112233445566778800000000");
    if (route == "teamspeak")
        return text("TS3INIT1") + hex("00658800000000000000000000");
    if (route == "dvr-dhdiscover")
        return hex("2000000044484950000000000000000049000000000000004900000000000000")
            + text("{ \"method\" : \"DHDiscover.search\", \"params\" : { \"mac\" : \"\" } }\n");
    return {};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "teiten_fuzz_seeds: cannot write %s: %s\n", qPrintable(path), qPrintable(f.errorString()));
        return false;
    }
    return true;
}

/// Documentation addresses: a scanner in 198.51.100.0/24 or 2001:db8:5::/48 probing a sensor.
PacketBuilder::IpFields ipFields(bool v6)
{
    PacketBuilder::IpFields ip;
    ip.src = *IpAddress::parse(v6 ? QStringLiteral("2001:db8:5::7") : QStringLiteral("198.51.100.7"));
    ip.dst = *IpAddress::parse(v6 ? QStringLiteral("2001:db8:1::21") : QStringLiteral("192.0.2.33"));
    ip.id = v6 ? 0 : 0x1234;
    ip.flowLabel = v6 ? 0x12345 : 0;
    return ip;
}

PacketBuilder::IpFields v4()
{
    return ipFields(false);
}

PacketBuilder::IpFields v6()
{
    return ipFields(true);
}

struct Datagram {
    QByteArray ip; ///< starts at the IP header
    bool v6 = false;
};

/// A mix of what a darknet sensor records: SYN scans, UDP probes, an ICMP error quoting a spoofed
/// datagram (backscatter), echo, a non-first fragment, and the same over IPv6.
std::vector<Datagram> datagrams()
{
    PacketBuilder b(PacketBuilder::Link::Raw);
    std::vector<Datagram> out;
    auto take = [&](size_t n, bool isV6) {
        if (n > 0)
            out.push_back({b.frame(), isV6});
    };
    PacketBuilder::TcpFields syn;
    syn.srcPort = 54321;
    syn.dstPort = 445;
    syn.seq = 0xc0000221; // ZMap-like: sequence derived from the destination
    syn.window = 65535;
    const uint8_t mss[] = {0x02, 0x04, 0x05, 0xb4, 0x01, 0x03, 0x03, 0x07};
    take(b.tcp(v4(), syn), false);
    syn.options = mss;
    syn.optionsLength = sizeof(mss);
    syn.dstPort = 23;
    take(b.tcp(v6(), syn), true);
    const QByteArray dns = samplePayload("dns");
    const auto *dnsBytes = reinterpret_cast<const uint8_t *>(dns.constData());
    take(b.udp(v4(), 40001, 53, dnsBytes, size_t(dns.size())), false);
    const QByteArray ntp = samplePayload("ntp");
    take(b.udp(v6(), 40001, 123, reinterpret_cast<const uint8_t *>(ntp.constData()), size_t(ntp.size())), true);
    take(b.icmpUnreachableQuotingUdp(v4(), 3, v4(), 53, 40001, dnsBytes, 12), false);
    take(b.icmpUnreachableQuotingUdp(v6(), 4, v6(), 53, 40001, dnsBytes, 12), true);
    take(b.icmp(v4(), 8, 0, 0x00010001), false);
    take(b.icmp(v6(), 128, 0, 0x00010001), true);
    // A non-first fragment: offset 185 × 8 bytes, no transport header to read.
    if (b.udp(v4(), 40001, 1900) > 0) {
        QByteArray frag = b.frame();
        frag[6] = char(0x00);
        frag[7] = char(185);
        out.push_back({frag, false});
    }
    return out;
}

void put32le(QByteArray &b, uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char(v >> (8 * i)));
}

void put32be(QByteArray &b, uint32_t v)
{
    for (int i = 3; i >= 0; --i)
        b.append(char(v >> (8 * i)));
}

/// `d` framed as `linkType` carries it; empty if that link type cannot carry its IP version.
QByteArray frameFor(int linkType, const Datagram &d)
{
    const uint16_t etherType = d.v6 ? 0x86dd : 0x0800;
    QByteArray f;
    switch (linkType) {
    case 0: // NULL: address family in the capturing host's order (BSD AF_INET6 is 24 here)
        put32le(f, d.v6 ? 24 : 2);
        break;
    case 108: // LOOP: network order
        put32be(f, d.v6 ? 28 : 2);
        break;
    case 1:
        f = hex("0200000000010200000000020000");
        f[12] = char(etherType >> 8);
        f[13] = char(etherType);
        break;
    case 9:
    case 50: // PPP in HDLC-like framing
        f = d.v6 ? hex("ff030057") : hex("ff030021");
        break;
    case 104: // Cisco HDLC
        f = hex("0f00");
        f.append(char(etherType >> 8)).append(char(etherType));
        break;
    case 113: // Linux cooked v1: packet type, ARPHRD_ETHER, address length, address, protocol
        f = hex("000000010006020000000001000000");
        f.append(char(etherType >> 8)).append(char(etherType));
        break;
    case 276: // Linux cooked v2: protocol, reserved, ifindex, ARPHRD_ETHER, type, length, address
        f.append(char(etherType >> 8)).append(char(etherType));
        f += hex("00000000000200010006020000000001" "0000");
        break;
    case 239: { // NFLOG: family, version, resource id, then host-order TLVs with NFULA_PAYLOAD (9)
        f = hex("00000000");
        f[0] = char(d.v6 ? 10 : 2);
        const QByteArray hdr = hex("080001000800" "0300");
        f += hdr; // NFULA_PACKET_HDR, length 8
        const uint16_t len = uint16_t(4 + d.ip.size());
        const uint16_t type = 9;
        f.append(reinterpret_cast<const char *>(&len), 2).append(reinterpret_cast<const char *>(&type), 2);
        f += d.ip;
        while (f.size() % 4)
            f.append('\0');
        return f;
    }
    case 228:
        if (d.v6)
            return {};
        break;
    case 229:
        if (!d.v6)
            return {};
        break;
    default: // RAW (12, 14, 101)
        break;
    }
    return f + d.ip;
}

void setAddress(uint8_t (&a)[16], const IpAddress &ip)
{
    std::memcpy(a, ip.bytes(), 16);
}

/// A one-packet tuple `us` into the hour, between the documentation addresses of ipFields().
FlowTuple flowTuple(bool isV6, int64_t us, uint8_t proto, int32_t port)
{
    const PacketBuilder::IpFields ip = ipFields(isV6);
    FlowTuple t;
    t.firstUs = t.lastUs = fuzz::kSegmentBaseUs + us;
    t.packets = 1;
    t.firstOffset = 24 + us / 1000;
    setAddress(t.src, ip.src);
    setAddress(t.dst, ip.dst);
    t.proto = proto;
    t.port = t.dport = port;
    t.sport = -1;
    t.firstSport = 54321;
    t.firstIpId = ip.id;
    t.ttl = 241;
    t.region = ('C' << 8) | 'N';
    return t;
}

/// What an import stores: SYN scans, UDP probes with payloads, ICMP errors quoting IPv4 and IPv6
/// datagrams, fragments, field extremes, and a segment out of time order.
std::vector<std::vector<FlowTuple>> flowSegments()
{
    std::vector<FlowTuple> scan;
    for (int i = 0; i < 4; ++i) {
        FlowTuple t = flowTuple(i % 2, 1000000LL * i, ipproto::Tcp, i < 2 ? 23 : 445);
        t.tcpFlags = 0x02;
        t.firstSeq = 0xc0000221u + uint32_t(i);
        t.ipLength = 40;
        t.fingerprints = 0x01;
        scan.push_back(t);
    }
    std::vector<FlowTuple> probes;
    for (int i = 0; i < 3; ++i) {
        FlowTuple t = flowTuple(i == 1, 60000000LL * i, ipproto::Udp, i ? 123 : 53);
        t.lastUs += 59000000;
        t.packets = 3 + i;
        t.payloadId = 1 + i;
        t.ipLength = 76;
        probes.push_back(t);
    }
    std::vector<FlowTuple> errors;
    for (bool isV6 : {false, true}) {
        FlowTuple t = flowTuple(isV6, 1800000000LL, isV6 ? ipproto::Icmpv6 : ipproto::Icmp, 0);
        t.sport = isV6 ? 1 : 3;
        t.dport = isV6 ? 4 : 3;
        t.quoted = true;
        t.quotedProto = ipproto::Udp;
        t.quotedDport = 53;
        std::memcpy(t.quotedSrc, t.dst, 16);
        setAddress(t.quotedDst, ipFields(!isV6).src); // the other family: each address has its own width
        errors.push_back(t);
    }
    FlowTuple fragment = flowTuple(false, 3599999999LL, ipproto::Udp, -1);
    fragment.dport = -1;
    fragment.ipLength = 1500;
    FlowTuple large = flowTuple(true, 0, ipproto::Tcp, 65535);
    large.lastUs = large.firstUs + 3599999999LL;
    large.packets = INT64_C(1) << 40;
    large.firstOffset = INT64_C(1) << 40;
    large.payloadId = INT32_MAX;
    large.firstSeq = UINT32_MAX;
    large.firstIpId = large.firstSport = large.ipLength = large.region = UINT16_MAX;
    large.ttl = large.tcpFlags = large.fingerprints = UINT8_MAX;
    std::vector<FlowTuple> unsorted{errors[1], fragment, scan[0], large, probes[2], errors[0]};
    return {{}, scan, probes, errors, {fragment, large}, unsorted};
}

/// libpcap allocates a record buffer of the snap length; at 64 KiB it stays in the sanitizer's fast
/// allocator instead of an mmap per file, which triples the capture reader target's speed. One
/// seed keeps the default 256 KiB so that path is covered too.
constexpr uint32_t kSeedSnapLength = 65535;

bool writeCapture(const QString &path, const CaptureWriter::Options &options, const std::vector<QByteArray> &frames)
{
    auto w = CaptureWriter::create(path, options);
    if (!w) {
        std::fprintf(stderr, "teiten_fuzz_seeds: %s\n", qPrintable(w.error().message));
        return false;
    }
    int64_t t = 1377993600LL * 1000000000LL; // 2013-09-01
    for (const QByteArray &f : frames) {
        if (!(*w)->write(t, f)) {
            std::fprintf(stderr, "teiten_fuzz_seeds: cannot write %s\n", qPrintable(path));
            return false;
        }
        t += 1234567891;
    }
    return bool((*w)->close());
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: teiten_fuzz_seeds OUTDIR\n");
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    for (const char *sub : {"payloaddecoder", "packetdecoder", "capturereader", "flowsegmentcodec", "rollupsegmentcodec"}) {
        if (!out.mkpath(QString::fromLatin1(sub))) {
            std::fprintf(stderr, "teiten_fuzz_seeds: cannot create %s/%s\n", argv[1], sub);
            return 1;
        }
    }
    int files = 0;
    for (const fuzz::PayloadRoute &r : fuzz::kPayloadRoutes) {
        if (!writeFile(out.filePath(QStringLiteral("payloaddecoder/%1").arg(QString::fromLatin1(r.name))),
                       samplePayload(r.name)))
            return 1;
        ++files;
    }

    const std::vector<Datagram> mix = datagrams();
    // Every payload sample inside an Ethernet/IPv4 frame, so the packet decoder reaches each decoder.
    PacketBuilder eth(PacketBuilder::Link::Ethernet);
    std::vector<QByteArray> ethernetFrames;
    for (const fuzz::PayloadRoute &r : fuzz::kPayloadRoutes) {
        const QByteArray p = samplePayload(r.name);
        const auto *bytes = reinterpret_cast<const uint8_t *>(p.constData());
        size_t n = 0;
        if (r.proto == ipproto::Udp) {
            n = eth.udp(v4(), fuzz::kClientPort, r.port, bytes, size_t(p.size()));
        } else {
            PacketBuilder::TcpFields t;
            t.srcPort = fuzz::kClientPort;
            t.dstPort = r.port;
            t.flags = 0x18; // PSH|ACK
            n = eth.tcp(v4(), t, bytes, size_t(p.size()));
        }
        if (n > 0)
            ethernetFrames.push_back(eth.frame());
    }
    for (size_t i = 0; i < ethernetFrames.size(); ++i) {
        if (!writeFile(out.filePath(QStringLiteral("packetdecoder/eth-%1").arg(i)),
                       char(fuzz::linkTypeIndex(1)) + ethernetFrames[i]))
            return 1;
        ++files;
    }
    for (size_t li = 0; li < fuzz::kLinkTypeCount; ++li) {
        const int linkType = fuzz::kLinkTypes[li];
        std::vector<QByteArray> frames;
        for (size_t i = 0; i < mix.size(); ++i) {
            const QByteArray f = frameFor(linkType, mix[i]);
            if (f.isEmpty())
                continue;
            frames.push_back(f);
            if (!writeFile(out.filePath(QStringLiteral("packetdecoder/link%1-%2").arg(linkType).arg(i)), char(li) + f))
                return 1;
            ++files;
        }
        // One small capture per link type, alternating the container so both readers see each.
        CaptureWriter::Options o;
        o.linkType = linkType;
        o.snapLength = kSeedSnapLength;
        o.format = li % 2 ? CaptureWriter::Format::PcapNg : CaptureWriter::Format::Pcap;
        if (!writeCapture(out.filePath(QStringLiteral("capturereader/link%1").arg(linkType)), o, frames))
            return 1;
        ++files;
    }
    // Every container variant with the Ethernet mix (first frames only: seeds stay small).
    std::vector<QByteArray> small(ethernetFrames.begin(), ethernetFrames.begin() + 6);
    for (const QByteArray &raw : std::vector<QByteArray>{frameFor(1, mix[4]), frameFor(1, mix[5])})
        small.push_back(raw);
    struct Variant {
        const char *name;
        CaptureWriter::Format format;
        bool bigEndian;
        bool gzip;
    };
    const Variant variants[] = {
        {"pcap-le", CaptureWriter::Format::Pcap, false, false},
        {"pcap-be", CaptureWriter::Format::Pcap, true, false},
        {"pcap-ns", CaptureWriter::Format::PcapNanosecond, false, false},
        {"pcapng-le", CaptureWriter::Format::PcapNg, false, false},
        {"pcapng-be", CaptureWriter::Format::PcapNg, true, false},
        {"pcap-gz", CaptureWriter::Format::Pcap, false, true},
        {"pcapng-gz", CaptureWriter::Format::PcapNg, false, true},
    };
    for (const Variant &v : variants) {
        CaptureWriter::Options o;
        o.snapLength = v.format == CaptureWriter::Format::Pcap && !v.gzip && !v.bigEndian ? o.snapLength
                                                                                      : kSeedSnapLength;
        o.format = v.format;
        o.bigEndian = v.bigEndian;
        o.gzip = v.gzip;
        if (!writeCapture(out.filePath(QStringLiteral("capturereader/%1").arg(QString::fromLatin1(v.name))), o, small))
            return 1;
        ++files;
    }
    const std::vector<std::vector<FlowTuple>> segments = flowSegments();
    for (size_t i = 0; i < segments.size(); ++i) {
        if (!writeFile(out.filePath(QStringLiteral("flowsegmentcodec/%1").arg(i)),
                       FlowSegmentCodec::encode(segments[i], fuzz::kSegmentBaseUs)))
            return 1;
        ++files;
    }
    // Roll-ups as a flush writes them: the segments' tuples summed per (proto, port, region).
    for (size_t i = 0; i < segments.size(); ++i) {
        std::vector<RollupEntry> entries;
        for (const FlowTuple &t : segments[i]) {
            RollupEntry e;
            e.proto = t.proto;
            e.port = t.port;
            e.region = t.region;
            e.packets = t.packets;
            e.bytes = t.packets * t.ipLength;
            entries.push_back(e);
        }
        if (!writeFile(out.filePath(QStringLiteral("rollupsegmentcodec/%1").arg(i)), RollupSegmentCodec::encode(entries)))
            return 1;
        ++files;
    }
    std::printf("teiten_fuzz_seeds: wrote %d seed files under %s\n", files, argv[1]);
    return 0;
}
