// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisqueries.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <QSet>

#include "flowsegmentscan.h"
#include "flowsegmentstore.h"
#include "flowtuplefilter.h"
#include "georesolver.h"
#include "hourclock.h"
#include "payloadlookup.h"
#include "servicekey.h"
#include "sourcepair.h"
#include "sourcepairtable.h"
#include "sourcepartitionscan.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "workspace.h"

namespace teiten {

namespace {

using HourClock::endHourOf;
using HourClock::hourOf;
using HourClock::kHourUs;

/// A tuple's address (16 bytes, IPv4 mapped) as an IpAddress.
IpAddress addressOf(const uint8_t *bytes)
{
    return IpAddress::fromBlob(bytes, 16);
}

/// The source port a tuple shows: its well-known one, or the first real one when ephemeral ports
/// were folded (−1).
int shownSourcePort(const FlowTuple &t)
{
    return t.sport < 0 ? t.firstSport : t.sport;
}

// Each source's packets and fingerprint bits (AND-ed over its tuples), a partition at a time.
class SourcePacketsSink final : public SourcePartitionScan::Sink {
public:
    void add(const FlowSegment &, const FlowTuple &t) override
    {
        auto [it, fresh] = m_held.try_emplace(addressOf(t.src), Held{0, -1});
        it->second.packets += t.packets;
        it->second.fingerprints &= t.fingerprints;
    }
    size_t held() const override { return m_held.size(); }
    void commit() override
    {
        for (const auto &[src, h] : m_held)
            out.push_back(SourcePackets{src, h.packets, h.fingerprints});
        discard();
    }
    void discard() override { m_held.clear(); }

    QVector<SourcePackets> out;

private:
    struct Held {
        qint64 packets;
        int fingerprints;
    };
    std::unordered_map<IpAddress, Held> m_held;
};

// Distinct sources per service (of one hour, for the burst search), a partition at a time.
class ServiceSourcesSink final : public SourcePartitionScan::Sink {
public:
    void add(const FlowSegment &, const FlowTuple &t) override
    {
        m_pairs.insert(SourcePair{ServiceKey{t.proto, t.port}.packed(), addressOf(t.src)});
    }
    size_t held() const override { return m_pairs.size(); }
    void commit() override
    {
        m_pairs.forEach([this](const SourcePair &p, const auto &) { ++sources[p.key]; });
        discard();
    }
    void discard() override { m_pairs.clear(); }

    std::unordered_map<qint64, qint64> sources; ///< per packed service

private:
    SourcePairSet m_pairs;
};

} // namespace

Result<QVector<FlowGroup>> AnalysisQueries::flowGroups(qint64 startUs, qint64 endUs, const QueryFilter &filter,
                                                        int limit)
{
    SqliteDatabase &db = m_ws.database();
    const FlowTupleFilter match(filter);
    struct Key {
        IpAddress src;
        int ttl, srcPort, fingerprints;
        int32_t payloadId;
        bool operator==(const Key &o) const
        {
            return src == o.src && ttl == o.ttl && srcPort == o.srcPort && fingerprints == o.fingerprints
                && payloadId == o.payloadId;
        }
        bool operator<(const Key &o) const
        {
            return std::tie(src, ttl, srcPort, fingerprints, payloadId)
                < std::tie(o.src, o.ttl, o.srcPort, o.fingerprints, o.payloadId);
        }
    };
    struct KeyHash {
        size_t operator()(const Key &k) const noexcept
        {
            return std::hash<IpAddress>()(k.src) ^ (size_t(k.ttl) << 1) ^ (size_t(uint32_t(k.srcPort)) << 9)
                ^ (size_t(k.fingerprints) << 27) ^ (size_t(uint32_t(k.payloadId)) * 0x9E3779B1u);
        }
    };
    std::unordered_map<Key, qint64, KeyHash> groups;
    // Tuples are hourly: the slice is the hours that overlap the range.
    const Status scanned = FlowSegmentScan(db).run(hourOf(startUs), endHourOf(endUs), match,
                                                   [&](const FlowSegment &, const std::vector<FlowTuple> &tuples) {
        for (const FlowTuple &t : tuples)
            if (match.accepts(t))
                groups[Key{addressOf(t.src), t.ttl, shownSourcePort(t), t.fingerprints, t.payloadId}] += t.packets;
        return true;
    });
    if (!scanned)
        return scanned.error();
    std::vector<std::pair<Key, qint64>> sorted(groups.begin(), groups.end());
    groups.clear();
    const size_t n = std::min(sorted.size(), size_t(std::max(limit, 0)));
    auto busiest = [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; };
    std::partial_sort(sorted.begin(), sorted.begin() + qsizetype(n), sorted.end(), busiest);
    PayloadLookup payloads(db);
    QVector<FlowGroup> out;
    out.reserve(qsizetype(n));
    for (size_t i = 0; i < n; ++i) {
        const Key &k = sorted[i].first;
        FlowGroup g;
        g.src = k.src;
        g.ttl = k.ttl;
        g.srcPort = k.srcPort;
        g.fingerprints = k.fingerprints;
        auto payload = payloads.find(k.payloadId);
        if (!payload)
            return payload.error();
        g.payload = *payload;
        g.packets = sorted[i].second;
        out.push_back(g);
    }
    return out;
}

Result<QVector<ReplyFlow>> AnalysisQueries::replyFlows(qint64 startUs, qint64 endUs, const QueryFilter &filter)
{
    SqliteDatabase &db = m_ws.database();
    const FlowTupleFilter match(filter);
    PayloadLookup payloads(db);
    struct Found {
        qint64 firstUs, id;
        ReplyFlow flow;
    };
    std::vector<Found> found;
    Status failed = Ok{};
    const Status scanned = FlowSegmentScan(db).run(hourOf(startUs), endHourOf(endUs), match,
                                                   [&](const FlowSegment &seg, const std::vector<FlowTuple> &tuples) {
        for (size_t i = 0; i < tuples.size(); ++i) {
            const FlowTuple &t = tuples[i];
            // TCP with ACK+SYN or RST; ICMP echo reply (0), unreachable (3), time exceeded (11);
            // ICMPv6 unreachable (1), time exceeded (3), echo reply (129); UDP that decodes as a
            // response or comes from a service port (ingest folds ephemeral source ports to −1, so
            // a kept port is a server's). For ICMP the tuple keeps the type in sport.
            const bool tcp = t.proto == 6 && ((t.tcpFlags & 18) == 18 || (t.tcpFlags & 4) == 4);
            const bool icmp = t.proto == 1 && (t.sport == 0 || t.sport == 3 || t.sport == 11);
            const bool icmp6 = t.proto == 58 && (t.sport == 1 || t.sport == 3 || t.sport == 129);
            const bool udp = t.proto == 17 && (t.payloadId > 0 || (t.sport >= 0 && t.sport != t.dport));
            if (!(tcp || icmp || icmp6 || udp) || !match.accepts(t))
                continue;
            auto payload = payloads.find(t.payloadId);
            if (!payload) {
                failed = payload.error();
                return false;
            }
            if (udp && !payload->response && !(t.sport >= 0 && t.sport != t.dport))
                continue;
            ReplyFlow r;
            r.src = addressOf(t.src);
            r.dst = addressOf(t.dst);
            r.region = GeoResolver::unpack(t.region);
            r.sensorId = seg.sensorId;
            r.proto = t.proto;
            r.srcPort = shownSourcePort(t);
            r.dstPort = t.dport;
            r.tcpFlags = t.tcpFlags;
            r.payloadResponse = payload->response;
            r.payloadKind = payload->kind;
            r.firstUs = t.firstUs;
            r.lastUs = t.lastUs;
            r.packets = t.packets;
            if (t.quoted) {
                r.quoted = true;
                r.quotedSrc = addressOf(t.quotedSrc);
                r.quotedDst = addressOf(t.quotedDst);
            }
            found.push_back({t.firstUs, FlowSegmentStore::flowId(seg.id, i), std::move(r)});
        }
        return true;
    });
    if (!failed)
        return failed.error();
    if (!scanned)
        return scanned.error();
    // Time order, as the detector needs it (segments of one hour interleave in time).
    std::sort(found.begin(), found.end(),
              [](const Found &a, const Found &b) { return a.firstUs != b.firstUs ? a.firstUs < b.firstUs : a.id < b.id; });
    QVector<ReplyFlow> out;
    out.reserve(qsizetype(found.size()));
    for (Found &f : found)
        out.push_back(std::move(f.flow));
    return out;
}

Result<QVector<RequestBurst>> AnalysisQueries::requestBursts(qint64 startUs, qint64 endUs, int minSources)
{
    SqliteDatabase &db = m_ws.database();
    minSources = std::max(minSources, 1);
    // A burst at one address needs that many sources at its (proto, port, hour) in all, so each
    // hour's distinct sources per service are counted first (from that hour's tuples, in source
    // partitions if it holds many), and only busy hours are read again, for those services' tuples.
    std::map<qint64, std::set<std::pair<int, int>>> busy;
    for (qint64 hour = hourOf(startUs), end = endHourOf(endUs); hour < end; ++hour) {
        ServiceSourcesSink counted;
        if (auto s = SourcePartitionScan(hour, hour + 1, QueryFilter{}).run(db, counted); !s)
            return s.error();
        for (const auto &[packed, sources] : counted.sources)
            if (sources >= minSources) {
                const ServiceKey k = ServiceKey::fromPacked(packed);
                busy[hour].insert({k.proto, k.port});
            }
    }
    // One request tuple of a busy service: what a burst's figures are made of.
    struct Request {
        IpAddress dst, src;
        int proto, port, sensorId, ttl, flags, srcPort;
        qint64 packets, firstUs, lastUs;
    };
    PayloadLookup payloads(db);
    const FlowTupleFilter all(QueryFilter{});
    QVector<RequestBurst> out;
    std::vector<std::vector<IpAddress>> burstSources;
    std::vector<Request> requests;
    Status failed = Ok{};
    for (const auto &[hour, services] : busy) {
        requests.clear();
        const Status scanned = FlowSegmentScan(db).run(hour, hour + 1, all,
                                                       [&](const FlowSegment &seg, const std::vector<FlowTuple> &tuples) {
            for (const FlowTuple &t : tuples) {
                if (!services.count({t.proto, t.port}))
                    continue;
                // TCP SYN without ACK or RST; UDP that does not decode as a response; ICMP/ICMPv6
                // echo request (the tuple keeps the ICMP type in sport).
                bool request = (t.proto == 6 && (t.tcpFlags & 22) == 2) || (t.proto == 1 && t.sport == 8)
                    || (t.proto == 58 && t.sport == 128);
                if (t.proto == 17) {
                    auto payload = payloads.find(t.payloadId);
                    if (!payload) {
                        failed = payload.error();
                        return false;
                    }
                    request = !payload->response;
                }
                if (request)
                    requests.push_back({addressOf(t.dst), addressOf(t.src), t.proto, t.port, seg.sensorId, t.ttl,
                                        t.tcpFlags, shownSourcePort(t), t.packets, t.firstUs, t.lastUs});
            }
            return true;
        });
        if (!failed)
            return failed.error();
        if (!scanned)
            return scanned.error();
        std::sort(requests.begin(), requests.end(), [](const Request &a, const Request &b) {
            return std::tie(a.dst, a.proto, a.port, a.src) < std::tie(b.dst, b.proto, b.port, b.src);
        });
        for (size_t i = 0; i < requests.size();) {
            size_t j = i;
            qint64 sources = 0;
            for (; j < requests.size() && requests[j].dst == requests[i].dst && requests[j].proto == requests[i].proto
                 && requests[j].port == requests[i].port;
                 ++j)
                sources += j == i || requests[j].src != requests[j - 1].src;
            if (sources < minSources) {
                i = j;
                continue;
            }
            RequestBurst b;
            b.dst = requests[i].dst;
            b.proto = uint8_t(requests[i].proto);
            b.port = requests[i].port;
            b.hour = hour;
            b.sensorId = requests[i].sensorId;
            b.sources = sources;
            b.firstUs = requests[i].firstUs;
            b.lastUs = requests[i].lastUs;
            std::map<int, qint64> ttls, flags, ports;
            std::vector<IpAddress> srcs;
            for (size_t k = i; k < j; ++k) {
                const Request &r = requests[k];
                b.sensorId = std::min(b.sensorId, r.sensorId);
                b.packets += r.packets;
                b.firstUs = std::min(b.firstUs, r.firstUs);
                b.lastUs = std::max(b.lastUs, r.lastUs);
                ttls[r.ttl] += r.packets;
                flags[r.flags] += r.packets;
                ports[r.srcPort] += r.packets;
                if (srcs.empty() || srcs.back() != r.src)
                    srcs.push_back(r.src);
            }
            for (const auto &[ttl, packets] : ttls)
                b.ttls.push_back({ttl, packets});
            std::stable_sort(b.ttls.begin(), b.ttls.end(), [](const auto &x, const auto &y) { return x.second > y.second; });
            // The flags of the most packets (the lowest value among equals).
            qint64 most = -1;
            for (const auto &[f, packets] : flags)
                if (packets > most) {
                    most = packets;
                    b.tcpFlags = f;
                }
            qint64 topPort = 0;
            for (const auto &[port, packets] : ports)
                topPort = std::max(topPort, packets);
            if (b.packets > 0)
                b.topSourcePortShare = double(topPort) / double(b.packets);
            out.push_back(b);
            burstSources.push_back(std::move(srcs));
            i = j;
        }
    }
    if (out.isEmpty())
        return out;

    // Whether each burst's sources hit another address within a day of it: one pass over the
    // hours of every burst's window, [hour − 24, hour + 24], each read once.
    constexpr qint64 kDayHours = 24;
    std::unordered_map<IpAddress, std::vector<std::pair<int, bool>>> watch; // source → (burst, seen)
    std::vector<std::pair<qint64, qint64>> windows;
    for (int b = 0; b < out.size(); ++b) {
        for (const IpAddress &a : burstSources[size_t(b)])
            watch[a].push_back({b, false});
        windows.push_back({out[b].hour - kDayHours, out[b].hour + kDayHours + 1});
    }
    std::sort(windows.begin(), windows.end());
    std::vector<std::pair<qint64, qint64>> merged;
    for (const auto &w : windows) {
        if (!merged.empty() && w.first <= merged.back().second)
            merged.back().second = std::max(merged.back().second, w.second);
        else
            merged.push_back(w);
    }
    for (const auto &[from, to] : merged) {
        const Status scanned = FlowSegmentScan(db).run(from, to, all,
                                                       [&](const FlowSegment &seg, const std::vector<FlowTuple> &tuples) {
            for (const FlowTuple &t : tuples) {
                const auto it = watch.find(addressOf(t.src));
                if (it == watch.end())
                    continue;
                for (auto &[b, seen] : it->second)
                    if (!seen && std::abs(out[b].hour - seg.hour) <= kDayHours
                        && std::memcmp(t.dst, out[b].dst.bytes(), 16) != 0)
                        seen = true;
            }
            return true;
        });
        if (!scanned)
            return scanned.error();
    }
    for (const auto &[src, bursts] : watch)
        for (const auto &[b, seen] : bursts)
            out[b].sourcesElsewhere += seen;
    return out;
}

Result<QVector<SourcePackets>> AnalysisQueries::sourcePackets(qint64 startUs, qint64 endUs, const QueryFilter &filter)
{
    SourcePacketsSink sink;
    SourcePartitionScan scan(hourOf(startUs), endHourOf(endUs), filter);
    if (auto s = scan.run(m_ws.database(), sink); !s)
        return s.error();
    std::sort(sink.out.begin(), sink.out.end(), [](const SourcePackets &a, const SourcePackets &b) { return a.src < b.src; });
    return std::move(sink.out);
}

Result<QHash<int, qint64>> AnalysisQueries::sensorPacketsFrom(qint64 startUs, qint64 endUs, const QueryFilter &filter,
                                                              const QVector<IpAddress> &sources)
{
    QHash<int, qint64> out;
    if (sources.isEmpty())
        return out;
    const std::unordered_set<IpAddress> wanted(sources.begin(), sources.end());
    const FlowTupleFilter match(filter);
    const Status scanned = FlowSegmentScan(m_ws.database())
                               .run(hourOf(startUs), endHourOf(endUs), match,
                                    [&](const FlowSegment &seg, const std::vector<FlowTuple> &tuples) {
                                        for (const FlowTuple &t : tuples)
                                            if (match.accepts(t) && wanted.count(addressOf(t.src)))
                                                out[seg.sensorId] += t.packets;
                                        return true;
                                    });
    if (!scanned)
        return scanned.error();
    return out;
}

} // namespace teiten
