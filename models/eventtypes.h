// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include "ipaddress.h"
#include "period.h"
#include "workspacetypes.h"

namespace teiten {

/// What kind of phenomenon an event is. Stable names for JSON: eventKindName().
enum class EventKind {
    Surge,        ///< a service's or a region's daily packets rose above their baseline
    IcsScan,      ///< control-system ports started to be scanned
    Backscatter,  ///< replies to packets we never sent: a DoS victim (Moore et al.) or a reflection at us
    Flood,        ///< requests from randomly spoofed sources aimed at one sensor address
};

/// The conclusion drawn about an event. Stable names for JSON: classificationName().
enum class Classification {
    AmplificationAttack, ///< few (spoofed) sources ask many sensors for large answers: the sources are victims
    ReflectorScan,       ///< many sources probe many sensors for amplifiers / open resolvers
    Scan,                ///< ordinary scanning
    IcsScan,             ///< scanning of control-system ports
    DosVictim,           ///< backscatter from one host replying to randomly spoofed floods (Moore et al.)
    ReflectionAtSensor,  ///< many servers reply to one sensor address: it was spoofed as a victim
    SpoofedFlood,        ///< a sensor address is flooded by one sender forging random source addresses
    Unknown,
};

const char *eventKindName(EventKind k);
const char *classificationName(Classification c);
/// Translated short label ("DNS amplification attack", "scanning", …).
QString classificationLabel(Classification c, const QString &protocol = {});

/// A source behind an event.
struct EventSource {
    IpAddress address;
    QString region;
    qint64 packets = 0;
    double share = 0;          ///< of the event's packets (service/region events: of its excess)
    int sensorsHit = 0;
    qint64 firstUs = 0;
    qint64 lastUs = 0;
    int fingerprints = 0;      ///< fingerprint:: bits
    QString scanner;           ///< known-scanner name, empty if none
    QString scannerKind;       ///< "search-engine", …
    QString scannerClass;      ///< ScannerShareQuery::classOf: list kind, else tool fingerprint, else "other"
    int ttlMin = 0, ttlMax = 0, ttlDistinct = 0;
    int sourcePorts = 0;       ///< distinct source ports seen (first port of each flow tuple)
};

/// Packets and sources on one sensor during an event.
struct EventSensor {
    QString sensor;
    qint64 packets = 0;
    double perDay = 0;
};

/// Decoded payloads of an event, by packets.
struct PayloadShare {
    PayloadInfo payload;
    qint64 packets = 0;
    double share = 0;
    QString amplification;     ///< matching catalogue request ("ANY query …"), empty if none
    double baf = 0;
};

/// One phenomenon of a period with everything that explains it.
struct Event {
    EventKind kind = EventKind::Surge;
    Dimension dimension = Dimension::Service;
    QString key;               ///< "53/UDP", "CN", "102/TCP 502/TCP 20000/TCP", victim address
    QStringList keys;          ///< the services involved (ICS: each port)
    QDate start, end, peakDay; ///< inclusive days
    bool ongoing = false;      ///< still going on the period's last day
    qint64 packets = 0;
    qint64 excess = 0;         ///< packets above the baseline (surges); = packets otherwise
    double baselinePerDay = 0;
    qint64 peakPackets = 0;
    QVector<EventSource> sources;   ///< top sources, by packets
    int sourceCount = 0;            ///< distinct sources in the event
    int drivingSources = 0;         ///< fewest top sources that make up most of the excess
    int sensorsHit = 0;
    int sensorsTotal = 0;
    QVector<EventSensor> sensors;   ///< by packets
    double sensorSpread = 0;        ///< coefficient of variation of per-sensor packets over the sensors hit
    QVector<PayloadShare> payloads; ///< top decoded payloads
    double requestShare = 0;        ///< share of the driving sources' packets that ask for large answers
    QString request;                ///< the most common such request (catalogue text)
    double baf = 0;                 ///< its published bandwidth amplification factor
    int activeDays = 0;             ///< days of the episode that were elevated themselves
    QVector<ScannerClassShare> scannerShares;
    Classification classification = Classification::Unknown;
    QString protocol;               ///< "DNS", "NTP", "Modbus TCP", "TCP SYN-ACK", …
    QStringList victims;            ///< amplification/backscatter: the victims' addresses
    QStringList evidence;           ///< translated sentences, most telling first
    QStringList related;            ///< other event keys explained by the same sources (e.g. region CN)
    Period chartWindow;             ///< a longer window to show the event in context
};

} // namespace teiten
