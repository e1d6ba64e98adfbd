// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

namespace teiten {

class SqliteDatabase;

/// The workspace's SQL schema and its migrations. `PRAGMA user_version` is the version; each step
/// migrates from the previous one, so a workspace of any older version reaches the current one.
class WorkspaceSchema {
public:
    static constexpr int CurrentVersion = 10;
    static constexpr int ApplicationId = 0x54454954; ///< 'TEIT', marks the file as a Teiten workspace

    /// Creates the current schema in an empty database.
    static Status create(SqliteDatabase &db);
    /// Brings a database of version `from` (1 ≤ from < CurrentVersion) to CurrentVersion in one
    /// transaction.
    static Status migrate(SqliteDatabase &db, int from);
    /// The DDL of an older version (1 ≤ version < CurrentVersion), exactly as it was shipped (for
    /// migration tests); nullptr for any other version.
    static const char *historicalDdl(int version);
    /// The condition of the partial index flow_hour_reply (version 6, gone with flow_hour in
    /// version 8): the flow tuples that could be replies (backscatter). Kept as shipped for the DDL
    /// of versions 6 and 7.
    static constexpr const char *ReplyCandidates =
        "(proto = 6 AND ((tcp_flags & 18) = 18 OR (tcp_flags & 4) = 4))"
        " OR (proto = 1 AND sport IN (0, 3, 11)) OR (proto = 58 AND sport IN (1, 3, 129))"
        " OR (proto = 17 AND (payload_id IS NOT NULL OR (sport >= 0 AND sport <> dport)))";
    /// Tables every valid workspace of the current version has.
    static const char *const *requiredTables();
};

} // namespace teiten
