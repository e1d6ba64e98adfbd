// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    enum class Mode { ReadOnly, ReadWrite, Create };
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    static Result<std::unique_ptr<SqliteDatabase>> open(const QString &path, Mode mode);

    Status exec(const char *sql);
    Result<std::unique_ptr<SqliteStatement>> prepare(const char *sql);
    QString lastError() const;
    qint64 lastInsertRowId() const;
    int changes() const;
    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    /// Called regularly by long queries; returning true interrupts them.
    void interrupt();

private:
    SqliteDatabase(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace teiten
