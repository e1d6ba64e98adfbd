// SPDX-License-Identifier: GPL-3.0-or-later
// Where import time goes: runs the ingest pipeline over the same capture files cumulatively, one
// stage more each pass, and prints packets/s per pass:
//   read       CaptureReader only (libpcap, zlib)
//   decode     + PacketDecoder (link layer, IP, transport, payload summary)
//   aggregate  + FlowAggregator's in-memory flow tuples + country lookup (per new tuple, cached per source)
//   sqlite-mem + writing tuples and roll-ups into an in-memory SQLite workspace, one transaction per
//                file (SQLite's B-tree cost without the disk)
// The real end-to-end import (disk, WAL, checkpoints) is measured by import-bench.sh.
//   teiten_ingest_stages CAPTURE_DIR COUNTRY.mmdb [stage...]
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QTextStream>

#include "addresscache.h"
#include "capturereader.h"
#include "georesolver.h"
#include "flowaggregator.h"
#include "ingestwriter.h"
#include "packetdecoder.h"
#include "sqlitedatabase.h"
#include "workspaceschema.h"

using namespace teiten;

namespace {

enum class Stage { Read, Decode, Aggregate, SqliteMemory };

struct PassResult {
    qint64 packets = 0;
    qint64 ms = 0;
    QString error;
};

PassResult runPass(Stage stage, const QStringList &files, const GeoResolver &geo)
{
    PassResult r;
    std::unique_ptr<SqliteDatabase> db;
    auto opened = SqliteDatabase::open(QStringLiteral(":memory:"), SqliteDatabase::Mode::Create);
    if (!opened) {
        r.error = opened.error().message;
        return r;
    }
    db = std::move(*opened);
    if (auto s = WorkspaceSchema::create(*db); !s) {
        r.error = s.error().message;
        return r;
    }
    IngestWriter writer(*db);
    if (auto s = writer.prepare(); !s) {
        r.error = s.error().message;
        return r;
    }
    AddressCache regions;
    FlowAggregator aggregator;
    QElapsedTimer clock;
    clock.start();
    qint64 fileId = 0;
    for (const QString &path : files) {
        auto reader = CaptureReader::open(path);
        if (!reader)
            continue;
        const int sensorId = int(qHash(QFileInfo(path).dir().dirName()) % 64) + 1;
        db->exec("BEGIN;");
        writer.beginFile(++fileId);
        RawFrame frame;
        PacketRecord rec;
        while ((*reader)->next(frame) == CaptureReader::Next::Packet) {
            if (stage == Stage::Read) {
                ++r.packets;
                continue;
            }
            if (PacketDecoder::decode(frame.linkType, frame.data, frame.capturedLength, rec) != PacketDecoder::Outcome::Ok)
                continue;
            ++r.packets;
            if (stage == Stage::Decode)
                continue;
            rec.timeUs = frame.timeUs;
            // As the import does: a source's region asked for when it starts a tuple, each source
            // looked up once through the same bounded cache.
            aggregator.add(
                rec, sensorId, [&] { return uint16_t(regions.valueOf(rec.src, [&] { return geo.lookupPacked(rec.src); })); },
                frame.offset);
            if (aggregator.full()) {
                FlowBatch batch = aggregator.take();
                if (stage == Stage::SqliteMemory)
                    if (auto s = writer.write(batch); !s) {
                        r.error = s.error().message;
                        return r;
                    }
            }
        }
        FlowBatch batch = aggregator.take(); // unwritten unless the stage writes
        if (stage == Stage::SqliteMemory) {
            if (auto s = writer.write(batch); !s) {
                r.error = s.error().message;
                return r;
            }
        }
        db->exec("COMMIT;");
    }
    r.ms = clock.elapsed();
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        err << "usage: teiten_ingest_stages CAPTURE_DIR COUNTRY.mmdb [read|decode|aggregate|sqlite-mem ...]\n";
        return 1;
    }
    QStringList files;
    QDirIterator it(args.at(0), {QStringLiteral("*.pcap"), QStringLiteral("*.pcapng"), QStringLiteral("*.gz")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    if (files.isEmpty()) {
        err << args.at(0) << ": no capture files\n";
        return 1;
    }
    auto geo = GeoResolver::open(args.at(1));
    if (!geo) {
        err << geo.error().message << "\n";
        return 1;
    }
    const std::pair<const char *, Stage> all[] = {{"read", Stage::Read},
                                                  {"decode", Stage::Decode},
                                                  {"aggregate", Stage::Aggregate},
                                                  {"sqlite-mem", Stage::SqliteMemory}};
    const QStringList wanted = args.mid(2);
    for (const auto &[name, stage] : all) {
        if (!wanted.isEmpty() && !wanted.contains(QLatin1String(name)))
            continue;
        const PassResult r = runPass(stage, files, **geo);
        if (!r.error.isEmpty()) {
            err << name << ": " << r.error << "\n";
            return 1;
        }
        out << qSetFieldWidth(11) << Qt::left << name << qSetFieldWidth(0) << r.packets << " packets in " << r.ms
            << " ms: " << (r.ms ? r.packets * 1000 / r.ms : 0) << " packets/s (" << files.size() << " files)\n";
        out.flush();
    }
    return 0;
}
