// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace teiten {

/// How the drill-down models write numbers, shares and times for the UI language. Stateless; any
/// thread.
class DisplayFormat {
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
public:
    /// The locale for "ja" or "en" (anything else: English): numbers are grouped the same way in both,
    /// but keeping one place decides it if that ever changes.
    static QLocale locale(const QString &language);
    /// "2013-09-03 12:00:05" at `offsetMinutes` from UTC. ISO order in both languages: analysts
    /// compare these with capture tools' output.
    static QString dateTime(qint64 us, int offsetMinutes);
    /// "UTC" or "UTC+09:00", for headers that say which clock the times are on.
    static QString utcOffset(int offsetMinutes);
    /// "12.3%" for 0.123.
    static QString percent(double fraction, const QLocale &locale);
};

} // namespace teiten
