// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

#include <QByteArray>

#include "rollupentry.h"

namespace teiten {

/// Packs the hourly roll-ups of one segment (capture file, hour, sensor, flush) into the BLOB the
/// workspace stores, and reads them back. Blobs come from workspace files a user may hand us, so
/// decode() treats them as untrusted: every read is bounds-checked, every value range-checked, and
/// the entry count can only reserve memory in proportion to the blob's size. Static functions
/// without shared state: usable from any thread.
///
/// Format, version 1 (varints as in VarintStream):
///   byte 0    format version, 1
///   varint    entry count, at most (bytes after it) / 6, the smallest entry
///   per entry: byte proto, zigzag port (an int32), 2 bytes region (first letter first),
///              varint packets (1 .. INT64_MAX), varint bytes (0 .. INT64_MAX)
///   nothing after the last entry.
/// Entries in any order; the writer sorts them by (proto, port, region). A scan's roll-up takes
/// about 8 bytes where a row of the version 9 table took about 40 with its key.
class RollupSegmentCodec {
public:
    static QByteArray encode(const std::vector<RollupEntry> &entries);
    /// Decodes a blob; appends its entries to `out` (leaves `out` as it was on failure) and returns
    /// true, or returns false with a short English reason in *why (marked for translation in the
    /// context "RollupSegmentCodec"). Never reads outside [data, data + size).
    static bool decode(const char *data, size_t size, std::vector<RollupEntry> &out, const char **why = nullptr);
};

} // namespace teiten
