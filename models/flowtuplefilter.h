// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <cstring>

#include <QList>

#include "flowtuple.h"
#include "workspacetypes.h"

namespace teiten {

/// A QueryFilter as a test on decoded flow tuples: what SqlWhere::addFilter says in SQL, for the
/// tuples that live packed in flow segments (FlowSegmentScan) and so cannot be filtered by SQLite.
class FlowTupleFilter {
public:
    explicit FlowTupleFilter(const QueryFilter &filter);

    /// Whether a segment of this sensor can hold matching tuples.
    bool acceptsSensor(int sensorId) const;
    /// Whether the tuple matches everything but the sensor (checked once per segment).
    bool accepts(const FlowTuple &t) const
    {
        if (m_proto >= 0 && t.proto != m_proto)
            return false;
        if (m_hasPort && t.port != m_port)
            return false;
        if (m_region >= 0 && t.region != m_region)
            return false;
        if (m_hasSource && (std::memcmp(t.src, m_first.data(), 16) < 0 || std::memcmp(t.src, m_last.data(), 16) > 0))
            return false;
        return !m_never;
    }
    /// True when no filter field is set: every tuple passes.
    bool acceptsAll() const { return m_acceptsAll; }

private:
    QList<int> m_sensorIds;
    int m_proto = -1;
    bool m_hasPort = false;
    int32_t m_port = 0;
    int m_region = -1;
    bool m_hasSource = false;
    bool m_never = false; ///< contradicting fields (two protocols, two ports) or a region no tuple has
    bool m_acceptsAll = false;
    std::array<uint8_t, 16> m_first{}, m_last{};
};

} // namespace teiten
