// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcesmodel.h"

#include <QStringList>

#include "displayformat.h"
#include "modelroles.h"
#include "regionnames.h"
#include "scannercatalog.h"
#include "scannersharequery.h"

namespace teiten {

SourcesModel::SourcesModel(QObject *parent) : DrillModel(ColumnCount, parent) {}

void SourcesModel::load(const DrillQuery &query, int limit)
{
    m_query = query;
    if (!query.isValid()) {
        clear();
        return;
    }
    const Period period = query.period;
    const QueryFilter filter = query.filter;
    startQuery<Loaded>(
        [period, filter, limit](Workspace &ws) -> Result<Loaded> {
            auto rows = ws.sources(period, filter, limit);
            if (!rows)
                return rows.error();
            // The share's base is all matching traffic, which the top-N rows alone do not give.
            auto ranking = ws.keysByPackets(Dimension::Service, period, filter);
            if (!ranking)
                return ranking.error();
            // Classed with the user's scanner list when it reads, else the built-in one.
            auto catalog = ScannerCatalog::active();
            const ScannerCatalog &scanners = catalog ? *catalog : ScannerCatalog::builtIn();
            auto shares = ScannerShareQuery::compute(ws, period, filter, scanners);
            if (!shares)
                return shares.error();
            Loaded out{std::move(*rows), ranking->totalPackets, {}, {}, std::move(*shares)};
            for (const SourceRow &r : out.rows) {
                out.classes << ScannerShareQuery::classOf(r.address, r.fingerprints, scanners);
                const ScannerEntry *e = scanners.lookup(r.address);
                out.scanners << (e ? e->scanner : QString());
            }
            return out;
        },
        [this](const Loaded &result) {
            beginResetModel();
            m_rows = result.rows;
            m_totalPackets = result.totalPackets;
            m_classes = result.classes;
            m_scanners = result.scanners;
            m_shares = result.shares;
            endResetModel();
            emit loaded();
        });
}

void SourcesModel::clear()
{
    cancelQueries();
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_totalPackets = 0;
    m_classes.clear();
    m_scanners.clear();
    m_shares.clear();
    endResetModel();
}

QString SourcesModel::fingerprintNames(int bits)
{
    QStringList names;
    if (bits & fingerprint::ZMap)
        names << QStringLiteral("ZMap");
    if (bits & fingerprint::Masscan)
        names << QStringLiteral("Masscan");
    if (bits & fingerprint::Mirai)
        names << QStringLiteral("Mirai");
    return names.join(QStringLiteral(", "));
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceRow &r = m_rows.at(index.row());
    if (index.column() == ScannerColumn && (role == Qt::DisplayRole || role == RawRole)) {
        // Per-row class, not part of SourceRow: answered here rather than in display()/raw().
        const QString c = m_classes.value(index.row());
        if (role == RawRole)
            return c;
        const QString name = m_scanners.value(index.row());
        return name.isEmpty() ? ScannerShareQuery::shortLabel(c)
                              : tr("%1 (%2)").arg(ScannerShareQuery::shortLabel(c), name);
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case RawRole:
        return raw(r, index.column());
    case KeyRole:
        return r.address.toString();
    case Qt::TextAlignmentRole:
        if (index.column() == PacketsColumn || index.column() == ShareColumn || index.column() == SensorsColumn
            || index.column() == ServicesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RegionColumn)
            return r.region;
        if (index.column() == FingerprintsColumn && r.fingerprints)
            //: Tooltip on the fingerprint column; %1 lists tool names such as "ZMap, Masscan".
            return tr("Packets from this source match the header patterns of %1.").arg(fingerprintNames(r.fingerprints));
        if (index.column() == ScannerColumn)
            return m_scanners.value(index.row()).isEmpty()
                ? ScannerShareQuery::classLabel(m_classes.value(index.row()))
                //: tooltip: %1 class ("known search-engine crawlers"), %2 scanner name from the list ("shodan")
                : tr("%1: %2").arg(ScannerShareQuery::classLabel(m_classes.value(index.row())), m_scanners.value(index.row()));
        return {};
    default:
        return {};
    }
}

QVariant SourcesModel::display(const SourceRow &r, int column) const
{
    const QLocale locale = DisplayFormat::locale(m_query.language);
    switch (column) {
    case AddressColumn: return r.address.toString();
    case RegionColumn: return RegionNames::name(r.region, m_query.language);
    case PacketsColumn: return locale.toString(r.packets);
    case ShareColumn:
        return DisplayFormat::percent(m_totalPackets ? double(r.packets) / double(m_totalPackets) : 0.0, locale);
    case SensorsColumn: return locale.toString(r.sensorsHit);
    case ServicesColumn: return locale.toString(r.services);
    case FirstSeenColumn: return DisplayFormat::dateTime(r.firstUs, m_query.utcOffsetMinutes);
    case LastSeenColumn: return DisplayFormat::dateTime(r.lastUs, m_query.utcOffsetMinutes);
    case FingerprintsColumn: return fingerprintNames(r.fingerprints);
    default: return {};
    }
}

QVariant SourcesModel::raw(const SourceRow &r, int column) const
{
    switch (column) {
    // The address sorts by its bytes (IPv4-mapped), so 10.0.0.9 comes before 10.0.0.10.
    case AddressColumn: return r.address.blob();
    case RegionColumn: return r.region;
    case PacketsColumn: return r.packets;
    case ShareColumn: return m_totalPackets ? double(r.packets) / double(m_totalPackets) : 0.0;
    case SensorsColumn: return r.sensorsHit;
    case ServicesColumn: return r.services;
    case FirstSeenColumn: return r.firstUs;
    case LastSeenColumn: return r.lastUs;
    case FingerprintsColumn: return r.fingerprints;
    default: return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString clock = DisplayFormat::utcOffset(m_query.utcOffsetMinutes);
    switch (section) {
    case AddressColumn: return tr("Source");
    case RegionColumn: return tr("Region");
    case PacketsColumn: return tr("Packets");
    case ShareColumn: return tr("Share");
    case SensorsColumn: return tr("Sensors hit");
    case ServicesColumn: return tr("Services");
    //: %1 is the clock, "UTC" or "UTC+09:00".
    case FirstSeenColumn: return tr("First seen (%1)").arg(clock);
    //: %1 is the clock, "UTC" or "UTC+09:00".
    case LastSeenColumn: return tr("Last seen (%1)").arg(clock);
    case FingerprintsColumn: return tr("Tool fingerprints");
    //: column header: the source's scanner class (known crawler, research scanner, ZMap, …)
    case ScannerColumn: return tr("Scanner class");
    default: return {};
    }
}

} // namespace teiten
