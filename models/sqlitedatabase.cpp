// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedatabase.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

#include "sqlitestatement.h"

namespace teiten {

// Statements slower than 50 ms, with their time: QT_LOGGING_RULES="teiten.sql.debug=true" shows
// which query a slow view or command waits for, on the analyst's own workspace.
Q_LOGGING_CATEGORY(lcSqlSlow, "teiten.sql", QtWarningMsg)

namespace {
int traceSlowStatement(unsigned type, void *, void *stmt, void *nanoseconds)
{
    if (type != SQLITE_TRACE_PROFILE)
        return 0;
    const auto ns = *static_cast<const sqlite3_int64 *>(nanoseconds);
    if (ns >= 50'000'000) {
        char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(stmt));
        qCDebug(lcSqlSlow).noquote() << QStringLiteral("%1 ms:").arg(ns / 1'000'000) << (sql ? sql : "?");
        sqlite3_free(sql);
    }
    return 0;
}

// BIT_AND aggregate: SQLite has none. A source carries a tool fingerprint only when every one of
// its rows does: one chance match (IP ID 54321 is 1 in 65,536) must not mark a heavy source.
struct BitAnd {
    sqlite3_int64 bits;
    bool seen;
};
void bitAndStep(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    auto *acc = static_cast<BitAnd *>(sqlite3_aggregate_context(ctx, sizeof(BitAnd))); // zeroed on first call
    if (!acc)
        return;
    const sqlite3_int64 v = sqlite3_value_int64(argv[0]);
    acc->bits = acc->seen ? (acc->bits & v) : v;
    acc->seen = true;
}
void bitAndFinal(sqlite3_context *ctx)
{
    auto *acc = static_cast<BitAnd *>(sqlite3_aggregate_context(ctx, 0));
    sqlite3_result_int64(ctx, acc && acc->seen ? acc->bits : 0);
}
} // namespace

SqliteDatabase::~SqliteDatabase()
{
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString &path, Mode mode)
{
    const QFileInfo fi(path);
    if (mode != Mode::Create && !fi.exists())
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("SqliteDatabase", "%1: no such workspace file").arg(path)};
    if (fi.exists() && fi.isDir())
        return Error{Error::Code::BadFormat,
                     QCoreApplication::translate("SqliteDatabase", "%1: is a folder, not a workspace file").arg(path)};
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::Immutable: flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI; break;
    }
    sqlite3 *db = nullptr;
    const QByteArray p = mode == Mode::Immutable
        ? "file:" + QFileInfo(path).absoluteFilePath().toUtf8().toPercentEncoding("/") + "?immutable=1"
        : path.toUtf8();
    const int rc = sqlite3_open_v2(p.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return Error{rc == SQLITE_CANTOPEN ? Error::Code::Unreadable : Error::Code::Database,
                     QCoreApplication::translate("SqliteDatabase", "%1: cannot open workspace: %2").arg(path, why)};
    }
    sqlite3_extended_result_codes(db, 1);
    // Another process importing holds the write lock; wait a little rather than fail at once.
    sqlite3_busy_timeout(db, 3000);
    if (lcSqlSlow().isDebugEnabled())
        sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, traceSlowStatement, nullptr);
    sqlite3_create_function_v2(db, "bit_and", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, nullptr, bitAndStep,
                               bitAndFinal, nullptr);
    return std::unique_ptr<SqliteDatabase>(new SqliteDatabase(db, path, mode));
}

Status SqliteDatabase::exec(const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        sqlite3_free(err);
        const QString why = lastError();
        return Error{Error::Code::Database, QCoreApplication::translate("SqliteDatabase", "%1: %2").arg(m_path, why)};
    }
    return Ok{};
}

Result<std::unique_ptr<SqliteStatement>> SqliteDatabase::prepare(const char *sql)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK) {
        sqlite3_finalize(s);
        return Error{Error::Code::Database,
                     QCoreApplication::translate("SqliteDatabase", "%1: %2").arg(m_path, lastError())};
    }
    return std::make_unique<SqliteStatement>(s);
}

QString SqliteDatabase::lastError() const
{
    const QString raw = QString::fromUtf8(sqlite3_errmsg(m_db));
    const char *reason = nullptr;
    if (lastErrorWasBusy()) {
        reason = QT_TRANSLATE_NOOP("SqliteDatabase", "the workspace is being written by another process; try again when it has finished");
    } else {
        switch (sqlite3_extended_errcode(m_db) & 0xff) {
        case SQLITE_FULL: reason = QT_TRANSLATE_NOOP("SqliteDatabase", "the disk is full"); break;
        case SQLITE_READONLY: reason = QT_TRANSLATE_NOOP("SqliteDatabase", "the workspace or its folder is read-only"); break;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB: reason = QT_TRANSLATE_NOOP("SqliteDatabase", "the workspace file is damaged"); break;
        case SQLITE_IOERR: reason = QT_TRANSLATE_NOOP("SqliteDatabase", "input/output error"); break;
        default: return raw;
        }
    }
    return QStringLiteral("%1 (%2)").arg(QCoreApplication::translate("SqliteDatabase", reason), raw);
}

int SqliteDatabase::lastErrorCode() const
{
    return sqlite3_extended_errcode(m_db);
}

bool SqliteDatabase::lastErrorWasBusy() const
{
    const int rc = sqlite3_extended_errcode(m_db) & 0xff;
    return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

void SqliteDatabase::setStopFlag(const std::atomic_bool *flag)
{
    m_stopFlag = flag;
    if (!flag) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        m_db, 4096,
        [](void *f) -> int { return static_cast<const std::atomic_bool *>(f)->load(std::memory_order_relaxed) ? 1 : 0; },
        const_cast<std::atomic_bool *>(flag));
}

} // namespace teiten
