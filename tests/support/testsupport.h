// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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

} // namespace teiten::test

#define TEITEN_REQUIRE_SHARED(rel)                                                                 \
    const QString sharedPath_ = teiten::test::sharedData(rel);                                     \
    if (sharedPath_.isEmpty())                                                                     \
        QSKIP(qPrintable(QStringLiteral("../shared/data/%1 is not present; skipping").arg(rel)));
