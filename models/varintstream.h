// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>

namespace teiten {

// The readers keep their position in registers only when all of it is inlined into the decoder;
// GCC's size limits would otherwise leave these calls in and the position in memory, a quarter slower.
#define TEITEN_INLINE [[gnu::always_inline]] inline

/// Unsigned LEB128 varints (at most 10 bytes) and zigzag-signed ones, the encoding of the packed
/// segments (FlowSegmentCodec, RollupSegmentCodec).
struct VarintStream {
    static uint64_t zigzag(int64_t v) { return (uint64_t(v) << 1) ^ uint64_t(v >> 63); }
    static int64_t unzigzag(uint64_t u) { return int64_t((u >> 1) ^ (~(u & 1) + 1)); }
};

/// Appends to a buffer the caller sized for the largest record.
struct VarintWriter {
    uint8_t *p;

    void byte(uint8_t v) { *p++ = v; }
    void varint(uint64_t v)
    {
        while (v >= 0x80) {
            *p++ = uint8_t(v) | 0x80;
            v >>= 7;
        }
        *p++ = uint8_t(v);
    }
    void signedVarint(int64_t v) { varint(VarintStream::zigzag(v)); }
};

/// Reads untrusted bytes: every read is checked against `end`, and a failure records the reason
/// (the codec's own message, marked for translation in its context) and returns false.
struct VarintReader {
    const uint8_t *p;
    const uint8_t *end;
    const char *truncated; ///< the reason given when the bytes end early
    const char *malformed; ///< the reason given for a varint longer than 64 bits
    const char *why = nullptr;

    bool fail(const char *reason)
    {
        why = reason;
        return false;
    }

    TEITEN_INLINE bool byte(uint8_t &v)
    {
        if (p == end) [[unlikely]]
            return fail(truncated);
        v = *p++;
        return true;
    }

    TEITEN_INLINE bool varint(uint64_t &v)
    {
        if (p == end) [[unlikely]]
            return fail(truncated);
        if (*p < 0x80) [[likely]] {
            v = *p++;
            return true;
        }
        return longVarint(v);
    }

    bool longVarint(uint64_t &v)
    {
        uint8_t b = *p++;
        uint64_t result = b & 0x7f;
        for (int shift = 7; shift <= 63; shift += 7) {
            if (p == end) [[unlikely]]
                return fail(truncated);
            b = *p++;
            // The tenth byte holds bit 63 only: more is an eleventh byte or a value beyond 64 bits.
            if (shift == 63 && b > 1) [[unlikely]]
                return fail(malformed);
            result |= uint64_t(b & 0x7f) << shift;
            if (b < 0x80) {
                v = result;
                return true;
            }
        }
        return fail(malformed); // not reached: the tenth byte always ends the loop
    }

    TEITEN_INLINE bool signedVarint(int64_t &v)
    {
        uint64_t u;
        if (!varint(u))
            return false;
        v = VarintStream::unzigzag(u);
        return true;
    }

    template<typename T>
    TEITEN_INLINE bool unsignedField(T &v, const char *outOfRange)
    {
        uint64_t u;
        if (!varint(u))
            return false;
        if (u > uint64_t(std::numeric_limits<T>::max())) [[unlikely]]
            return fail(outOfRange);
        v = T(u);
        return true;
    }

    TEITEN_INLINE bool int32Field(int32_t &v, const char *outOfRange)
    {
        int64_t s;
        if (!signedVarint(s))
            return false;
        if (s < std::numeric_limits<int32_t>::min() || s > std::numeric_limits<int32_t>::max()) [[unlikely]]
            return fail(outOfRange);
        v = int32_t(s);
        return true;
    }
};

} // namespace teiten
