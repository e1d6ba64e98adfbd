// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small hand-made workspace for the drill-down tests (header-only so that it needs no change to
// the test support library): four sensors, 53/UDP from exactly two sources (one hitting two
// sensors, one hitting one sensor on two days), and heavier 445/TCP from a third source hitting all
// four sensors, so that every filter visibly changes the answer. Roll-ups, source and flow rows
// are written from the same event list, so they agree with each other as an import would make them.

#include <cstring>
#include <vector>

#include <QDateTime>
#include <QString>
#include <QVector>
#include <QtTest>

#include "flowsegmentstore.h"
#include "georesolver.h"
#include "ipaddress.h"
#include "period.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "storedtuples.h"
#include "workspace.h"

namespace teiten::test {

struct DrillEvent {
    QDateTime time;   ///< UTC; the hour of the roll-up rows
    int sensorId;
    const char *source;
    const char *region;
    int proto;
    int port;
    qint64 packets;
};

struct DrillFixture {
    static constexpr const char *SourceA = "192.0.2.10";    ///< 53/UDP, region CN, sensors 1 and 2
    static constexpr const char *SourceB = "198.51.100.7";  ///< 53/UDP, region US, sensor 1, two days
    static constexpr const char *SourceC = "203.0.113.5";   ///< 445/TCP, region JP, all sensors
    static Period period() { return *Period::parse(QStringLiteral("2013Q3")); }

    static QVector<DrillEvent> events()
    {
        auto t = [](int day, int hour) { return QDateTime(QDate(2013, 9, day), QTime(hour, 10), Qt::UTC); };
        return {
            {t(3, 1), 1, SourceA, "CN", 17, 53, 400}, {t(3, 2), 2, SourceA, "CN", 17, 53, 300},
            {t(3, 5), 1, SourceB, "US", 17, 53, 200}, {t(4, 6), 1, SourceB, "US", 17, 53, 100},
            {t(1, 0), 1, SourceC, "JP", 6, 445, 2000}, {t(2, 0), 2, SourceC, "JP", 6, 445, 2000},
            {t(3, 0), 3, SourceC, "JP", 6, 445, 2000}, {t(4, 0), 4, SourceC, "JP", 6, 445, 2000},
        };
    }

    /// Writes the workspace to `path`; false (with a warning) on any error.
    static bool create(const QString &path)
    {
        auto ws = Workspace::open(path, Workspace::Mode::ReadWrite);
        if (!ws) {
            qWarning() << ws.error().message;
            return false;
        }
        SqliteDatabase &db = (*ws)->database();
        bool ok = bool(db.exec("BEGIN;"));
        for (int s = 1; s <= 4; ++s) {
            const QByteArray sql = QStringLiteral("INSERT INTO sensors(id, name, region) VALUES(%1, 'sensor-0%1', 'JP');"
                                                  "INSERT INTO files(id, path, size, hash, sensor_id, format, first_us, last_us,"
                                                  " packets, status, imported_at) VALUES(%1, '/captures/s%1.pcap', 1, 'h%1', %1,"
                                                  " 'pcap', 0, 0, 0, 'ok', 0);")
                                       .arg(s)
                                       .toLatin1();
            ok = ok && db.exec(sql.constData());
        }
        ok = ok && db.exec("INSERT INTO payloads(id, key, kind, response, qname, qtype, qclass, rd, edns_size) "
                           "VALUES(1, 'dns|example.com|255', 'dns', 0, 'example.com', 255, 1, 1, 4096);");
        FlowSegmentStore flows(db);
        if (!ok || !flows.prepare())
            return false;
        for (const DrillEvent &e : events()) {
            const qint64 us = e.time.toMSecsSinceEpoch() * 1000;
            const qint64 hour = us / 3600000000LL;
            ok = ok && insertRollup(db, e.sensorId, hour, e.sensorId, e.proto, e.port, QString::fromLatin1(e.region),
                                    e.packets, e.packets * 60);
            std::vector<FlowTuple> one{tuple(us, e.sensorId, QLatin1String(e.source), QLatin1String(e.region), e.proto,
                                             e.port, e.packets)};
            ok = ok && flows.write(e.sensorId, hour, e.sensorId, one);
        }
        return ok && db.exec("COMMIT;");
    }

    /// `count` more 53/UDP flows from SourceA to sensor 1 in one transaction, three per timestamp so
    /// that paging must break ties by id.
    static bool addBulkFlows(const QString &path, int count)
    {
        auto ws = Workspace::open(path, Workspace::Mode::ReadWrite);
        if (!ws)
            return false;
        SqliteDatabase &db = (*ws)->database();
        bool ok = bool(db.exec("BEGIN;"));
        const qint64 base = QDateTime(QDate(2013, 8, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
        std::vector<FlowTuple> tuples;
        for (int i = 0; i < count; ++i)
            tuples.push_back(tuple(base + qint64(i / 3) * 1000, 1, QLatin1String(SourceA), QStringLiteral("CN"), 17, 53, 1));
        FlowSegmentStore flows(db);
        ok = ok && flows.write(1, base / 3600000000LL, 1, tuples);
        return ok && db.exec("COMMIT;");
    }

private:
    static FlowTuple tuple(qint64 us, int sensorId, const QString &src, const QString &region, int proto, int port,
                           qint64 packets)
    {
        const bool tcp = proto == 6;
        FlowTuple t;
        std::memcpy(t.src, IpAddress::parse(src)->bytes(), 16);
        std::memcpy(t.dst, IpAddress::parse(QStringLiteral("10.0.%1.1").arg(sensorId))->bytes(), 16);
        t.proto = uint8_t(proto);
        t.port = port;
        t.sport = -1;
        t.dport = port;
        t.ttl = tcp ? 240 : 52;
        t.tcpFlags = tcp ? 2 : 0;
        t.ipLength = tcp ? 40 : 56;
        t.fingerprints = tcp ? 1 : 0;
        t.payloadId = tcp ? 0 : 1;
        t.region = GeoResolver::pack(region);
        t.packets = packets;
        t.firstUs = us;
        t.lastUs = us + 60000000;
        t.firstOffset = 24;
        t.firstIpId = tcp ? 54321 : 777;
        t.firstSeq = tcp ? 12345 : 0;
        t.firstSport = 41000;
        return t;
    }
};

} // namespace teiten::test
