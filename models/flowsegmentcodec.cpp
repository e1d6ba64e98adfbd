// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowsegmentcodec.h"

#include <algorithm>
#include <cstring>
#include <limits>

#include "varintstream.h"

namespace teiten {

namespace {

constexpr uint8_t kFormatVersion = 1;

namespace flag {
constexpr uint8_t SrcV4 = 0x01;
constexpr uint8_t DstV4 = 0x02;
constexpr uint8_t Quoted = 0x04;
constexpr uint8_t QuotedSrcV4 = 0x08;
constexpr uint8_t QuotedDstV4 = 0x10;
constexpr uint8_t Payload = 0x20;
constexpr uint8_t Reserved = 0xc0;
} // namespace flag

// The smallest tuple: flags, two IPv4 addresses, 12 one-byte varints, 4 bytes. Checking the count
// against it bounds what a forged count can make decode() reserve to a few times the blob's size.
constexpr size_t kMinTupleBytes = 1 + 2 * 4 + 12 + 4;
// The largest: flags, two IPv6 addresses, 4 ten-byte and 3 five-byte varints, payloadId (its
// 64-bit pattern when negative), firstSeq, 4 three-byte varints, 4 bytes, then the quoted part.
constexpr size_t kMaxTupleBytes = 1 + 2 * 16 + 4 * 10 + 3 * 5 + 10 + 5 + 4 * 3 + 4 + (1 + 5 + 2 * 16);

constexpr const char *kTruncated = QT_TRANSLATE_NOOP("FlowSegmentCodec", "truncated segment");

bool isV4Mapped(const uint8_t (&a)[16])
{
    static constexpr uint8_t prefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    return std::memcmp(a, prefix, sizeof prefix) == 0;
}

// The varint writer with the segments' addresses: an IPv4-mapped one takes its last 4 bytes.
struct Writer : VarintWriter {
    void address(const uint8_t (&a)[16])
    {
        const size_t n = isV4Mapped(a) ? 4 : 16;
        std::memcpy(p, a + 16 - n, n);
        p += n;
    }
};

struct Reader : VarintReader {
    Reader(const uint8_t *begin, const uint8_t *stop)
        : VarintReader{begin, stop, kTruncated, QT_TRANSLATE_NOOP("FlowSegmentCodec", "malformed varint")}
    {
    }

    /// `a` must hold zeros (a fresh tuple): an IPv4-mapped address only gets its 0xffff and 4 bytes.
    TEITEN_INLINE bool address(uint8_t (&a)[16], bool v4)
    {
        const size_t n = v4 ? 4 : 16;
        if (size_t(end - p) < n) [[unlikely]]
            return fail(kTruncated);
        if (v4)
            a[10] = a[11] = 0xff;
        std::memcpy(a + 16 - n, p, n);
        p += n;
        return true;
    }

    /// Version and tuple count; `tuples` is bounded by what the rest of the blob can hold.
    bool header(uint64_t &tuples)
    {
        uint8_t version;
        if (!byte(version))
            return false;
        if (version != kFormatVersion)
            return fail(QT_TRANSLATE_NOOP("FlowSegmentCodec", "unknown segment format"));
        if (!varint(tuples))
            return false;
        if (tuples > size_t(end - p) / kMinTupleBytes)
            return fail(QT_TRANSLATE_NOOP("FlowSegmentCodec", "tuple count exceeds the segment size"));
        return true;
    }

    /// `base` is the previous tuple's firstUs; `t` a value-initialized tuple.
    bool tuple(FlowTuple &t, int64_t base)
    {
        uint8_t flags;
        if (!byte(flags))
            return false;
        if (flags & flag::Reserved) [[unlikely]]
            return fail(QT_TRANSLATE_NOOP("FlowSegmentCodec", "reserved flag bits set"));
        if (!address(t.src, flags & flag::SrcV4) || !address(t.dst, flags & flag::DstV4))
            return false;
        int64_t firstDelta, lastDelta;
        uint64_t packets;
        if (!signedVarint(firstDelta) || !signedVarint(lastDelta) || !varint(packets)
            || !signedVarint(t.firstOffset))
            return false;
        // A forged delta must not overflow; an encoded one never does (see the header).
        if (__builtin_add_overflow(base, firstDelta, &t.firstUs)
            || __builtin_add_overflow(t.firstUs, lastDelta, &t.lastUs)) [[unlikely]]
            return fail(QT_TRANSLATE_NOOP("FlowSegmentCodec", "time out of range"));
        t.packets = int64_t(packets);
        if (!int32Field(t.port, QT_TRANSLATE_NOOP("FlowSegmentCodec", "port out of range")) || !int32Field(t.sport, QT_TRANSLATE_NOOP("FlowSegmentCodec", "source port out of range"))
            || !int32Field(t.dport, QT_TRANSLATE_NOOP("FlowSegmentCodec", "destination port out of range")))
            return false;
        if (flags & flag::Payload) {
            if (!unsignedField(t.payloadId, QT_TRANSLATE_NOOP("FlowSegmentCodec", "payload id out of range")))
                return false;
            if (t.payloadId <= 0) // the flag says there is one; 0 would be written without it
                return fail(QT_TRANSLATE_NOOP("FlowSegmentCodec", "payload id out of range"));
        }
        if (!unsignedField(t.firstSeq, QT_TRANSLATE_NOOP("FlowSegmentCodec", "sequence number out of range"))
            || !unsignedField(t.firstIpId, QT_TRANSLATE_NOOP("FlowSegmentCodec", "IP ID out of range"))
            || !unsignedField(t.firstSport, QT_TRANSLATE_NOOP("FlowSegmentCodec", "first source port out of range"))
            || !unsignedField(t.ipLength, QT_TRANSLATE_NOOP("FlowSegmentCodec", "IP length out of range")) || !unsignedField(t.region, QT_TRANSLATE_NOOP("FlowSegmentCodec", "region out of range")))
            return false;
        if (size_t(end - p) < 4) [[unlikely]]
            return fail(kTruncated);
        t.proto = p[0];
        t.ttl = p[1];
        t.tcpFlags = p[2];
        t.fingerprints = p[3];
        p += 4;
        if (!(flags & flag::Quoted))
            return true;
        t.quoted = true;
        return byte(t.quotedProto) && int32Field(t.quotedDport, QT_TRANSLATE_NOOP("FlowSegmentCodec", "quoted port out of range"))
            && address(t.quotedSrc, flags & flag::QuotedSrcV4) && address(t.quotedDst, flags & flag::QuotedDstV4);
    }
};


void encodeTuple(Writer &w, const FlowTuple &t, int64_t previousFirstUs)
{
    uint8_t flags = 0;
    if (isV4Mapped(t.src))
        flags |= flag::SrcV4;
    if (isV4Mapped(t.dst))
        flags |= flag::DstV4;
    if (t.quoted) {
        flags |= flag::Quoted;
        if (isV4Mapped(t.quotedSrc))
            flags |= flag::QuotedSrcV4;
        if (isV4Mapped(t.quotedDst))
            flags |= flag::QuotedDstV4;
    }
    if (t.payloadId != 0)
        flags |= flag::Payload;
    w.byte(flags);
    w.address(t.src);
    w.address(t.dst);
    // Differences wrap in uint64 instead of overflowing; decode() rejects a wrapped one.
    w.signedVarint(int64_t(uint64_t(t.firstUs) - uint64_t(previousFirstUs)));
    w.signedVarint(int64_t(uint64_t(t.lastUs) - uint64_t(t.firstUs)));
    w.varint(uint64_t(t.packets));
    w.signedVarint(t.firstOffset);
    w.signedVarint(t.port);
    w.signedVarint(t.sport);
    w.signedVarint(t.dport);
    if (t.payloadId != 0)
        w.varint(uint64_t(int64_t(t.payloadId)));
    w.varint(t.firstSeq);
    w.varint(t.firstIpId);
    w.varint(t.firstSport);
    w.varint(t.ipLength);
    w.varint(t.region);
    w.byte(t.proto);
    w.byte(t.ttl);
    w.byte(t.tcpFlags);
    w.byte(t.fingerprints);
    if (t.quoted) {
        w.byte(t.quotedProto);
        w.signedVarint(t.quotedDport);
        w.address(t.quotedSrc);
        w.address(t.quotedDst);
    }
}

} // namespace

QByteArray FlowSegmentCodec::encode(const std::vector<FlowTuple> &tuples, int64_t baseUs)
{
    QByteArray blob;
    blob.reserve(qsizetype(16 + tuples.size() * 40)); // about an IPv4 scan tuple's size
    uint8_t buffer[kMaxTupleBytes];
    Writer w{{buffer}};
    w.byte(kFormatVersion);
    w.varint(tuples.size());
    blob.append(reinterpret_cast<const char *>(buffer), w.p - buffer);
    int64_t previous = baseUs;
    for (const FlowTuple &t : tuples) {
        w.p = buffer;
        encodeTuple(w, t, previous);
        blob.append(reinterpret_cast<const char *>(buffer), w.p - buffer);
        previous = t.firstUs;
    }
    return blob;
}

bool FlowSegmentCodec::decode(const char *data, size_t size, int64_t baseUs, std::vector<FlowTuple> &out,
                              const char **why)
{
    const auto *bytes = reinterpret_cast<const uint8_t *>(data);
    Reader r{bytes, bytes + size};
    const size_t before = out.size();
    uint64_t tuples = 0;
    bool ok = r.header(tuples);
    if (ok) {
        // Geometric growth: a caller appending segment after segment must not copy `out` each time.
        if (out.capacity() - before < tuples)
            out.reserve(std::max(before + tuples, 2 * out.capacity()));
        int64_t previous = baseUs;
        for (uint64_t i = 0; i < tuples && ok; ++i) {
            FlowTuple &t = out.emplace_back();
            ok = r.tuple(t, previous);
            previous = t.firstUs;
        }
        if (ok && r.p != r.end)
            ok = r.fail(QT_TRANSLATE_NOOP("FlowSegmentCodec", "trailing bytes"));
    }
    if (!ok) {
        out.resize(before);
        if (why)
            *why = r.why;
    }
    return ok;
}

bool FlowSegmentCodec::count(const char *data, size_t size, int64_t &tuples)
{
    const auto *bytes = reinterpret_cast<const uint8_t *>(data);
    Reader r{bytes, bytes + size};
    uint64_t n = 0;
    if (!r.header(n))
        return false;
    tuples = int64_t(n);
    return true;
}

} // namespace teiten
