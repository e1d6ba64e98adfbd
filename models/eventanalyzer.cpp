// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventanalyzer.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include "amplificationcatalog.h"
#include "analysisqueries.h"
#include "georesolver.h"
#include "icsportcatalog.h"
#include "scannercatalog.h"
#include "workspace.h"

namespace teiten {

EventAnalyzer::EventAnalyzer(Workspace &ws, const ScannerCatalog &scanners, const AmplificationCatalog &amp,
                             const IcsPortCatalog &ics, const Params &params)
    : m_ws(ws), m_scanners(scanners), m_amp(amp), m_ics(ics), m_params(params)
{
}

EventAnalyzer::EventAnalyzer(Workspace &ws, const ScannerCatalog &scanners)
    : EventAnalyzer(ws, scanners, AmplificationCatalog::builtIn(), IcsPortCatalog::builtIn(), Params{})
{
}

Period EventAnalyzer::chartWindow(const Period &period, QDate start)
{
    const QDate first = QDate(start.year(), start.month(), 1).addMonths(-6);
    return Period::range(std::min(first, period.firstDay()), period.lastDay());
}

Result<Period> EventAnalyzer::historyWindow(const Period &period) const
{
    QDate first = period.firstDay().addDays(-m_params.historyDays);
    auto range = m_ws.dataRange();
    if (!range)
        return range.error();
    if (range->has_value()) {
        const qint64 offMs = qint64(m_ws.dayOffsetMinutes()) * 60000;
        const QDate dataFirst = QDateTime::fromMSecsSinceEpoch((*range)->first / 1000 + offMs, QTimeZone::utc()).date();
        first = std::clamp(dataFirst, first, period.lastDay());
    }
    return Period::range(first, period.lastDay());
}

qint64 EventAnalyzer::minExcessFor(const QVector<qint64> &totals, int historyEnd) const
{
    QVector<double> h;
    for (int i = 0; i < historyEnd && i < totals.size(); ++i) {
        if (totals[i] > 0)
            h << double(totals[i]);
    }
    // Scale the floor with the network's volume: a surge must matter next to all traffic.
    return std::max(m_params.minExcess, qint64(m_params.minExcessShare * SurgeDetector::median(h)));
}

Result<QVector<Event>> EventAnalyzer::surges(const Period &period, Dimension dim, const std::atomic_bool *cancel) const
{
    const auto windowResult = historyWindow(period);
    if (!windowResult)
        return windowResult.error();
    const Period window = *windowResult;
    auto ranking = m_ws.keysByPackets(dim, period);
    if (!ranking)
        return ranking.error();
    QStringList keys;
    const int top = dim == Dimension::Service ? m_params.serviceTop : m_params.regionTop;
    for (const RankRow &r : ranking->rows) {
        if (keys.size() >= top)
            break;
        keys << r.key;
    }
    QVector<Event> out;
    if (keys.isEmpty())
        return out;
    auto series = m_ws.series(dim, window, {}, keys, Bucket::Day);
    if (!series)
        return series.error();
    const int from = std::max(0, int(window.firstDay().daysTo(period.firstDay())));
    SurgeDetector::Params sp = m_params.surge;
    sp.minExcess = minExcessFor(series->totals, from);
    if (dim == Dimension::Region)
        sp.minRelative = std::max(sp.minRelative, m_params.regionMinRelative);
    // What a quarterly report would call notable: the episode must matter next to the period.
    const qint64 minEpisode = std::max(sp.minExcess, qint64(m_params.minEpisodeShare * double(ranking->totalPackets)));
    const SurgeDetector detector(sp);
    const EpisodeAttribution attribution(m_ws, m_amp, m_scanners, m_params.attribution);
    const EpisodeClassifier classifier(m_amp, m_params.classifier);
    for (int k = 0; k < keys.size(); ++k) {
        if (cancel && cancel->load())
            return Error{Error::Code::Cancelled, tr("Analysis cancelled")};
        for (const SurgeEpisode &ep : detector.detect(series->values[k], from)) {
            if (ep.excess < minEpisode)
                continue;
            Event ev;
            ev.kind = EventKind::Surge;
            ev.dimension = dim;
            ev.key = keys[k];
            ev.keys = QStringList{keys[k]};
            ev.start = window.firstDay().addDays(ep.start);
            ev.end = window.firstDay().addDays(ep.end);
            ev.peakDay = window.firstDay().addDays(ep.peak);
            ev.ongoing = ep.ongoing;
            ev.excess = ep.excess;
            ev.baselinePerDay = ep.baseline;
            ev.peakPackets = series->values[k][ep.peak];
            ev.activeDays = ep.activeDays;
            ev.chartWindow = chartWindow(period, ev.start);
            QueryFilter f;
            if (dim == Dimension::Service)
                f.service = ServiceKey::parse(keys[k]);
            else
                f.region = keys[k];
            if (auto s = attribution.attribute(ev, ev.start, ev.end, {f}); !s)
                return s.error();
            classifier.classifySurge(ev);
            out.push_back(ev);
        }
    }
    return out;
}

Result<QVector<Event>> EventAnalyzer::icsWaves(const Period &period) const
{
    const auto windowResult = historyWindow(period);
    if (!windowResult)
        return windowResult.error();
    const Period window = *windowResult;
    auto ranking = m_ws.keysByPackets(Dimension::Service, period);
    if (!ranking)
        return ranking.error();
    QStringList keys;
    for (const RankRow &r : ranking->rows) {
        const auto sk = ServiceKey::parse(r.key);
        if (sk && m_ics.isIcs(*sk))
            keys << r.key;
    }
    QVector<Event> out;
    if (keys.isEmpty())
        return out;
    auto series = m_ws.series(Dimension::Service, window, {}, keys, Bucket::Day);
    if (!series)
        return series.error();
    const int from = std::max(0, int(window.firstDay().daysTo(period.firstDay())));
    const int n = int(series->bucketStartUs.size());
    // Scanners sweep several control-system ports in turn, each port only every few days, so the
    // onset is found on the ports that rose together. A port rose when its rate in the period is
    // several times its rate before and it was active on two days or more; stray hits of random-port
    // scanners on some of the catalogue's hundreds of ports stay out by needing a tenth of the
    // busiest rising port's packets.
    const OnsetDetector::Params &op = m_params.onset;
    QVector<int> rising;
    qint64 busiest = 0;
    QVector<qint64> inPeriod(keys.size(), 0);
    for (int k = 0; k < keys.size(); ++k) {
        const QVector<qint64> &v = series->values[k];
        qint64 before = 0;
        int active = 0;
        for (int d = 0; d < n; ++d) {
            if (d < from) {
                before += v[d];
            } else {
                inPeriod[k] += v[d];
                active += v[d] > 0;
            }
        }
        const double rateBefore = from > 0 ? double(before) / from : 0;
        const double rateIn = double(inPeriod[k]) / std::max(1, n - from);
        // Two sweeps in a quarter already make a port part of a wave; the wave itself needs more.
        if (active >= 2 && rateIn >= op.rise * rateBefore + op.minRate / 4) {
            rising << k;
            busiest = std::max(busiest, inPeriod[k]);
        }
    }
    QVector<int> members;
    for (int k : rising) {
        if (double(inPeriod[k]) >= m_params.icsPortShare * double(busiest))
            members << k;
    }
    if (members.isEmpty())
        return out;
    QVector<qint64> group(n, 0);
    for (int k : members)
        for (int d = 0; d < n; ++d)
            group[d] += series->values[k][d];
    const OnsetDetector detector(m_params.onset);
    const auto onset = detector.detect(group, from);
    if (onset.day < 0)
        return out;

    Event ev;
    ev.kind = EventKind::IcsScan;
    ev.dimension = Dimension::Service;
    ev.classification = Classification::IcsScan;
    ev.start = window.firstDay().addDays(onset.day);
    ev.end = period.lastDay();
    ev.ongoing = true;
    ev.baselinePerDay = onset.rateBefore;
    QVector<QueryFilter> filters;
    QStringList protocols, lines;
    const QLocale loc;
    for (int k : members) {
        const QVector<qint64> &v = series->values[k];
        qint64 after = 0, before = 0;
        int firstDay = onset.day;
        for (int d = onset.day; d < n; ++d) {
            after += v[d];
            if (firstDay == onset.day && v[d] == 0 && after == 0)
                firstDay = d + 1;
        }
        const int h0 = std::max(0, onset.day - op.history);
        for (int d = h0; d < onset.day; ++d)
            before += v[d];
        const double rateBefore = double(before) / std::max(1, onset.day - h0);
        const double rateAfter = double(after) / std::max(1, n - onset.day);
        const auto sk = ServiceKey::parse(keys[k]);
        ev.keys << keys[k];
        QueryFilter f;
        f.service = sk;
        filters << f;
        const QString names = m_ics.protocolsFor(*sk).join(QStringLiteral(" / "));
        protocols << names;
        lines << tr("%1 (%2): first packet of the wave on %3; %4 packets a day before, %5 after.")
                     .arg(keys[k], names, window.firstDay().addDays(std::min(firstDay, n - 1)).toString(Qt::ISODate),
                          loc.toString(rateBefore, 'f', 2), loc.toString(rateAfter, 'f', 1));
    }
    ev.key = ev.keys.join(QLatin1Char(' '));
    ev.protocol = protocols.join(QStringLiteral(", "));
    ev.chartWindow = chartWindow(period, ev.start);
    const EpisodeAttribution attribution(m_ws, m_amp, m_scanners, m_params.attribution);
    if (auto s = attribution.attribute(ev, ev.start, ev.end, filters); !s)
        return s.error();
    ev.excess = ev.packets;
    for (int d = onset.day; d < n; ++d) {
        qint64 sum = 0;
        for (int k : members)
            sum += series->values[k][d];
        if (sum > ev.peakPackets) {
            ev.peakPackets = sum;
            ev.peakDay = window.firstDay().addDays(d);
        }
    }
    ev.evidence << tr("Scanning of control-system ports started on %1: %2 (ports from the Digital Bond / ITI and "
                      "Malcolm lists), after %3 packets a day on all such ports before.")
                       .arg(ev.start.toString(Qt::ISODate), ev.keys.join(QStringLiteral(", ")),
                            loc.toString(onset.rateBefore, 'f', 2));
    ev.evidence << lines;
    EpisodeClassifier::describeAttribution(ev);
    out.push_back(ev);
    return out;
}

namespace {

/// The events `absorb` does not fold into one of `targets` (it returns true when it did).
QVector<Event> foldInto(const QVector<Event> &events, QVector<Event> &targets,
                        const std::function<bool(const Event &, Event &)> &absorb)
{
    QVector<Event> kept;
    for (const Event &e : events) {
        if (std::none_of(targets.begin(), targets.end(), [&](Event &t) { return absorb(e, t); }))
            kept << e;
    }
    return kept;
}

int includedSensors(const QVector<SensorInfo> &sensors)
{
    return int(std::count_if(sensors.begin(), sensors.end(), [](const SensorInfo &s) { return s.included; }));
}

QDate dayOf(qint64 us, int offsetMinutes)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000 + qint64(offsetMinutes) * 60000, QTimeZone::utc()).date();
}

QString utcText(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc()).toString(Qt::ISODate);
}

/// "TCP SYN", "TCP SYN+ECE+CWR", "UDP", "ICMP echo request": what a flood's packets were.
QString requestName(uint8_t proto, int tcpFlags)
{
    if (proto == 6) {
        QStringList f{QStringLiteral("SYN")};
        if (tcpFlags & 0x40)
            f << QStringLiteral("ECE");
        if (tcpFlags & 0x80)
            f << QStringLiteral("CWR");
        if (tcpFlags & 0x08)
            f << QStringLiteral("PSH");
        if (tcpFlags & 0x01)
            f << QStringLiteral("FIN");
        if (tcpFlags & 0x20)
            f << QStringLiteral("URG");
        return QStringLiteral("TCP ") + f.join(QLatin1Char('+'));
    }
    if (proto == 17)
        return QStringLiteral("UDP");
    return proto == 58 ? QStringLiteral("ICMPv6 echo request") : QStringLiteral("ICMP echo request");
}

} // namespace

Result<QVector<Event>> EventAnalyzer::backscatter(const Period &period) const
{
    const int off = m_ws.dayOffsetMinutes();
    AnalysisQueries q(m_ws);
    auto flows = q.replyFlows(period.startUs(off), period.endUs(off));
    if (!flows)
        return flows.error();
    auto sensors = m_ws.sensors();
    if (!sensors)
        return sensors.error();
    const int total = includedSensors(*sensors);
    QVector<Event> out;
    const QLocale loc;
    // A victim named from the header an ICMP error quotes is not the router that sent the error, so
    // its region comes from the country database the import used, not from the flow's source region.
    std::unique_ptr<GeoResolver> geo;
    bool geoTried = false;
    auto victimRegion = [&](const BackscatterEpisode &b) -> QString {
        if (b.reporters.isEmpty())
            return b.region; // the victim sent the replies itself
        if (!geoTried) {
            geoTried = true;
            const QString path = m_ws.meta(QStringLiteral("geoip_path"));
            if (!path.isEmpty())
                if (auto g = GeoResolver::open(path))
                    geo = std::move(*g);
        }
        return geo ? geo->lookup(b.host) : QStringLiteral("ZZ");
    };
    for (const BackscatterEpisode &b : BackscatterDetector(m_params.reply).detect(*flows)) {
        Event ev;
        ev.kind = EventKind::Backscatter;
        ev.dimension = Dimension::Service;
        ev.key = b.host.toString();
        ev.start = dayOf(b.firstUs, off);
        ev.end = dayOf(b.lastUs, off);
        ev.peakDay = ev.start;
        ev.packets = b.packets;
        ev.excess = b.packets;
        ev.sensorsHit = b.sensors;
        ev.sensorsTotal = total;
        ev.protocol = QString::fromLatin1(BackscatterDetector::kindName(b.kind));
        if (b.servicePort > 0)
            ev.keys << ServiceKey{b.proto, b.servicePort}.label();
        ev.chartWindow = chartWindow(period, ev.start);
        const double hours = std::max(1.0, double(b.lastUs - b.firstUs) / 3.6e9);
        const QString when = tr("%1 to %2").arg(utcText(b.firstUs), utcText(b.lastUs));
        if (b.perspective == BackscatterEpisode::Perspective::Victim) {
            ev.classification = Classification::DosVictim;
            ev.victims << ev.key;
            const QString region = victimRegion(b);
            EventSource s;
            s.address = b.host;
            s.region = region;
            s.packets = b.packets;
            s.share = 1;
            s.sensorsHit = b.sensors;
            s.firstUs = b.firstUs;
            s.lastUs = b.lastUs;
            ev.sources << s;
            ev.sourceCount = 1;
            ev.drivingSources = 1;
            ev.evidence << tr("%1 (%2) sent %3 unsolicited replies (%4) to %5 addresses on %6 of %7 sensors, %8.")
                               .arg(ev.key, region, loc.toString(b.packets), ev.protocol)
                               .arg(b.addresses)
                               .arg(b.sensors)
                               .arg(total)
                               .arg(when);
            ev.evidence << tr("About %1 replies an hour%2: replies to packets our sensors never sent mean %3 was flooded "
                              "with randomly spoofed sources, a denial-of-service victim (Moore et al., USENIX "
                              "Security 2001).")
                               .arg(loc.toString(double(b.packets) / hours, 'f', 1),
                                    ev.keys.isEmpty() ? QString() : tr(" from %1").arg(ev.keys.first()), ev.key);
            if (!b.reporters.isEmpty()) {
                QStringList names;
                for (int i = 0; i < b.reporters.size() && i < 3; ++i)
                    names << b.reporters[i].toString();
                ev.evidence << tr("ICMP errors came from %n host(s) on the way (%1); the packets they quote went from "
                                  "our addresses to %2, so %2 is the victim, not the sender of the errors.",
                                  nullptr, int(b.reporters.size()))
                                   .arg(names.join(QStringLiteral(", ")), ev.key);
            }
        } else {
            ev.classification = Classification::ReflectionAtSensor;
            ev.victims << ev.key;
            ev.sourceCount = b.addresses;
            ev.evidence << tr("%1 servers sent %2 replies (%3) to sensor address %4, %5.")
                               .arg(b.addresses)
                               .arg(loc.toString(b.packets), ev.protocol, ev.key, when);
            ev.evidence << tr("Many servers answering one address that asked nothing: the address was spoofed as the "
                              "victim of a reflection attack.");
        }
        out.push_back(ev);
    }
    return out;
}

Result<QVector<Event>> EventAnalyzer::floods(const Period &period) const
{
    const int off = m_ws.dayOffsetMinutes();
    AnalysisQueries q(m_ws);
    const SpoofedFloodDetector detector(m_params.flood);
    auto bursts = q.requestBursts(period.startUs(off), period.endUs(off), detector.params().minSources);
    if (!bursts)
        return bursts.error();
    auto sensors = m_ws.sensors();
    if (!sensors)
        return sensors.error();
    const int total = includedSensors(*sensors);
    QVector<Event> out;
    const QLocale loc;
    for (const SpoofedFlood &f : detector.detect(*bursts)) {
        Event ev;
        ev.kind = EventKind::Flood;
        ev.dimension = Dimension::Service;
        ev.classification = Classification::SpoofedFlood;
        ev.key = f.target.toString();
        const ServiceKey service{f.proto, f.port};
        ev.keys << service.label();
        ev.start = dayOf(f.firstUs, off);
        ev.end = dayOf(f.lastUs, off);
        ev.peakDay = ev.start;
        ev.packets = f.packets;
        ev.excess = f.packets;
        ev.peakPackets = f.packets;
        ev.sourceCount = int(std::min<qint64>(f.sources, std::numeric_limits<int>::max()));
        ev.sensorsHit = 1;
        ev.sensorsTotal = total;
        for (const SensorInfo &s : *sensors) {
            if (s.id == f.sensorId)
                ev.sensors << EventSensor{s.name, f.packets, double(f.packets)};
        }
        ev.protocol = requestName(f.proto, f.tcpFlags);
        ev.victims << ev.key;
        ev.chartWindow = chartWindow(period, ev.start);
        const double seconds = std::max(1.0, double(f.lastUs - f.firstUs) / 1e6);
        ev.evidence << tr("%1 packets (%2) to %3 %4 from %5 different source addresses, %6 to %7 (%8 packets a "
                          "second), %9 per source.")
                           .arg(loc.toString(f.packets), ev.protocol, ev.key, ev.keys.first(), loc.toString(f.sources),
                                utcText(f.firstUs), utcText(f.lastUs), loc.toString(double(f.packets) / seconds, 'f', 1),
                                loc.toString(f.packetsPerSource, 'f', 2));
        ev.evidence << tr("Only %1 of these sources were seen at any other sensor address within a day: they scan "
                          "nothing. Source addresses forged at random for each packet mean that %2 itself was the "
                          "target of a denial-of-service flood (the spoofed side of Moore et al.'s inference).")
                           .arg(loc.toString(f.sourcesElsewhere), ev.key);
        if (!f.ttls.isEmpty()) {
            QStringList values;
            for (int i = 0; i < f.ttls.size() && i < detector.params().ttlValues; ++i)
                values << QString::number(f.ttls[i].first);
            const QString share = loc.toString(100.0 * f.topTtlShare, 'f', 1);
            if (f.topTtlShare >= 0.8)
                ev.evidence << tr("%1 % of the packets arrived with TTL %2: one sender behind all these addresses "
                                  "(hop-count consistency; Jin, Wang and Shin, ACM CCS 2003).")
                                   .arg(share, values.join(QStringLiteral(", ")));
            else
                ev.evidence << tr("The packets arrived with %n different TTL values (%1 % with %2): many senders, "
                                  "as from a botnet.", nullptr, int(f.ttls.size()))
                                   .arg(share, values.join(QStringLiteral(", ")));
        }
        out.push_back(ev);
    }
    return out;
}

Result<QVector<Event>> EventAnalyzer::analyze(const Period &period, const std::atomic_bool *cancel) const
{
    QVector<Event> events;
    QVector<Event> ics;
    if (m_params.ics) {
        auto r = icsWaves(period);
        if (!r)
            return r.error();
        ics = *r;
    }
    QSet<QString> icsKeys;
    for (const Event &e : ics)
        icsKeys.unite(QSet<QString>(e.keys.begin(), e.keys.end()));

    auto services = surges(period, Dimension::Service, cancel);
    if (!services)
        return services.error();
    for (const Event &e : *services) {
        if (!icsKeys.contains(e.key))   // the ICS wave explains it with more context
            events << e;
    }
    if (m_params.regions) {
        auto regions = surges(period, Dimension::Region, cancel);
        if (!regions)
            return regions.error();
        for (const Event &r : *regions) {
            bool folded = false;
            for (Event &s : events) {
                if (s.dimension != Dimension::Service || r.end < s.start || s.end < r.start)
                    continue;
                QSet<QByteArray> drivers;
                for (int i = 0; i < s.drivingSources && i < s.sources.size(); ++i)
                    drivers.insert(s.sources[i].address.blob());
                qint64 explained = 0, driven = 0;
                for (int i = 0; i < r.drivingSources && i < r.sources.size(); ++i) {
                    driven += r.sources[i].packets;
                    if (drivers.contains(r.sources[i].address.blob()))
                        explained += r.sources[i].packets;
                }
                if (driven > 0 && explained * 2 >= driven) {
                    s.related << r.key;
                    s.evidence << tr("The same sources also raised region %1 (%2 packets above its baseline).")
                                      .arg(r.key, QLocale().toString(r.excess));
                    folded = true;
                    break;
                }
            }
            if (!folded)
                events << r;
        }
    }
    events << ics;
    if (m_params.backscatter) {
        auto b = backscatter(period);
        if (!b)
            return b.error();
        // A surge driven by a DoS victim's replies (0/ICMP, the victim's port or region) is the
        // backscatter episode seen from another side: fold it in.
        events = foldInto(events, *b, [](const Event &e, Event &v) {
            if (e.kind != EventKind::Surge || e.end < v.start || v.end < e.start)
                return false;
            qint64 driven = 0, fromVictim = 0;
            for (int i = 0; i < e.drivingSources && i < e.sources.size(); ++i) {
                driven += e.sources[i].packets;
                if (v.victims.contains(e.sources[i].address.toString()))
                    fromVictim += e.sources[i].packets;
            }
            if (driven == 0 || fromVictim * 2 < driven)
                return false;
            v.related << e.key;
            v.evidence << tr("These replies also raised %1 (%2 packets above its baseline).")
                              .arg(e.key, QLocale().toString(e.excess));
            return true;
        });
        events << *b;
    }
    if (m_params.floods) {
        auto floods = this->floods(period);
        if (!floods)
            return floods.error();
        // Replies reaching a flooded address at the time of the flood are its consequence, not a
        // reflection attack of their own: the hosts whose addresses were forged answer the target's
        // SYN-ACKs with RSTs (or its echo replies with errors).
        events = foldInto(events, *floods, [](const Event &e, Event &f) {
            if (e.kind != EventKind::Backscatter || e.classification != Classification::ReflectionAtSensor
                || e.key != f.key || e.end < f.start || f.end < e.start)
                return false;
            f.related << e.key;
            f.evidence << tr("%1 replies (%2) from %3 hosts reached %4 during the flood: the owners of forged "
                             "source addresses answering what the target sent them, part of the same attack.")
                              .arg(QLocale().toString(e.packets), e.protocol)
                              .arg(e.sourceCount)
                              .arg(e.key);
            return true;
        });
        events << *floods;
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.start != b.start ? a.start < b.start : a.packets > b.packets;
    });
    return events;
}

} // namespace teiten
