// SPDX-License-Identifier: GPL-3.0-or-later
// teiten info --db W.db [--files] [--format table|json]
#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include "clicommand.h"
#include "cliqueryoptions.h"

namespace teiten {

/// What a workspace holds: sensors, files and their status, data range, quarters, country database.
class InfoCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override { return tr("Describe a workspace: sensors, files, time range"); }

    int run(const QStringList &args) override
    {
        QCommandLineParser p;
        CliQueryOptions q(CliQueryOptions::Format);
        q.addTo(p);
        const QCommandLineOption files(QStringLiteral("files"), tr("List every imported file with its status."));
        p.addOption(files);
        if (const int rc = parse(p, args, QStringLiteral("--db W.db")); rc >= 0)
            return rc;
        if (const int rc = q.resolve(p); rc >= 0)
            return rc;
        Workspace &ws = q.workspace();
        auto sensors = ws.sensors();
        auto fileList = ws.files();
        auto range = ws.dataRange();
        auto quarters = ws.quartersPresent();
        if (!sensors || !fileList || !range || !quarters) {
            const Error e = !sensors ? sensors.error() : !fileList ? fileList.error() : !range ? range.error() : quarters.error();
            CliOutput::err() << tr("teiten info: %1").arg(e.message) << Qt::endl;
            return exitcode::Input;
        }
        auto iso = [](qint64 us) { return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc()).toString(Qt::ISODate); };
        qint64 packets = 0;
        int ok = 0, partial = 0, failed = 0;
        for (const FileRecord &f : *fileList) {
            packets += f.packets;
            (f.status == FileRecord::Status::Ok ? ok : f.status == FileRecord::Status::Partial ? partial : failed)++;
        }
        QStringList qs;
        for (const Period &pq : *quarters)
            qs << pq.text();
        if (q.format() == CliOutput::Format::Json) {
            QJsonArray sa, fa;
            for (const SensorInfo &s : *sensors)
                sa.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("region"), s.region},
                                      {QStringLiteral("label"), s.label}, {QStringLiteral("included"), s.included},
                                      {QStringLiteral("addresses"), QJsonArray::fromStringList(s.addresses)},
                                      {QStringLiteral("files"), s.files}, {QStringLiteral("packets"), s.packets},
                                      {QStringLiteral("first"), s.packets ? iso(s.firstUs) : QString()},
                                      {QStringLiteral("last"), s.packets ? iso(s.lastUs) : QString()}});
            if (p.isSet(files))
                for (const FileRecord &f : *fileList)
                    fa.append(QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("sensor"), f.sensor},
                                          {QStringLiteral("format"), f.format}, {QStringLiteral("link_type"), f.linkType},
                                          {QStringLiteral("packets"), f.packets}, {QStringLiteral("non_ip"), f.nonIp},
                                          {QStringLiteral("malformed"), f.malformed},
                                          {QStringLiteral("status"), FileRecord::statusName(f.status)},
                                          {QStringLiteral("message"), f.message}});
            QJsonObject o{{QStringLiteral("workspace"), ws.path()},
                          {QStringLiteral("packets"), packets},
                          {QStringLiteral("files_ok"), ok},
                          {QStringLiteral("files_partial"), partial},
                          {QStringLiteral("files_failed"), failed},
                          {QStringLiteral("first"), range->has_value() ? iso((*range)->first) : QString()},
                          {QStringLiteral("last"), range->has_value() ? iso((*range)->second) : QString()},
                          {QStringLiteral("quarters"), QJsonArray::fromStringList(qs)},
                          {QStringLiteral("day_offset_minutes"), ws.dayOffsetMinutes()},
                          {QStringLiteral("geoip_path"), ws.meta(QStringLiteral("geoip_path"))},
                          {QStringLiteral("geoip_type"), ws.meta(QStringLiteral("geoip_type"))},
                          {QStringLiteral("geoip_build"), ws.meta(QStringLiteral("geoip_build"))},
                          {QStringLiteral("sensors"), sa}};
            if (p.isSet(files))
                o.insert(QStringLiteral("files"), fa);
            CliOutput::writeJson(o);
            return exitcode::Success;
        }
        QTextStream &out = CliOutput::out();
        out << tr("Workspace:  %1").arg(ws.path()) << '\n'
            << tr("Packets:    %1").arg(packets) << '\n'
            << tr("Files:      %1 ok, %2 partial, %3 failed").arg(ok).arg(partial).arg(failed) << '\n'
            << tr("Time range: %1 .. %2")
                   .arg(range->has_value() ? iso((*range)->first) : tr("(empty)"), range->has_value() ? iso((*range)->second) : QString())
            << '\n'
            << tr("Quarters:   %1").arg(qs.join(QLatin1Char(' '))) << '\n'
            << tr("Country DB: %1 (%2, built %3)")
                   .arg(ws.meta(QStringLiteral("geoip_path"), tr("none")), ws.meta(QStringLiteral("geoip_type")),
                        ws.meta(QStringLiteral("geoip_build")))
            << "\n\n";
        out.flush();
        QVector<QStringList> rows;
        for (const SensorInfo &s : *sensors)
            rows << QStringList{s.name, s.region, QString::number(s.files), QString::number(s.packets),
                                s.packets ? iso(s.firstUs) : QString(), s.packets ? iso(s.lastUs) : QString(),
                                s.addresses.join(QLatin1Char(' '))};
        CliOutput::writeTable({tr("sensor"), tr("region"), tr("files"), tr("packets"), tr("first"), tr("last"), tr("addresses")},
                              rows, CliOutput::Format::Table, {false, false, true, true, false, false, false});
        if (p.isSet(files)) {
            out << '\n';
            QVector<QStringList> fr;
            for (const FileRecord &f : *fileList)
                fr << QStringList{FileRecord::statusName(f.status), f.sensor, QString::number(f.packets), f.path, f.message};
            CliOutput::writeTable({tr("status"), tr("sensor"), tr("packets"), tr("path"), tr("message")}, fr,
                                  CliOutput::Format::Table, {false, false, true, false, false});
        }
        return exitcode::Success;
    }
};

TEITEN_REGISTER_COMMAND(InfoCommand, "info");

} // namespace teiten
