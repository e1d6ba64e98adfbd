// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>

#include <QCoreApplication>
#include <QString>

#include "result.h"

namespace teiten {

/// One captured frame as read from a file; `data` is valid until the next call to next().
struct RawFrame {
    int64_t timeUs = 0;        ///< UTC microseconds (nanosecond files are truncated to µs)
    const uint8_t *data = nullptr;
    uint32_t capturedLength = 0;
    uint32_t originalLength = 0;
    int linkType = 0;          ///< LINKTYPE_* of the interface this frame came from
    int64_t offset = -1;       ///< file offset (decompressed stream) of the record, for re-reading
};

/// Reads a classic pcap or pcapng file (told apart by magic number, never by name) through libpcap,
/// decompressing gzip transparently. Owning thread: the one that opened it.
class CaptureReader {
    Q_DECLARE_TR_FUNCTIONS(CaptureReader)
public:
    struct Info {
        QString format;        ///< "pcap", "pcap-ns", "pcapng"
        bool gzip = false;
        int linkType = 0;
        QString linkTypeName;  ///< libpcap's name, e.g. "EN10MB"
        uint32_t snapLength = 0;
        int64_t fileSize = 0;  ///< on disk (compressed size for .gz)
    };
    enum class Next { Packet, End, Error };

    ~CaptureReader();
    /// Errors name the file and the reason (missing, unreadable, not a capture, unsupported link type).
    static Result<std::unique_ptr<CaptureReader>> open(const QString &path);

    const Info &info() const;
    /// Next record. On Error, errorMessage() says why (truncated record, corrupt block…); the frames
    /// before it were good.
    Next next(RawFrame &frame);
    QString errorMessage() const;
    /// Bytes of the file on disk consumed so far (for progress).
    int64_t bytesConsumed() const;

    /// Re-reads the frame stored at `offset` (from RawFrame::offset) of `path`.
    static Result<QByteArray> readFrameAt(const QString &path, int64_t offset, int *linkType = nullptr,
                                          int64_t *timeUs = nullptr);

private:
    CaptureReader();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace teiten
