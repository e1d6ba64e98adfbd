// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include <sqlite3.h>

namespace teiten {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_s);
}

void SqliteStatement::bind(int i, int64_t v)
{
    sqlite3_bind_int64(m_s, i, v);
}

void SqliteStatement::bind(int i, double v)
{
    sqlite3_bind_double(m_s, i, v);
}

void SqliteStatement::bind(int i, const QString &v)
{
    const QByteArray u = v.toUtf8();
    sqlite3_bind_text(m_s, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int i, std::string_view v)
{
    sqlite3_bind_text(m_s, i, v.data(), int(v.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlob(int i, const void *data, int size)
{
    sqlite3_bind_blob(m_s, i, data, size, SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int i)
{
    sqlite3_bind_null(m_s, i);
}

bool SqliteStatement::step()
{
    m_rc = sqlite3_step(m_s);
    if (m_rc == SQLITE_ROW)
        return true;
    m_ok = (m_rc == SQLITE_DONE);
    return false;
}

bool SqliteStatement::run()
{
    while (step()) {
    }
    const bool good = m_ok;
    reset();
    return good;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_s);
    sqlite3_clear_bindings(m_s);
    m_ok = true;
}

void SqliteStatement::rewind()
{
    sqlite3_reset(m_s);
    m_ok = true;
}

int64_t SqliteStatement::int64(int col) const
{
    return sqlite3_column_int64(m_s, col);
}

double SqliteStatement::real(int col) const
{
    return sqlite3_column_double(m_s, col);
}

QString SqliteStatement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_s, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_s, col)) : QString();
}

QByteArray SqliteStatement::blob(int col) const
{
    const void *p = sqlite3_column_blob(m_s, col);
    return p ? QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_s, col)) : QByteArray();
}

const void *SqliteStatement::blobData(int col, int *size) const
{
    const void *p = sqlite3_column_blob(m_s, col);
    *size = sqlite3_column_bytes(m_s, col);
    return p;
}

bool SqliteStatement::isNull(int col) const
{
    return sqlite3_column_type(m_s, col) == SQLITE_NULL;
}

} // namespace teiten
