// SPDX-License-Identifier: GPL-3.0-or-later
#include "demonetworkgenerator.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <arpa/inet.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>

#include "capturewriter.h"
#include "demoledger.h"
#include "demoscenario.h"
#include "mmdbwriter.h"
#include "packetbuilder.h"

namespace teiten {

namespace {

using Tool = DemoScenario::Tool;
using Os = DemoScenario::Os;
using ProbeKind = DemoScenario::ProbeKind;

constexpr int64_t kSecond = 1000000000LL;

enum class Kind : uint8_t { BgTcp, BgIcmp, BgUdp, Dns, Ics, BsSynAck, BsRst, BsIcmp };

// One planned packet. Everything random about it is drawn while planning, so building the frame
// later is a pure function of this record (and the frame order only depends on the sort key).
struct Desc {
    int64_t timeNs;     // within the day
    uint32_t ordinal;   // tie-break for equal times: keeps the sort deterministic everywhere
    uint32_t source;
    uint32_t seq;
    uint32_t aux32;     // TCP ack, ICMP rest-of-header, DNS/UDP transaction id, quoted IP id
    uint16_t dport;
    uint16_t sport;
    uint16_t ipId;
    uint16_t aux16;     // background: service index; ICS: port index; DNS: source index; BS: victim
    Kind kind;
    uint8_t addr;       // destination address index within the sensor
    uint8_t ttl;
    uint8_t aux8;       // DNS: domain; BS ICMP: quoted payload length; UDP: payload variant
};

struct WorkItem {
    int sensor;
    int firstDay;
    int lastDay;
    double weight;
};

uint16_t masscanId(uint32_t dst, uint16_t dport, uint32_t seq) { return uint16_t((dst ^ dport ^ seq) & 0xffff); }

// Sets seq/IP ID so that the packet matches the fingerprint rule of `tool` and no other rule (the
// ledger's fingerprint counts are then exactly the tools' packets).
void applyFingerprint(Tool tool, uint32_t dst, uint16_t dport, uint32_t &seq, uint16_t &ipId, DemoRandom &rng)
{
    switch (tool) {
    case Tool::ZMap:
        ipId = 54321;
        while (seq == dst || masscanId(dst, dport, seq) == 54321)
            seq = rng.next32();
        break;
    case Tool::Masscan:
        for (;;) {
            if (seq != dst && masscanId(dst, dport, seq) != 54321)
                break;
            seq = rng.next32();
        }
        ipId = masscanId(dst, dport, seq);
        break;
    case Tool::Mirai:
        seq = dst;
        while (ipId == 54321 || ipId == masscanId(dst, dport, seq))
            ipId = rng.next16();
        break;
    case Tool::None:
        while (seq == dst)
            seq = rng.next32();
        while (ipId == 54321 || ipId == masscanId(dst, dport, seq))
            ipId = uint16_t(ipId + 1);
        break;
    }
}

uint16_t ephemeralPort(Os os, DemoRandom &rng)
{
    // Windows XP-era stacks use 1025–5000, later Windows 49152–65535; Linux 32768–61000.
    if (os == Os::Windows)
        return rng.chance(0.6) ? uint16_t(1025 + rng.below(3976)) : uint16_t(49152 + rng.below(16384));
    return uint16_t(32768 + rng.below(28233));
}

int64_t timeInDay(DemoRandom &rng) { return int64_t(rng.next() % uint64_t(DemoScenario::DayNs)); }

class PlanContext {
public:
    PlanContext(const DemoScenario &sc, int sensor, int day, std::vector<Desc> &out)
        : m_sc(sc), m_sensor(sc.sensors()[sensor]), m_sensorIndex(sensor), m_day(day), m_out(out)
    {
    }

    void background(DemoRandom &rng);
    void dns(DemoRandom &rng);
    void ics();
    void backscatter(DemoRandom &rng);

private:
    Desc &push(int64_t t)
    {
        Desc &d = m_out.emplace_back();
        d = Desc {};
        d.timeNs = t;
        d.ordinal = uint32_t(m_out.size());
        return d;
    }
    Desc &pushProbe(int64_t t, Kind kind, uint32_t src, uint8_t addr, uint8_t ttl, uint16_t svcIndex, uint16_t sport,
                    uint16_t dport)
    {
        Desc &d = push(t);
        d.kind = kind;
        d.source = src;
        d.addr = addr;
        d.ttl = ttl;
        d.aux16 = svcIndex;
        d.sport = sport;
        d.dport = dport;
        return d;
    }
    uint32_t dstV4(uint8_t addr) const { return m_sensor.addresses[addr].v4(); }

    const DemoScenario &m_sc;
    const DemoScenario::Sensor &m_sensor;
    int m_sensorIndex;
    int m_day;
    std::vector<Desc> &m_out;
};

void PlanContext::background(DemoRandom &rng)
{
    const int q = DemoScenario::quarterOf(m_day);
    const int64_t n = rng.poisson(m_sc.backgroundMean(m_sensorIndex, m_day));
    const bool hasV6 = m_sensor.addresses.size() > size_t(m_sensor.v4Count);
    int64_t made = 0;
    while (made < n) {
        const int64_t t0 = timeInDay(rng);
        const bool v6 = hasV6 && rng.chance(DemoScenario::V6Share);
        uint16_t svcIndex;
        uint32_t src;
        uint8_t addr;
        if (v6) {
            svcIndex = m_sc.sampleV6Service(rng);
            src = m_sc.sampleV6Source(rng);
            addr = uint8_t(m_sensor.v4Count);
        } else {
            svcIndex = m_sc.sampleService(m_day, rng);
            const uint16_t region = m_sc.sampleRegion(m_day, rng);
            src = m_sc.sampleSource(q, svcIndex, region, rng);
            addr = uint8_t(rng.below(uint32_t(m_sensor.v4Count)));
        }
        const auto &svc = m_sc.services()[svcIndex];
        const auto &so = m_sc.sources()[src];
        const uint16_t dport = svc.randomPorts ? m_sc.randomPortOf(so, svc.proto, rng) : svc.port;
        const uint16_t sport = ephemeralPort(so.os, rng);
        uint32_t seq = rng.next32();
        uint16_t ipId = rng.next16();
        switch (svc.probe) {
        case ProbeKind::TcpSyn: {
            // Tools fire once; stacks retransmit an unanswered SYN after 3 s and 9 s.
            const double u = rng.uniform();
            const int attempts = so.tool != Tool::None ? 1 : u < 0.55 ? 1 : u < 0.85 ? 2 : 3;
            static constexpr int64_t kRetry[3] = {0, 3 * kSecond, 9 * kSecond};
            for (int i = 0; i < attempts; ++i) {
                const int64_t t = t0 + kRetry[i] + (i ? int64_t(rng.below(20000000)) : 0);
                if (t >= DemoScenario::DayNs)
                    break;
                Desc &d = pushProbe(t, Kind::BgTcp, src, addr, so.ttl, svcIndex, sport, dport);
                d.seq = seq;
                d.ipId = uint16_t(ipId + i * (1 + rng.below(3)));
                if (!v6)
                    applyFingerprint(so.tool, dstV4(addr), dport, d.seq, d.ipId, rng);
                seq = d.seq; // retransmissions keep the sequence number
                ++made;
            }
            break;
        }
        case ProbeKind::IcmpEcho: {
            // ping: a few echo requests one second apart.
            const int count = 1 + int(rng.below(3));
            const uint16_t ident = so.os == Os::Windows ? 1 : rng.next16();
            const uint16_t firstSeq = so.os == Os::Windows ? uint16_t(1 + rng.below(500)) : 1;
            for (int i = 0; i < count; ++i) {
                const int64_t t = t0 + i * kSecond + int64_t(rng.below(5000000));
                if (t >= DemoScenario::DayNs)
                    break;
                Desc &d = pushProbe(t, Kind::BgIcmp, src, addr, so.ttl, svcIndex, 0, 0);
                d.aux32 = (uint32_t(ident) << 16) | uint16_t(firstSeq + i);
                d.ipId = uint16_t(ipId + i);
                d.seq = seq;
                ++made;
            }
            break;
        }
        default: {
            const int count = rng.chance(0.15) ? 2 : 1; // the odd retry
            for (int i = 0; i < count; ++i) {
                const int64_t t = t0 + i * (kSecond + int64_t(rng.below(500000000)));
                if (t >= DemoScenario::DayNs)
                    break;
                Desc &d = pushProbe(t, Kind::BgUdp, src, addr, so.ttl, svcIndex, sport, dport);
                d.aux32 = seq;
                d.seq = seq;
                d.ipId = uint16_t(ipId + i);
                d.aux8 = uint8_t(rng.below(256));
                ++made;
            }
            break;
        }
        }
    }
}

void PlanContext::dns(DemoRandom &rng)
{
    const auto &e = m_sc.dns();
    if (e.targetAddress[m_sensorIndex] < 0 || e.dayMean[m_day] <= 0)
        return;
    const int64_t n = rng.poisson(e.dayMean[m_day] * e.sensorFactor[m_sensorIndex]);
    const DemoScenario::DnsBurst *bursts[8];
    int nb = 0;
    int64_t total = 0;
    for (const auto &b : e.bursts)
        if (b.day == m_day && nb < 8) {
            bursts[nb++] = &b;
            total += b.endNs - b.startNs;
        }
    if (!nb || total <= 0)
        return;
    const uint8_t addr = uint8_t(e.targetAddress[m_sensorIndex]);
    for (int64_t i = 0; i < n; ++i) {
        int64_t x = int64_t(rng.next() % uint64_t(total));
        int k = 0;
        while (k < nb - 1 && x >= bursts[k]->endNs - bursts[k]->startNs) {
            x -= bursts[k]->endNs - bursts[k]->startNs;
            ++k;
        }
        Desc &d = push(bursts[k]->startNs + x);
        d.kind = Kind::Dns;
        const int which = rng.uniform() < e.sourceWeights[0] ? 0 : 1;
        d.source = e.sources[size_t(which)];
        d.aux16 = uint16_t(which);
        d.aux8 = uint8_t(rng.below(uint32_t(e.domains.size())));
        d.addr = addr;
        d.dport = 53;
        d.sport = uint16_t(1024 + rng.below(64512));
        d.ttl = m_sc.sources()[d.source].ttl;
        d.ipId = rng.next16();
        d.aux32 = rng.next16();
    }
}

void PlanContext::ics()
{
    const auto &e = m_sc.ics();
    const auto first = std::lower_bound(e.sweeps.begin(), e.sweeps.end(), m_day,
                                        [](const DemoScenario::IcsSweep &s, int day) { return s.day < day; });
    for (auto it = first; it != e.sweeps.end() && it->day == m_day; ++it) {
        const auto &so = m_sc.sources()[it->source];
        const uint16_t portIndex = uint16_t(std::find(e.ports.begin(), e.ports.end(), it->port) - e.ports.begin());
        for (int a = 0; a < m_sensor.v4Count; ++a) {
            // Keyed by (sweep, network-wide address): the same sweep looks the same from every sensor,
            // however the work is split between threads.
            DemoRandom r(DemoRandom::derive(it->key, m_sensor.firstAddressIndex + uint32_t(a)));
            if (!r.chance(e.hitProbability))
                continue;
            const int64_t t0 = it->startNs + int64_t(r.uniform() * 600.0 * double(kSecond));
            const int count = r.chance(0.3) ? 2 : 1;
            uint32_t seq = r.next32();
            const uint16_t sport = uint16_t(32768 + r.below(28233));
            const uint16_t ipId = r.next16();
            for (int i = 0; i < count; ++i) {
                Desc &d = push(t0 + i * 3 * kSecond);
                d.kind = Kind::Ics;
                d.source = it->source;
                d.addr = uint8_t(a);
                d.dport = it->port;
                d.sport = sport;
                d.ttl = so.ttl;
                d.seq = seq;
                d.ipId = uint16_t(ipId + i);
                d.aux16 = portIndex;
                applyFingerprint(Tool::None, dstV4(uint8_t(a)), it->port, d.seq, d.ipId, r);
                seq = d.seq;
            }
        }
    }
}

void PlanContext::backscatter(DemoRandom &rng)
{
    const auto &e = m_sc.backscatter();
    if (e.dayMean[m_day] <= 0)
        return;
    // Backscatter is spread evenly over the address space: a sensor sees it per address it owns.
    int totalV4 = 0;
    for (const auto &s : m_sc.sensors())
        totalV4 += s.v4Count;
    const int64_t n = rng.poisson(e.dayMean[m_day] * m_sensor.v4Count / totalV4);
    const auto [from, to] = e.window[m_day];
    for (int64_t i = 0; i < n; ++i) {
        Desc &d = push(from + int64_t(rng.uniform() * double(to - from)));
        const int victim = rng.chance(0.75) ? 0 : 1;
        d.source = e.victims[size_t(victim)];
        d.aux16 = uint16_t(victim);
        d.addr = uint8_t(rng.below(uint32_t(m_sensor.v4Count)));
        d.ttl = m_sc.sources()[d.source].ttl;
        const double u = rng.uniform();
        d.kind = u < 0.55 ? Kind::BsSynAck : u < 0.80 ? Kind::BsRst : Kind::BsIcmp;
        if (d.kind == Kind::BsIcmp) {
            // The victim's answer to a spoofed UDP datagram "from" this sensor's address.
            d.sport = uint16_t(1024 + rng.below(64512)); // quoted: spoofed source port
            d.dport = uint16_t(1 + rng.below(65535));    // quoted: flooded port on the victim
            d.ipId = rng.next16();
            d.aux32 = rng.next16();                      // quoted datagram's IP id
            d.aux8 = uint8_t(rng.below(33));             // quoted payload length
            d.seq = uint32_t(40 + rng.below(20));        // quoted TTL as it arrived
        } else {
            d.sport = rng.chance(0.6) ? 80 : 443;
            d.dport = uint16_t(1024 + rng.below(64512));
            d.seq = d.kind == Kind::BsSynAck ? rng.next32() : 0;
            d.aux32 = rng.next32(); // acknowledges the spoofed SYN
            d.ipId = 0;             // Linux: DF set, ID 0 on these replies
        }
    }
}

// Payload templates for background UDP probes, as common scanners sent them in 2013.
size_t udpPayload(ProbeKind kind, const Desc &d, const IpAddress &dst, uint8_t *out, size_t cap)
{
    switch (kind) {
    case ProbeKind::Dns: {
        static constexpr std::string_view kNames[] = {"www.google.com", "www.qq.com", "example.com",
                                                      "openresolverproject.org"};
        return PacketBuilder::dnsQuery(out, cap, uint16_t(d.aux32), kNames[d.aux8 % 4], 1, true, 0);
    }
    case ProbeKind::Sip: {
        char ip[INET6_ADDRSTRLEN] = {};
        inet_ntop(AF_INET, dst.bytes() + 12, ip, sizeof ip);
        const int n = std::snprintf(reinterpret_cast<char *>(out), cap,
                                    "OPTIONS sip:100@%s SIP/2.0\r\n"
                                    "Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK-%u;rport\r\n"
                                    "Max-Forwards: 70\r\n"
                                    "To: \"sipvicious\"<sip:100@1.1.1.1>\r\n"
                                    "From: \"sipvicious\"<sip:100@1.1.1.1>;tag=%08x\r\n"
                                    "User-Agent: friendly-scanner\r\n"
                                    "Call-ID: %u\r\n"
                                    "CSeq: 1 OPTIONS\r\n"
                                    "Contact: <sip:100@127.0.0.1:5060>\r\n"
                                    "Accept: application/sdp\r\n"
                                    "Content-Length: 0\r\n\r\n",
                                    ip, d.seq % 1000000000u, d.seq ^ 0x5a5a5a5au, d.aux32 % 1000000000u);
        return n > 0 ? std::min(size_t(n), cap - 1) : 0;
    }
    case ProbeKind::Nbns: {
        // NetBIOS node status request for "*".
        static constexpr uint8_t kQuery[50] = {
            0, 0, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x20, 'C', 'K', 'A', 'A', 'A', 'A',
            'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'A',
            'A', 'A', 'A', 'A', 'A', 0x00, 0x00, 0x21, 0x00, 0x01};
        std::memcpy(out, kQuery, sizeof kQuery);
        out[0] = uint8_t(d.aux32 >> 8);
        out[1] = uint8_t(d.aux32);
        return sizeof kQuery;
    }
    case ProbeKind::Snmp: {
        // SNMPv1 GetRequest, community "public", sysDescr.0.
        static constexpr uint8_t kGet[43] = {0x30, 0x29, 0x02, 0x01, 0x00, 0x04, 0x06, 'p', 'u', 'b', 'l',
                                             'i', 'c', 0xa0, 0x1c, 0x02, 0x04, 0, 0, 0, 0, 0x02, 0x01, 0x00,
                                             0x02, 0x01, 0x00, 0x30, 0x0e, 0x30, 0x0c, 0x06, 0x08, 0x2b, 0x06,
                                             0x01, 0x02, 0x01, 0x01, 0x01, 0x00, 0x05, 0x00};
        std::memcpy(out, kGet, sizeof kGet);
        out[17] = uint8_t((d.aux32 >> 24) & 0x7f); // request id, kept positive
        out[18] = uint8_t(d.aux32 >> 16);
        out[19] = uint8_t(d.aux32 >> 8);
        out[20] = uint8_t(d.aux32);
        return sizeof kGet;
    }
    case ProbeKind::Ssdp: {
        static constexpr char kSearch[] = "M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\n"
                                          "MAN: \"ssdp:discover\"\r\nMX: 2\r\nST: ssdp:all\r\n\r\n";
        std::memcpy(out, kSearch, sizeof kSearch - 1);
        return sizeof kSearch - 1;
    }
    case ProbeKind::Ntp: {
        static constexpr uint8_t kMonlist[8] = {0x17, 0x00, 0x03, 0x2a, 0, 0, 0, 0}; // mode 7 MON_GETLIST_1
        std::memcpy(out, kMonlist, sizeof kMonlist);
        return sizeof kMonlist;
    }
    case ProbeKind::Chargen:
        out[0] = 0x0a;
        return 1;
    case ProbeKind::RandomUdp: {
        DemoRandom r(d.seq);
        const size_t n = 4 + r.below(40);
        for (size_t i = 0; i < n; ++i)
            out[i] = uint8_t(r.next() >> 56);
        return n;
    }
    default:
        return 0;
    }
}

// TCP SYN options of the usual stacks: the fingerprint a passive OS detector would see.
size_t synOptions(Os os, uint32_t tsval, uint8_t *o)
{
    if (os == Os::Windows) {
        static constexpr uint8_t kWin[8] = {2, 4, 0x05, 0xb4, 1, 1, 4, 2}; // MSS 1460, NOP, NOP, SACK-permitted
        std::memcpy(o, kWin, 8);
        return 8;
    }
    // MSS 1460, SACK-permitted, timestamps, NOP, window scale 7.
    static constexpr uint8_t kLinux[20] = {2, 4, 0x05, 0xb4, 4, 2, 8, 10, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 3, 7};
    std::memcpy(o, kLinux, 20);
    o[8] = uint8_t(tsval >> 24);
    o[9] = uint8_t(tsval >> 16);
    o[10] = uint8_t(tsval >> 8);
    o[11] = uint8_t(tsval);
    return 20;
}

// Builds the frame of `d`; returns its length, the IP protocol and the ledger's destination port.
size_t buildFrame(const DemoScenario &sc, const DemoScenario::Sensor &sensor, const Desc &d, int64_t absNs,
                  PacketBuilder &b, uint8_t &proto, uint16_t &port)
{
    const auto &so = sc.sources()[d.source];
    PacketBuilder::IpFields ip;
    ip.src = so.address;
    ip.dst = sensor.addresses[d.addr];
    ip.ttl = d.ttl;
    ip.id = d.ipId;
    const bool v6 = !ip.src.isV4();
    uint8_t buf[1024];
    switch (d.kind) {
    case Kind::BgTcp:
    case Kind::Ics: {
        PacketBuilder::TcpFields t;
        t.srcPort = d.sport;
        t.dstPort = d.dport;
        t.seq = d.seq;
        t.flags = 0x02;
        proto = 6;
        port = d.dport;
        if (so.tool == Tool::None || d.kind == Kind::Ics) {
            ip.dontFragment = true;
            t.window = so.os == Os::Windows ? ((so.key & 1) ? 65535 : 8192) : ((so.key & 2) ? 14600 : 5840);
            t.optionsLength = synOptions(so.os, uint32_t(absNs / 1000000) + uint32_t(so.key), buf);
            t.options = buf;
        } else if (so.tool == Tool::ZMap) {
            t.window = 65535;
        } else if (so.tool == Tool::Masscan) {
            t.window = 1024;
        } else { // Mirai: random window, no options
            t.window = uint16_t(DemoRandom::mix(d.seq ^ d.ipId) | 0x400);
        }
        return b.tcp(ip, t);
    }
    case Kind::BgIcmp: {
        proto = v6 ? 58 : 1;
        port = 0;
        size_t n;
        if (so.os == Os::Windows) {
            static constexpr char kWin[] = "abcdefghijklmnopqrstuvwabcdefghi";
            n = 32;
            std::memcpy(buf, kWin, n);
        } else {
            const uint64_t sec = uint64_t(absNs / kSecond);
            const uint64_t usec = uint64_t((absNs % kSecond) / 1000);
            std::memcpy(buf, &sec, 8); // Linux ping: struct timeval in host order, then 0x10…
            std::memcpy(buf + 8, &usec, 8);
            for (int i = 16; i < 56; ++i)
                buf[i] = uint8_t(i);
            n = 56;
        }
        return b.icmp(ip, v6 ? 128 : 8, 0, d.aux32, buf, n);
    }
    case Kind::BgUdp: {
        proto = 17;
        port = d.dport;
        const auto &svc = sc.services()[d.aux16];
        const size_t n = udpPayload(svc.probe, d, ip.dst, buf, sizeof buf);
        return b.udp(ip, d.sport, d.dport, buf, n);
    }
    case Kind::Dns: {
        proto = 17;
        port = 53;
        const char *name = sc.dns().domains[d.aux8];
        const size_t n = PacketBuilder::dnsQuery(buf, sizeof buf, uint16_t(d.aux32), name, 255, true, 4096);
        return b.udp(ip, d.sport, 53, buf, n);
    }
    case Kind::BsSynAck:
    case Kind::BsRst: {
        PacketBuilder::TcpFields t;
        t.srcPort = d.sport;
        t.dstPort = d.dport;
        t.seq = d.seq;
        t.ack = d.aux32;
        ip.dontFragment = true;
        proto = 6;
        port = d.dport;
        if (d.kind == Kind::BsSynAck) {
            static constexpr uint8_t kOpts[12] = {2, 4, 0x05, 0xb4, 1, 1, 4, 2, 1, 3, 3, 7};
            t.flags = 0x12;
            t.window = 14600;
            t.options = kOpts;
            t.optionsLength = sizeof kOpts;
        } else {
            t.flags = 0x14;
            t.window = 0;
        }
        return b.tcp(ip, t);
    }
    case Kind::BsIcmp: {
        proto = 1;
        port = 0;
        PacketBuilder::IpFields quoted;
        quoted.src = ip.dst;
        quoted.dst = ip.src;
        quoted.ttl = uint8_t(d.seq);
        quoted.id = uint16_t(d.aux32);
        std::memset(buf, 0, d.aux8);
        return b.icmpUnreachableQuotingUdp(ip, 3, quoted, d.sport, d.dport, buf, d.aux8);
    }
    }
    return 0;
}

QString errnoText() { return QString::fromLocal8Bit(std::strerror(errno)); }

Status makeDir(const QString &path)
{
    if (QDir().mkpath(path))
        return Ok {};
    const QFileInfo fi(path);
    const QString reason = fi.exists() && !fi.isDir()
                               ? DemoNetworkGenerator::tr("a file with that name is in the way")
                               : errnoText();
    return Error {Error::Code::Unreadable,
                  DemoNetworkGenerator::tr("Cannot create the folder %1: %2").arg(QDir::toNativeSeparators(path),
                                                                                  reason)};
}

Status writeText(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error {Error::Code::Unreadable, DemoNetworkGenerator::tr("Cannot write %1: %2")
                                                   .arg(QDir::toNativeSeparators(path), f.errorString())};
    return Ok {};
}

Status writeDatabase(const DemoScenario &sc, const QString &path)
{
    MmdbWriter w(MmdbWriter::Layout::GeoLite2Country, QStringLiteral("Teiten-Demo-Country"));
    w.setBuildEpoch(1380585600); // 2013-10-01T00:00:00Z: fixed, so the file is reproducible
    for (const auto &r : sc.regions()) {
        if (r.iso == QLatin1String("ZZ"))
            continue; // their sources must resolve to "unknown"
        for (const auto &p : r.prefixes)
            w.insert(p, r.iso);
        for (const auto &p : r.extraPrefixes)
            w.insert(p, r.iso);
        for (const auto &p : r.v6Prefixes)
            w.insert(p, r.iso);
    }
    return w.write(path);
}

QByteArray sensorsCsv(const DemoScenario &sc)
{
    QByteArray out = "sensor,address_or_prefix,region,label\n";
    for (const auto &s : sc.sensors())
        for (const IpAddress &a : s.addresses)
            out += QStringLiteral("%1,%2,%3,%4\n").arg(s.name, a.toString(), s.region, s.label).toUtf8();
    return out;
}

QByteArray readme(const DemoScenario &sc)
{
    QString text = QStringLiteral(
        "Teiten sample sensor network (synthetic)\n"
        "========================================\n\n"
        "Made by `teiten demo` (generator %1, seed %2, scale %3). Nothing here was captured: every packet\n"
        "was synthesised by Teiten's own generator so that a new user sees a meaningful workstation\n"
        "without real data. Addresses are drawn from real regional allocations; the country database\n"
        "in geo/ is synthetic too and only describes the prefixes this network uses.\n\n"
        "Contents\n"
        "  sensors/<sensor>/<YYYY-MM-DD>.pcap   one capture per sensor per UTC day, 2013-04-01..2013-09-30\n"
        "                                       (jp-09 pcapng, jp-10 nanosecond pcap, jp-04 big-endian pcap,\n"
        "                                       jp-08 gzip-compressed .pcap.gz, us-01 Linux cooked capture)\n"
        "  sensors/sensors.csv                  sensor,address_or_prefix,region,label (read by import)\n"
        "  geo/teiten-demo-country.mmdb         MaxMind DB (GeoLite2-Country layout) for the sources\n"
        "  expected.json                        what a correct analysis finds: per-quarter packets by\n"
        "                                       service and region with distinct sources, per-sensor and\n"
        "                                       per-day counts, the injected events and tool fingerprints\n\n"
        "What to look for\n"
        "  - 2013Q2 top services 445/TCP, 1433/TCP, 0/ICMP, 3389/TCP, 22/TCP; 2013Q3 445/TCP, 1433/TCP,\n"
        "    0/ICMP, 53/UDP, 23/TCP. Regions Q2 CN, US, JP, TW, FR; Q3 CN, US, TW, JP, FR.\n"
        "  - 2013-09-03..09-30: DNS ANY amplification bursts (RD set, EDNS0 4096) from two spoofed CN\n"
        "    addresses to 10 of the 12 sensors.\n"
        "  - from 2013-08-15: scans of 102/TCP (S7), 502/TCP (Modbus) and 20000/TCP (DNP3), many of them\n"
        "    from public Shodan crawler addresses.\n"
        "  - 2013-05-20..05-23: backscatter (SYN-ACK/RST from ports 80/443, ICMP port unreachable) from\n"
        "    a DoS victim.\n"
        "  - ZMap (IP ID 54321), Masscan (IP ID = dst^dport^seq) and Mirai-style (seq = dst) scanners.\n\n"
        "Import (DIR stands for this folder)\n"
        "  teiten import --db demo.db --geoip %4/geo/teiten-demo-country.mmdb %4/sensors\n"
        "  teiten rank --db demo.db --period 2013Q3 --by port\n");
    text = text.arg(QLatin1String(DemoNetworkGenerator::Version), QString::number(sc.seed()),
                    QString::number(sc.scale()), QStringLiteral("DIR"));
    return text.toUtf8();
}

struct Shared {
    std::mutex mutex;
    std::condition_variable cv;
    std::atomic<qint64> filesDone {0};
    std::atomic<int> nextItem {0};
    std::atomic<int> workersLeft {0};
    std::atomic_bool failed {false};
    std::optional<Error> error;

    void fail(Error e)
    {
        std::lock_guard lock(mutex);
        if (!error)
            error = std::move(e);
        failed = true;
    }
};

Status runItem(const DemoScenario &sc, const WorkItem &item, const QString &outDir, DemoLedger &ledger,
               std::vector<Desc> &descs, const std::atomic_bool *cancel, Shared &shared)
{
    const auto &sensor = sc.sensors()[item.sensor];
    PacketBuilder builder(sensor.link);
    const uint8_t s = uint8_t(item.sensor);
    builder.setMacs({0x00, 0x1b, 0x21, 0x3a, 0x10, s}, {0x00, 0x0c, 0x29, 0x5e, 0x20, s});
    CaptureWriter::Options options;
    options.format = sensor.format;
    options.bigEndian = sensor.bigEndian;
    options.gzip = sensor.gzip;
    options.linkType = sensor.linkType;
    const QString dir = outDir + QStringLiteral("/sensors/") + sensor.name + QLatin1Char('/');
    for (int day = item.firstDay; day <= item.lastDay; ++day) {
        if ((cancel && cancel->load()) || shared.failed)
            return Error {Error::Code::Cancelled, DemoNetworkGenerator::tr("Generation was cancelled")};
        descs.clear();
        DemoRandom rng(DemoRandom::derive(sc.seed(), 0xda11, uint64_t(item.sensor), uint64_t(day)));
        PlanContext plan(sc, item.sensor, day, descs);
        plan.background(rng);
        plan.dns(rng);
        plan.ics();
        plan.backscatter(rng);
        std::sort(descs.begin(), descs.end(), [](const Desc &a, const Desc &b) {
            return a.timeNs != b.timeNs ? a.timeNs < b.timeNs : a.ordinal < b.ordinal;
        });

        const QString path = dir + DemoScenario::dayDate(day).toString(Qt::ISODate) + sensor.extension;
        auto writer = CaptureWriter::create(path, options);
        if (!writer)
            return writer.error();
        const int64_t dayStart = DemoScenario::dayStartNs(day);
        for (const Desc &d : descs) {
            const int64_t abs = dayStart + d.timeNs;
            uint8_t proto = 0;
            uint16_t port = 0;
            if (!buildFrame(sc, sensor, d, abs, builder, proto, port))
                return Error {Error::Code::Internal,
                              DemoNetworkGenerator::tr("Cannot build a packet for %1").arg(path)};
            auto st = (*writer)->write(abs, builder.frameView());
            if (!st)
                return st.error();
            ledger.count(day, item.sensor, d.source, proto, port);
            if (proto == 6 && (d.kind == Kind::BgTcp || d.kind == Kind::Ics) && sensor.addresses[d.addr].isV4()) {
                // Apply the published rules to what was written (SYN only, IPv4).
                const uint32_t dst = sensor.addresses[d.addr].v4();
                const uint32_t seq = d.seq;
                const uint16_t id = d.ipId;
                if (id == 54321)
                    ledger.countFingerprint(Tool::ZMap, day, d.source);
                if (id == masscanId(dst, d.dport, seq))
                    ledger.countFingerprint(Tool::Masscan, day, d.source);
                if (seq == dst)
                    ledger.countFingerprint(Tool::Mirai, day, d.source);
            }
            switch (d.kind) {
            case Kind::Dns: ledger.countDns(day, item.sensor, d.aux16, d.aux8); break;
            case Kind::Ics: ledger.countIcs(day, item.sensor, d.source, d.aux16); break;
            case Kind::BsSynAck: ledger.countBackscatter(day, item.sensor, d.aux16, DemoLedger::Backscatter::SynAck); break;
            case Kind::BsRst: ledger.countBackscatter(day, item.sensor, d.aux16, DemoLedger::Backscatter::Rst); break;
            case Kind::BsIcmp:
                ledger.countBackscatter(day, item.sensor, d.aux16, DemoLedger::Backscatter::IcmpUnreachable);
                break;
            default: break;
            }
        }
        auto st = (*writer)->close();
        if (!st)
            return st.error();
        ledger.addFile(QFileInfo(path).size());
        ++shared.filesDone;
    }
    return Ok {};
}

} // namespace

Result<DemoNetworkGenerator::Summary> DemoNetworkGenerator::generate(const Params &params, Progress progress,
                                                                     const std::atomic_bool *cancel)
{
    const auto started = std::chrono::steady_clock::now();
    if (params.outDir.isEmpty())
        return Error {Error::Code::Usage, tr("No output folder was given")};
    if (!std::isfinite(params.scale) || params.scale <= 0 || params.scale > 10000)
        return Error {Error::Code::Usage,
                      tr("The scale must be a number above 0 and at most 10000, not %1").arg(params.scale)};
    const QString outDir = QDir::cleanPath(QDir(params.outDir).absolutePath());

    const DemoScenario sc(params.seed, params.scale);
    for (const auto &s : sc.sensors())
        if (auto st = makeDir(outDir + QStringLiteral("/sensors/") + s.name); !st)
            return st.error();
    if (auto st = makeDir(outDir + QStringLiteral("/geo")); !st)
        return st.error();
    if (auto st = writeDatabase(sc, outDir + QLatin1Char('/') + QLatin1String(CountryDatabasePath)); !st)
        return st.error();
    if (auto st = writeText(outDir + QStringLiteral("/sensors/sensors.csv"), sensorsCsv(sc)); !st)
        return st.error();
    if (auto st = writeText(outDir + QStringLiteral("/README.txt"), readme(sc)); !st)
        return st.error();

    // Work in (sensor, month-sized block) items, largest first, so threads finish together.
    std::vector<WorkItem> items;
    for (int s = 0; s < int(sc.sensors().size()); ++s)
        for (int d = 0; d < DemoScenario::Days; d += 31) {
            const int last = std::min(d + 30, DemoScenario::Days - 1);
            items.push_back({s, d, last, sc.sensors()[size_t(s)].weight * (last - d + 1)});
        }
    std::stable_sort(items.begin(), items.end(), [](const WorkItem &a, const WorkItem &b) { return a.weight > b.weight; });
    const qint64 totalFiles = qint64(sc.sensors().size()) * DemoScenario::Days;

    int threads = params.threads > 0 ? params.threads : QThread::idealThreadCount();
    threads = std::clamp(threads, 1, int(items.size()));
    Shared shared;
    shared.workersLeft = threads;
    std::vector<std::unique_ptr<DemoLedger>> ledgers;
    for (int i = 0; i < threads; ++i)
        ledgers.push_back(std::make_unique<DemoLedger>(sc));
    std::vector<std::thread> workers;
    for (int i = 0; i < threads; ++i) {
        workers.emplace_back([&, i] {
            std::vector<Desc> descs;
            descs.reserve(size_t(std::max(1024.0, sc.backgroundMean(0, 0) * 40)));
            for (;;) {
                const int k = shared.nextItem++;
                if (k >= int(items.size()) || shared.failed)
                    break;
                auto st = runItem(sc, items[size_t(k)], outDir, *ledgers[size_t(i)], descs, cancel, shared);
                if (!st) {
                    shared.fail(st.error());
                    break;
                }
            }
            std::lock_guard lock(shared.mutex);
            --shared.workersLeft;
            shared.cv.notify_all();
        });
    }
    {
        std::unique_lock lock(shared.mutex);
        while (shared.workersLeft > 0) {
            shared.cv.wait_for(lock, std::chrono::milliseconds(100));
            if (progress) {
                lock.unlock();
                progress(shared.filesDone.load(), totalFiles);
                lock.lock();
            }
        }
    }
    for (auto &w : workers)
        w.join();
    if (shared.error)
        return *shared.error;

    DemoLedger &ledger = *ledgers.front();
    for (size_t i = 1; i < ledgers.size(); ++i)
        ledger.merge(*ledgers[i]);
    ledgers.resize(1);
    const QJsonDocument doc(ledger.toJson(QLatin1String(Version)));
    if (auto st = writeText(outDir + QStringLiteral("/expected.json"), doc.toJson(QJsonDocument::Indented)); !st)
        return st.error();

    Summary summary;
    summary.packets = ledger.packets();
    summary.files = ledger.files();
    summary.bytes = ledger.bytes();
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (progress)
        progress(totalFiles, totalFiles);
    return summary;
}

} // namespace teiten
