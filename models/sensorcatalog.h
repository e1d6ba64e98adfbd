// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QString>
#include <QVector>

#include "ipaddress.h"
#include "result.h"

namespace teiten {

/// One row of sensors.csv: a sensor, one of its addresses or prefixes, its region and a label.
struct SensorEntry {
    QString sensor;
    IpPrefix prefix;
    QString prefixText;
    QString region;   ///< ISO code or empty
    QString label;
};

/// Parses sensors.csv (`sensor,address_or_prefix,region,label`, header optional, RFC 4180 quoting).
/// The input is untrusted: every row is validated and the first bad row is reported with its line
/// number. Stateless; any thread.
class SensorCatalog {
    Q_DECLARE_TR_FUNCTIONS(SensorCatalog)
public:
    static constexpr int MaxRows = 100000;
    static Result<QVector<SensorEntry>> parse(const QByteArray &data, const QString &fileName);
    static Result<QVector<SensorEntry>> load(const QString &path);
    /// A sensor name is 1..64 printable characters without '/', ',' or control characters.
    static bool isValidSensorName(const QString &name);
};

} // namespace teiten
