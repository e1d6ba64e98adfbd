// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "ipaddress.h"
#include "result.h"

namespace teiten {

/// Looks up a source address's region (ISO 3166-1 alpha-2) in a MaxMind DB through libmaxminddb.
/// Understands `country.iso_code` (GeoLite2/GeoIP2), `registered_country.iso_code` as fallback, and the
/// plain `country_code` layout. Unknown → "ZZ". Owning thread: one at a time (not thread-safe).
class GeoResolver {
    Q_DECLARE_TR_FUNCTIONS(GeoResolver)

public:
    struct Info {
        QString path;
        QString databaseType;  ///< metadata database_type
        QDateTime buildTime;   ///< metadata build_epoch, UTC
        int ipVersion = 0;     ///< 4 or 6
        quint64 nodeCount = 0;
    };
    ~GeoResolver();
    /// Opens and validates the database; errors name the file and MMDB_strerror's text.
    static Result<std::unique_ptr<GeoResolver>> open(const QString &path);
    const Info &info() const;
    /// Two-letter code; "ZZ" when not found or the record has no country.
    QString lookup(const IpAddress &address) const;
    /// Same, returned as two packed chars for hot paths ('Z','Z' when unknown): first letter in
    /// the high byte, so packed codes sort like the strings.
    uint16_t lookupPacked(const IpAddress &address) const;
    /// Packed form of "ZZ".
    static constexpr uint16_t UnknownPacked = (uint16_t('Z') << 8) | uint16_t('Z');
    /// Packed code → "JP".
    static QString unpack(uint16_t packed);
    /// "jp"/"JP" → packed, upper-cased; UnknownPacked unless two ASCII letters.
    static uint16_t pack(const QString &code);

private:
    GeoResolver();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace teiten
