// SPDX-License-Identifier: GPL-3.0-or-later
#include "backscatterdetector.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace teiten {

ReplyKind BackscatterDetector::kindOf(const ReplyFlow &f)
{
    switch (f.proto) {
    case 6:
        if ((f.tcpFlags & 0x12) == 0x12)
            return ReplyKind::SynAck;
        return (f.tcpFlags & 0x04) ? ReplyKind::Rst : ReplyKind::None;
    case 1:
        return f.srcPort == 3 ? ReplyKind::IcmpUnreachable
               : f.srcPort == 11 ? ReplyKind::IcmpTimeExceeded
               : f.srcPort == 0  ? ReplyKind::EchoReply
                                 : ReplyKind::None;
    case 58:
        return f.srcPort == 1 ? ReplyKind::IcmpUnreachable
               : f.srcPort == 3 ? ReplyKind::IcmpTimeExceeded
               : f.srcPort == 129 ? ReplyKind::EchoReply
                                  : ReplyKind::None;
    case 17:
        if (f.payloadKind == QLatin1String("dns") && f.payloadResponse)
            return ReplyKind::DnsResponse;
        return f.payloadResponse || (f.srcPort > 0 && f.srcPort != f.dstPort) ? ReplyKind::UdpResponse : ReplyKind::None;
    default:
        return ReplyKind::None;
    }
}

IpAddress BackscatterDetector::victimOf(const ReplyFlow &f)
{
    const ReplyKind k = kindOf(f);
    if (f.quoted && (k == ReplyKind::IcmpUnreachable || k == ReplyKind::IcmpTimeExceeded))
        return f.quotedDst;
    return f.src;
}

const char *BackscatterDetector::kindName(ReplyKind k)
{
    switch (k) {
    case ReplyKind::SynAck: return "syn-ack";
    case ReplyKind::Rst: return "rst";
    case ReplyKind::IcmpUnreachable: return "icmp-unreachable";
    case ReplyKind::IcmpTimeExceeded: return "icmp-time-exceeded";
    case ReplyKind::EchoReply: return "echo-reply";
    case ReplyKind::DnsResponse: return "dns-response";
    case ReplyKind::UdpResponse: return "udp-response";
    case ReplyKind::None: break;
    }
    return "none";
}

namespace {

struct Run {
    BackscatterEpisode ep;
    std::unordered_set<IpAddress> others;
    QMap<int, qint64> ports;   // (proto << 16 | port) → packets
    std::unordered_map<IpAddress, qint64> reporters; // ICMP senders other than the victim
};

void add(Run &r, const ReplyFlow &f, ReplyKind k, const IpAddress &other)
{
    BackscatterEpisode &e = r.ep;
    if (e.packets == 0)
        e.firstUs = f.firstUs;
    e.firstUs = std::min(e.firstUs, f.firstUs);
    e.lastUs = std::max(e.lastUs, f.lastUs);
    e.packets += f.packets;
    e.kindPackets[int(k)] += f.packets;
    if (!e.sensorIds.contains(f.sensorId))
        e.sensorIds.push_back(f.sensorId);
    r.others.insert(other);
    if (f.proto == 6 || f.proto == 17)
        r.ports[(int(f.proto) << 16) | f.srcPort] += f.packets;
}

} // namespace

QVector<BackscatterEpisode> BackscatterDetector::detect(const QVector<ReplyFlow> &flows) const
{
    const Params &p = m_params;
    QVector<BackscatterEpisode> out;
    for (const auto perspective : {BackscatterEpisode::Perspective::Victim, BackscatterEpisode::Perspective::ReflectionTarget}) {
        const bool victim = perspective == BackscatterEpisode::Perspective::Victim;
        // Flows arrive ordered by time; split them by host, then cut each host's stream at gaps.
        std::unordered_map<IpAddress, QVector<const ReplyFlow *>> byHost;
        for (const ReplyFlow &f : flows) {
            if (kindOf(f) != ReplyKind::None)
                byHost[victim ? victimOf(f) : f.dst].push_back(&f);
        }
        for (auto &[host, list] : byHost) {
            std::sort(list.begin(), list.end(), [](const ReplyFlow *a, const ReplyFlow *b) { return a->firstUs < b->firstUs; });
            Run run;
            auto finish = [&] {
                BackscatterEpisode &e = run.ep;
                if (e.packets == 0)
                    return;
                e.perspective = perspective;
                e.host = host;
                e.sensors = int(e.sensorIds.size());
                e.addresses = int(run.others.size());
                qint64 best = -1;
                for (auto it = e.kindPackets.cbegin(); it != e.kindPackets.cend(); ++it) {
                    if (it.value() > best) {
                        best = it.value();
                        e.kind = ReplyKind(it.key());
                    }
                }
                best = -1;
                for (auto it = run.ports.cbegin(); it != run.ports.cend(); ++it) {
                    if (it.value() > best) {
                        best = it.value();
                        e.proto = uint8_t(it.key() >> 16);
                        e.servicePort = it.key() & 0xffff;
                    }
                }
                std::vector<std::pair<IpAddress, qint64>> reporters(run.reporters.begin(), run.reporters.end());
                std::sort(reporters.begin(), reporters.end(), [](const auto &a, const auto &b) {
                    return a.second != b.second ? a.second > b.second : a.first < b.first;
                });
                for (const auto &r : reporters)
                    e.reporters.push_back(r.first);
                // Moore's duration filter guards against mistaking a few stray replies for an attack on
                // the victim side; many servers answering one address within a second is already one.
                const bool keep = e.packets >= p.minPackets
                    && (victim ? e.addresses >= p.minAddresses && e.lastUs - e.firstUs >= p.minDurationUs
                               : e.addresses >= p.reflectionMinSources);
                if (keep)
                    out.push_back(e);
                run = Run{};
            };
            for (const ReplyFlow *f : list) {
                if (run.ep.packets > 0 && f->firstUs - run.ep.lastUs > p.gapUs)
                    finish();
                if (run.ep.packets == 0 && victim)
                    run.ep.region = f->region;
                add(run, *f, kindOf(*f), victim ? f->dst : f->src);
                if (victim && !(f->src == host))
                    run.reporters[f->src] += f->packets;
            }
            finish();
        }
    }
    std::sort(out.begin(), out.end(), [](const BackscatterEpisode &a, const BackscatterEpisode &b) {
        return a.packets != b.packets ? a.packets > b.packets : a.firstUs < b.firstUs;
    });
    return out;
}

} // namespace teiten
