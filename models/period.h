// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDate>
#include <QString>

namespace teiten {

/// A half-open time range [start, end) of whole days, as analysts name them: "2013Q3", "2013-09",
/// "2013-07-01..2013-09-30" (inclusive end day). Days are counted at the workspace's day-boundary
/// offset (UTC by default). Plain value; any thread.
class Period {
public:
    enum class Kind { Quarter, Month, Range };
    Period() = default;
    static std::optional<Period> parse(const QString &text);
    static Period quarter(int year, int q);
    static Period month(int year, int m);
    static Period range(QDate first, QDate last);

    Kind kind() const { return m_kind; }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }   ///< inclusive
    int days() const { return int(m_first.daysTo(m_last)) + 1; }
    bool isValid() const { return m_first.isValid() && m_last.isValid() && m_first <= m_last; }

    /// The period of the same kind and length just before: previous quarter, previous month, or
    /// the same number of days ending the day before.
    Period previous() const;
    /// Inclusive-start, exclusive-end in UTC microseconds, for a day boundary at `offsetMinutes`.
    qint64 startUs(int offsetMinutes = 0) const;
    qint64 endUs(int offsetMinutes = 0) const;
    /// "2013Q3", "2013-09" or "2013-07-01..2013-09-30": parse(text()) gives the same period.
    QString text() const;
    bool operator==(const Period &o) const { return m_kind == o.m_kind && m_first == o.m_first && m_last == o.m_last; }

private:
    Kind m_kind = Kind::Range;
    QDate m_first;
    QDate m_last;
};

} // namespace teiten
