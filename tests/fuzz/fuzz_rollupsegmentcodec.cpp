// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the hourly roll-ups' blob (models/rollupsegmentcodec), with what its header
// promises: a refused blob leaves `out` as it was and says why, and an accepted one re-encodes to a
// blob that decodes to the same entries, field by field.
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "rollupsegmentcodec.h"

using namespace teiten;

namespace {

bool same(const RollupEntry &a, const RollupEntry &b)
{
    return a.packets == b.packets && a.bytes == b.bytes && a.port == b.port && a.region == b.region && a.proto == b.proto;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RollupEntry held;
    held.packets = 42;
    std::vector<RollupEntry> out{held};
    const char *why = nullptr;
    if (!RollupSegmentCodec::decode(reinterpret_cast<const char *>(data), size, out, &why)) {
        if (!why || !*why || out.size() != 1 || !same(out[0], held))
            std::abort();
        return 0;
    }
    if (!same(out[0], held))
        std::abort();
    const std::vector<RollupEntry> entries(out.begin() + 1, out.end());
    for (const RollupEntry &e : entries)
        if (e.packets < 1 || e.bytes < 0)
            std::abort();
    const QByteArray blob = RollupSegmentCodec::encode(entries);
    std::vector<RollupEntry> again;
    if (!RollupSegmentCodec::decode(blob.constData(), size_t(blob.size()), again, &why) || again.size() != entries.size())
        std::abort();
    for (size_t i = 0; i < entries.size(); ++i)
        if (!same(again[i], entries[i]))
            std::abort();
    return 0;
}
