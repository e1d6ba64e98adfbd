// SPDX-License-Identifier: GPL-3.0-or-later
// teiten drill --db W.db --period 2013Q3 --service 53/UDP [--format table|json] [--scanners FILE]
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include "amplificationcatalog.h"
#include "clicommand.h"
#include "cliqueryoptions.h"
#include "episodeattribution.h"
#include "episodeclassifier.h"
#include "eventjson.h"
#include "scannercatalog.h"
#include "scannersharequery.h"

namespace teiten {

/// Who sends one service's traffic in a period: top sources, sensors, decoded payloads, scanner
/// classes and tool fingerprints, with the same classification the events use.
class DrillCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(DrillCommand)
public:
    QString name() const override { return QStringLiteral("drill"); }
    QString summary() const override { return tr("Drill into one service: sources, sensors, payloads, scanners"); }

    int run(const QStringList &args) override
    {
        QCommandLineParser p;
        CliQueryOptions q(CliQueryOptions::Period_ | CliQueryOptions::Format | CliQueryOptions::Filters
                              | CliQueryOptions::Top,
                          CliOutput::Format::Table);
        q.addTo(p);
        const QCommandLineOption scanners(QStringLiteral("scanners"),
                                          tr("Known-scanner list (CSV) instead of the user's or the built-in one."),
                                          tr("FILE"));
        p.addOption(scanners);
        if (const int rc = parse(p, args, QStringLiteral("--db W.db --period 2013Q3 --service 53/UDP [--format json]"));
            rc >= 0)
            return rc;
        if (const int rc = q.resolve(p); rc >= 0)
            return rc;
        if (!q.filter().service) {
            CliOutput::err() << tr("teiten drill: --service is required (e.g. --service 53/UDP)") << Qt::endl;
            return exitcode::Usage;
        }
        auto catalog = ScannerCatalog::active(p.value(scanners));
        if (!catalog) {
            CliOutput::err() << tr("teiten drill: %1").arg(catalog.error().message) << Qt::endl;
            return exitcode::Input;
        }
        Event ev;
        ev.key = q.filter().service->label();
        ev.keys = QStringList{ev.key};
        ev.start = q.period().firstDay();
        ev.end = q.period().lastDay();
        EpisodeAttribution::Params ap;
        ap.topSources = q.top() > 0 ? q.top() : 20;
        const EpisodeAttribution attribution(q.workspace(), AmplificationCatalog::builtIn(), *catalog, ap);
        if (auto s = attribution.attribute(ev, ev.start, ev.end, {q.filter()}); !s) {
            CliOutput::err() << tr("teiten drill: %1").arg(s.error().message) << Qt::endl;
            return exitcode::Input;
        }
        EpisodeClassifier(AmplificationCatalog::builtIn()).classify(ev);

        if (q.format() == CliOutput::Format::Json) {
            QJsonObject fp;
            for (const ScannerClassShare &s : ev.scannerShares) {
                if (s.scannerClass == QLatin1String("zmap") || s.scannerClass == QLatin1String("masscan")
                    || s.scannerClass == QLatin1String("mirai"))
                    fp.insert(s.scannerClass, s.packets);
            }
            QJsonArray evidence;
            for (const QString &l : ev.evidence)
                evidence.append(l);
            CliOutput::writeJson(QJsonObject{
                {QStringLiteral("period"), q.period().text()},
                {QStringLiteral("service"), ev.key},
                {QStringLiteral("packets"), ev.packets},
                {QStringLiteral("source_count"), ev.sourceCount},
                {QStringLiteral("sources"), EventJson::sources(ev.sources)},
                {QStringLiteral("sensors_hit"), QJsonObject{{QStringLiteral("n"), ev.sensorsHit},
                                                            {QStringLiteral("of"), ev.sensorsTotal},
                                                            {QStringLiteral("spread"), ev.sensorSpread}}},
                {QStringLiteral("sensors"), EventJson::sensors(ev.sensors)},
                {QStringLiteral("payloads"), EventJson::payloads(ev.payloads)},
                {QStringLiteral("scanner_share"), EventJson::scannerShares(ev.scannerShares)},
                {QStringLiteral("fingerprints"), fp},
                {QStringLiteral("classification"), QString::fromLatin1(classificationName(ev.classification))},
                {QStringLiteral("classification_label"), classificationLabel(ev.classification, ev.protocol)},
                {QStringLiteral("evidence"), evidence}});
            return exitcode::Success;
        }
        const bool csv = q.format() == CliOutput::Format::Csv;
        QVector<QStringList> rows;
        for (const EventSource &s : ev.sources) {
            rows << QStringList{s.address.toString(), s.region, QString::number(s.packets),
                                QString::number(s.share * 100, 'f', 1), QString::number(s.sensorsHit),
                                s.ttlDistinct ? QStringLiteral("%1-%2").arg(s.ttlMin).arg(s.ttlMax) : QString(),
                                csv ? s.scannerClass : ScannerShareQuery::shortLabel(s.scannerClass), s.scanner};
        }
        CliOutput::writeTable(csv ? QStringList{QStringLiteral("address"), QStringLiteral("region"), QStringLiteral("packets"),
                                                QStringLiteral("share_percent"), QStringLiteral("sensors_hit"),
                                                QStringLiteral("ttl"), QStringLiteral("scanner_class"), QStringLiteral("scanner")}
                                  : QStringList{tr("source"), tr("region"), tr("packets"), tr("share %"), tr("sensors"),
                                                tr("TTL"), tr("scanner class"), tr("scanner")},
                              rows, q.format(), {false, false, true, true, true, false, false, false});
        if (csv)
            return exitcode::Success;
        CliOutput::out() << Qt::endl;
        QVector<QStringList> payloadRows;
        for (const PayloadShare &ps : ev.payloads) {
            const PayloadInfo &pl = ps.payload;
            const QString what = pl.kind == QLatin1String("dns")
                ? QStringLiteral("%1 qtype=%2 rd=%3 edns=%4").arg(pl.qname).arg(pl.qtype).arg(int(pl.rd)).arg(pl.ednsSize)
                : pl.kind == QLatin1String("ntp") ? QStringLiteral("mode=%1 code=%2").arg(pl.ntpMode).arg(pl.ntpCode)
                                                  : pl.detail;
            payloadRows << QStringList{pl.kind, what, QString::number(ps.packets), ps.amplification};
        }
        if (!payloadRows.isEmpty()) {
            CliOutput::writeTable({tr("payload"), tr("request"), tr("packets"), tr("amplification")}, payloadRows,
                                  q.format(), {false, false, true, false});
            CliOutput::out() << Qt::endl;
        }
        CliOutput::out() << ScannerShareQuery::explanation(ev.scannerShares, ev.key, QLocale()) << Qt::endl << Qt::endl;
        CliOutput::out() << classificationLabel(ev.classification, ev.protocol) << Qt::endl;
        for (const QString &line : ev.evidence)
            CliOutput::out() << QStringLiteral("  - ") << line << Qt::endl;
        return exitcode::Success;
    }
};

TEITEN_REGISTER_COMMAND(DrillCommand, "drill");

} // namespace teiten
