// SPDX-License-Identifier: GPL-3.0-or-later
#include "icsportsmodel.h"

#include <QLocale>

#include "amplificationcatalog.h"
#include "eventanalyzer.h"
#include "icsportcatalog.h"
#include "modelroles.h"
#include "scannercatalog.h"
#include "scannersharequery.h"
#include "workspace.h"

namespace teiten {

IcsPortsModel::IcsPortsModel(QObject *parent) : QAbstractTableModel(parent) {}

Result<QVector<IcsPortsModel::Row>> IcsPortsModel::query(Workspace &ws, const Period &period, const IcsPortCatalog &ics,
                                                          const ScannerCatalog &scanners)
{
    auto ranking = ws.ranking(Dimension::Service, period, {}, false);
    if (!ranking)
        return ranking.error();
    QVector<Row> rows;
    QStringList keys;
    for (const RankRow &r : ranking->rows) {
        const auto sk = ServiceKey::parse(r.key);
        if (!sk || !ics.isIcs(*sk))
            continue;
        Row row;
        row.service = r.key;
        row.protocols = ics.protocolsFor(*sk);
        row.packets = r.packets;
        row.sources = r.sources;
        rows << row;
        keys << r.key;
    }
    if (rows.isEmpty())
        return rows;
    // Onsets as the Events view finds them: on the ports that rose together (a port swept only
    // every few days has no clear onset of its own); each member port's onset is its first packet
    // from the wave's start on.
    const EventAnalyzer analyzer(ws, scanners, AmplificationCatalog::builtIn(), ics, EventAnalyzer::Params{});
    auto waves = analyzer.icsWaves(period);
    if (!waves)
        return waves.error();
    auto series = ws.series(Dimension::Service, period, {}, keys, Bucket::Day);
    if (!series)
        return series.error();
    for (int i = 0; i < rows.size(); ++i) {
        for (const Event &w : *waves) {
            if (!w.keys.contains(rows[i].service))
                continue;
            for (int d = int(period.firstDay().daysTo(w.start)); d >= 0 && d < series->values[i].size(); ++d) {
                if (series->values[i][d] > 0) {
                    rows[i].onset = period.firstDay().addDays(d);
                    break;
                }
            }
        }
        QueryFilter f;
        f.service = ServiceKey::parse(rows[i].service);
        auto shares = ScannerShareQuery::compute(ws, period, f, scanners);
        if (!shares)
            return shares.error();
        for (const ScannerClassShare &s : *shares)
            rows[i].crawlerShare += s.scannerClass == QLatin1String("search-engine") ? s.share : 0;
    }
    return rows;
}

int IcsPortsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IcsPortsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IcsPortsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == KeyRole)
        return r.service;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Packets && index.column() != Onset ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    const bool raw = role == RawRole;
    const QLocale loc;
    switch (index.column()) {
    case Service: return r.service;
    case Protocol: return r.protocols.join(QStringLiteral(", "));
    case Packets: return raw ? QVariant(r.packets) : QVariant(loc.toString(r.packets));
    case Sources: return raw ? QVariant(r.sources) : QVariant(loc.toString(r.sources));
    case Onset:
        return raw ? QVariant(r.onset) : QVariant(r.onset.isValid() ? loc.toString(r.onset, QLocale::ShortFormat) : QString());
    case CrawlerShare:
        return raw ? QVariant(r.crawlerShare) : QVariant(tr("%1 %").arg(loc.toString(r.crawlerShare * 100, 'f', 0)));
    default: return {};
    }
}

QVariant IcsPortsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Service: return tr("Port");
    case Protocol: return tr("Protocol");
    case Packets: return tr("Packets");
    case Sources: return tr("Sources");
    case Onset: return tr("Onset");
    case CrawlerShare: return tr("From search-engine crawlers");
    default: return {};
    }
}

void IcsPortsModel::setRows(const QVector<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace teiten
