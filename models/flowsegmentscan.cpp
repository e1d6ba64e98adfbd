// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowsegmentscan.h"

#include <QCoreApplication>

#include "flowsegmentcodec.h"
#include "flowsegmentstore.h"
#include "flowtuplefilter.h"
#include "hourclock.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

namespace teiten {

const char FlowSegmentScan::Sql[] =
    "SELECT id, file_id, hour, sensor_id, tuples, data FROM flow_segments WHERE hour >= ? AND hour < ? ORDER BY hour, id;";

FlowSegmentScan::FlowSegmentScan(SqliteDatabase &db) : m_db(db) {}

Status FlowSegmentScan::run(qint64 firstHour, qint64 endHour, const FlowTupleFilter &filter, const Visit &visit)
{
    auto st = m_db.prepare(Sql);
    if (!st)
        return st.error();
    SqliteStatement &q = **st;
    q.bind(1, int64_t(firstHour));
    q.bind(2, int64_t(endHour));
    std::vector<FlowTuple> tuples;
    while (q.step()) {
        FlowSegment seg;
        seg.sensorId = q.integer(3);
        if (!filter.acceptsSensor(seg.sensorId))
            continue;
        seg.id = q.int64(0);
        seg.fileId = q.int64(1);
        seg.hour = q.int64(2);
        int size = 0;
        const void *data = q.blobData(5, &size);
        tuples.clear();
        const char *why = nullptr;
        const qint64 stated = q.int64(4);
        bool ok = stated >= 0 && size_t(stated) <= FlowSegmentStore::MaxTuples
            && FlowSegmentCodec::decode(static_cast<const char *>(data), size_t(std::max(size, 0)),
                                        int64_t(seg.hour) * HourClock::kHourUs, tuples, &why);
        if (ok && tuples.size() != size_t(stated)) {
            ok = false;
            why = QT_TRANSLATE_NOOP("FlowSegmentCodec", "tuple count differs from the segment's row");
        }
        if (!ok)
            return Error{Error::Code::Database,
                         QCoreApplication::translate("FlowSegmentScan", "%1: flow segment %2 is damaged (%3)")
                             .arg(m_db.path())
                             .arg(seg.id)
                             .arg(why ? QCoreApplication::translate("FlowSegmentCodec", why)
                                      : QCoreApplication::translate("FlowSegmentScan", "too many tuples"))};
        if (!visit(seg, tuples))
            return Ok{};
    }
    if (!q.ok())
        return Error{Error::Code::Database,
                     QCoreApplication::translate("FlowSegmentScan", "%1: cannot read flow tuples: %2")
                         .arg(m_db.path(), m_db.lastError())};
    return Ok{};
}

} // namespace teiten
