// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include "flowtuple.h"
#include "rollupentry.h"
#include "workspacetypes.h"

namespace teiten {
class SqliteDatabase;
}

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

/// One hourly roll-up of a workspace with the segment row it came from.
struct StoredRollup {
    qint64 fileId = 0;
    qint64 hour = 0;
    int sensorId = 0;
    RollupEntry entry;
};

/// Every hourly roll-up of a workspace, decoded row by row with RollupSegmentCodec; nullopt when
/// the workspace or a segment cannot be read.
std::optional<std::vector<StoredRollup>> storedRollups(const QString &workspace);
/// Packets of every stored roll-up (of the regions named, when any); -1 when unreadable.
qint64 rollupPackets(const QString &workspace, const QStringList &regions = {});
/// Stores one roll-up as a segment of its own (fixtures build workspaces entry by entry).
bool insertRollup(SqliteDatabase &db, qint64 fileId, qint64 hour, int sensorId, int proto, int port,
                  const QString &region, qint64 packets, qint64 bytes);

/// Whether `filter` accepts a stored tuple of an hour in [firstHour, endHour), written out field by
/// field (a second implementation beside FlowTupleFilter, for the tests' expectations).
bool plainlyAccepts(const QueryFilter &filter, qint64 firstHour, qint64 endHour, const StoredTuple &s);
/// The same for a stored roll-up (the filter must not name sources: roll-ups have none).
bool plainlyAccepts(const QueryFilter &filter, qint64 firstHour, qint64 endHour, const StoredRollup &r);

} // namespace teiten::test
