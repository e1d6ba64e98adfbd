// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

#include <QtGlobal>

#include "flowtuple.h"
#include "result.h"

namespace teiten {

class FlowTupleFilter;
class SqliteDatabase;

/// Where a segment's tuples come from (the row of flow_segments that holds them).
struct FlowSegment {
    qint64 id = 0;
    qint64 fileId = 0;
    qint64 hour = 0;
    int sensorId = 0;
};

/// Reads the flow tuples of a range of hours from their packed segments (FlowSegmentStore), in
/// (hour, segment id) order, decoding one segment at a time so memory stays that of one segment
/// (FlowSegmentStore::MaxTuples at most) whatever the range. Segments come from a file the user may
/// have been handed, so a damaged one is an error naming the workspace, never a crash.
class FlowSegmentScan {
public:
    /// Returns false to stop the scan early (not an error).
    using Visit = std::function<bool(const FlowSegment &segment, const std::vector<FlowTuple> &tuples)>;

    /// The statement run() steps through (its plan is checked by tst_workspaceschema).
    static const char Sql[];

    explicit FlowSegmentScan(SqliteDatabase &db);
    /// Every segment of the hours [firstHour, endHour) whose sensor `filter` accepts. Tuples are
    /// not filtered here: callers test FlowTupleFilter::accepts with what else they need.
    Status run(qint64 firstHour, qint64 endHour, const FlowTupleFilter &filter, const Visit &visit);

private:
    SqliteDatabase &m_db;
};

} // namespace teiten
