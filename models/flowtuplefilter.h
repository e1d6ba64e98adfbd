// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <optional>

#include <QList>
#include <QString>

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
    /// A stored region's two letters as text ("JP").
    static QString regionText(uint16_t region)
    {
        const char letters[2] = {char(region >> 8), char(region & 0xff)};
        return QString::fromLatin1(letters, 2);
    }
    /// Two ASCII letters packed as tuples store them; nothing for any other text.
    static std::optional<uint16_t> packedRegion(const QString &text)
    {
        if (text.size() != 2 || text[0].unicode() > 0x7f || text[1].unicode() > 0x7f)
            return std::nullopt;
        return uint16_t((text[0].unicode() << 8) | text[1].unicode());
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
