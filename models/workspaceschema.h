// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

namespace teiten {

class SqliteDatabase;

/// The workspace's SQL schema and its migrations. `PRAGMA user_version` is the version; each step
/// migrates from the previous one, so a workspace of any older version reaches the current one.
class WorkspaceSchema {
public:
    static constexpr int CurrentVersion = 5;
    static constexpr int ApplicationId = 0x54454954; ///< 'TEIT', marks the file as a Teiten workspace

    /// Creates the current schema in an empty database.
    static Status create(SqliteDatabase &db);
    /// Brings a database of version `from` (1 ≤ from < CurrentVersion) to CurrentVersion in one
    /// transaction.
    static Status migrate(SqliteDatabase &db, int from);
    /// The DDL of an older version (1 ≤ version < CurrentVersion), exactly as it was shipped (for
    /// migration tests); nullptr for any other version.
    static const char *historicalDdl(int version);
    /// Tables every valid workspace of the current version has.
    static const char *const *requiredTables();
};

} // namespace teiten
