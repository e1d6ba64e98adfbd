// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

/// Test data columns "quarter" and "by" with one row per sample quarter (2013Q2, 2013Q3) and
/// ranking dimension (port, region).
void addQuarterByRows();

/// Outcome of one run of the teiten binary; code is −1 when it crashed or timed out.
struct TeitenRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
};
/// Runs the built teiten binary with `args` and waits for it (killing it after `timeoutMs`).
TeitenRun runTeiten(const QStringList &args, int timeoutMs = 300000);

/// Writes a known-scanner list (the CSV header, then `rows`) to `dir`/scanners.csv and points
/// $TEITEN_SCANNERS at it, so ScannerCatalog::active() uses it; false if it cannot be written.
bool useScannerList(const QString &dir, const QByteArray &rows);

} // namespace teiten::test

#define TEITEN_REQUIRE_SHARED(rel)                                                                 \
    const QString sharedPath_ = teiten::test::sharedData(rel);                                     \
    if (sharedPath_.isEmpty())                                                                     \
        QSKIP(qPrintable(QStringLiteral("../shared/data/%1 is not present; skipping").arg(rel)));
