// SPDX-License-Identifier: GPL-3.0-or-later
// teiten rank --db W.db --period 2013Q3 --by port|region [--top N] [--format table|csv|json] [--scanners FILE]
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include "clicommand.h"
#include "cliqueryoptions.h"
#include "eventjson.h"
#include "regionnames.h"
#include "scannercatalog.h"
#include "scannersharequery.h"

namespace teiten {

/// Top destination ports or source regions of a period against the previous period.
class RankCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(RankCommand)
public:
    QString name() const override { return QStringLiteral("rank"); }
    QString summary() const override { return tr("Rank destination ports or source regions of a period"); }

    int run(const QStringList &args) override
    {
        QCommandLineParser p;
        CliQueryOptions q(CliQueryOptions::Period_ | CliQueryOptions::Format | CliQueryOptions::Filters | CliQueryOptions::Top);
        q.addTo(p);
        const QCommandLineOption by(QStringLiteral("by"), tr("Rank by port or region."), tr("port|region"), QStringLiteral("port"));
        const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of region names: ja or en."), tr("LANG"),
                                      QStringLiteral("en"));
        const QCommandLineOption scanners(QStringLiteral("scanners"),
                                          tr("Known-scanner list (CSV) instead of the user's or the built-in one."),
                                          tr("FILE"));
        p.addOptions({by, lang, scanners});
        if (const int rc = parse(p, args, QStringLiteral("--db W.db --period 2013Q3 --by port|region")); rc >= 0)
            return rc;
        Dimension dim;
        if (p.value(by) == QLatin1String("port") || p.value(by) == QLatin1String("service"))
            dim = Dimension::Service;
        else if (p.value(by) == QLatin1String("region"))
            dim = Dimension::Region;
        else {
            CliOutput::err() << tr("teiten rank: --by takes port or region, not '%1'").arg(p.value(by)) << Qt::endl;
            return exitcode::Usage;
        }
        if (const int rc = q.resolve(p); rc >= 0)
            return rc;
        auto catalog = ScannerCatalog::active(p.value(scanners));
        if (!catalog) {
            CliOutput::err() << tr("teiten rank: %1").arg(catalog.error().message) << Qt::endl;
            return exitcode::Input;
        }
        // Scanner classes of the rows shown come with the distinct sources, from the stored
        // flow tuples.
        auto r = q.workspace().ranking(dim, q.period(), q.filter(), true, &*catalog, q.top());
        if (!r) {
            CliOutput::err() << tr("teiten rank: %1").arg(r.error().message) << Qt::endl;
            return exitcode::Input;
        }
        const QString language = p.value(lang) == QLatin1String("ja") ? QStringLiteral("ja") : QStringLiteral("en");
        QVector<RankRow> rows = r->rows;
        if (q.top() > 0 && rows.size() > q.top())
            rows.resize(q.top());
        auto labelOf = [&](const QString &key) {
            return dim == Dimension::Region ? RegionNames::name(key, language) : key;
        };
        if (q.format() == CliOutput::Format::Json) {
            QJsonArray arr;
            for (const RankRow &row : rows) {
                QJsonObject o{{QStringLiteral("rank"), row.rank},
                              {QStringLiteral("key"), row.key},
                              {QStringLiteral("label"), labelOf(row.key)},
                              {QStringLiteral("packets"), row.packets},
                              {QStringLiteral("share"), row.share},
                              {QStringLiteral("sources"), row.sources},
                              {QStringLiteral("previous_rank"), row.previousRank ? QJsonValue(row.previousRank) : QJsonValue()},
                              {QStringLiteral("previous_packets"), row.previousPackets},
                              {QStringLiteral("change"), row.previousRank ? QJsonValue(row.previousRank - row.rank)
                                                                          : QJsonValue(QStringLiteral("new"))},
                              {QStringLiteral("scanner_share"), ScannerShareQuery::identifiedShare(row.scannerShares)},
                              {QStringLiteral("scanner_classes"), EventJson::scannerShares(row.scannerShares)}};
                arr.append(o);
            }
            CliOutput::writeJson(QJsonObject{
                {QStringLiteral("period"), r->period.text()},
                {QStringLiteral("previous_period"), r->previous.text()},
                {QStringLiteral("by"), dim == Dimension::Service ? QStringLiteral("port") : QStringLiteral("region")},
                {QStringLiteral("day_offset_minutes"), q.workspace().dayOffsetMinutes()},
                {QStringLiteral("total_packets"), r->totalPackets},
                {QStringLiteral("total_sources"), r->totalSources},
                {QStringLiteral("previous_total_packets"), r->previousTotalPackets},
                {QStringLiteral("rows"), arr}});
            return exitcode::Success;
        }
        // CSV headers are field names for scripts, so they are not translated.
        const QStringList header = q.format() == CliOutput::Format::Csv
            ? QStringList{QStringLiteral("rank"), QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("packets"),
                          QStringLiteral("share"), QStringLiteral("sources"), QStringLiteral("previous_rank"),
                          QStringLiteral("change"), QStringLiteral("scanner_share"), QStringLiteral("scanner_classes")}
            : QStringList{tr("rank"), tr("key"), tr("label"), tr("packets"), tr("share"), tr("sources"), tr("previous"),
                          tr("change"), tr("scanners")};
        const QLocale locale(language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English);
        QVector<QStringList> table;
        for (const RankRow &row : rows) {
            const QString change = row.previousRank == 0 ? tr("new")
                : row.previousRank > row.rank           ? QStringLiteral("↑%1").arg(row.previousRank - row.rank)
                : row.previousRank < row.rank           ? QStringLiteral("↓%1").arg(row.rank - row.previousRank)
                                                        : QStringLiteral("=");
            QStringList scannerCells;
            if (q.format() == CliOutput::Format::Csv) {
                QStringList classes;
                for (const ScannerClassShare &c : row.scannerShares)
                    classes << QStringLiteral("%1:%2").arg(c.scannerClass, QString::number(c.share, 'f', 6));
                scannerCells << QString::number(ScannerShareQuery::identifiedShare(row.scannerShares), 'f', 6)
                             << classes.join(QLatin1Char(';'));
            } else {
                scannerCells << ScannerShareQuery::summary(row.scannerShares, locale);
            }
            table << QStringList{QString::number(row.rank),
                                 row.key,
                                 labelOf(row.key),
                                 QString::number(row.packets),
                                 q.format() == CliOutput::Format::Csv ? QString::number(row.share, 'f', 6)
                                                                      : QString::number(row.share * 100, 'f', 1) + QLatin1Char('%'),
                                 QString::number(row.sources),
                                 row.previousRank ? QString::number(row.previousRank) : QString(),
                                 change}
                  + scannerCells;
        }
        CliOutput::writeTable(header, table, q.format(), {true, false, false, true, true, true, true, false, false, false});
        return exitcode::Success;
    }
};

TEITEN_REGISTER_COMMAND(RankCommand, "rank");

} // namespace teiten
