// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for models/capturereader on whole files (pcap, pcap-ns, pcapng, any of them
// gzipped). CaptureReader opens paths (libpcap and zlib want a file), so each input is written to a
// per-process scratch file (in /dev/shm when there is one, to keep executions fast). Every frame
// read goes through PacketDecoder as the importer does, and for inputs whose last byte is odd the
// last frame is re-read with readFrameAt() like the drill-down view (half the inputs, decided by
// the input so runs reproduce: every open costs a file open and libpcap's buffers, and opens bound
// this target's speed).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <unistd.h>

#include <QByteArray>
#include <QString>

#include "capturereader.h"
#include "packetdecoder.h"

using namespace teiten;

namespace {

QString scratchPath()
{
    const char *dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    return QStringLiteral("%1/teiten-fuzz-capture-%2").arg(QString::fromLatin1(dir)).arg(getpid());
}

bool writeFile(const QString &path, const uint8_t *data, size_t size)
{
    FILE *f = std::fopen(path.toLocal8Bit().constData(), "wb");
    if (!f)
        return false;
    const bool ok = std::fwrite(data, 1, size, f) == size;
    return std::fclose(f) == 0 && ok;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = scratchPath();
    if (!writeFile(path, data, size))
        std::abort(); // the scratch directory is broken, not the reader: stop loudly
    auto reader = CaptureReader::open(path);
    if (!reader) {
        if (reader.error().message.isEmpty())
            std::abort();
        return 0;
    }
    RawFrame frame;
    PacketRecord rec;
    int64_t lastOffset = -1;
    CaptureReader::Next next;
    while ((next = (*reader)->next(frame)) == CaptureReader::Next::Packet) {
        if (frame.capturedLength > 0 && !frame.data)
            std::abort();
        PacketDecoder::decode(frame.linkType, frame.data, frame.capturedLength, rec);
        lastOffset = frame.offset;
    }
    if (next == CaptureReader::Next::Error && (*reader)->errorMessage().isEmpty())
        std::abort();
    reader->reset();
    if (lastOffset >= 0 && (data[size - 1] & 1)) {
        int linkType = 0;
        int64_t timeUs = 0;
        const auto again = CaptureReader::readFrameAt(path, lastOffset, &linkType, &timeUs);
        if (again)
            PacketDecoder::decode(linkType, reinterpret_cast<const uint8_t *>(again->constData()),
                                  uint32_t(again->size()), rec);
    }
    return 0;
}
