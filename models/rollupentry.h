// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace teiten {

/// One hourly roll-up: the packets and IP bytes of one service and source region at one sensor in
/// one hour of one capture file. The hour, sensor and file are those of the segment that holds it
/// (RollupSegmentCodec), so they are not repeated here.
struct RollupEntry {
    int64_t packets = 0; ///< ≥ 1
    int64_t bytes = 0;   ///< ≥ 0
    int32_t port = 0;    ///< service port: TCP/UDP destination port, 0 other protocols, −1 fragments
    uint16_t region = 0; ///< two ASCII letters, first in the high byte (GeoResolver::pack)
    uint8_t proto = 0;
};

} // namespace teiten
