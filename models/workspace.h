// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include "result.h"
#include "workspacetypes.h"

namespace teiten {

class ScannerCatalog;
class SqliteDatabase;

/// The storage interface: one analysis workspace (an SQLite file). Every SQL statement of Teiten
/// lives behind this class (and the ingest writer that works through it), so widgets and app never
/// see SQL. Opening validates the file (SQLite header, application id, schema version, length,
/// tables; for writing also an integrity check and the write lock) before anything is written. Owning thread: the one that opened it; open one per thread.
class Workspace {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    enum class Mode {
        ReadOnly,   ///< queries only; never writes (an older schema is reported, not migrated)
        ReadWrite,  ///< migrates an older schema; creates the file if it does not exist
    };
    /// How checkIntegrity() (and opening for writing) decides to run SQLite's quick_check.
    enum class Verify {
        UnlessStamped, ///< skip it when the file is exactly as it was when it last passed (IntegrityStamp)
        Always,        ///< run it regardless (--verify): also finds damage beneath the file system
    };
    /// How a passed check was passed.
    enum class IntegrityCheck {
        Checked, ///< quick_check read the whole file and found it sound
        Stamped, ///< unchanged since it last passed: not read again
    };
    /// Closes the file; for a writer that called keepVerifiedWhenClosed(), then records it as verified.
    ~Workspace();
    static Result<std::unique_ptr<Workspace>> open(const QString &path, Mode mode,
                                                   Verify verify = Verify::UnlessStamped);

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    /// The connection (its const queries read through it too).
    SqliteDatabase &database() const { return *m_db; }
    /// SQLite's quick_check: reads every page once, so it runs on every open for writing and once
    /// when the workstation or a command opens a workspace, not on every query. Not cheap: 5.4 CPU-s
    /// for a 480 MB workspace (3 M packets) measured on the 2-core development machine. Hence
    /// skipped (Verify::UnlessStamped) when the file's IntegrityStamp shows it unchanged since it
    /// last passed; a reader records the stamp after a pass, damage found forgets it.
    Result<IntegrityCheck> checkIntegrity(Verify how = Verify::UnlessStamped);
    /// For a writer that opened the file verified and ends cleanly (its last transaction committed,
    /// the write-ahead log checkpointed and empty): closing records the file as verified again,
    /// provided no other connection committed to it meanwhile. Sound because the only changes since
    /// the check are this connection's own SQLite transactions (see the destructor).
    void keepVerifiedWhenClosed() { m_keepVerified = true; }

    // Settings kept in the workspace (meta table).
    QString meta(const QString &key, const QString &fallback = {}) const;
    Status setMeta(const QString &key, const QString &value);
    /// Day boundary offset from UTC in minutes (whole hours, −720..+840); 0 = UTC.
    int dayOffsetMinutes() const;
    Status setDayOffsetMinutes(int minutes);

    // Catalogue.
    Result<QVector<SensorInfo>> sensors() const;
    Status setSensorIncluded(int sensorId, bool included);
    Result<QVector<FileRecord>> files() const;
    /// First and last packet time in the workspace, or nullopt when empty.
    Result<std::optional<std::pair<qint64, qint64>>> dataRange() const;
    /// Quarters with data, oldest first ("2013Q2", "2013Q3").
    Result<QVector<Period>> quartersPresent() const;

    // Analysis queries; none reads per-packet data.
    /// Keys of `period` by packets against the previous period. With `scanners`, also the
    /// scanner-class shares of the first `scannerRows` rows (every row when ≤ 0), read in the same
    /// pass as the distinct sources (ScannerShareQuery::annotate does the same for a ranking at hand).
    /// A whole quarter without restriction is read from the stored summary when it is current
    /// (PeriodSummaryStore); anything else is computed (rankingLive).
    Result<Ranking> ranking(Dimension dim, const Period &period, const QueryFilter &filter = {},
                            bool withPrevious = true, const ScannerCatalog *scanners = nullptr,
                            int scannerRows = 0) const;
    /// Keys of `period` by packets with the total packets, in ranking()'s order, and nothing else:
    /// no distinct sources (0), no previous period. For callers that pick the busiest keys or
    /// need the total (series and figure keys, the events' candidates, a share's base): a computed
    /// ranking spends most of its time counting distinct sources, which this skips.
    Result<Ranking> keysByPackets(Dimension dim, const Period &period, const QueryFilter &filter = {}) const;
    /// Packets per bucket of `keys` and of all traffic; a quarter's daily series from the stored
    /// summary when it holds them, else computed (seriesLive).
    Result<SeriesSet> series(Dimension dim, const Period &period, const QueryFilter &filter,
                             const QStringList &keys, Bucket bucket) const;
    /// ranking() and series() computed from the roll-ups, never from stored summaries (what the
    /// summaries are built from, and what tests compare them with).
    Result<Ranking> rankingLive(Dimension dim, const Period &period, const QueryFilter &filter, bool withPrevious,
                                const ScannerCatalog *scanners, int scannerRows) const;
    /// rankingLive() of one or both dimensions of the same slice (in the order asked), whose
    /// distinct sources and scanner classes come from one per-source pass for all of them.
    Result<QVector<Ranking>> rankingsLive(const QVector<Dimension> &dims, const Period &period,
                                          const QueryFilter &filter, bool withPrevious,
                                          const ScannerCatalog *scanners, int scannerRows) const;
    Result<SeriesSet> seriesLive(Dimension dim, const Period &period, const QueryFilter &filter,
                                 const QStringList &keys, Bucket bucket) const;
    /// seriesLive() of one or both dimensions (each with its keys, in the order asked) from one
    /// read of the hourly roll-ups (what the stored summaries are built with).
    Result<QVector<SeriesSet>> seriesSetsLive(const QVector<Dimension> &dims, const QVector<QStringList> &keys,
                                              const Period &period, const QueryFilter &filter, Bucket bucket) const;
    Result<QVector<SourceRow>> sources(const Period &period, const QueryFilter &filter, int limit = 1000) const;
    Result<SensorBreakdown> sensorBreakdown(const Period &period, const QueryFilter &filter) const;
    /// Flow tuples in (firstUs, id) order after `after`, at most `limit` (keyset paging).
    Result<QVector<FlowRow>> flows(const Period &period, const QueryFilter &filter,
                                   std::optional<FlowCursor> after, int limit) const;
    Result<qint64> flowCount(const Period &period, const QueryFilter &filter) const;

private:
    Workspace() = default;
    Status validate(Verify verify);
    void noteVerified();
    qint64 dataVersion() const;
    static Status checkLength(const QString &path, const QByteArray &header, qint64 fileSize);
    static Status createFile(const QString &path);
    /// rankingsLive() up to the per-source pass, from one read of the roll-ups for all `dims` (and
    /// one of the previous period's).
    Result<QVector<Ranking>> packetRankings(const QVector<Dimension> &dims, const Period &period,
                                            const QueryFilter &filter, bool withPrevious) const;
    std::unique_ptr<SqliteDatabase> m_db;
    QString m_path;
    Mode m_mode = Mode::ReadOnly;
    bool m_verified = false;        ///< checkIntegrity() passed on this connection
    bool m_keepVerified = false;
    qint64 m_dataVersionAtCheck = -1; ///< PRAGMA data_version then: moves when others commit
};

} // namespace teiten
