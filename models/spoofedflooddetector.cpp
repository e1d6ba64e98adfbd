// SPDX-License-Identifier: GPL-3.0-or-later
#include "spoofedflooddetector.h"

#include <algorithm>
#include <map>

namespace teiten {

QVector<SpoofedFlood> SpoofedFloodDetector::detect(const QVector<RequestBurst> &bursts) const
{
    const Params &p = m_params;
    QVector<const RequestBurst *> kept;
    for (const RequestBurst &b : bursts) {
        if (b.sources < p.minSources || b.sources <= 0)
            continue;
        if (double(b.packets) / double(b.sources) > p.maxPacketsPerSource)
            continue;
        if (double(b.sourcesElsewhere) > p.maxElsewhereShare * double(b.sources))
            continue;
        if (b.topSourcePortShare > p.maxSourcePortShare)
            continue;
        kept.push_back(&b);
    }
    std::sort(kept.begin(), kept.end(), [](const RequestBurst *a, const RequestBurst *b) {
        if (a->dst != b->dst)
            return a->dst < b->dst;
        if (a->proto != b->proto)
            return a->proto < b->proto;
        if (a->port != b->port)
            return a->port < b->port;
        return a->hour < b->hour;
    });
    QVector<SpoofedFlood> out;
    std::map<int, qint64> ttls;
    std::map<int, qint64> flags;
    qint64 lastHour = 0;
    auto finish = [&] {
        if (out.isEmpty() || out.last().hours == 0)
            return;
        SpoofedFlood &f = out.last();
        for (const auto &[ttl, n] : ttls)
            f.ttls.push_back({ttl, n});
        std::sort(f.ttls.begin(), f.ttls.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        qint64 top = 0, all = 0;
        for (int i = 0; i < f.ttls.size(); ++i) {
            all += f.ttls[i].second;
            top += i < p.ttlValues ? f.ttls[i].second : 0;
        }
        f.topTtlShare = all > 0 ? double(top) / double(all) : 0;
        f.packetsPerSource = f.sources > 0 ? double(f.packets) / double(f.sources) : 0;
        qint64 best = -1;
        for (const auto &[flag, n] : flags) {
            if (n > best) {
                best = n;
                f.tcpFlags = flag;
            }
        }
        ttls.clear();
        flags.clear();
    };
    for (const RequestBurst *b : kept) {
        const bool extends = !out.isEmpty() && out.last().target == b->dst && out.last().proto == b->proto
            && out.last().port == b->port && b->hour - lastHour <= 1;
        if (!extends) {
            finish();
            SpoofedFlood f;
            f.target = b->dst;
            f.proto = b->proto;
            f.port = b->port;
            f.sensorId = b->sensorId;
            f.firstUs = b->firstUs;
            out.push_back(f);
        }
        SpoofedFlood &f = out.last();
        f.firstUs = std::min(f.firstUs, b->firstUs);
        f.lastUs = std::max(f.lastUs, b->lastUs);
        f.packets += b->packets;
        f.sources += b->sources;
        f.sourcesElsewhere += b->sourcesElsewhere;
        f.topSourcePortShare = std::max(f.topSourcePortShare, b->topSourcePortShare);
        ++f.hours;
        for (const auto &[ttl, n] : b->ttls)
            ttls[ttl] += n;
        flags[b->tcpFlags] += b->packets;
        lastHour = b->hour;
    }
    finish();
    std::sort(out.begin(), out.end(), [](const SpoofedFlood &a, const SpoofedFlood &b) {
        return a.packets != b.packets ? a.packets > b.packets : a.firstUs < b.firstUs;
    });
    return out;
}

} // namespace teiten
