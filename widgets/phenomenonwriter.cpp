// SPDX-License-Identifier: GPL-3.0-or-later
#include "phenomenonwriter.h"

#include "displayformat.h"
#include "regionnames.h"

namespace teiten {

ReportPhenomenon PhenomenonWriter::fromEvent(const Event &event, const QString &language)
{
    const QLocale loc = DisplayFormat::locale(language);
    const QString what = classificationLabel(event.classification, event.protocol);
    ReportPhenomenon ph;
    ph.first = event.start;
    ph.last = event.end;
    ph.window = event.chartWindow;
    switch (event.kind) {
    case EventKind::Surge:
        ph.dimension = event.dimension;
        ph.keys = QStringList{event.key};
        if (event.dimension == Dimension::Region)
            //: Report section title: %1 region name, %2 classification ("scanning")
            ph.title = tr("Surge of packets from %1: %2").arg(RegionNames::name(event.key, language), what);
        else
            //: Report section title: %1 port ("53/UDP"), %2 classification ("DNS amplification attack")
            ph.title = tr("Surge of %1: %2").arg(event.key, what);
        break;
    case EventKind::IcsScan:
        ph.dimension = Dimension::Service;
        ph.keys = event.keys;
        //: Report section title: %1 the ports ("102/TCP, 502/TCP")
        ph.title = tr("Scanning of control-system ports %1").arg(event.keys.join(QStringLiteral(", ")));
        break;
    case EventKind::Backscatter:
        ph.dimension = Dimension::Service;
        ph.keys = event.keys;
        //: Report section title: %1 the address that replied, %2 classification
        ph.title = tr("Backscatter from %1: %2").arg(event.key, what);
        break;
    case EventKind::Flood:
        ph.dimension = Dimension::Service;
        ph.keys = event.keys;
        //: Report section title: %1 the sensor address flooded, %2 classification
        ph.title = tr("Flood at %1: %2").arg(event.key, what);
        break;
    }
    const QString start = event.start.toString(Qt::ISODate);
    const QString end = event.end.toString(Qt::ISODate);
    if (event.ongoing)
        //: %1 first day (ISO), %2 packets, %n sources, %3 sensors hit, %4 all sensors
        ph.summary = tr("From %1 to the end of the period, %2 packets from %n source(s) reached %3 of %4 sensors.", nullptr,
                        event.sourceCount)
                         .arg(start, loc.toString(event.packets))
                         .arg(event.sensorsHit)
                         .arg(event.sensorsTotal);
    else
        //: %1 first day, %2 last day (ISO), %3 packets, %n sources, %4 sensors hit, %5 all sensors
        ph.summary = tr("From %1 to %2, %3 packets from %n source(s) reached %4 of %5 sensors.", nullptr, event.sourceCount)
                         .arg(start, end, loc.toString(event.packets))
                         .arg(event.sensorsHit)
                         .arg(event.sensorsTotal);
    ph.evidence = event.evidence;
    return ph;
}

QVector<ReportPhenomenon> PhenomenonWriter::fromEvents(const QVector<Event> &events, const QString &language)
{
    QVector<ReportPhenomenon> out;
    out.reserve(events.size());
    for (const Event &e : events)
        out << fromEvent(e, language);
    return out;
}

} // namespace teiten
