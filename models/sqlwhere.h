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
    /// hour in the hours that hold any instant of [startUs, endUs) (HourClock), so every caller
    /// turns a time range into hours the same way.
    void addHoursOf(qint64 startUs, qint64 endUs);
    /// Every field but the source prefix, which the roll-ups do not have (callers with one read
    /// the flow tuples through FlowTupleFilter instead).
    void addFilter(const QueryFilter &filter);

    QByteArray sql() const;   ///< " WHERE …" or empty
    /// Binds every value from index `first`; returns the next free index.
    int bind(SqliteStatement &s, int first = 1) const;

private:
    using Value = std::variant<qint64, QString, QByteArray>;
    QList<QByteArray> m_conditions;
    std::vector<Value> m_values;
};

} // namespace teiten
