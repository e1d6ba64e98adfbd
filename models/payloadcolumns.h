// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacetypes.h"

namespace teiten {

class SqliteStatement;

/// The decoded payload summary of a flow tuple as query columns: one text for every query that
/// LEFT JOINs `payloads p`, and one reader, so the column list and its order live in one place.
struct PayloadColumns {
    /// Nine columns, NULL (no payload) read as empty/zero.
    static const char sql[];
    static constexpr int count = 9;
    /// Reads the nine columns starting at column `first`.
    static PayloadInfo read(const SqliteStatement &s, int first);
};

} // namespace teiten
