// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include "ipaddress.h"
#include "result.h"

namespace teiten {

/// One known scanner address or prefix, with where the fact comes from.
struct ScannerEntry {
    IpAddress first;
    IpAddress last;
    QString scanner;    ///< "shodan", "censys", …
    QString kind;       ///< "search-engine", "research", …
    QString text;       ///< address or prefix as written
    QString note;
    QString source;     ///< where the fact was published
    QString recorded;   ///< date the entry was recorded (ISO)
    QString valid;      ///< period it is known to hold for ("2013..2016"), may be empty
};

/// Known research and search-engine scanners (Shodan, Censys, …) as a user-updatable CSV file
/// (columns scanner, address_or_prefix, kind, note, source, recorded, valid; '#' lines are comments).
/// The list ships in resources/data/known-scanners.csv; a user's own file replaces it. Sources are
/// matched when a query runs, so editing the file changes every share without re-importing.
/// Immutable after loading; any thread.
class ScannerCatalog {
    Q_DECLARE_TR_FUNCTIONS(ScannerCatalog)
public:
    static const ScannerCatalog &builtIn();
    static Result<ScannerCatalog> parse(const QByteArray &csv, const QString &origin);
    static Result<ScannerCatalog> load(const QString &path);
    /// `path` if given, else the user's file (userPath()) if it exists, else the built-in list.
    static Result<ScannerCatalog> active(const QString &path = {});
    /// Where a user's own list is looked for: $TEITEN_SCANNERS, else <AppData>/known-scanners.csv.
    static QString userPath();

    const QVector<ScannerEntry> &entries() const { return m_entries; }
    QString origin() const { return m_origin; }
    /// SHA-1 (hex) of what decides a source's class (every range and its kind): two lists with
    /// the same fingerprint classify every source alike, whatever their notes or origin.
    QString fingerprint() const;
    /// The entry containing `address` (the narrowest when several do), or nullptr.
    const ScannerEntry *lookup(const IpAddress &address) const;

private:
    QVector<ScannerEntry> m_entries;   ///< by first address
    QString m_origin;
};

} // namespace teiten
