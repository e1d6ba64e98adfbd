// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include "drillmodel.h"
#include "workspacetypes.h"

namespace teiten {

/// Per-sensor view of a drill-down: packets, share, distinct sources, days active and the per-day
/// packet vector (DailyRole on every column, painted by a heat strip in ActivityColumn) — "did one
/// sensor see this or many?". Every sensor is listed, busiest first, silent ones too, so the
/// answer is visible as much from the empty rows as from the full ones. DailyMaximumRole is the
/// largest day over all sensors: strips share one scale. load() queries a worker thread; a newer
/// load() drops an older answer. GUI thread.
class SensorActivityModel : public DrillModel {
    Q_OBJECT
public:
    enum Column { SensorColumn, PacketsColumn, ShareColumn, SourcesColumn, ActiveDaysColumn, ActivityColumn, ColumnCount };

    explicit SensorActivityModel(QObject *parent = nullptr);

    void load(const DrillQuery &query);
    void clear();
    /// Sensors with at least one packet.
    int activeSensorCount() const;
    qint64 totalPackets() const { return m_totalPackets; }
    qint64 dailyMaximum() const { return m_dailyMaximum; }
    QDate firstDay() const { return m_breakdown.period.firstDay(); }
    const SensorActivity &sensor(int row) const { return m_breakdown.sensors.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();

private:
    void setBreakdown(const SensorBreakdown &breakdown);
    static int activeDays(const SensorActivity &s);
    QVariant display(const SensorActivity &s, int column) const;
    QVariant raw(const SensorActivity &s, int column) const;
    QString activityTooltip(const SensorActivity &s) const;

    SensorBreakdown m_breakdown;
    qint64 m_totalPackets = 0;
    qint64 m_dailyMaximum = 0;
};

} // namespace teiten
