// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowsegmentstore.h"

#include <algorithm>

#include <QCoreApplication>

#include "flowsegmentcodec.h"
#include "hourclock.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

namespace teiten {

FlowSegmentStore::FlowSegmentStore(SqliteDatabase &db) : m_db(db) {}

FlowSegmentStore::~FlowSegmentStore() = default;

Status FlowSegmentStore::prepare()
{
    auto st = m_db.prepare("INSERT INTO flow_segments(file_id, hour, sensor_id, tuples, data) VALUES(?,?,?,?,?);");
    if (!st)
        return st.error();
    m_insert = std::move(*st);
    return Ok{};
}

Status FlowSegmentStore::write(qint64 fileId, qint64 hour, int sensorId, std::vector<FlowTuple> &tuples)
{
    if (!m_insert)
        if (auto s = prepare(); !s)
            return s;
    // The import hands them over in time order already; sort only what is not.
    auto earlier = [](const FlowTuple &a, const FlowTuple &b) { return a.firstUs < b.firstUs; };
    if (!std::is_sorted(tuples.begin(), tuples.end(), earlier))
        std::stable_sort(tuples.begin(), tuples.end(), earlier);
    const int64_t baseUs = int64_t(hour) * HourClock::kHourUs;
    for (size_t at = 0; at < tuples.size(); at += MaxTuples) {
        const size_t n = std::min(MaxTuples, tuples.size() - at);
        const QByteArray blob = n == tuples.size()
            ? FlowSegmentCodec::encode(tuples, baseUs)
            : FlowSegmentCodec::encode(std::vector<FlowTuple>(tuples.begin() + qsizetype(at), tuples.begin() + qsizetype(at + n)),
                                       baseUs);
        SqliteStatement &q = *m_insert;
        q.bind(1, int64_t(fileId));
        q.bind(2, int64_t(hour));
        q.bind(3, int64_t(sensorId));
        q.bind(4, int64_t(n));
        q.bindBlob(5, blob);
        if (!q.run())
            return Error{Error::Code::Database,
                         QCoreApplication::translate("FlowSegmentStore", "%1: cannot write flow tuples: %2")
                             .arg(m_db.path(), m_db.lastError())};
    }
    tuples.clear();
    return Ok{};
}

} // namespace teiten
