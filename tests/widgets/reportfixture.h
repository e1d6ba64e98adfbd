// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by tst_figurerenderer and tst_reportbuilder: a small workspace with two quarters whose
// rankings are known, the catalogue of the built binary, and PDF text extraction.
#pragma once

#include <cstring>
#include <map>
#include <memory>
#include <vector>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

#include "flowsegmentstore.h"
#include "flowtuple.h"
#include "georesolver.h"
#include "ipaddress.h"
#include "period.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "storedtuples.h"
#include "testsupport.h"
#include "workspace.h"

namespace teiten::test {

struct FixtureRow {
    int proto;
    int port;
    const char *region;
    int q2PerDay; ///< packets per day in 2013Q2
    int q3PerDay; ///< packets per day in 2013Q3
};

// Q3 ranking: 445/TCP, 23/TCP, 53/UDP, 502/TCP (new), 22/TCP; Q2: 23/TCP, 445/TCP, 22/TCP, 53/UDP.
// Regions Q3: CN, US, JP, RU, TW; Q2: US, CN, KR, JP, RU.
inline const FixtureRow kFixtureRows[] = {
    {6, 445, "CN", 300, 900},  {6, 23, "CN", 500, 500},   {17, 53, "US", 120, 400}, {6, 502, "JP", 0, 260},
    {6, 22, "RU", 150, 180},   {6, 445, "US", 200, 100},  {6, 23, "KR", 230, 10},   {1, 0, "TW", 10, 90},
    {6, 3389, "US", 100, 20},  {17, 53, "JP", 100, 60},
};

/// A workspace at `path` with 3 sensors and daily roll-ups for 2013Q2 and 2013Q3; 53/UDP surges
/// from 2013-09-03 to 2013-09-10. Returns an error text or empty.
inline QString makeFixtureWorkspace(const QString &path)
{
    auto ws = Workspace::open(path, Workspace::Mode::ReadWrite);
    if (!ws)
        return ws.error().message;
    SqliteDatabase &db = (*ws)->database();
    if (!db.exec("BEGIN;"))
        return QStringLiteral("begin");
    for (int s = 1; s <= 3; ++s) {
        auto st = db.prepare("INSERT INTO sensors(id, name, region) VALUES(?, ?, 'JP');");
        if (!st)
            return st.error().message;
        (*st)->bind(1, s);
        (*st)->bind(2, QStringLiteral("sensor-%1").arg(s));
        if (!(*st)->run())
            return QStringLiteral("insert sensor");
    }
    // The flow tuples the roll-ups summarise, per (hour, sensor): distinct sources come from them.
    std::map<std::pair<qint64, int>, std::vector<FlowTuple>> tuples;
    const QDate first(2013, 4, 1), last(2013, 9, 30);
    int rowIndex = 0;
    for (const FixtureRow &r : kFixtureRows) {
        ++rowIndex;
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            qint64 perDay = d.month() >= 7 ? r.q3PerDay : r.q2PerDay;
            if (r.port == 53 && d >= QDate(2013, 9, 3) && d <= QDate(2013, 9, 10))
                perDay *= 6;
            perDay += (d.day() * 7 + rowIndex * 3) % 23; // a little texture
            if ((d.month() >= 7 ? r.q3PerDay : r.q2PerDay) == 0)
                continue;
            const qint64 hour = QDateTime(d, QTime(12, 0), Qt::UTC).toSecsSinceEpoch() / 3600;
            const int sensor = 1 + (rowIndex + d.day()) % 3;
            if (!insertRollup(db, 1, hour, sensor, r.proto, r.port, QString::fromLatin1(r.region), perDay, perDay * 60))
                return QStringLiteral("insert rollup");
            // A few distinct sources per day and key: scans (TCP SYN, UDP queries, ICMP echo requests).
            for (int k = 0; k < 3; ++k) {
                FlowTuple t;
                const uint32_t v4 = uint32_t(10 + rowIndex) << 24 | uint32_t(d.day()) << 16 | uint32_t(d.month()) << 8 | uint32_t(k);
                std::memcpy(t.src, IpAddress::fromV4(v4).bytes(), 16);
                std::memcpy(t.dst, IpAddress::fromV4(0xC0000200u + uint32_t(sensor)).bytes(), 16);
                t.proto = uint8_t(r.proto);
                t.port = r.port;
                t.dport = r.port;
                t.sport = r.proto == 1 ? 8 : -1;
                t.tcpFlags = r.proto == 6 ? 2 : 0;
                t.ttl = 50;
                t.ipLength = 40;
                t.region = GeoResolver::pack(QLatin1String(r.region));
                t.packets = perDay / 3 + (k == 0 ? perDay % 3 : 0);
                t.firstUs = hour * 3600 * 1000000;
                t.lastUs = t.firstUs + 1000;
                tuples[{hour, sensor}].push_back(t);
            }
        }
    }
    FlowSegmentStore store(db);
    if (!store.prepare())
        return QStringLiteral("prepare segments");
    for (auto &[key, list] : tuples)
        if (!store.write(1, key.first, key.second, list))
            return QStringLiteral("insert flow tuples");
    if (!db.exec("COMMIT;"))
        return QStringLiteral("commit");
    (*ws)->setMeta(QStringLiteral("geoip_path"), QStringLiteral("/data/geo-whois-asn-country.mmdb"));
    (*ws)->setMeta(QStringLiteral("geoip_type"), QStringLiteral("geo-whois-asn-country"));
    (*ws)->setMeta(QStringLiteral("geoip_build"), QStringLiteral("2024-05-01T00:00:00Z"));
    return {};
}

/// makeFixtureWorkspace() at `path`, opened read-only; null (with `error` set) on failure.
inline std::unique_ptr<Workspace> openFixtureWorkspace(const QString &path, QString *error)
{
    *error = makeFixtureWorkspace(path);
    if (!error->isEmpty())
        return nullptr;
    auto ws = Workspace::open(path, Workspace::Mode::ReadOnly);
    if (!ws) {
        *error = ws.error().message;
        return nullptr;
    }
    return std::move(*ws);
}

/// Folders where the built teiten_<lang>.qm may be (tests do not embed the catalogue).
inline QStringList catalogueDirs()
{
    QStringList dirs;
    const QString bin = teitenBinary();
    if (!bin.isEmpty()) {
        const QDir d = QFileInfo(bin).dir();
        dirs << d.absoluteFilePath(QStringLiteral("..")) << d.absolutePath();
    }
    return dirs;
}

/// pdftotext output, NFKC-normalised (Qt's PDFs map some kanji to compatibility ideographs),
/// figure dashes read as en dashes;
/// a null string when pdftotext is not installed.
inline QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    // The same glyph serves U+2012 and U+2013; the PDF's text map names the first.
    text.replace(QChar(0x2012), QChar(0x2013));
    return text;
}

/// Pixels that are not (almost) white.
inline int inkPixels(const QImage &img)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            if (qGray(img.pixel(x, y)) < 200)
                ++n;
        }
    }
    return n;
}

} // namespace teiten::test
