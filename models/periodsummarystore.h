// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "result.h"
#include "workspacetypes.h"

namespace teiten {

class ScannerCatalog;
class SqliteDatabase;
class Workspace;

/// Stored results of whole quarters, so that reading a quarter is a read, not a computation: per
/// quarter, dimension and day offset the ranking (every key with previous rank, distinct sources
/// and packets by scanner class) and the daily series of its first SeriesKeys keys and of the total.
///
/// The writer (ImportJob, at the end of a run) builds them; a stored summary is used only when the
/// request is exactly what it answers: a quarter, no restriction (or every sensor), the same day
/// offset, and the data unchanged since it was built — its stamp (a hash of the files overlapping
/// the quarter and the previous one) must equal the stamp of the files now. The scanner classes
/// are used only with the same scanner list (ScannerCatalog::fingerprint). Anything else is
/// computed live by Workspace. Importing a file also forgets, in the file's own transaction, every
/// summary whose range it touches, so no interrupted import leaves a summary behind that disagrees
/// with the data. Runs on the thread owning the database.
class PeriodSummaryStore {
    Q_DECLARE_TR_FUNCTIONS(PeriodSummaryStore)
public:
    /// Keys per ranking whose daily series is stored (the charts and reports show at most a few tens).
    static constexpr int SeriesKeys = 100;

    explicit PeriodSummaryStore(SqliteDatabase &db);

    /// The stored ranking of `period` when it answers the request exactly and is current, else nullopt.
    Result<std::optional<Ranking>> ranking(Dimension dim, const Period &period, const QueryFilter &filter,
                                           int dayOffsetMinutes, bool withPrevious);
    /// Fills the scanner shares of the first `rows` rows (all when ≤ 0) of a ranking this store
    /// returned, when it was built with the same scanner list; false when it was not (nothing filled).
    Result<bool> fillScannerShares(Ranking &ranking, const QueryFilter &filter, int dayOffsetMinutes,
                                   const ScannerCatalog &catalog, int rows);
    /// The stored daily series of `keys` when the request is answered exactly (a key ranked beyond
    /// the stored ones makes it nullopt; a key absent from the quarter is all zeros, as live).
    Result<std::optional<SeriesSet>> series(Dimension dim, const Period &period, const QueryFilter &filter,
                                            const QStringList &keys, Bucket bucket, int dayOffsetMinutes);

    /// Builds the summaries of every quarter present that has none current for the workspace's day
    /// offset and `catalog`; returns how many (quarter, dimension) summaries were written. A
    /// quarter is computed in one read snapshot (two quarters at a time: the second on a read-only
    /// connection of its own) and written in a transaction of its own, unless the data it was
    /// computed from changed meanwhile (another writer committed): then it is not stored.
    static Result<int> rebuild(Workspace &ws, const ScannerCatalog &catalog);
    /// Called by rebuild() between computing the quarters and writing them (tests change the data
    /// there, as another writer could); empty by default. Process-wide.
    static void setBeforeWriteHook(std::function<void()> hook);
    /// Forgets every summary that depends on data in [firstUs, lastUs]. Called inside the
    /// transaction that changes that data.
    static Status forget(SqliteDatabase &db, qint64 firstUs, qint64 lastUs);
    /// Hash of the files (id, content hash, import time, packets, time range) that hold data in
    /// [startUs, endUs): it changes whenever the data of that range can have changed.
    static Result<QString> dataStamp(SqliteDatabase &db, qint64 startUs, qint64 endUs);

private:
    struct Header {
        qint64 startUs = 0;
        qint64 endUs = 0;
        QString scannerHash;
        qint64 totalPackets = 0;
        qint64 totalSources = 0;
        qint64 previousTotalPackets = 0;
        int keyCount = 0;
        QByteArray dailyTotals;
    };
    /// The last header looked up (one request reads it for the ranking and again for its classes).
    struct CachedHeader {
        Dimension dim;
        QString period;
        int dayOffsetMinutes;
        std::optional<Header> header;
    };
    Result<bool> answersExactly(const Period &period, const QueryFilter &filter);
    /// The summary's header when it is current (its data stamp is the data's now), else nullopt;
    /// the last one is remembered for the next call with the same arguments.
    Result<std::optional<Header>> currentHeader(Dimension dim, const Period &period, int dayOffsetMinutes);
    Result<std::optional<Header>> readHeader(Dimension dim, const Period &period, int dayOffsetMinutes);
    /// currentHeader() when the request is one a summary answers (answersExactly), else nullopt.
    Result<std::optional<Header>> usableHeader(Dimension dim, const Period &period, const QueryFilter &filter,
                                               int dayOffsetMinutes);
    Error dbError() const;
    SqliteDatabase &m_db;
    std::optional<CachedHeader> m_lastHeader;
};

} // namespace teiten
