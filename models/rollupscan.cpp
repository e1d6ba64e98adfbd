// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollupscan.h"

#include <vector>

#include <QCoreApplication>

#include "flowtuplefilter.h"
#include "rollupsegmentcodec.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

namespace teiten {

RollupScan::RollupScan(SqliteDatabase &db) : m_db(db) {}

Status RollupScan::run(qint64 firstHour, qint64 endHour, const QueryFilter &filter, const Visit &visit)
{
    Q_ASSERT(!filter.needsFlowTuples());
    const FlowTupleFilter match(filter);
    auto st = m_db.prepare("SELECT id, hour, sensor_id, data FROM rollup_segments WHERE hour >= ? AND hour < ?;");
    if (!st)
        return st.error();
    SqliteStatement &q = **st;
    q.bind(1, int64_t(firstHour));
    q.bind(2, int64_t(endHour));
    std::vector<RollupEntry> entries;
    while (q.step()) {
        const int sensorId = q.integer(2);
        if (!match.acceptsSensor(sensorId))
            continue;
        int size = 0;
        const void *data = q.blobData(3, &size);
        entries.clear();
        const char *why = nullptr;
        if (!RollupSegmentCodec::decode(static_cast<const char *>(data), size_t(std::max(size, 0)), entries, &why))
            return Error{Error::Code::Database,
                         QCoreApplication::translate("RollupScan", "%1: roll-up segment %2 is damaged (%3)")
                             .arg(m_db.path())
                             .arg(q.int64(0))
                             .arg(QCoreApplication::translate("RollupSegmentCodec", why))};
        const qint64 hour = q.int64(1);
        for (const RollupEntry &e : entries)
            if (match.acceptsKey(e.proto, e.port, e.region))
                visit(hour, sensorId, e);
    }
    if (!q.ok())
        return Error{Error::Code::Database,
                     QCoreApplication::translate("RollupScan", "%1: cannot read the hourly roll-ups: %2")
                         .arg(m_db.path(), m_db.lastError())};
    return Ok{};
}

} // namespace teiten
