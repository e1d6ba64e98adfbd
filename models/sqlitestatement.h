// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>

#include <QByteArray>
#include <QString>

struct sqlite3_stmt;

namespace teiten {

/// A prepared statement; parameters are bound by 1-based index (every value reaching SQL goes
/// through a bind, never through string concatenation). Owning thread: the connection's.
class SqliteStatement {
public:
    explicit SqliteStatement(sqlite3_stmt *s) : m_s(s) {}
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bind(int i, int64_t v);
    void bind(int i, int v) { bind(i, int64_t(v)); }
    void bind(int i, long long v) { bind(i, int64_t(v)); }
    void bind(int i, double v);
    void bind(int i, const QString &v);
    void bind(int i, std::string_view v);
    void bindBlob(int i, const void *data, int size);
    void bindBlob(int i, const QByteArray &b) { bindBlob(i, b.constData(), int(b.size())); }
    void bindNull(int i);

    /// SQLITE_ROW → true; SQLITE_DONE → false and ok() stays true; an error → false and ok() false.
    bool step();
    bool ok() const { return m_ok; }
    int errorCode() const { return m_rc; }
    /// step() to completion ignoring rows; false on error.
    bool run();
    void reset();
    /// Back to the first row keeping the bound values: a loop rebinding only what changes.
    void rewind();

    int64_t int64(int col) const;
    int integer(int col) const { return int(int64(col)); }
    double real(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    const void *blobData(int col, int *size) const;
    bool isNull(int col) const;

private:
    sqlite3_stmt *m_s;
    bool m_ok = true;
    int m_rc = 0;
};

} // namespace teiten
