// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migrations: a workspace of every older version reaches the current schema with the same
// tables and columns as a fresh one, keeps its data, and then stores what the new version adds
// (version 3: the header an ICMP error quotes, which names the victim of backscatter; version 8:
// flow tuples packed in segments, every older tuple moved into them unchanged).
#include <algorithm>
#include <cstring>
#include <limits>
#include <vector>

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include "analysisqueries.h"
#include "backscatterdetector.h"
#include "capturewriter.h"
#include "flowsegmentscan.h"
#include "flowsegmentstore.h"
#include "flowtuplefilter.h"
#include "georesolver.h"
#include "importjob.h"
#include "packetbuilder.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "storedtuples.h"
#include "workspace.h"
#include "workspaceschema.h"

using namespace teiten;

namespace {

/// EXPLAIN QUERY PLAN of `sql` on a new, empty workspace of the current schema, one step a line.
QString planOf(const QByteArray &sql)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return QStringLiteral("no temporary folder");
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.teiten")), Workspace::Mode::ReadWrite);
    if (!ws)
        return ws.error().message;
    auto st = (*ws)->database().prepare(("EXPLAIN QUERY PLAN " + sql).constData());
    if (!st)
        return st.error().message;
    QStringList plan;
    while ((*st)->step())
        plan << (*st)->text(3);
    return plan.join(QLatin1Char('\n'));
}

// 2013-07-01T05:00Z as an hour index and in µs.
constexpr qint64 kHour = 1372636800LL / 3600 + 5;
constexpr qint64 kHourUs = kHour * 3600LL * 1000000;

/// "table: name type notnull default pk; …" for every table, in name order: what a migration must
/// leave exactly as a fresh workspace has it.
QString schemaShape(SqliteDatabase &db)
{
    QStringList out;
    auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;");
    if (!tables)
        return {};
    QStringList names;
    while ((*tables)->step())
        names << (*tables)->text(0);
    for (const QString &t : names) {
        const QByteArray sql = "SELECT name, type, \"notnull\", COALESCE(dflt_value, ''), pk FROM pragma_table_info('"
            + t.toLatin1() + "') ORDER BY cid;";
        auto cols = db.prepare(sql.constData());
        if (!cols)
            return {};
        QStringList c;
        while ((*cols)->step())
            c << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg((*cols)->text(0), (*cols)->text(1))
                     .arg((*cols)->integer(2))
                     .arg((*cols)->text(3))
                     .arg((*cols)->integer(4));
        out << t + QStringLiteral(": ") + c.join(QStringLiteral("; "));
    }
    auto indexes = db.prepare("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name;");
    if (!indexes)
        return {};
    while ((*indexes)->step())
        out << QStringLiteral("index %1 on %2").arg((*indexes)->text(0), (*indexes)->text(1));
    return out.join(QLatin1Char('\n'));
}

qint64 scalar(SqliteDatabase &db, const char *sql)
{
    auto st = db.prepare(sql);
    if (!st || !(*st)->step())
        return -1;
    return (*st)->int64(0);
}

/// Every stored flow tuple, in (hour, segment, index) order.
std::vector<FlowTuple> storedTuples(SqliteDatabase &db)
{
    std::vector<FlowTuple> out;
    const FlowTupleFilter all(QueryFilter{});
    const Status s = FlowSegmentScan(db).run(0, std::numeric_limits<qint64>::max(), all,
                                             [&](const FlowSegment &, const std::vector<FlowTuple> &ts) {
        out.insert(out.end(), ts.begin(), ts.end());
        return true;
    });
    if (!s)
        qWarning() << s.error().message;
    return out;
}

/// An ICMP port-unreachable that router 198.18.0.1 sent to sensor address 198.51.100.7, as version 1
/// and 2 stored it (no quoted header).
QByteArray oldIcmpFlow()
{
    const QByteArray router = IpAddress::fromV4(0xC6120001u).blob().toHex();
    const QByteArray sensor = IpAddress::fromV4(0xC6336407u).blob().toHex();
    return "INSERT INTO flow_hour(file_id, hour, sensor_id, src, dst, proto, port, sport, dport, ttl, tcp_flags, ip_len, "
           "fingerprints, payload_id, region, packets, first_us, last_us, first_offset) VALUES(1, "
        + QByteArray::number(kHour) + ", 1, x'" + router + "', x'" + sensor + "', 1, 0, 3, 3, 60, 0, 56, 0, NULL, 'US', 5, "
        + QByteArray::number(kHourUs) + ", " + QByteArray::number(kHourUs + 1000) + ", 24);";
}

} // namespace

class TestWorkspaceSchema : public QObject {
    Q_OBJECT

private slots:
    void historicalVersionsAreKnown()
    {
        for (int v = 1; v < WorkspaceSchema::CurrentVersion; ++v)
            QVERIFY2(WorkspaceSchema::historicalDdl(v), qPrintable(QString::number(v)));
        QVERIFY(!WorkspaceSchema::historicalDdl(0));
        QVERIFY(!WorkspaceSchema::historicalDdl(WorkspaceSchema::CurrentVersion));
    }

    void migratesEveryOlderVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < WorkspaceSchema::CurrentVersion; ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }

    void migratesEveryOlderVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh.teiten"));
        QString freshShape;
        {
            auto ws = Workspace::open(fresh, Workspace::Mode::ReadWrite);
            QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
            freshShape = schemaShape((*ws)->database());
        }
        QVERIFY(freshShape.contains(QLatin1String("flow_segments: id INTEGER")));
        QVERIFY(!freshShape.contains(QLatin1String("flow_hour")));

        const QString path = dir.filePath(QStringLiteral("old.teiten"));
        {
            auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Create);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            SqliteDatabase &d = **db;
            QVERIFY(d.exec(WorkspaceSchema::historicalDdl(version)));
            const QByteArray app = "PRAGMA application_id = " + QByteArray::number(WorkspaceSchema::ApplicationId) + ";";
            QVERIFY(d.exec(app.constData()));
            const QByteArray ver = "PRAGMA user_version = " + QByteArray::number(version) + ";";
            QVERIFY(d.exec(ver.constData()));
            QVERIFY(d.exec("INSERT INTO sensors(id, name, region, label) VALUES(1, 'jp-01', 'JP', 'Tokyo');"));
            QVERIFY(d.exec("INSERT INTO files(id, path, size, hash, sensor_id, format, link_type, first_us, last_us, "
                           "packets, malformed, status, message, imported_at) VALUES(1, '/old/a.pcap', 100, 'abc', 1, "
                           "'pcap', 1, 0, 0, 5, 0, 'ok', '', 0);"));
            if (version < 8) {
                QVERIFY(d.exec(oldIcmpFlow().constData()));
            } else { // the same tuple, packed as version 8 stored it (beside its per-source row, which goes)
                FlowTuple t;
                std::memcpy(t.src, IpAddress::fromV4(0xC6120001u).bytes(), 16);
                std::memcpy(t.dst, IpAddress::fromV4(0xC6336407u).bytes(), 16);
                t.proto = 1;
                t.sport = 3;
                t.dport = 3;
                t.ttl = 60;
                t.ipLength = 56;
                t.region = GeoResolver::pack(QStringLiteral("US"));
                t.packets = 5;
                t.firstUs = kHourUs;
                t.lastUs = kHourUs + 1000;
                t.firstOffset = 24;
                FlowSegmentStore store(d);
                QVERIFY(store.prepare());
                std::vector<FlowTuple> one{t};
                QVERIFY(store.write(1, kHour, 1, one));
                if (version == 8) { // beside its per-source row, which goes
                    const QByteArray row = "INSERT INTO source_hour VALUES(1, 0, " + QByteArray::number(kHour) + ", x'"
                        + IpAddress::fromV4(0xC6120001u).blob().toHex() + "', 1, 1, 'US', 5, 0, 0, 0);";
                    QVERIFY(d.exec(row.constData()));
                }
            }
            // Its hourly roll-ups, and another hour's: each (file, hour, sensor) becomes one segment.
            const QByteArray rollups = "INSERT INTO rollup_hour(hour, sensor_id, proto, port, region, file_id, packets, "
                                       "bytes) VALUES(" + QByteArray::number(kHour) + ", 1, 1, 0, 'US', 1, 5, 280), ("
                + QByteArray::number(kHour) + ", 1, 6, 445, 'CN', 1, 7, 280), (" + QByteArray::number(kHour + 1)
                + ", 1, 17, 53, 'JP', 1, 2, 128);";
            QVERIFY(d.exec(rollups.constData()));
        }
        {
            auto ws = Workspace::open(path, Workspace::Mode::ReadWrite);
            QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
            SqliteDatabase &d = (*ws)->database();
            QCOMPARE(scalar(d, "PRAGMA user_version;"), qint64(WorkspaceSchema::CurrentVersion));
            QCOMPARE(schemaShape(d), freshShape);
            // The roll-ups live in two segments, whole.
            QCOMPARE(scalar(d, "SELECT COUNT(*) FROM rollup_segments WHERE file_id = 1 AND sensor_id = 1;"), qint64(2));
            const auto rollups = test::storedRollups(path);
            QVERIFY(rollups && rollups->size() == 3);
            QVERIFY(std::any_of(rollups->begin(), rollups->end(), [](const test::StoredRollup &r) {
                return r.hour == kHour + 1 && r.entry.proto == 17 && r.entry.port == 53
                    && GeoResolver::unpack(r.entry.region) == QLatin1String("JP") && r.entry.packets == 2
                    && r.entry.bytes == 128;
            }));
            // The old tuple now lives in a segment, whole.
            QCOMPARE(scalar(d, "SELECT COUNT(*) FROM flow_segments WHERE file_id = 1 AND sensor_id = 1 AND tuples = 1;"), qint64(1));
            const std::vector<FlowTuple> tuples = storedTuples(d);
            QCOMPARE(tuples.size(), size_t(1));
            const FlowTuple &t = tuples.front();
            QCOMPARE(IpAddress::fromBlob(t.src, 16).toString(), QStringLiteral("198.18.0.1"));
            QCOMPARE(IpAddress::fromBlob(t.dst, 16).toString(), QStringLiteral("198.51.100.7"));
            QCOMPARE(int(t.proto), 1);
            QCOMPARE(t.sport, 3);
            QCOMPARE(t.dport, 3);
            QCOMPARE(int(t.ttl), 60);
            QCOMPARE(int(t.ipLength), 56);
            QCOMPARE(GeoResolver::unpack(t.region), QStringLiteral("US"));
            QCOMPARE(t.packets, qint64(5));
            QCOMPARE(t.firstUs, kHourUs);
            QCOMPARE(t.lastUs, kHourUs + 1000);
            QCOMPARE(t.firstOffset, qint64(24));
            QCOMPARE(t.payloadId, 0);
            QVERIFY(!t.quoted);
        }
        // The old flow is still a reply; without a quoted header its sender stands for the victim.
        auto ws = Workspace::open(path, Workspace::Mode::ReadOnly);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        AnalysisQueries q(**ws);
        auto flows = q.replyFlows(kHourUs, kHourUs + 3600LL * 1000000);
        QVERIFY2(flows, flows ? "" : qPrintable(flows.error().message));
        QCOMPARE(flows->size(), 1);
        QVERIFY(!flows->first().quoted);
        QCOMPARE(BackscatterDetector::victimOf(flows->first()).toString(), QStringLiteral("198.18.0.1"));
    }

    void migratedWorkspaceStoresQuotedHeaders()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("v2.teiten"));
        {
            auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Create);
            QVERIFY(db);
            QVERIFY((*db)->exec(WorkspaceSchema::historicalDdl(2)));
            const QByteArray app = "PRAGMA application_id = " + QByteArray::number(WorkspaceSchema::ApplicationId) + ";";
            QVERIFY((*db)->exec(app.constData()));
            QVERIFY((*db)->exec("PRAGMA user_version = 2;"));
        }
        // Router 198.18.0.1 reports that a UDP datagram from our 198.51.100.7 to 203.0.113.77 was
        // undeliverable: the datagram was forged by someone flooding 203.0.113.77.
        const QString capture = dir.filePath(QStringLiteral("sensor/a.pcap"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sensor"))));
        {
            auto w = CaptureWriter::create(capture, {});
            QVERIFY(w);
            PacketBuilder b;
            PacketBuilder::IpFields ip;
            ip.src = IpAddress::fromV4(0xC6120001u);
            ip.dst = IpAddress::fromV4(0xC6336407u);
            PacketBuilder::IpFields quoted;
            quoted.src = ip.dst;
            quoted.dst = IpAddress::fromV4(0xCB00714Du);
            const size_t len = b.icmpUnreachableQuotingUdp(ip, 1, quoted, 40000, 53);
            QVERIFY(len > 0);
            QVERIFY((*w)->write(kHourUs * 1000, b.frame().left(int(len))));
            QVERIFY((*w)->close());
        }
        ImportParams p;
        p.workspacePath = path;
        p.paths = {capture};
        p.sensor = QStringLiteral("sensor");
        const ImportReport r = ImportJob(p).run();
        QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
        QCOMPARE(r.packets, qint64(1));
        auto ws = Workspace::open(path, Workspace::Mode::ReadOnly);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        QCOMPARE(scalar((*ws)->database(), "PRAGMA user_version;"), qint64(WorkspaceSchema::CurrentVersion));
        const std::vector<FlowTuple> stored = storedTuples((*ws)->database());
        QCOMPARE(stored.size(), size_t(1));
        QVERIFY(stored.front().quoted);
        QCOMPARE(int(stored.front().quotedProto), 17);
        QCOMPARE(stored.front().quotedDport, 53);
        AnalysisQueries q(**ws);
        auto flows = q.replyFlows(kHourUs, kHourUs + 3600LL * 1000000);
        QVERIFY(flows);
        QCOMPARE(flows->size(), 1);
        const ReplyFlow &f = flows->first();
        QVERIFY(f.quoted);
        QCOMPARE(f.src.toString(), QStringLiteral("198.18.0.1"));
        QCOMPARE(f.quotedSrc.toString(), QStringLiteral("198.51.100.7"));
        QCOMPARE(f.quotedDst.toString(), QStringLiteral("203.0.113.77"));
        QCOMPARE(BackscatterDetector::victimOf(f).toString(), QStringLiteral("203.0.113.77"));
    }

    /// Version 7's flow rows, of two files, three hours and two sensors, with IPv6, quoted ICMP
    /// errors and payloads, come out of version 8's segments exactly as they went in, and page in
    /// (first_us, id) order.
    void packsVersion7Flows()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("v7.teiten"));
        struct Row { int file, sensor; qint64 us; QString src, dst; int proto, port, sport, dport, ttl, flags, len, payload;
                     QString region; qint64 packets, offset; int ipId; qint64 seq; int firstSport; QString qsrc, qdst; };
        QVector<Row> rows;
        for (int i = 0; i < 240; ++i) {
            const int hour = i % 3, sensor = 1 + (i / 3) % 2, file = 1 + (i / 6) % 2;
            const bool v6 = i % 5 == 0, quoted = i % 7 == 0;
            rows.push_back({file, sensor, kHourUs + hour * 3600LL * 1000000 + (i * 7919) % 3600000000LL,
                            v6 ? QStringLiteral("2001:db8::%1").arg(i, 0, 16) : QStringLiteral("192.0.2.%1").arg(i % 250),
                            QStringLiteral("198.51.100.%1").arg(i % 200), quoted ? 1 : (i % 2 ? 6 : 17),
                            quoted ? 0 : 1000 + i, quoted ? 3 : (i % 4 == 0 ? 53 : -1), quoted ? 3 : 1000 + i, 30 + i % 200,
                            i % 2 ? 2 : 0, 40 + i, i % 11 == 0 ? 1 : 0, i % 3 ? QStringLiteral("JP") : QStringLiteral("CN"),
                            1 + i % 4, (qint64(1) << 33) + i, i * 17 % 65536, qint64(4000000000LL) + i, 40000 + i,
                            quoted ? QStringLiteral("198.51.100.9") : QString(), quoted ? QStringLiteral("203.0.113.%1").arg(i % 99) : QString()});
        }
        {
            auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Create);
            QVERIFY(db);
            SqliteDatabase &d = **db;
            QVERIFY(d.exec(WorkspaceSchema::historicalDdl(7)));
            const QByteArray app = "PRAGMA application_id = " + QByteArray::number(WorkspaceSchema::ApplicationId) + ";";
            QVERIFY(d.exec(app.constData()));
            QVERIFY(d.exec("PRAGMA user_version = 7;"));
            QVERIFY(d.exec("INSERT INTO sensors(id, name) VALUES(1, 'a'), (2, 'b');"
                           "INSERT INTO payloads(id, key, kind, response, qname, qtype) VALUES(1, 'k', 'dns', 0, 'example.com', 255);"));
            for (int f = 1; f <= 2; ++f)
                QVERIFY(d.exec(QStringLiteral("INSERT INTO files(id, path, size, hash, sensor_id, status, imported_at) "
                                              "VALUES(%1, '/f%1', 1, 'h%1', 1, 'ok', 0);").arg(f).toLatin1().constData()));
            auto ins = d.prepare("INSERT INTO flow_hour(file_id, hour, sensor_id, src, dst, proto, port, sport, dport, ttl, "
                                 "tcp_flags, ip_len, fingerprints, payload_id, region, packets, first_us, last_us, first_offset, "
                                 "first_ip_id, first_seq, first_sport, quoted_src, quoted_dst, quoted_proto, quoted_dport) "
                                 "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);");
            QVERIFY(ins);
            for (const Row &r : rows) {
                SqliteStatement &q = **ins;
                q.reset();
                q.bind(1, r.file);
                q.bind(2, int64_t(r.us / (3600LL * 1000000)));
                q.bind(3, r.sensor);
                q.bindBlob(4, IpAddress::parse(r.src)->blob());
                q.bindBlob(5, IpAddress::parse(r.dst)->blob());
                q.bind(6, r.proto);
                q.bind(7, r.port);
                q.bind(8, r.sport);
                q.bind(9, r.dport);
                q.bind(10, r.ttl);
                q.bind(11, r.flags);
                q.bind(12, r.len);
                q.bind(13, 0);
                if (r.payload)
                    q.bind(14, r.payload);
                else
                    q.bindNull(14);
                q.bind(15, r.region);
                q.bind(16, int64_t(r.packets));
                q.bind(17, int64_t(r.us));
                q.bind(18, int64_t(r.us + 5));
                q.bind(19, int64_t(r.offset));
                q.bind(20, r.ipId);
                q.bind(21, int64_t(r.seq));
                q.bind(22, r.firstSport);
                if (r.qsrc.isEmpty()) {
                    q.bindNull(23);
                    q.bindNull(24);
                } else {
                    q.bindBlob(23, IpAddress::parse(r.qsrc)->blob());
                    q.bindBlob(24, IpAddress::parse(r.qdst)->blob());
                }
                q.bind(25, r.qsrc.isEmpty() ? 0 : 17);
                q.bind(26, r.qsrc.isEmpty() ? 0 : 53);
                QVERIFY2(q.run(), qPrintable(d.lastError()));
            }
        }
        auto ws = Workspace::open(path, Workspace::Mode::ReadWrite);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        SqliteDatabase &d = (*ws)->database();
        QCOMPARE(scalar(d, "PRAGMA user_version;"), qint64(WorkspaceSchema::CurrentVersion));
        QCOMPARE(scalar(d, "SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'flow_hour%';"), qint64(0));
        QCOMPARE(scalar(d, "SELECT SUM(tuples) FROM flow_segments;"), qint64(rows.size()));
        // One segment per (file, hour, sensor) present: 2 × 3 × 2.
        QCOMPARE(scalar(d, "SELECT COUNT(*) FROM flow_segments;"), qint64(12));

        // Every row, as the drill-down reads it, in pages of 7.
        auto period = Period::parse(QStringLiteral("2013-07-01"));
        QVERIFY(period);
        QVector<FlowRow> paged;
        std::optional<FlowCursor> after;
        for (;;) {
            auto page = (*ws)->flows(*period, {}, after, 7);
            QVERIFY2(page, page ? "" : qPrintable(page.error().message));
            paged += *page;
            if (page->size() < 7)
                break;
            after = FlowCursor{page->last().firstUs, page->last().id};
        }
        QCOMPARE(paged.size(), rows.size());
        QCOMPARE(*(*ws)->flowCount(*period, {}), qint64(rows.size()));
        QSet<qint64> ids;
        for (int i = 0; i < paged.size(); ++i) {
            ids.insert(paged[i].id);
            if (i)
                QVERIFY(paged[i - 1].firstUs < paged[i].firstUs
                        || (paged[i - 1].firstUs == paged[i].firstUs && paged[i - 1].id < paged[i].id));
        }
        QCOMPARE(ids.size(), paged.size());
        auto text = [](qint64 us, int sensor, const QString &src, const QString &dst, int proto, int port, int sport,
                       int dport, int ttl, int flags, int len, bool payload, const QString &region, qint64 packets,
                       qint64 offset, int ipId, qint64 seq, int firstSport, qint64 file) {
            return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13 %14 %15 %16 %17 %18 %19")
                .arg(us).arg(sensor).arg(src, dst).arg(proto).arg(port).arg(sport).arg(dport).arg(ttl).arg(flags).arg(len)
                .arg(payload).arg(region).arg(packets).arg(offset).arg(ipId).arg(seq).arg(firstSport).arg(file);
        };
        QStringList want, got;
        for (const Row &r : rows)
            want << text(r.us, r.sensor, IpAddress::parse(r.src)->toString(), r.dst, r.proto, r.port, r.sport, r.dport, r.ttl, r.flags, r.len,
                         r.payload != 0, r.region, r.packets, r.offset, r.ipId, r.seq, r.firstSport, r.file);
        for (const FlowRow &f : paged) {
            got << text(f.firstUs, f.sensorId, f.src.toString(), f.dst.toString(), f.proto, f.service.port, f.srcPort,
                        f.dstPort, f.ttl, f.tcpFlags, f.ipLength, f.payload.qname == QLatin1String("example.com"),
                        f.region, f.packets, f.fileOffset, f.firstIpId, f.firstSeq, f.firstSrcPort, f.fileId);
            QCOMPARE(f.sensor, f.sensorId == 1 ? QStringLiteral("a") : QStringLiteral("b"));
            QCOMPARE(f.lastUs, f.firstUs + 5);
        }
        want.sort();
        got.sort();
        QCOMPARE(got, want);
        // The quoted headers came along: the backscatter victims.
        AnalysisQueries q(**ws);
        auto replies = q.replyFlows(period->startUs(), period->endUs());
        QVERIFY(replies);
        int quoted = 0;
        for (const ReplyFlow &r : *replies)
            if (r.quoted) {
                ++quoted;
                QCOMPARE(r.quotedSrc.toString(), QStringLiteral("198.51.100.9"));
                QVERIFY(r.quotedDst.toString().startsWith(QLatin1String("203.0.113.")));
            }
        QCOMPARE(quoted, int(std::count_if(rows.begin(), rows.end(), [](const Row &r) { return !r.qsrc.isEmpty(); })));
    }

    /// Backscatter's reply search keeps exactly the tuples that can be replies, in time order
    /// across segments (two sensors' segments of one hour interleave in time).
    void replyFlowsAreTheReplies()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.teiten")), Workspace::Mode::ReadWrite);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        SqliteDatabase &d = (*ws)->database();
        QVERIFY(d.exec("INSERT INTO payloads(id, key, kind, response) VALUES(1, 'dns-answer', 'dns', 1), (2, 'dns-query', 'dns', 0);"));
        // (proto, sport, dport, flags, payload, reply?): sport −1 is a folded ephemeral port.
        struct Tuple { int proto, sport, dport, flags, payload; bool reply; };
        const Tuple tuples[] = {
            {6, 80, 40000, 0x12, 0, true},  {6, 80, 40001, 0x04, 0, true},  {6, 80, 40002, 0x14, 0, true},
            {6, -1, 23, 0x02, 0, false},    {6, -1, 80, 0x10, 0, false},    {1, 3, 3, 0, 0, true},
            {1, 0, 0, 0, 0, true},          {1, 11, 11, 0, 0, true},        {1, 8, 8, 0, 0, false},
            {58, 129, 129, 0, 0, true},     {58, 1, 1, 0, 0, true},         {58, 128, 128, 0, 0, false},
            {17, 53, 40000, 0, 0, true},    {17, -1, 53, 0, 1, true},       {17, -1, 53, 0, 2, false},
            {17, -1, 53, 0, 0, false},      {17, 53, 53, 0, 2, false},      {17, 123, 123, 0, 0, false},
        };
        std::vector<FlowTuple> sensor[2];
        int replies = 0, i = 0;
        for (const Tuple &t : tuples) {
            FlowTuple f;
            std::memcpy(f.src, IpAddress::fromV4(0xC6120001u + uint32_t(i)).bytes(), 16);
            std::memcpy(f.dst, f.src, 16);
            f.proto = uint8_t(t.proto);
            f.port = t.proto == 6 || t.proto == 17 ? t.dport : 0;
            f.sport = t.sport;
            f.dport = t.dport;
            f.ttl = 60;
            f.tcpFlags = uint8_t(t.flags);
            f.ipLength = 40;
            f.payloadId = t.payload;
            f.region = uint16_t(('U' << 8) | 'S');
            f.packets = 1;
            f.firstUs = f.lastUs = kHourUs + i;
            f.firstOffset = 24;
            sensor[i % 2].push_back(f);
            replies += t.reply;
            ++i;
        }
        FlowSegmentStore store(d);
        QVERIFY(store.write(1, kHour, 1, sensor[0]));
        QVERIFY(store.write(1, kHour, 2, sensor[1]));
        AnalysisQueries q(**ws);
        auto flows = q.replyFlows(kHourUs, kHourUs + 3600LL * 1000000);
        QVERIFY2(flows, flows ? "" : qPrintable(flows.error().message));
        QCOMPARE(flows->size(), replies);
        for (int k = 1; k < flows->size(); ++k) // time order, as the detector needs it
            QVERIFY((*flows)[k - 1].firstUs < (*flows)[k].firstUs);
        QCOMPARE(q.replyFlows(kHourUs + 3600LL * 1000000, kHourUs + 2 * 3600LL * 1000000)->size(), 0);
        QCOMPARE(replies, 10);
        // A sensor filter keeps that sensor's segment only.
        QueryFilter one;
        one.sensorIds = {2};
        auto two = q.replyFlows(kHourUs, kHourUs + 3600LL * 1000000, one);
        QVERIFY(two);
        for (const ReplyFlow &r : *two)
            QCOMPARE(r.sensorId, 2);
        QVERIFY(two->size() > 0 && two->size() < replies);
    }

    /// Every flow query reads the segments of its hours through the hour index, in order: no
    /// scan of the table and no sort.
    void segmentsAreReadByHour()
    {
        const QString text = planOf(FlowSegmentScan::Sql);
        QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("USING INDEX flow_segments_hour (hour>? AND hour<?)")), qPrintable(text));
    }

    /// A damaged segment is an error naming the workspace and the segment, never a crash or a
    /// silently short answer.
    void damagedSegmentIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("w.teiten"));
        auto ws = Workspace::open(path, Workspace::Mode::ReadWrite);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        SqliteDatabase &d = (*ws)->database();
        std::vector<FlowTuple> tuples(3);
        for (size_t k = 0; k < tuples.size(); ++k) {
            std::memcpy(tuples[k].src, IpAddress::fromV4(0xC6120001u).bytes(), 16);
            tuples[k].firstUs = tuples[k].lastUs = kHourUs + qint64(k);
            tuples[k].packets = 1;
        }
        QVERIFY(FlowSegmentStore(d).write(1, kHour, 1, tuples));
        auto period = Period::parse(QStringLiteral("2013-07-01"));
        QCOMPARE(*(*ws)->flowCount(*period, {}), qint64(3));
        for (const char *damage : {"UPDATE flow_segments SET data = substr(data, 1, length(data) - 1);",
                                   "UPDATE flow_segments SET data = x'01';", "UPDATE flow_segments SET tuples = 4;",
                                   "UPDATE flow_segments SET data = x'0200';"}) {
            QVERIFY(d.exec("SAVEPOINT damage;"));
            QVERIFY(d.exec(damage));
            auto count = (*ws)->flowCount(*period, {});
            QVERIFY2(!count, damage);
            QVERIFY2(count.error().message.contains(path), qPrintable(count.error().message));
            QVERIFY2(count.error().message.contains(QLatin1String("segment 1")), qPrintable(count.error().message));
            QVERIFY(!(*ws)->flows(*period, {}, std::nullopt, 10));
            QVERIFY(!AnalysisQueries(**ws).replyFlows(period->startUs(), period->endUs()));
            QVERIFY(d.exec("ROLLBACK TO damage; RELEASE damage;"));
        }
        QCOMPARE(*(*ws)->flowCount(*period, {}), qint64(3));
    }

    void damagedRollupSegmentIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("w.teiten"));
        auto ws = Workspace::open(path, Workspace::Mode::ReadWrite);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        SqliteDatabase &d = (*ws)->database();
        QVERIFY(test::insertRollup(d, 1, kHour, 1, 6, 445, QStringLiteral("CN"), 7, 280));
        const Period period = *Period::parse(QStringLiteral("2013-07-01"));
        auto ranking = (*ws)->rankingLive(Dimension::Service, period, {}, false, nullptr, 0);
        QVERIFY(ranking);
        QCOMPARE(ranking->totalPackets, qint64(7));
        for (const char *damage : {"UPDATE rollup_segments SET data = substr(data, 1, length(data) - 1);",
                                   "UPDATE rollup_segments SET data = x'01';", "UPDATE rollup_segments SET data = x'0200';",
                                   "UPDATE rollup_segments SET data = data || x'00';"}) {
            QVERIFY(d.exec("SAVEPOINT damage;"));
            QVERIFY(d.exec(damage));
            for (const auto &r : {(*ws)->rankingLive(Dimension::Region, period, {}, false, nullptr, 0)}) {
                QVERIFY2(!r, damage);
                QVERIFY2(r.error().message.contains(path) && r.error().message.contains(QLatin1String("roll-up segment 1")),
                         qPrintable(r.error().message));
            }
            QVERIFY2(!(*ws)->seriesLive(Dimension::Service, period, {}, {QStringLiteral("445/TCP")}, Bucket::Hour), damage);
            QVERIFY2(!(*ws)->sensorBreakdown(period, {}), damage);
            QVERIFY(d.exec("ROLLBACK TO damage; RELEASE damage;"));
        }
        QCOMPARE((*ws)->rankingLive(Dimension::Service, period, {}, false, nullptr, 0)->totalPackets, qint64(7));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSchema)
#include "tst_workspaceschema.moc"
