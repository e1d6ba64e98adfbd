// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

#include <memory>

#include <QString>

#include "result.h"

struct sqlite3;

namespace teiten {

class SqliteStatement;

/// RAII owner of one sqlite3 connection. Used directly (not through QtSql) because ingest needs
/// prepared-statement reuse at millions of rows a second. Owning thread: the one that opened it.
class SqliteDatabase {
public:
    enum class Mode {
        ReadOnly,
        ReadWrite,
        Create,
        Immutable, ///< read-only media or folder: no locks, no -shm; nothing may change the file meanwhile
    };
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    static Result<std::unique_ptr<SqliteDatabase>> open(const QString &path, Mode mode);

    Status exec(const char *sql);
    Result<std::unique_ptr<SqliteStatement>> prepare(const char *sql);
    /// SQLite's message for the last failure, led by a plain reason for the failures an analyst can
    /// act on (another process writing, disk full, read-only, damaged file).
    QString lastError() const;
    /// Extended result code of the last failure (SQLITE_BUSY, SQLITE_FULL, …).
    int lastErrorCode() const;
    /// True when the last failure was another connection holding the write lock past the busy timeout.
    bool lastErrorWasBusy() const;
    qint64 lastInsertRowId() const;
    int changes() const;
    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    /// While `flag` is set (non-null), SQLite polls it every few thousand VM steps and ends the
    /// running statement with SQLITE_INTERRUPT once it is true: another thread can stop a long
    /// query by setting the flag, even before the statement starts. nullptr removes the hook.
    void setStopFlag(const std::atomic_bool *flag);
    const std::atomic_bool *stopFlag() const { return m_stopFlag; }
    /// How it was opened (a second connection to the same file needs to know if it is immutable).
    Mode mode() const { return m_mode; }

private:
    SqliteDatabase(sqlite3 *db, QString path, Mode mode) : m_db(db), m_path(std::move(path)), m_mode(mode) {}
    sqlite3 *m_db = nullptr;
    QString m_path;
    Mode m_mode;
    const std::atomic_bool *m_stopFlag = nullptr;
};

} // namespace teiten
