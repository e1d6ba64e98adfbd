// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include <chrono>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QStandardPaths>

#include "flowbatchproducer.h"
#include "georesolver.h"
#include "importplanner.h"
#include "ingestwriter.h"
#include "periodsummarystore.h"
#include "scannercatalog.h"
#include "sensorcatalog.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "workspace.h"

Q_LOGGING_CATEGORY(lcImport, "teiten.import")

namespace teiten {

namespace {

// Capture files start with one of these; anything else in a folder is not ours to import.
bool looksLikeCapture(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return true; // let the reader report why it cannot be read
    const QByteArray m = f.read(4);
    if (m.size() < 4)
        return false;
    const auto u = [&](int i) { return uint8_t(m[i]); };
    const uint32_t le = u(0) | (u(1) << 8) | (u(2) << 16) | (uint32_t(u(3)) << 24);
    const uint32_t be = (uint32_t(u(0)) << 24) | (u(1) << 16) | (u(2) << 8) | u(3);
    for (const uint32_t magic : {0xa1b2c3d4u, 0xa1b23c4du, 0x0a0d0d0au})
        if (le == magic || be == magic)
            return true;
    return u(0) == 0x1f && u(1) == 0x8b;
}

// A file named like a capture that does not start like one (empty, zeroed by a disk error, an
// error page saved under a capture's name) is a lost day of a sensor: the reader reports it.
// Other files in a sensor folder (sensors.csv, checksums, notes) are not ours and pass silently.
bool namedLikeCapture(const QString &fileName)
{
    for (const QString &pattern : ImportJob::captureNamePatterns())
        if (fileName.endsWith(QStringView(pattern).mid(1), Qt::CaseInsensitive)) // "*.pcap" → ".pcap"
            return true;
    return false;
}

} // namespace

bool ImportReport::anyInputFailed() const
{
    if (!fatalError.isEmpty())
        return true;
    for (const auto &f : files)
        if (f.status == ImportFileOutcome::Status::Failed || f.status == ImportFileOutcome::Status::Partial)
            return true;
    return false;
}

QString ImportJob::defaultCountryDatabase()
{
    const QString env = qEnvironmentVariable("TEITEN_GEOIP");
    if (!env.isEmpty())
        return env;
    const QString user = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/country.mmdb");
    if (QFileInfo::exists(user))
        return user;
    const QString system = QStringLiteral("/usr/share/teiten/country.mmdb");
    return QFileInfo::exists(system) ? system : QString();
}

ImportJob::ImportJob(ImportParams params) : m_params(std::move(params)) {}

QStringList ImportJob::captureNamePatterns()
{
    return {QStringLiteral("*.pcap"), QStringLiteral("*.pcapng"), QStringLiteral("*.cap"),
            QStringLiteral("*.pcap.gz"), QStringLiteral("*.pcapng.gz"), QStringLiteral("*.cap.gz")};
}

QVector<ImportJob::Input> ImportJob::expandPaths(const QStringList &paths, QStringList *errors)
{
    QVector<Input> out;
    for (const QString &raw : paths) {
        const QFileInfo fi(raw);
        if (!fi.exists()) {
            if (errors)
                *errors << tr("%1: no such file or folder").arg(raw);
            continue;
        }
        if (fi.isFile()) {
            out.push_back({fi.absoluteFilePath(), QString(), fi.size()});
            continue;
        }
        const QDir root(fi.absoluteFilePath());
        QStringList found;
        QDirIterator it(root.absolutePath(), QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        found.sort();
        for (const QString &p : found) {
            const QFileInfo f(p);
            if (f.fileName().startsWith(QLatin1Char('.')) || !(looksLikeCapture(p) || namedLikeCapture(f.fileName())))
                continue;
            const QString rel = root.relativeFilePath(p);
            const qsizetype slash = rel.indexOf(QLatin1Char('/'));
            // <root>/<sensor>/… assigns by folder; files directly in the root take the root's name.
            QString sensor = slash > 0 ? rel.left(slash) : root.dirName();
            if (!SensorCatalog::isValidSensorName(sensor))
                sensor.clear();
            out.push_back({f.absoluteFilePath(), sensor, f.size()});
        }
    }
    return out;
}

ImportReport ImportJob::run(const ProgressFn &progress, const std::atomic_bool *cancel)
{
    QElapsedTimer clock;
    clock.start();
    ImportReport report;
    auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };

    auto wsr = Workspace::open(m_params.workspacePath, Workspace::Mode::ReadWrite,
                               m_params.verify ? Workspace::Verify::Always : Workspace::Verify::UnlessStamped);
    if (!wsr) {
        report.fatalError = wsr.error().message;
        return report;
    }
    Workspace &ws = **wsr;
    SqliteDatabase &db = ws.database();
    db.exec("PRAGMA synchronous = NORMAL;");
    db.exec("PRAGMA cache_size = -65536;");
    db.exec("PRAGMA temp_store = MEMORY;");
    // Checkpointing (and its fsync) after every small file dominated imports of many daily files;
    // every 16 MiB of log it is a few dozen times in a 20 M-packet import, on this thread while
    // the reading thread goes on. Rarer ones (256 MiB) left a long copy and fsync to the end of
    // the run, 0.5 s to 3 s there depending on the disk. Commits stay atomic.
    db.exec("PRAGMA wal_autocheckpoint = 4096;");

    // Country database: the one asked for, else the workspace's last one.
    QString geoPath = m_params.geoipPath;
    if (geoPath.isEmpty())
        geoPath = ws.meta(QStringLiteral("geoip_path"));
    if (geoPath.isEmpty())
        geoPath = defaultCountryDatabase();
    std::unique_ptr<GeoResolver> geo;
    if (!geoPath.isEmpty()) {
        auto g = GeoResolver::open(geoPath);
        if (!g) {
            report.fatalError = g.error().message;
            return report;
        }
        geo = std::move(*g);
        ws.setMeta(QStringLiteral("geoip_path"), QFileInfo(geoPath).absoluteFilePath());
        ws.setMeta(QStringLiteral("geoip_type"), geo->info().databaseType);
        ws.setMeta(QStringLiteral("geoip_build"), geo->info().buildTime.toString(Qt::ISODate));
    }

    // Sensor descriptions.
    QString csv = m_params.sensorsCsv;
    if (csv.isEmpty())
        for (const QString &p : m_params.paths)
            if (QFileInfo(p).isDir() && QFileInfo::exists(p + QStringLiteral("/sensors.csv"))) {
                csv = p + QStringLiteral("/sensors.csv");
                break;
            }
    QHash<QString, int> sensorIds;
    auto ensureSensor = [&](const QString &name, const QString &region = {}, const QString &label = {}) -> int {
        const auto it = sensorIds.constFind(name);
        if (it != sensorIds.constEnd() && region.isEmpty() && label.isEmpty())
            return *it;
        auto ins = db.prepare("INSERT INTO sensors(name, region, label) VALUES(?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                              "region = CASE WHEN excluded.region != '' THEN excluded.region ELSE region END, "
                              "label = CASE WHEN excluded.label != '' THEN excluded.label ELSE label END;");
        if (!ins)
            return -1;
        (*ins)->bind(1, name);
        (*ins)->bind(2, region);
        (*ins)->bind(3, label);
        if (!(*ins)->run())
            return -1;
        auto sel = db.prepare("SELECT id FROM sensors WHERE name = ?;");
        if (!sel)
            return -1;
        (*sel)->bind(1, name);
        if (!(*sel)->step())
            return -1;
        const int id = (*sel)->integer(0);
        sensorIds.insert(name, id);
        return id;
    };
    if (!csv.isEmpty()) {
        auto entries = SensorCatalog::load(csv);
        if (!entries) {
            report.fatalError = entries.error().message;
            return report;
        }
        db.exec("BEGIN IMMEDIATE;");
        bool ok = true;
        for (const SensorEntry &e : *entries) {
            const int id = ensureSensor(e.sensor, e.region, e.label);
            auto st = db.prepare("INSERT OR REPLACE INTO sensor_addresses(sensor_id, text, first, last) VALUES(?,?,?,?);");
            if (id < 0 || !st) {
                ok = false;
                break;
            }
            (*st)->bind(1, id);
            (*st)->bind(2, e.prefixText);
            (*st)->bindBlob(3, e.prefix.first().blob());
            (*st)->bindBlob(4, e.prefix.last().blob());
            if (!(*st)->run()) {
                ok = false;
                break;
            }
        }
        if (!ok) {
            report.fatalError = tr("%1: cannot store sensors: %2").arg(ws.path(), db.lastError());
            db.exec("ROLLBACK;");
            return report;
        }
        db.exec("COMMIT;");
        sensorIds.clear();
    }
    std::vector<FlowBatchProducer::SensorRange> ranges;
    if (auto st = db.prepare("SELECT first, last, sensor_id FROM sensor_addresses;")) {
        while ((*st)->step())
            ranges.push_back({IpAddress::fromBlob((*st)->blob(0).constData(), 16),
                              IpAddress::fromBlob((*st)->blob(1).constData(), 16), (*st)->integer(2)});
    }
    if (!m_params.sensor.isEmpty() && !SensorCatalog::isValidSensorName(m_params.sensor)) {
        report.fatalError = tr("invalid sensor name '%1'").arg(m_params.sensor);
        return report;
    }

    QStringList pathErrors;
    const QVector<Input> inputs = expandPaths(m_params.paths, &pathErrors);
    for (const QString &e : pathErrors) {
        ImportFileOutcome o;
        o.status = ImportFileOutcome::Status::Failed;
        o.message = e;
        report.files.push_back(o);
    }
    ImportProgress prog;
    prog.filesTotal = int(inputs.size());
    for (const Input &in : inputs)
        prog.bytesTotal += in.size;
    auto tell = [&] {
        if (progress) {
            prog.elapsedMs = clock.elapsed();
            progress(prog);
        }
    };

    IngestWriter writer(db);
    if (auto s = writer.prepare(); !s) {
        report.fatalError = s.error().message;
        return report;
    }
    // Reading, decoding and aggregating run on the producer's thread; this one writes. While a
    // file's tuples are written and committed here, the next ones are read. One reading thread:
    // a second one (FlowBatchProducer can run several) measured no faster on the 2-core machine,
    // whose other core writes and hashes, and would hold a second set of caches and batches.
    FlowBatchProducer producer({geo.get()}, std::move(ranges), cancel);
    qint64 bytesSkipped = 0; // of files not read: skipped, failed, refused
    auto showProgress = [&] {
        prog.packets = producer.packetsRead();
        prog.bytesDone = std::min(prog.bytesTotal, bytesSkipped + producer.bytesRead());
        tell();
    };
    // Waits for the producer's next message about file `index`, telling progress meanwhile.
    auto await = [&](qsizetype index, FlowBatchProducer::Message &m) {
        while (!producer.take(index, m, std::chrono::milliseconds(100)))
            showProgress();
    };

    // The planner hashes the files, looks them up and hands the ones to read to the producer, on a
    // thread of its own: it keeps the reading thread supplied while this one writes and commits.
    QVector<ImportPlanner::File> planned;
    planned.reserve(inputs.size());
    for (const Input &in : inputs)
        planned.push_back({in.path, !m_params.sensor.isEmpty() || !in.sensor.isEmpty()});
    ImportPlanner planner(ws.path(), std::move(planned), m_params.force, producer, cancel);
    auto nextPlan = [&] {
        ImportPlanner::Plan plan;
        while (!planner.take(plan, std::chrono::milliseconds(100)))
            showProgress();
        return plan;
    };
    // The producer's messages about a file this thread will not import (found stored after all).
    auto discardRead = [&](qsizetype index) {
        FlowBatchProducer::Message m;
        do {
            await(index, m);
        } while (m.kind != FlowBatchProducer::Message::Kind::OpenFailed && m.kind != FlowBatchProducer::Message::Kind::Finished
                 && m.kind != FlowBatchProducer::Message::Kind::Cancelled);
    };

    for (qsizetype index = 0; index < inputs.size(); ++index) {
        const Input &in = inputs[index];
        const ImportPlanner::Plan plan = nextPlan();
        if (cancelled()) {
            report.cancelled = true;
            break;
        }
        ImportFileOutcome out;
        out.path = in.path;
        prog.currentFile = in.path;
        showProgress();
        const QString sensorName = !m_params.sensor.isEmpty() ? m_params.sensor : in.sensor;
        out.sensor = sensorName;
        // The workspace cannot take this file (disk full, locked, damaged): it fails and the import stops.
        auto stopWith = [&](const QString &message) {
            report.fatalError = message;
            out.status = ImportFileOutcome::Status::Failed;
            out.message = message;
            report.files.push_back(out);
        };
        auto notRead = [&] {
            prog.filesDone++;
            bytesSkipped += in.size;
        };

        const Result<QString> &hash = plan.hash;
        if (!hash) {
            if (hash.error().code == Error::Code::Cancelled) {
                report.cancelled = true;
                out.status = ImportFileOutcome::Status::Cancelled;
                report.files.push_back(out);
                break;
            }
            out.status = ImportFileOutcome::Status::Failed;
            out.message = hash.error().message;
            report.files.push_back(out);
            notRead();
            continue;
        }
        // Looked up again now that every earlier file is committed: one of them may have had the
        // same content.
        const auto stored = ImportPlanner::findStored(db, *hash, m_params.force);
        if (stored && stored->keepsCopiesOut) {
            if (plan.read)
                discardRead(index);
            out.status = ImportFileOutcome::Status::Skipped;
            out.message = tr("%1: already imported (same content as %2); use --force to replace it").arg(in.path, stored->path);
            report.files.push_back(out);
            notRead();
            continue;
        }
        Q_ASSERT(plan.read);

        FlowBatchProducer::Message msg;
        await(index, msg);
        if (msg.kind == FlowBatchProducer::Message::Kind::Cancelled) {
            report.cancelled = true;
            out.status = ImportFileOutcome::Status::Cancelled;
            out.message = tr("%1: cancelled; nothing of this file was stored").arg(in.path);
            report.files.push_back(out);
            break;
        }
        const bool readable = msg.kind == FlowBatchProducer::Message::Kind::Opened;
        if (!db.exec("BEGIN IMMEDIATE;")) {
            stopWith(tr("%1: cannot import %2: %3").arg(ws.path(), in.path, db.lastError()));
            break;
        }
        auto rollback = [&] {
            db.exec("ROLLBACK;");
            writer.forgetCaches();
            sensorIds.clear();
        };
        bool dbOk = true;
        const qint64 existingId = stored ? stored->id : 0;
        if (existingId) {
            // The replaced file's data goes: the summaries of its time range no longer hold.
            if (auto st = db.prepare("SELECT first_us, last_us FROM files WHERE id = ? AND first_us IS NOT NULL;")) {
                (*st)->bind(1, existingId);
                if ((*st)->step())
                    dbOk = bool(PeriodSummaryStore::forget(db, (*st)->int64(0), (*st)->int64(1)));
            }
            for (const char *sql : {"DELETE FROM flow_segments WHERE file_id = ?;", "DELETE FROM rollup_segments WHERE file_id = ?;", "DELETE FROM files WHERE id = ?;"}) {
                auto st = db.prepare(sql);
                if (!st) {
                    dbOk = false;
                    break;
                }
                (*st)->bind(1, existingId);
                dbOk = dbOk && (*st)->run();
            }
        }
        const int fileSensorId = sensorName.isEmpty() ? -1 : ensureSensor(sensorName);
        auto insertFile = db.prepare("INSERT INTO files(path, size, hash, sensor_id, format, link_type, status, message, "
                                     "imported_at) VALUES(?,?,?,?,?,?,?,?,?);");
        if (!dbOk || !insertFile || (!sensorName.isEmpty() && fileSensorId < 0)) {
            const QString why = db.lastError();
            rollback();
            stopWith(tr("%1: import of %2 rolled back: %3").arg(ws.path(), in.path, why));
            break;
        }
        SqliteStatement &fi = **insertFile;
        fi.bind(1, in.path);
        fi.bind(2, int64_t(in.size));
        fi.bind(3, *hash);
        if (fileSensorId >= 0)
            fi.bind(4, fileSensorId);
        if (readable) {
            fi.bind(5, msg.info.format + (msg.info.gzip ? QStringLiteral("+gzip") : QString()));
            fi.bind(6, msg.info.linkType);
        } else {
            fi.bind(5, std::string_view("")); // files.format is NOT NULL: an unreadable file has none
        }
        fi.bind(7, readable ? QStringLiteral("partial") : QStringLiteral("failed"));
        fi.bind(8, readable ? QString() : msg.error);
        fi.bind(9, QDateTime::currentMSecsSinceEpoch() * 1000);
        if (!fi.run()) {
            const QString why = db.lastError();
            rollback();
            stopWith(tr("%1: import of %2 rolled back: %3").arg(ws.path(), in.path, why));
            break;
        }
        const qint64 fileId = db.lastInsertRowId();
        if (!readable) {
            // Recorded so the GUI can list it; not counted as imported content.
            db.exec("COMMIT;");
            out.status = ImportFileOutcome::Status::Failed;
            out.message = msg.error;
            report.files.push_back(out);
            prog.filesDone++;
            continue;
        }

        // The producer's placeholders become sensor ids: the file's own, and "unassigned" (created
        // the first time a destination has no sensor, inside this file's transaction).
        int unassignedId = -1;
        auto realSensor = [&](int id) {
            if (id == batchsensor::FileSensor)
                return fileSensorId;
            if (id != batchsensor::Unassigned)
                return id;
            if (unassignedId < 0)
                unassignedId = ensureSensor(QStringLiteral("unassigned"));
            return unassignedId;
        };
        writer.beginFile(fileId);
        Status writeStatus = Ok{};
        bool stop = false;
        FlowBatchProducer::FileCounts counts;
        for (;;) {
            if (msg.kind == FlowBatchProducer::Message::Kind::Cancelled) {
                stop = true;
                break;
            }
            if (msg.kind == FlowBatchProducer::Message::Kind::Batch || msg.kind == FlowBatchProducer::Message::Kind::Finished) {
                for (FlowEntry &e : msg.batch.flows)
                    if (e.key.sensorId < 0 && (e.key.sensorId = realSensor(e.key.sensorId)) < 0) {
                        writeStatus = Error{Error::Code::Database, tr("%1: cannot write to the workspace: %2").arg(ws.path(), db.lastError())};
                        break;
                    }
                if (writeStatus)
                    writeStatus = writer.write(msg.batch);
                if (!writeStatus)
                    break;
            }
            if (msg.kind == FlowBatchProducer::Message::Kind::Finished) {
                counts = std::move(msg.counts);
                break;
            }
            await(index, msg);
        }
        if (stop) {
            rollback();
            report.cancelled = true;
            out.status = ImportFileOutcome::Status::Cancelled;
            out.message = tr("%1: cancelled; nothing of this file was stored").arg(in.path);
            report.files.push_back(out);
            break;
        }
        if (!writeStatus) {
            rollback();
            stopWith(tr("%1: import of %2 rolled back: %3").arg(ws.path(), in.path, writeStatus.error().message));
            break;
        }
        const qint64 packets = counts.packets;
        // The file's sensor, when not given, is the one most of its packets went to.
        int mainSensor = fileSensorId;
        if (mainSensor < 0) {
            QHash<int, qint64> perSensor;
            for (auto it = counts.perSensor.cbegin(); it != counts.perSensor.cend(); ++it)
                perSensor[realSensor(it.key())] += it.value();
            qint64 best = -1;
            for (auto it = perSensor.cbegin(); it != perSensor.cend(); ++it)
                if (it.value() > best) {
                    best = it.value();
                    mainSensor = it.key();
                }
        }
        const QString &readError = counts.readError;
        const bool partial = !readError.isEmpty();
        auto upd = db.prepare("UPDATE files SET sensor_id = ?, first_us = ?, last_us = ?, packets = ?, non_ip = ?, "
                              "malformed = ?, status = ?, message = ? WHERE id = ?;");
        bool updated = false;
        if (upd) {
            SqliteStatement &u = **upd;
            if (mainSensor >= 0)
                u.bind(1, mainSensor);
            if (packets) {
                u.bind(2, counts.firstUs);
                u.bind(3, counts.lastUs);
            }
            u.bind(4, packets);
            u.bind(5, counts.nonIp);
            u.bind(6, counts.malformed);
            u.bind(7, partial ? QStringLiteral("partial") : QStringLiteral("ok"));
            u.bind(8, partial ? tr("%1: read stopped after %2 packets: %3").arg(in.path).arg(packets).arg(readError) : QString());
            u.bind(9, fileId);
            updated = u.run();
        }
        // In the same transaction as the data: a summary of a range this file adds to is forgotten
        // exactly when the file's rows become visible (rebuilt at the end of the run).
        if (updated && packets)
            updated = bool(PeriodSummaryStore::forget(db, counts.firstUs, counts.lastUs));
        if (!updated || !db.exec("COMMIT;")) {
            const QString why = db.lastError();
            rollback();
            stopWith(tr("%1: import of %2 rolled back: %3").arg(ws.path(), in.path, why));
            break;
        }
        out.status = partial ? ImportFileOutcome::Status::Partial : ImportFileOutcome::Status::Imported;
        out.packets = packets;
        out.nonIp = counts.nonIp;
        out.malformed = counts.malformed;
        if (partial)
            out.message = tr("%1: read stopped after %2 packets: %3").arg(in.path).arg(packets).arg(readError);
        else if (counts.malformed)
            out.message = tr("%1: %2 frames with a broken IP header were skipped").arg(in.path).arg(counts.malformed);
        report.files.push_back(out);
        report.packets += packets;
        report.bytes += in.size;
        prog.filesDone++;
        showProgress();
    }
    // A run that ended early: the files ahead are neither hashed nor read any further.
    planner.stop();
    producer.stop();
    // Quarters whose stored summaries this run (or an earlier, interrupted one) made stale, and
    // those that never had one, get them now, with the scanner list a query would use by default.
    if (!report.cancelled && report.fatalError.isEmpty()) {
        auto catalog = ScannerCatalog::active();
        const ScannerCatalog &scanners = catalog ? *catalog : ScannerCatalog::builtIn();
        // Their GROUP BYs sort a quarter of roll-ups: on disk and with SQLite's default cache (a sort
        // may fill up to the cache size per sorter), so memory stays bounded at any size.
        db.exec("PRAGMA temp_store = FILE;");
        db.exec("PRAGMA cache_size = -2000;");
        // Not an input failure: without them, quarters are computed live as before.
        // Cancel stops this step too (it reads whole quarters); the files stay imported.
        db.setStopFlag(cancel);
        prog.summarizing = true;
        tell();
        if (auto built = PeriodSummaryStore::rebuild(ws, scanners); !built)
            qCWarning(lcImport) << "period summaries not stored:" << built.error().message;
        db.setStopFlag(nullptr);
    }
    db.exec("PRAGMA optimize;");
    // busy = 0: every committed page is in the file and the log is empty. Then, unless the import
    // stopped on an error (disk full, I/O, a failed commit), the file is ours and sound as verified
    // at open, so the query after an import need not read it again (Workspace::~Workspace).
    auto checkpoint = db.prepare("PRAGMA wal_checkpoint(TRUNCATE);");
    if (checkpoint && (*checkpoint)->step() && (*checkpoint)->integer(0) == 0 && report.fatalError.isEmpty())
        ws.keepVerifiedWhenClosed();
    report.elapsedMs = clock.elapsed();
    return report;
}

} // namespace teiten
