// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <cstring>

#include <QList>

#include "flowtuple.h"
#include "workspacetypes.h"

namespace teiten {

/// A QueryFilter as a test on decoded flow tuples and hourly roll-ups, which live packed in segments
/// (FlowSegmentScan, RollupScan) and so cannot be filtered by SQLite.
class FlowTupleFilter {
public:
    explicit FlowTupleFilter(const QueryFilter &filter);

    /// Whether a segment of this sensor can hold matching tuples.
    bool acceptsSensor(int sensorId) const;
    /// Whether the tuple matches everything but the sensor (checked once per segment).
    bool accepts(const FlowTuple &t) const
    {
        if (!acceptsKey(t.proto, t.port, t.region))
            return false;
        return !m_hasSource || (std::memcmp(t.src, m_first.data(), 16) >= 0 && std::memcmp(t.src, m_last.data(), 16) <= 0);
    }
    /// Whether a roll-up of this protocol, service port and region matches everything but the
    /// sensor and the sources (roll-ups have none: a filter naming sources reads tuples).
    bool acceptsKey(uint8_t proto, int32_t port, uint16_t region) const
    {
        if (m_proto >= 0 && proto != m_proto)
            return false;
        if (m_hasPort && port != m_port)
            return false;
        if (m_region >= 0 && region != m_region)
            return false;
        return !m_never;
    }

private:
    QList<int> m_sensorIds;
    int m_proto = -1;
    bool m_hasPort = false;
    int32_t m_port = 0;
    int m_region = -1;
    bool m_hasSource = false;
    bool m_never = false; ///< contradicting fields (two protocols, two ports) or a region no tuple has
    std::array<uint8_t, 16> m_first{}, m_last{};
};

} // namespace teiten
