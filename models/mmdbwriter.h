// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QCoreApplication>
#include <QString>

#include "ipaddress.h"
#include "result.h"

namespace teiten {

/// Writes a MaxMind DB (format 2.0) country database that libmaxminddb reads: the sample network's
/// own database, and test fixtures. Either the GeoLite2/GeoIP2 layout (`country.iso_code`,
/// `country.names.{en,ja}`) or the plain `country_code` layout of public country databases.
/// Owning thread: the caller's.
class MmdbWriter {
    Q_DECLARE_TR_FUNCTIONS(MmdbWriter)

public:
    enum class Layout { GeoLite2Country, PlainCountryCode };

    explicit MmdbWriter(Layout layout, const QString &databaseType = QStringLiteral("Teiten-Country"));
    /// Maps a prefix to an ISO 3166-1 alpha-2 code (written as given). IPv4 a.b.c.d/n goes to
    /// ::a.b.c.d/(96+n), and ::ffff:0:0/96 is aliased to that subtree. Lookups answer with the
    /// longest matching prefix whatever the insertion order; for the same prefix the later wins.
    void insert(const IpPrefix &prefix, const QString &isoCode);
    /// Metadata build_epoch; 0 (default) writes the current time. Set it for reproducible files.
    void setBuildEpoch(quint64 secondsSinceEpoch);
    /// Search-tree record size in bits (24, 28 or 32); 0 (default) picks the smallest that fits.
    /// Lets tests exercise every node layout; a size too small for the tree is raised to fit.
    void setRecordSize(int bits);
    Status write(const QString &path) const;

private:
    struct Entry { IpPrefix prefix; QString iso; };
    Layout m_layout;
    QString m_type;
    quint64 m_buildEpoch = 0;
    int m_recordSize = 0;
    std::vector<Entry> m_entries;
};

} // namespace teiten
