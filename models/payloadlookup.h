// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <unordered_map>

#include "result.h"
#include "workspacetypes.h"

namespace teiten {

class SqliteDatabase;
class SqliteStatement;

/// The payload summaries (table payloads) of flow tuples read from segments, by id: what the flow
/// queries joined in SQL when tuples were rows. Cached up to a bound, since a flood of random DNS
/// names gives every tuple its own summary. Owning thread: the connection's.
class PayloadLookup {
public:
    explicit PayloadLookup(SqliteDatabase &db);
    ~PayloadLookup();
    /// The summary of `id`; empty for 0 or an id the table does not have (as a LEFT JOIN gave).
    Result<PayloadInfo> find(int32_t id);

private:
    SqliteDatabase &m_db;
    std::unique_ptr<SqliteStatement> m_select;
    std::unordered_map<int32_t, PayloadInfo> m_cache;
};

} // namespace teiten
