// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlwhere.h"

#include "hourclock.h"
#include "sqlitestatement.h"

namespace teiten {

SqlWhere::SqlWhere(const QByteArray &alias, bool hasSource) : m_alias(alias), m_hasSource(hasSource) {}

void SqlWhere::addHoursOf(qint64 startUs, qint64 endUs)
{
    m_conditions << col("hour") + " >= ? AND " + col("hour") + " < ?";
    m_values.emplace_back(qint64(HourClock::hourOf(startUs)));
    m_values.emplace_back(qint64(HourClock::endHourOf(endUs)));
}

void SqlWhere::addFilter(const QueryFilter &f)
{
    if (!f.sensorIds.isEmpty()) {
        QByteArray in = col("sensor_id") + " IN (";
        for (int i = 0; i < f.sensorIds.size(); ++i) {
            in += i ? ",?" : "?";
            m_values.emplace_back(qint64(f.sensorIds[i]));
        }
        m_conditions << in + ")";
    }
    if (f.service) {
        m_conditions << col("proto") + " = ? AND " + col("port") + " = ?";
        m_values.emplace_back(qint64(f.service->proto));
        m_values.emplace_back(qint64(f.service->port));
    }
    if (f.proto) {
        m_conditions << col("proto") + " = ?";
        m_values.emplace_back(qint64(*f.proto));
    }
    if (f.port) {
        m_conditions << col("port") + " = ?";
        m_values.emplace_back(qint64(*f.port));
    }
    if (!f.region.isEmpty()) {
        m_conditions << col("region") + " = ?";
        m_values.emplace_back(f.region);
    }
    if (f.sourcePrefix && m_hasSource) {
        const QByteArray first = f.sourcePrefix->first().blob();
        const QByteArray last = f.sourcePrefix->last().blob();
        // One address as an equality, a prefix as a range.
        if (first == last) {
            m_conditions << col("src") + " = ?";
            m_values.emplace_back(first);
        } else {
            m_conditions << col("src") + " BETWEEN ? AND ?";
            m_values.emplace_back(first);
            m_values.emplace_back(last);
        }
    }
}

void SqlWhere::addKeys(Dimension dim, const QStringList &keys)
{
    if (keys.isEmpty())
        return;
    QByteArray c = "(";
    bool any = false;
    for (const QString &k : keys) {
        if (dim == Dimension::Service) {
            const auto sk = ServiceKey::parse(k);
            if (!sk)
                continue;
            c += any ? " OR " : "";
            c += "(" + col("proto") + " = ? AND " + col("port") + " = ?)";
            m_values.emplace_back(qint64(sk->proto));
            m_values.emplace_back(qint64(sk->port));
        } else {
            c += any ? " OR " : "";
            c += col("region") + " = ?";
            m_values.emplace_back(k);
        }
        any = true;
    }
    m_conditions << (any ? c + ")" : QByteArray("0"));
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
