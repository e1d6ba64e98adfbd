// SPDX-License-Identifier: GPL-3.0-or-later
#include "episodeattribution.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <QHash>
#include <QSet>

#include "amplificationcatalog.h"
#include "analysisqueries.h"
#include "scannercatalog.h"
#include "scannersharequery.h"
#include "workspace.h"

namespace teiten {

EpisodeAttribution::EpisodeAttribution(Workspace &ws, const AmplificationCatalog &amp, const ScannerCatalog &scanners,
                                       const Params &params)
    : m_ws(ws), m_amp(amp), m_scanners(scanners), m_params(params)
{
}

namespace {

QString payloadKey(const PayloadInfo &p)
{
    return QStringList{p.kind, QString::number(int(p.response)), p.qname, QString::number(p.qtype),
                       QString::number(int(p.rd)), QString::number(p.ednsSize), QString::number(p.ntpMode),
                       QString::number(p.ntpCode), p.detail}
        .join(QLatin1Char('|'));
}

} // namespace

Status EpisodeAttribution::attribute(Event &ev, QDate first, QDate last, const QVector<QueryFilter> &filters) const
{
    const Period range = Period::range(first, last);
    const int off = m_ws.dayOffsetMinutes();
    const qint64 startUs = range.startUs(off);
    const qint64 endUs = range.endUs(off);
    const int days = range.days();

    // Sources.
    QHash<QByteArray, EventSource> merged;
    qint64 total = 0;
    for (const QueryFilter &f : filters) {
        auto rows = m_ws.sources(range, f, 100000);
        if (!rows)
            return rows.error();
        for (const SourceRow &r : *rows) {
            EventSource &s = merged[r.address.blob()];
            if (s.packets == 0) {
                s.address = r.address;
                s.fingerprints = r.fingerprints;
                s.region = r.region;
                s.firstUs = r.firstUs;
                s.lastUs = r.lastUs;
            }
            s.packets += r.packets;
            s.sensorsHit = std::max(s.sensorsHit, r.sensorsHit);
            s.firstUs = std::min(s.firstUs, r.firstUs);
            s.lastUs = std::max(s.lastUs, r.lastUs);
            s.fingerprints &= r.fingerprints; // as bit_and: every slice must bear the mark
            total += r.packets;
        }
    }
    QVector<EventSource> all = merged.values().toVector();
    std::sort(all.begin(), all.end(), [](const EventSource &a, const EventSource &b) {
        return a.packets != b.packets ? a.packets > b.packets : a.address < b.address;
    });
    ev.packets = total;
    ev.sourceCount = int(all.size());
    const qint64 excess = ev.excess > 0 ? std::min(ev.excess, total) : total;
    qint64 cumulative = 0;
    ev.drivingSources = 0;
    for (const EventSource &s : all) {
        if (cumulative >= m_params.drivingShare * double(excess) || ev.drivingSources >= m_params.maxDriving)
            break;
        cumulative += s.packets;
        ++ev.drivingSources;
    }
    all.resize(std::min<qsizetype>(all.size(), std::max(m_params.topSources, ev.drivingSources)));
    for (EventSource &s : all) {
        s.share = total > 0 ? double(s.packets) / double(total) : 0;
        if (const ScannerEntry *e = m_scanners.lookup(s.address)) {
            s.scanner = e->scanner;
            s.scannerKind = e->kind;
        }
        s.scannerClass = ScannerShareQuery::classOf(s.address, s.fingerprints, m_scanners);
    }

    // Sensors.
    auto sensorList = m_ws.sensors();
    if (!sensorList)
        return sensorList.error();
    ev.sensorsTotal = 0;
    for (const SensorInfo &s : *sensorList)
        ev.sensorsTotal += s.included ? 1 : 0;
    // Sensors hit by the sources behind the episode (its driving sources), not by the background
    // that shares the port: "ten of twelve sensors" is about the surge's cause.
    QHash<int, QString> sensorName;
    for (const SensorInfo &s : *sensorList)
        sensorName.insert(s.id, s.name);
    QVector<IpAddress> driving;
    for (int i = 0; i < ev.drivingSources && i < all.size(); ++i)
        driving << all[i].address;
    QHash<QString, qint64> perSensor;
    AnalysisQueries queries(m_ws);
    for (const QueryFilter &f : filters) {
        auto packets = queries.sensorPacketsFrom(startUs, endUs, f, driving);
        if (!packets)
            return packets.error();
        for (auto it = packets->cbegin(); it != packets->cend(); ++it)
            if (sensorName.contains(it.key()))
                perSensor[sensorName.value(it.key())] += it.value();
    }
    ev.sensors.clear();
    for (auto it = perSensor.cbegin(); it != perSensor.cend(); ++it) {
        if (it.value() > 0)
            ev.sensors.push_back(EventSensor{it.key(), it.value(), double(it.value()) / days});
    }
    std::sort(ev.sensors.begin(), ev.sensors.end(), [](const EventSensor &a, const EventSensor &b) {
        return a.packets != b.packets ? a.packets > b.packets : a.sensor < b.sensor;
    });
    ev.sensorsHit = int(ev.sensors.size());
    if (ev.sensorsHit > 1) {
        double mean = 0, var = 0;
        for (const EventSensor &s : ev.sensors)
            mean += double(s.packets);
        mean /= ev.sensorsHit;
        for (const EventSensor &s : ev.sensors)
            var += (double(s.packets) - mean) * (double(s.packets) - mean);
        ev.sensorSpread = std::sqrt(var / ev.sensorsHit) / mean;
    } else {
        ev.sensorSpread = 0;
    }

    // Flow tuples: TTL and source ports of the top sources, payloads, amplification requests.
    AnalysisQueries q(m_ws);
    QHash<QByteArray, int> topIndex;
    for (int i = 0; i < all.size(); ++i)
        topIndex.insert(all[i].address.blob(), i);
    QVector<QSet<int>> ttls(all.size()), ports(all.size());
    QHash<QString, PayloadShare> payloads;
    QHash<QString, qint64> requests;
    qint64 flowPackets = 0, driverPackets = 0, driverRequests = 0;
    for (const QueryFilter &f : filters) {
        auto groups = q.flowGroups(startUs, endUs, f);
        if (!groups)
            return groups.error();
        for (const FlowGroup &g : *groups) {
            flowPackets += g.packets;
            const int i = topIndex.value(g.src.blob(), -1);
            if (i >= 0) {
                ttls[i].insert(g.ttl);
                ports[i].insert(g.srcPort);
            }
            const AmplificationEntry *amp = m_amp.match(g.payload);
            if (i >= 0 && i < ev.drivingSources) {
                driverPackets += g.packets;
                if (amp) {
                    driverRequests += g.packets;
                    requests[amp->request] += g.packets;
                }
            }
            if (g.payload.kind.isEmpty())
                continue;
            PayloadShare &p = payloads[payloadKey(g.payload)];
            p.payload = g.payload;
            p.packets += g.packets;
            if (amp) {
                p.amplification = amp->request;
                p.baf = amp->baf;
            }
        }
    }
    for (int i = 0; i < all.size(); ++i) {
        if (!ttls[i].isEmpty()) {
            all[i].ttlMin = *std::min_element(ttls[i].begin(), ttls[i].end());
            all[i].ttlMax = *std::max_element(ttls[i].begin(), ttls[i].end());
        }
        all[i].ttlDistinct = int(ttls[i].size());
        all[i].sourcePorts = int(ports[i].size());
    }
    ev.sources = all;
    ev.payloads = payloads.values().toVector();
    for (PayloadShare &p : ev.payloads)
        p.share = flowPackets > 0 ? double(p.packets) / double(flowPackets) : 0;
    std::sort(ev.payloads.begin(), ev.payloads.end(), [](const PayloadShare &a, const PayloadShare &b) {
        return a.packets != b.packets ? a.packets > b.packets : payloadKey(a.payload) < payloadKey(b.payload);
    });
    if (ev.payloads.size() > 10)
        ev.payloads.resize(10);
    ev.requestShare = driverPackets > 0 ? double(driverRequests) / double(driverPackets) : 0;
    ev.request.clear();
    ev.baf = 0;
    qint64 best = 0;
    for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            ev.request = it.key();
        }
    }
    for (const AmplificationEntry &e : m_amp.entries()) {
        if (e.request == ev.request)
            ev.baf = std::max(ev.baf, e.baf);
    }

    auto shares = ScannerShareQuery::compute(m_ws, startUs, endUs, filters, m_scanners);
    if (!shares)
        return shares.error();
    ev.scannerShares = *shares;
    return Ok{};
}

} // namespace teiten
