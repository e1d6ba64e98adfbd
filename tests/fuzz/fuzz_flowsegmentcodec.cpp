// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the flow segment blob (models/flowsegmentcodec), with what its header
// promises: a refused blob leaves `out` as it was and says why, count() agrees with an accepted one,
// and an accepted one re-encodes to a blob that decodes to the same tuples, field by field.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "flowsegmentcodec.h"
#include "fuzzinputs.h"

using namespace teiten;

namespace {

bool same(const FlowTuple &a, const FlowTuple &b)
{
    return a.firstUs == b.firstUs && a.lastUs == b.lastUs && a.packets == b.packets
        && a.firstOffset == b.firstOffset && std::memcmp(a.src, b.src, 16) == 0
        && std::memcmp(a.dst, b.dst, 16) == 0 && a.port == b.port && a.sport == b.sport && a.dport == b.dport
        && a.payloadId == b.payloadId && a.firstSeq == b.firstSeq && a.firstIpId == b.firstIpId
        && a.firstSport == b.firstSport && a.ipLength == b.ipLength && a.region == b.region && a.proto == b.proto
        && a.ttl == b.ttl && a.tcpFlags == b.tcpFlags && a.fingerprints == b.fingerprints && a.quoted == b.quoted
        && a.quotedProto == b.quotedProto && a.quotedDport == b.quotedDport
        && std::memcmp(a.quotedSrc, b.quotedSrc, 16) == 0 && std::memcmp(a.quotedDst, b.quotedDst, 16) == 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto *bytes = reinterpret_cast<const char *>(data);
    FlowTuple held;
    held.packets = 42;
    std::vector<FlowTuple> out{held};
    const char *why = nullptr;
    int64_t counted = -1;
    const bool counts = FlowSegmentCodec::count(bytes, size, counted);
    if (!FlowSegmentCodec::decode(bytes, size, fuzz::kSegmentBaseUs, out, &why)) {
        if (!why || !*why || out.size() != 1 || !same(out[0], held))
            std::abort();
        return 0;
    }
    if (!same(out[0], held) || !counts || counted != int64_t(out.size() - 1))
        std::abort();
    const std::vector<FlowTuple> tuples(out.begin() + 1, out.end());
    const QByteArray blob = FlowSegmentCodec::encode(tuples, fuzz::kSegmentBaseUs);
    std::vector<FlowTuple> again;
    if (!FlowSegmentCodec::decode(blob.constData(), size_t(blob.size()), fuzz::kSegmentBaseUs, again, &why)
        || again.size() != tuples.size())
        std::abort();
    for (size_t i = 0; i < tuples.size(); ++i)
        if (!same(again[i], tuples[i]))
            std::abort();
    return 0;
}
