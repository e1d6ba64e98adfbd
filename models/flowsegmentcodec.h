// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include <QByteArray>

#include "flowtuple.h"

namespace teiten {

/// Packs the flow tuples of one segment (capture file, hour, flush) into the BLOB the workspace
/// stores, and reads them back. Blobs come from workspace files a user may hand us, so decode()
/// treats them as untrusted: every read is bounds-checked, every value range-checked, and the tuple
/// count can only reserve memory in proportion to the blob's size. Static functions without shared
/// state: usable from any thread.
///
/// Format, version 1 ("varint" = unsigned LEB128, at most 10 bytes; "zigzag" = a signed value as
/// (v << 1) ^ (v >> 63) in a varint):
///   byte 0    format version, 1
///   varint    tuple count, at most (bytes after it) / 25, the smallest tuple
///   per tuple, in order:
///     byte    flags: bit0 src is IPv4-mapped (4 bytes stored, else 16), bit1 the same for dst,
///             bit2 quoted, bit3 quotedSrc IPv4-mapped, bit4 quotedDst IPv4-mapped,
///             bit5 payloadId != 0; bits 6-7 are 0
///     src, dst                  4 or 16 bytes each
///     zigzag  firstUs - previous tuple's firstUs (the first tuple: - baseUs)
///     zigzag  lastUs - firstUs
///     varint  packets (the 64-bit pattern: a negative count takes 10 bytes)
///     zigzag  firstOffset
///     zigzag  port, sport, dport
///     varint  payloadId, only with bit5 (1 .. INT32_MAX)
///     varint  firstSeq, firstIpId, firstSport, ipLength, region
///     byte    proto, ttl, tcpFlags, fingerprints
///     only with bit2: byte quotedProto, zigzag quotedDport, quotedSrc, quotedDst (4 or 16 bytes)
///   nothing after the last tuple.
/// IPv4-mapped means bytes 0-9 zero and 10-11 0xff; the last 4 bytes are stored.
///
/// Tuples sorted by firstUs inside the segment's hour take the fewest bytes (an IPv4 scan tuple
/// about 40), but any order and any times are kept exactly, because a tuple's id is its index.
/// Two limits: a time difference outside int64 (only with times near the int64 extremes) and a
/// negative payloadId cannot be represented; encode() still returns a blob, which decode() rejects.
/// Without `quoted` the quoted* fields are not stored and decode as 0.
class FlowSegmentCodec {
public:
    /// Encodes `tuples` (which must be sorted by firstUs ascending, each with firstUs >= baseUs and
    /// lastUs >= firstUs) into a segment blob. baseUs is the segment's hour start (hour * 3.6e9 µs).
    static QByteArray encode(const std::vector<FlowTuple> &tuples, int64_t baseUs);
    /// Decodes a blob; appends its tuples to `out` (leaves `out` as it was on failure) and returns
    /// true, or returns false with a short English reason in *why (marked for translation in the
    /// context "FlowSegmentCodec"; the caller adds the workspace file and translates it). Never reads outside [data, data + size).
    static bool decode(const char *data, size_t size, int64_t baseUs, std::vector<FlowTuple> &out,
                       const char **why = nullptr);
    /// Only the number of tuples from the header, without decoding (false if the header is broken).
    static bool count(const char *data, size_t size, int64_t &tuples);
};

} // namespace teiten
