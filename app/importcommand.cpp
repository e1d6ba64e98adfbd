// SPDX-License-Identifier: GPL-3.0-or-later
// teiten import --db W.db [--sensor NAME] [--geoip F.mmdb] [--sensors sensors.csv] [--force] PATH...
#include <csignal>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include "clicommand.h"
#include "clioutput.h"
#include "importjob.h"

namespace teiten {

namespace {
std::atomic_bool g_interrupted{false};
void onSignal(int)
{
    g_interrupted.store(true);
}
} // namespace

/// Imports capture files and folders; prints one line per problem file and a summary.
class ImportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return tr("Import pcap/pcapng(.gz) files or sensor folders into a workspace"); }

    int run(const QStringList &args) override
    {
        QCommandLineParser p;
        const QCommandLineOption db(QStringLiteral("db"), tr("Workspace database file (created if missing)."), tr("W.db"));
        const QCommandLineOption sensor(QStringLiteral("sensor"), tr("Assign every file to this sensor."), tr("NAME"));
        const QCommandLineOption geoip(QStringLiteral("geoip"), tr("Country database (MaxMind DB format)."), tr("F.mmdb"));
        const QCommandLineOption sensors(QStringLiteral("sensors"), tr("Sensor list (sensor,address_or_prefix,region,label)."),
                                         tr("sensors.csv"));
        const QCommandLineOption force(QStringLiteral("force"), tr("Re-import files whose content is already stored."));
        const QCommandLineOption format(QStringLiteral("format"), tr("Summary format: table or json."), tr("FORMAT"),
                                        QStringLiteral("table"));
        const QCommandLineOption verify(
            QStringLiteral("verify"),
            tr("Run the full integrity check of the workspace even if it is unchanged since it last passed."));
        p.addOptions({db, sensor, geoip, sensors, force, format, verify});
        p.addPositionalArgument(QStringLiteral("PATH"), tr("Capture files or folders (<root>/<sensor>/*.pcap*)."),
                                QStringLiteral("PATH..."));
        if (const int rc = parse(p, args, QStringLiteral("--db W.db PATH...")); rc >= 0)
            return rc;
        QTextStream &err = CliOutput::err();
        if (!p.isSet(db) || p.positionalArguments().isEmpty()) {
            err << tr("teiten import: --db and at least one PATH are required") << Qt::endl;
            return exitcode::Usage;
        }
        CliOutput::Format fmt;
        if (!CliOutput::parseFormat(p.value(format), &fmt) || fmt == CliOutput::Format::Csv) {
            err << tr("teiten import: unknown format '%1' (use table or json)").arg(p.value(format)) << Qt::endl;
            return exitcode::Usage;
        }

        ImportParams params;
        params.workspacePath = p.value(db);
        params.paths = p.positionalArguments();
        params.sensor = p.value(sensor);
        params.geoipPath = p.value(geoip);
        params.sensorsCsv = p.value(sensors);
        params.force = p.isSet(force);
        params.verify = p.isSet(verify);

        // Ctrl-C rolls back the current file instead of leaving it half-written.
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        const bool tty = CliOutput::stderrIsTerminal();
        QElapsedTimer lastDraw;
        lastDraw.start();
        const QLocale c = QLocale::c();
        ImportJob job(params);
        const ImportReport r = job.run(
            [&](const ImportProgress &pr) {
                if (!tty || (lastDraw.elapsed() < 200 && !pr.summarizing))
                    return;
                lastDraw.restart();
                const double secs = std::max<qint64>(pr.elapsedMs, 1) / 1000.0;
                err << '\r'
                    << tr("files %1/%2  packets %3  %4 packets/s  %5")
                           .arg(pr.filesDone)
                           .arg(pr.filesTotal)
                           .arg(pr.packets)
                           .arg(qint64(pr.packets / secs))
                           .arg(pr.summarizing ? tr("building the quarters' rankings and series…")
                                : pr.bytesTotal ? QStringLiteral("%1%").arg(100 * pr.bytesDone / pr.bytesTotal)
                                                : QString())
                    << "\x1b[K";
                err.flush();
            },
            &g_interrupted);
        if (tty) {
            err << "\r\x1b[K"; // before the summary on stdout, which shares the terminal
            err.flush();
        }

        int imported = 0, partial = 0, skipped = 0, failed = 0;
        for (const ImportFileOutcome &f : r.files) {
            switch (f.status) {
            case ImportFileOutcome::Status::Imported: ++imported; break;
            case ImportFileOutcome::Status::Partial: ++partial; break;
            case ImportFileOutcome::Status::Skipped: ++skipped; break;
            case ImportFileOutcome::Status::Failed: ++failed; break;
            case ImportFileOutcome::Status::Cancelled: break;
            }
            if (!f.message.isEmpty() && f.status != ImportFileOutcome::Status::Imported)
                err << tr("teiten import: %1").arg(f.message) << Qt::endl;
        }
        if (!r.fatalError.isEmpty())
            err << tr("teiten import: %1").arg(r.fatalError) << Qt::endl;
        if (r.cancelled)
            err << tr("teiten import: interrupted; files imported before the interruption are kept") << Qt::endl;

        const double secs = std::max<qint64>(r.elapsedMs, 1) / 1000.0;
        if (fmt == CliOutput::Format::Json) {
            QJsonArray files;
            for (const ImportFileOutcome &f : r.files) {
                static const char *names[] = {"imported", "partial", "skipped", "failed", "cancelled"};
                files.append(QJsonObject{{QStringLiteral("path"), f.path},
                                         {QStringLiteral("sensor"), f.sensor},
                                         {QStringLiteral("status"), QString::fromLatin1(names[int(f.status)])},
                                         {QStringLiteral("packets"), f.packets},
                                         {QStringLiteral("non_ip"), f.nonIp},
                                         {QStringLiteral("malformed"), f.malformed},
                                         {QStringLiteral("message"), f.message}});
            }
            CliOutput::writeJson(QJsonObject{{QStringLiteral("files"), files},
                                             {QStringLiteral("imported"), imported},
                                             {QStringLiteral("partial"), partial},
                                             {QStringLiteral("skipped"), skipped},
                                             {QStringLiteral("failed"), failed},
                                             {QStringLiteral("packets"), r.packets},
                                             {QStringLiteral("seconds"), secs},
                                             {QStringLiteral("cancelled"), r.cancelled},
                                             {QStringLiteral("error"), r.fatalError}});
        } else {
            CliOutput::out() << tr("%1 files imported, %2 partial, %3 skipped, %4 failed; %5 packets in %6 s (%7 packets/s)")
                                    .arg(imported)
                                    .arg(partial)
                                    .arg(skipped)
                                    .arg(failed)
                                    .arg(r.packets)
                                    .arg(c.toString(secs, 'f', 1))
                                    .arg(qint64(r.packets / secs))
                             << Qt::endl;
        }
        if (r.cancelled)
            return 130;
        return r.anyInputFailed() ? exitcode::Input : exitcode::Success;
    }
};

TEITEN_REGISTER_COMMAND(ImportCommand, "import");

} // namespace teiten
