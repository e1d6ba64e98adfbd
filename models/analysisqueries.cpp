// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisqueries.h"

#include <QSet>

#include "hourclock.h"
#include "payloadcolumns.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "sqlwhere.h"
#include "workspace.h"
#include "workspaceschema.h"

namespace teiten {

namespace {

using HourClock::endHourOf;
using HourClock::hourOf;
using HourClock::kHourUs;

Error queryError(SqliteDatabase &db)
{
    return Error{Error::Code::Database,
                 QCoreApplication::translate("AnalysisQueries", "%1: query failed: %2").arg(db.path(), db.lastError())};
}

IpAddress addressAt(const SqliteStatement &st, int col)
{
    int size = 0;
    const void *b = st.blobData(col, &size);
    return IpAddress::fromBlob(b, size);
}

/// Restricts to the hours overlapping the range and then to tuples first seen inside it: flow
/// tuples are hourly, so this is exact at hour boundaries (periods and days are whole hours).
SqlWhere sliceWhere(qint64 startUs, qint64 endUs, const QueryFilter &filter)
{
    SqlWhere w("f.", true);
    w.addHoursOf(startUs, endUs);
    w.addSourceHourList(filter, startUs, endUs);
    w.addFilter(filter);
    return w;
}

} // namespace

Result<QVector<FlowGroup>> AnalysisQueries::flowGroups(qint64 startUs, qint64 endUs, const QueryFilter &filter,
                                                        int limit)
{
    SqliteDatabase &db = m_ws.database();
    const SqlWhere w = sliceWhere(startUs, endUs, filter);
    const QByteArray sql =
        QByteArray("SELECT f.src, f.ttl, CASE WHEN f.sport < 0 THEN f.first_sport ELSE f.sport END, f.fingerprints, ")
        + PayloadColumns::sql + ", SUM(f.packets) "
        "FROM flow_hour f LEFT JOIN payloads p ON p.id = f.payload_id" + w.sql()
        + " GROUP BY 1, 2, 3, 4, f.payload_id ORDER BY 14 DESC LIMIT ?;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    const int next = w.bind(**st);
    (*st)->bind(next, int64_t(std::max(limit, 0)));
    QVector<FlowGroup> out;
    while ((*st)->step()) {
        const SqliteStatement &s = **st;
        FlowGroup g;
        g.src = addressAt(s, 0);
        g.ttl = s.integer(1);
        g.srcPort = s.integer(2);
        g.fingerprints = s.integer(3);
        g.payload = PayloadColumns::read(s, 4);
        g.packets = s.int64(4 + PayloadColumns::count);
        out.push_back(g);
    }
    if (!(*st)->ok())
        return queryError(db);
    return out;
}

Result<QVector<ReplyFlow>> AnalysisQueries::replyFlows(qint64 startUs, qint64 endUs, const QueryFilter &filter)
{
    SqliteDatabase &db = m_ws.database();
    SqlWhere w = sliceWhere(startUs, endUs, filter);
    // TCP with ACK+SYN or RST; ICMP echo reply (0), unreachable (3), time exceeded (11); ICMPv6
    // unreachable (1), time exceeded (3), echo reply (129); UDP that decodes as a response or comes
    // from a service port (ingest folds ephemeral source ports to −1, so a kept port is a server's).
    // For ICMP the tuple keeps the type in sport.
    w.addRaw("(f.proto = 6 AND ((f.tcp_flags & 18) = 18 OR (f.tcp_flags & 4) = 4))"
             " OR (f.proto = 1 AND f.sport IN (0, 3, 11))"
             " OR (f.proto = 58 AND f.sport IN (1, 3, 129))"
             " OR (f.proto = 17 AND (p.response = 1 OR (f.sport >= 0 AND f.sport <> f.dport)))",
             {});
    // The index of the tuples that can be replies (schema v6), already in (first_us, id) order: its
    // condition as a term lets SQLite use it (INDEXED BY makes a mismatch an error, not a scan), and
    // the tuples' first_us lies in their hour, so this bound equals the hour bound.
    w.addRaw(WorkspaceSchema::ReplyCandidates, {});
    w.addTimeUs("first_us", hourOf(startUs) * kHourUs, endHourOf(endUs) * kHourUs);
    const QByteArray sql =
        "SELECT f.src, f.dst, f.region, f.sensor_id, f.proto, CASE WHEN f.sport < 0 THEN f.first_sport ELSE f.sport END, "
        "f.dport, f.tcp_flags, COALESCE(p.response, 0), COALESCE(p.kind, ''), f.first_us, f.last_us, f.packets, "
        "f.quoted_src, f.quoted_dst "
        "FROM flow_hour f INDEXED BY flow_hour_reply LEFT JOIN payloads p ON p.id = f.payload_id" + w.sql()
        + " ORDER BY f.first_us, f.id;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    w.bind(**st);
    QVector<ReplyFlow> out;
    while ((*st)->step()) {
        const SqliteStatement &s = **st;
        ReplyFlow r;
        r.src = addressAt(s, 0);
        r.dst = addressAt(s, 1);
        r.region = s.text(2);
        r.sensorId = s.integer(3);
        r.proto = uint8_t(s.integer(4));
        r.srcPort = s.integer(5);
        r.dstPort = s.integer(6);
        r.tcpFlags = s.integer(7);
        r.payloadResponse = s.integer(8) != 0;
        r.payloadKind = s.text(9);
        r.firstUs = s.int64(10);
        r.lastUs = s.int64(11);
        r.packets = s.int64(12);
        if (!s.isNull(14)) {
            r.quoted = true;
            r.quotedSrc = addressAt(s, 13);
            r.quotedDst = addressAt(s, 14);
        }
        out.push_back(r);
    }
    if (!(*st)->ok())
        return queryError(db);
    return out;
}

Result<QVector<RequestBurst>> AnalysisQueries::requestBursts(qint64 startUs, qint64 endUs, int minSources)
{
    SqliteDatabase &db = m_ws.database();
    const qint64 firstHour = hourOf(startUs), endHour = endHourOf(endUs);
    SqlWhere w = sliceWhere(startUs, endUs, {});
    // TCP SYN without ACK or RST; UDP that does not decode as a response; ICMP/ICMPv6 echo request
    // (the tuple keeps the ICMP type in sport).
    const QByteArray requests =
        "((f.proto = 6 AND (f.tcp_flags & 22) = 2)"
        " OR (f.proto = 17 AND COALESCE(p.response, 0) = 0)"
        " OR (f.proto = 1 AND f.sport = 8) OR (f.proto = 58 AND f.sport = 128))";
    w.addRaw(requests, {});
    // A burst at one address needs that many sources at its (proto, port, hour) in all, and
    // source_hour holds exactly the flow tuples' (proto, port, hour, src) (written from the same
    // tuples), so only those hours are read, through flow_hour_service, instead of every tuple of
    // the period: the scan of the whole flow table was 9–12 s of `teiten events` at 3 M packets.
    const QByteArray sql =
        "WITH busy(proto, port, hour) AS (SELECT proto, port, hour FROM source_hour WHERE hour >= ? AND hour < ? "
        "GROUP BY proto, port, hour HAVING COUNT(DISTINCT src) >= ?) "
        "SELECT f.dst, f.proto, f.port, f.hour, MIN(f.sensor_id), COUNT(DISTINCT f.src), SUM(f.packets), "
        "MIN(f.first_us), MAX(f.last_us) FROM busy b CROSS JOIN flow_hour f ON f.proto = b.proto AND f.port = b.port "
        "AND f.first_us >= b.hour * 3600000000 AND f.first_us < (b.hour + 1) * 3600000000 "
        "LEFT JOIN payloads p ON p.id = f.payload_id" + w.sql()
        + " GROUP BY f.dst, f.proto, f.port, f.hour HAVING COUNT(DISTINCT f.src) >= ? ORDER BY f.hour, f.dst;";
    static_assert(kHourUs == 3600000000LL, "the hour bounds in the statement above");
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    (*st)->bind(1, int64_t(firstHour));
    (*st)->bind(2, int64_t(endHour));
    (*st)->bind(3, int64_t(std::max(minSources, 1)));
    const int next = w.bind(**st, 4);
    (*st)->bind(next, int64_t(std::max(minSources, 1)));
    QVector<RequestBurst> out;
    while ((*st)->step()) {
        const SqliteStatement &s = **st;
        RequestBurst b;
        b.dst = addressAt(s, 0);
        b.proto = uint8_t(s.integer(1));
        b.port = s.integer(2);
        b.hour = s.int64(3);
        b.sensorId = s.integer(4);
        b.sources = s.int64(5);
        b.packets = s.int64(6);
        b.firstUs = s.int64(7);
        b.lastUs = s.int64(8);
        out.push_back(b);
    }
    if (!(*st)->ok())
        return queryError(db);

    // The few bursts found get a closer look: TTLs, flags, and whether their sources scan elsewhere.
    const QByteArray one = " FROM flow_hour f LEFT JOIN payloads p ON p.id = f.payload_id WHERE f.proto = ? AND f.port = ? "
                           "AND f.first_us >= ? AND f.first_us < ? AND f.hour = ? AND f.dst = ? AND " + requests;
    auto ttl = db.prepare(("SELECT f.ttl, SUM(f.packets)" + one + " GROUP BY f.ttl ORDER BY 2 DESC, 1;").constData());
    auto flags = db.prepare(("SELECT f.tcp_flags, SUM(f.packets)" + one + " GROUP BY 1 ORDER BY 2 DESC LIMIT 1;").constData());
    auto ports = db.prepare(("SELECT SUM(f.packets)" + one
                             + " GROUP BY CASE WHEN f.sport < 0 THEN f.first_sport ELSE f.sport END ORDER BY 1 DESC LIMIT 1;")
                                .constData());
    auto elsewhere = db.prepare(("SELECT COUNT(DISTINCT f.src)" + one
                                 + " AND EXISTS(SELECT 1 FROM flow_hour o WHERE " + SqlWhere::hourListCondition("o.hour")
                                 + " AND o.src = f.src AND o.dst <> f.dst);").constData());
    if (!ttl)
        return ttl.error();
    if (!flags)
        return flags.error();
    if (!elsewhere)
        return elsewhere.error();
    if (!ports)
        return ports.error();
    constexpr qint64 kDayUs = 24 * kHourUs;
    for (RequestBurst &b : out) {
        auto bindOne = [&b](SqliteStatement &q) {
            q.bind(1, int64_t(b.proto));
            q.bind(2, int64_t(b.port));
            q.bind(3, int64_t(b.hour * kHourUs));
            q.bind(4, int64_t((b.hour + 1) * kHourUs));
            q.bind(5, int64_t(b.hour));
            q.bindBlob(6, b.dst.bytes(), 16);
        };
        bindOne(**ttl);
        while ((*ttl)->step())
            b.ttls.push_back({(*ttl)->integer(0), (*ttl)->int64(1)});
        const bool ttlOk = (*ttl)->ok();
        (*ttl)->reset();
        bindOne(**flags);
        if ((*flags)->step())
            b.tcpFlags = (*flags)->integer(0);
        const bool flagsOk = (*flags)->ok();
        (*flags)->reset();
        bindOne(**ports);
        if ((*ports)->step() && b.packets > 0)
            b.topSourcePortShare = double((*ports)->int64(0)) / double(b.packets);
        const bool portsOk = (*ports)->ok();
        (*ports)->reset();
        bindOne(**elsewhere);
        // The hours from a day before the burst's to a day after it, one seek each in
        // flow_hour_src_by_hour (tuples lie in their hour, so this is the same window as in time).
        (*elsewhere)->bind(7, int64_t(b.hour - kDayUs / kHourUs));
        (*elsewhere)->bind(8, int64_t(b.hour + 1 + kDayUs / kHourUs));
        if ((*elsewhere)->step())
            b.sourcesElsewhere = (*elsewhere)->int64(0);
        const bool elsewhereOk = (*elsewhere)->ok();
        (*elsewhere)->reset();
        if (!ttlOk || !flagsOk || !portsOk || !elsewhereOk)
            return queryError(db);
    }
    return out;
}

Result<QVector<SourcePackets>> AnalysisQueries::sourcePackets(qint64 startUs, qint64 endUs, const QueryFilter &filter)
{
    SqliteDatabase &db = m_ws.database();
    SqlWhere w("", true);
    w.addHoursOf(startUs, endUs);
    w.addFilter(filter);
    const QByteArray sql = "SELECT src, SUM(packets), bit_and(fingerprints) FROM source_hour" + w.sql() + " GROUP BY src;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    w.bind(**st);
    QVector<SourcePackets> out;
    while ((*st)->step()) {
        SourcePackets r;
        r.src = addressAt(**st, 0);
        r.packets = (*st)->int64(1);
        r.fingerprints = (*st)->integer(2);
        out.push_back(r);
    }
    if (!(*st)->ok())
        return queryError(db);
    return out;
}

Result<QVector<SourcePackets>> AnalysisQueries::sourcePacketsByKey(qint64 startUs, qint64 endUs, Dimension dim,
                                                                   const QueryFilter &filter, const QStringList &keys)
{
    QVector<SourcePackets> out;
    if (keys.isEmpty())
        return out;
    SqliteDatabase &db = m_ws.database();
    SqlWhere w("", true);
    w.addHoursOf(startUs, endUs);
    w.addFilter(filter);
    // A short list narrows the scan through the primary key; a long one (a whole ranking) would
    // exceed SQLite's expression depth as OR terms, so it is applied while reading instead.
    constexpr int kMaxKeysInSql = 50;
    const bool keysInSql = keys.size() <= kMaxKeysInSql;
    if (keysInSql)
        w.addKeys(dim, keys);
    const QSet<QString> wanted(keys.begin(), keys.end());
    const bool regions = dim == Dimension::Region;
    const QByteArray key = regions ? "region" : "proto, port";
    const QByteArray sql =
        "SELECT " + key + ", src, SUM(packets), bit_and(fingerprints) FROM source_hour" + w.sql() + " GROUP BY " + key + ", src;";
    auto st = db.prepare(sql.constData());
    if (!st)
        return st.error();
    w.bind(**st);
    const int first = regions ? 1 : 2;
    while ((*st)->step()) {
        const SqliteStatement &s = **st;
        SourcePackets r;
        r.key = regions ? s.text(0) : ServiceKey{uint8_t(s.integer(0)), s.integer(1)}.label();
        if (!keysInSql && !wanted.contains(r.key))
            continue;
        r.src = addressAt(s, first);
        r.packets = s.int64(first + 1);
        r.fingerprints = s.integer(first + 2);
        out.push_back(r);
    }
    if (!(*st)->ok())
        return queryError(db);
    return out;
}

} // namespace teiten
