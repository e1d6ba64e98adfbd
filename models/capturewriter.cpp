// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturewriter.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <zlib.h>

#include <QCoreApplication>
#include <QFile>

namespace teiten {

namespace {

constexpr size_t kBufferSize = 1 << 20;

} // namespace

struct CaptureWriter::Impl {
    QString path;
    Options options;
    FILE *file = nullptr;
    gzFile gz = nullptr;
    std::vector<uint8_t> buffer; // records collect here; one write per megabyte
    QString error;

    ~Impl()
    {
        if (file)
            std::fclose(file);
        if (gz)
            gzclose_w(gz);
    }

    void put16(uint16_t v)
    {
        const uint8_t b[2] = {uint8_t(v), uint8_t(v >> 8)};
        if (options.bigEndian)
            buffer.insert(buffer.end(), {b[1], b[0]});
        else
            buffer.insert(buffer.end(), {b[0], b[1]});
    }
    void put32(uint32_t v)
    {
        if (options.bigEndian)
            buffer.insert(buffer.end(), {uint8_t(v >> 24), uint8_t(v >> 16), uint8_t(v >> 8), uint8_t(v)});
        else
            buffer.insert(buffer.end(), {uint8_t(v), uint8_t(v >> 8), uint8_t(v >> 16), uint8_t(v >> 24)});
    }
    void putBytes(const void *p, size_t n)
    {
        const auto *b = static_cast<const uint8_t *>(p);
        buffer.insert(buffer.end(), b, b + n);
    }
    void pad4()
    {
        while (buffer.size() % 4)
            buffer.push_back(0);
    }

    bool flush()
    {
        if (buffer.empty())
            return true;
        bool ok;
        if (gz) {
            ok = gzwrite(gz, buffer.data(), unsigned(buffer.size())) == int(buffer.size());
            if (!ok) {
                int zerr = 0;
                error = QString::fromLocal8Bit(gzerror(gz, &zerr));
            }
        } else {
            ok = std::fwrite(buffer.data(), 1, buffer.size(), file) == buffer.size();
            if (!ok)
                error = QString::fromLocal8Bit(std::strerror(errno));
        }
        buffer.clear();
        return ok;
    }

    void writeHeader()
    {
        const uint32_t linkType = uint32_t(options.linkType);
        if (options.format == Format::PcapNg) {
            // Section Header Block; the byte-order magic is written in the file's order.
            put32(0x0a0d0d0a);
            put32(28);
            put32(0x1a2b3c4d);
            put16(1);
            put16(0);
            put32(0xffffffff); // section length unknown (-1)
            put32(0xffffffff);
            put32(28);
            // Interface Description Block with if_tsresol = 9: timestamps in nanoseconds.
            put32(1);
            put32(32);
            put16(uint16_t(linkType));
            put16(0);
            put32(options.snapLength);
            put16(9); // if_tsresol
            put16(1);
            buffer.insert(buffer.end(), {9, 0, 0, 0});
            put16(0); // opt_endofopt
            put16(0);
            put32(32);
            return;
        }
        put32(options.format == Format::PcapNanosecond ? 0xa1b23c4d : 0xa1b2c3d4);
        put16(2);
        put16(4);
        put32(0); // thiszone
        put32(0); // sigfigs
        put32(options.snapLength);
        put32(linkType);
    }
};

CaptureWriter::~CaptureWriter() = default;

Result<std::unique_ptr<CaptureWriter>> CaptureWriter::create(const QString &path, const Options &options)
{
    std::unique_ptr<CaptureWriter> w(new CaptureWriter);
    w->d = std::make_unique<Impl>();
    Impl &d = *w->d;
    d.path = path;
    d.options = options;
    if (d.options.snapLength == 0)
        d.options.snapLength = 262144;
    const QByteArray native = QFile::encodeName(path);
    if (options.gzip) {
        d.gz = gzopen(native.constData(), "wb6");
        if (d.gz)
            gzbuffer(d.gz, 256 * 1024);
    } else {
        d.file = std::fopen(native.constData(), "wb");
    }
    if (!d.gz && !d.file)
        return Error{Error::Code::Unreadable, tr("Cannot create capture file %1: %2")
                                                  .arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    d.buffer.reserve(kBufferSize + 65536);
    d.writeHeader();
    return w;
}

Status CaptureWriter::write(int64_t timeNs, const QByteArray &frame, uint32_t originalLength)
{
    if (!d || (!d->file && !d->gz))
        return Error{Error::Code::Usage, tr("Capture file %1 is already closed.").arg(d ? d->path : QString())};
    const uint32_t size = uint32_t(std::min<qsizetype>(frame.size(), d->options.snapLength));
    const uint32_t original = std::max<uint32_t>(originalLength ? originalLength : uint32_t(frame.size()), size);
    // Floor division so that times before 1970 keep a fraction in [0, 1 s).
    int64_t sec = timeNs / 1000000000;
    int64_t frac = timeNs % 1000000000;
    if (frac < 0) {
        frac += 1000000000;
        --sec;
    }
    switch (d->options.format) {
    case Format::PcapNg: {
        const uint32_t padded = (size + 3) & ~3u;
        const uint32_t total = 32 + padded;
        const uint64_t ts = uint64_t(timeNs);
        d->put32(6); // Enhanced Packet Block
        d->put32(total);
        d->put32(0); // interface 0
        d->put32(uint32_t(ts >> 32));
        d->put32(uint32_t(ts));
        d->put32(size);
        d->put32(original);
        d->putBytes(frame.constData(), size);
        d->pad4();
        d->put32(total);
        break;
    }
    case Format::Pcap:
    case Format::PcapNanosecond:
        d->put32(uint32_t(sec));
        d->put32(uint32_t(d->options.format == Format::Pcap ? frac / 1000 : frac));
        d->put32(size);
        d->put32(original);
        d->putBytes(frame.constData(), size);
        break;
    }
    if (d->buffer.size() >= kBufferSize && !d->flush())
        return Error{Error::Code::Unreadable, tr("Cannot write capture file %1: %2").arg(d->path, d->error)};
    return Ok{};
}

Status CaptureWriter::close()
{
    if (!d || (!d->file && !d->gz))
        return Ok{};
    bool ok = d->flush();
    if (d->gz) {
        const int rc = gzclose_w(d->gz);
        d->gz = nullptr;
        if (rc != Z_OK && ok) {
            ok = false;
            d->error = QString::fromLocal8Bit(std::strerror(errno));
        }
    } else {
        const bool closed = std::fclose(d->file) == 0;
        d->file = nullptr;
        if (!closed && ok) {
            ok = false;
            d->error = QString::fromLocal8Bit(std::strerror(errno));
        }
    }
    if (!ok)
        return Error{Error::Code::Unreadable, tr("Cannot write capture file %1: %2").arg(d->path, d->error)};
    return Ok{};
}

} // namespace teiten
