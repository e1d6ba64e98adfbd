// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace teiten {

/// Localised names of ISO 3166-1 alpha-2 regions (English and Japanese) from the table generated from
/// Debian's iso-codes into resources/data/regions.tsv (TW is 「台湾」, ZZ is unknown). Thread-safe.
class RegionNames {
public:
    /// `language` "ja" or "en" (anything else → English). Unknown codes give the code itself.
    static QString name(const QString &isoCode, const QString &language);
    static bool isKnown(const QString &isoCode);
    static QStringList codes(); ///< every code in the table, sorted
};

} // namespace teiten
