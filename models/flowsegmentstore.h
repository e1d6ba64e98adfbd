// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QtGlobal>

#include "flowtuple.h"
#include "result.h"

namespace teiten {

class SqliteDatabase;
class SqliteStatement;

/// Writes flow tuples as packed segments (schema v8, table flow_segments): one row per file, hour
/// and sensor holding its tuples as one FlowSegmentCodec blob, in time order. A row per tuple, with
/// the indexes the drill-down needed, was most of an import's cost (1.6 packets per tuple, since a
/// scan sends one packet to each address); a segment is one sequential BLOB write instead.
/// A tuple's id is (segment id << IndexBits) | its index in the segment, so (first_us, id) still
/// orders the flows of a period for keyset paging. Owning thread: the connection's.
class FlowSegmentStore {
public:
    static constexpr int IndexBits = 24;
    /// Tuples per segment at most (a larger set is split): keeps ids unique and one decoded
    /// segment's memory bounded for every reader.
    static constexpr size_t MaxTuples = size_t(1) << 20;
    static_assert(MaxTuples <= (size_t(1) << IndexBits));

    explicit FlowSegmentStore(SqliteDatabase &db);
    ~FlowSegmentStore();
    Status prepare();
    /// Stores the tuples of one file, hour and sensor (sorted here by first_us; stable, so equal
    /// times keep the given order) as one segment per MaxTuples. Empties `tuples`.
    Status write(qint64 fileId, qint64 hour, int sensorId, std::vector<FlowTuple> &tuples);

    static qint64 flowId(qint64 segmentId, size_t index) { return (segmentId << IndexBits) | qint64(index); }

private:
    SqliteDatabase &m_db;
    std::unique_ptr<SqliteStatement> m_insert;
};

} // namespace teiten
