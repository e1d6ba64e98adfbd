// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for every payload decoder (models/payloaddecoder). Each execution hands the same
// bytes to every decoder route of fuzzinputs.h as a request to the service port (and as a reply from
// it where the decoder reads replies differently), plus the public DNS entry point: one execution is
// one run of every decoder, which is how docs/RELIABILITY.md counts per-decoder executions.
#include <cstdint>
#include <cstdlib>

#include "fuzzinputs.h"
#include "payloaddecoder.h"

using namespace teiten;

namespace {

/// The summary is stored and shown as text: a qname longer than a DNS name can be would mean a
/// decoder ran past the message.
void checkSummary(const PayloadSummary &s)
{
    if (s.qname.size() > 255)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    PayloadSummary s;
    for (const fuzz::PayloadRoute &r : fuzz::kPayloadRoutes) {
        PayloadDecoder::decode(r.proto, fuzz::kClientPort, r.port, data, size, s);
        checkSummary(s);
        if (r.replyDiffers) {
            PayloadDecoder::decode(r.proto, r.port, fuzz::kClientPort, data, size, s);
            checkSummary(s);
        }
    }
    PayloadDecoder::decodeDns(data, size, s);
    checkSummary(s);
    return 0;
}
