// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoscenario.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include <QStringList>

namespace teiten {

namespace {

struct RegionSpec {
    const char *iso;
    double q2, q3;      // quarterly mean weight of background packets
    int pool;           // IPv4 sources per quarter
    const char *v4;     // prefixes sources are drawn from (space-separated)
    const char *extra;  // prefixes only written to the database
    const char *v6;
    int v6Pool;
};

// Shares follow the shape of the published 2013 quarterly reports (CN ≫ US > JP ≈ TW > FR …); JP
// declines and TW holds so that they swap places in Q3 as in the report. The prefixes are real
// allocations of each region (as of 2013, to the best of public registry data), so a real country
// database places most sources in the same region as the bundled one does.
constexpr RegionSpec kRegions[] = {
    {"CN", 30.0, 35.0, 9000,
     "58.16.0.0/13 60.160.0.0/11 61.128.0.0/10 112.0.0.0/10 114.224.0.0/12 117.32.0.0/13 121.224.0.0/12 "
     "123.144.0.0/12 124.112.0.0/13 125.64.0.0/11 180.96.0.0/11 182.96.0.0/12 218.64.0.0/11",
     "", "2001:da8::/32 240e::/20", 60},
    {"US", 16.0, 15.4, 5000,
     "24.0.0.0/12 50.0.0.0/10 64.0.0.0/11 67.160.0.0/11 71.192.0.0/12 96.224.0.0/11 98.192.0.0/10 108.0.0.0/11",
     "198.20.64.0/18 66.240.192.0/18 71.6.128.0/17", "2001:470::/32 2601::/20", 50},
    {"JP", 10.2, 7.0, 2500,
     "126.0.0.0/8 133.0.0.0/8 153.128.0.0/9 210.128.0.0/11 211.0.0.0/12 219.96.0.0/11 220.208.0.0/12 61.192.0.0/12",
     "160.16.0.0/16 202.241.0.0/16", "2001:240::/32", 30},
    {"TW", 8.0, 8.0, 2200,
     "1.160.0.0/12 36.224.0.0/12 59.112.0.0/12 61.216.0.0/14 111.240.0.0/12 114.32.0.0/12 118.160.0.0/13 "
     "220.128.0.0/12",
     "", "2001:b000::/20", 10},
    {"FR", 6.0, 5.6, 1500, "2.0.0.0/12 78.192.0.0/10 86.192.0.0/11 90.0.0.0/9 176.128.0.0/10", "",
     "2a01:e00::/26", 20},
    {"DE", 4.6, 4.6, 1400, "79.192.0.0/10 84.128.0.0/10 87.160.0.0/11 91.0.0.0/10 93.192.0.0/10",
     "85.214.0.0/15", "2003::/19 2a01:238::/32", 30},
    {"KR", 4.1, 4.1, 1300,
     "1.208.0.0/12 59.0.0.0/11 61.72.0.0/13 121.128.0.0/10 175.192.0.0/10 211.32.0.0/11 218.144.0.0/12 "
     "222.96.0.0/12",
     "", "", 0},
    {"RU", 3.5, 3.5, 1500, "5.136.0.0/13 37.144.0.0/12 78.106.0.0/15 95.24.0.0/13 178.64.0.0/12", "", "", 0},
    {"BR", 2.9, 2.9, 1400, "177.0.0.0/8 186.192.0.0/11 189.0.0.0/11 201.0.0.0/12", "", "", 0},
    {"NL", 2.4, 2.4, 600, "77.160.0.0/12 82.168.0.0/14 84.24.0.0/13 94.208.0.0/12", "", "", 0},
    {"GB", 2.1, 2.1, 700, "2.24.0.0/13 81.128.0.0/11 86.0.0.0/11", "", "", 0},
    {"IN", 1.8, 1.8, 1200, "1.22.0.0/15 14.96.0.0/11 59.88.0.0/13 117.192.0.0/10 122.160.0.0/12 182.64.0.0/12", "",
     "", 0},
    {"VN", 1.6, 1.6, 1000, "1.52.0.0/14 14.160.0.0/11 113.160.0.0/11 115.72.0.0/13 123.16.0.0/12", "", "", 0},
    {"TR", 1.4, 1.4, 700, "78.160.0.0/11 85.96.0.0/12 88.224.0.0/11", "", "", 0},
    {"IT", 1.2, 1.2, 500, "2.32.0.0/11 79.0.0.0/10 151.0.0.0/10", "", "", 0},
    {"CA", 1.0, 1.0, 400, "24.48.0.0/12 70.24.0.0/13 99.224.0.0/11", "", "", 0},
    {"UA", 0.9, 0.9, 500, "46.200.0.0/13 93.72.0.0/13 176.36.0.0/14 178.92.0.0/14", "", "", 0},
    {"TH", 0.8, 0.8, 450, "1.0.128.0/17 49.228.0.0/14 58.8.0.0/14 110.164.0.0/14", "", "", 0},
    {"RO", 0.7, 0.7, 300, "5.12.0.0/14 79.112.0.0/13 86.120.0.0/13", "93.120.0.0/16", "", 0},
    {"AR", 0.65, 0.65, 350, "181.0.0.0/12 186.0.0.0/12 190.0.0.0/13", "", "", 0},
    {"ID", 0.6, 0.6, 400, "36.64.0.0/11 114.120.0.0/13 180.240.0.0/13", "", "", 0},
    {"HK", 0.55, 0.55, 250, "112.118.0.0/15 219.73.0.0/16", "", "", 0},
    {"ES", 0.5, 0.5, 300, "80.24.0.0/13 83.32.0.0/11 88.0.0.0/11", "", "", 0},
    {"AU", 0.45, 0.45, 200, "1.120.0.0/13 58.160.0.0/11 101.160.0.0/11", "", "", 0},
    {"MX", 0.4, 0.4, 250, "187.128.0.0/10 189.128.0.0/10 201.96.0.0/12", "", "", 0},
    {"IR", 0.35, 0.35, 200, "2.176.0.0/12 5.112.0.0/12 37.98.0.0/15", "", "", 0},
    {"PL", 0.3, 0.3, 200, "83.0.0.0/11 89.64.0.0/12", "", "", 0},
    {"IS", 0.0, 0.0, 0, "", "82.221.0.0/16", "", 0},
    // Sources here are in no prefix of the database: a lookup gives "unknown" (ZZ).
    {"ZZ", 0.3, 0.3, 40, "102.64.0.0/12", "", "", 0},
};

struct ServiceSpec {
    uint8_t proto;
    uint16_t port;
    bool random;
    DemoScenario::ProbeKind probe;
    double q2, q3;
};

using PK = DemoScenario::ProbeKind;
// 3389/TCP and 22/TCP fade while telnet (23, 2323) grows, so Q3's top five becomes 445, 1433, ICMP,
// (53/UDP from the injected event), 23 as in the report. The change is a slow ramp across both
// quarters, not a step, so it never looks like a surge.
constexpr ServiceSpec kServices[] = {
    {6, 445, false, PK::TcpSyn, 30.0, 30.0},   {6, 1433, false, PK::TcpSyn, 15.0, 14.6},
    {1, 0, false, PK::IcmpEcho, 10.5, 10.4},   {6, 3389, false, PK::TcpSyn, 7.4, 4.6},
    {6, 22, false, PK::TcpSyn, 6.0, 4.4},      {6, 23, false, PK::TcpSyn, 4.6, 5.9},
    {6, 80, false, PK::TcpSyn, 3.6, 3.6},      {6, 8080, false, PK::TcpSyn, 2.7, 2.7},
    {6, 3306, false, PK::TcpSyn, 2.2, 2.2},    {6, 135, false, PK::TcpSyn, 1.8, 1.8},
    {6, 25, false, PK::TcpSyn, 1.5, 1.5},      {17, 5060, false, PK::Sip, 1.4, 1.4},
    {6, 139, false, PK::TcpSyn, 1.2, 1.2},     {17, 53, false, PK::Dns, 1.0, 1.0},
    {6, 1080, false, PK::TcpSyn, 0.9, 0.9},    {17, 161, false, PK::Snmp, 0.8, 0.8},
    {6, 21, false, PK::TcpSyn, 0.75, 0.75},    {6, 443, false, PK::TcpSyn, 0.7, 0.7},
    {6, 5900, false, PK::TcpSyn, 0.6, 0.6},    {17, 137, false, PK::Nbns, 0.55, 0.55},
    {6, 4899, false, PK::TcpSyn, 0.5, 0.5},    {6, 3128, false, PK::TcpSyn, 0.45, 0.45},
    {6, 8888, false, PK::TcpSyn, 0.4, 0.4},    {6, 110, false, PK::TcpSyn, 0.35, 0.35},
    {17, 1900, false, PK::Ssdp, 0.3, 0.3},     {17, 123, false, PK::Ntp, 0.25, 0.25},
    {17, 19, false, PK::Chargen, 0.15, 0.15},  {6, 2323, false, PK::TcpSyn, 0.3, 0.6},
    {6, 0, true, PK::TcpSyn, 3.0, 3.0},        {17, 0, true, PK::RandomUdp, 0.8, 0.8},
};

// Ports random-port scanners never pick: the named services above and the event ports, so that a
// label's count means what the mix says.
constexpr uint16_t kReservedPorts[] = {0, 19, 21, 22, 23, 25, 53, 80, 102, 110, 123, 135, 137, 139, 161,
                                       443, 445, 502, 1080, 1433, 1900, 2323, 3128, 3306, 3389, 4899,
                                       5060, 5900, 8080, 8888, 20000};

struct SensorSpec {
    const char *name, *region, *label, *v4, *v6;
    int v4Count;
    double weight;
    CaptureWriter::Format format;
    bool gzip, bigEndian;
    PacketBuilder::Link link;
};

using CF = CaptureWriter::Format;
using PL = PacketBuilder::Link;
// Weights span ~30x (a single address vs. a /28), as in real sensor networks. The formats differ on
// purpose so the sample exercises every reader path: pcapng, nanosecond pcap, big-endian pcap,
// gzip, and Linux cooked capture.
constexpr SensorSpec kSensors[] = {
    {"jp-01", "JP", "Tokyo campus A", "133.34.17.201", nullptr, 1, 1.0, CF::Pcap, false, false, PL::Ethernet},
    {"jp-02", "JP", "Osaka ISP B", "153.142.60.18", nullptr, 1, 1.2, CF::Pcap, false, false, PL::Ethernet},
    {"jp-03", "JP", "Ishikari hosting C", "160.16.88.77", nullptr, 1, 0.9, CF::Pcap, false, false, PL::Ethernet},
    {"jp-04", "JP", "Nagoya campus D", "202.241.105.34", nullptr, 1, 1.0, CF::Pcap, false, true, PL::Ethernet},
    {"jp-05", "JP", "Fukuoka ISP E", "210.148.24.8", nullptr, 4, 6.0, CF::Pcap, false, false, PL::Ethernet},
    {"jp-06", "JP", "Sendai ISP F", "211.13.196.40", nullptr, 4, 8.0, CF::Pcap, false, false, PL::Ethernet},
    {"jp-07", "JP", "Sapporo ISP G", "219.117.230.96", nullptr, 4, 5.0, CF::Pcap, false, false, PL::Ethernet},
    {"jp-08", "JP", "Tokyo ISP H", "220.210.178.16", nullptr, 8, 14.0, CF::Pcap, true, false, PL::Ethernet},
    {"jp-09", "JP", "Yokohama ISP I", "61.206.117.32", nullptr, 8, 12.0, CF::PcapNg, false, false, PL::Ethernet},
    {"jp-10", "JP", "Tokyo mobile J", "126.64.12.0", "2001:240:2a00:1::10", 16, 28.0, CF::PcapNanosecond, false,
     false, PL::Ethernet},
    {"us-01", "US", "Fremont hosting", "64.62.219.48", nullptr, 4, 7.0, CF::Pcap, false, false, PL::LinuxSll},
    {"de-01", "DE", "Berlin hosting", "85.214.63.121", "2a01:238:4200:1::121", 1, 1.5, CF::Pcap, false, false,
     PL::Ethernet},
};

// Public Shodan crawler addresses (census.shodan.io lists) and the region their networks are in.
struct CrawlerSpec { const char *address, *region; };
constexpr CrawlerSpec kCrawlers[] = {
    {"198.20.69.74", "US"},  {"198.20.69.98", "US"},   {"198.20.70.114", "US"}, {"198.20.99.130", "US"},
    {"66.240.236.119", "US"}, {"71.6.135.131", "US"},  {"66.240.192.138", "US"}, {"71.6.167.142", "US"},
    {"82.221.105.6", "IS"},  {"82.221.105.7", "IS"},   {"71.6.165.200", "US"},  {"93.120.27.62", "RO"},
};
constexpr const char *kIcsOtherRegions[] = {"CN", "CN", "CN", "CN", "CN", "US", "US", "US", "RU",
                                            "RU", "NL", "NL", "DE", "DE", "KR", "FR", "GB", "ZZ"};

std::vector<IpPrefix> parsePrefixes(const char *list)
{
    std::vector<IpPrefix> out;
    const QStringList parts = QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &p : parts)
        if (auto prefix = IpPrefix::parse(p))
            out.push_back(*prefix);
    return out;
}

double rampWeight(double q2, double q3, int day)
{
    // Linear in time, equal to the Q2 value at Q2's middle and the Q3 value at Q3's middle.
    const double t = (day + 0.5) / DemoScenario::Days;
    const double w = q2 + (q3 - q2) * (t - 0.25) / 0.5;
    return std::max(w, 0.02 * std::max(q2, q3));
}

int dayIndex(QDate d) { return int(DemoScenario::firstDay().daysTo(d)); }

// Mean packets per probe attempt (SYN retransmissions, a few pings, the odd UDP retry), so that the
// mix weights above are shares of packets rather than of attempts. Keep in step with
// DemoNetworkGenerator's planning code.
double packetsPerAttempt(DemoScenario::ProbeKind kind)
{
    switch (kind) {
    case DemoScenario::ProbeKind::TcpSyn: return 1.6;
    case DemoScenario::ProbeKind::IcmpEcho: return 2.0;
    default: return 1.15;
    }
}

} // namespace

DemoScenario::DemoScenario(uint64_t seed, double scale)
    : m_seed(seed)
    , m_scale(scale)
{
    DemoRandom rng(DemoRandom::derive(seed, 0x5ce7a210));
    buildRegions();
    buildServices();
    buildSensors();
    buildPools(rng);
    buildDailySamplers(rng);
    buildDns(rng);
    buildIcs(rng);
    buildBackscatter(rng);
}

int64_t DemoScenario::dayStartNs(int day)
{
    // 2013-04-01T00:00:00Z
    return (1364774400LL + int64_t(day) * 86400LL) * 1000000000LL;
}

int DemoScenario::regionIndex(const char *iso) const
{
    for (size_t i = 0; i < m_regions.size(); ++i)
        if (m_regions[i].iso == QLatin1String(iso))
            return int(i);
    return -1;
}

void DemoScenario::buildRegions()
{
    for (const RegionSpec &s : kRegions) {
        Region r;
        r.iso = QString::fromLatin1(s.iso);
        r.prefixes = parsePrefixes(s.v4);
        r.extraPrefixes = parsePrefixes(s.extra);
        r.v6Prefixes = parsePrefixes(s.v6);
        r.weightQ2 = s.q2;
        r.weightQ3 = s.q3;
        r.poolSize = s.pool;
        r.v6PoolSize = s.v6Pool;
        m_regions.push_back(std::move(r));
    }
}

void DemoScenario::buildServices()
{
    for (const ServiceSpec &s : kServices) {
        Service v;
        v.proto = s.proto;
        v.port = s.port;
        v.randomPorts = s.random;
        v.probe = s.probe;
        v.weightQ2 = s.q2;
        v.weightQ3 = s.q3;
        m_services.push_back(v);
    }
}

void DemoScenario::buildSensors()
{
    uint32_t next = 0;
    for (const SensorSpec &s : kSensors) {
        Sensor v;
        v.name = QString::fromLatin1(s.name);
        v.region = QString::fromLatin1(s.region);
        v.label = QString::fromLatin1(s.label);
        const uint32_t base = IpAddress::parse(QString::fromLatin1(s.v4))->v4();
        for (int i = 0; i < s.v4Count; ++i) {
            v.addresses.push_back(IpAddress::fromV4(base + uint32_t(i)));
            m_used.insert(v.addresses.back());
        }
        v.v4Count = s.v4Count;
        if (s.v6) {
            v.addresses.push_back(*IpAddress::parse(QString::fromLatin1(s.v6)));
            m_used.insert(v.addresses.back());
        }
        v.weight = s.weight;
        v.format = s.format;
        v.gzip = s.gzip;
        v.bigEndian = s.bigEndian;
        v.link = s.link;
        v.linkType = s.link == PL::LinuxSll ? 113 : s.link == PL::Raw ? 101 : 1;
        v.extension = s.format == CF::PcapNg ? QStringLiteral(".pcapng")
                                             : s.gzip ? QStringLiteral(".pcap.gz") : QStringLiteral(".pcap");
        v.firstAddressIndex = next;
        next += uint32_t(v.addresses.size());
        m_sensors.push_back(std::move(v));
    }
}

IpAddress DemoScenario::drawAddress(const Region &region, DemoRandom &rng)
{
    double total = 0;
    for (const IpPrefix &p : region.prefixes)
        total += std::ldexp(1.0, 32 - p.length);
    for (;;) {
        double x = rng.uniform() * total;
        const IpPrefix *chosen = &region.prefixes.back();
        for (const IpPrefix &p : region.prefixes) {
            const double size = std::ldexp(1.0, 32 - p.length);
            if (x < size) {
                chosen = &p;
                break;
            }
            x -= size;
        }
        const uint32_t size = chosen->length == 0 ? 0xffffffffu : (1u << (32 - chosen->length));
        const uint32_t a = chosen->address.v4() + rng.below(size);
        const uint32_t last = a & 0xff;
        if (last == 0 || last == 255)
            continue; // looks like a network/broadcast address: not a plausible host
        const IpAddress address = IpAddress::fromV4(a);
        if (m_used.insert(address).second)
            return address;
    }
}

IpAddress DemoScenario::drawV6Address(const Region &region, DemoRandom &rng)
{
    for (;;) {
        const IpPrefix &p = region.v6Prefixes[rng.below(uint32_t(region.v6Prefixes.size()))];
        uint8_t b[16];
        std::memcpy(b, p.address.bytes(), 16);
        for (int i = 0; i < 16; ++i) {
            const int bitStart = i * 8;
            if (bitStart + 8 <= p.length)
                continue;
            const uint8_t r = uint8_t(rng.next());
            const int keep = std::max(0, p.length - bitStart); // bits of this byte fixed by the prefix
            const uint8_t mask = uint8_t(0xff >> keep);
            b[i] = uint8_t((b[i] & ~mask) | (r & mask));
        }
        // Hosts in the low /64 half look like servers (::1a2b), the rest like SLAAC addresses.
        if (rng.chance(0.5))
            std::memset(b + 8, 0, 6);
        const IpAddress address = IpAddress::fromV6Bytes(b);
        if (m_used.insert(address).second)
            return address;
    }
}

uint32_t DemoScenario::addSource(const IpAddress &address, uint16_t region, uint8_t role, DemoRandom &rng)
{
    Source s;
    s.address = address;
    s.region = region;
    s.role = role;
    s.key = rng.next();
    s.os = rng.chance(0.6) ? Os::Windows : Os::Linux;
    s.ttl = uint8_t((s.os == Os::Windows ? 128 : 64) - rng.range(6, 24));
    m_sources.push_back(s);
    return uint32_t(m_sources.size() - 1);
}

void DemoScenario::buildPools(DemoRandom &rng)
{
    const uint16_t nRegions = uint16_t(m_regions.size());
    const uint16_t nServices = uint16_t(m_services.size());
    std::vector<uint32_t> previous[64];
    for (int q = 0; q < 2; ++q) {
        std::vector<double> mix;
        for (const Service &s : m_services)
            mix.push_back(q == 0 ? s.weightQ2 : s.weightQ3);
        const AliasTable serviceAlias(mix);
        m_cellSources[q].assign(size_t(nRegions) * nServices, {});
        m_regionSources[q].assign(nRegions, {});
        for (uint16_t r = 0; r < nRegions; ++r) {
            const Region &region = m_regions[r];
            std::vector<uint32_t> pool;
            // A third of a quarter's sources were already active the quarter before.
            for (uint32_t id : previous[r])
                if (rng.chance(0.35))
                    pool.push_back(id);
            while (int(pool.size()) < region.poolSize) {
                const uint32_t id = addSource(drawAddress(region, rng), r, Background, rng);
                Source &s = m_sources[id];
                s.service = uint16_t(serviceAlias.sample(rng));
                const Service &svc = m_services[s.service];
                const uint16_t port = svc.port;
                // Heavy tail: a few sources send most packets (Pareto, α≈1.2).
                s.weight = rng.pareto(1.2, 400.0);
                if (port == 22 || port == 23 || port == 2323 || port == 80 || port == 8080 || port == 3306
                    || svc.proto == 17)
                    s.os = rng.chance(0.7) ? Os::Linux : Os::Windows;
                const bool zmapPort = port == 80 || port == 443 || port == 22 || port == 8080 || port == 21;
                const bool masscanPort = port == 3389 || port == 5900 || port == 1433 || port == 8080;
                if (svc.proto == 6 && zmapPort && rng.chance(0.08))
                    s.tool = Tool::ZMap;
                else if (svc.proto == 6 && masscanPort && rng.chance(0.05))
                    s.tool = Tool::Masscan;
                else if (svc.proto == 6 && ((port == 23 && rng.chance(0.35)) || (port == 2323 && rng.chance(0.9))))
                    s.tool = Tool::Mirai;
                const int hops = rng.range(6, 24);
                switch (s.tool) {
                case Tool::ZMap:
                case Tool::Masscan: s.ttl = uint8_t(255 - hops); break;
                case Tool::Mirai: s.ttl = uint8_t(64 - hops); break;
                case Tool::None: s.ttl = uint8_t((s.os == Os::Windows ? 128 : 64) - hops); break;
                }
                pool.push_back(id);
            }
            for (uint32_t id : pool) {
                m_cellSources[q][size_t(m_sources[id].service) * nRegions + r].push_back(id);
                m_regionSources[q][r].push_back(id);
            }
            previous[r] = pool;
        }
        auto aliasOf = [this](const std::vector<uint32_t> &ids) {
            std::vector<double> w;
            w.reserve(ids.size());
            for (uint32_t id : ids)
                w.push_back(m_sources[id].weight);
            return AliasTable(w);
        };
        for (const auto &cell : m_cellSources[q])
            m_cellAlias[q].push_back(aliasOf(cell));
        for (const auto &cell : m_regionSources[q])
            m_regionSourceAlias[q].push_back(aliasOf(cell));
    }

    // A small IPv6 population for the two sensors that have IPv6 addresses.
    std::vector<double> w;
    for (uint16_t r = 0; r < nRegions; ++r) {
        for (int i = 0; i < m_regions[r].v6PoolSize; ++i) {
            const uint32_t id = addSource(drawV6Address(m_regions[r], rng), r, Background, rng);
            m_sources[id].weight = rng.pareto(1.3, 50.0);
            m_v6Sources.push_back(id);
            w.push_back(m_sources[id].weight);
        }
    }
    m_v6Alias = AliasTable(w);
    // ICMPv6 echo, 22, 80, 445/TCP.
    m_v6Services = {2, 4, 6, 0};
    m_v6ServiceAlias = AliasTable({50, 20, 15, 15});
}

void DemoScenario::buildDailySamplers(DemoRandom &rng)
{
    static constexpr double kWeekday[7] = {1.03, 1.04, 1.02, 1.0, 0.99, 0.95, 0.97}; // Mon..Sun
    for (int d = 0; d < Days; ++d) {
        const double noise = std::clamp(1.0 + 0.03 * rng.normal(), 0.92, 1.08);
        m_dayFactor.push_back(kWeekday[dayDate(d).dayOfWeek() - 1] * noise);
        std::vector<double> sw, rw;
        for (const Service &s : m_services)
            sw.push_back(rampWeight(s.weightQ2, s.weightQ3, d) / packetsPerAttempt(s.probe));
        for (const Region &r : m_regions)
            rw.push_back(r.poolSize ? rampWeight(r.weightQ2, r.weightQ3, d) : 0.0);
        m_serviceAlias.emplace_back(sw);
        m_regionAlias.emplace_back(rw);
    }
}

double DemoScenario::backgroundMean(int sensor, int day) const
{
    double total = 0;
    for (const Sensor &s : m_sensors)
        total += s.weight;
    return BackgroundPerDay * m_scale * m_sensors[sensor].weight / total * m_dayFactor[day];
}

uint32_t DemoScenario::sampleSource(int quarter, uint16_t service, uint16_t region, DemoRandom &rng) const
{
    const size_t cell = size_t(service) * m_regions.size() + region;
    const auto &ids = m_cellSources[quarter][cell];
    if (!ids.empty())
        return ids[m_cellAlias[quarter][cell].sample(rng)];
    // No source of this region specialises in this service: a generalist of the region sends it.
    const auto &all = m_regionSources[quarter][region];
    return all[m_regionSourceAlias[quarter][region].sample(rng)];
}

uint32_t DemoScenario::sampleV6Source(DemoRandom &rng) const
{
    return m_v6Sources[m_v6Alias.sample(rng)];
}

uint16_t DemoScenario::sampleV6Service(DemoRandom &rng) const
{
    return m_v6Services[m_v6ServiceAlias.sample(rng)];
}

uint16_t DemoScenario::randomPortOf(const Source &source, uint8_t proto, DemoRandom &rng) const
{
    uint64_t h = DemoRandom::mix(source.key ^ (uint64_t(proto) << 56) ^ rng.below(16));
    for (;;) {
        const uint16_t port = uint16_t(1 + h % 65535);
        if (std::find(std::begin(kReservedPorts), std::end(kReservedPorts), port) == std::end(kReservedPorts))
            return port;
        h = DemoRandom::mix(h);
    }
}

void DemoScenario::buildDns(DemoRandom &rng)
{
    DnsEvent &e = m_dns;
    e.firstDay = dayIndex(QDate(2013, 9, 3));
    e.lastDay = dayIndex(QDate(2013, 9, 30));
    const uint16_t cn = uint16_t(regionIndex("CN"));
    for (int i = 0; i < 2; ++i) {
        const uint32_t id = addSource(drawAddress(m_regions[cn], rng), cn, DnsSpoofed, rng);
        m_sources[id].os = Os::Linux;
        m_sources[id].ttl = uint8_t(i == 0 ? 46 : 51);
        e.sources.push_back(id);
    }
    e.sourceWeights = {0.6, 0.4};
    // Zones known in 2013 for large ANY answers (DNSSEC-signed, many records).
    e.domains = {"isc.org", "ripe.net", "leth.cc"};
    e.targetAddress.assign(m_sensors.size(), -1);
    e.sensorFactor.assign(m_sensors.size(), 0.0);
    for (size_t s = 0; s < m_sensors.size(); ++s) {
        // The attacker's resolver list missed two sensors.
        if (m_sensors[s].name == QLatin1String("jp-07") || m_sensors[s].name == QLatin1String("de-01"))
            continue;
        e.sensors.push_back(int(s));
        e.targetAddress[s] = int(rng.below(uint32_t(m_sensors[s].v4Count)));
        e.sensorFactor[s] = 0.7 + 0.6 * rng.uniform();
    }
    e.dayOn.assign(Days, false);
    e.dayMean.assign(Days, 0.0);
    std::vector<double> intensity(Days, 0.0);
    bool on = true;
    for (int d = e.firstDay; d <= e.lastDay;) {
        const int len = on ? rng.range(2, 4) : rng.range(2, 3);
        for (int i = 0; i < len && d <= e.lastDay; ++i, ++d) {
            e.dayOn[d] = on;
            intensity[d] = on ? 0.6 + 0.8 * rng.uniform() : 0.03 + 0.03 * rng.uniform();
            if (on) {
                const int n = rng.range(2, 4);
                for (int b = 0; b < n; ++b) {
                    const int64_t start = int64_t(rng.uniform() * 21 * 3600) * 1000000000LL;
                    const int64_t len = int64_t((1.5 + 4 * rng.uniform()) * 3600) * 1000000000LL;
                    e.bursts.push_back({d, start, std::min(start + len, DayNs - 1)});
                }
            } else {
                e.bursts.push_back({d, 0, DayNs - 1}); // a trickle over the whole day
            }
        }
        on = !on;
    }
    // ~7% of Q3 at any scale: enough to lift 53/UDP into Q3's top five.
    const double target = 9700.0 * m_scale;
    double sumIntensity = 0, sumFactor = 0;
    for (double x : intensity)
        sumIntensity += x;
    for (double f : e.sensorFactor)
        sumFactor += f;
    for (int d = 0; d < Days; ++d)
        e.dayMean[d] = target * intensity[d] / (sumIntensity * sumFactor);
}

void DemoScenario::buildIcs(DemoRandom &rng)
{
    IcsEvent &e = m_ics;
    e.firstDay = dayIndex(QDate(2013, 8, 15));
    e.lastDay = Days - 1;
    e.ports = {102, 502, 20000};
    std::vector<double> weights;
    for (const CrawlerSpec &c : kCrawlers) {
        const IpAddress a = *IpAddress::parse(QString::fromLatin1(c.address));
        m_used.insert(a);
        const uint32_t id = addSource(a, uint16_t(regionIndex(c.region)), Crawler, rng);
        m_sources[id].os = Os::Linux;
        m_sources[id].ttl = uint8_t(64 - rng.range(10, 20));
        e.sources.push_back(id);
        e.crawlers.push_back(id);
        weights.push_back(1.4);
    }
    for (const char *iso : kIcsOtherRegions) {
        const uint16_t r = uint16_t(regionIndex(iso));
        e.sources.push_back(addSource(drawAddress(m_regions[r], rng), r, IcsScanner, rng));
        weights.push_back(1.0);
    }
    const AliasTable sourceAlias(weights);
    const AliasTable portAlias({0.35, 0.40, 0.25});
    // The wave builds up: later days carry more sweeps.
    std::vector<double> dayWeights;
    const int span = e.lastDay - e.firstDay + 1;
    for (int i = 0; i < span; ++i)
        dayWeights.push_back(0.3 + double(i) / span);
    const AliasTable dayAlias(dayWeights);
    const int sweeps = std::max(1, int(std::lround(70.0 * m_scale)));
    for (int i = 0; i < sweeps; ++i) {
        IcsSweep s;
        s.day = e.firstDay + int(dayAlias.sample(rng));
        s.startNs = int64_t(rng.below(86400 - 900)) * 1000000000LL + int64_t(rng.below(1000000000));
        s.source = e.sources[sourceAlias.sample(rng)];
        s.port = e.ports[portAlias.sample(rng)];
        s.key = rng.next();
        e.sweeps.push_back(s);
    }
    // The first day of the wave has traffic, so the event starts where the ledger says.
    e.sweeps.front().day = e.firstDay;
    std::sort(e.sweeps.begin(), e.sweeps.end(), [](const IcsSweep &a, const IcsSweep &b) {
        return a.day != b.day ? a.day < b.day : a.startNs < b.startNs;
    });
}

void DemoScenario::buildBackscatter(DemoRandom &rng)
{
    BackscatterEvent &e = m_backscatter;
    e.firstDay = dayIndex(QDate(2013, 5, 20));
    e.lastDay = dayIndex(QDate(2013, 5, 23));
    const uint16_t us = uint16_t(regionIndex("US"));
    for (int i = 0; i < 2; ++i) {
        const uint32_t id = addSource(drawAddress(m_regions[us], rng), us, Victim, rng);
        m_sources[id].os = Os::Linux;
        m_sources[id].ttl = uint8_t(64 - rng.range(12, 18));
        e.victims.push_back(id);
    }
    static constexpr double kProfile[4] = {0.15, 0.40, 0.30, 0.15};
    e.dayMean.assign(Days, 0.0);
    e.window.assign(Days, {0, 0});
    for (int d = e.firstDay; d <= e.lastDay; ++d) {
        e.dayMean[d] = 3600.0 * m_scale * kProfile[d - e.firstDay];
        const int64_t start = int64_t(rng.uniform() * 12 * 3600) * 1000000000LL;
        const int64_t len = int64_t((6 + 6 * rng.uniform()) * 3600) * 1000000000LL;
        e.window[d] = {start, std::min(start + len, DayNs - 1)};
    }
}

} // namespace teiten
