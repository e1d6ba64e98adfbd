// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollupsegmentcodec.h"

#include <algorithm>
#include <limits>

#include <QtGlobal>

#include "varintstream.h"

namespace teiten {

namespace {

constexpr uint8_t kFormatVersion = 1;
// The smallest entry: proto, two bytes of region and three one-byte varints. Checking the count against it bounds what a
// forged count can make decode() reserve to a few times the blob's size.
constexpr size_t kMinEntryBytes = 6;
// The largest: proto, a five-byte port, the region, two ten-byte varints.
constexpr size_t kMaxEntryBytes = 1 + 5 + 2 + 10 + 10;

struct Reader : VarintReader {
    Reader(const uint8_t *begin, const uint8_t *stop)
        : VarintReader{begin, stop, QT_TRANSLATE_NOOP("RollupSegmentCodec", "truncated roll-up segment"),
                       QT_TRANSLATE_NOOP("RollupSegmentCodec", "malformed varint")}
    {
    }

    TEITEN_INLINE bool entry(RollupEntry &e)
    {
        uint64_t packets, bytes;
        uint8_t first, second;
        if (!byte(e.proto) || !int32Field(e.port, QT_TRANSLATE_NOOP("RollupSegmentCodec", "port out of range"))
            || !byte(first) || !byte(second) || !varint(packets) || !varint(bytes))
            return false;
        e.region = uint16_t(first << 8 | second);
        if (packets < 1 || packets > uint64_t(std::numeric_limits<int64_t>::max())) [[unlikely]]
            return fail(QT_TRANSLATE_NOOP("RollupSegmentCodec", "packet count out of range"));
        if (bytes > uint64_t(std::numeric_limits<int64_t>::max())) [[unlikely]]
            return fail(QT_TRANSLATE_NOOP("RollupSegmentCodec", "byte count out of range"));
        e.packets = int64_t(packets);
        e.bytes = int64_t(bytes);
        return true;
    }
};

} // namespace

QByteArray RollupSegmentCodec::encode(const std::vector<RollupEntry> &entries)
{
    QByteArray blob;
    blob.reserve(qsizetype(16 + entries.size() * 8));
    uint8_t buffer[kMaxEntryBytes];
    VarintWriter w{buffer};
    w.byte(kFormatVersion);
    w.varint(entries.size());
    blob.append(reinterpret_cast<const char *>(buffer), w.p - buffer);
    for (const RollupEntry &e : entries) {
        w.p = buffer;
        w.byte(e.proto);
        w.signedVarint(e.port);
        w.byte(uint8_t(e.region >> 8));
        w.byte(uint8_t(e.region & 0xff));
        w.varint(uint64_t(e.packets));
        w.varint(uint64_t(e.bytes));
        blob.append(reinterpret_cast<const char *>(buffer), w.p - buffer);
    }
    return blob;
}

bool RollupSegmentCodec::decode(const char *data, size_t size, std::vector<RollupEntry> &out, const char **why)
{
    const auto *bytes = reinterpret_cast<const uint8_t *>(data);
    Reader r{bytes, bytes + size};
    const size_t before = out.size();
    uint8_t version = 0;
    uint64_t count = 0;
    bool ok = r.byte(version);
    if (ok && version != kFormatVersion)
        ok = r.fail(QT_TRANSLATE_NOOP("RollupSegmentCodec", "unknown roll-up segment format"));
    ok = ok && r.varint(count);
    if (ok && count > size_t(r.end - r.p) / kMinEntryBytes)
        ok = r.fail(QT_TRANSLATE_NOOP("RollupSegmentCodec", "entry count exceeds the segment size"));
    if (ok) {
        // Geometric growth: a caller appending segment after segment must not copy `out` each time.
        if (out.capacity() - before < count)
            out.reserve(std::max(before + count, 2 * out.capacity()));
        for (uint64_t i = 0; i < count && ok; ++i)
            ok = r.entry(out.emplace_back());
        if (ok && r.p != r.end)
            ok = r.fail(QT_TRANSLATE_NOOP("RollupSegmentCodec", "trailing bytes"));
    }
    if (!ok) {
        out.resize(before);
        if (why)
            *why = r.why;
    }
    return ok;
}

} // namespace teiten
