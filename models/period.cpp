// SPDX-License-Identifier: GPL-3.0-or-later
#include "period.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace teiten {

Period Period::quarter(int year, int q)
{
    Period p;
    p.m_kind = Kind::Quarter;
    p.m_first = QDate(year, (q - 1) * 3 + 1, 1);
    p.m_last = p.m_first.addMonths(3).addDays(-1);
    return p;
}

Period Period::month(int year, int m)
{
    Period p;
    p.m_kind = Kind::Month;
    p.m_first = QDate(year, m, 1);
    p.m_last = p.m_first.addMonths(1).addDays(-1);
    return p;
}

Period Period::range(QDate first, QDate last)
{
    Period p;
    p.m_kind = Kind::Range;
    p.m_first = first;
    p.m_last = last;
    return p;
}

std::optional<Period> Period::parse(const QString &text)
{
    static const QRegularExpression quarterRe(QStringLiteral("^(\\d{4})-?[Qq]([1-4])$"));
    static const QRegularExpression monthRe(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression rangeRe(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"));
    static const QRegularExpression dayRe(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})$"));
    const QString t = text.trimmed();
    if (const auto m = quarterRe.match(t); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        if (y < 1970 || y > 9999)
            return std::nullopt;
        return quarter(y, m.captured(2).toInt());
    }
    if (const auto m = monthRe.match(t); m.hasMatch()) {
        const int y = m.captured(1).toInt(), mo = m.captured(2).toInt();
        if (y < 1970 || y > 9999 || mo < 1 || mo > 12)
            return std::nullopt;
        return month(y, mo);
    }
    if (const auto m = rangeRe.match(t); m.hasMatch()) {
        const QDate a = QDate::fromString(m.captured(1), Qt::ISODate);
        const QDate b = QDate::fromString(m.captured(2), Qt::ISODate);
        if (!a.isValid() || !b.isValid() || b < a || a.year() < 1970)
            return std::nullopt;
        return range(a, b);
    }
    if (const auto m = dayRe.match(t); m.hasMatch()) {
        const QDate a = QDate::fromString(m.captured(1), Qt::ISODate);
        if (!a.isValid() || a.year() < 1970)
            return std::nullopt;
        return range(a, a);
    }
    return std::nullopt;
}

Period Period::previous() const
{
    switch (m_kind) {
    case Kind::Quarter: {
        const QDate f = m_first.addMonths(-3);
        return quarter(f.year(), (f.month() - 1) / 3 + 1);
    }
    case Kind::Month: {
        const QDate f = m_first.addMonths(-1);
        return month(f.year(), f.month());
    }
    case Kind::Range:
        break;
    }
    return range(m_first.addDays(-days()), m_first.addDays(-1));
}

static qint64 dayStartUs(QDate d, int offsetMinutes)
{
    const qint64 secs = QDateTime(d, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch() - qint64(offsetMinutes) * 60;
    return secs * 1000000;
}

qint64 Period::startUs(int offsetMinutes) const
{
    return dayStartUs(m_first, offsetMinutes);
}

qint64 Period::endUs(int offsetMinutes) const
{
    return dayStartUs(m_last.addDays(1), offsetMinutes);
}

QString Period::text() const
{
    switch (m_kind) {
    case Kind::Quarter:
        return QStringLiteral("%1Q%2").arg(m_first.year()).arg((m_first.month() - 1) / 3 + 1);
    case Kind::Month:
        return m_first.toString(QStringLiteral("yyyy-MM"));
    case Kind::Range:
        break;
    }
    return m_first.toString(Qt::ISODate) + QStringLiteral("..") + m_last.toString(Qt::ISODate);
}

} // namespace teiten
