// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QtGlobal>

#include "result.h"
#include "rollupentry.h"
#include "workspacetypes.h"

namespace teiten {

class SqliteDatabase;

/// Reads the hourly roll-ups of a range of hours from their packed segments (rollup_segments,
/// RollupSegmentCodec), one segment at a time, and hands on the entries a QueryFilter accepts.
/// The filter must not name sources (the roll-ups have none: QueryFilter::needsFlowTuples). Segments
/// come from a file the user may have been handed, so a damaged one is an error naming the
/// workspace, never a crash.
class RollupScan {
public:
    using Visit = std::function<void(qint64 hour, int sensorId, const RollupEntry &entry)>;

    explicit RollupScan(SqliteDatabase &db);
    /// Every accepted entry of the hours [firstHour, endHour), in no particular order.
    Status run(qint64 firstHour, qint64 endHour, const QueryFilter &filter, const Visit &visit);

private:
    SqliteDatabase &m_db;
};

} // namespace teiten
