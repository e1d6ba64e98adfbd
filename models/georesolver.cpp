// SPDX-License-Identifier: GPL-3.0-or-later
#include "georesolver.h"

#include <cstring>

#include <arpa/inet.h>
#include <maxminddb.h>
#include <netinet/in.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace teiten {

namespace {

constexpr uint16_t kUnknown = GeoResolver::UnknownPacked;
// QDateTime's range ends long before UINT64_MAX seconds (a crafted build_epoch must not overflow).
constexpr uint64_t kLatestEpoch = 253402300799ull; // 9999-12-31T23:59:59Z

bool isAsciiLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
}

// Packs two ASCII letters upper-cased; 0 when they are not letters (databases do emit "--", "").
uint16_t packLetters(char a, char b)
{
    if (!isAsciiLetter(a) || !isAsciiLetter(b))
        return 0;
    return uint16_t((uint16_t(uint8_t(upper(a))) << 8) | uint8_t(upper(b)));
}

// Reads a two-letter code at `path` below the record; 0 when absent or not a plausible code.
// MMDB_aget_value walks the data in place: no allocation, which matters on the ingest path.
// A missing key is normal; anything else (corrupt data) goes to *dataError.
uint16_t codeAt(MMDB_entry_s &entry, const char *const *path, int *dataError)
{
    MMDB_entry_data_s data;
    const int status = MMDB_aget_value(&entry, &data, path);
    if (status != MMDB_SUCCESS) {
        if (status != MMDB_LOOKUP_PATH_DOES_NOT_MATCH_DATA_ERROR && status != MMDB_INVALID_LOOKUP_PATH_ERROR)
            *dataError = status;
        return 0;
    }
    if (!data.has_data)
        return 0;
    if (data.type != MMDB_DATA_TYPE_UTF8_STRING || data.data_size != 2 || !data.utf8_string)
        return 0;
    return packLetters(data.utf8_string[0], data.utf8_string[1]);
}

} // namespace

struct GeoResolver::Impl {
    MMDB_s mmdb;
    bool opened = false;
    Info info;

    Impl() { std::memset(&mmdb, 0, sizeof mmdb); }
    ~Impl()
    {
        if (opened)
            MMDB_close(&mmdb);
    }
    Impl(const Impl &) = delete;
    Impl &operator=(const Impl &) = delete;

    // Returns the packed code, or kUnknown; *mmdbError receives libmaxminddb's status for the
    // tree walk or a corrupt record (not for a record that merely lacks a country).
    uint16_t resolve(const IpAddress &address, int *mmdbError) const
    {
        *mmdbError = MMDB_SUCCESS;
        MMDB_lookup_result_s r;
        if (address.isV4()) {
            // As sockaddr_in, libmaxminddb starts at its IPv4 start node: the whole tree of an
            // IPv4 database, ::/96 of an IPv6 one (where ::ffff:0:0/96 aliases point too).
            sockaddr_in sin;
            std::memset(&sin, 0, sizeof sin);
            sin.sin_family = AF_INET;
            std::memcpy(&sin.sin_addr, address.bytes() + 12, 4);
            r = MMDB_lookup_sockaddr(&mmdb, reinterpret_cast<const sockaddr *>(&sin), mmdbError);
        } else {
            if (info.ipVersion == 4)
                return kUnknown; // an IPv4-only database knows nothing about IPv6 sources
            sockaddr_in6 sin6;
            std::memset(&sin6, 0, sizeof sin6);
            sin6.sin6_family = AF_INET6;
            std::memcpy(&sin6.sin6_addr, address.bytes(), 16);
            r = MMDB_lookup_sockaddr(&mmdb, reinterpret_cast<const sockaddr *>(&sin6), mmdbError);
        }
        if (*mmdbError != MMDB_SUCCESS || !r.found_entry)
            return kUnknown;

        static const char *const kCountry[] = {"country", "iso_code", nullptr};
        static const char *const kRegistered[] = {"registered_country", "iso_code", nullptr};
        static const char *const kPlain[] = {"country_code", nullptr};
        for (const char *const *path : {kCountry, kRegistered, kPlain}) {
            if (const uint16_t code = codeAt(r.entry, path, mmdbError))
                return code;
        }
        return kUnknown;
    }
};

GeoResolver::GeoResolver() : d(std::make_unique<Impl>()) {}

GeoResolver::~GeoResolver() = default;

Result<std::unique_ptr<GeoResolver>> GeoResolver::open(const QString &path)
{
    const QFileInfo fi(path);
    if (path.isEmpty() || !fi.exists()) {
        return Error{Error::Code::NotFound,
                     tr("Cannot open the region database \"%1\": the file does not exist.").arg(path)};
    }
    if (!fi.isFile()) {
        return Error{Error::Code::Unreadable,
                     tr("Cannot open the region database \"%1\": it is not a regular file.").arg(path)};
    }

    std::unique_ptr<GeoResolver> g(new GeoResolver);
    Impl &d = *g->d;
    const QByteArray native = QFile::encodeName(path);
    const int status = MMDB_open(native.constData(), MMDB_MODE_MMAP, &d.mmdb);
    if (status != MMDB_SUCCESS) {
        const bool io = status == MMDB_FILE_OPEN_ERROR || status == MMDB_IO_ERROR;
        //: %1 is a file path, %2 libmaxminddb's reason (English)
        return Error{io ? Error::Code::Unreadable : Error::Code::BadFormat,
                     tr("Cannot open the region database \"%1\": %2")
                         .arg(path, QString::fromUtf8(MMDB_strerror(status)))};
    }
    d.opened = true;

    // libmaxminddb accepts some metadata that no reader of ours could use; reject it here with
    // a reason instead of answering ZZ for every address later.
    const MMDB_metadata_s &md = d.mmdb.metadata;
    QString problem;
    if (md.binary_format_major_version != 2)
        problem = tr("unsupported format version %1").arg(md.binary_format_major_version);
    else if (md.record_size != 24 && md.record_size != 28 && md.record_size != 32)
        problem = tr("unsupported record size %1").arg(md.record_size);
    else if (md.ip_version != 4 && md.ip_version != 6)
        problem = tr("unsupported IP version %1").arg(md.ip_version);
    else if (md.node_count == 0)
        problem = tr("the search tree is empty");
    if (problem.isEmpty()) {
        // A test lookup catches trees and data sections that are broken at the first step.
        int err = MMDB_SUCCESS;
        d.resolve(IpAddress::fromV4(0x01010101), &err);
        if (err == MMDB_SUCCESS && md.ip_version == 6)
            d.resolve(*IpAddress::parse(QStringLiteral("2001:db8::1")), &err);
        if (err != MMDB_SUCCESS)
            problem = QString::fromUtf8(MMDB_strerror(err));
    }
    if (!problem.isEmpty()) {
        //: %1 is a file path, %2 the reason
        return Error{Error::Code::BadFormat,
                     tr("Cannot use the region database \"%1\": %2").arg(path, problem)};
    }

    d.info.path = path;
    d.info.databaseType = QString::fromUtf8(md.database_type ? md.database_type : "");
    d.info.ipVersion = md.ip_version;
    d.info.nodeCount = md.node_count;
    if (md.build_epoch <= kLatestEpoch)
        d.info.buildTime = QDateTime::fromSecsSinceEpoch(qint64(md.build_epoch), Qt::UTC);
    return g;
}

const GeoResolver::Info &GeoResolver::info() const
{
    return d->info;
}

QString GeoResolver::lookup(const IpAddress &address) const
{
    return unpack(lookupPacked(address));
}

uint16_t GeoResolver::lookupPacked(const IpAddress &address) const
{
    int err;
    return d->resolve(address, &err);
}

QString GeoResolver::unpack(uint16_t packed)
{
    const char c[2] = {char(packed >> 8), char(packed & 0xff)};
    return QString::fromLatin1(c, 2);
}

uint16_t GeoResolver::pack(const QString &code)
{
    if (code.size() != 2 || code[0].unicode() > 127 || code[1].unicode() > 127)
        return kUnknown;
    const uint16_t packed = packLetters(char(code[0].unicode()), char(code[1].unicode()));
    return packed ? packed : kUnknown;
}

} // namespace teiten
