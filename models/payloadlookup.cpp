// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloadlookup.h"

#include <QCoreApplication>

#include "payloadcolumns.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

namespace teiten {

namespace {
constexpr size_t kMaxCached = size_t(1) << 16;
}

PayloadLookup::PayloadLookup(SqliteDatabase &db) : m_db(db) {}

PayloadLookup::~PayloadLookup() = default;

Result<PayloadInfo> PayloadLookup::find(int32_t id)
{
    if (id <= 0)
        return PayloadInfo{};
    if (const auto it = m_cache.find(id); it != m_cache.end())
        return it->second;
    if (!m_select) {
        const QByteArray sql = QByteArray("SELECT ") + PayloadColumns::sql + " FROM payloads p WHERE p.id = ?;";
        auto st = m_db.prepare(sql.constData());
        if (!st)
            return st.error();
        m_select = std::move(*st);
    }
    m_select->bind(1, int64_t(id));
    PayloadInfo info;
    if (m_select->step())
        info = PayloadColumns::read(*m_select, 0);
    const bool ok = m_select->ok();
    m_select->reset();
    if (!ok)
        return Error{Error::Code::Database,
                     QCoreApplication::translate("PayloadLookup", "%1: cannot read a payload summary: %2")
                         .arg(m_db.path(), m_db.lastError())};
    if (m_cache.size() >= kMaxCached)
        m_cache.clear();
    m_cache.emplace(id, info);
    return info;
}

} // namespace teiten
