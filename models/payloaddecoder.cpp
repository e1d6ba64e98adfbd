// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloaddecoder.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string_view>

#include "packetrecord.h"

namespace teiten {

namespace {

using Kind = PayloadSummary::Kind;

constexpr size_t kMaxDetail = 96;

inline uint16_t be16(const uint8_t *p)
{
    return uint16_t(p[0] << 8 | p[1]);
}

inline uint32_t be32(const uint8_t *p)
{
    return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3];
}

inline char printable(uint8_t c)
{
    return (c >= 0x20 && c < 0x7f) ? char(c) : '?';
}

/// Appends wire bytes to `detail` as printable ASCII, never past kMaxDetail.
void appendDetail(PayloadSummary &out, const void *data, size_t n)
{
    const auto *p = static_cast<const uint8_t *>(data);
    const size_t room = kMaxDetail - std::min(kMaxDetail, out.detail.size());
    n = std::min(n, room);
    for (size_t i = 0; i < n; ++i)
        out.detail += printable(p[i]);
}

void appendDetail(PayloadSummary &out, std::string_view s)
{
    appendDetail(out, s.data(), s.size());
}

void appendNumber(PayloadSummary &out, unsigned v)
{
    char buf[12];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    appendDetail(out, buf, size_t(r.ptr - buf));
}

void appendHex(PayloadSummary &out, unsigned v, int digits = 2)
{
    static const char hexDigits[] = "0123456789abcdef";
    char buf[6] = {'0', 'x'};
    for (int i = 0; i < digits; ++i)
        buf[2 + i] = hexDigits[(v >> (4 * (digits - 1 - i))) & 15];
    appendDetail(out, buf, size_t(2 + digits));
}

bool startsWith(const uint8_t *d, size_t n, std::string_view prefix)
{
    return n >= prefix.size() && std::memcmp(d, prefix.data(), prefix.size()) == 0;
}

bool startsWithNoCase(const uint8_t *d, size_t n, std::string_view prefix)
{
    if (n < prefix.size())
        return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        uint8_t c = d[i];
        if (c >= 'A' && c <= 'Z')
            c = uint8_t(c - 'A' + 'a');
        char e = prefix[i];
        if (e >= 'A' && e <= 'Z')
            e = char(e - 'A' + 'a');
        if (c != uint8_t(e))
            return false;
    }
    return true;
}

/// Position of `needle` in the first `n` bytes, or n.
size_t find(const uint8_t *d, size_t n, std::string_view needle)
{
    if (needle.empty() || n < needle.size())
        return n;
    const auto *end = d + n;
    const auto *it = std::search(d, end, needle.begin(), needle.end(),
                                 [](uint8_t a, char b) { return a == uint8_t(b); });
    return it == end ? n : size_t(it - d);
}

/// Length of the run of bytes that are not CR, LF, NUL or space.
size_t wordLength(const uint8_t *d, size_t n)
{
    size_t i = 0;
    while (i < n && d[i] != ' ' && d[i] != '\r' && d[i] != '\n' && d[i] != 0 && d[i] != '\t')
        ++i;
    return i;
}

// ---------------------------------------------------------------- DNS

/// Walks a (possibly compressed) DNS name at `pos`; on success moves `pos` past it and, when `name`
/// is given, appends the lower-cased dotted form. Pointers may only point backwards and at most 32
/// are followed, so crafted loops (the "zlip" DoS) and out-of-bounds pointers end the walk.
bool readName(const uint8_t *d, size_t n, size_t &pos, std::string *name)
{
    size_t p = pos;
    size_t endPos = 0;
    bool jumped = false;
    int jumps = 0;
    size_t wireLength = 1;
    while (true) {
        if (p >= n)
            return false;
        const uint8_t c = d[p];
        if (c == 0) {
            if (!jumped)
                endPos = p + 1;
            break;
        }
        if ((c & 0xc0) == 0xc0) {
            if (p + 1 >= n)
                return false;
            const size_t target = size_t(c & 0x3f) << 8 | d[p + 1];
            if (!jumped)
                endPos = p + 2;
            if (target >= p || ++jumps > 32)
                return false;
            jumped = true;
            p = target;
            continue;
        }
        if (c & 0xc0) // 0x40/0x80: extended label types, never deployed
            return false;
        if (p + 1 + c > n)
            return false;
        wireLength += c + 1u;
        if (wireLength > 255)
            return false;
        if (name) {
            if (!name->empty())
                *name += '.';
            for (size_t i = 0; i < c; ++i) {
                uint8_t ch = d[p + 1 + i];
                if (ch >= 'A' && ch <= 'Z')
                    ch = uint8_t(ch - 'A' + 'a');
                *name += (ch > 0x20 && ch < 0x7f) ? char(ch) : '?';
            }
        }
        p += 1 + c;
    }
    if (name && name->empty())
        *name = '.'; // the root, as in "ANY ." amplification queries
    pos = endPos;
    return true;
}

/// Skips to the additional section and reads the OPT record's UDP payload size, if reachable.
void findEdns(const uint8_t *d, size_t n, size_t pos, unsigned moreQuestions, unsigned records,
              unsigned additional, PayloadSummary &out)
{
    for (unsigned i = 0; i < moreQuestions; ++i) {
        if (!readName(d, n, pos, nullptr) || pos + 4 > n)
            return;
        pos += 4;
    }
    // Every record moves pos by at least 11 bytes or ends the walk, so counts cannot spin.
    for (unsigned i = 0; i < records + additional; ++i) {
        if (!readName(d, n, pos, nullptr) || pos + 10 > n)
            return;
        if (i >= records && be16(d + pos) == 41) {
            out.ednsSize = be16(d + pos + 2);
            return;
        }
        pos += 10 + size_t(be16(d + pos + 8));
    }
}

bool decodeDnsTcp(const uint8_t *d, size_t n, PayloadSummary &out)
{
    if (n < 2 + 12)
        return false;
    const size_t length = be16(d);
    if (length < 12)
        return false;
    return PayloadDecoder::decodeDns(d + 2, std::min(length, n - 2), out);
}

// ---------------------------------------------------------------- NTP

const char *ntpControlName(uint8_t op)
{
    static const char *const names[] = {nullptr,     "readstat",  "readvar",      "writevar", "readclock",
                                        "writeclock", "setrap",   "asyncmsg",     "configure", "saveconfig",
                                        "readmru",    "readordlist", "reqnonce"};
    return op < std::size(names) ? names[op] : nullptr;
}

bool decodeNtp(const uint8_t *d, size_t n, PayloadSummary &out)
{
    if (n < 4)
        return false;
    const uint8_t version = (d[0] >> 3) & 7;
    const uint8_t mode = d[0] & 7;
    if (version < 1 || version > 4 || mode == 0)
        return false;
    out.kind = Kind::Ntp;
    out.ntpMode = mode;
    if (mode == 7) { // private (ntpdc): the monlist reflection vector
        // byte 2: implementation (0 universal, 2 XNTPD_OLD, 3 XNTPD)
        if (d[2] != 0 && d[2] != 2 && d[2] != 3)
            return false;
        out.response = d[0] & 0x80;
        out.ntpRequestCode = d[3];
        switch (d[3]) {
        case 42: appendDetail(out, "monlist"); break; // MON_GETLIST_1
        case 20: appendDetail(out, "MON_GETLIST"); break;
        default:
            appendDetail(out, "mode7 req ");
            appendNumber(out, d[3]);
            break;
        }
        return true;
    }
    if (mode == 6) { // control (ntpq)
        if (n < 12)
            return false;
        out.response = d[1] & 0x80;
        out.ntpRequestCode = d[1] & 0x1f;
        if (const char *name = ntpControlName(out.ntpRequestCode))
            appendDetail(out, name);
        else {
            appendDetail(out, "mode6 op ");
            appendNumber(out, out.ntpRequestCode);
        }
        return true;
    }
    if (n < 48)
        return false;
    out.response = mode == 2 || mode == 4 || mode == 5; // passive peer, server, broadcast
    static const char *const names[] = {nullptr, "symmetric active", "symmetric passive", "client", "server",
                                        "broadcast"};
    appendDetail(out, names[mode]);
    return true;
}

// ---------------------------------------------------------------- SSDP

/// Value of header `name` ("ST") in an HTTP-over-UDP message, or empty.
std::string_view httpHeader(const uint8_t *d, size_t n, std::string_view name)
{
    size_t i = 0;
    while (i < n) {
        size_t eol = i;
        while (eol < n && d[eol] != '\n')
            ++eol;
        const uint8_t *line = d + i;
        const size_t len = eol - i;
        if (len > name.size() && startsWithNoCase(line, len, name) && line[name.size()] == ':') {
            size_t b = name.size() + 1;
            size_t e = len;
            while (b < e && (line[b] == ' ' || line[b] == '\t'))
                ++b;
            while (e > b && (line[e - 1] == '\r' || line[e - 1] == ' '))
                --e;
            return {reinterpret_cast<const char *>(line + b), e - b};
        }
        i = eol + 1;
    }
    return {};
}

bool decodeSsdp(const uint8_t *d, size_t n, PayloadSummary &out)
{
    std::string_view header;
    if (startsWith(d, n, "M-SEARCH ")) {
        appendDetail(out, "M-SEARCH");
        header = "ST";
    } else if (startsWith(d, n, "NOTIFY ")) {
        appendDetail(out, "NOTIFY");
        header = "NT";
    } else if (startsWith(d, n, "HTTP/1.")) {
        out.response = true;
        appendDetail(out, "HTTP");
        if (n >= 12) {
            appendDetail(out, " ");
            appendDetail(out, d + 9, 3);
        }
        header = "ST";
    } else {
        return false;
    }
    out.kind = Kind::Ssdp;
    const std::string_view value = httpHeader(d, n, header);
    if (!value.empty()) {
        appendDetail(out, " ");
        appendDetail(out, value);
    }
    return true;
}

// ---------------------------------------------------------------- text services

bool mostlyPrintable(const uint8_t *d, size_t n)
{
    const size_t m = std::min<size_t>(n, 64);
    size_t good = 0;
    for (size_t i = 0; i < m; ++i)
        good += (d[i] >= 0x20 && d[i] < 0x7f) || d[i] == '\r' || d[i] == '\n' || d[i] == '\t';
    return good * 10 >= m * 9;
}

/// CharGEN/QOTD: any datagram to the port is a request (its content is ignored by the server); a
/// datagram from the port is a reply only if it reads as text.
bool decodeTextService(Kind kind, const uint8_t *d, size_t n, bool fromServer, PayloadSummary &out)
{
    if (fromServer) {
        if (!mostlyPrintable(d, n))
            return false;
        out.response = true;
        appendDetail(out, "response");
    } else {
        if (n > 512)
            return false;
        appendDetail(out, "request");
    }
    out.kind = kind;
    return true;
}

// ---------------------------------------------------------------- BER (SNMP, CLDAP)

/// Reads one BER tag+length at `pos`; the value may run past `n` only if `allowCut` (a message cut
/// by the snap length still says what it is).
bool readTlv(const uint8_t *d, size_t n, size_t &pos, uint8_t &tag, size_t &length, bool allowCut = false)
{
    if (pos + 2 > n)
        return false;
    tag = d[pos];
    size_t len = d[pos + 1];
    size_t p = pos + 2;
    if (len & 0x80) {
        const size_t bytes = len & 0x7f;
        if (bytes == 0 || bytes > 4 || p + bytes > n)
            return false;
        len = 0;
        for (size_t i = 0; i < bytes; ++i)
            len = len << 8 | d[p + i];
        p += bytes;
    }
    if (!allowCut && p + len > n)
        return false;
    pos = p;
    length = len;
    return true;
}

bool readBerInteger(const uint8_t *d, size_t n, size_t &pos, uint32_t &value)
{
    uint8_t tag;
    size_t len;
    if (!readTlv(d, n, pos, tag, len) || tag != 0x02 || len < 1 || len > 4)
        return false;
    value = 0;
    for (size_t i = 0; i < len; ++i)
        value = value << 8 | d[pos + i];
    pos += len;
    return true;
}

/// SNMP and LDAP messages open with SEQUENCE { INTEGER (version / message id), …; `pos` ends
/// after the integer.
bool readBerMessageStart(const uint8_t *d, size_t n, size_t &pos, uint32_t &first)
{
    uint8_t tag;
    size_t len;
    pos = 0;
    return readTlv(d, n, pos, tag, len, true) && tag == 0x30 && readBerInteger(d, n, pos, first);
}

bool decodeSnmp(const uint8_t *d, size_t n, PayloadSummary &out)
{
    size_t pos;
    uint8_t tag;
    size_t len;
    uint32_t version;
    if (!readBerMessageStart(d, n, pos, version))
        return false;
    if (version == 3) {
        out.kind = Kind::Snmp;
        appendDetail(out, "v3");
        return true;
    }
    if (version > 1)
        return false;
    size_t communityPos = pos;
    if (!readTlv(d, n, communityPos, tag, len) || tag != 0x04)
        return false;
    const size_t communityLength = len;
    pos = communityPos + len;
    if (pos >= n)
        return false;
    static const char *const pdus[] = {"GetRequest",  "GetNextRequest", "GetResponse", "SetRequest", "Trap",
                                       "GetBulkRequest", "InformRequest", "SNMPv2-Trap", "Report"};
    const uint8_t pdu = d[pos];
    if (pdu < 0xa0 || pdu > 0xa8)
        return false;
    out.kind = Kind::Snmp;
    out.response = pdu == 0xa2 || pdu == 0xa8;
    appendDetail(out, pdus[pdu - 0xa0]);
    appendDetail(out, version == 0 ? " v1 " : " v2c ");
    appendDetail(out, d + communityPos, std::min<size_t>(communityLength, 40));
    return true;
}

bool decodeCldap(const uint8_t *d, size_t n, PayloadSummary &out)
{
    size_t pos;
    uint8_t tag;
    size_t len;
    uint32_t messageId;
    if (!readBerMessageStart(d, n, pos, messageId))
        return false;
    if (pos < n && d[pos] == 0x04) { // RFC 1798's "user" DN, which Active Directory omits
        if (!readTlv(d, n, pos, tag, len))
            return false;
        pos += len;
    }
    if (pos >= n)
        return false;
    switch (d[pos]) {
    case 0x63: appendDetail(out, "searchRequest"); break;
    case 0x64: appendDetail(out, "searchResEntry"); out.response = true; break;
    case 0x65: appendDetail(out, "searchResDone"); out.response = true; break;
    case 0x73: appendDetail(out, "searchResRef"); out.response = true; break;
    default: return false;
    }
    out.kind = Kind::Ldap;
    return true;
}

// ---------------------------------------------------------------- Memcached

bool inList(std::string_view word, std::initializer_list<std::string_view> list)
{
    return std::find(list.begin(), list.end(), word) != list.end();
}

/// Text-protocol command or reply word; `d` is after any UDP frame header.
bool decodeMemcachedText(const uint8_t *d, size_t n, PayloadSummary &out)
{
    if (n >= 1 && (d[0] == 0x80 || d[0] == 0x81)) { // binary protocol magic
        if (n < 24)
            return false;
        out.kind = Kind::Memcached;
        out.response = d[0] == 0x81;
        appendDetail(out, "binary ");
        appendHex(out, d[1]);
        return true;
    }
    const size_t w = std::min<size_t>(wordLength(d, n), 24);
    const std::string_view word(reinterpret_cast<const char *>(d), w);
    if (inList(word, {"get", "gets", "gat", "gats", "set", "add", "replace", "append", "prepend", "cas",
                      "delete", "incr", "decr", "touch", "stats", "flush_all", "version", "verbosity",
                      "quit", "slabs", "lru_crawler", "watch", "shutdown", "mg", "ms", "md", "mn", "ma",
                      "me", "cache_memlimit"})) {
        out.response = false;
    } else if (inList(word, {"STAT", "VALUE", "END", "VERSION", "ERROR", "CLIENT_ERROR", "SERVER_ERROR",
                             "STORED", "NOT_STORED", "EXISTS", "NOT_FOUND", "DELETED", "TOUCHED", "OK",
                             "ITEM"})) {
        out.response = true;
    } else {
        return false;
    }
    out.kind = Kind::Memcached;
    appendDetail(out, word);
    return true;
}

bool decodeMemcachedUdp(const uint8_t *d, size_t n, PayloadSummary &out)
{
    // 8-byte frame header: request id, sequence number, datagram count, reserved (0).
    if (n < 9 || d[6] != 0 || d[7] != 0 || be16(d + 2) >= std::max<uint16_t>(be16(d + 4), 1))
        return false;
    return decodeMemcachedText(d + 8, n - 8, out);
}

// ---------------------------------------------------------------- NetBIOS, RPC

bool decodeNetbiosNs(const uint8_t *d, size_t n, PayloadSummary &out)
{
    if (n < 12 + 34 + 4)
        return false;
    const uint16_t flags = be16(d + 2);
    const uint8_t opcode = (flags >> 11) & 0x0f;
    const bool response = flags & 0x8000;
    if (opcode != 0 && (opcode < 5 || opcode > 8))
        return false;
    if ((be16(d + 4) + be16(d + 6)) != 1 || d[12] != 0x20 || d[12 + 33] != 0)
        return false;
    char name[16];
    for (int i = 0; i < 16; ++i) {
        const uint8_t hi = d[13 + 2 * i], lo = d[14 + 2 * i];
        if (hi < 'A' || hi > 'P' || lo < 'A' || lo > 'P')
            return false;
        name[i] = char((hi - 'A') << 4 | (lo - 'A'));
    }
    const uint16_t type = be16(d + 12 + 34);
    out.kind = Kind::NetBios;
    out.response = response;
    static const char *const ops[] = {"query", nullptr, nullptr, nullptr, nullptr, "registration", "release",
                                      "wack", "refresh"};
    appendDetail(out, ops[opcode]);
    appendDetail(out, type == 0x21 ? " NBSTAT " : type == 0x20 ? " NB " : " ? ");
    size_t len = 15; // the 16th byte is the service suffix
    while (len > 0 && (name[len - 1] == ' ' || name[len - 1] == 0))
        --len;
    appendDetail(out, name, len);
    return true;
}

bool decodePortmap(const uint8_t *d, size_t n, PayloadSummary &out)
{
    if (n < 12)
        return false;
    const uint32_t type = be32(d + 4);
    if (type == 1) { // reply: accepted (0) or denied (1)
        if (be32(d + 8) > 1)
            return false;
        out.kind = Kind::Portmap;
        out.response = true;
        appendDetail(out, "reply");
        return true;
    }
    if (type != 0 || n < 24 || be32(d + 8) != 2 || be32(d + 12) != 100000)
        return false;
    const uint32_t version = be32(d + 16);
    const uint32_t proc = be32(d + 20);
    if (version < 2 || version > 4)
        return false;
    out.kind = Kind::Portmap;
    appendDetail(out, "call v");
    appendNumber(out, version);
    static const char *const v2[] = {"NULL", "SET", "UNSET", "GETPORT", "DUMP", "CALLIT"};
    static const char *const v34[] = {"NULL",    "SET",          "UNSET",   "GETADDR", "DUMP",
                                      "BCAST",   "GETTIME",      "UADDR2TADDR", "TADDR2UADDR",
                                      "GETVERSADDR", "INDIRECT", "GETADDRLIST", "GETSTAT"};
    appendDetail(out, " ");
    if (version == 2 && proc < std::size(v2))
        appendDetail(out, v2[proc]);
    else if (version != 2 && proc < std::size(v34))
        appendDetail(out, v34[proc]);
    else
        appendNumber(out, proc);
    return true;
}

// ---------------------------------------------------------------- games, P2P

/// Quake 3 engine ("\xff\xff\xff\xffgetstatus") and Source/Steam A2S ("\xff\xff\xff\xffTSource…")
/// share the out-of-band prefix; a lower-case word is Quake's, a single type letter Steam's.
bool decodeGame(const uint8_t *d, size_t n, PayloadSummary &out)
{
    if (n < 5 || be32(d) != 0xffffffffu)
        return false;
    const uint8_t *c = d + 4;
    const size_t m = n - 4;
    size_t letters = 0;
    while (letters < m && ((c[letters] >= 'a' && c[letters] <= 'z') || (c[letters] >= 'A' && c[letters] <= 'Z')))
        ++letters;
    if (c[0] >= 'a' && c[0] <= 'z' && letters >= 4) {
        const std::string_view word(reinterpret_cast<const char *>(c), std::min<size_t>(letters, 32));
        out.kind = Kind::Quake;
        out.response = word.ends_with("Response") || word == "print";
        appendDetail(out, word);
        return true;
    }
    const char *name = nullptr;
    bool response = false;
    switch (c[0]) {
    case 'T': name = "A2S_INFO"; break;
    case 'U': name = "A2S_PLAYER"; break;
    case 'V': name = "A2S_RULES"; break;
    case 'W': name = "A2S_SERVERQUERY_GETCHALLENGE"; break;
    case 'i': name = "A2A_PING"; break;
    case 'I': name = "S2A_INFO"; response = true; break;
    case 'm': name = "S2A_INFO_OLD"; response = true; break;
    case 'D': name = "S2A_PLAYER"; response = true; break;
    case 'E': name = "S2A_RULES"; response = true; break;
    case 'A': name = "S2C_CHALLENGE"; response = true; break;
    case 'j': name = "A2A_ACK"; response = true; break;
    default: return false;
    }
    out.kind = Kind::Steam;
    out.response = response;
    appendDetail(out, name);
    return true;
}

/// BitTorrent: mainline DHT (bencoded KRPC), the UDP tracker protocol and uTP.
bool decodeBitTorrent(const uint8_t *d, size_t n, PayloadSummary &out)
{
    if (startsWith(d, n, "d1:")) {
        const size_t window = std::min<size_t>(n, 512);
        const size_t y = find(d, window, "1:y1:");
        if (y + 6 > window)
            return false;
        const uint8_t type = d[y + 5];
        if (type != 'q' && type != 'r' && type != 'e')
            return false;
        out.kind = Kind::BitTorrent;
        out.response = type != 'q';
        appendDetail(out, "dht ");
        if (type == 'q') {
            const size_t q = find(d, window, "1:q");
            // "1:q" then "<len>:<method>"
            size_t p = q + 3;
            size_t len = 0;
            while (p < window && d[p] >= '0' && d[p] <= '9' && len < 100)
                len = len * 10 + size_t(d[p++] - '0');
            if (q < window && p < window && d[p] == ':' && p + 1 + len <= window && len <= 32)
                appendDetail(out, d + p + 1, len);
            else
                appendDetail(out, "query");
        } else {
            appendDetail(out, type == 'r' ? "response" : "error");
        }
        return true;
    }
    if (n >= 16 && be32(d) == 0x417 && be32(d + 4) == 0x27101980u) { // UDP tracker protocol id
        out.kind = Kind::BitTorrent;
        appendDetail(out, "tracker connect");
        return true;
    }
    if (n >= 20 && (d[0] & 0x0f) == 1 && (d[0] >> 4) <= 4 && d[1] <= 4) { // uTP header v1
        static const char *const types[] = {"data", "fin", "state", "reset", "syn"};
        out.kind = Kind::BitTorrent;
        appendDetail(out, "utp ");
        appendDetail(out, types[d[0] >> 4]);
        return true;
    }
    return false;
}

bool decodeKad(const uint8_t *d, size_t n, PayloadSummary &out)
{
    if (n < 2 || (d[0] != 0xe4 && d[0] != 0xe5)) // Kademlia, Kademlia packed
        return false;
    struct Op { uint8_t code; const char *name; bool response; };
    static const Op ops[] = {
        {0x00, "KADEMLIA_BOOTSTRAP_REQ", false}, {0x08, "KADEMLIA_BOOTSTRAP_RES", true},
        {0x10, "KADEMLIA_HELLO_REQ", false},     {0x18, "KADEMLIA_HELLO_RES", true},
        {0x20, "KADEMLIA_REQ", false},           {0x28, "KADEMLIA_RES", true},
        {0x01, "KADEMLIA2_BOOTSTRAP_REQ", false}, {0x09, "KADEMLIA2_BOOTSTRAP_RES", true},
        {0x11, "KADEMLIA2_HELLO_REQ", false},    {0x19, "KADEMLIA2_HELLO_RES", true},
        {0x21, "KADEMLIA2_REQ", false},          {0x29, "KADEMLIA2_RES", true},
        {0x33, "KADEMLIA2_SEARCH_KEY_REQ", false}, {0x34, "KADEMLIA2_SEARCH_SOURCE_REQ", false},
        {0x3b, "KADEMLIA2_SEARCH_RES", true},    {0x60, "KADEMLIA2_PING", false},
        {0x61, "KADEMLIA2_PONG", true},          {0x62, "KADEMLIA2_FIREWALLUDP", false},
    };
    out.kind = Kind::Kad;
    for (const Op &op : ops) {
        if (op.code == d[1]) {
            out.response = op.response;
            appendDetail(out, op.name);
            return true;
        }
    }
    appendDetail(out, "opcode ");
    appendHex(out, d[1]);
    return true;
}

// ---------------------------------------------------------------- small binary services

bool decodeTftp(const uint8_t *d, size_t n, PayloadSummary &out)
{
    if (n < 4 || d[0] != 0 || d[1] < 1 || d[1] > 6)
        return false;
    static const char *const ops[] = {nullptr, "RRQ", "WRQ", "DATA", "ACK", "ERROR", "OACK"};
    const uint8_t op = d[1];
    if (op <= 2) {
        // filename NUL mode NUL, both text
        const uint8_t *name = d + 2;
        const size_t max = n - 2;
        const size_t len = size_t(std::find(name, name + max, 0) - name);
        if (len == 0 || len == max || !mostlyPrintable(name, len))
            return false;
        out.kind = Kind::Tftp;
        appendDetail(out, ops[op]);
        appendDetail(out, " ");
        appendDetail(out, name, len);
        return true;
    }
    out.kind = Kind::Tftp;
    out.response = true;
    appendDetail(out, ops[op]);
    return true;
}

bool decodeMssql(const uint8_t *d, size_t n, PayloadSummary &out)
{
    // SQL Server Resolution Protocol [MC-SQLR]
    switch (d[0]) {
    case 0x02:
    case 0x03:
        if (n > 8)
            return false;
        appendDetail(out, d[0] == 0x02 ? "CLNT_BCAST_EX" : "CLNT_UCAST_EX");
        break;
    case 0x04:
        if (n > 40)
            return false;
        appendDetail(out, "CLNT_UCAST_INST");
        break;
    case 0x0f:
        if (n > 40)
            return false;
        appendDetail(out, "CLNT_UCAST_DAC");
        break;
    case 0x05:
        if (n < 3 || size_t(d[1] | d[2] << 8) > n - 3)
            return false;
        out.response = true;
        appendDetail(out, "SVR_RESP");
        break;
    default:
        return false;
    }
    out.kind = Kind::Mssql;
    return true;
}

bool decodeRip(const uint8_t *d, size_t n, PayloadSummary &out)
{
    if (n < 4 || (d[0] != 1 && d[0] != 2) || (d[1] != 1 && d[1] != 2) || (n - 4) % 20 != 0)
        return false;
    if (d[1] == 1 && (d[2] != 0 || d[3] != 0))
        return false;
    out.kind = Kind::Ripv1;
    out.response = d[0] == 2;
    appendDetail(out, d[0] == 1 ? "request v" : "response v");
    appendNumber(out, d[1]);
    return true;
}

bool decodeCoap(const uint8_t *d, size_t n, PayloadSummary &out)
{
    if (n < 4 || (d[0] >> 6) != 1)
        return false;
    const uint8_t type = (d[0] >> 4) & 3;
    const size_t tokenLength = d[0] & 0x0f;
    const uint8_t code = d[1];
    const uint8_t cls = code >> 5;
    if (tokenLength > 8 || 4 + tokenLength > n || cls == 1 || cls == 3 || cls > 5)
        return false;
    static const char *const types[] = {"CON", "NON", "ACK", "RST"};
    static const char *const methods[] = {"EMPTY", "GET", "POST", "PUT", "DELETE", "FETCH", "PATCH", "iPATCH"};
    out.kind = Kind::Coap;
    appendDetail(out, types[type]);
    appendDetail(out, " ");
    if (cls == 0) {
        if ((code & 31) < std::size(methods))
            appendDetail(out, methods[code & 31]);
        else
            appendNumber(out, code & 31);
    } else {
        out.response = true;
        appendNumber(out, cls);
        appendDetail(out, ".");
        if ((code & 31) < 10)
            appendDetail(out, "0");
        appendNumber(out, code & 31);
        return true;
    }
    // Uri-Path options (11) give the resource, e.g. "/.well-known/core" of the reflection vector.
    size_t pos = 4 + tokenLength;
    unsigned number = 0;
    bool first = true;
    for (int i = 0; i < 32 && pos < n && d[pos] != 0xff; ++i) {
        unsigned delta = d[pos] >> 4, length = d[pos] & 0x0f;
        ++pos;
        auto extend = [&](unsigned &v) {
            if (v == 13) {
                if (pos + 1 > n)
                    return false;
                v = 13u + d[pos++];
            } else if (v == 14) {
                if (pos + 2 > n)
                    return false;
                v = 269u + be16(d + pos);
                pos += 2;
            } else if (v == 15) {
                return false;
            }
            return true;
        };
        if (!extend(delta) || !extend(length) || pos + length > n)
            break;
        number += delta;
        if (number == 11) {
            appendDetail(out, first ? " /" : "/");
            appendDetail(out, d + pos, length);
            first = false;
        }
        pos += length;
    }
    return true;
}

bool decodeWsDiscovery(const uint8_t *d, size_t n, PayloadSummary &out)
{
    size_t i = 0;
    if (startsWith(d, n, "\xef\xbb\xbf"))
        i = 3;
    while (i < n && (d[i] == ' ' || d[i] == '\r' || d[i] == '\n' || d[i] == '\t'))
        ++i;
    if (i >= n || d[i] != '<')
        return false;
    out.kind = Kind::WsDiscovery;
    const size_t window = std::min<size_t>(n, 4096);
    // Longest names first: "ProbeMatches" contains "Probe".
    static const struct { const char *needle; bool response; } actions[] = {
        {"ProbeMatches", true}, {"ResolveMatches", true}, {"Fault", true}, {"Probe", false},
        {"Resolve", false},     {"Hello", false},         {"Bye", false},
    };
    for (const auto &a : actions) {
        if (find(d, window, a.needle) < window) {
            out.response = a.response;
            appendDetail(out, a.needle);
            return true;
        }
    }
    appendDetail(out, "xml");
    return true;
}

bool decodeUbiquiti(const uint8_t *d, size_t n, PayloadSummary &out)
{
    if (n < 4 || (d[0] != 1 && d[0] != 2) || size_t(be16(d + 2)) != n - 4)
        return false;
    out.kind = Kind::Ubiquiti;
    out.response = n > 4;
    appendDetail(out, "discovery v");
    appendNumber(out, d[0]);
    appendDetail(out, out.response ? " reply" : " request");
    return true;
}

// ---------------------------------------------------------------- others without a Kind of their own

bool decodeOther(uint16_t port, const uint8_t *d, size_t n, PayloadSummary &out)
{
    switch (port) {
    case 427: { // SLP
        if (n < 12 || (d[0] != 1 && d[0] != 2) || d[1] < 1 || d[1] > 11)
            return false;
        static const char *const fns[] = {nullptr,  "SrvRqst", "SrvRply",   "SrvReg",      "SrvDeReg",   "SrvAck",
                                          "AttrRqst", "AttrRply", "DAAdvert", "SrvTypeRqst", "SrvTypeRply", "SAAdvert"};
        out.response = d[1] == 2 || d[1] == 5 || d[1] == 7 || d[1] == 8 || d[1] == 10 || d[1] == 11;
        appendDetail(out, "slp ");
        appendDetail(out, fns[d[1]]);
        break;
    }
    case 47808: // BACnet/IP: BVLC type 0x81, length covers the datagram
        if (n < 4 || d[0] != 0x81 || be16(d + 2) != n)
            return false;
        appendDetail(out, "bacnet bvlc ");
        appendHex(out, d[1]);
        break;
    case 3478: // STUN: magic cookie
        if (n < 20 || be32(d + 4) != 0x2112a442u)
            return false;
        out.response = (be16(d) & 0x0110) == 0x0100;
        appendDetail(out, "stun ");
        appendHex(out, be16(d), 4);
        break;
    case 5060: { // SIP (scanners send OPTIONS)
        const size_t w = std::min<size_t>(wordLength(d, n), 16);
        if (w < 3 || !(startsWith(d + w, n - w, " sip:") || startsWith(d + w, n - w, " SIP/")
                       || startsWith(d, n, "SIP/2.0 ")))
            return false;
        out.response = startsWith(d, n, "SIP/2.0 ");
        appendDetail(out, "sip ");
        appendDetail(out, d, w);
        break;
    }
    case 500:
    case 4500: { // ISAKMP/IKE: version byte and a length that matches
        if (n < 28 || (d[17] != 0x10 && d[17] != 0x20) || be32(d + 24) != n)
            return false;
        appendDetail(out, d[17] == 0x10 ? "ike v1" : "ike v2");
        break;
    }
    case 5351: // NAT-PMP / PCP
        if (n < 2 || (d[0] != 0 && d[0] != 2))
            return false;
        out.response = d[1] & 0x80;
        appendDetail(out, d[0] == 0 ? "nat-pmp op " : "pcp op ");
        appendNumber(out, d[1] & 0x7f);
        break;
    case 1194: // OpenVPN: P_CONTROL_HARD_RESET_CLIENT_V2/V3
        if (n < 14 || ((d[0] >> 3) != 7 && (d[0] >> 3) != 10))
            return false;
        appendDetail(out, "openvpn hard reset");
        break;
    case 9987: // TeamSpeak 3
        if (!startsWith(d, n, "TS3INIT1"))
            return false;
        appendDetail(out, "ts3init");
        break;
    case 32414: // Plex GDM
        if (!startsWith(d, n, "M-SEARCH ") && !startsWith(d, n, "HTTP/1."))
            return false;
        out.response = startsWith(d, n, "HTTP/1.");
        appendDetail(out, "plex gdm");
        break;
    case 37810: // DVR "DHDiscover" (Dahua), a 2019+ reflection vector
        if (n < 32 || d[0] != 0x20)
            return false;
        out.response = find(d, std::min<size_t>(n, 256), "\"mac\"") < std::min<size_t>(n, 256);
        appendDetail(out, "dhdiscover");
        break;
    default:
        return false;
    }
    out.kind = Kind::Other;
    return true;
}

/// Recognises a UDP payload by one of its ports; `fromServer` when `port` is the source port.
bool decodeUdpPort(uint16_t port, const uint8_t *d, size_t n, bool fromServer, PayloadSummary &out)
{
    switch (port) {
    case 53:
    case 5353: // mDNS
    case 5355: // LLMNR
        return PayloadDecoder::decodeDns(d, n, out);
    case 123: return decodeNtp(d, n, out);
    case 1900: return decodeSsdp(d, n, out);
    case 19: return decodeTextService(Kind::Chargen, d, n, fromServer, out);
    case 17: return decodeTextService(Kind::Qotd, d, n, fromServer, out);
    case 161:
    case 162: return decodeSnmp(d, n, out);
    case 11211: return decodeMemcachedUdp(d, n, out);
    case 137: return decodeNetbiosNs(d, n, out);
    case 111: return decodePortmap(d, n, out);
    case 389: return decodeCldap(d, n, out);
    case 69: return decodeTftp(d, n, out);
    case 1434: return decodeMssql(d, n, out);
    case 520: return decodeRip(d, n, out);
    case 5683: return decodeCoap(d, n, out);
    case 3702: return decodeWsDiscovery(d, n, out);
    case 10001: return decodeUbiquiti(d, n, out);
    case 4665:
    case 4672: return decodeKad(d, n, out);
    case 6881:
    case 6882:
    case 6883:
    case 6884:
    case 6885:
    case 6886:
    case 6887:
    case 6888:
    case 6889:
    case 6969: return decodeBitTorrent(d, n, out);
    default:
        break;
    }
    if ((port >= 27015 && port <= 27030) || (port >= 27960 && port <= 27969) || port == 28960 || port == 26900)
        return decodeGame(d, n, out);
    return decodeOther(port, d, n, out);
}

} // namespace

bool PayloadDecoder::decodeDns(const uint8_t *d, size_t n, PayloadSummary &out)
{
    if (!out.empty())
        out.clear();
    if (!d || n < 12)
        return false;
    const uint16_t flags = be16(d + 2);
    const unsigned qd = be16(d + 4), an = be16(d + 6), ns = be16(d + 8), ar = be16(d + 10);
    const uint8_t opcode = (flags >> 11) & 0x0f;
    const bool qr = flags & 0x8000;
    // Plausibility: a defined opcode (QUERY, IQUERY, STATUS, NOTIFY, UPDATE, DSO) and a question
    // count a real message has; only responses (e.g. FORMERR) may come without a question.
    if (opcode == 3 || opcode > 6 || qd > 16 || (qd == 0 && !qr))
        return false;
    out.kind = Kind::Dns;
    out.response = qr;
    out.rd = flags & 0x0100;
    out.dnsOpcode = opcode;
    out.dnsRcode = flags & 0x0f;
    out.answerCount = uint16_t(an);
    if (qd == 0)
        return true;
    size_t pos = 12;
    if (!readName(d, n, pos, &out.qname)) {
        out.qname.clear();
        appendDetail(out, "malformed qname");
        return true;
    }
    if (pos + 4 > n) {
        appendDetail(out, "truncated question");
        return true;
    }
    out.qtype = be16(d + pos);
    out.qclass = be16(d + pos + 2);
    findEdns(d, n, pos + 4, qd - 1, an + ns, ar, out);
    return true;
}

void PayloadDecoder::decode(uint8_t proto, uint16_t srcPort, uint16_t dstPort, const uint8_t *data, size_t length,
                            PayloadSummary &out)
{
    if (!out.empty())
        out.clear();
    if (!data || length == 0)
        return;
    bool known = false;
    if (proto == ipproto::Udp) {
        // The destination port says what was asked of the sensor; the source port what a
        // reflector answered (unsolicited replies are backscatter of attacks on the sensor range).
        known = decodeUdpPort(dstPort, data, length, false, out);
        if (!known && srcPort != dstPort) {
            out.clear();
            known = decodeUdpPort(srcPort, data, length, true, out);
        }
        if (!known && startsWith(data, length, "d1:")) { // DHT runs on any port
            out.clear();
            known = decodeBitTorrent(data, length, out);
        }
    } else if (proto == ipproto::Tcp) {
        if (dstPort == 53 || srcPort == 53)
            known = decodeDnsTcp(data, length, out);
        else if (dstPort == 11211 || srcPort == 11211)
            known = decodeMemcachedText(data, length, out);
    }
    if (!known) {
        out.clear();
        out.kind = Kind::Unknown;
    }
}

} // namespace teiten
