// SPDX-License-Identifier: GPL-3.0-or-later
// teiten events --db W.db --period 2013Q3 [--format table|json] [--scanners FILE]
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include "clicommand.h"
#include "cliqueryoptions.h"
#include "eventanalyzer.h"
#include "eventjson.h"
#include "scannercatalog.h"

namespace teiten {

/// The period's phenomena (surges, ICS scanning waves, backscatter) with their classification and
/// evidence, as the Events view shows them.
class EventsCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(EventsCommand)
public:
    QString name() const override { return QStringLiteral("events"); }
    QString summary() const override { return tr("List the period's surges, scans and attacks with their evidence"); }

    int run(const QStringList &args) override
    {
        QCommandLineParser p;
        CliQueryOptions q(CliQueryOptions::Period_ | CliQueryOptions::Format);
        q.addTo(p);
        const QCommandLineOption scanners(QStringLiteral("scanners"),
                                          tr("Known-scanner list (CSV) instead of the user's or the built-in one."),
                                          tr("FILE"));
        p.addOption(scanners);
        if (const int rc = parse(p, args, QStringLiteral("--db W.db --period 2013Q3 [--format table|json]")); rc >= 0)
            return rc;
        if (q.format() == CliOutput::Format::Csv) {
            CliOutput::err() << tr("teiten events: --format takes table or json") << Qt::endl;
            return exitcode::Usage;
        }
        if (const int rc = q.resolve(p); rc >= 0)
            return rc;
        auto catalog = ScannerCatalog::active(p.value(scanners));
        if (!catalog) {
            CliOutput::err() << tr("teiten events: %1").arg(catalog.error().message) << Qt::endl;
            return exitcode::Input;
        }
        const EventAnalyzer analyzer(q.workspace(), *catalog);
        auto events = analyzer.analyze(q.period());
        if (!events) {
            CliOutput::err() << tr("teiten events: %1").arg(events.error().message) << Qt::endl;
            return exitcode::Input;
        }
        if (q.format() == CliOutput::Format::Json) {
            QJsonArray arr;
            for (const Event &e : *events)
                arr.append(EventJson::event(e));
            CliOutput::writeJson(QJsonObject{{QStringLiteral("period"), q.period().text()},
                                             {QStringLiteral("day_offset_minutes"), q.workspace().dayOffsetMinutes()},
                                             {QStringLiteral("scanner_list"), catalog->origin()},
                                             {QStringLiteral("events"), arr}});
            return exitcode::Success;
        }
        if (events->isEmpty()) {
            CliOutput::out() << tr("No surges, scanning waves or backscatter episodes in %1.").arg(q.period().text())
                             << Qt::endl;
            return exitcode::Success;
        }
        QVector<QStringList> table;
        for (int i = 0; i < events->size(); ++i) {
            const Event &e = events->at(i);
            QStringList top;
            for (int s = 0; s < std::min<int>(3, e.sources.size()); ++s)
                top << QStringLiteral("%1 %2%").arg(e.sources[s].address.toString()).arg(e.sources[s].share * 100, 0, 'f', 0);
            table << QStringList{QString::number(i + 1),
                                 QString::fromLatin1(eventKindName(e.kind)),
                                 e.key,
                                 e.start.toString(Qt::ISODate),
                                 e.end.toString(Qt::ISODate) + (e.ongoing ? QStringLiteral("+") : QString()),
                                 QString::number(e.packets),
                                 QString::number(e.excess),
                                 top.join(QStringLiteral(", ")),
                                 QStringLiteral("%1/%2").arg(e.sensorsHit).arg(e.sensorsTotal),
                                 classificationLabel(e.classification, e.protocol)};
        }
        CliOutput::writeTable({tr("#"), tr("kind"), tr("key"), tr("start"), tr("end"), tr("packets"), tr("excess"),
                               tr("top sources"), tr("sensors"), tr("classification")},
                              table, q.format(), {true, false, false, false, false, true, true, false, true, false});
        for (int i = 0; i < events->size(); ++i) {
            CliOutput::out() << Qt::endl << QStringLiteral("[%1] %2").arg(i + 1).arg(events->at(i).key) << Qt::endl;
            for (const QString &line : events->at(i).evidence)
                CliOutput::out() << QStringLiteral("  - ") << line << Qt::endl;
        }
        return exitcode::Success;
    }
};

TEITEN_REGISTER_COMMAND(EventsCommand, "events");

} // namespace teiten
