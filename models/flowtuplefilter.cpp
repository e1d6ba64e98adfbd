// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowtuplefilter.h"

namespace teiten {

FlowTupleFilter::FlowTupleFilter(const QueryFilter &f) : m_sensorIds(f.sensorIds)
{
    // Service and protocol/port fields are ANDed: a service and a different protocol match nothing.
    auto setProto = [this](int p) {
        if (m_proto >= 0 && m_proto != p)
            m_never = true;
        m_proto = p;
    };
    auto setPort = [this](int32_t p) {
        if (m_hasPort && m_port != p)
            m_never = true;
        m_hasPort = true;
        m_port = p;
    };
    if (f.service) {
        setProto(f.service->proto);
        setPort(f.service->port);
    }
    if (f.proto)
        setProto(*f.proto);
    if (f.port)
        setPort(*f.port);
    if (!f.region.isEmpty()) {
        // Stored regions are two ASCII letters; any other text matches nothing. Exact text, as
        // SQL compared it (GeoResolver::pack would upper-case and map to ZZ).
        const QString &r = f.region;
        if (r.size() == 2 && r[0].unicode() < 0x80 && r[1].unicode() < 0x80)
            m_region = (r[0].unicode() << 8) | r[1].unicode();
        else
            m_never = true;
    }
    if (f.sourcePrefix) {
        m_hasSource = true;
        std::memcpy(m_first.data(), f.sourcePrefix->first().bytes(), 16);
        std::memcpy(m_last.data(), f.sourcePrefix->last().bytes(), 16);
    }
}

bool FlowTupleFilter::acceptsSensor(int sensorId) const
{
    return m_sensorIds.isEmpty() || m_sensorIds.contains(sensorId);
}

} // namespace teiten
