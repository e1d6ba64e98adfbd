// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliqueryoptions.h"

#include "clicommand.h"
#include "servicekey.h"

namespace teiten {

CliQueryOptions::CliQueryOptions(int features, CliOutput::Format defaultFormat)
    : m_features(features),
      m_dbOpt(QStringLiteral("db"), tr("Workspace database file."), tr("W.db")),
      m_periodOpt(QStringLiteral("period"), tr("Period: 2013Q3, 2013-09 or 2013-07-01..2013-09-30."), tr("PERIOD")),
      m_formatOpt(QStringLiteral("format"), tr("Output format: table, csv or json."), tr("FORMAT")),
      m_topOpt(QStringLiteral("top"), tr("Only the first N rows (0 = all)."), tr("N"), QStringLiteral("10")),
      m_sensorOpt(QStringLiteral("sensor"), tr("Only these sensors (comma-separated names)."), tr("NAMES")),
      m_serviceOpt(QStringLiteral("service"), tr("Only this service, e.g. 53/UDP."), tr("SERVICE")),
      m_regionOpt(QStringLiteral("region"), tr("Only sources from this region (ISO code, e.g. CN)."), tr("CODE")),
      m_sourceOpt(QStringLiteral("source"), tr("Only sources in this address or prefix."), tr("PREFIX")),
      m_protoOpt(QStringLiteral("proto"), tr("Only this IP protocol (TCP, UDP, ICMP, …)."), tr("PROTO")),
      m_portOpt(QStringLiteral("port"), tr("Only this destination port."), tr("PORT")),
      m_verifyOpt(QStringLiteral("verify"),
                  tr("Run the full integrity check of the workspace even if it is unchanged since it last passed.")),
      m_format(defaultFormat)
{
}

void CliQueryOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_dbOpt);
    parser.addOption(m_verifyOpt);
    if (m_features & Period_)
        parser.addOption(m_periodOpt);
    if (m_features & Format)
        parser.addOption(m_formatOpt);
    if (m_features & Top)
        parser.addOption(m_topOpt);
    if (m_features & Filters) {
        parser.addOption(m_sensorOpt);
        parser.addOption(m_serviceOpt);
        parser.addOption(m_regionOpt);
        parser.addOption(m_sourceOpt);
        parser.addOption(m_protoOpt);
        parser.addOption(m_portOpt);
    }
}

int CliQueryOptions::resolve(const QCommandLineParser &parser)
{
    QTextStream &err = CliOutput::err();
    if (!parser.isSet(m_dbOpt)) {
        err << tr("teiten: --db is required") << Qt::endl;
        return exitcode::Usage;
    }
    if (m_features & Period_) {
        if (!parser.isSet(m_periodOpt)) {
            err << tr("teiten: --period is required (e.g. 2013Q3)") << Qt::endl;
            return exitcode::Usage;
        }
        const auto p = Period::parse(parser.value(m_periodOpt));
        if (!p) {
            err << tr("teiten: invalid period '%1' (use 2013Q3, 2013-09 or 2013-07-01..2013-09-30)")
                       .arg(parser.value(m_periodOpt))
                << Qt::endl;
            return exitcode::Usage;
        }
        m_period = *p;
    }
    if ((m_features & Format) && parser.isSet(m_formatOpt) && !CliOutput::parseFormat(parser.value(m_formatOpt), &m_format)) {
        err << tr("teiten: unknown format '%1' (use table, csv or json)").arg(parser.value(m_formatOpt)) << Qt::endl;
        return exitcode::Usage;
    }
    if (m_features & Top) {
        bool ok = false;
        m_top = parser.value(m_topOpt).toInt(&ok);
        if (!ok || m_top < 0) {
            err << tr("teiten: --top takes a whole number ≥ 0, not '%1'").arg(parser.value(m_topOpt)) << Qt::endl;
            return exitcode::Usage;
        }
    }
    if (m_features & Filters) {
        if (parser.isSet(m_serviceOpt)) {
            const auto k = ServiceKey::parse(parser.value(m_serviceOpt));
            if (!k) {
                err << tr("teiten: invalid service '%1' (e.g. 445/TCP, 0/ICMP, fragment/UDP)").arg(parser.value(m_serviceOpt))
                    << Qt::endl;
                return exitcode::Usage;
            }
            m_filter.service = *k;
        }
        if (parser.isSet(m_regionOpt)) {
            const QString r = parser.value(m_regionOpt).trimmed().toUpper();
            if (r.size() != 2 || !r[0].isLetter() || !r[1].isLetter()) {
                err << tr("teiten: invalid region '%1' (an ISO 3166-1 code such as CN)").arg(parser.value(m_regionOpt))
                    << Qt::endl;
                return exitcode::Usage;
            }
            m_filter.region = r;
        }
        if (parser.isSet(m_sourceOpt)) {
            const auto p = IpPrefix::parse(parser.value(m_sourceOpt));
            if (!p) {
                err << tr("teiten: invalid source address or prefix '%1'").arg(parser.value(m_sourceOpt)) << Qt::endl;
                return exitcode::Usage;
            }
            m_filter.sourcePrefix = *p;
        }
        if (parser.isSet(m_protoOpt)) {
            const auto p = ServiceKey::protocolFromName(parser.value(m_protoOpt));
            if (!p) {
                err << tr("teiten: unknown protocol '%1'").arg(parser.value(m_protoOpt)) << Qt::endl;
                return exitcode::Usage;
            }
            m_filter.proto = *p;
        }
        if (parser.isSet(m_portOpt)) {
            bool ok = false;
            const int port = parser.value(m_portOpt).toInt(&ok);
            if (!ok || port < 0 || port > 65535) {
                err << tr("teiten: invalid port '%1'").arg(parser.value(m_portOpt)) << Qt::endl;
                return exitcode::Usage;
            }
            m_filter.port = port;
        }
    }
    auto ws = Workspace::open(parser.value(m_dbOpt), Workspace::Mode::ReadOnly);
    if (!ws) {
        err << tr("teiten: %1").arg(ws.error().message) << Qt::endl;
        return exitcode::Input;
    }
    m_workspace = std::move(*ws);
    // Once per command: a damaged file is named as such instead of giving wrong or partial answers.
    // Skipped when the file is exactly as it was when it last passed, unless --verify.
    if (auto s = m_workspace->checkIntegrity(parser.isSet(m_verifyOpt) ? Workspace::Verify::Always
                                                                        : Workspace::Verify::UnlessStamped);
        !s) {
        err << tr("teiten: %1").arg(s.error().message) << Qt::endl;
        return exitcode::Input;
    }
    if ((m_features & Filters) && parser.isSet(m_sensorOpt)) {
        auto all = m_workspace->sensors();
        if (!all) {
            err << tr("teiten: %1").arg(all.error().message) << Qt::endl;
            return exitcode::Input;
        }
        for (const QString &name : parser.value(m_sensorOpt).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto it = std::find_if(all->begin(), all->end(), [&](const SensorInfo &s) { return s.name == name.trimmed(); });
            if (it == all->end()) {
                err << tr("teiten: no sensor named '%1' in %2").arg(name.trimmed(), m_workspace->path()) << Qt::endl;
                return exitcode::Usage;
            }
            m_filter.sensorIds << it->id;
        }
    }
    return -1;
}

} // namespace teiten
