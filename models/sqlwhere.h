// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <variant>
#include <vector>

#include <QByteArray>
#include <QString>

#include "workspacetypes.h"

namespace teiten {

class SqliteStatement;

/// Builds a WHERE clause from a QueryFilter with placeholders only, and binds the values afterwards:
/// a user-typed filter can never change the statement's shape.
class SqlWhere {
public:
    /// `alias` prefixes the columns ("f." for a joined flow table); `hasSource` when the table has `src`.
    SqlWhere(const QByteArray &alias, bool hasSource);
    /// hour in the hours that hold any instant of [startUs, endUs) (HourClock), so every caller
    /// turns a time range into hours the same way.
    void addHoursOf(qint64 startUs, qint64 endUs);
    void addTimeUs(const char *column, qint64 startUs, qint64 endUs);
    /// With a source in `filter` (flow_hour only): hour IN (the hours of [startUs, endUs)), a list
    /// SQLite seeks one value at a time, so flow_hour_src_by_hour (hour, src, first_us) serves the
    /// source's equality for a whole period in (hour, …) order, where a range on the hour would read
    /// every entry of it. Nothing without a source.
    void addSourceHourList(const QueryFilter &filter, qint64 startUs, qint64 endUs);
    /// "`column` IN (the hours from ? to before ?)": the list of addSourceHourList, for statements
    /// written by hand; binds first and end hour in that order.
    static QByteArray hourListCondition(const QByteArray &column);
    void addFilter(const QueryFilter &filter);
    /// (proto = ? AND port = ?) OR … for Service keys, region = ? OR … for Region keys: SQLite
    /// seeks each key in an index led by it (source_hour's primary key).
    void addKeys(Dimension dim, const QStringList &keys);
    void addRaw(const QByteArray &condition, const std::vector<std::variant<qint64, QString, QByteArray>> &values);

    QByteArray sql() const;   ///< " WHERE …" or empty
    /// Binds every value from index `first`; returns the next free index.
    int bind(SqliteStatement &s, int first = 1) const;

private:
    using Value = std::variant<qint64, QString, QByteArray>;
    QByteArray col(const char *name) const { return m_alias + name; }
    QByteArray m_alias;
    bool m_hasSource;
    QList<QByteArray> m_conditions;
    std::vector<Value> m_values;
};

} // namespace teiten
