// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

#include "payloadsummary.h"

namespace teiten {

/// Recognises and summarises application payloads by port and content (DNS, NTP, SSDP, CharGEN, QOTD,
/// SNMP, Memcached and the other UDP amplification protocols of Rossow, NDSS 2014). Bounds-checked
/// against `length`; never reads past it. Stateless; any thread.
class PayloadDecoder {
public:
    static void decode(uint8_t proto, uint16_t srcPort, uint16_t dstPort, const uint8_t *data, size_t length,
                       PayloadSummary &out);
    /// DNS message (UDP form, no TCP length prefix). False if not a plausible DNS message.
    static bool decodeDns(const uint8_t *data, size_t length, PayloadSummary &out);
};

} // namespace teiten
