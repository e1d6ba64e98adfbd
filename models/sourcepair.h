// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QtGlobal>

#include "ipaddress.h"

namespace teiten {

/// A source address with a small number that it is counted under: a packed service
/// (ServiceKey::packed), a packed region (GeoResolver::pack) or a sensor id. Distinct-source counts
/// are sets of these, so no string is built per flow tuple.
struct SourcePair {
    qint64 key = 0;
    IpAddress src;
    bool operator==(const SourcePair &o) const { return key == o.key && src == o.src; }
};

} // namespace teiten

template <>
struct std::hash<teiten::SourcePair> {
    size_t operator()(const teiten::SourcePair &p) const noexcept
    {
        return std::hash<teiten::IpAddress>()(p.src) ^ std::hash<qint64>()(p.key * 0x9E3779B97F4A7C15ll);
    }
};
