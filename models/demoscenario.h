// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <unordered_set>
#include <vector>

#include <QDate>
#include <QString>

#include "aliastable.h"
#include "capturewriter.h"
#include "ipaddress.h"
#include "packetbuilder.h"

namespace teiten {

/// The fixed plan of the bundled sample network for one (seed, scale): regions with their address
/// prefixes, sensors, the background service mix, per-quarter source pools with heavy-tailed
/// activity, and the injected events. Everything random is drawn here once, so the per-sensor
/// workers only read it (safe to share between threads) and per-packet work stays allocation-free.
class DemoScenario {
public:
    static constexpr int Days = 183;            ///< 2013-04-01 .. 2013-09-30
    static constexpr int Q2Days = 91;           ///< days of 2013Q2; the rest are 2013Q3
    static constexpr int64_t DayNs = 86400LL * 1000000000LL;
    static constexpr double BackgroundPerDay = 1550.0; ///< all sensors, at scale 1

    enum class Tool : uint8_t { None, ZMap, Masscan, Mirai };
    enum class Os : uint8_t { Windows, Linux };
    /// How a background probe of a service looks on the wire.
    enum class ProbeKind : uint8_t {
        TcpSyn, IcmpEcho, Dns, Sip, Nbns, Snmp, Ssdp, Ntp, Chargen, RandomUdp,
    };

    struct Region {
        QString iso;                          ///< "ZZ": addresses deliberately in no prefix
        std::vector<IpPrefix> prefixes;       ///< drawn from for sources and written to the mmdb
        std::vector<IpPrefix> extraPrefixes;  ///< mmdb only (crawlers, sensors' own ranges)
        std::vector<IpPrefix> v6Prefixes;
        double weightQ2 = 0, weightQ3 = 0;    ///< quarterly mean share of background packets
        int poolSize = 0;                     ///< IPv4 sources per quarter
        int v6PoolSize = 0;
    };
    struct Service {
        uint8_t proto = 6;
        uint16_t port = 0;                    ///< 0 with `randomPorts`
        bool randomPorts = false;             ///< each source probes its own few random ports
        ProbeKind probe = ProbeKind::TcpSyn;
        double weightQ2 = 0, weightQ3 = 0;
    };
    struct Source {
        IpAddress address;
        uint16_t region = 0;
        uint16_t service = 0;                 ///< primary background service (index into services)
        Tool tool = Tool::None;
        Os os = Os::Windows;
        uint8_t ttl = 64;                     ///< TTL as observed (initial minus hops)
        uint8_t role = 0;                     ///< Role
        double weight = 1;                    ///< heavy-tailed activity
        uint64_t key = 0;                     ///< per-source random stream key
    };
    enum Role : uint8_t { Background = 0, DnsSpoofed = 1, IcsScanner = 2, Crawler = 3, Victim = 4 };

    struct Sensor {
        QString name, region, label;
        std::vector<IpAddress> addresses;     ///< IPv4 first, then IPv6 if any
        int v4Count = 0;
        double weight = 1;
        CaptureWriter::Format format = CaptureWriter::Format::Pcap;
        bool gzip = false;
        bool bigEndian = false;
        PacketBuilder::Link link = PacketBuilder::Link::Ethernet;
        int linkType = 1;
        QString extension;                    ///< ".pcap", ".pcapng", ".pcap.gz"
        uint32_t firstAddressIndex = 0;       ///< index of addresses[0] in the network-wide list
    };

    struct DnsBurst { int day; int64_t startNs; int64_t endNs; };
    struct DnsEvent {
        int firstDay = 0, lastDay = 0;
        std::vector<uint32_t> sources;        ///< two spoofed victims
        std::vector<double> sourceWeights;
        std::vector<const char *> domains;
        std::vector<int> sensors;             ///< sensor indices hit
        std::vector<int> targetAddress;       ///< per sensor: index into its addresses, −1 = not hit
        std::vector<double> sensorFactor;     ///< per sensor
        std::vector<double> dayMean;          ///< per day (event days only, else 0): packets per hit sensor
        std::vector<bool> dayOn;
        std::vector<DnsBurst> bursts;
    };
    struct IcsSweep {
        int day = 0;
        int64_t startNs = 0;
        uint32_t source = 0;
        uint16_t port = 0;
        uint64_t key = 0;
    };
    struct IcsEvent {
        int firstDay = 0, lastDay = 0;
        std::vector<uint16_t> ports;
        std::vector<uint32_t> sources;
        std::vector<uint32_t> crawlers;       ///< subset of sources: public Shodan crawlers
        std::vector<IcsSweep> sweeps;         ///< sorted by day
        double hitProbability = 0.35;
    };
    struct BackscatterEvent {
        int firstDay = 0, lastDay = 0;
        std::vector<uint32_t> victims;
        std::vector<double> dayMean;          ///< per day: packets over all sensors
        std::vector<std::pair<int64_t, int64_t>> window; ///< per day: active interval (ns in day)
    };

    DemoScenario(uint64_t seed, double scale);

    uint64_t seed() const { return m_seed; }
    double scale() const { return m_scale; }
    static QDate firstDay() { return QDate(2013, 4, 1); }
    static QDate dayDate(int day) { return firstDay().addDays(day); }
    static int quarterOf(int day) { return day < Q2Days ? 0 : 1; }
    static QString quarterName(int q) { return q == 0 ? QStringLiteral("2013Q2") : QStringLiteral("2013Q3"); }
    static int64_t dayStartNs(int day);

    const std::vector<Region> &regions() const { return m_regions; }
    const std::vector<Service> &services() const { return m_services; }
    const std::vector<Source> &sources() const { return m_sources; }
    const std::vector<Sensor> &sensors() const { return m_sensors; }
    const DnsEvent &dns() const { return m_dns; }
    const IcsEvent &ics() const { return m_ics; }
    const BackscatterEvent &backscatter() const { return m_backscatter; }

    /// Expected background packets of a sensor on a day (before Poisson noise).
    double backgroundMean(int sensor, int day) const;
    /// Share of an IPv6-capable sensor's background that is IPv6.
    static constexpr double V6Share = 0.005;

    // Samplers used per packet (all O(1)).
    uint16_t sampleService(int day, DemoRandom &rng) const { return uint16_t(m_serviceAlias[day].sample(rng)); }
    uint16_t sampleRegion(int day, DemoRandom &rng) const { return uint16_t(m_regionAlias[day].sample(rng)); }
    uint32_t sampleSource(int quarter, uint16_t service, uint16_t region, DemoRandom &rng) const;
    uint32_t sampleV6Source(DemoRandom &rng) const;
    uint16_t sampleV6Service(DemoRandom &rng) const;
    /// One of a random-port source's own ports (bounded, so the ledger's (label, source) set is too).
    uint16_t randomPortOf(const Source &source, uint8_t proto, DemoRandom &rng) const;

private:
    void buildRegions();
    void buildServices();
    void buildSensors();
    void buildPools(DemoRandom &rng);
    void buildDailySamplers(DemoRandom &rng);
    void buildDns(DemoRandom &rng);
    void buildIcs(DemoRandom &rng);
    void buildBackscatter(DemoRandom &rng);
    IpAddress drawAddress(const Region &region, DemoRandom &rng);
    IpAddress drawV6Address(const Region &region, DemoRandom &rng);
    uint32_t addSource(const IpAddress &address, uint16_t region, uint8_t role, DemoRandom &rng);
    int regionIndex(const char *iso) const;

    uint64_t m_seed;
    double m_scale;
    std::vector<Region> m_regions;
    std::vector<Service> m_services;
    std::vector<Source> m_sources;
    std::vector<Sensor> m_sensors;
    std::unordered_set<IpAddress> m_used;         ///< every address handed out, to keep them distinct
    std::vector<double> m_dayFactor;          ///< weekly pattern × daily noise, shared by all sensors
    std::vector<AliasTable> m_serviceAlias;   ///< per day
    std::vector<AliasTable> m_regionAlias;    ///< per day
    // Per quarter: [service * regions + region] → pool indices and their alias table.
    std::vector<std::vector<uint32_t>> m_cellSources[2];
    std::vector<AliasTable> m_cellAlias[2];
    std::vector<std::vector<uint32_t>> m_regionSources[2];
    std::vector<AliasTable> m_regionSourceAlias[2];
    std::vector<uint32_t> m_v6Sources;
    AliasTable m_v6Alias;
    AliasTable m_v6ServiceAlias;
    std::vector<uint16_t> m_v6Services;
    DnsEvent m_dns;
    IcsEvent m_ics;
    BackscatterEvent m_backscatter;
};

} // namespace teiten
