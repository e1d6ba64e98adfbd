// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migrations: a workspace of every older version reaches the current schema with the same
// tables and columns as a fresh one, keeps its data, and then stores what the new version adds
// (version 3: the header an ICMP error quotes, which names the victim of backscatter; version 4: the
// index that pages a region's flows in time order).
#include <QTemporaryDir>
#include <QtTest>

#include "analysisqueries.h"
#include "backscatterdetector.h"
#include "capturewriter.h"
#include "importjob.h"
#include "packetbuilder.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "sqlwhere.h"
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
        QVERIFY(freshShape.contains(QLatin1String("quoted_dst BLOB 0")));

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
            QVERIFY(d.exec(oldIcmpFlow().constData()));
        }
        {
            auto ws = Workspace::open(path, Workspace::Mode::ReadWrite);
            QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
            SqliteDatabase &d = (*ws)->database();
            QCOMPARE(scalar(d, "PRAGMA user_version;"), qint64(WorkspaceSchema::CurrentVersion));
            QCOMPARE(schemaShape(d), freshShape);
            QCOMPARE(scalar(d, "SELECT COUNT(*) FROM flow_hour WHERE quoted_dst IS NULL AND quoted_proto = 0;"), qint64(1));
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
        QCOMPARE(scalar((*ws)->database(), "SELECT quoted_proto * 100000 + quoted_dport FROM flow_hour;"), qint64(17 * 100000 + 53));
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

    /// Backscatter reads the tuples that can be replies through the partial index of version 5; its
    /// condition must keep every reply AnalysisQueries::replyFlows recognises and nothing it needs
    /// more, so the answer is the same as from reading every tuple.
    void replyFlowsReadThePartialIndex()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto ws = Workspace::open(dir.filePath(QStringLiteral("w.teiten")), Workspace::Mode::ReadWrite);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        SqliteDatabase &d = (*ws)->database();
        QVERIFY(d.exec("INSERT INTO payloads(id, key, kind, response) VALUES(1, 'dns-answer', 'dns', 1), (2, 'dns-query', 'dns', 0);"));
        // (proto, sport, dport, flags, payload, reply?): sport −1 is a folded ephemeral port.
        struct Tuple { int proto, sport, dport, flags; const char *payload; bool reply; };
        const Tuple tuples[] = {
            {6, 80, 40000, 0x12, "NULL", true},  {6, 80, 40001, 0x04, "NULL", true},  {6, 80, 40002, 0x14, "NULL", true},
            {6, -1, 23, 0x02, "NULL", false},    {6, -1, 80, 0x10, "NULL", false},    {1, 3, 3, 0, "NULL", true},
            {1, 0, 0, 0, "NULL", true},          {1, 11, 11, 0, "NULL", true},        {1, 8, 8, 0, "NULL", false},
            {58, 129, 129, 0, "NULL", true},     {58, 1, 1, 0, "NULL", true},         {58, 128, 128, 0, "NULL", false},
            {17, 53, 40000, 0, "NULL", true},    {17, -1, 53, 0, "1", true},          {17, -1, 53, 0, "2", false},
            {17, -1, 53, 0, "NULL", false},      {17, 53, 53, 0, "2", false},         {17, 123, 123, 0, "NULL", false},
        };
        int replies = 0, i = 0;
        for (const Tuple &t : tuples) {
            const QByteArray src = IpAddress::fromV4(0xC6120001u + uint32_t(i)).blob().toHex();
            const QByteArray sql = "INSERT INTO flow_hour(file_id, hour, sensor_id, src, dst, proto, port, sport, dport, ttl, "
                                   "tcp_flags, ip_len, fingerprints, payload_id, region, packets, first_us, last_us, first_offset) "
                                   "VALUES(1, " + QByteArray::number(kHour) + ", 1, x'" + src + "', x'" + src + "', "
                + QByteArray::number(t.proto) + ", " + QByteArray::number(t.proto == 6 || t.proto == 17 ? t.dport : 0) + ", "
                + QByteArray::number(t.sport) + ", " + QByteArray::number(t.dport) + ", 60, " + QByteArray::number(t.flags)
                + ", 40, 0, " + t.payload + ", 'US', 1, " + QByteArray::number(kHourUs + i) + ", "
                + QByteArray::number(kHourUs + i) + ", 24);";
            QVERIFY2(d.exec(sql.constData()), qPrintable(d.lastError()));
            replies += t.reply;
            ++i;
        }
        AnalysisQueries q(**ws);
        auto flows = q.replyFlows(kHourUs, kHourUs + 3600LL * 1000000);
        QVERIFY2(flows, flows ? "" : qPrintable(flows.error().message));
        QCOMPARE(flows->size(), replies);
        for (int k = 1; k < flows->size(); ++k) // time order, as the detector needs it
            QVERIFY((*flows)[k - 1].firstUs <= (*flows)[k].firstUs);
        QCOMPARE(q.replyFlows(kHourUs + 3600LL * 1000000, kHourUs + 2 * 3600LL * 1000000)->size(), 0);
        QCOMPARE(replies, 10);
        const QByteArray inIndex = "SELECT COUNT(*) FROM flow_hour INDEXED BY flow_hour_reply WHERE first_us > 0 AND ("
            + QByteArray(WorkspaceSchema::ReplyCandidates) + ");";
        QCOMPARE(scalar(d, inIndex.constData()), qint64(12)); // and two UDP tuples with a query payload
    }

    /// Drill-down pages ask for the next flows of one region, service or source in (first_us, id)
    /// order; each must be read in index order, never by sorting the period's flows.
    void flowPagesFollowAnIndex_data()
    {
        QTest::addColumn<QByteArray>("condition");
        QTest::addColumn<QByteArray>("order");
        QTest::newRow("region") << QByteArray("f.region = 'JP'") << QByteArray("f.first_us, f.id");
        QTest::newRow("service") << QByteArray("f.proto = 17 AND f.port = 53") << QByteArray("f.first_us, f.id");
        // Workspace::flows with a source: the period's hours as a list, hour-first order (v7).
        QTest::newRow("one source")
            << SqlWhere::hourListCondition("f.hour") + " AND f.src = x'00000000000000000000ffffc6336407'"
            << QByteArray("f.hour, f.first_us, f.id");
    }

    void flowPagesFollowAnIndex()
    {
        QFETCH(QByteArray, condition);
        QFETCH(QByteArray, order);
        // The shape of Workspace::flows: period, filter, keyset cursor, time order, page size.
        const QString text = planOf("SELECT f.id FROM flow_hour f LEFT JOIN sensors s ON s.id = f.sensor_id "
                                    "LEFT JOIN payloads p ON p.id = f.payload_id WHERE f.first_us >= 1 AND f.first_us < 9 AND "
                                    + condition + " AND (f.first_us, f.id) > (2, 0) ORDER BY " + order + " LIMIT 500;");
        QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("SEARCH f USING INDEX")), qPrintable(text));
    }

    /// The burst check "do these sources hit other destinations in the day around?" seeks the
    /// source in each hour of that window, never reading the window's every tuple (v7).
    void sourceElsewhereSeeksEachHour()
    {
        const QString text = planOf("SELECT 1 FROM flow_hour o WHERE " + SqlWhere::hourListCondition("o.hour")
                                    + " AND o.src = x'00000000000000000000ffffc6336407' AND o.dst <> x'00';");
        QVERIFY2(text.contains(QLatin1String("flow_hour_src_by_hour (hour=? AND src=?)")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSchema)
#include "tst_workspaceschema.moc"
