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
    /// `alias` prefixes the columns; `hasSource` when the table has `src` (source_hour).
    SqlWhere(const QByteArray &alias, bool hasSource);
    /// hour in the hours that hold any instant of [startUs, endUs) (HourClock), so every caller
    /// turns a time range into hours the same way.
    void addHoursOf(qint64 startUs, qint64 endUs);
    void addFilter(const QueryFilter &filter);
    /// (proto = ? AND port = ?) OR … for Service keys, region = ? OR … for Region keys: SQLite
    /// seeks each key in an index led by it (source_hour's primary key).
    void addKeys(Dimension dim, const QStringList &keys);

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
