// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include "displayformat.h"
#include "figurefactory.h"
#include "regionnames.h"
#include "reporthtmlwriter.h"
#include "reportpdfwriter.h"
#include "servicenames.h"
#include "workspace.h"

namespace teiten {

namespace {

ReportBlock block(ReportBlock::Type type, const QString &text)
{
    ReportBlock b;
    b.type = type;
    b.text = text;
    return b;
}

ReportBlock heading(const QString &text)
{
    return block(ReportBlock::Type::Heading, text);
}

ReportBlock subheading(const QString &text)
{
    return block(ReportBlock::Type::Subheading, text);
}

ReportBlock paragraph(const QString &text)
{
    return block(ReportBlock::Type::Paragraph, text);
}

ReportBlock bullets(const QStringList &items)
{
    ReportBlock b = block(ReportBlock::Type::Bullets, {});
    b.items = items;
    return b;
}

ReportBlock figure(const Figure &f)
{
    ReportBlock b = block(ReportBlock::Type::Figure, {});
    b.figure = f;
    return b;
}

} // namespace

ReportBuilder::ReportBuilder(const Workspace &workspace, const QString &language)
    : m_workspace(workspace), m_language(language == QLatin1String("ja") ? language : QStringLiteral("en"))
{
}

void ReportBuilder::setPhenomena(const QVector<ReportPhenomenon> &phenomena)
{
    m_phenomena = phenomena;
    m_phenomenaSet = true;
}

bool ReportBuilder::isFolderOutput(const QString &out)
{
    return out.endsWith(QLatin1Char('/')) || QFileInfo(out).isDir();
}

Result<ReportDocument> ReportBuilder::build(const Period &period) const
{
    const FigureFactory figures(m_workspace, m_language);
    const QLocale loc = DisplayFormat::locale(m_language);
    const bool quarter = period.kind() == Period::Kind::Quarter;
    const QString periodText = figures.periodText(period);

    auto ports = m_workspace.ranking(Dimension::Service, period, {}, true);
    if (!ports)
        return ports.error();
    auto regions = m_workspace.ranking(Dimension::Region, period, {}, true);
    if (!regions)
        return regions.error();

    ReportDocument doc;
    doc.language = m_language;
    //: Report title; %1 the period ("July–September 2013"). Japanese: 「インターネット定点観測レポート(%1)」
    doc.title = tr("Darknet observation report, %1").arg(periodText);
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty())
        version = QStringLiteral("dev");
    //: Report subtitle: %1 the date it was made (ISO), %2 Teiten version
    doc.subtitle = tr("Made on %1 with Teiten %2").arg(QDate::currentDate().toString(Qt::ISODate), version);
    doc.runningHead = doc.title;

    // 1 Overview.
    const int sensors = figures.activeSensors(period);
    const QString boundary = DisplayFormat::utcOffset(m_workspace.dayOffsetMinutes());
    doc.blocks << heading(tr("1 Overview"));
    //: %n sensors, %1 first day, %2 last day (long dates), %3 "UTC" or "UTC+09:00"
    doc.blocks << paragraph(tr("This report summarises the packets that %n darknet sensor(s) observed from %1 to %2. "
                               "Days begin at 00:00 %3.",
                               nullptr, sensors)
                                .arg(loc.toString(period.firstDay(), tr("d MMMM yyyy")),
                                     loc.toString(period.lastDay(), tr("d MMMM yyyy")), boundary));
    const qint64 total = ports->totalPackets;
    const qint64 previous = ports->previousTotalPackets;
    QString totals;
    if (previous <= 0) {
        totals = quarter ? tr("In total %1 packets were observed from %2 source addresses. No packets were observed in "
                              "the previous quarter.")
                         : tr("In total %1 packets were observed from %2 source addresses. No packets were observed in "
                              "the previous period.");
        totals = totals.arg(loc.toString(total), loc.toString(ports->totalSources));
    } else {
        const double change = double(total - previous) / double(previous);
        if (change >= 0)
            //: %1 packets, %2 sources, %3 the increase ("12.3%"), %4 previous quarter's packets
            totals = quarter ? tr("In total %1 packets were observed from %2 source addresses, %3 more than in the "
                                  "previous quarter (%4 packets).")
                             : tr("In total %1 packets were observed from %2 source addresses, %3 more than in the "
                                  "previous period (%4 packets).");
        else
            totals = quarter ? tr("In total %1 packets were observed from %2 source addresses, %3 fewer than in the "
                                  "previous quarter (%4 packets).")
                             : tr("In total %1 packets were observed from %2 source addresses, %3 fewer than in the "
                                  "previous period (%4 packets).");
        totals = totals.arg(loc.toString(total), loc.toString(ports->totalSources),
                            DisplayFormat::percent(std::abs(change), loc), loc.toString(previous));
    }
    doc.blocks << paragraph(totals);

    QStringList facts;
    if (!ports->rows.isEmpty()) {
        const RankRow &r = ports->rows.first();
        const QString name = ServiceNames::name(r.key);
        //: Overview bullet: %1 port ("445/TCP"), %2 its share
        facts << (name.isEmpty() ? tr("Most observed destination port: %1 (%2 of packets)").arg(r.key, DisplayFormat::percent(r.share, loc))
                                 //: Overview bullet: %1 port, %2 IANA service name, %3 share
                                 : tr("Most observed destination port: %1 (%2), %3 of packets")
                                       .arg(r.key, name, DisplayFormat::percent(r.share, loc)));
    }
    if (!regions->rows.isEmpty()) {
        const RankRow &r = regions->rows.first();
        //: Overview bullet: %1 region name, %2 share
        facts << tr("Most observed source region: %1, %2 of packets")
                     .arg(RegionNames::name(r.key, m_language), DisplayFormat::percent(r.share, loc));
    }
    if (m_phenomenaSet)
        facts << tr("Phenomena described in this report: %n", nullptr, int(m_phenomena.size()));
    if (!facts.isEmpty())
        doc.blocks << bullets(facts);

    // 2 Destination ports: Table 1 and Figure 1.
    doc.blocks << heading(tr("2 Destination ports"));
    if (!ports->rows.isEmpty()) {
        const RankRow &r = ports->rows.first();
        //: %1 table number, %2 figure number, %3 top port, %4 its share
        doc.blocks << paragraph(tr("Table %1 lists the five destination ports that received the most packets, with their "
                                   "ranks in the previous period; Figure %2 shows their packets per day. The most "
                                   "observed port was %3, with %4 of all packets.")
                                    .arg(1)
                                    .arg(1)
                                    .arg(r.key, DisplayFormat::percent(r.share, loc)));
    }
    auto t1 = figures.build(FigureKind::PortsTable, period, 1);
    if (!t1)
        return t1.error();
    auto f1 = figures.build(FigureKind::Ports, period, 1);
    if (!f1)
        return f1.error();
    doc.blocks << figure(*t1) << figure(*f1);

    // 3 Source regions: Table 2 and Figure 2.
    doc.blocks << heading(tr("3 Source regions"));
    if (!regions->rows.isEmpty()) {
        const RankRow &r = regions->rows.first();
        //: %1 table number, %2 figure number, %3 top region, %4 its share
        doc.blocks << paragraph(tr("Table %1 lists the five source regions that sent the most packets, with their ranks "
                                   "in the previous period; Figure %2 shows their packets per day. The most observed "
                                   "region was %3, with %4 of all packets. Regions are those of the country database "
                                   "named below; an address the database does not know is counted as “Unknown”.")
                                    .arg(2)
                                    .arg(2)
                                    .arg(RegionNames::name(r.key, m_language), DisplayFormat::percent(r.share, loc)));
    }
    auto t2 = figures.build(FigureKind::RegionsTable, period, 2);
    if (!t2)
        return t2.error();
    auto f2 = figures.build(FigureKind::Regions, period, 2);
    if (!f2)
        return f2.error();
    doc.blocks << figure(*t2) << figure(*f2);

    // 4 Phenomena, one subsection each.
    int section = 4;
    if (m_phenomenaSet) {
        doc.blocks << heading(tr("%1 Phenomena").arg(section));
        if (m_phenomena.isEmpty())
            doc.blocks << paragraph(tr("No phenomenon stood out in this period."));
        int number = 3;
        for (int i = 0; i < m_phenomena.size(); ++i) {
            const ReportPhenomenon &ph = m_phenomena[i];
            //: Phenomenon subsection: %1 section, %2 index, %3 title ("4.1 Surge of 53/UDP")
            doc.blocks << subheading(tr("%1.%2 %3").arg(section).arg(i + 1).arg(ph.title));
            if (!ph.summary.isEmpty())
                doc.blocks << paragraph(ph.summary);
            if (!ph.evidence.isEmpty())
                doc.blocks << bullets(ph.evidence);
            if (!ph.keys.isEmpty()) {
                auto chart = figures.phenomenonChart(ph, period, number++);
                if (!chart)
                    return chart.error();
                doc.blocks << figure(*chart);
            }
        }
        ++section;
    }

    // References and how the numbers were made.
    doc.blocks << heading(tr("%1 About the data and references").arg(section));
    doc.blocks << paragraph(tr("Counts are packets that arrived at unused addresses of the sensors; rankings also show "
                               "distinct source addresses. A destination port is written as port/protocol; all ICMP "
                               "is counted as 0/ICMP. Shares are of all packets observed in the period."));
    doc.blocks << bullets(figures.provenance(period));
    QStringList refs;
    refs << tr("Service names: IANA, “Service Name and Transport Protocol Port Number Registry”, "
               "https://www.iana.org/assignments/service-names-port-numbers/");
    refs << tr("Industrial control system ports: Idaho National Laboratory ITI, “ICS-Security-Tools: Control Systems "
               "Ports” (CC BY 4.0), https://github.com/ITI/ICS-Security-Tools");
    refs << tr("Scanner lists: publicly reported addresses of research and search-engine scanners (Shodan, Censys and "
               "others), kept in the workspace's scanner table");
    const QString geoPath = m_workspace.meta(QStringLiteral("geoip_path"));
    const QString geoType = m_workspace.meta(QStringLiteral("geoip_type"));
    const QString geo = (geoPath + QLatin1Char(' ') + geoType).toLower();
    if (geo.contains(QLatin1String("geo-whois-asn-country")) || geo.contains(QLatin1String("ip-location-db")))
        refs << tr("Country data: ip-location-db “geo-whois-asn-country”, derived from the Number Resource "
                   "Organization (NRO) delegation statistics, CC BY 4.0, https://github.com/sapics/ip-location-db");
    else if (geo.contains(QLatin1String("geolite2")))
        refs << tr("Country data: this product includes GeoLite2 data created by MaxMind, available from "
                   "https://www.maxmind.com");
    else if (!geoPath.isEmpty())
        refs << tr("Country data: %1").arg(QFileInfo(geoPath).fileName());
    doc.blocks << bullets(refs);
    return doc;
}

Status ReportBuilder::write(const Period &period, const QString &out) const
{
    auto doc = build(period);
    if (!doc)
        return doc.error();
    if (isFolderOutput(out))
        return ReportHtmlWriter::write(*doc, out);
    return ReportPdfWriter::write(*doc, out);
}

} // namespace teiten
