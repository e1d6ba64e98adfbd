// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodsummarystore.h"

#include <atomic>
#include <functional>
#include <optional>
#include <thread>

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QtEndian>

#include "scannercatalog.h"
#include "scannersharequery.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "workspace.h"

// Info (what was stored, how long it took) only when asked: QT_LOGGING_RULES="teiten.summaries.info=true".
Q_LOGGING_CATEGORY(lcSummaries, "teiten.summaries", QtWarningMsg)

namespace teiten {

namespace {

constexpr qint64 kDayUs = 86400LL * 1000000;
const QString kOther = QStringLiteral("other");

QByteArray packDaily(const QVector<qint64> &values)
{
    QByteArray out(values.size() * 8, Qt::Uninitialized);
    for (int i = 0; i < values.size(); ++i)
        qToLittleEndian<qint64>(values[i], out.data() + i * 8);
    return out;
}

/// The per-day values of a stored BLOB, or nullopt when it does not hold exactly `days` of them.
std::optional<QVector<qint64>> unpackDaily(const QByteArray &blob, int days)
{
    if (blob.size() != qsizetype(days) * 8)
        return std::nullopt;
    QVector<qint64> out(days);
    for (int i = 0; i < days; ++i)
        out[i] = qFromLittleEndian<qint64>(blob.constData() + i * 8);
    return out;
}

/// Binds (period, dimension, day_offset), the key of every summary table, from index 1.
void bindSummaryKey(SqliteStatement &s, const Period &period, Dimension dim, int dayOffsetMinutes)
{
    s.bind(1, period.text());
    s.bind(2, dim == Dimension::Service ? 0 : 1);
    s.bind(3, dayOffsetMinutes);
}

} // namespace

PeriodSummaryStore::PeriodSummaryStore(SqliteDatabase &db) : m_db(db) {}

Error PeriodSummaryStore::dbError() const
{
    return Error{Error::Code::Database, tr("%1: stored period summaries: %2").arg(m_db.path(), m_db.lastError())};
}

Result<QString> PeriodSummaryStore::dataStamp(SqliteDatabase &db, qint64 startUs, qint64 endUs)
{
    // Every row of the roll-ups belongs to one file and is written and deleted in that file's
    // transaction, together with its row here; a file replaced by --force gets a new row (new
    // id or import time), so any change of the range's data changes this list.
    auto st = db.prepare("SELECT id, hash, imported_at, packets, first_us, last_us, status FROM files "
                         "WHERE first_us < ? AND last_us >= ? ORDER BY id;");
    if (!st)
        return st.error();
    (*st)->bind(1, int64_t(endUs));
    (*st)->bind(2, int64_t(startUs));
    QCryptographicHash h(QCryptographicHash::Sha1);
    while ((*st)->step()) {
        const SqliteStatement &s = **st;
        for (const int col : {0, 2, 3, 4, 5}) {
            const qint64 v = qToLittleEndian(s.int64(col));
            h.addData(QByteArrayView(reinterpret_cast<const char *>(&v), sizeof v));
        }
        for (const int col : {1, 6}) {
            int size = 0;
            const char *text = static_cast<const char *>(s.blobData(col, &size));
            h.addData(QByteArrayView(text ? text : "", text ? size : 0));
            h.addData(QByteArrayView("\0", 1));
        }
    }
    if (!(*st)->ok())
        return Error{Error::Code::Database, tr("%1: stored period summaries: %2").arg(db.path(), db.lastError())};
    return QString::fromLatin1(h.result().toHex());
}

Result<bool> PeriodSummaryStore::answersExactly(const Period &period, const QueryFilter &filter)
{
    if (period.kind() != Period::Kind::Quarter || filter.service || filter.proto || filter.port
        || !filter.region.isEmpty() || filter.sourcePrefix)
        return false;
    if (filter.sensorIds.isEmpty())
        return true;
    // Every sensor ticked is the same question as no restriction.
    const QSet<int> asked(filter.sensorIds.begin(), filter.sensorIds.end());
    auto st = m_db.prepare("SELECT id FROM sensors;");
    if (!st)
        return st.error();
    while ((*st)->step())
        if (!asked.contains((*st)->integer(0)))
            return false;
    if (!(*st)->ok())
        return dbError();
    return true;
}

Result<std::optional<PeriodSummaryStore::Header>> PeriodSummaryStore::currentHeader(Dimension dim, const Period &period,
                                                                                   int dayOffsetMinutes)
{
    if (m_lastHeader && m_lastHeader->dim == dim && m_lastHeader->period == period.text()
        && m_lastHeader->dayOffsetMinutes == dayOffsetMinutes)
        return m_lastHeader->header;
    auto h = readHeader(dim, period, dayOffsetMinutes);
    if (h)
        m_lastHeader = CachedHeader{dim, period.text(), dayOffsetMinutes, *h};
    return h;
}

Result<std::optional<PeriodSummaryStore::Header>> PeriodSummaryStore::readHeader(Dimension dim, const Period &period,
                                                                                int dayOffsetMinutes)
{
    auto st = m_db.prepare("SELECT start_us, end_us, data_stamp, scanner_hash, total_packets, total_sources, "
                           "previous_total_packets, daily_totals, key_count FROM period_summaries "
                           "WHERE period = ? AND dimension = ? AND day_offset = ?;");
    if (!st)
        return st.error();
    bindSummaryKey(**st, period, dim, dayOffsetMinutes);
    if (!(*st)->step())
        return (*st)->ok() ? Result<std::optional<Header>>(std::optional<Header>()) : Result<std::optional<Header>>(dbError());
    const SqliteStatement &s = **st;
    Header h;
    h.startUs = s.int64(0);
    h.endUs = s.int64(1);
    const QString storedStamp = s.text(2);
    h.scannerHash = s.text(3);
    h.totalPackets = s.int64(4);
    h.totalSources = s.int64(5);
    h.previousTotalPackets = s.int64(6);
    h.dailyTotals = s.blob(7);
    h.keyCount = s.integer(8);
    // A summary of other bounds than the request's (the same name under another offset cannot
    // happen, but a damaged row can) is not an answer.
    if (h.startUs != period.previous().startUs(dayOffsetMinutes) || h.endUs != period.endUs(dayOffsetMinutes))
        return std::optional<Header>();
    auto stamp = dataStamp(m_db, h.startUs, h.endUs);
    if (!stamp)
        return stamp.error();
    if (*stamp != storedStamp)
        return std::optional<Header>();
    return std::optional<Header>(h);
}

Result<std::optional<PeriodSummaryStore::Header>> PeriodSummaryStore::usableHeader(Dimension dim, const Period &period,
                                                                                  const QueryFilter &filter,
                                                                                  int dayOffsetMinutes)
{
    auto exact = answersExactly(period, filter);
    if (!exact)
        return exact.error();
    if (!*exact)
        return std::optional<Header>();
    return currentHeader(dim, period, dayOffsetMinutes);
}

Result<std::optional<Ranking>> PeriodSummaryStore::ranking(Dimension dim, const Period &period, const QueryFilter &filter,
                                                           int dayOffsetMinutes, bool withPrevious)
{
    auto header = usableHeader(dim, period, filter, dayOffsetMinutes);
    if (!header)
        return header.error();
    if (!*header)
        return std::optional<Ranking>();
    Ranking r;
    r.dimension = dim;
    r.period = period;
    r.previous = period.previous();
    r.totalPackets = (*header)->totalPackets;
    r.totalSources = (*header)->totalSources;
    r.previousTotalPackets = withPrevious ? (*header)->previousTotalPackets : 0;
    auto st = m_db.prepare("SELECT key, rank, packets, sources, previous_rank, previous_packets FROM period_summary_rows "
                           "WHERE period = ? AND dimension = ? AND day_offset = ? ORDER BY rank;");
    if (!st)
        return st.error();
    bindSummaryKey(**st, period, dim, dayOffsetMinutes);
    r.rows.reserve(std::max((*header)->keyCount, 0));
    while ((*st)->step()) {
        const SqliteStatement &s = **st;
        RankRow row;
        row.key = s.text(0);
        row.rank = s.integer(1);
        row.packets = s.int64(2);
        row.share = r.totalPackets ? double(row.packets) / double(r.totalPackets) : 0.0;
        row.sources = s.int64(3);
        row.previousRank = withPrevious ? s.integer(4) : 0;
        row.previousPackets = withPrevious ? s.int64(5) : 0;
        // Ranks must be exactly 1..n, else the table is damaged: compute live.
        if (row.rank != r.rows.size() + 1)
            return std::optional<Ranking>();
        r.rows.push_back(std::move(row));
    }
    if (!(*st)->ok())
        return dbError();
    if (r.rows.size() != (*header)->keyCount)
        return std::optional<Ranking>();
    return std::optional<Ranking>(std::move(r));
}

Result<bool> PeriodSummaryStore::fillScannerShares(Ranking &ranking, const QueryFilter &filter, int dayOffsetMinutes,
                                                   const ScannerCatalog &catalog, int rows)
{
    auto header = usableHeader(ranking.dimension, ranking.period, filter, dayOffsetMinutes);
    if (!header)
        return header.error();
    if (!*header || (*header)->scannerHash != catalog.fingerprint())
        return false;
    auto st = m_db.prepare("SELECT r.key, r.rank, r.other_packets, r.other_sources, c.class, c.packets, c.sources "
                           "FROM period_summary_rows r LEFT JOIN period_summary_classes c ON c.period = r.period "
                           "AND c.dimension = r.dimension AND c.day_offset = r.day_offset AND c.key = r.key "
                           "WHERE r.period = ? AND r.dimension = ? AND r.day_offset = ? AND r.rank <= ?;");
    if (!st)
        return st.error();
    const int n = rows > 0 ? std::min(rows, int(ranking.rows.size())) : int(ranking.rows.size());
    bindSummaryKey(**st, ranking.period, ranking.dimension, dayOffsetMinutes);
    (*st)->bind(4, n);
    QVector<QVector<ScannerClassShare>> classes(n);
    QVector<bool> seen(n, false);
    while ((*st)->step()) {
        const SqliteStatement &s = **st;
        const int rank = s.integer(1);
        // The ranking handed in must be the stored one, row for row.
        if (rank < 1 || rank > n || ranking.rows[rank - 1].key != s.text(0))
            return false;
        if (!seen[rank - 1] && s.int64(3) > 0)
            classes[rank - 1].push_back(ScannerClassShare{kOther, s.int64(2), s.int64(3), 0});
        seen[rank - 1] = true;
        if (!s.isNull(4))
            classes[rank - 1].push_back(ScannerClassShare{s.text(4), s.int64(5), s.int64(6), 0});
    }
    if (!(*st)->ok())
        return dbError();
    if (seen.contains(false))
        return false;
    for (int i = 0; i < n; ++i)
        ranking.rows[i].scannerShares = ScannerShareQuery::finishShares(classes[i]);
    return true;
}

Result<std::optional<SeriesSet>> PeriodSummaryStore::series(Dimension dim, const Period &period, const QueryFilter &filter,
                                                            const QStringList &keys, Bucket bucket, int dayOffsetMinutes)
{
    if (bucket != Bucket::Day)
        return std::optional<SeriesSet>();
    auto header = usableHeader(dim, period, filter, dayOffsetMinutes);
    if (!header)
        return header.error();
    if (!*header)
        return std::optional<SeriesSet>();
    const int days = int(period.days());
    const auto totals = unpackDaily((*header)->dailyTotals, days);
    if (!totals)
        return std::optional<SeriesSet>();
    SeriesSet out;
    out.dimension = dim;
    out.bucket = bucket;
    out.period = period;
    out.dayOffsetMinutes = dayOffsetMinutes;
    out.keys = keys;
    out.totals = *totals;
    const qint64 startUs = period.startUs(dayOffsetMinutes);
    for (int i = 0; i < days; ++i)
        out.bucketStartUs.push_back(startUs + i * kDayUs);
    auto st = m_db.prepare("SELECT daily FROM period_summary_rows WHERE period = ? AND dimension = ? AND day_offset = ? "
                           "AND key = ?;");
    if (!st)
        return st.error();
    for (const QString &key : keys) {
        (*st)->reset();
        bindSummaryKey(**st, period, dim, dayOffsetMinutes);
        (*st)->bind(4, key);
        if (!(*st)->step()) {
            if (!(*st)->ok())
                return dbError();
            out.values.push_back(QVector<qint64>(days, 0)); // no packets of this key in the quarter
            continue;
        }
        if ((*st)->isNull(0))
            return std::optional<SeriesSet>(); // ranked beyond the stored series
        const auto values = unpackDaily((*st)->blob(0), days);
        if (!values)
            return std::optional<SeriesSet>();
        out.values.push_back(*values);
    }
    return std::optional<SeriesSet>(std::move(out));
}

Status PeriodSummaryStore::forget(SqliteDatabase &db, qint64 firstUs, qint64 lastUs)
{
    for (const char *sql : {"DELETE FROM period_summary_classes WHERE (period, dimension, day_offset) IN (SELECT period, "
                            "dimension, day_offset FROM period_summaries WHERE start_us <= ?2 AND end_us > ?1);",
                            "DELETE FROM period_summary_rows WHERE (period, dimension, day_offset) IN (SELECT period, "
                            "dimension, day_offset FROM period_summaries WHERE start_us <= ?2 AND end_us > ?1);",
                            "DELETE FROM period_summaries WHERE start_us <= ?2 AND end_us > ?1;"}) {
        auto st = db.prepare(sql);
        if (!st)
            return st.error();
        (*st)->bind(1, int64_t(firstUs));
        (*st)->bind(2, int64_t(lastUs));
        if (!(*st)->run())
            return Error{Error::Code::Database, tr("%1: stored period summaries: %2").arg(db.path(), db.lastError())};
    }
    return Ok{};
}

namespace {
std::function<void()> &beforeWriteHook()
{
    static std::function<void()> hook;
    return hook;
}
} // namespace

void PeriodSummaryStore::setBeforeWriteHook(std::function<void()> hook)
{
    beforeWriteHook() = std::move(hook);
}

Result<int> PeriodSummaryStore::rebuild(Workspace &ws, const ScannerCatalog &catalog)
{
    SqliteDatabase &db = ws.database();
    PeriodSummaryStore store(db);
    const QString scannerHash = catalog.fingerprint();
    auto quarters = ws.quartersPresent();
    if (!quarters)
        return quarters.error();
    const int off = ws.dayOffsetMinutes();
    QElapsedTimer clock;
    clock.start();

    // The quarters without current summaries, and which of their two dimensions.
    struct Computed {
        QString stamp;
        QVector<Ranking> rankings;
        QVector<SeriesSet> series;
    };
    struct Job {
        Period quarter;
        QVector<Dimension> stale;
        std::optional<Result<Computed>> computed;
    };
    std::vector<Job> jobs;
    for (const Period &quarter : *quarters) {
        QVector<Dimension> stale;
        for (const Dimension dim : {Dimension::Service, Dimension::Region}) {
            auto header = store.currentHeader(dim, quarter, off);
            if (!header)
                return header.error();
            if (!*header || (*header)->scannerHash != scannerHash)
                stale << dim;
        }
        if (!stale.isEmpty())
            jobs.push_back({quarter, stale, std::nullopt});
    }
    if (jobs.empty())
        return 0;

    // A quarter's figures, in one read snapshot of `w`: the data stamp they hold for, both
    // dimensions' rankings (distinct sources and scanner classes from one per-source pass) and the
    // daily series of each summary's first keys (one read of the roll-ups).
    auto compute = [&catalog, off](Workspace &w, const Job &job) -> Result<Computed> {
        SqliteDatabase &conn = w.database();
        if (auto s = conn.exec("BEGIN;"); !s)
            return s.error();
        Computed out;
        auto done = [&conn](Result<Computed> r) {
            conn.exec(r ? "COMMIT;" : "ROLLBACK;");
            return r;
        };
        auto stamp = dataStamp(conn, job.quarter.previous().startUs(off), job.quarter.endUs(off));
        if (!stamp)
            return done(stamp.error());
        out.stamp = *stamp;
        auto rankings = w.rankingsLive(job.stale, job.quarter, {}, true, &catalog, 0);
        if (!rankings)
            return done(rankings.error());
        out.rankings = std::move(*rankings);
        QVector<QStringList> seriesKeys;
        for (const Ranking &r : out.rankings) {
            seriesKeys.push_back({});
            for (int i = 0; i < r.rows.size() && i < SeriesKeys; ++i)
                seriesKeys.back() << r.rows[i].key;
        }
        auto series = w.seriesSetsLive(job.stale, seriesKeys, job.quarter, {}, Bucket::Day);
        if (!series)
            return done(series.error());
        out.series = std::move(*series);
        return done(std::move(out));
    };
    // Quarters are independent: a second connection, read-only on a thread of its own, computes
    // every other one. Each pass holds a bounded set (SourcePartitionScan), so two stay bounded.
    std::atomic<size_t> next{0};
    auto work = [&](Workspace &w) {
        for (size_t i = next.fetch_add(1); i < jobs.size(); i = next.fetch_add(1))
            jobs[i].computed = compute(w, jobs[i]);
    };
    std::thread second;
    if (jobs.size() > 1) {
        second = std::thread([&] {
            auto opened = Workspace::open(ws.path(), Workspace::Mode::ReadOnly);
            if (!opened)
                return; // this thread computes them all
            (*opened)->database().setStopFlag(db.stopFlag());
            work(**opened);
        });
    }
    work(ws);
    if (second.joinable())
        second.join();
    if (beforeWriteHook())
        beforeWriteHook()();

    // Written in quarter order, each in a transaction of its own, and only if the data they were
    // computed from is still what the workspace holds (another writer may have committed).
    int written = 0;
    for (Job &job : jobs) {
        const Period &quarter = job.quarter;
        const QVector<Dimension> &stale = job.stale;
        if (!*job.computed)
            return job.computed->error();
        Computed &computed = **job.computed;
        if (auto s = db.exec("BEGIN IMMEDIATE;"); !s) {
            if (!db.lastErrorWasBusy())
                return s.error();
            qCInfo(lcSummaries) << "summaries of" << quarter.text() << "not stored: another writer holds the workspace";
            continue;
        }
        auto fail = [&](const Error &e) {
            db.exec("ROLLBACK;");
            return e;
        };
        const qint64 startUs = quarter.previous().startUs(off), endUs = quarter.endUs(off);
        auto stamp = dataStamp(db, startUs, endUs);
        if (!stamp)
            return fail(stamp.error());
        if (*stamp != computed.stamp) {
            db.exec("ROLLBACK;");
            qCInfo(lcSummaries) << "summaries of" << quarter.text() << "not stored: the workspace changed meanwhile";
            continue;
        }

        bool ok = true;
        auto step = [&](const char *sql, const std::function<void(SqliteStatement &)> &bind) {
            if (!ok)
                return;
            auto st = db.prepare(sql);
            ok = bool(st);
            if (ok) {
                bind(**st);
                ok = (*st)->run();
            }
        };
        for (int d = 0; d < computed.rankings.size(); ++d) {
            const Ranking &r = computed.rankings[d];
            const Dimension dim = r.dimension;
            const SeriesSet *series = &computed.series[d];
            for (const char *sql : {"DELETE FROM period_summary_classes WHERE period = ? AND dimension = ? AND day_offset = ?;",
                                    "DELETE FROM period_summary_rows WHERE period = ? AND dimension = ? AND day_offset = ?;",
                                    "DELETE FROM period_summaries WHERE period = ? AND dimension = ? AND day_offset = ?;"})
                step(sql, [&](SqliteStatement &s) { bindSummaryKey(s, quarter, dim, off); });
            step("INSERT INTO period_summaries(period, dimension, day_offset, start_us, end_us, data_stamp, scanner_hash, "
                 "total_packets, total_sources, previous_total_packets, daily_totals, built_at, key_count) "
                 "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?);",
                 [&](SqliteStatement &s) {
                     bindSummaryKey(s, quarter, dim, off);
                     s.bind(4, int64_t(startUs));
                     s.bind(5, int64_t(endUs));
                     s.bind(6, *stamp);
                     s.bind(7, scannerHash);
                     s.bind(8, int64_t(r.totalPackets));
                     s.bind(9, int64_t(r.totalSources));
                     s.bind(10, int64_t(r.previousTotalPackets));
                     s.bindBlob(11, packDaily(series->totals));
                     s.bind(12, int64_t(QDateTime::currentMSecsSinceEpoch() * 1000));
                     s.bind(13, int(r.rows.size()));
                 });
            auto row = db.prepare("INSERT INTO period_summary_rows(period, dimension, day_offset, key, rank, packets, "
                                       "sources, previous_rank, previous_packets, other_packets, other_sources, daily) "
                                       "VALUES(?,?,?,?,?,?,?,?,?,?,?,?);");
            auto cls = db.prepare("INSERT INTO period_summary_classes(period, dimension, day_offset, key, class, "
                                       "packets, sources) VALUES(?,?,?,?,?,?,?);");
            ok = ok && row && cls;
            for (int i = 0; ok && i < r.rows.size(); ++i) {
                const RankRow &x = r.rows[i];
                SqliteStatement &s = **row;
                s.reset();
                bindSummaryKey(s, quarter, dim, off);
                s.bind(4, x.key);
                s.bind(5, x.rank);
                s.bind(6, int64_t(x.packets));
                s.bind(7, int64_t(x.sources));
                s.bind(8, x.previousRank);
                s.bind(9, int64_t(x.previousPackets));
                qint64 otherPackets = 0, otherSources = 0;
                for (const ScannerClassShare &c : x.scannerShares)
                    if (c.scannerClass == kOther) {
                        otherPackets = c.packets;
                        otherSources = c.sources;
                    }
                s.bind(10, int64_t(otherPackets));
                s.bind(11, int64_t(otherSources));
                if (i < series->values.size())
                    s.bindBlob(12, packDaily(series->values[i]));
                else
                    s.bindNull(12);
                ok = s.run();
                for (const ScannerClassShare &c : x.scannerShares) {
                    if (!ok || c.scannerClass == kOther)
                        continue;
                    SqliteStatement &k = **cls;
                    k.reset();
                    bindSummaryKey(k, quarter, dim, off);
                    k.bind(4, x.key);
                    k.bind(5, c.scannerClass);
                    k.bind(6, int64_t(c.packets));
                    k.bind(7, int64_t(c.sources));
                    ok = k.run();
                }
            }
        }
        if (!ok || !db.exec("COMMIT;")) {
            const bool busy = db.lastErrorWasBusy();
            const Error e = store.dbError();
            db.exec("ROLLBACK;");
            if (busy) { // another writer changed the data meanwhile: its own run builds them
                qCInfo(lcSummaries) << "summaries of" << quarter.text() << "not stored: the workspace changed meanwhile";
                continue;
            }
            return e;
        }
        written += int(stale.size());
        qCInfo(lcSummaries) << "stored the summaries of" << quarter.text() << "(" << stale.size() << "dimensions) after"
                            << clock.elapsed() << "ms";
    }
    return written;
}

} // namespace teiten
