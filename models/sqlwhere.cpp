// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlwhere.h"

#include "hourclock.h"
#include "sqlitestatement.h"

namespace teiten {

void SqlWhere::addHoursOf(qint64 startUs, qint64 endUs)
{
    m_conditions << "hour >= ? AND hour < ?";
    m_values.emplace_back(qint64(HourClock::hourOf(startUs)));
    m_values.emplace_back(qint64(HourClock::endHourOf(endUs)));
}

void SqlWhere::addFilter(const QueryFilter &f)
{
    // No table with a source column is left: a filter naming sources is read from the flow tuples.
    Q_ASSERT(!f.needsFlowTuples());
    if (!f.sensorIds.isEmpty()) {
        QByteArray in = "sensor_id IN (";
        for (int i = 0; i < f.sensorIds.size(); ++i) {
            in += i ? ",?" : "?";
            m_values.emplace_back(qint64(f.sensorIds[i]));
        }
        m_conditions << in + ")";
    }
    if (f.service) {
        m_conditions << "proto = ? AND port = ?";
        m_values.emplace_back(qint64(f.service->proto));
        m_values.emplace_back(qint64(f.service->port));
    }
    if (f.proto) {
        m_conditions << "proto = ?";
        m_values.emplace_back(qint64(*f.proto));
    }
    if (f.port) {
        m_conditions << "port = ?";
        m_values.emplace_back(qint64(*f.port));
    }
    if (!f.region.isEmpty()) {
        m_conditions << "region = ?";
        m_values.emplace_back(f.region);
    }
}

QByteArray SqlWhere::sql() const
{
    if (m_conditions.isEmpty())
        return {};
    QByteArray w = " WHERE ";
    for (int i = 0; i < m_conditions.size(); ++i)
        w += (i ? " AND (" : "(") + m_conditions[i] + ")";
    return w;
}

int SqlWhere::bind(SqliteStatement &s, int first) const
{
    int i = first;
    for (const Value &v : m_values) {
        if (const auto *n = std::get_if<qint64>(&v))
            s.bind(i, int64_t(*n));
        else if (const auto *t = std::get_if<QString>(&v))
            s.bind(i, *t);
        else
            s.bindBlob(i, std::get<QByteArray>(v));
        ++i;
    }
    return i;
}

} // namespace teiten
