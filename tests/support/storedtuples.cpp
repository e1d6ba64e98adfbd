// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedtuples.h"

#include <cstring>

#include "flowsegmentcodec.h"
#include "georesolver.h"
#include "hourclock.h"
#include "rollupsegmentcodec.h"
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

std::optional<std::vector<StoredRollup>> storedRollups(const QString &workspace)
{
    auto db = SqliteDatabase::open(workspace, SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return std::nullopt;
    auto st = (*db)->prepare("SELECT file_id, hour, sensor_id, data FROM rollup_segments;");
    if (!st)
        return std::nullopt;
    std::vector<StoredRollup> out;
    std::vector<RollupEntry> entries;
    while ((*st)->step()) {
        int size = 0;
        const void *data = (*st)->blobData(3, &size);
        entries.clear();
        if (!RollupSegmentCodec::decode(static_cast<const char *>(data), size_t(size), entries))
            return std::nullopt;
        for (const RollupEntry &e : entries)
            out.push_back(StoredRollup{(*st)->int64(0), (*st)->int64(1), (*st)->integer(2), e});
    }
    if (!(*st)->ok())
        return std::nullopt;
    return out;
}

qint64 rollupPackets(const QString &workspace, const QStringList &regions)
{
    const auto rollups = storedRollups(workspace);
    if (!rollups)
        return -1;
    qint64 packets = 0;
    for (const StoredRollup &r : *rollups)
        if (regions.isEmpty() || regions.contains(GeoResolver::unpack(r.entry.region)))
            packets += r.entry.packets;
    return packets;
}

bool insertRollup(SqliteDatabase &db, qint64 fileId, qint64 hour, int sensorId, int proto, int port,
                  const QString &region, qint64 packets, qint64 bytes)
{
    RollupEntry e;
    e.proto = uint8_t(proto);
    e.port = port;
    e.region = GeoResolver::pack(region);
    e.packets = packets;
    e.bytes = bytes;
    auto st = db.prepare("INSERT INTO rollup_segments(file_id, hour, sensor_id, entries, data) VALUES(?,?,?,1,?);");
    if (!st)
        return false;
    (*st)->bind(1, int64_t(fileId));
    (*st)->bind(2, int64_t(hour));
    (*st)->bind(3, int64_t(sensorId));
    (*st)->bindBlob(4, RollupSegmentCodec::encode({e}));
    return (*st)->run();
}

namespace {

bool acceptsKey(const QueryFilter &f, qint64 firstHour, qint64 endHour, qint64 hour, int sensorId, int proto, int port,
                uint16_t region)
{
    if (hour < firstHour || hour >= endHour)
        return false;
    if (!f.sensorIds.isEmpty() && !f.sensorIds.contains(sensorId))
        return false;
    if (f.service && (proto != f.service->proto || port != f.service->port))
        return false;
    if (f.proto && proto != *f.proto)
        return false;
    if (f.port && port != *f.port)
        return false;
    return f.region.isEmpty() || GeoResolver::unpack(region) == f.region;
}

} // namespace

bool plainlyAccepts(const QueryFilter &f, qint64 firstHour, qint64 endHour, const StoredRollup &r)
{
    Q_ASSERT(!f.sourcePrefix);
    return acceptsKey(f, firstHour, endHour, r.hour, r.sensorId, r.entry.proto, r.entry.port, r.entry.region);
}

bool plainlyAccepts(const QueryFilter &f, qint64 firstHour, qint64 endHour, const StoredTuple &s)
{
    const FlowTuple &t = s.tuple;
    if (!acceptsKey(f, firstHour, endHour, s.hour, s.sensorId, t.proto, t.port, t.region))
        return false;
    if (f.sourcePrefix) {
        const IpAddress src = IpAddress::fromBlob(t.src, 16);
        if (src < f.sourcePrefix->first() || f.sourcePrefix->last() < src)
            return false;
    }
    return true;
}

} // namespace teiten::test
