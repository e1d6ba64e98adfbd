// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for models/packetdecoder. The first byte picks the link type (modulo the list in
// fuzzinputs.h, so every supported link type is reachable); the rest is the captured frame. The
// same bytes also go through decodeIp(), the tunnel/RAW entry point.
#include <cstdint>
#include <cstdlib>

#include "fuzzinputs.h"
#include "packetdecoder.h"

using namespace teiten;

namespace {

/// The record's payload pointer must stay inside the frame it was decoded from.
void checkRecord(const PacketRecord &r, const uint8_t *frame, size_t length)
{
    if (!r.l4Payload)
        return;
    if (r.l4Payload < frame || r.l4Payload > frame + length || r.l4PayloadLength > size_t(frame + length - r.l4Payload))
        std::abort();
    if (r.payload.qname.size() > 255)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int linkType = fuzz::kLinkTypes[data[0] % fuzz::kLinkTypeCount];
    const uint8_t *frame = data + 1;
    const uint32_t length = uint32_t(size - 1);
    PacketRecord rec;
    PacketDecoder::decode(linkType, frame, length, rec);
    checkRecord(rec, frame, length);
    PacketDecoder::decodeIp(frame, length, rec);
    checkRecord(rec, frame, length);
    return 0;
}
