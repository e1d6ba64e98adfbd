// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensoractivitymodel.h"

#include <algorithm>

#include "displayformat.h"
#include "modelroles.h"

namespace teiten {

SensorActivityModel::SensorActivityModel(QObject *parent) : DrillModel(ColumnCount, parent) {}

void SensorActivityModel::load(const DrillQuery &query)
{
    m_query = query;
    if (!query.isValid()) {
        clear();
        return;
    }
    const Period period = query.period;
    const QueryFilter filter = query.filter;
    startQuery<SensorBreakdown>([period, filter](Workspace &ws) { return ws.sensorBreakdown(period, filter); },
                                [this](const SensorBreakdown &breakdown) {
                                    setBreakdown(breakdown);
                                    emit loaded();
                                });
}

void SensorActivityModel::setBreakdown(const SensorBreakdown &breakdown)
{
    beginResetModel();
    m_breakdown = breakdown;
    m_totalPackets = 0;
    m_dailyMaximum = 0;
    for (const SensorActivity &s : std::as_const(m_breakdown.sensors)) {
        m_totalPackets += s.packets;
        if (!s.daily.isEmpty())
            m_dailyMaximum = std::max(m_dailyMaximum, *std::max_element(s.daily.cbegin(), s.daily.cend()));
    }
    endResetModel();
}

void SensorActivityModel::clear()
{
    cancelQueries();
    if (!m_breakdown.sensors.isEmpty())
        setBreakdown({});
}

int SensorActivityModel::activeSensorCount() const
{
    return int(std::count_if(m_breakdown.sensors.cbegin(), m_breakdown.sensors.cend(),
                             [](const SensorActivity &s) { return s.packets > 0; }));
}

int SensorActivityModel::activeDays(const SensorActivity &s)
{
    return int(std::count_if(s.daily.cbegin(), s.daily.cend(), [](qint64 v) { return v > 0; }));
}

int SensorActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_breakdown.sensors.size());
}

QVariant SensorActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SensorActivity &s = m_breakdown.sensors.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(s, index.column());
    case RawRole: return raw(s, index.column());
    case KeyRole: return s.sensorId;
    case DailyRole: return QVariant::fromValue(s.daily);
    case DailyMaximumRole: return m_dailyMaximum;
    case FirstDayRole: return m_breakdown.period.firstDay();
    case Qt::ToolTipRole: return index.column() == ActivityColumn ? QVariant(activityTooltip(s)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() != SensorColumn && index.column() != ActivityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant SensorActivityModel::display(const SensorActivity &s, int column) const
{
    const QLocale locale = DisplayFormat::locale(m_query.language);
    switch (column) {
    case SensorColumn: return s.sensor;
    case PacketsColumn: return locale.toString(s.packets);
    case ShareColumn: return DisplayFormat::percent(m_totalPackets ? double(s.packets) / double(m_totalPackets) : 0.0, locale);
    case SourcesColumn: return locale.toString(s.sources);
    //: Days with traffic out of the period's days, e.g. "12 / 92".
    case ActiveDaysColumn: return tr("%1 / %2").arg(locale.toString(activeDays(s)), locale.toString(s.daily.size()));
    case ActivityColumn: return {}; // painted by a heat strip
    default: return {};
    }
}

QVariant SensorActivityModel::raw(const SensorActivity &s, int column) const
{
    switch (column) {
    case SensorColumn: return s.sensor;
    case PacketsColumn: return s.packets;
    case ShareColumn: return m_totalPackets ? double(s.packets) / double(m_totalPackets) : 0.0;
    case SourcesColumn: return s.sources;
    case ActiveDaysColumn: return activeDays(s);
    // Sorting the strip column orders by the busiest day: surges float to the top.
    case ActivityColumn: return s.daily.isEmpty() ? qint64(0) : *std::max_element(s.daily.cbegin(), s.daily.cend());
    default: return {};
    }
}

QString SensorActivityModel::activityTooltip(const SensorActivity &s) const
{
    if (s.daily.isEmpty() || s.packets == 0)
        return tr("No packets in this period.");
    const auto busiest = std::max_element(s.daily.cbegin(), s.daily.cend());
    const QDate day = m_breakdown.period.firstDay().addDays(busiest - s.daily.cbegin());
    const QLocale locale = DisplayFormat::locale(m_query.language);
    //: %1 date of the busiest day, %2 its packets, %3 days with traffic, %4 days in the period.
    return tr("Busiest day %1: %2 packets. Traffic on %3 of %4 days.")
        .arg(day.toString(Qt::ISODate), locale.toString(*busiest), locale.toString(activeDays(s)),
             locale.toString(s.daily.size()));
}

QVariant SensorActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SensorColumn: return tr("Sensor");
    case PacketsColumn: return tr("Packets");
    case ShareColumn: return tr("Share");
    case SourcesColumn: return tr("Sources");
    case ActiveDaysColumn: return tr("Days active");
    case ActivityColumn: return tr("Packets per day");
    default: return {};
    }
}

} // namespace teiten
