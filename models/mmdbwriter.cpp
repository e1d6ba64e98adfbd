// SPDX-License-Identifier: GPL-3.0-or-later
#include "mmdbwriter.h"

#include <algorithm>
#include <cstring>
#include <limits>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSaveFile>

#include "regionnames.h"

// Format: MaxMind DB File Format Specification 2.0 (binary search tree over the 128 address bits,
// 16 zero bytes, data section, "\xAB\xCD\xEFMaxMind.com" + metadata map).

namespace teiten {

namespace {

// Data-section type numbers from the spec; 8 and above are "extended" types.
enum : int { Utf8 = 2, Uint16 = 5, Uint32 = 6, Map = 7, Uint64 = 9, Array = 11 };

/// Appends MaxMind DB data-section values to a byte array.
struct Encoder {
    QByteArray &out;

    void control(int type, quint32 size)
    {
        uint8_t first = type <= 7 ? uint8_t(type << 5) : 0;
        int extraBytes = 0;
        quint32 extra = 0;
        if (size < 29) {
            first |= uint8_t(size);
        } else if (size < 29 + 256) {
            first |= 29;
            extraBytes = 1;
            extra = size - 29;
        } else if (size < 285 + 65536) {
            first |= 30;
            extraBytes = 2;
            extra = size - 285;
        } else {
            first |= 31;
            extraBytes = 3;
            extra = size - 65821;
        }
        out.append(char(first));
        if (type > 7)
            out.append(char(type - 7));
        for (int i = extraBytes - 1; i >= 0; --i)
            out.append(char((extra >> (8 * i)) & 0xff));
    }
    void string(const QString &s)
    {
        const QByteArray u = s.toUtf8();
        control(Utf8, quint32(u.size()));
        out.append(u);
    }
    void key(const char *k) { string(QString::fromLatin1(k)); }
    void unsignedInt(int type, quint64 v)
    {
        // Integers are stored big-endian with leading zero bytes dropped (0 takes no bytes).
        int n = 0;
        for (quint64 t = v; t; t >>= 8)
            ++n;
        control(type, quint32(n));
        for (int i = n - 1; i >= 0; --i)
            out.append(char((v >> (8 * i)) & 0xff));
    }
    void map(int pairs) { control(Map, quint32(pairs)); }
    void array(int items) { control(Array, quint32(items)); }
};

/// A binary trie over the 128 bits of an IPv6 address; values are indexes into the code list.
struct TrieNode {
    int32_t child[2] = {-1, -1};
    int32_t value = -1;
    bool internal() const { return child[0] >= 0 || child[1] >= 0; }
};

int bitAt(const uint8_t *b, int i)
{
    return (b[i / 8] >> (7 - i % 8)) & 1;
}

// Walks (creating) the path of the first `bits` bits of `addr`; returns the node reached.
int32_t walk(std::vector<TrieNode> &trie, const uint8_t *addr, int bits)
{
    int32_t n = 0;
    for (int i = 0; i < bits; ++i) {
        const int b = bitAt(addr, i);
        if (trie[n].child[b] < 0) {
            trie[n].child[b] = int32_t(trie.size());
            trie.emplace_back();
        }
        n = trie[n].child[b];
    }
    return n;
}

constexpr int64_t kEmpty = -1;
// Records are kept as: >= 0 node number, kEmpty, or <= -2 a data value (-(index + 2)).
int64_t dataRecord(int32_t value)
{
    return value < 0 ? kEmpty : -(int64_t(value) + 2);
}

/// Numbers the search-tree nodes depth-first and fills their two records. Nodes with children
/// become tree nodes; childless ones are folded into their parent's record as data. The value of
/// the longest prefix on the path is inherited downwards, which gives longest-prefix-match.
struct Compiler {
    const std::vector<TrieNode> &trie;
    std::vector<int64_t> number;
    std::vector<std::pair<int64_t, int64_t>> records;

    explicit Compiler(const std::vector<TrieNode> &t) : trie(t), number(t.size(), -1) {}

    void compile(int32_t t, int32_t inherited)
    {
        const int64_t me = int64_t(records.size());
        number[size_t(t)] = me;
        records.emplace_back(kEmpty, kEmpty);
        const int32_t v = trie[size_t(t)].value >= 0 ? trie[size_t(t)].value : inherited;
        int64_t rec[2];
        for (int b = 0; b < 2; ++b) {
            const int32_t c = trie[size_t(t)].child[b];
            if (c < 0) {
                rec[b] = dataRecord(v);
            } else if (!trie[size_t(c)].internal()) {
                rec[b] = dataRecord(trie[size_t(c)].value >= 0 ? trie[size_t(c)].value : v);
            } else {
                // The ::ffff:0:0/96 alias reaches the IPv4 subtree a second time: share it.
                if (number[size_t(c)] < 0)
                    compile(c, v);
                rec[b] = number[size_t(c)];
            }
        }
        records[size_t(me)] = {rec[0], rec[1]};
    }
};

void putRecord(QByteArray &out, int recordSize, quint64 left, quint64 right)
{
    auto be = [&out](quint64 v, int bytes) {
        for (int i = bytes - 1; i >= 0; --i)
            out.append(char((v >> (8 * i)) & 0xff));
    };
    switch (recordSize) {
    case 24:
        be(left, 3);
        be(right, 3);
        break;
    case 28:
        // The middle byte holds the top nibble of each record: left's high, right's low.
        be(left & 0xffffff, 3);
        out.append(char((((left >> 24) & 0x0f) << 4) | ((right >> 24) & 0x0f)));
        be(right & 0xffffff, 3);
        break;
    default:
        be(left, 4);
        be(right, 4);
        break;
    }
}

} // namespace

MmdbWriter::MmdbWriter(Layout layout, const QString &databaseType)
    : m_layout(layout), m_type(databaseType)
{
}

void MmdbWriter::insert(const IpPrefix &prefix, const QString &isoCode)
{
    m_entries.push_back(Entry{prefix, isoCode.trimmed()});
}

void MmdbWriter::setBuildEpoch(quint64 secondsSinceEpoch)
{
    m_buildEpoch = secondsSinceEpoch;
}

void MmdbWriter::setRecordSize(int bits)
{
    m_recordSize = (bits == 24 || bits == 28 || bits == 32) ? bits : 0;
}

Status MmdbWriter::write(const QString &path) const
{
    // Codes are deduplicated: every prefix of one region points at the same data record.
    QStringList codes;
    QHash<QString, int32_t> codeIndex;
    std::vector<TrieNode> trie(1);
    for (const Entry &e : m_entries) {
        auto it = codeIndex.constFind(e.iso);
        if (it == codeIndex.constEnd()) {
            it = codeIndex.insert(e.iso, int32_t(codes.size()));
            codes.append(e.iso);
        }
        uint8_t addr[16];
        std::memcpy(addr, e.prefix.first().bytes(), 16);
        int bits = e.prefix.length;
        if (e.prefix.address.isV4()) {
            // IPv4 lives at ::a.b.c.d/96+len, where libmaxminddb's IPv4 lookups start.
            addr[10] = addr[11] = 0;
            bits += 96;
        }
        // A later insertion of the same prefix replaces the earlier one.
        trie[size_t(walk(trie, addr, std::clamp(bits, 0, 128)))].value = *it;
    }

    // Alias ::ffff:0:0/96 (IPv4-mapped) to the IPv4 subtree, as MaxMind's own databases do, so
    // readers that look up mapped addresses as IPv6 get the same answer.
    int32_t v4 = 0;
    for (int i = 0; i < 96 && v4 >= 0; ++i)
        v4 = trie[size_t(v4)].child[0];
    if (v4 > 0) {
        static const uint8_t kMapped[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        const int32_t parent = walk(trie, kMapped, 95);
        trie[size_t(parent)].child[1] = v4;
    }

    Compiler compiler(trie);
    compiler.compile(0, -1);
    const quint64 nodeCount = compiler.records.size();

    QByteArray data;
    Encoder enc{data};
    std::vector<quint64> offsets;
    offsets.reserve(size_t(codes.size()));
    for (const QString &code : std::as_const(codes)) {
        offsets.push_back(quint64(data.size()));
        if (m_layout == Layout::PlainCountryCode) {
            enc.map(1);
            enc.key("country_code");
            enc.string(code);
        } else {
            enc.map(1);
            enc.key("country");
            enc.map(2);
            enc.key("iso_code");
            enc.string(code);
            enc.key("names");
            enc.map(2);
            enc.key("en");
            enc.string(RegionNames::name(code, QStringLiteral("en")));
            enc.key("ja");
            enc.string(RegionNames::name(code, QStringLiteral("ja")));
        }
    }

    const quint64 maxRecord = nodeCount + 16 + quint64(data.size());
    int recordSize = std::max(24, m_recordSize);
    if (recordSize < 28 && maxRecord >= (quint64(1) << 24))
        recordSize = 28;
    if (recordSize < 32 && maxRecord >= (quint64(1) << 28))
        recordSize = 32;
    if (maxRecord > std::numeric_limits<uint32_t>::max()) {
        return Error{Error::Code::Unsupported,
                     tr("Cannot write the region database \"%1\": too many networks.").arg(path)};
    }

    QByteArray out;
    out.reserve(qsizetype(nodeCount * quint64(recordSize) / 4 + 16 + quint64(data.size()) + 512));
    auto resolve = [&](int64_t r) -> quint64 {
        if (r >= 0)
            return quint64(r);
        if (r == kEmpty)
            return nodeCount;
        return nodeCount + 16 + offsets[size_t(-r - 2)];
    };
    for (const auto &[l, r] : compiler.records)
        putRecord(out, recordSize, resolve(l), resolve(r));
    out.append(QByteArray(16, '\0'));
    out.append(data);

    out.append("\xAB\xCD\xEFMaxMind.com", 14);
    Encoder meta{out};
    meta.map(9);
    meta.key("binary_format_major_version");
    meta.unsignedInt(Uint16, 2);
    meta.key("binary_format_minor_version");
    meta.unsignedInt(Uint16, 0);
    meta.key("build_epoch");
    // libmaxminddb rejects a build_epoch of 0, so an unset epoch means "now".
    meta.unsignedInt(Uint64, m_buildEpoch ? m_buildEpoch : quint64(QDateTime::currentSecsSinceEpoch()));
    meta.key("database_type");
    meta.string(m_type);
    meta.key("description");
    meta.map(1);
    meta.key("en");
    meta.string(QStringLiteral("Teiten country database (%1 networks)").arg(m_entries.size()));
    meta.key("ip_version");
    meta.unsignedInt(Uint16, 6);
    meta.key("languages");
    if (m_layout == Layout::GeoLite2Country) {
        meta.array(2);
        meta.string(QStringLiteral("en"));
        meta.string(QStringLiteral("ja"));
    } else {
        meta.array(0);
    }
    meta.key("node_count");
    meta.unsignedInt(Uint32, nodeCount);
    meta.key("record_size");
    meta.unsignedInt(Uint16, quint64(recordSize));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        //: %1 is a file path, %2 the system's reason
        return Error{Error::Code::Unreadable,
                     tr("Cannot write the region database \"%1\": %2").arg(path, file.errorString())};
    }
    return Ok{};
}

} // namespace teiten
