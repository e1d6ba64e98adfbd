// SPDX-License-Identifier: GPL-3.0-or-later
#include "capturereader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <utility>

#include <stdio_ext.h>

#include <pcap/pcap.h>
#include <zlib.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "packetdecoder.h"

namespace teiten {

namespace {

enum class Magic { Unknown, Pcap, PcapNs, PcapNg };

Magic classify(const uint8_t m[4])
{
    const uint32_t le = uint32_t(m[0]) | uint32_t(m[1]) << 8 | uint32_t(m[2]) << 16 | uint32_t(m[3]) << 24;
    const uint32_t be = uint32_t(m[3]) | uint32_t(m[2]) << 8 | uint32_t(m[1]) << 16 | uint32_t(m[0]) << 24;
    for (uint32_t v : {le, be}) {
        switch (v) {
        case 0xa1b2c3d4: // classic, microseconds
        case 0xa1b2cd34: // Kuznetzov's patched format; libpcap reads it
            return Magic::Pcap;
        case 0xa1b23c4d:
            return Magic::PcapNs;
        case 0x0a0d0d0a: // pcapng Section Header Block type: a palindrome
            return Magic::PcapNg;
        default:
            break;
        }
    }
    return Magic::Unknown;
}

QString formatName(Magic m)
{
    switch (m) {
    case Magic::Pcap: return QStringLiteral("pcap");
    case Magic::PcapNs: return QStringLiteral("pcap-ns");
    case Magic::PcapNg: return QStringLiteral("pcapng");
    case Magic::Unknown: break;
    }
    return {};
}

/// The cookie of a gzip stream dressed up as a FILE* (fopencookie): libpcap only knows FILE*.
/// libpcap reads record by record with fread and repositions with fseek (readFrameAt), both of
/// which map onto zlib.
struct GzCookie {
    gzFile gz = nullptr;
    /// Compressed bytes zlib has taken from the file, as of the last read or seek. zlib takes
    /// input only inside those calls, so this is what gzoffset would say now, without the lseek
    /// system call gzoffset makes: progress and the snapshot check ask for it every packet.
    int64_t consumed = 0;
    void update() { consumed = int64_t(gzoffset(gz)); }
};

ssize_t gzCookieRead(void *cookie, char *buf, size_t size)
{
    auto *c = static_cast<GzCookie *>(cookie);
    const int n = gzread(c->gz, buf, unsigned(std::min<size_t>(size, 1u << 30)));
    c->update();
    return n < 0 ? -1 : n;
}

int gzCookieSeek(void *cookie, off64_t *offset, int whence)
{
    if (whence == SEEK_END)
        return -1; // the uncompressed size is unknown without reading it all
    auto *c = static_cast<GzCookie *>(cookie);
    const z_off_t r = gzseek(c->gz, z_off_t(*offset), whence);
    if (whence != SEEK_CUR || *offset != 0) // not a mere ftell
        c->update();
    if (r < 0)
        return -1;
    *offset = r;
    return 0;
}

int gzCookieClose(void *cookie)
{
    auto *c = static_cast<GzCookie *>(cookie);
    const int rc = gzclose_r(c->gz);
    delete c;
    return rc == Z_OK ? 0 : -1;
}

/// libpcap freads small pieces per record: a large stdio buffer keeps that off the syscall path.
/// glibc ignores the size given to setvbuf without a buffer (it keeps st_blksize, 4 KiB), so the
/// buffer is ours, and must outlive the FILE.
constexpr size_t kStreamBufferSize = 256 * 1024;

/// An opened capture stream: plain FILE* or gzip behind a cookie FILE*, with the format sniffed.
struct Stream {
    std::unique_ptr<char[]> buffer; ///< the FILE's stdio buffer: destroyed after the FILE is closed
    FILE *file = nullptr;
    GzCookie *gz = nullptr; // owned by `file` (closed through the cookie)
    bool gzip = false;
    Magic magic = Magic::Unknown;
    int64_t fileSize = 0;
};

Result<Stream> openStream(const QString &path)
{
    const QFileInfo fi(path);
    if (path.isEmpty() || !fi.exists())
        return Error{Error::Code::NotFound,
                     CaptureReader::tr("Cannot open capture file %1: the file does not exist.").arg(path)};
    if (fi.isDir())
        return Error{Error::Code::Unreadable,
                     CaptureReader::tr("Cannot open capture file %1: it is a folder, not a file.").arg(path)};
    Stream s;
    s.fileSize = fi.size();
    const QByteArray native = QFile::encodeName(path);
    FILE *raw = std::fopen(native.constData(), "rb");
    if (!raw)
        return Error{Error::Code::Unreadable,
                     CaptureReader::tr("Cannot open capture file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    // Set before the first read: setvbuf on a used stream makes glibc forget the file offset, and
    // every ftell (one per record, for the record's offset) would then ask the kernel for it.
    s.buffer = std::make_unique_for_overwrite<char[]>(kStreamBufferSize);
    std::setvbuf(raw, s.buffer.get(), _IOFBF, kStreamBufferSize);
    uint8_t head[4] = {0, 0, 0, 0};
    const size_t got = std::fread(head, 1, 4, raw);
    if (got == 0) {
        const bool ioError = std::ferror(raw);
        std::fclose(raw);
        if (ioError)
            return Error{Error::Code::Unreadable, CaptureReader::tr("Cannot read capture file %1: input/output error.").arg(path)};
        return Error{Error::Code::BadFormat, CaptureReader::tr("Capture file %1 is empty.").arg(path)};
    }
    if (got >= 2 && head[0] == 0x1f && head[1] == 0x8b) {
        std::fclose(raw);
        s.gzip = true;
        gzFile gz = gzopen(native.constData(), "rb");
        if (!gz)
            return Error{Error::Code::Unreadable,
                         CaptureReader::tr("Cannot open compressed capture file %1: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
        gzbuffer(gz, 256 * 1024);
        const int n = gzread(gz, head, 4);
        if (n < 0) {
            int zerr = 0;
            const QString why = QString::fromLocal8Bit(gzerror(gz, &zerr));
            gzclose_r(gz);
            return Error{Error::Code::BadFormat,
                         CaptureReader::tr("Cannot decompress capture file %1: %2").arg(path, why)};
        }
        if (n == 0) {
            gzclose_r(gz);
            return Error{Error::Code::BadFormat, CaptureReader::tr("Compressed capture file %1 is empty.").arg(path)};
        }
        s.magic = n == 4 ? classify(head) : Magic::Unknown;
        if (s.magic == Magic::Unknown) {
            gzclose_r(gz);
            return Error{Error::Code::BadFormat,
                         CaptureReader::tr("%1 is not a capture file: the decompressed data starts with neither a pcap "
                            "nor a pcapng magic number.").arg(path)};
        }
        gzrewind(gz);
        static const cookie_io_functions_t io = {gzCookieRead, nullptr, gzCookieSeek, gzCookieClose};
        auto *cookie = new GzCookie{gz};
        cookie->update();
        s.file = fopencookie(cookie, "rb", io);
        if (!s.file) {
            delete cookie;
            gzclose_r(gz);
            return Error{Error::Code::Internal, CaptureReader::tr("Cannot open compressed capture file %1.").arg(path)};
        }
        s.gz = cookie;
        std::setvbuf(s.file, s.buffer.get(), _IOFBF, kStreamBufferSize); // fewer, larger gzread calls
        std::rewind(s.file); // lets stdio keep the stream position itself instead of asking zlib per ftell
        return s;
    }
    s.magic = got == 4 ? classify(head) : Magic::Unknown;
    if (s.magic == Magic::Unknown) {
        std::fclose(raw);
        return Error{Error::Code::BadFormat,
                     CaptureReader::tr("%1 is not a capture file: it starts with neither a pcap nor a pcapng magic number.")
                         .arg(path)};
    }
    std::rewind(raw);
    s.file = raw;
    return s;
}

/// pcap_t owner; pcap_close also fcloses the FILE* handed to pcap_fopen_offline.
struct PcapHandle {
    pcap_t *p = nullptr;
    PcapHandle() = default;
    explicit PcapHandle(pcap_t *h) : p(h) {}
    PcapHandle(const PcapHandle &) = delete;
    PcapHandle &operator=(const PcapHandle &) = delete;
    PcapHandle(PcapHandle &&o) noexcept : p(std::exchange(o.p, nullptr)) {}
    PcapHandle &operator=(PcapHandle &&o) noexcept
    {
        std::swap(p, o.p);
        return *this;
    }
    ~PcapHandle()
    {
        if (p)
            pcap_close(p);
    }
};

Result<PcapHandle> openPcap(const QString &path, Stream &s)
{
    char errbuf[PCAP_ERRBUF_SIZE];
    errbuf[0] = 0;
    pcap_t *p = pcap_fopen_offline_with_tstamp_precision(s.file, PCAP_TSTAMP_PRECISION_MICRO, errbuf);
    if (!p) {
        std::fclose(s.file); // libpcap leaves the FILE* to the caller on failure
        s.file = nullptr;
        return Error{Error::Code::BadFormat,
                     CaptureReader::tr("Cannot read capture file %1: %2").arg(path, QString::fromLocal8Bit(errbuf))};
    }
    return PcapHandle(p);
}

QString linkTypeName(int dlt)
{
    const char *n = pcap_datalink_val_to_name(dlt);
    return n ? QString::fromLatin1(n) : QStringLiteral("DLT_%1").arg(dlt);
}

// Classic pcap stores seconds as 32 bits that libpcap 1.10 reads as signed; reading them unsigned
// keeps 2038..2106 right. pcapng timestamps are 64-bit and come through time_t unharmed, but a
// hostile file can claim any of them (e.g. 2^64 quarter-seconds via if_tsresol): those saturate at
// the ends of the microsecond range instead of overflowing.
inline int64_t timeUs(const pcap_pkthdr *h, bool classic)
{
    const int64_t sec = classic ? int64_t(uint32_t(h->ts.tv_sec)) : int64_t(h->ts.tv_sec);
    int64_t us = 0;
    if (__builtin_mul_overflow(sec, int64_t(1000000), &us) || __builtin_add_overflow(us, int64_t(h->ts.tv_usec), &us))
        return sec < 0 ? std::numeric_limits<int64_t>::min() : std::numeric_limits<int64_t>::max();
    return us;
}

} // namespace

struct CaptureReader::Impl {
    QString path;
    Info info;
    std::unique_ptr<char[]> streamBuffer; // before pcap: the FILE pcap closes uses it
    PcapHandle pcap;
    FILE *file = nullptr; // pcap_file(); owned by pcap
    GzCookie *gz = nullptr; // owned by file's cookie
    bool classic = true;
    QString error;
    int64_t packets = 0;
};

CaptureReader::CaptureReader() : d(std::make_unique<Impl>()) {}
CaptureReader::~CaptureReader() = default;

Result<std::unique_ptr<CaptureReader>> CaptureReader::open(const QString &path)
{
    auto stream = openStream(path);
    if (!stream)
        return stream.error();
    Stream &s = *stream;
    auto handle = openPcap(path, s);
    if (!handle)
        return handle.error();

    std::unique_ptr<CaptureReader> r(new CaptureReader);
    Impl &d = *r->d;
    d.path = path;
    d.streamBuffer = std::move(s.buffer);
    d.pcap = std::move(*handle);
    d.file = pcap_file(d.pcap.p);
    d.gz = s.gzip ? s.gz : nullptr;
    d.classic = s.magic != Magic::PcapNg;
    d.info.format = formatName(s.magic);
    d.info.gzip = s.gzip;
    d.info.linkType = pcap_datalink(d.pcap.p);
    d.info.linkTypeName = linkTypeName(d.info.linkType);
    d.info.snapLength = uint32_t(pcap_snapshot(d.pcap.p));
    d.info.fileSize = s.fileSize;
    // One thread reads a capture: stdio's per-call locking is only overhead on libpcap's many
    // small freads.
    __fsetlocking(d.file, FSETLOCKING_BYCALLER);
    if (!PacketDecoder::supportsLinkType(d.info.linkType)) {
        return Error{Error::Code::Unsupported,
                     tr("Capture file %1 uses link type %2 (%3), which Teiten cannot decode.")
                         .arg(path)
                         .arg(d.info.linkType)
                         .arg(d.info.linkTypeName)};
    }
    return r;
}

const CaptureReader::Info &CaptureReader::info() const
{
    return d->info;
}

CaptureReader::Next CaptureReader::next(RawFrame &frame)
{
    if (!d->pcap.p)
        return Next::End;
    if (!d->error.isEmpty())
        return Next::Error; // past a damaged record libpcap would read garbage
    // libpcap freads one record (pcap) or block (pcapng) at a time, so the stream position before
    // the call is where the record starts: readFrameAt seeks back there.
    const int64_t offset = std::ftell(d->file);
    pcap_pkthdr *hdr = nullptr;
    const u_char *data = nullptr;
    const int rc = pcap_next_ex(d->pcap.p, &hdr, &data);
    if (rc == 1) {
        frame.timeUs = timeUs(hdr, d->classic);
        frame.data = data;
        frame.capturedLength = hdr->caplen;
        frame.originalLength = hdr->len;
        // libpcap 1.10 refuses pcapng interfaces whose link type differs from the first one, so
        // the handle's link type holds for every packet it delivers.
        frame.linkType = d->info.linkType;
        frame.offset = offset;
        ++d->packets;
        return Next::Packet;
    }
    if (rc == PCAP_ERROR_BREAK)
        return Next::End;
    QString why = QString::fromLocal8Bit(pcap_geterr(d->pcap.p));
    if (d->gz) {
        // libpcap only sees a short read; zlib knows whether the compressed stream was the cause.
        int zerr = Z_OK;
        const char *zmsg = gzerror(d->gz->gz, &zerr);
        if (zerr != Z_OK && zmsg && *zmsg)
            why = tr("%1 (gzip: %2)").arg(why, QString::fromLocal8Bit(zmsg));
    }
    if (why.isEmpty())
        why = tr("unknown libpcap error");
    d->error = tr("Capture file %1 is damaged after %2 packets: %3").arg(d->path).arg(d->packets).arg(why);
    return Next::Error;
}

QString CaptureReader::errorMessage() const
{
    return d->error;
}

int64_t CaptureReader::bytesConsumed() const
{
    if (d->gz)
        return d->gz->consumed; // compressed bytes, to match Info::fileSize
    if (!d->file)
        return 0;
    return int64_t(std::ftell(d->file));
}

Result<QByteArray> CaptureReader::readFrameAt(const QString &path, int64_t offset, int *linkType, int64_t *timeUs)
{
    auto bad = [&](const QString &why) {
        return Error{Error::Code::BadFormat, tr("Cannot re-read the packet at offset %1 of capture file %2: %3")
                                                 .arg(offset)
                                                 .arg(path, why)};
    };
    // Two tries: seek straight to the record; for pcapng, if that lands on a packet of an
    // interface whose description block comes later than the first one, walk the file from the
    // start instead so that libpcap sees every block before the record.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto stream = openStream(path);
        if (!stream)
            return stream.error();
        const bool classic = stream->magic != Magic::PcapNg;
        auto handle = openPcap(path, *stream);
        if (!handle)
            return handle.error();
        pcap_t *p = handle->p;
        FILE *f = pcap_file(p);
        if (offset < std::ftell(f))
            return bad(tr("no record starts there"));
        pcap_pkthdr *hdr = nullptr;
        const u_char *data = nullptr;
        int rc = 0;
        if (attempt == 0) {
            if (std::fseek(f, long(offset), SEEK_SET) != 0)
                return bad(tr("no record starts there"));
            rc = pcap_next_ex(p, &hdr, &data);
            if (rc != 1 && !classic && rc != PCAP_ERROR_BREAK)
                continue;
        } else {
            int64_t at = std::ftell(f);
            while (at < offset && (rc = pcap_next_ex(p, &hdr, &data)) == 1)
                at = std::ftell(f);
            if (at != offset)
                return bad(tr("no record starts there"));
            rc = pcap_next_ex(p, &hdr, &data);
        }
        if (rc != 1)
            return bad(rc == PCAP_ERROR_BREAK ? tr("the file ends there") : QString::fromLocal8Bit(pcap_geterr(p)));
        if (linkType)
            *linkType = pcap_datalink(p);
        if (timeUs)
            *timeUs = teiten::timeUs(hdr, classic);
        return QByteArray(reinterpret_cast<const char *>(data), int(hdr->caplen));
    }
    return bad(tr("no record starts there"));
}

} // namespace teiten
