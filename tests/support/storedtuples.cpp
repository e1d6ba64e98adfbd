// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedtuples.h"

#include <cstring>

#include "flowsegmentcodec.h"
#include "georesolver.h"
#include "hourclock.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

namespace teiten::test {

std::optional<std::vector<StoredTuple>> storedTuples(const QString &workspace)
{
    auto db = SqliteDatabase::open(workspace, SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return std::nullopt;
    auto st = (*db)->prepare("SELECT file_id, hour, sensor_id, data FROM flow_segments;");
    if (!st)
        return std::nullopt;
    std::vector<StoredTuple> out;
    std::vector<FlowTuple> tuples;
    while ((*st)->step()) {
        int size = 0;
        const void *data = (*st)->blobData(3, &size);
        const qint64 hour = (*st)->int64(1);
        tuples.clear();
        if (!FlowSegmentCodec::decode(static_cast<const char *>(data), size_t(size), hour * HourClock::kHourUs, tuples,
                                      nullptr))
            return std::nullopt;
        for (const FlowTuple &t : tuples)
            out.push_back(StoredTuple{(*st)->int64(0), hour, (*st)->integer(2), t});
    }
    if (!(*st)->ok())
        return std::nullopt;
    return out;
}

bool plainlyAccepts(const QueryFilter &f, qint64 firstHour, qint64 endHour, const StoredTuple &s)
{
    const FlowTuple &t = s.tuple;
    if (s.hour < firstHour || s.hour >= endHour)
        return false;
    if (!f.sensorIds.isEmpty() && !f.sensorIds.contains(s.sensorId))
        return false;
    if (f.service && (t.proto != f.service->proto || t.port != f.service->port))
        return false;
    if (f.proto && t.proto != *f.proto)
        return false;
    if (f.port && t.port != *f.port)
        return false;
    if (!f.region.isEmpty() && GeoResolver::unpack(t.region) != f.region)
        return false;
    if (f.sourcePrefix) {
        const IpAddress src = IpAddress::fromBlob(t.src, 16);
        if (src < f.sourcePrefix->first() || f.sourcePrefix->last() < src)
            return false;
    }
    return true;
}

} // namespace teiten::test
