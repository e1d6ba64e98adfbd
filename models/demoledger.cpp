// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoledger.h"

#include <algorithm>
#include <map>

#include <QJsonArray>

namespace teiten {

namespace {

QString dateText(int day) { return DemoScenario::dayDate(day).toString(Qt::ISODate); }

QJsonArray strings(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

// First and last day with packets, as dates; empty strings when nothing was written.
std::pair<QString, QString> activeSpan(const std::vector<int64_t> &perDay)
{
    int first = -1, last = -1;
    for (int d = 0; d < int(perDay.size()); ++d)
        if (perDay[d]) {
            if (first < 0)
                first = d;
            last = d;
        }
    if (first < 0)
        return {};
    return {dateText(first), dateText(last)};
}

QJsonObject perDayObject(const std::vector<int64_t> &perDay)
{
    QJsonObject o;
    for (int d = 0; d < int(perDay.size()); ++d)
        if (perDay[d])
            o.insert(dateText(d), double(perDay[d]));
    return o;
}

void addTo(std::vector<int64_t> &a, const std::vector<int64_t> &b)
{
    for (size_t i = 0; i < a.size(); ++i)
        a[i] += b[i];
}

template <size_t N>
void addTo(std::array<int64_t, N> &a, const std::array<int64_t, N> &b)
{
    for (size_t i = 0; i < N; ++i)
        a[i] += b[i];
}

} // namespace

DemoLedger::DemoLedger(const DemoScenario &scenario)
    : m_scenario(scenario)
{
    const size_t nSources = scenario.sources().size();
    const size_t nSensors = scenario.sensors().size();
    for (Quarter &q : m_quarters) {
        q.services.assign(4 * 65536, 0);
        q.regions.assign(scenario.regions().size(), 0);
        q.sensors.assign(nSensors, 0);
        q.seen.assign(nSources, 0);
    }
    m_sensorDay.assign(nSensors * DemoScenario::Days, 0);
    m_toolSeen.assign(nSources, 0);
    m_dnsDay.assign(DemoScenario::Days, 0);
    m_dnsSensor.assign(nSensors, 0);
    m_dnsSensorDay.assign(nSensors * DemoScenario::Days, 0);
    m_icsSource.assign(nSources, 0);
    m_icsSensor.assign(nSensors, 0);
    m_icsPortDay.assign(3 * DemoScenario::Days, 0);
    m_bsDay.assign(DemoScenario::Days, 0);
    m_bsSensor.assign(nSensors, 0);
}

uint32_t DemoLedger::serviceKey(uint8_t proto, uint16_t port)
{
    switch (proto) {
    case 6: return port;
    case 17: return 65536u + port;
    case 1: return 2 * 65536u;
    default: return 3 * 65536u; // ICMPv6
    }
}

QString DemoLedger::serviceLabel(uint32_t key)
{
    static const char *const kProto[4] = {"TCP", "UDP", "ICMP", "ICMPv6"};
    return QStringLiteral("%1/%2").arg(key & 0xffff).arg(QLatin1String(kProto[(key >> 16) & 3]));
}

void DemoLedger::countFingerprint(DemoScenario::Tool tool, int, uint32_t source)
{
    ++m_tools[size_t(tool)];
    m_toolSeen[source] |= uint8_t(1u << int(tool));
}

void DemoLedger::countDns(int day, int sensor, int sourceIndex, int domain)
{
    ++m_dnsDay[day];
    ++m_dnsSensor[sensor];
    ++m_dnsSensorDay[size_t(sensor) * DemoScenario::Days + day];
    ++m_dnsSource[size_t(sourceIndex)];
    ++m_dnsDomain[size_t(domain)];
}

void DemoLedger::countIcs(int day, int sensor, uint32_t source, int portIndex)
{
    ++m_icsSource[source];
    ++m_icsSensor[sensor];
    ++m_icsPortDay[size_t(portIndex) * DemoScenario::Days + day];
    ++m_icsPort[size_t(portIndex)];
    if (m_scenario.sources()[source].role == DemoScenario::Crawler)
        ++m_icsCrawlerPort[size_t(portIndex)];
}

void DemoLedger::countBackscatter(int day, int sensor, int victimIndex, Backscatter kind)
{
    ++m_bsKind[size_t(kind)];
    ++m_bsVictim[size_t(victimIndex)];
    ++m_bsDay[day];
    ++m_bsSensor[sensor];
}

void DemoLedger::merge(const DemoLedger &o)
{
    for (int q = 0; q < 2; ++q) {
        Quarter &a = m_quarters[q];
        const Quarter &b = o.m_quarters[q];
        a.packets += b.packets;
        addTo(a.services, b.services);
        addTo(a.regions, b.regions);
        addTo(a.sensors, b.sensors);
        a.pairs.insert(b.pairs.begin(), b.pairs.end());
        for (size_t i = 0; i < a.seen.size(); ++i)
            a.seen[i] |= b.seen[i];
    }
    addTo(m_sensorDay, o.m_sensorDay);
    addTo(m_tools, o.m_tools);
    for (size_t i = 0; i < m_toolSeen.size(); ++i)
        m_toolSeen[i] |= o.m_toolSeen[i];
    addTo(m_dnsDay, o.m_dnsDay);
    addTo(m_dnsSensor, o.m_dnsSensor);
    addTo(m_dnsSensorDay, o.m_dnsSensorDay);
    addTo(m_dnsSource, o.m_dnsSource);
    addTo(m_dnsDomain, o.m_dnsDomain);
    addTo(m_icsSource, o.m_icsSource);
    addTo(m_icsSensor, o.m_icsSensor);
    addTo(m_icsPortDay, o.m_icsPortDay);
    addTo(m_icsPort, o.m_icsPort);
    addTo(m_icsCrawlerPort, o.m_icsCrawlerPort);
    addTo(m_bsKind, o.m_bsKind);
    addTo(m_bsVictim, o.m_bsVictim);
    addTo(m_bsDay, o.m_bsDay);
    addTo(m_bsSensor, o.m_bsSensor);
    m_files += o.m_files;
    m_bytes += o.m_bytes;
}

QJsonObject DemoLedger::toJson(const QString &generatorVersion) const
{
    const auto &sources = m_scenario.sources();
    const auto &sensors = m_scenario.sensors();
    const auto &regions = m_scenario.regions();
    const int days = DemoScenario::Days;

    QJsonObject root;
    root.insert(QStringLiteral("schema"), QStringLiteral("teiten.demo.expected/1"));
    root.insert(QStringLiteral("generator"),
                QJsonObject {{QStringLiteral("name"), QStringLiteral("teiten demo")},
                             {QStringLiteral("version"), generatorVersion},
                             {QStringLiteral("seed"), QString::number(m_scenario.seed())},
                             {QStringLiteral("scale"), m_scenario.scale()}});
    root.insert(QStringLiteral("conventions"),
                QJsonObject {{QStringLiteral("service_label"),
                              QStringLiteral("<destination port>/<TCP|UDP>; every ICMP packet is 0/ICMP, "
                                             "every ICMPv6 packet 0/ICMPv6")},
                             {QStringLiteral("region"),
                              QStringLiteral("ISO 3166-1 alpha-2 from geo/teiten-demo-country.mmdb; ZZ = in no "
                                             "prefix")},
                             {QStringLiteral("time"), QStringLiteral("UTC; one capture file per sensor per UTC day")},
                             {QStringLiteral("distinct_sources"), QStringLiteral("exact")}});
    root.insert(QStringLiteral("period"), QJsonObject {{QStringLiteral("start"), dateText(0)},
                                                       {QStringLiteral("end"), dateText(days - 1)},
                                                       {QStringLiteral("days"), days}});

    // Totals and distinct sources over both quarters.
    int64_t distinctAll = 0;
    for (size_t i = 0; i < sources.size(); ++i)
        distinctAll += (m_quarters[0].seen[i] | m_quarters[1].seen[i]) ? 1 : 0;
    root.insert(QStringLiteral("totals"), QJsonObject {{QStringLiteral("packets"), double(packets())},
                                                       {QStringLiteral("files"), double(m_files)},
                                                       {QStringLiteral("bytes"), double(m_bytes)},
                                                       {QStringLiteral("distinct_sources"), double(distinctAll)}});

    QJsonArray sensorArray;
    for (size_t s = 0; s < sensors.size(); ++s) {
        const auto &sensor = sensors[s];
        QJsonArray addresses;
        for (const IpAddress &a : sensor.addresses)
            addresses.append(a.toString());
        const char *format = sensor.format == CaptureWriter::Format::PcapNg           ? "pcapng"
                             : sensor.format == CaptureWriter::Format::PcapNanosecond ? "pcap-ns"
                                                                                      : "pcap";
        sensorArray.append(QJsonObject {
            {QStringLiteral("sensor"), sensor.name},
            {QStringLiteral("region"), sensor.region},
            {QStringLiteral("label"), sensor.label},
            {QStringLiteral("addresses"), addresses},
            {QStringLiteral("format"), QLatin1String(format)},
            {QStringLiteral("gzip"), sensor.gzip},
            {QStringLiteral("big_endian"), sensor.bigEndian},
            {QStringLiteral("link_type"), sensor.linkType},
            {QStringLiteral("extension"), sensor.extension},
            {QStringLiteral("packets"), double(m_quarters[0].sensors[s] + m_quarters[1].sensors[s])},
        });
    }
    root.insert(QStringLiteral("sensors"), sensorArray);

    QJsonObject quarters;
    for (int q = 0; q < 2; ++q) {
        const Quarter &qq = m_quarters[q];
        std::map<uint32_t, int64_t> serviceSources;
        for (uint64_t pair : qq.pairs)
            ++serviceSources[uint32_t(pair >> 32)];
        std::vector<std::pair<int64_t, uint32_t>> order;
        for (uint32_t k = 0; k < qq.services.size(); ++k)
            if (qq.services[k])
                order.push_back({qq.services[k], k});
        // Most packets first; ties by label key so the file is stable.
        std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        QJsonArray services, topServices;
        for (const auto &[count, key] : order) {
            services.append(QJsonObject {{QStringLiteral("label"), serviceLabel(key)},
                                         {QStringLiteral("packets"), double(count)},
                                         {QStringLiteral("sources"), double(serviceSources[key])}});
            if (topServices.size() < 5)
                topServices.append(serviceLabel(key));
        }
        std::vector<int64_t> regionSources(regions.size(), 0);
        int64_t distinct = 0;
        for (size_t i = 0; i < sources.size(); ++i)
            if (qq.seen[i]) {
                ++regionSources[sources[i].region];
                ++distinct;
            }
        std::vector<std::pair<int64_t, size_t>> rorder;
        for (size_t r = 0; r < regions.size(); ++r)
            if (qq.regions[r])
                rorder.push_back({qq.regions[r], r});
        std::sort(rorder.begin(), rorder.end(), [&](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : regions[a.second].iso < regions[b.second].iso;
        });
        QJsonArray regionArray, topRegions;
        for (const auto &[count, r] : rorder) {
            regionArray.append(QJsonObject {{QStringLiteral("region"), regions[r].iso},
                                            {QStringLiteral("packets"), double(count)},
                                            {QStringLiteral("sources"), double(regionSources[r])}});
            if (topRegions.size() < 5)
                topRegions.append(regions[r].iso);
        }
        QJsonObject perSensor;
        for (size_t s = 0; s < sensors.size(); ++s)
            perSensor.insert(sensors[s].name, double(qq.sensors[s]));
        const int first = q == 0 ? 0 : DemoScenario::Q2Days;
        const int last = q == 0 ? DemoScenario::Q2Days - 1 : days - 1;
        quarters.insert(DemoScenario::quarterName(q),
                        QJsonObject {{QStringLiteral("start"), dateText(first)},
                                     {QStringLiteral("end"), dateText(last)},
                                     {QStringLiteral("days"), last - first + 1},
                                     {QStringLiteral("packets"), double(qq.packets)},
                                     {QStringLiteral("distinct_sources"), double(distinct)},
                                     {QStringLiteral("top_services"), topServices},
                                     {QStringLiteral("top_regions"), topRegions},
                                     {QStringLiteral("services"), services},
                                     {QStringLiteral("regions"), regionArray},
                                     {QStringLiteral("sensors"), perSensor}});
    }
    root.insert(QStringLiteral("quarters"), quarters);

    QJsonArray dates, daily;
    QJsonObject sensorDaily;
    for (int d = 0; d < days; ++d) {
        int64_t total = 0;
        for (size_t s = 0; s < sensors.size(); ++s)
            total += sensorDayPackets(int(s), d);
        dates.append(dateText(d));
        daily.append(double(total));
    }
    for (size_t s = 0; s < sensors.size(); ++s) {
        QJsonArray a;
        for (int d = 0; d < days; ++d)
            a.append(double(sensorDayPackets(int(s), d)));
        sensorDaily.insert(sensors[s].name, a);
    }
    root.insert(QStringLiteral("daily"), QJsonObject {{QStringLiteral("dates"), dates},
                                                      {QStringLiteral("packets"), daily}});
    root.insert(QStringLiteral("sensor_daily"), sensorDaily);

    // Fingerprints, counted by applying each rule to every IPv4 TCP SYN written.
    auto toolObject = [&](DemoScenario::Tool tool, const char *rule) {
        int64_t n = 0;
        for (uint8_t bits : m_toolSeen)
            n += (bits >> int(tool)) & 1;
        return QJsonObject {{QStringLiteral("rule"), QLatin1String(rule)},
                            {QStringLiteral("packets"), double(m_tools[size_t(tool)])},
                            {QStringLiteral("sources"), double(n)}};
    };
    root.insert(QStringLiteral("fingerprints"),
                QJsonObject {{QStringLiteral("zmap"), toolObject(DemoScenario::Tool::ZMap,
                                                                 "IPv4 TCP SYN with identification 54321")},
                             {QStringLiteral("masscan"),
                              toolObject(DemoScenario::Tool::Masscan,
                                         "IPv4 TCP SYN with identification == (dst ^ dport ^ seq) & 0xffff")},
                             {QStringLiteral("mirai"),
                              toolObject(DemoScenario::Tool::Mirai,
                                         "IPv4 TCP SYN with sequence number == destination address (23, 2323/TCP)")}});

    QJsonArray events;
    auto sensorsHit = [&](const std::vector<int64_t> &perSensor, QJsonObject &counts) {
        QJsonArray hit;
        for (size_t s = 0; s < sensors.size(); ++s)
            if (perSensor[s]) {
                hit.append(sensors[s].name);
                counts.insert(sensors[s].name, double(perSensor[s]));
            }
        return hit;
    };
    auto sourceObject = [&](uint32_t id, int64_t packets) {
        return QJsonObject {{QStringLiteral("address"), sources[id].address.toString()},
                            {QStringLiteral("region"), regions[sources[id].region].iso},
                            {QStringLiteral("packets"), double(packets)}};
    };

    {
        const auto &dns = m_scenario.dns();
        int64_t total = 0;
        for (int64_t v : m_dnsDay)
            total += v;
        QJsonArray srcs;
        for (size_t i = 0; i < dns.sources.size(); ++i)
            srcs.append(sourceObject(dns.sources[i], m_dnsSource[i]));
        QJsonObject perSensor;
        const QJsonArray hit = sensorsHit(m_dnsSensor, perSensor);
        QJsonObject targets;
        for (int s : dns.sensors)
            targets.insert(sensors[s].name, sensors[s].addresses[size_t(dns.targetAddress[s])].toString());
        QJsonArray domains;
        for (size_t i = 0; i < dns.domains.size(); ++i)
            domains.append(QJsonObject {{QStringLiteral("name"), QLatin1String(dns.domains[i])},
                                        {QStringLiteral("packets"), double(m_dnsDomain[i])}});
        QStringList on, off;
        for (int d = dns.firstDay; d <= dns.lastDay; ++d)
            (dns.dayOn[d] ? on : off).append(dateText(d));
        QJsonObject perSensorDay;
        for (int d = dns.firstDay; d <= dns.lastDay; ++d) {
            QJsonObject o;
            for (int s : dns.sensors)
                o.insert(sensors[s].name, double(m_dnsSensorDay[size_t(s) * days + d]));
            perSensorDay.insert(dateText(d), o);
        }
        const auto [start, end] = activeSpan(m_dnsDay);
        events.append(QJsonObject {
            {QStringLiteral("kind"), QStringLiteral("amplification")},
            {QStringLiteral("name"), QStringLiteral("dns-any-2013-09")},
            {QStringLiteral("label"), QStringLiteral("53/UDP")},
            {QStringLiteral("planned_start"), dateText(dns.firstDay)},
            {QStringLiteral("planned_end"), dateText(dns.lastDay)},
            {QStringLiteral("start"), start},
            {QStringLiteral("end"), end},
            {QStringLiteral("packets"), double(total)},
            {QStringLiteral("sources"), srcs},
            {QStringLiteral("sensors_hit"), hit},
            {QStringLiteral("target_addresses"), targets},
            {QStringLiteral("packets_per_sensor"), perSensor},
            {QStringLiteral("packets_per_day"), perDayObject(m_dnsDay)},
            {QStringLiteral("packets_per_sensor_per_day"), perSensorDay},
            {QStringLiteral("on_days"), strings(on)},
            {QStringLiteral("off_days"), strings(off)},
            {QStringLiteral("domains"), domains},
            {QStringLiteral("qtype"), QStringLiteral("ANY")},
            {QStringLiteral("qtype_code"), 255},
            {QStringLiteral("rd"), true},
            {QStringLiteral("edns_udp_size"), 4096},
        });
    }
    {
        const auto &ics = m_scenario.ics();
        QJsonArray srcs, crawlerAddresses;
        int64_t total = 0, crawlerPackets = 0, crawlerSourcesSeen = 0, sourcesSeen = 0;
        for (uint32_t id : ics.sources) {
            const int64_t n = m_icsSource[id];
            total += n;
            const bool crawler = sources[id].role == DemoScenario::Crawler;
            if (crawler) {
                crawlerAddresses.append(sources[id].address.toString());
                crawlerPackets += n;
                crawlerSourcesSeen += n ? 1 : 0;
            }
            if (!n)
                continue;
            ++sourcesSeen;
            QJsonObject o = sourceObject(id, n);
            o.insert(QStringLiteral("crawler"), crawler);
            srcs.append(o);
        }
        QJsonObject perPort, crawlerPerPort, perPortDaily;
        QJsonArray labels;
        std::vector<int64_t> allDays(days, 0);
        for (size_t p = 0; p < ics.ports.size(); ++p) {
            const QString label = QStringLiteral("%1/TCP").arg(ics.ports[p]);
            labels.append(label);
            perPort.insert(label, double(m_icsPort[p]));
            crawlerPerPort.insert(label, double(m_icsCrawlerPort[p]));
            std::vector<int64_t> perDay(m_icsPortDay.begin() + long(p * days),
                                        m_icsPortDay.begin() + long((p + 1) * days));
            perPortDaily.insert(label, perDayObject(perDay));
            for (int d = 0; d < days; ++d)
                allDays[d] += perDay[d];
        }
        QJsonObject perSensor;
        const QJsonArray hit = sensorsHit(m_icsSensor, perSensor);
        const auto [start, end] = activeSpan(allDays);
        events.append(QJsonObject {
            {QStringLiteral("kind"), QStringLiteral("ics_scan")},
            {QStringLiteral("name"), QStringLiteral("ics-scan-2013-08")},
            {QStringLiteral("labels"), labels},
            {QStringLiteral("planned_start"), dateText(ics.firstDay)},
            {QStringLiteral("planned_end"), dateText(ics.lastDay)},
            {QStringLiteral("start"), start},
            {QStringLiteral("end"), end},
            {QStringLiteral("packets"), double(total)},
            {QStringLiteral("packets_per_port"), perPort},
            {QStringLiteral("packets_per_port_daily"), perPortDaily},
            {QStringLiteral("source_count"), double(sourcesSeen)},
            {QStringLiteral("sources"), srcs},
            {QStringLiteral("crawler"), QStringLiteral("Shodan")},
            {QStringLiteral("crawler_addresses"), crawlerAddresses},
            {QStringLiteral("crawler_sources_seen"), double(crawlerSourcesSeen)},
            {QStringLiteral("crawler_packets"), double(crawlerPackets)},
            {QStringLiteral("crawler_packets_per_port"), crawlerPerPort},
            {QStringLiteral("sensors_hit"), hit},
            {QStringLiteral("packets_per_sensor"), perSensor},
        });
    }
    {
        const auto &bs = m_scenario.backscatter();
        QJsonArray victims;
        int64_t total = 0;
        for (size_t i = 0; i < bs.victims.size(); ++i) {
            victims.append(sourceObject(bs.victims[i], m_bsVictim[i]));
            total += m_bsVictim[i];
        }
        QJsonObject perSensor;
        const QJsonArray hit = sensorsHit(m_bsSensor, perSensor);
        const auto [start, end] = activeSpan(m_bsDay);
        events.append(QJsonObject {
            {QStringLiteral("kind"), QStringLiteral("backscatter")},
            {QStringLiteral("name"), QStringLiteral("dos-backscatter-2013-05")},
            {QStringLiteral("planned_start"), dateText(bs.firstDay)},
            {QStringLiteral("planned_end"), dateText(bs.lastDay)},
            {QStringLiteral("start"), start},
            {QStringLiteral("end"), end},
            {QStringLiteral("packets"), double(total)},
            {QStringLiteral("victims"), victims},
            {QStringLiteral("victim_ports"), QJsonArray {80, 443}},
            {QStringLiteral("packets_per_kind"),
             QJsonObject {{QStringLiteral("syn_ack"), double(m_bsKind[0])},
                          {QStringLiteral("rst_ack"), double(m_bsKind[1])},
                          {QStringLiteral("icmp_port_unreachable"), double(m_bsKind[2])}}},
            {QStringLiteral("packets_per_day"), perDayObject(m_bsDay)},
            {QStringLiteral("sensors_hit"), hit},
            {QStringLiteral("packets_per_sensor"), perSensor},
        });
    }
    root.insert(QStringLiteral("events"), events);
    return root;
}

} // namespace teiten
