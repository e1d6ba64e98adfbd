// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayformat.h"

#include <QDateTime>

namespace teiten {

QLocale DisplayFormat::locale(const QString &language)
{
    if (language == QLatin1String("ja"))
        return QLocale(QLocale::Japanese, QLocale::Japan);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString DisplayFormat::dateTime(qint64 us, int offsetMinutes)
{
    // Shift and format as UTC: no time-zone database lookup per cell while scrolling.
    const qint64 ms = us / 1000 + qint64(offsetMinutes) * 60000;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString DisplayFormat::utcOffset(int offsetMinutes)
{
    if (offsetMinutes == 0)
        return QStringLiteral("UTC");
    const int a = qAbs(offsetMinutes);
    return QStringLiteral("UTC%1%2:%3")
        .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(a / 60, 2, 10, QLatin1Char('0'))
        .arg(a % 60, 2, 10, QLatin1Char('0'));
}

QString DisplayFormat::percent(double fraction, const QLocale &locale)
{
    //: A share of the total, e.g. "12.3%"; %1 is the number.
    return tr("%1%").arg(locale.toString(fraction * 100.0, 'f', 1));
}

} // namespace teiten
