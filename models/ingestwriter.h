// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "flowsegmentstore.h"
#include "flowbatch.h"
#include "result.h"

namespace teiten {

class SqliteDatabase;
class SqliteStatement;

/// Writes the flow tuples of a capture file (FlowBatch, aggregated by FlowAggregator on the reading
/// thread) into the workspace: packed in segments (FlowSegmentStore), one per (hour, sensor) in time
/// order, with the hourly roll-ups per (sensor, service, region) derived from them, also packed
/// (RollupSegmentCodec). Payload summaries get their workspace ids here. Everything per source is
/// read back from the tuples (SourcePartitionScan). The caller owns the transaction.
/// Owning thread: the import thread (the one with the database).
class IngestWriter {
public:
    explicit IngestWriter(SqliteDatabase &db);
    ~IngestWriter();
    Status prepare();

    /// Starts a file (rows are tagged with its id so a forced re-import can remove them).
    void beginFile(qint64 fileId);
    /// Writes a batch of the current file. Its sensor ids must be real ones by now (no
    /// batchsensor:: placeholder); its payload ids are replaced by workspace ids. Consumes the batch.
    Status write(FlowBatch &batch);
    /// Forgets cached payload ids (after a rollback their rows are gone).
    void forgetCaches();

private:
    /// A roll-up of one tuple; keys packed so that integer order is (protocol, service port,
    /// region) order: port + 1 takes 17 bits (fragments are −1), the region 16.
    struct Rollup {
        uint64_t key;
        int64_t packets, bytes;
    };
    /// One roll-up segment for (hour, sensor) of the current file, its entries summed per key.
    /// Empties `rollups`.
    Status writeRollups(int32_t hour, int32_t sensorId, std::vector<Rollup> &rollups);
    Result<int32_t> payloadId(const PayloadSummary &s);
    static FlowTuple tupleOf(const FlowKey &k, const FlowValue &v);

    SqliteDatabase &m_db;
    FlowSegmentStore m_segments;
    qint64 m_fileId = 0;
    std::unordered_map<std::string, int32_t> m_payloadIds;
    std::unique_ptr<SqliteStatement> m_insertRollups, m_findPayload, m_insertPayload;
};

} // namespace teiten
