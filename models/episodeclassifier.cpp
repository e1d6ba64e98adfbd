// SPDX-License-Identifier: GPL-3.0-or-later
#include "episodeclassifier.h"

#include <algorithm>
#include <cmath>

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include "amplificationcatalog.h"
#include "scannersharequery.h"
#include "servicekey.h"

namespace teiten {

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', share >= 0.995 || share < 0.1 ? 1 : 0);
}

QString number(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals);
}

QString dnsTypeName(int qtype)
{
    switch (qtype) {
    case 1: return QStringLiteral("A");
    case 2: return QStringLiteral("NS");
    case 15: return QStringLiteral("MX");
    case 16: return QStringLiteral("TXT");
    case 28: return QStringLiteral("AAAA");
    case 46: return QStringLiteral("RRSIG");
    case 48: return QStringLiteral("DNSKEY");
    case 255: return QStringLiteral("ANY");
    default: return QString::number(qtype);
    }
}

} // namespace

bool EpisodeClassifier::manySensors(int hit, int total) const
{
    return hit >= 2 && double(hit) >= m_params.manySensorsShare * double(total);
}

void EpisodeClassifier::describeAttribution(Event &ev)
{
    QStringList &e = ev.evidence;
    if (ev.drivingSources > 0 && !ev.sources.isEmpty()) {
        QStringList names;
        qint64 packets = 0;
        for (int i = 0; i < ev.drivingSources && i < ev.sources.size(); ++i) {
            const EventSource &s = ev.sources[i];
            names << tr("%1 (%2, %3 %)").arg(s.address.toString(), s.region, percent(s.share));
            packets += s.packets;
        }
        const double share = ev.packets > 0 ? double(packets) / double(ev.packets) : 0;
        e << tr("%n source(s) sent %1 % of the %2 packets: %3.", "", ev.drivingSources)
                 .arg(percent(share), QLocale().toString(ev.packets), names.join(QStringLiteral(", ")));
        e << tr("%1 distinct sources in all.").arg(QLocale().toString(ev.sourceCount));
    }
    if (ev.sensorsTotal > 0) {
        const QString spread = ev.sensorsHit <= 1 ? tr("a single sensor")
                               : ev.sensorSpread < 0.5 ? tr("spread evenly over the sensors hit")
                                                       : tr("concentrated on a few sensors");
        e << tr("Sensors hit: %1 of %2; per-sensor packets vary by a coefficient of variation of %3 (%4).")
                 .arg(ev.sensorsHit)
                 .arg(ev.sensorsTotal)
                 .arg(number(ev.sensorSpread, 2), spread);
    }
    for (int i = 0; i < std::min<int>(ev.drivingSources, 3) && i < ev.sources.size(); ++i) {
        const EventSource &s = ev.sources[i];
        if (s.ttlDistinct == 0)
            continue;
        e << tr("%1: TTL %2–%3 (%4 distinct), %5 source port(s), %6 sensor(s), seen %7 to %8.")
                 .arg(s.address.toString())
                 .arg(s.ttlMin)
                 .arg(s.ttlMax)
                 .arg(s.ttlDistinct)
                 .arg(s.sourcePorts)
                 .arg(s.sensorsHit)
                 .arg(QDateTime::fromMSecsSinceEpoch(s.firstUs / 1000, QTimeZone::utc()).toString(Qt::ISODate),
                      QDateTime::fromMSecsSinceEpoch(s.lastUs / 1000, QTimeZone::utc()).toString(Qt::ISODate));
    }
    for (const ScannerClassShare &s : ev.scannerShares) {
        if (s.scannerClass == QLatin1String("other") || s.share < 0.01)
            continue;
        e << tr("%1 % of the packets came from %2 (%n source(s)).", "", int(s.sources))
                 .arg(percent(s.share), ScannerShareQuery::classLabel(s.scannerClass));
    }
}

void EpisodeClassifier::classifySurge(Event &ev) const
{
    QStringList &e = ev.evidence;
    const QLocale loc;
    const double ratio = ev.baselinePerDay > 0 ? double(ev.peakPackets) / ev.baselinePerDay : 0;
    e << (ratio > 0 ? tr("%1 rose from a baseline of about %2 packets a day to %3 on %4 (%5 × the baseline).")
                          .arg(ev.key, number(ev.baselinePerDay), loc.toString(ev.peakPackets),
                               ev.peakDay.toString(Qt::ISODate), number(ratio, 1))
                    : tr("%1 rose from almost nothing to %2 packets on %3.")
                          .arg(ev.key, loc.toString(ev.peakPackets), ev.peakDay.toString(Qt::ISODate)));
    const int days = int(ev.start.daysTo(ev.end)) + 1;
    e << tr("%1 packets above the baseline from %2 to %3.")
             .arg(loc.toString(ev.excess), ev.start.toString(Qt::ISODate), ev.end.toString(Qt::ISODate));
    if (days > 1 && ev.activeDays < days)
        e << tr("It came in bursts: %1 of its %2 days were elevated; the quiet days between were bridged.")
                 .arg(ev.activeDays)
                 .arg(days);
    if (ev.ongoing)
        e << tr("It was still going on at the end of the period.");
    classify(ev);
}

void EpisodeClassifier::classify(Event &ev) const
{
    QStringList &e = ev.evidence;

    const auto service = ev.dimension == Dimension::Service ? ServiceKey::parse(ev.key) : std::nullopt;
    const uint8_t proto = service ? service->proto : 0;
    ev.protocol = service ? m_catalog.protocolFor(service->proto, service->port) : QString();
    // Do the driving sources each reach many sensors?
    int driversWide = 0;
    for (int i = 0; i < ev.drivingSources && i < ev.sources.size(); ++i)
        driversWide += manySensors(ev.sources[i].sensorsHit, ev.sensorsTotal) ? 1 : 0;
    const bool driversHitMany = ev.drivingSources > 0 && driversWide * 2 >= ev.drivingSources;

    if (ev.drivingSources > 0 && ev.drivingSources <= m_params.maxAmplifierSources && driversHitMany
        && ev.requestShare >= m_params.minRequestShare) {
        ev.classification = Classification::AmplificationAttack;
        ev.victims.clear();
        for (int i = 0; i < ev.drivingSources && i < ev.sources.size(); ++i)
            ev.victims << ev.sources[i].address.toString();
        if (ev.protocol.isEmpty())
            ev.protocol = ev.payloads.isEmpty() ? QString() : ev.payloads.first().payload.kind.toUpper();
        e << tr("%1 % of the driving sources' packets are requests for large answers: %2, bandwidth amplification "
                "factor %3 (Rossow, NDSS 2014).")
                 .arg(percent(ev.requestShare), ev.request, number(ev.baf, 1));
        for (const PayloadShare &p : ev.payloads) {
            if (p.payload.kind == QLatin1String("dns") && !p.payload.response) {
                e << tr("Most common query: %1 %2, recursion desired %3, EDNS0 buffer %4 (%5 % of packets).")
                         .arg(p.payload.qname.isEmpty() ? QStringLiteral(".") : p.payload.qname, dnsTypeName(p.payload.qtype),
                              p.payload.rd ? tr("set") : tr("not set"),
                              p.payload.ednsSize ? QString::number(p.payload.ednsSize) : tr("none"), percent(p.share));
                break;
            }
        }
        e << tr("Few sources asking many unused addresses for large answers cannot be scanning: the source "
                "addresses are spoofed. They are the victims of a reflection attack (%1), and the sensors were "
                "probed as would-be amplifiers.")
                 .arg(ev.victims.join(QStringLiteral(", ")));
    } else if (!ev.protocol.isEmpty() && proto == 17
               && (ev.drivingSources > m_params.maxAmplifierSources || ev.sourceCount >= m_params.reflectorScanMinSources)
               && driversHitMany) {
        ev.classification = Classification::ReflectorScan;
        e << (ev.protocol == QLatin1String("DNS")
                  ? tr("Many sources each probed many sensors on %1: scanning for open resolvers.").arg(ev.key)
                  : tr("Many sources each probed many sensors on %1, a service abused for amplification: scanning "
                       "for reflectors.")
                        .arg(ev.key));
    } else {
        ev.classification = Classification::Scan;
    }
    describeAttribution(ev);
}

} // namespace teiten
