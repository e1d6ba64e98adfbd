// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurefactory.h"

#include <QFileInfo>
#include <QLocale>

#include "displayformat.h"
#include "keycolors.h"
#include "regionnames.h"
#include "servicenames.h"
#include "workspace.h"

namespace teiten {

namespace {

const char *const kKindNames[] = {"ports", "regions", "ports-table", "regions-table"};

} // namespace

FigureFactory::FigureFactory(const Workspace &workspace, const QString &language)
    : m_workspace(workspace), m_language(language == QLatin1String("ja") ? language : QStringLiteral("en"))
{
}

QStringList FigureFactory::kindNames()
{
    QStringList out;
    for (const char *n : kKindNames)
        out << QString::fromLatin1(n);
    return out;
}

std::optional<FigureKind> FigureFactory::kindFromName(const QString &name)
{
    const int i = int(kindNames().indexOf(name));
    if (i < 0)
        return std::nullopt;
    return FigureKind(i);
}

Result<Figure> FigureFactory::build(FigureKind kind, const Period &period, int number, int top,
                                    const QueryFilter &filter) const
{
    switch (kind) {
    case FigureKind::Ports:
        return chart(Dimension::Service, period, number, top, filter);
    case FigureKind::Regions:
        return chart(Dimension::Region, period, number, top, filter);
    case FigureKind::PortsTable:
        return table(Dimension::Service, period, number, top, filter);
    case FigureKind::RegionsTable:
        return table(Dimension::Region, period, number, top, filter);
    }
    return Error{Error::Code::Internal, QStringLiteral("unknown figure kind")};
}

QString FigureFactory::dateText(const QDate &date) const
{
    //: Long date format (QDate::toString) for periods in captions; Japanese: yyyy年M月d日
    return DisplayFormat::locale(m_language).toString(date, tr("d MMMM yyyy"));
}

QString FigureFactory::periodText(const Period &period) const
{
    const QLocale loc = DisplayFormat::locale(m_language);
    const QString year = QString::number(period.firstDay().year());
    switch (period.kind()) {
    case Period::Kind::Quarter:
        //: A quarter in captions: %1 first month's name, %2 last month's name, %3 year
        //: ("July–September 2013"); Japanese month names are "7月", so 「%3年%1〜%2」.
        return tr("%1–%2 %3").arg(loc.standaloneMonthName(period.firstDay().month()),
                                  loc.standaloneMonthName(period.lastDay().month()), year);
    case Period::Kind::Month:
        //: A month in captions: %1 month name, %2 year ("September 2013"; Japanese 「%2年%1」).
        return tr("%1 %2").arg(loc.standaloneMonthName(period.firstDay().month()), year);
    case Period::Kind::Range:
        break;
    }
    //: A range of days in captions: %1 first day, %2 last day (both inclusive).
    return tr("%1 to %2").arg(dateText(period.firstDay()), dateText(period.lastDay()));
}

QString FigureFactory::keyLabel(Dimension dimension, const QString &key) const
{
    if (dimension == Dimension::Service)
        return key;
    return RegionNames::name(key, m_language);
}

int FigureFactory::activeSensors(const Period &period) const
{
    auto b = m_workspace.sensorBreakdown(period, {});
    if (!b)
        return 0;
    int n = 0;
    for (const SensorActivity &a : b->sensors) {
        if (a.packets > 0)
            ++n;
    }
    return n;
}

QStringList FigureFactory::provenance(const Period &period) const
{
    const int sensors = activeSensors(period);
    const QString boundary = DisplayFormat::utcOffset(m_workspace.dayOffsetMinutes());
    const QString first = period.firstDay().toString(Qt::ISODate);
    const QString last = period.lastDay().toString(Qt::ISODate);
    QString version = QCoreApplication::applicationVersion();
    if (version.isEmpty())
        version = QStringLiteral("dev");
    QStringList lines;
    //: Figure footer: %n sensors with data, %1/%2 first and last day (ISO), %3 "UTC" or "UTC+09:00"
    lines << tr("Observed by %n sensor(s), %1 to %2, days counted in %3", nullptr, sensors).arg(first, last, boundary);
    const QString geoPath = m_workspace.meta(QStringLiteral("geoip_path"));
    if (geoPath.isEmpty()) {
        //: Figure footer when no country database was used; %1 the Teiten version
        lines << tr("Country database: none (regions unknown) · Teiten %1").arg(version);
    } else {
        const QString type = m_workspace.meta(QStringLiteral("geoip_type"));
        const QString file = QFileInfo(geoPath).fileName();
        const QString name = type.isEmpty() || file.contains(type) ? file : QStringLiteral("%1 (%2)").arg(file, type);
        const QDateTime built = QDateTime::fromString(m_workspace.meta(QStringLiteral("geoip_build")), Qt::ISODate);
        const QString builtText = built.isValid() ? built.toUTC().date().toString(Qt::ISODate) : tr("unknown");
        //: Figure footer: %1 country database name, %2 its build date (ISO), %3 Teiten version
        lines << tr("Country database: %1, built %2 · Teiten %3").arg(name, builtText, version);
    }
    return lines;
}

Figure FigureFactory::chartFromSeries(const SeriesSet &set, const Period &period) const
{
    Figure f;
    f.type = Figure::Type::LineChart;
    f.language = m_language;
    //: Value axis title of the daily charts
    f.valueAxisTitle = tr("Packets per day");
    //: Date format (QDate::toString) of chart axis labels; Japanese "M/d"
    f.dateAxisFormat = tr("MMM d");
    f.emptyText = tr("No packets were observed in this period.");
    for (int i = 0; i < period.days(); ++i)
        f.days << period.firstDay().addDays(i);
    const QList<QColor> colors = KeyColors::distinct(set.keys);
    for (int k = 0; k < set.keys.size(); ++k) {
        Figure::Series s;
        s.key = set.keys[k];
        s.label = keyLabel(set.dimension, s.key);
        s.color = colors[k];
        const QVector<qint64> &v = set.values.value(k);
        for (int i = 0; i < f.days.size(); ++i)
            s.values << double(i < v.size() ? v[i] : 0);
        f.series << s;
    }
    f.footer = provenance(period);
    return f;
}

Result<Figure> FigureFactory::chart(Dimension dimension, const Period &period, int number, int top,
                                    const QueryFilter &filter) const
{
    auto ranking = m_workspace.keysByPackets(dimension, period, filter);
    if (!ranking)
        return ranking.error();
    QStringList keys;
    for (const RankRow &r : ranking->rows) {
        if (keys.size() >= top)
            break;
        keys << r.key;
    }
    auto set = m_workspace.series(dimension, period, filter, keys, Bucket::Day);
    if (!set)
        return set.error();
    Figure f = chartFromSeries(*set, period);
    f.id = QStringLiteral("figure%1").arg(number);
    if (dimension == Dimension::Service)
        //: Caption of the ports chart: %1 figure number, %2 how many ports (5), %3 the period
        //: ("July–September 2013"). Japanese style: 「図%1 %3の宛先ポート番号別パケット観測数トップ%2」
        f.caption = tr("Figure %1: Top %2 destination ports by packets observed, %3").arg(number).arg(top).arg(periodText(period));
    else
        //: Caption of the regions chart: %1 figure number, %2 how many regions, %3 the period
        f.caption = tr("Figure %1: Top %2 source regions by packets observed, %3").arg(number).arg(top).arg(periodText(period));
    return f;
}

Result<Figure> FigureFactory::keyChart(Dimension dimension, const QStringList &keys, const Period &period, int number,
                                       const QString &captionText, std::optional<Figure::Highlight> highlight,
                                       const QueryFilter &filter) const
{
    auto set = m_workspace.series(dimension, period, filter, keys, Bucket::Day);
    if (!set)
        return set.error();
    Figure f = chartFromSeries(*set, period);
    f.id = QStringLiteral("figure%1").arg(number);
    f.highlight = highlight;
    if (!captionText.isEmpty())
        //: Caption of a phenomenon's chart: %1 figure number, %2 what it shows
        f.caption = tr("Figure %1: %2").arg(number).arg(captionText);
    else if (dimension == Dimension::Service)
        //: Caption of a chart of ports: %1 figure number, %2 ports ("53/UDP"), %3 period
        f.caption = tr("Figure %1: Packets per day to %2, %3").arg(number).arg(keys.join(QStringLiteral(", ")), periodText(period));
    else {
        QStringList names;
        for (const QString &k : keys)
            names << keyLabel(dimension, k);
        //: Caption of a chart of regions: %1 figure number, %2 region names, %3 period
        f.caption = tr("Figure %1: Packets per day from %2, %3").arg(number).arg(names.join(QStringLiteral(", ")), periodText(period));
    }
    return f;
}

Result<Figure> FigureFactory::phenomenonChart(const ReportPhenomenon &phenomenon, const Period &period, int number) const
{
    std::optional<Figure::Highlight> window;
    if (phenomenon.first.isValid() && phenomenon.last.isValid())
        //: Label of the shaded window on a phenomenon's chart
        window = Figure::Highlight{phenomenon.first, phenomenon.last, tr("detected")};
    return keyChart(phenomenon.dimension, phenomenon.keys, phenomenon.window.isValid() ? phenomenon.window : period,
                    number, phenomenon.chartCaption, window);
}

Result<Figure> FigureFactory::table(Dimension dimension, const Period &period, int number, int top,
                                    const QueryFilter &filter) const
{
    auto ranking = m_workspace.ranking(dimension, period, filter, true);
    if (!ranking)
        return ranking.error();
    const QLocale loc = DisplayFormat::locale(m_language);
    const bool quarter = period.kind() == Period::Kind::Quarter;
    const bool ports = dimension == Dimension::Service;

    Figure f;
    f.type = Figure::Type::Table;
    f.id = QStringLiteral("table%1").arg(number);
    f.language = m_language;
    if (ports) {
        f.caption = quarter
            //: Caption of Table 1: %1 table number, %2 how many ports, %3 the period.
            //: Japanese style: 「表%1 %3の宛先ポート番号別パケット観測数トップ%2(前四半期との比較)」
            ? tr("Table %1: Top %2 destination ports by packets observed, %3, against the previous quarter")
            : tr("Table %1: Top %2 destination ports by packets observed, %3, against the previous period");
    } else {
        f.caption = quarter
            ? tr("Table %1: Top %2 source regions by packets observed, %3, against the previous quarter")
            : tr("Table %1: Top %2 source regions by packets observed, %3, against the previous period");
    }
    f.caption = f.caption.arg(number).arg(top).arg(periodText(period));

    f.columns << Figure::Column{tr("Rank"), true};
    f.keyColumn = int(f.columns.size());
    if (ports) {
        f.columns << Figure::Column{tr("Destination port"), false};
        //: Table column: the IANA service name of the port
        f.columns << Figure::Column{tr("Service name"), false};
    } else {
        f.columns << Figure::Column{tr("Source region"), false};
    }
    f.columns << Figure::Column{tr("Packets"), true} << Figure::Column{tr("Share"), true}
              << Figure::Column{tr("Sources"), true};
    f.columns << Figure::Column{quarter ? tr("Rank last quarter") : tr("Previous rank"), true};
    //: Table column: up/down/unchanged/new marker against the previous period
    f.columns << Figure::Column{tr("Change"), false};

    QStringList keys;
    for (const RankRow &r : ranking->rows) {
        if (keys.size() >= top)
            break;
        keys << r.key;
        QStringList cells;
        cells << loc.toString(r.rank);
        if (ports) {
            cells << r.key << ServiceNames::name(r.key);
        } else {
            //: A region in tables: %1 localised name, %2 ISO code
            cells << tr("%1 (%2)").arg(RegionNames::name(r.key, m_language), r.key);
        }
        cells << loc.toString(r.packets) << DisplayFormat::percent(r.share, loc) << loc.toString(r.sources);
        cells << (r.previousRank > 0 ? loc.toString(r.previousRank) : QStringLiteral("—"));
        QString marker;
        if (r.previousRank <= 0)
            //: Change marker: not observed in the previous period
            marker = tr("New");
        else if (r.rank < r.previousRank)
            marker = QStringLiteral("▲");
        else if (r.rank > r.previousRank)
            marker = QStringLiteral("▼");
        else
            marker = QStringLiteral("→");
        cells << marker;
        f.rows << cells;
    }
    f.rowColors = KeyColors::distinct(keys);
    f.note = quarter ? tr("▲ ranked higher than in the previous quarter, ▼ lower, → the same; New: not observed in the "
                          "previous quarter. Share: of all %1 packets observed.")
                     : tr("▲ ranked higher than in the previous period, ▼ lower, → the same; New: not observed in the "
                          "previous period. Share: of all %1 packets observed.");
    f.note = f.note.arg(loc.toString(ranking->totalPackets));
    f.footer = provenance(period);
    return f;
}

} // namespace teiten
