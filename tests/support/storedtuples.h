// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QString>
#include <QtGlobal>

#include "flowtuple.h"
#include "workspacetypes.h"

namespace teiten::test {

/// One flow tuple of a workspace with the segment row it came from.
struct StoredTuple {
    qint64 fileId = 0;
    qint64 hour = 0;
    int sensorId = 0;
    FlowTuple tuple;
};

/// Every flow tuple of a workspace, decoded row by row with FlowSegmentCodec (not through the
/// scans under test): the reference the tests compute expected figures from. nullopt when the
/// workspace or a segment cannot be read.
std::optional<std::vector<StoredTuple>> storedTuples(const QString &workspace);

/// Whether `filter` accepts a stored tuple of an hour in [firstHour, endHour), written out field by
/// field (a second implementation beside FlowTupleFilter, for the tests' expectations).
bool plainlyAccepts(const QueryFilter &filter, qint64 firstHour, qint64 endHour, const StoredTuple &s);

} // namespace teiten::test
