// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>

#include <QCoreApplication>
#include <QByteArray>
#include <QString>

#include "result.h"

namespace teiten {

/// Writes capture files: classic pcap (µs or ns, either byte order) or pcapng (one interface),
/// optionally gzip-compressed. Used by the sample-network generator, tests and fuzz seeds.
/// Owning thread: the caller's; not shared.
class CaptureWriter {
    Q_DECLARE_TR_FUNCTIONS(CaptureWriter)
public:
    enum class Format { Pcap, PcapNanosecond, PcapNg };
    struct Options {
        Format format = Format::Pcap;
        bool bigEndian = false;   ///< write the file in big-endian byte order
        bool gzip = false;        ///< compress with zlib (gzip container)
        int linkType = 1;         ///< LINKTYPE_* (1 Ethernet, 101 RAW, 113 SLL, 276 SLL2, 0 NULL, …)
        uint32_t snapLength = 262144;
    };

    ~CaptureWriter();
    static Result<std::unique_ptr<CaptureWriter>> create(const QString &path, const Options &options);

    /// Appends one record. `originalLength` 0 means frame.size().
    Status write(int64_t timeNs, const QByteArray &frame, uint32_t originalLength = 0);
    /// Flushes and closes; errors of the final write are reported here.
    Status close();

private:
    CaptureWriter() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace teiten
