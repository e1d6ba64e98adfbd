// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <unordered_set>
#include <vector>

#include <QJsonObject>

#include "demoscenario.h"

namespace teiten {

/// What the sample-network generator actually wrote, counted packet by packet: the answer key in
/// `expected.json`. One ledger per worker thread, merged at the end (all counts are sums or set
/// unions, so the result does not depend on how work was split).
///
/// Memory is bounded independently of scale: counters are flat arrays (service × port, region,
/// sensor, day), and distinct sources come from a per-quarter set of (service, source) pairs whose
/// size is bounded by the scenario's source pools (each background source probes one service, or at
/// most 16 ports for random-port scanners), not by the packet count. Distinct counts are exact.
class DemoLedger {
public:
    explicit DemoLedger(const DemoScenario &scenario);

    /// Every written packet. `proto` is the IP protocol; `port` the destination port (0 for ICMP).
    void count(int day, int sensor, uint32_t source, uint8_t proto, uint16_t port)
    {
        const int q = DemoScenario::quarterOf(day);
        const uint32_t key = serviceKey(proto, port);
        Quarter &qq = m_quarters[q];
        ++qq.packets;
        ++qq.services[key];
        ++qq.regions[m_scenario.sources()[source].region];
        ++qq.sensors[sensor];
        qq.pairs.insert((uint64_t(key) << 32) | source);
        qq.seen[source] = 1;
        ++m_sensorDay[size_t(sensor) * DemoScenario::Days + day];
    }
    /// An IPv4 TCP packet with exactly SYN set that matches a tool's fingerprint rule.
    void countFingerprint(DemoScenario::Tool tool, int day, uint32_t source);
    void countDns(int day, int sensor, int sourceIndex, int domain);
    void countIcs(int day, int sensor, uint32_t source, int portIndex);
    enum class Backscatter { SynAck, Rst, IcmpUnreachable };
    void countBackscatter(int day, int sensor, int victimIndex, Backscatter kind);
    void addFile(int64_t bytes)
    {
        ++m_files;
        m_bytes += bytes;
    }

    void merge(const DemoLedger &other);

    int64_t packets() const { return m_quarters[0].packets + m_quarters[1].packets; }
    int64_t files() const { return m_files; }
    int64_t bytes() const { return m_bytes; }
    int64_t sensorDayPackets(int sensor, int day) const
    {
        return m_sensorDay[size_t(sensor) * DemoScenario::Days + day];
    }

    /// The expected.json document:
    /// { schema, generator{name, version, seed (string), scale}, conventions{…}, period{start, end, days},
    ///   totals{packets, files, bytes, distinct_sources},
    ///   sensors[{sensor, region, label, addresses[], format, gzip, big_endian, link_type, extension, packets}],
    ///   quarters{"2013Q2"|"2013Q3": {start, end, days, packets, distinct_sources, top_services[5],
    ///            top_regions[5], services[{label, packets, sources}], regions[{region, packets, sources}],
    ///            sensors{name: packets}}},
    ///   daily{dates[], packets[]}, sensor_daily{name: [packets per day]},
    ///   fingerprints{zmap|masscan|mirai: {rule, packets, sources}},
    ///   events[{kind: amplification|ics_scan|backscatter, name, start, end (days with packets),
    ///           planned_start, planned_end, packets, sources|victims[{address, region, packets}],
    ///           sensors_hit[], packets_per_sensor{}, packets_per_day{} …kind-specific fields}] }
    /// Lists are sorted by packets (descending), ties by key, so the file is stable.
    QJsonObject toJson(const QString &generatorVersion) const;

    /// Label index: TCP 0, UDP 1, ICMP 2, ICMPv6 3 (× 65536) + port.
    static uint32_t serviceKey(uint8_t proto, uint16_t port);
    static QString serviceLabel(uint32_t key);

private:
    struct Quarter {
        int64_t packets = 0;
        std::vector<int64_t> services;   ///< 4 × 65536
        std::vector<int64_t> regions;
        std::vector<int64_t> sensors;
        std::unordered_set<uint64_t> pairs; ///< (service key << 32) | source id
        std::vector<uint8_t> seen;        ///< per source id
    };
    const DemoScenario &m_scenario;
    Quarter m_quarters[2];
    std::vector<int64_t> m_sensorDay;     ///< sensor × day
    std::array<int64_t, 4> m_tools {};    ///< by DemoScenario::Tool
    std::vector<uint8_t> m_toolSeen;      ///< per source id
    // DNS amplification
    std::vector<int64_t> m_dnsDay, m_dnsSensor;
    std::vector<int64_t> m_dnsSensorDay;  ///< sensor × day
    std::array<int64_t, 2> m_dnsSource {};
    std::array<int64_t, 8> m_dnsDomain {};
    // ICS scan
    std::vector<int64_t> m_icsSource;     ///< per source id (sparse use)
    std::vector<int64_t> m_icsSensor;
    std::vector<int64_t> m_icsPortDay;    ///< port index × day
    std::array<int64_t, 3> m_icsPort {}, m_icsCrawlerPort {};
    // Backscatter
    std::array<int64_t, 3> m_bsKind {};
    std::array<int64_t, 2> m_bsVictim {};
    std::vector<int64_t> m_bsDay, m_bsSensor;
    int64_t m_files = 0;
    int64_t m_bytes = 0;
};

} // namespace teiten
