// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceschema.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <map>
#include <tuple>
#include <vector>

#include <QByteArray>
#include <QCoreApplication>

#include "flowsegmentstore.h"
#include "georesolver.h"
#include "ipaddress.h"
#include "rollupentry.h"
#include "rollupsegmentcodec.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

namespace teiten {

namespace {

// Version 1, as first shipped. Never edit: migrations and their tests start from it.
const char kDdlV1[] = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sensors(
    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, region TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL DEFAULT '', included INTEGER NOT NULL DEFAULT 1);
CREATE TABLE sensor_addresses(
    sensor_id INTEGER NOT NULL REFERENCES sensors(id), text TEXT NOT NULL,
    first BLOB NOT NULL, last BLOB NOT NULL, PRIMARY KEY(sensor_id, text)) WITHOUT ROWID;
CREATE TABLE files(
    id INTEGER PRIMARY KEY, path TEXT NOT NULL, size INTEGER NOT NULL, hash TEXT NOT NULL,
    sensor_id INTEGER REFERENCES sensors(id), format TEXT NOT NULL DEFAULT '', link_type INTEGER,
    first_us INTEGER, last_us INTEGER, packets INTEGER NOT NULL DEFAULT 0,
    malformed INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL, message TEXT NOT NULL DEFAULT '',
    imported_at INTEGER NOT NULL);
CREATE UNIQUE INDEX files_hash ON files(hash);
CREATE TABLE payloads(
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, response INTEGER NOT NULL,
    qname TEXT, qtype INTEGER, qclass INTEGER, rd INTEGER, edns_size INTEGER, opcode INTEGER,
    rcode INTEGER, answers INTEGER, ntp_mode INTEGER, ntp_code INTEGER, detail TEXT);
CREATE TABLE rollup_hour(
    hour INTEGER NOT NULL, sensor_id INTEGER NOT NULL, proto INTEGER NOT NULL, port INTEGER NOT NULL,
    region TEXT NOT NULL, file_id INTEGER NOT NULL, packets INTEGER NOT NULL, bytes INTEGER NOT NULL,
    PRIMARY KEY(hour, sensor_id, proto, port, region, file_id)) WITHOUT ROWID;
CREATE TABLE source_hour(
    proto INTEGER NOT NULL, port INTEGER NOT NULL, hour INTEGER NOT NULL, src BLOB NOT NULL,
    sensor_id INTEGER NOT NULL, file_id INTEGER NOT NULL, region TEXT NOT NULL,
    packets INTEGER NOT NULL, first_us INTEGER NOT NULL, last_us INTEGER NOT NULL,
    fingerprints INTEGER NOT NULL,
    PRIMARY KEY(proto, port, hour, src, sensor_id, file_id)) WITHOUT ROWID;
CREATE TABLE flow_hour(
    id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL, hour INTEGER NOT NULL, sensor_id INTEGER NOT NULL,
    src BLOB NOT NULL, dst BLOB NOT NULL, proto INTEGER NOT NULL, port INTEGER NOT NULL,
    sport INTEGER NOT NULL, dport INTEGER NOT NULL, ttl INTEGER NOT NULL, tcp_flags INTEGER NOT NULL,
    ip_len INTEGER NOT NULL, fingerprints INTEGER NOT NULL, payload_id INTEGER, region TEXT NOT NULL,
    packets INTEGER NOT NULL, first_us INTEGER NOT NULL, last_us INTEGER NOT NULL,
    first_offset INTEGER NOT NULL);
CREATE INDEX flow_hour_service ON flow_hour(proto, port, first_us, id);
)SQL";

// Version 2: frames without IP are counted apart from malformed ones; flows keep the first
// packet's IP ID, TCP sequence number and real source port (ephemeral ports are folded in the key);
// known-scanner ranges live in the workspace so the list can be updated without re-importing.
const char kMigrateV1ToV2[] = R"SQL(
ALTER TABLE files ADD COLUMN non_ip INTEGER NOT NULL DEFAULT 0;
ALTER TABLE flow_hour ADD COLUMN first_ip_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE flow_hour ADD COLUMN first_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE flow_hour ADD COLUMN first_sport INTEGER NOT NULL DEFAULT 0;
CREATE TABLE scanner_ranges(
    first BLOB NOT NULL, last BLOB NOT NULL, scanner TEXT NOT NULL, kind TEXT NOT NULL,
    text TEXT NOT NULL, source TEXT NOT NULL DEFAULT '', PRIMARY KEY(first, last, scanner)) WITHOUT ROWID;
CREATE INDEX flow_hour_src ON flow_hour(src, first_us);
)SQL";

// Version 3: ICMP and ICMPv6 errors keep the header of the packet they quote. In backscatter the
// quoted packet is the attacker's spoofed one (source: our sensor address, destination: the
// flooded host), so the victim is the quoted destination, not the router that sent the error.
// NULL for everything else and for flows imported before version 3.
const char kMigrateV2ToV3[] = R"SQL(
ALTER TABLE flow_hour ADD COLUMN quoted_src BLOB;
ALTER TABLE flow_hour ADD COLUMN quoted_dst BLOB;
ALTER TABLE flow_hour ADD COLUMN quoted_proto INTEGER NOT NULL DEFAULT 0;
ALTER TABLE flow_hour ADD COLUMN quoted_dport INTEGER NOT NULL DEFAULT 0;
)SQL";

// Version 4: a region's flows page in time order through an index. The drill-down from a region
// asks for "the next 500 flows of JP after (first_us, id)"; without an index led by region every page
// sorted the period's flows (12.7 s a page at 20.9 M packets). The service index covers port drill-downs.
const char kMigrateV3ToV4[] = R"SQL(
CREATE INDEX flow_hour_region ON flow_hour(region, first_us, id);
)SQL";

// Version 5: stored period summaries (PeriodSummaryStore): a quarter's rankings with previous
// ranks, distinct sources and scanner classes, and the daily series of their first keys, computed
// once by the writer so that reading a quarter does not scan the per-source roll-ups. Each records
// the data it was computed from (the range and a stamp of the files in it) and the scanner list.
const char kMigrateV4ToV5[] = R"SQL(
CREATE TABLE period_summaries(
    period TEXT NOT NULL, dimension INTEGER NOT NULL, day_offset INTEGER NOT NULL,
    start_us INTEGER NOT NULL, end_us INTEGER NOT NULL, data_stamp TEXT NOT NULL,
    scanner_hash TEXT NOT NULL, total_packets INTEGER NOT NULL, total_sources INTEGER NOT NULL,
    previous_total_packets INTEGER NOT NULL, key_count INTEGER NOT NULL, daily_totals BLOB NOT NULL,
    built_at INTEGER NOT NULL,
    PRIMARY KEY(period, dimension, day_offset)) WITHOUT ROWID;
CREATE TABLE period_summary_rows(
    period TEXT NOT NULL, dimension INTEGER NOT NULL, day_offset INTEGER NOT NULL, rank INTEGER NOT NULL,
    key TEXT NOT NULL, packets INTEGER NOT NULL, sources INTEGER NOT NULL,
    previous_rank INTEGER NOT NULL, previous_packets INTEGER NOT NULL,
    other_packets INTEGER NOT NULL, other_sources INTEGER NOT NULL, daily BLOB,
    PRIMARY KEY(period, dimension, day_offset, rank)) WITHOUT ROWID;
CREATE UNIQUE INDEX period_summary_rows_key ON period_summary_rows(period, dimension, day_offset, key);
CREATE TABLE period_summary_classes(
    period TEXT NOT NULL, dimension INTEGER NOT NULL, day_offset INTEGER NOT NULL, key TEXT NOT NULL,
    class TEXT NOT NULL, packets INTEGER NOT NULL, sources INTEGER NOT NULL,
    PRIMARY KEY(period, dimension, day_offset, key, class)) WITHOUT ROWID;
)SQL";

// Version 6: backscatter. The events' reply search (SYN-ACK/RST, ICMP errors and echo replies, UDP
// answers) scanned every flow tuple of the period: 5–6 s at 3 M packets. A partial index holds
// only the tuples that can be replies (about a tenth), in time order, so imports add an entry for
// those only. Its condition is WorkspaceSchema::ReplyCandidates; the text below must never change.
const QByteArray &migrateV5ToV6()
{
    static const QByteArray sql =
        QByteArray("CREATE INDEX flow_hour_reply ON flow_hour(first_us, id) WHERE ") + WorkspaceSchema::ReplyCandidates + ";";
    return sql;
}

// Version 7: the one-source index is led by the hour. `(src, first_us)` put each new tuple at a random
// place in a B-tree as large as the workspace, so every commit rewrote about one index page per tuple
// (a third of the import's CPU at 3 M packets, more as the workspace grows). Led by the hour, a file's
// entries land in its own day's corner of the tree. A source's flows are read hour by hour instead
// (`hour IN` the period's hours, then `src = ?`): one seek per hour, still in time order.
const char kMigrateV6ToV7[] = R"SQL(
DROP INDEX flow_hour_src;
CREATE INDEX flow_hour_src_by_hour ON flow_hour(hour, src, first_us);
)SQL";

// Version 8: flow tuples packed per file, hour and sensor (FlowSegmentStore), one BLOB per segment
// instead of a row per tuple with four indexes: those rows and indexes were 57 % of an import's CPU
// at 3 M packets. flow_hour's rows are packed by packFlowTuples() and the table dropped; the
// reply index of version 6 goes with it (the backscatter search reads the segments instead).
const char kMigrateV7ToV8[] = R"SQL(
CREATE TABLE flow_segments(
    id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL, hour INTEGER NOT NULL, sensor_id INTEGER NOT NULL,
    tuples INTEGER NOT NULL, data BLOB NOT NULL);
CREATE INDEX flow_segments_hour ON flow_segments(hour);
CREATE INDEX flow_segments_file ON flow_segments(file_id);
)SQL";

/// Moves every row of flow_hour (version 7) into segments, then drops the table. Rows are read in
/// id order (a file's rows are contiguous) and buffered up to a bound, so memory stays bounded
/// whatever the workspace's size; a (file, hour, sensor) split across two flushes becomes two
/// segments, which readers treat like any other two.
Status packFlowTuples(SqliteDatabase &db)
{
    auto st = db.prepare("SELECT file_id, hour, sensor_id, src, dst, proto, port, sport, dport, ttl, tcp_flags, ip_len, "
                         "fingerprints, COALESCE(payload_id, 0), region, packets, first_us, last_us, first_offset, "
                         "first_ip_id, first_seq, first_sport, quoted_src, quoted_dst, quoted_proto, quoted_dport "
                         "FROM flow_hour ORDER BY id;");
    if (!st)
        return st.error();
    FlowSegmentStore store(db);
    if (auto s = store.prepare(); !s)
        return s;
    constexpr size_t kBuffered = size_t(1) << 18;
    std::map<std::tuple<qint64, qint64, int>, std::vector<FlowTuple>> groups;
    size_t buffered = 0;
    auto flush = [&]() -> Status {
        for (auto &[key, tuples] : groups)
            if (auto s = store.write(std::get<0>(key), std::get<1>(key), std::get<2>(key), tuples); !s)
                return s;
        groups.clear();
        buffered = 0;
        return Ok{};
    };
    auto address = [](const SqliteStatement &q, int col, uint8_t *out) {
        int size = 0;
        const void *b = q.blobData(col, &size);
        std::memcpy(out, IpAddress::fromBlob(b, size).bytes(), 16);
    };
    SqliteStatement &q = **st;
    while (q.step()) {
        FlowTuple t;
        address(q, 3, t.src);
        address(q, 4, t.dst);
        t.proto = uint8_t(q.integer(5));
        t.port = q.integer(6);
        t.sport = q.integer(7);
        t.dport = q.integer(8);
        t.ttl = uint8_t(q.integer(9));
        t.tcpFlags = uint8_t(q.integer(10));
        t.ipLength = uint16_t(q.integer(11));
        t.fingerprints = uint8_t(q.integer(12));
        t.payloadId = int32_t(std::clamp<int64_t>(q.int64(13), 0, INT32_MAX));
        t.region = GeoResolver::pack(q.text(14));
        t.packets = q.int64(15);
        t.firstUs = q.int64(16);
        t.lastUs = q.int64(17);
        t.firstOffset = q.int64(18);
        t.firstIpId = uint16_t(q.integer(19));
        t.firstSeq = uint32_t(q.int64(20));
        t.firstSport = uint16_t(q.integer(21));
        if (!q.isNull(23)) {
            t.quoted = true;
            address(q, 22, t.quotedSrc);
            address(q, 23, t.quotedDst);
            t.quotedProto = uint8_t(q.integer(24));
            t.quotedDport = q.integer(25);
        }
        groups[{q.int64(0), q.int64(1), q.integer(2)}].push_back(t);
        if (++buffered >= kBuffered)
            if (auto s = flush(); !s)
                return s;
    }
    if (!q.ok())
        return Error{Error::Code::Database, db.lastError()};
    if (auto s = flush(); !s)
        return s;
    (*st).reset(); // finalized: an unfinished statement would lock the table it reads
    return db.exec("DROP TABLE flow_hour;");
}

Status migrateV7ToV8(SqliteDatabase &db)
{
    if (auto s = db.exec(kMigrateV7ToV8); !s)
        return s;
    return packFlowTuples(db);
}

// Version 9: the per-source hourly roll-ups go. Everything they answered (distinct sources, a
// source's packets, source-filtered rankings) is read from the flow tuples, which hold the same
// (service, hour, sensor, source) and more (SourcePartitionScan bounds the memory of a group by
// source). Writing them was half of an import's CPU at 3 M packets: a row per (service, hour,
// source, sensor, file) in a B-tree led by the service, so each file's rows landed all over it.
const char kMigrateV8ToV9[] = R"SQL(
DROP TABLE source_hour;
)SQL";

// Version 10: the hourly roll-ups packed per file, hour and sensor (RollupSegmentCodec), one BLOB
// instead of a row per (hour, sensor, service, region, file): a port scan makes nearly every such
// key its own row (1.32 M rows for 1.87 M flow tuples at 3 M packets), and inserting them was most
// of what a version 9 import spent. rollup_hour's rows are packed by packRollups() and the table
// dropped.
const char kMigrateV9ToV10[] = R"SQL(
CREATE TABLE rollup_segments(
    id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL, hour INTEGER NOT NULL, sensor_id INTEGER NOT NULL,
    entries INTEGER NOT NULL, data BLOB NOT NULL);
CREATE INDEX rollup_segments_hour ON rollup_segments(hour);
CREATE INDEX rollup_segments_file ON rollup_segments(file_id);
)SQL";

/// Moves every row of rollup_hour (version 9) into segments, one per (file, hour, sensor), then
/// drops the table. The rows come in that order (SQLite sorts them, spilling to disk if it must), so
/// one segment's entries are held at a time.
Status packRollups(SqliteDatabase &db)
{
    auto st = db.prepare("SELECT file_id, hour, sensor_id, proto, port, region, packets, bytes FROM rollup_hour "
                         "ORDER BY file_id, hour, sensor_id, proto, port, region;");
    if (!st)
        return st.error();
    auto insert = db.prepare("INSERT INTO rollup_segments(file_id, hour, sensor_id, entries, data) VALUES(?,?,?,?,?);");
    if (!insert)
        return insert.error();
    std::vector<RollupEntry> entries;
    qint64 fileId = 0, hour = 0;
    int sensorId = 0;
    auto flush = [&]() -> Status {
        if (entries.empty())
            return Ok{};
        SqliteStatement &q = **insert;
        q.bind(1, int64_t(fileId));
        q.bind(2, int64_t(hour));
        q.bind(3, int64_t(sensorId));
        q.bind(4, int64_t(entries.size()));
        q.bindBlob(5, RollupSegmentCodec::encode(entries));
        entries.clear();
        if (!q.run())
            return Error{Error::Code::Database, db.lastError()};
        return Ok{};
    };
    SqliteStatement &q = **st;
    while (q.step()) {
        if (q.int64(0) != fileId || q.int64(1) != hour || q.integer(2) != sensorId) {
            if (auto s = flush(); !s)
                return s;
            fileId = q.int64(0);
            hour = q.int64(1);
            sensorId = q.integer(2);
        }
        RollupEntry e;
        e.proto = uint8_t(q.integer(3));
        e.port = q.integer(4);
        e.region = GeoResolver::pack(q.text(5));
        e.packets = std::max<int64_t>(q.int64(6), 1);
        e.bytes = std::max<int64_t>(q.int64(7), 0);
        entries.push_back(e);
    }
    if (!q.ok())
        return Error{Error::Code::Database, db.lastError()};
    if (auto s = flush(); !s)
        return s;
    (*st).reset(); // finalized: an unfinished statement would lock the table it reads
    (*insert).reset();
    return db.exec("DROP TABLE rollup_hour;");
}

Status migrateV9ToV10(SqliteDatabase &db)
{
    if (auto s = db.exec(kMigrateV9ToV10); !s)
        return s;
    return packRollups(db);
}

const char *const kRequired[] = {"meta", "sensors", "sensor_addresses", "files", "payloads", "rollup_segments",
                                  "flow_segments", "scanner_ranges", "period_summaries",
                                  "period_summary_rows", "period_summary_classes", nullptr};

Status setVersion(SqliteDatabase &db, int v)
{
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(v) + ";";
    return db.exec(sql.constData());
}

} // namespace

const char *WorkspaceSchema::historicalDdl(int version)
{
    // Each older version is version 1 plus the migrations up to it, exactly as shipped.
    static const QByteArray v2 = QByteArray(kDdlV1) + kMigrateV1ToV2;
    static const QByteArray v3 = v2 + kMigrateV2ToV3;
    static const QByteArray v4 = v3 + kMigrateV3ToV4;
    static const QByteArray v5 = v4 + kMigrateV4ToV5;
    static const QByteArray v6 = v5 + migrateV5ToV6();
    static const QByteArray v7 = v6 + kMigrateV6ToV7;
    // Version 8's migration also packed flow_hour's rows into segments before dropping it.
    static const QByteArray v8 = v7 + kMigrateV7ToV8 + "DROP TABLE flow_hour;\n";
    static const QByteArray v9 = v8 + kMigrateV8ToV9;
    switch (version) {
    case 1: return kDdlV1;
    case 2: return v2.constData();
    case 3: return v3.constData();
    case 4: return v4.constData();
    case 5: return v5.constData();
    case 6: return v6.constData();
    case 7: return v7.constData();
    case 8: return v8.constData();
    case 9: return v9.constData();
    default: return nullptr;
    }
}

const char *const *WorkspaceSchema::requiredTables()
{
    return kRequired;
}

Status WorkspaceSchema::create(SqliteDatabase &db)
{
    if (auto s = db.exec("BEGIN IMMEDIATE;"); !s)
        return s;
    // The current schema is v1 plus every migration: one definition, so fresh and migrated
    // workspaces cannot drift apart.
    Status s = db.exec(kDdlV1);
    if (s)
        s = db.exec(kMigrateV1ToV2);
    if (s)
        s = db.exec(kMigrateV2ToV3);
    if (s)
        s = db.exec(kMigrateV3ToV4);
    if (s)
        s = db.exec(kMigrateV4ToV5);
    if (s)
        s = db.exec(migrateV5ToV6().constData());
    if (s)
        s = db.exec(kMigrateV6ToV7);
    if (s)
        s = migrateV7ToV8(db);
    if (s)
        s = db.exec(kMigrateV8ToV9);
    if (s)
        s = migrateV9ToV10(db);
    if (s) {
        const QByteArray app = "PRAGMA application_id = " + QByteArray::number(ApplicationId) + ";";
        s = db.exec(app.constData());
    }
    if (s)
        s = setVersion(db, CurrentVersion);
    if (!s) {
        db.exec("ROLLBACK;");
        return s;
    }
    return db.exec("COMMIT;");
}

Status WorkspaceSchema::migrate(SqliteDatabase &db, int from)
{
    if (from < 1 || from > CurrentVersion)
        return Error{Error::Code::Unsupported,
                     QCoreApplication::translate("WorkspaceSchema", "%1: cannot migrate from schema version %2")
                         .arg(db.path())
                         .arg(from)};
    if (auto s = db.exec("BEGIN IMMEDIATE;"); !s)
        return s;
    Status s = Ok{};
    if (from < 2)
        s = db.exec(kMigrateV1ToV2);
    if (s && from < 3)
        s = db.exec(kMigrateV2ToV3);
    if (s && from < 4)
        s = db.exec(kMigrateV3ToV4);
    if (s && from < 5)
        s = db.exec(kMigrateV4ToV5);
    if (s && from < 6)
        s = db.exec(migrateV5ToV6().constData());
    if (s && from < 7)
        s = db.exec(kMigrateV6ToV7);
    if (s && from < 8)
        s = migrateV7ToV8(db);
    if (s && from < 9)
        s = db.exec(kMigrateV8ToV9);
    if (s && from < 10)
        s = migrateV9ToV10(db);
    if (s)
        s = setVersion(db, CurrentVersion);
    if (!s) {
        db.exec("ROLLBACK;");
        return Error{Error::Code::Database,
                     QCoreApplication::translate("WorkspaceSchema", "%1: migration from version %2 failed: %3")
                         .arg(db.path())
                         .arg(from)
                         .arg(s.error().message)};
    }
    return db.exec("COMMIT;");
}

} // namespace teiten
