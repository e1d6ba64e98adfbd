// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include <algorithm>
#include <functional>
#include <cstring>
#include <limits>
#include <map>
#include <string>
#include <unordered_map>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>

#include "flowsegmentscan.h"
#include "flowsegmentstore.h"
#include "flowtuplefilter.h"
#include "georesolver.h"
#include "hourclock.h"
#include "integritystamp.h"
#include "payloadcolumns.h"
#include "payloadlookup.h"
#include "periodsummarystore.h"
#include "rollupentry.h"
#include "rollupscan.h"
#include "scannersharequery.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "sourcepair.h"
#include "sourcepairtable.h"
#include "sourcepartitionscan.h"
#include "sourcetally.h"
#include "workspaceschema.h"

Q_LOGGING_CATEGORY(lcWorkspace, "teiten.workspace")
// Whether the integrity check on open ran or was skipped, and why: QT_LOGGING_RULES="teiten.integrity.debug=true".
Q_LOGGING_CATEGORY(lcIntegrity, "teiten.integrity", QtWarningMsg)

namespace teiten {

namespace {

using HourClock::endHourOf;
using HourClock::hourOf;
using HourClock::floorDiv;

Error dbError(const SqliteDatabase &db)
{
    return Error{Error::Code::Database, Workspace::tr("%1: database error: %2").arg(db.path(), db.lastError())};
}

// The bucket (bucketSecs 86400: day, 3600: hour) of a stored hour when days start `offSecs` after
// midnight UTC: series, sensor breakdowns and the quarters present all bucket hours this way.
qint64 bucketOfHour(qint64 hour, qint64 offSecs, qint64 bucketSecs)
{
    return floorDiv(hour * 3600 + offSecs, bucketSecs);
}

// A roll-up's or tuple's key as a number, cheap to hash: the region's two letters packed, or the
// protocol and port packed. Rankings and series sum per key here and label each key once.
qint64 rawKeyOf(Dimension dim, uint8_t proto, int32_t port, uint16_t region)
{
    return dim == Dimension::Region ? qint64(region) : ServiceKey{proto, port}.packed();
}

qint64 rawKeyOf(Dimension dim, const FlowTuple &t)
{
    return rawKeyOf(dim, t.proto, t.port, t.region);
}

qint64 rawKeyOf(Dimension dim, const RollupEntry &e)
{
    return rawKeyOf(dim, e.proto, e.port, e.region);
}

QString labelOfRawKey(Dimension dim, qint64 raw)
{
    return dim == Dimension::Region ? GeoResolver::unpack(uint16_t(raw)) : ServiceKey::fromPacked(raw).label();
}

// Workspace::sources, a partition of the sources at a time: each source's figures, of which the
// `limit` busiest are kept (packets descending, then address, as SQL's ORDER BY did).
class SourceRowSink final : public SourcePartitionScan::Sink {
public:
    explicit SourceRowSink(int limit) : m_limit(std::max(limit, 0)) {}

    void add(const FlowSegment &segment, const FlowTuple &t) override
    {
        const IpAddress src = IpAddress::fromBlob(t.src, 16);
        auto [it, fresh] = m_groups.try_emplace(src);
        Group &g = it->second;
        if (fresh) {
            g.region = t.region;
            g.firstUs = t.firstUs;
            g.lastUs = t.lastUs;
        }
        g.region = std::min(g.region, t.region); // packed codes sort as their letters
        g.packets += t.packets;
        g.firstUs = std::min(g.firstUs, t.firstUs);
        g.lastUs = std::max(g.lastUs, t.lastUs);
        g.fingerprints &= t.fingerprints;
        m_sensors.insert(SourcePair{segment.sensorId, src});
        m_services.insert(SourcePair{ServiceKey{t.proto, t.port}.packed(), src});
    }
    size_t held() const override { return m_groups.size() + m_sensors.size() + m_services.size(); }
    void commit() override
    {
        m_sensors.forEach([this](const SourcePair &p, const auto &) { ++m_groups[p.src].sensors; });
        m_services.forEach([this](const SourcePair &p, const auto &) { ++m_groups[p.src].services; });
        for (const auto &[src, g] : m_groups) {
            SourceRow r;
            r.address = src;
            r.region = GeoResolver::unpack(g.region);
            r.packets = g.packets;
            r.sensorsHit = g.sensors;
            r.services = g.services;
            r.firstUs = g.firstUs;
            r.lastUs = g.lastUs;
            r.fingerprints = g.fingerprints;
            m_rows.push_back(std::move(r));
        }
        discard();
        if (m_rows.size() > m_limit) {
            std::nth_element(m_rows.begin(), m_rows.begin() + m_limit, m_rows.end(), busierFirst);
            m_rows.resize(m_limit);
        }
    }
    void discard() override
    {
        m_groups.clear();
        m_sensors.clear();
        m_services.clear();
    }
    QVector<SourceRow> rows()
    {
        std::sort(m_rows.begin(), m_rows.end(), busierFirst);
        return std::move(m_rows);
    }

private:
    static bool busierFirst(const SourceRow &a, const SourceRow &b)
    {
        return a.packets != b.packets ? a.packets > b.packets : a.address < b.address;
    }
    struct Group {
        uint16_t region = 0;
        qint64 packets = 0;
        int64_t firstUs = 0;
        int64_t lastUs = 0;
        int fingerprints = -1; ///< AND of every tuple's bits
        int sensors = 0;
        int services = 0;
    };
    qsizetype m_limit;
    std::unordered_map<IpAddress, Group> m_groups;
    SourcePairSet m_sensors;  ///< (sensor id, source)
    SourcePairSet m_services; ///< (packed service, source)
    QVector<SourceRow> m_rows;
};

// Workspace::sensorBreakdown's distinct sources per sensor, and with a source filter its packets per
// sensor and day (which the roll-ups, having no source, cannot give).
class SensorSourcesSink final : public SourcePartitionScan::Sink {
public:
    SensorSourcesSink(bool packets, qint64 firstDay, int days, qint64 offSecs)
        : m_packets(packets), m_firstDay(firstDay), m_days(days), m_offSecs(offSecs)
    {
    }
    void add(const FlowSegment &segment, const FlowTuple &t) override
    {
        m_pairs.insert(SourcePair{segment.sensorId, IpAddress::fromBlob(t.src, 16)});
        if (!m_packets)
            return;
        const qint64 day = bucketOfHour(segment.hour, m_offSecs, 86400) - m_firstDay;
        if (day >= 0 && day < m_days)
            m_heldPackets[{segment.sensorId, int(day)}] += t.packets;
    }
    size_t held() const override { return m_pairs.size(); }
    void commit() override
    {
        m_pairs.forEach([this](const SourcePair &p, const auto &) { ++sources[int(p.key)]; });
        for (const auto &[k, n] : m_heldPackets)
            packets[k] += n;
        discard();
    }
    void discard() override
    {
        m_pairs.clear();
        m_heldPackets.clear();
    }

    QHash<int, qint64> sources;                  ///< per sensor id
    std::map<std::pair<int, int>, qint64> packets; ///< per (sensor id, day of the period)

private:
    const bool m_packets;
    const qint64 m_firstDay;
    const int m_days;
    const qint64 m_offSecs;
    SourcePairSet m_pairs;
    std::map<std::pair<int, int>, qint64> m_heldPackets;
};

} // namespace

QString FileRecord::statusName(Status s)
{
    switch (s) {
    case Status::Ok: return QStringLiteral("ok");
    case Status::Partial: return QStringLiteral("partial");
    case Status::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

FileRecord::Status FileRecord::statusFromName(const QString &s)
{
    if (s == QLatin1String("ok"))
        return Status::Ok;
    if (s == QLatin1String("partial"))
        return Status::Partial;
    return Status::Failed;
}

Workspace::~Workspace()
{
    if (!m_keepVerified || !m_verified || m_mode != Mode::ReadWrite || !m_db)
        return;
    // Why a writer may record the file as verified without reading it again: it was sound when this
    // connection opened it (quick_check passed, or its stamp matched), and since then the only
    // changes are this connection's own transactions, which SQLite applies atomically through the
    // write-ahead log, page images that go into the file at the checkpoint; a sound database plus
    // committed SQLite transactions is a sound database. Two things would break that argument and
    // each makes us check again instead: another connection committing meanwhile (data_version
    // moves; its changes were not made by us), and pages still in the log (the stamp refuses a
    // non-empty -wal). What neither this nor the stamp can see is damage beneath the file system
    // (a failing disk rewriting a sector leaves every time stamp alone): `--verify` finds that.
    if (dataVersion() != m_dataVersionAtCheck) {
        qCDebug(lcIntegrity) << m_path << "was changed by another connection; it will be checked on the next open";
        return;
    }
    m_db.reset(); // the last connection to close checkpoints the log and removes it
    if (const auto stamp = IntegrityStamp::of(m_path); !stamp || !stamp->record())
        qCDebug(lcIntegrity) << m_path << "not recorded as verified; it will be checked on the next open";
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, Mode mode, Verify verify)
{
    const QFileInfo fi(path);
    const bool exists = fi.exists();
    if (!exists && mode == Mode::ReadOnly)
        return Error{Error::Code::NotFound, tr("%1: no such workspace").arg(path)};
    if (exists && fi.isDir())
        return Error{Error::Code::BadFormat, tr("%1: is a folder, not a workspace file").arg(path)};
    if (exists && fi.size() > 0) {
        // Check the header before SQLite touches the file: a non-SQLite file must stay unchanged.
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error{Error::Code::Unreadable, tr("%1: cannot read: %2").arg(path, f.errorString())};
        const QByteArray head = f.read(100);
        if (!head.startsWith(QByteArray("SQLite format 3\0", 16)))
            return Error{Error::Code::BadFormat, tr("%1: not a Teiten workspace (not an SQLite database)").arg(path)};
        if (auto s = checkLength(path, head, fi.size()); !s)
            return s.error();
    }
    if (exists && fi.size() == 0)
        return Error{Error::Code::BadFormat,
                     tr("%1: is an empty file, not a workspace (choose a new name to create one)").arg(path)};
    if (exists && mode == Mode::ReadWrite && !fi.isWritable())
        return Error{Error::Code::Unreadable, tr("%1: workspace is read-only").arg(path)};
    if (mode == Mode::ReadWrite && !QFileInfo(fi.absolutePath()).isDir())
        return Error{Error::Code::Unreadable,
                     tr("%1: the folder %2 does not exist").arg(path, fi.absolutePath())};
    // SQLite writes its journal (-wal, -shm) beside the file: a read-only folder fails every write.
    if (mode == Mode::ReadWrite && !QFileInfo(fi.absolutePath()).isWritable())
        return Error{Error::Code::Unreadable,
                     tr("%1: the folder %2 is read-only, so the workspace cannot be written").arg(path, fi.absolutePath())};

    if (!exists) {
        if (auto s = createFile(path); !s)
            return s.error();
    }
    // SQLite reads a WAL-mode file through a -shm file it creates beside it; in a read-only folder it
    // cannot, so a workspace there with no pending log is read as immutable (nobody can write it).
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool immutable = mode == Mode::ReadOnly && !QFileInfo(fi.absolutePath()).isWritable()
        && !(wal.exists() && wal.size() > 0);
    auto db = SqliteDatabase::open(path, mode == Mode::ReadWrite ? SqliteDatabase::Mode::ReadWrite
                                         : immutable             ? SqliteDatabase::Mode::Immutable
                                                                 : SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return db.error();
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_db = std::move(*db);
    ws->m_path = path;
    ws->m_mode = mode;
    if (auto s = ws->validate(verify); !s)
        return s.error();
    return ws;
}

Status Workspace::validate(Verify verify)
{
    SqliteDatabase &db = *m_db;
    auto q = db.prepare("PRAGMA schema_version;");
    if (!q)
        return Error{Error::Code::BadFormat, tr("%1: not a readable SQLite database: %2").arg(m_path, db.lastError())};
    auto pragmaInt = [&](const char *sql, qint64 &out) -> bool {
        auto st = db.prepare(sql);
        if (!st || !(*st)->step())
            return false;
        out = (*st)->int64(0);
        return true;
    };
    qint64 schemaCookie = 0, appId = 0, version = 0;
    if (!pragmaInt("PRAGMA schema_version;", schemaCookie) || !pragmaInt("PRAGMA application_id;", appId)
        || !pragmaInt("PRAGMA user_version;", version))
        return Error{Error::Code::BadFormat,
                     tr("%1: not a valid workspace (the database cannot be read: %2)").arg(m_path, db.lastError())};

    if (schemaCookie == 0) // new workspaces are made complete by createFile(), so this is someone else's
        return Error{Error::Code::BadFormat, tr("%1: not a Teiten workspace (an empty SQLite database)").arg(m_path)};
    if (appId != WorkspaceSchema::ApplicationId)
        return Error{Error::Code::BadFormat,
                     tr("%1: not a Teiten workspace (an SQLite database of another application)").arg(m_path)};
    if (version > WorkspaceSchema::CurrentVersion)
        return Error{Error::Code::Unsupported,
                     tr("%1: made by a newer Teiten (schema version %2, this version reads up to %3); not opened")
                         .arg(m_path)
                         .arg(version)
                         .arg(WorkspaceSchema::CurrentVersion)};
    if (version < 1)
        return Error{Error::Code::BadFormat, tr("%1: not a valid workspace (no schema version)").arg(m_path)};
    if (m_mode == Mode::ReadWrite) {
        // Never write into a file that is damaged or that another process is writing.
        if (auto s = checkIntegrity(verify); !s)
            return s.error();
        if (!db.exec("BEGIN IMMEDIATE;")) {
            // lastError() words a busy file itself ("being written by another process; try again…").
            return Error{db.lastErrorWasBusy() ? Error::Code::Unreadable : Error::Code::Database,
                         tr("%1: cannot write to the workspace: %2").arg(m_path, db.lastError())};
        }
        db.exec("ROLLBACK;");
        // This connection is about to change the file: its stamp no longer describes it (a writer
        // that ends cleanly records it again, see the destructor).
        IntegrityStamp::forget(m_path);
    }
    if (version < WorkspaceSchema::CurrentVersion) {
        if (m_mode == Mode::ReadOnly)
            return Error{Error::Code::Outdated,
                         tr("%1: workspace schema version %2 must be upgraded; open it once for writing "
                            "(for example with teiten import) to migrate it")
                             .arg(m_path)
                             .arg(version)};
        if (auto s = WorkspaceSchema::migrate(db, int(version)); !s)
            return s;
        qCInfo(lcWorkspace) << "migrated" << m_path << "from schema version" << version;
    }
    // Cheap structural check: the tables are there. A full integrity_check would read the whole file.
    for (const char *const *t = WorkspaceSchema::requiredTables(); *t; ++t) {
        auto st = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?;");
        if (!st)
            return dbError(db);
        (*st)->bind(1, std::string_view(*t));
        if (!(*st)->step())
            return Error{Error::Code::BadFormat,
                         tr("%1: damaged workspace (table %2 is missing)").arg(m_path, QString::fromLatin1(*t))};
    }
    // Detects a truncated or overwritten file early: the first and last pages must be readable.
    if (auto st = db.prepare("SELECT COUNT(*) FROM files;"); !st || !((*st)->step()))
        return Error{Error::Code::BadFormat, tr("%1: damaged workspace: %2").arg(m_path, db.lastError())};
    if (auto st = db.prepare("SELECT MAX(hour) FROM rollup_segments;"); !st || !((*st)->step()) || !(*st)->ok())
        return Error{Error::Code::BadFormat, tr("%1: damaged workspace: %2").arg(m_path, db.lastError())};
    if (m_mode == Mode::ReadWrite)
        db.exec("PRAGMA journal_mode = WAL;");
    return Ok{};
}

Status Workspace::createFile(const QString &path)
{
    // Built under a temporary name beside `path` and moved into place only when complete: a crash
    // while creating leaves no empty or half-made file under the analyst's name.
    const QFileInfo fi(path);
    const QString tmp = QStringLiteral("%1/.%2.creating-%3")
                            .arg(fi.absolutePath(), fi.fileName())
                            .arg(QCoreApplication::applicationPid());
    auto fail = [&](const QString &why) {
        QFile::remove(tmp);
        return Error{Error::Code::Unreadable, tr("%1: cannot create the workspace: %2").arg(path, why)};
    };
    QFile::remove(tmp);
    {
        auto db = SqliteDatabase::open(tmp, SqliteDatabase::Mode::Create);
        if (!db)
            return fail(db.error().message);
        SqliteDatabase &d = **db;
        for (const char *sql : {"PRAGMA journal_mode = WAL;", "PRAGMA synchronous = FULL;"})
            if (auto s = d.exec(sql); !s)
                return fail(d.lastError());
        if (auto s = WorkspaceSchema::create(d); !s)
            return fail(s.error().message);
        if (auto s = d.exec("INSERT INTO meta(key, value) VALUES('created_by', 'teiten');"); !s)
            return fail(d.lastError());
    } // closing checkpoints the log into the file and removes it
    // Refuses to replace a file another process created meanwhile; that one is then opened instead.
    if (!QFile::rename(tmp, path) && !QFileInfo::exists(path))
        return fail(tr("cannot move %1 into place").arg(tmp));
    QFile::remove(tmp);
    return Ok{};
}

Status Workspace::checkLength(const QString &path, const QByteArray &header, qint64 fileSize)
{
    // A file cut short (copy interrupted, disk trouble) is shorter than the page count its header
    // records. The count is trustworthy only when its "valid-for" stamp matches the change counter
    // (SQLite file format, offsets 24, 28, 92), and only while no write-ahead log holds later pages.
    if (header.size() < 100)
        return Error{Error::Code::Truncated, tr("%1: damaged workspace (the file is truncated: %2 bytes)").arg(path).arg(fileSize)};
    const auto be32 = [&](int at) {
        return quint32(uchar(header[at])) << 24 | quint32(uchar(header[at + 1])) << 16 | quint32(uchar(header[at + 2])) << 8
            | quint32(uchar(header[at + 3]));
    };
    const quint32 rawPageSize = quint32(uchar(header[16])) << 8 | uchar(header[17]);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (be32(24) != be32(92) || (wal.exists() && wal.size() > 0))
        return Ok{};
    const qint64 expected = qint64(be32(28)) * pageSize;
    if (fileSize < expected)
        return Error{Error::Code::Truncated,
                     tr("%1: damaged workspace (the file is truncated: %2 bytes of %3)").arg(path).arg(fileSize).arg(expected)};
    return Ok{};
}

Result<Workspace::IntegrityCheck> Workspace::checkIntegrity(Verify how)
{
    // Taken before the check: what is recorded afterwards is the state quick_check read.
    const auto before = IntegrityStamp::of(m_path);
    if (how == Verify::UnlessStamped && before && before->isRecorded()) {
        qCDebug(lcIntegrity) << m_path << "unchanged since its last integrity check; not checked again";
        noteVerified();
        return IntegrityCheck::Stamped;
    }
    auto damaged = [&](Error::Code code, const QString &message) {
        IntegrityStamp::forget(m_path); // --verify found what the stamp could not see: tell every later open
        return Error{code, message};
    };
    auto st = m_db->prepare("PRAGMA quick_check(1);");
    if (!st)
        return damaged(Error::Code::BadFormat, tr("%1: damaged workspace: %2").arg(m_path, m_db->lastError()));
    if (!(*st)->step()) {
        if (m_db->lastErrorWasBusy())
            return Error{Error::Code::Unreadable, tr("%1: damaged workspace: %2").arg(m_path, m_db->lastError())};
        return damaged(Error::Code::BadFormat, tr("%1: damaged workspace: %2").arg(m_path, m_db->lastError()));
    }
    const QString result = (*st)->text(0);
    if (result != QLatin1String("ok"))
        return damaged(Error::Code::BadFormat, tr("%1: damaged workspace (integrity check: %2)").arg(m_path, result));
    (*st).reset(); // finalised: its read transaction ends before the file is stamped again
    noteVerified();
    // A reader records the pass unless the file changed while it was read (another process's
    // checkpoint); a writer forgets the stamp right after this and may record it when it closes.
    bool recorded = false;
    if (m_mode == Mode::ReadOnly && before)
        if (const auto after = IntegrityStamp::of(m_path); after && *after == *before)
            recorded = after->record();
    qCDebug(lcIntegrity) << m_path << "passed the integrity check;" << (recorded ? "recorded" : "not recorded");
    return IntegrityCheck::Checked;
}

void Workspace::noteVerified()
{
    m_verified = true;
    m_dataVersionAtCheck = dataVersion();
}

qint64 Workspace::dataVersion() const
{
    auto st = m_db->prepare("PRAGMA data_version;");
    return st && (*st)->step() ? (*st)->int64(0) : -2;
}

QString Workspace::meta(const QString &key, const QString &fallback) const
{
    auto st = m_db->prepare("SELECT value FROM meta WHERE key = ?;");
    if (!st)
        return fallback;
    (*st)->bind(1, key);
    return (*st)->step() ? (*st)->text(0) : fallback;
}

Status Workspace::setMeta(const QString &key, const QString &value)
{
    auto st = m_db->prepare("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value;");
    if (!st)
        return st.error();
    (*st)->bind(1, key);
    (*st)->bind(2, value);
    if (!(*st)->run())
        return dbError(*m_db);
    return Ok{};
}

int Workspace::dayOffsetMinutes() const
{
    const int v = meta(QStringLiteral("day_offset_minutes"), QStringLiteral("0")).toInt();
    return (v % 60 == 0 && v >= -720 && v <= 840) ? v : 0;
}

Status Workspace::setDayOffsetMinutes(int minutes)
{
    if (minutes % 60 != 0 || minutes < -720 || minutes > 840)
        return Error{Error::Code::Usage,
                     tr("day boundary offset must be whole hours between -12:00 and +14:00")};
    return setMeta(QStringLiteral("day_offset_minutes"), QString::number(minutes));
}

Result<QVector<SensorInfo>> Workspace::sensors() const
{
    auto st = m_db->prepare(
        "SELECT s.id, s.name, s.region, s.label, s.included, "
        " (SELECT COUNT(*) FROM files f WHERE f.sensor_id = s.id AND f.status != 'failed'), "
        " (SELECT COALESCE(SUM(f.packets), 0) FROM files f WHERE f.sensor_id = s.id AND f.status != 'failed'), "
        " (SELECT MIN(f.first_us) FROM files f WHERE f.sensor_id = s.id AND f.packets > 0), "
        " (SELECT MAX(f.last_us) FROM files f WHERE f.sensor_id = s.id AND f.packets > 0), "
        " (SELECT group_concat(a.text, ' ') FROM sensor_addresses a WHERE a.sensor_id = s.id) "
        "FROM sensors s ORDER BY s.name;");
    if (!st)
        return st.error();
    QVector<SensorInfo> out;
    while ((*st)->step()) {
        SensorInfo s;
        s.id = (*st)->integer(0);
        s.name = (*st)->text(1);
        s.region = (*st)->text(2);
        s.label = (*st)->text(3);
        s.included = (*st)->integer(4) != 0;
        s.files = (*st)->int64(5);
        s.packets = (*st)->int64(6);
        s.firstUs = (*st)->int64(7);
        s.lastUs = (*st)->int64(8);
        s.addresses = (*st)->text(9).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        out.push_back(s);
    }
    if (!(*st)->ok())
        return dbError(*m_db);
    return out;
}

Status Workspace::setSensorIncluded(int sensorId, bool included)
{
    auto st = m_db->prepare("UPDATE sensors SET included = ? WHERE id = ?;");
    if (!st)
        return st.error();
    (*st)->bind(1, included ? 1 : 0);
    (*st)->bind(2, sensorId);
    if (!(*st)->run())
        return dbError(*m_db);
    return Ok{};
}

Result<QVector<FileRecord>> Workspace::files() const
{
    auto st = m_db->prepare(
        "SELECT f.id, f.path, f.size, f.hash, COALESCE(s.name, ''), f.format, f.link_type, f.first_us, f.last_us, "
        "f.packets, f.non_ip, f.malformed, f.status, f.message, f.imported_at "
        "FROM files f LEFT JOIN sensors s ON s.id = f.sensor_id ORDER BY f.id;");
    if (!st)
        return st.error();
    QVector<FileRecord> out;
    while ((*st)->step()) {
        FileRecord r;
        r.id = (*st)->int64(0);
        r.path = (*st)->text(1);
        r.size = (*st)->int64(2);
        r.hash = (*st)->text(3);
        r.sensor = (*st)->text(4);
        r.format = (*st)->text(5);
        r.linkType = (*st)->isNull(6) ? -1 : (*st)->integer(6);
        r.firstUs = (*st)->int64(7);
        r.lastUs = (*st)->int64(8);
        r.packets = (*st)->int64(9);
        r.nonIp = (*st)->int64(10);
        r.malformed = (*st)->int64(11);
        r.status = FileRecord::statusFromName((*st)->text(12));
        r.message = (*st)->text(13);
        r.importedAtUs = (*st)->int64(14);
        out.push_back(r);
    }
    if (!(*st)->ok())
        return dbError(*m_db);
    return out;
}

Result<std::optional<std::pair<qint64, qint64>>> Workspace::dataRange() const
{
    auto st = m_db->prepare("SELECT MIN(first_us), MAX(last_us) FROM files WHERE packets > 0 AND status != 'failed';");
    if (!st)
        return st.error();
    if (!(*st)->step() || (*st)->isNull(0))
        return std::optional<std::pair<qint64, qint64>>();
    return std::optional<std::pair<qint64, qint64>>(std::make_pair((*st)->int64(0), (*st)->int64(1)));
}

Result<QVector<Period>> Workspace::quartersPresent() const
{
    // The roll-up segments are indexed by hour, so "the first hour at or after H" is one index seek:
    // one seek per quarter present, however large the workspace (a DISTINCT over every hour took
    // 1.2 s at 20 M packets, on every open), and however far apart the quarters are.
    const int off = dayOffsetMinutes();
    auto next = m_db->prepare("SELECT MIN(hour) FROM rollup_segments WHERE hour >= ?;");
    if (!next)
        return next.error();
    QVector<Period> out;
    qint64 from = std::numeric_limits<qint64>::min();
    for (;;) {
        (*next)->reset();
        (*next)->bind(1, int64_t(from));
        if (!(*next)->step())
            return (*next)->ok() ? out : Result<QVector<Period>>(dbError(*m_db));
        if ((*next)->isNull(0))
            break;
        const qint64 hour = (*next)->int64(0);
        const QDate day = QDate(1970, 1, 1).addDays(bucketOfHour(hour, qint64(off) * 60, 86400));
        // Saturated timestamps of broken captures can lie far beyond any period one can type.
        const Period q = day.isValid() && day.year() >= 1 && day.year() <= 9999
            ? Period::quarter(day.year(), (day.month() - 1) / 3 + 1)
            : Period();
        if (!q.isValid())
            break;
        out.push_back(q);
        const qint64 after = endHourOf(q.endUs(off));
        if (after <= hour)
            break;
        from = after;
    }
    return out;
}

Result<Ranking> Workspace::ranking(Dimension dim, const Period &period, const QueryFilter &filter, bool withPrevious,
                                   const ScannerCatalog *scanners, int scannerRows) const
{
    const int off = dayOffsetMinutes();
    PeriodSummaryStore store(*m_db);
    auto stored = store.ranking(dim, period, filter, off, withPrevious);
    if (!stored)
        return stored.error();
    if (!*stored)
        return rankingLive(dim, period, filter, withPrevious, scanners, scannerRows);
    Ranking r = std::move(**stored);
    // Stored with another scanner list: the classes of the rows asked for, from one pass.
    if (scanners)
        if (auto s = ScannerShareQuery::annotate(*this, r, filter, *scanners, scannerRows); !s)
            return s.error();
    return r;
}

Result<Ranking> Workspace::keysByPackets(Dimension dim, const Period &period, const QueryFilter &filter) const
{
    auto stored = PeriodSummaryStore(*m_db).ranking(dim, period, filter, dayOffsetMinutes(), false);
    if (!stored)
        return stored.error();
    if (!*stored) {
        auto ranked = packetRankings({dim}, period, filter, false);
        if (!ranked)
            return ranked.error();
        return std::move(ranked->first());
    }
    // The same answer whichever way it was found: the stored summary's sources are not part of it.
    Ranking r = std::move(**stored);
    r.totalSources = 0;
    for (RankRow &row : r.rows)
        row.sources = 0;
    return r;
}

Result<Ranking> Workspace::rankingLive(Dimension dim, const Period &period, const QueryFilter &filter, bool withPrevious,
                                       const ScannerCatalog *scanners, int scannerRows) const
{
    auto both = rankingsLive({dim}, period, filter, withPrevious, scanners, scannerRows);
    if (!both)
        return both.error();
    return std::move(both->first());
}

Result<QVector<Ranking>> Workspace::rankingsLive(const QVector<Dimension> &dims, const Period &period,
                                                 const QueryFilter &filter, bool withPrevious,
                                                 const ScannerCatalog *scanners, int scannerRows) const
{
    Q_ASSERT(!dims.isEmpty() && !(dims.size() == 2 && dims[0] == dims[1]));
    auto ranked = packetRankings(dims, period, filter, withPrevious);
    if (!ranked)
        return ranked.error();
    QVector<Ranking> &out = *ranked;

    // Distinct sources per key, in total and (when asked) the scanner classes of the first rows:
    // one pass over the period's flow tuples, for every dimension asked.
    const int off = dayOffsetMinutes();
    SourceTally tally(period.startUs(off), period.endUs(off), filter);
    auto classifiedRows = [scannerRows](const Ranking &r) {
        return scannerRows > 0 ? std::min(scannerRows, int(r.rows.size())) : int(r.rows.size());
    };
    for (const Ranking &r : out) {
        tally.countBy(r.dimension);
        if (scanners) {
            QSet<QString> wanted;
            for (int i = 0; i < classifiedRows(r); ++i)
                wanted.insert(r.rows[i].key);
            tally.classify(r.dimension, *scanners, wanted);
        }
    }
    if (auto s = tally.run(*m_db); !s)
        return s.error();
    for (Ranking &r : out) {
        r.totalSources = tally.totalSources();
        const int classified = classifiedRows(r);
        for (int i = 0; i < r.rows.size(); ++i) {
            RankRow &row = r.rows[i];
            row.sources = tally.sources(r.dimension).value(row.key, 0);
            if (scanners && i < classified)
                row.scannerShares = tally.classes(r.dimension).value(row.key);
        }
    }
    return ranked;
}

Result<QVector<Ranking>> Workspace::packetRankings(const QVector<Dimension> &dims, const Period &period,
                                                   const QueryFilter &filter, bool withPrevious) const
{
    const int off = dayOffsetMinutes();
    const bool fromTuples = filter.needsFlowTuples();
    const bool byRegion = dims.contains(Dimension::Region);

    // Packets per key of every dimension asked, from one read of the hourly roll-ups (or of the
    // flow tuples when the filter names sources).
    const bool byService = dims.contains(Dimension::Service);
    auto packetsPerKey = [&](const Period &p, QVector<std::map<QString, qint64>> &perKey, qint64 &total) -> Status {
        std::unordered_map<qint64, qint64> serviceSums, regionSums;
        if (fromTuples) {
            const FlowTupleFilter match(filter);
            const Status scanned = FlowSegmentScan(*m_db).run(
                hourOf(p.startUs(off)), endHourOf(p.endUs(off)), match,
                [&](const FlowSegment &, const std::vector<FlowTuple> &tuples) {
                    for (const FlowTuple &t : tuples) {
                        if (!match.accepts(t))
                            continue;
                        total += t.packets;
                        if (byService)
                            serviceSums[rawKeyOf(Dimension::Service, t)] += t.packets;
                        if (byRegion)
                            regionSums[rawKeyOf(Dimension::Region, t)] += t.packets;
                    }
                    return true;
                });
            if (!scanned)
                return scanned;
        } else {
            const Status read = RollupScan(*m_db).run(hourOf(p.startUs(off)), endHourOf(p.endUs(off)), filter,
                                                      [&](qint64, int, const RollupEntry &e) {
                total += e.packets;
                if (byService)
                    serviceSums[rawKeyOf(Dimension::Service, e)] += e.packets;
                if (byRegion)
                    regionSums[rawKeyOf(Dimension::Region, e)] += e.packets;
            });
            if (!read)
                return read;
        }
        perKey.resize(dims.size());
        for (int i = 0; i < dims.size(); ++i)
            for (const auto &[raw, n] : dims[i] == Dimension::Service ? serviceSums : regionSums)
                perKey[i][labelOfRawKey(dims[i], raw)] += n;
        return Ok{};
    };
    auto ordered = [](const std::map<QString, qint64> &m) {
        std::vector<std::pair<QString, qint64>> v(m.begin(), m.end());
        std::stable_sort(v.begin(), v.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        return v;
    };

    QVector<std::map<QString, qint64>> current, previous;
    qint64 total = 0, previousTotal = 0;
    if (auto s = packetsPerKey(period, current, total); !s)
        return s.error();
    if (withPrevious)
        if (auto s = packetsPerKey(period.previous(), previous, previousTotal); !s)
            return s.error();
    QVector<Ranking> out;
    for (int d = 0; d < dims.size(); ++d) {
        Ranking r;
        r.dimension = dims[d];
        r.period = period;
        r.previous = period.previous();
        r.totalPackets = total;
        r.previousTotalPackets = previousTotal;
        QHash<QString, int> prevRank;
        QHash<QString, qint64> prevPackets;
        if (withPrevious) {
            int i = 0;
            for (const auto &[k, n] : ordered(previous[d])) {
                prevRank.insert(k, ++i);
                prevPackets.insert(k, n);
            }
        }
        int rank = 0;
        for (const auto &[k, n] : ordered(current[d])) {
            RankRow row;
            row.rank = ++rank;
            row.key = k;
            row.packets = n;
            row.share = r.totalPackets ? double(n) / double(r.totalPackets) : 0.0;
            row.previousRank = prevRank.value(k, 0);
            row.previousPackets = prevPackets.value(k, 0);
            r.rows.push_back(row);
        }
        out.push_back(std::move(r));
    }
    return out;
}

Result<SeriesSet> Workspace::series(Dimension dim, const Period &period, const QueryFilter &filter,
                                    const QStringList &keys, Bucket bucket) const
{
    auto stored = PeriodSummaryStore(*m_db).series(dim, period, filter, keys, bucket, dayOffsetMinutes());
    if (!stored)
        return stored.error();
    if (*stored)
        return std::move(**stored);
    return seriesLive(dim, period, filter, keys, bucket);
}

Result<SeriesSet> Workspace::seriesLive(Dimension dim, const Period &period, const QueryFilter &filter,
                                        const QStringList &keys, Bucket bucket) const
{
    auto sets = seriesSetsLive({dim}, {keys}, period, filter, bucket);
    if (!sets)
        return sets.error();
    return std::move(sets->first());
}

Result<QVector<SeriesSet>> Workspace::seriesSetsLive(const QVector<Dimension> &dims, const QVector<QStringList> &keys,
                                                     const Period &period, const QueryFilter &filter,
                                                     Bucket bucket) const
{
    Q_ASSERT(dims.size() == keys.size());
    const int off = dayOffsetMinutes();
    const qint64 bucketSecs = bucket == Bucket::Day ? 86400 : 3600;
    const qint64 offSecs = bucket == Bucket::Day ? qint64(off) * 60 : 0;
    const qint64 startUs = period.startUs(off);
    const qint64 endUs = period.endUs(off);
    const qint64 nBuckets = (endUs - startUs) / (bucketSecs * 1000000);
    const qint64 firstBucket = floorDiv(startUs / 1000000 + offSecs, bucketSecs);
    QVector<SeriesSet> out(dims.size());
    QVector<QHash<QString, int>> index(dims.size());
    for (int d = 0; d < dims.size(); ++d) {
        SeriesSet &o = out[d];
        o.dimension = dims[d];
        o.bucket = bucket;
        o.period = period;
        o.dayOffsetMinutes = off;
        o.keys = keys[d];
        for (qint64 i = 0; i < nBuckets; ++i)
            o.bucketStartUs.push_back(startUs + i * bucketSecs * 1000000);
        o.values.fill(QVector<qint64>(nBuckets, 0), keys[d].size());
        for (int i = 0; i < keys[d].size(); ++i)
            index[d].insert(keys[d][i], i);
    }
    QVector<qint64> totals(nBuckets, 0);
    // Each row's key, labelled and looked up once per dimension.
    QVector<std::unordered_map<qint64, int>> indexOfRaw(dims.size());
    auto add = [&](int d, qint64 raw, qint64 b, qint64 n) {
        auto known = indexOfRaw[d].find(raw);
        if (known == indexOfRaw[d].end())
            known = indexOfRaw[d].emplace(raw, index[d].value(labelOfRawKey(dims[d], raw), -1)).first;
        if (known->second >= 0)
            out[d].values[known->second][b] += n;
    };
    if (!filter.needsFlowTuples()) {
        // The hourly roll-ups are read once for every dimension and the totals: each entry's key
        // is tested in C++.
        const Status s = RollupScan(*m_db).run(hourOf(startUs), endHourOf(endUs), filter,
                                               [&](qint64 hour, int, const RollupEntry &e) {
            const qint64 b = bucketOfHour(hour, offSecs, bucketSecs) - firstBucket;
            if (b < 0 || b >= nBuckets)
                return;
            totals[b] += e.packets;
            for (int d = 0; d < dims.size(); ++d)
                if (!keys[d].isEmpty())
                    add(d, rawKeyOf(dims[d], e), b, e.packets);
        });
        if (!s)
            return s.error();
    } else {
        // A source filter: the flow tuples, read once for every dimension and the totals.
        const FlowTupleFilter match(filter);
        const Status scanned = FlowSegmentScan(*m_db).run(
            hourOf(startUs), endHourOf(endUs), match, [&](const FlowSegment &seg, const std::vector<FlowTuple> &tuples) {
                // Every tuple of a segment shares its hour, so its bucket.
                const qint64 b = bucketOfHour(seg.hour, offSecs, bucketSecs) - firstBucket;
                if (b < 0 || b >= nBuckets)
                    return true;
                for (const FlowTuple &t : tuples) {
                    if (!match.accepts(t))
                        continue;
                    totals[b] += t.packets;
                    for (int d = 0; d < dims.size(); ++d)
                        if (!keys[d].isEmpty())
                            add(d, rawKeyOf(dims[d], t), b, t.packets);
                }
                return true;
            });
        if (!scanned)
            return scanned.error();
    }
    for (SeriesSet &o : out)
        o.totals = totals;
    return out;
}

Result<QVector<SourceRow>> Workspace::sources(const Period &period, const QueryFilter &filter, int limit) const
{
    const int off = dayOffsetMinutes();
    SourceRowSink rows(limit);
    if (limit > 0) {
        SourcePartitionScan scan(hourOf(period.startUs(off)), endHourOf(period.endUs(off)), filter);
        if (auto s = scan.run(*m_db, rows); !s)
            return s.error();
    }
    return rows.rows();
}

Result<SensorBreakdown> Workspace::sensorBreakdown(const Period &period, const QueryFilter &filter) const
{
    const int off = dayOffsetMinutes();
    SensorBreakdown out;
    out.period = period;
    out.dayOffsetMinutes = off;
    auto all = sensors();
    if (!all)
        return all.error();
    QHash<int, int> index;
    for (const SensorInfo &s : *all) {
        if (!filter.sensorIds.isEmpty() && !filter.sensorIds.contains(s.id))
            continue;
        SensorActivity a;
        a.sensorId = s.id;
        a.sensor = s.name;
        a.daily.fill(0, period.days());
        index.insert(s.id, int(out.sensors.size()));
        out.sensors.push_back(a);
    }
    const qint64 startUs = period.startUs(off);
    const qint64 firstDay = floorDiv(startUs / 1000000 + qint64(off) * 60, 86400);
    auto addPackets = [&](int sensorId, qint64 day, qint64 packets) {
        const int i = index.value(sensorId, -1);
        const qint64 d = day - firstDay;
        if (i < 0 || d < 0 || d >= period.days())
            return;
        out.sensors[i].daily[d] += packets;
        out.sensors[i].packets += packets;
    };
    // Distinct sources per sensor from the flow tuples, and with a source filter the packets too.
    const bool fromTuples = filter.needsFlowTuples();
    SensorSourcesSink sink(fromTuples, firstDay, period.days(), qint64(off) * 60);
    SourcePartitionScan scan(hourOf(startUs), endHourOf(period.endUs(off)), filter);
    if (auto s = scan.run(*m_db, sink); !s)
        return s.error();
    for (auto it = sink.sources.cbegin(); it != sink.sources.cend(); ++it)
        if (const int i = index.value(it.key(), -1); i >= 0)
            out.sensors[i].sources = it.value();
    if (fromTuples) {
        for (const auto &[key, packets] : sink.packets)
            addPackets(key.first, firstDay + key.second, packets);
    } else {
        const qint64 offSecs = qint64(off) * 60;
        const Status read = RollupScan(*m_db).run(hourOf(startUs), endHourOf(period.endUs(off)), filter,
                                                  [&](qint64 hour, int sensorId, const RollupEntry &e) {
            addPackets(sensorId, bucketOfHour(hour, offSecs, 86400), e.packets);
        });
        if (!read)
            return read.error();
    }
    std::stable_sort(out.sensors.begin(), out.sensors.end(),
                     [](const SensorActivity &a, const SensorActivity &b) { return a.packets > b.packets; });
    return out;
}

Result<QVector<FlowRow>> Workspace::flows(const Period &period, const QueryFilter &filter,
                                          std::optional<FlowCursor> after, int limit) const
{
    const int off = dayOffsetMinutes();
    const qint64 startUs = period.startUs(off), endUs = period.endUs(off);
    QVector<FlowRow> out;
    if (limit <= 0)
        return out;
    const FlowTupleFilter match(filter);
    // A tuple lies in its hour, so an hour before the cursor's holds nothing after it, and a page
    // is complete once an hour ends with `limit` rows: segments come hour after hour.
    qint64 firstHour = hourOf(startUs);
    if (after)
        firstHour = std::max<qint64>(firstHour, hourOf(after->firstUs));
    struct Candidate {
        qint64 firstUs, id;
        FlowSegment segment;
        FlowTuple tuple;
    };
    auto before = [](const Candidate &a, const Candidate &b) {
        return a.firstUs != b.firstUs ? a.firstUs < b.firstUs : a.id < b.id;
    };
    std::vector<Candidate> hour; // the current hour's candidates, at most twice what the page lacks
    std::vector<Candidate> page;
    auto endHour = [&] {
        const size_t need = size_t(limit) - page.size();
        std::sort(hour.begin(), hour.end(), before);
        for (size_t i = 0; i < hour.size() && i < need; ++i)
            page.push_back(std::move(hour[i]));
        hour.clear();
    };
    qint64 current = std::numeric_limits<qint64>::min();
    FlowSegmentScan scan(*m_db);
    const Status scanned = scan.run(firstHour, endHourOf(endUs), match,
                                    [&](const FlowSegment &seg, const std::vector<FlowTuple> &tuples) {
        if (seg.hour != current) {
            endHour();
            if (page.size() >= size_t(limit))
                return false;
            current = seg.hour;
        }
        const size_t need = size_t(limit) - page.size();
        for (size_t i = 0; i < tuples.size(); ++i) {
            const FlowTuple &t = tuples[i];
            if (t.firstUs < startUs || t.firstUs >= endUs || !match.accepts(t))
                continue;
            const qint64 id = FlowSegmentStore::flowId(seg.id, i);
            if (after && (t.firstUs < after->firstUs || (t.firstUs == after->firstUs && id <= after->id)))
                continue;
            hour.push_back({t.firstUs, id, seg, t});
            if (hour.size() >= 2 * need) { // keep the first `need`: the rest cannot be on this page
                std::nth_element(hour.begin(), hour.begin() + qsizetype(need), hour.end(), before);
                hour.resize(need);
            }
        }
        return true;
    });
    if (!scanned)
        return scanned.error();
    endHour();

    QHash<int, QString> sensorNames;
    auto names = m_db->prepare("SELECT id, name FROM sensors;");
    if (!names)
        return names.error();
    while ((*names)->step())
        sensorNames.insert((*names)->integer(0), (*names)->text(1));
    if (!(*names)->ok())
        return dbError(*m_db);
    PayloadLookup payloads(*m_db);
    out.reserve(qsizetype(page.size()));
    for (const Candidate &c : page) {
        const FlowTuple &t = c.tuple;
        FlowRow r;
        r.id = c.id;
        r.firstUs = t.firstUs;
        r.lastUs = t.lastUs;
        r.sensorId = c.segment.sensorId;
        r.sensor = sensorNames.value(r.sensorId);
        r.src = IpAddress::fromBlob(t.src, 16);
        r.dst = IpAddress::fromBlob(t.dst, 16);
        r.proto = t.proto;
        r.service.proto = t.proto;
        r.service.port = t.port;
        r.srcPort = t.sport;
        r.firstSrcPort = t.firstSport;
        r.dstPort = t.dport;
        r.ttl = t.ttl;
        r.tcpFlags = t.tcpFlags;
        r.ipLength = t.ipLength;
        r.fingerprints = t.fingerprints;
        r.firstIpId = t.firstIpId;
        r.firstSeq = qint64(t.firstSeq);
        r.packets = t.packets;
        r.region = GeoResolver::unpack(t.region);
        r.fileId = c.segment.fileId;
        r.fileOffset = t.firstOffset;
        auto payload = payloads.find(t.payloadId);
        if (!payload)
            return payload.error();
        r.payload = *payload;
        out.push_back(r);
    }
    return out;
}

Result<qint64> Workspace::flowCount(const Period &period, const QueryFilter &filter) const
{
    const int off = dayOffsetMinutes();
    const qint64 startUs = period.startUs(off), endUs = period.endUs(off);
    const FlowTupleFilter match(filter);
    qint64 count = 0;
    FlowSegmentScan scan(*m_db);
    const Status scanned = scan.run(hourOf(startUs), endHourOf(endUs), match,
                                    [&](const FlowSegment &, const std::vector<FlowTuple> &tuples) {
        for (const FlowTuple &t : tuples)
            count += t.firstUs >= startUs && t.firstUs < endUs && match.accepts(t);
        return true;
    });
    if (!scanned)
        return scanned.error();
    return count;
}

} // namespace teiten
