// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include "packetrecord.h"

namespace teiten {

/// Decodes a link-layer frame down to the transport header and fills a PacketRecord, including the
/// payload summary (through PayloadDecoder). Every read is bounds-checked against the captured
/// length. Stateless; any thread.
class PacketDecoder {
public:
    enum class Outcome {
        Ok,                  ///< an IPv4/IPv6 packet was decoded (maybe with transportTruncated set)
        NotIp,               ///< a valid frame that carries no IP (ARP, LLDP, …): not counted
        Malformed,           ///< the IP header itself is broken or cut
        UnsupportedLinkType,
    };

    static bool supportsLinkType(int linkType);
    static Outcome decode(int linkType, const uint8_t *data, uint32_t capturedLength, PacketRecord &out);
    /// Decodes from the IP header on (used by tunnels and by LINKTYPE_RAW).
    static Outcome decodeIp(const uint8_t *data, uint32_t length, PacketRecord &out);
};

} // namespace teiten
