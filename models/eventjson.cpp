// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventjson.h"

#include <QDateTime>
#include <QTimeZone>

namespace teiten {

namespace {

QJsonValue isoTime(qint64 us)
{
    if (us <= 0)
        return QJsonValue();
    return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QJsonArray fingerprintNames(int bits)
{
    QJsonArray a;
    if (bits & fingerprint::ZMap)
        a.append(QStringLiteral("zmap"));
    if (bits & fingerprint::Masscan)
        a.append(QStringLiteral("masscan"));
    if (bits & fingerprint::Mirai)
        a.append(QStringLiteral("mirai"));
    return a;
}

} // namespace

QJsonArray EventJson::sources(const QVector<EventSource> &list)
{
    QJsonArray arr;
    for (const EventSource &s : list) {
        QJsonObject o{{QStringLiteral("address"), s.address.toString()},
                      {QStringLiteral("region"), s.region},
                      {QStringLiteral("packets"), s.packets},
                      {QStringLiteral("share"), s.share},
                      {QStringLiteral("sensors_hit"), s.sensorsHit},
                      {QStringLiteral("first_seen"), isoTime(s.firstUs)},
                      {QStringLiteral("last_seen"), isoTime(s.lastUs)},
                      {QStringLiteral("fingerprints"), fingerprintNames(s.fingerprints)},
                      {QStringLiteral("scanner"), s.scanner.isEmpty() ? QJsonValue() : QJsonValue(s.scanner)},
                      {QStringLiteral("scanner_kind"), s.scannerKind.isEmpty() ? QJsonValue() : QJsonValue(s.scannerKind)},
                      {QStringLiteral("scanner_class"), s.scannerClass}};
        if (s.ttlDistinct > 0) {
            o.insert(QStringLiteral("ttl"), QJsonObject{{QStringLiteral("min"), s.ttlMin},
                                                        {QStringLiteral("max"), s.ttlMax},
                                                        {QStringLiteral("distinct"), s.ttlDistinct}});
            o.insert(QStringLiteral("source_ports"), s.sourcePorts);
        }
        arr.append(o);
    }
    return arr;
}

QJsonArray EventJson::sensors(const QVector<EventSensor> &list)
{
    QJsonArray arr;
    for (const EventSensor &s : list) {
        arr.append(QJsonObject{{QStringLiteral("sensor"), s.sensor},
                               {QStringLiteral("packets"), s.packets},
                               {QStringLiteral("per_day"), s.perDay}});
    }
    return arr;
}

QJsonArray EventJson::payloads(const QVector<PayloadShare> &list)
{
    QJsonArray arr;
    for (const PayloadShare &p : list) {
        QJsonObject o{{QStringLiteral("kind"), p.payload.kind},
                      {QStringLiteral("response"), p.payload.response},
                      {QStringLiteral("packets"), p.packets},
                      {QStringLiteral("share"), p.share}};
        if (p.payload.kind == QLatin1String("dns")) {
            o.insert(QStringLiteral("qname"), p.payload.qname);
            o.insert(QStringLiteral("qtype"), p.payload.qtype);
            o.insert(QStringLiteral("rd"), p.payload.rd);
            o.insert(QStringLiteral("edns_size"), p.payload.ednsSize);
        } else if (p.payload.kind == QLatin1String("ntp")) {
            o.insert(QStringLiteral("ntp_mode"), p.payload.ntpMode);
            o.insert(QStringLiteral("ntp_code"), p.payload.ntpCode);
        }
        if (!p.payload.detail.isEmpty())
            o.insert(QStringLiteral("detail"), p.payload.detail);
        o.insert(QStringLiteral("amplification"), p.amplification.isEmpty() ? QJsonValue() : QJsonValue(p.amplification));
        o.insert(QStringLiteral("baf"), p.baf > 0 ? QJsonValue(p.baf) : QJsonValue());
        arr.append(o);
    }
    return arr;
}

QJsonArray EventJson::scannerShares(const QVector<ScannerClassShare> &list)
{
    QJsonArray arr;
    for (const ScannerClassShare &s : list) {
        arr.append(QJsonObject{{QStringLiteral("class"), s.scannerClass},
                               {QStringLiteral("packets"), s.packets},
                               {QStringLiteral("sources"), s.sources},
                               {QStringLiteral("share"), s.share}});
    }
    return arr;
}

QJsonObject EventJson::event(const Event &e)
{
    QJsonArray victims, related, evidence, keys;
    for (const QString &v : e.victims)
        victims.append(v);
    for (const QString &r : e.related)
        related.append(r);
    for (const QString &l : e.evidence)
        evidence.append(l);
    for (const QString &k : e.keys)
        keys.append(k);
    return QJsonObject{
        {QStringLiteral("kind"), QString::fromLatin1(eventKindName(e.kind))},
        {QStringLiteral("dimension"), e.dimension == Dimension::Service ? QStringLiteral("service") : QStringLiteral("region")},
        {QStringLiteral("key"), e.key},
        {QStringLiteral("keys"), keys},
        {QStringLiteral("start"), e.start.toString(Qt::ISODate)},
        {QStringLiteral("end"), e.end.toString(Qt::ISODate)},
        {QStringLiteral("ongoing"), e.ongoing},
        {QStringLiteral("peak_day"), e.peakDay.isValid() ? QJsonValue(e.peakDay.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("peak_packets"), e.peakPackets},
        {QStringLiteral("baseline_per_day"), e.baselinePerDay},
        {QStringLiteral("packets"), e.packets},
        {QStringLiteral("excess"), e.excess},
        {QStringLiteral("sources"), sources(e.sources)},
        {QStringLiteral("source_count"), e.sourceCount},
        {QStringLiteral("driving_sources"), e.drivingSources},
        {QStringLiteral("sensors_hit"), QJsonObject{{QStringLiteral("n"), e.sensorsHit},
                                                    {QStringLiteral("of"), e.sensorsTotal},
                                                    {QStringLiteral("spread"), e.sensorSpread}}},
        {QStringLiteral("sensors"), sensors(e.sensors)},
        {QStringLiteral("classification"), QString::fromLatin1(classificationName(e.classification))},
        {QStringLiteral("classification_label"), classificationLabel(e.classification, e.protocol)},
        {QStringLiteral("protocol"), e.protocol},
        {QStringLiteral("request"), e.request.isEmpty() ? QJsonValue() : QJsonValue(e.request)},
        {QStringLiteral("request_share"), e.requestShare},
        {QStringLiteral("baf"), e.baf > 0 ? QJsonValue(e.baf) : QJsonValue()},
        {QStringLiteral("victims"), victims},
        {QStringLiteral("payloads"), payloads(e.payloads)},
        {QStringLiteral("scanner_share"), scannerShares(e.scannerShares)},
        {QStringLiteral("related"), related},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("chart_window"), QJsonObject{{QStringLiteral("start"), e.chartWindow.firstDay().toString(Qt::ISODate)},
                                                     {QStringLiteral("end"), e.chartWindow.lastDay().toString(Qt::ISODate)}}},
    };
}

} // namespace teiten
