// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace teiten::test {

/// ../shared beside the project, or empty when absent (a user's fresh clone): tests that need it
/// call QSKIP with a message naming what is missing.
QString sharedDir();
/// Path under ../shared/data, or empty if ../shared/data is absent.
QString sharedData(const QString &relative);
/// The teiten binary built alongside the tests.
QString teitenBinary();
/// The project's source directory.
QString sourceDir();
/// A whole file's bytes (empty when unreadable) / writes them, replacing the file; false on failure.
QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &data);
/// First column of the first row of `sql` on a workspace opened read-only; -1 on any failure.
qint64 queryScalar(const QString &workspace, const char *sql);
/// What a workspace's flow segments hold in all (every hour, sensor and file), decoded.
struct FlowTotals {
    qint64 tuples = -1;      ///< -1 when the workspace or a segment cannot be read
    qint64 packets = 0;
    qint64 minOffset = -1;   ///< smallest first-packet record offset, -1 with no tuple
};
FlowTotals flowTotals(const QString &workspace);
/// Damages a workspace in place the way quick_check sees and opening does not: the first byte
/// (page type) of `table`'s root page becomes 0, an invalid b-tree page. False if it cannot.
bool damageTableRoot(const QString &workspace, const char *table);
/// SHA-1 of a file's bytes (empty when unreadable): tests compare it before and after an operation.
QByteArray fileSha1(const QString &path);
/// PRAGMA integrity_check of a workspace opened read-only: "ok" when sound, else SQLite's findings.
QString integrityCheck(const QString &path);
/// Writes a classic pcap (Ethernet) of `n` UDP packets from base+i to 192.0.2.1:`port`, one a second
/// from 2013-07-01T00:00Z; `base` and `port` make files differ in content.
bool writeUdpCapture(const QString &path, int n, uint16_t port, uint32_t base);

/// Test data columns "quarter" and "by" with one row per sample quarter (2013Q2, 2013Q3) and
/// ranking dimension (port, region).
void addQuarterByRows();

/// Writes a known-scanner list (the CSV header, then `rows`) to `dir`/scanners.csv and points
/// $TEITEN_SCANNERS at it, so ScannerCatalog::active() uses it; false if it cannot be written.
bool useScannerList(const QString &dir, const QByteArray &rows);

} // namespace teiten::test

#define TEITEN_REQUIRE_SHARED(rel)                                                                 \
    const QString sharedPath_ = teiten::test::sharedData(rel);                                     \
    if (sharedPath_.isEmpty())                                                                     \
        QSKIP(qPrintable(QStringLiteral("../shared/data/%1 is not present; skipping").arg(rel)));
