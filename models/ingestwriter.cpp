// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingestwriter.h"

#include <algorithm>
#include <map>
#include <vector>

#include <QCoreApplication>

#include "hourclock.h"
#include "rollupentry.h"
#include "rollupsegmentcodec.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "workspacetypes.h"

namespace teiten {

namespace {

using HourClock::hourOf;
constexpr size_t kMaxCachedPayloads = size_t(1) << 16;

inline uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    return h * 0xFF51AFD7ED558CCDull;
}

} // namespace

size_t IngestWriter::FlowKeyHash::operator()(const FlowKey &k) const noexcept
{
    static_assert(sizeof(FlowKey) % 8 == 0);
    uint64_t h = 0xCBF29CE484222325ull;
    const auto *p = reinterpret_cast<const unsigned char *>(&k);
    for (size_t i = 0; i < sizeof k; i += 8) {
        uint64_t v;
        std::memcpy(&v, p + i, 8);
        h = mix(h, v);
    }
    return size_t(h ^ (h >> 29));
}

IngestWriter::IngestWriter(SqliteDatabase &db, size_t maxFlows) : m_db(db), m_segments(db), m_maxFlows(maxFlows)
{
    m_flows.reserve(std::min<size_t>(maxFlows, 1 << 16));
}

IngestWriter::~IngestWriter() = default;

Status IngestWriter::prepare()
{
    auto p = [&](const char *sql, std::unique_ptr<SqliteStatement> &out) -> Status {
        auto st = m_db.prepare(sql);
        if (!st)
            return st.error();
        out = std::move(*st);
        return Ok{};
    };
    if (auto s = m_segments.prepare(); !s)
        return s;
    if (auto s = p("INSERT INTO rollup_segments(file_id, hour, sensor_id, entries, data) VALUES(?,?,?,?,?);",
                   m_insertRollups);
        !s)
        return s;
    if (auto s = p("SELECT id FROM payloads WHERE key = ?;", m_findPayload); !s)
        return s;
    return p("INSERT INTO payloads(key, kind, response, qname, qtype, qclass, rd, edns_size, opcode, rcode, answers, "
             "ntp_mode, ntp_code, detail) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?);",
             m_insertPayload);
}

void IngestWriter::beginFile(qint64 fileId)
{
    m_fileId = fileId;
}

void IngestWriter::forgetCaches()
{
    m_payloadIds.clear();
    m_flows.clear();
}

int IngestWriter::fingerprintOf(const PacketRecord &p)
{
    int fp = 0;
    if (p.ipVersion != 4 || p.fragment)
        return 0;
    if (p.ipId == 54321)
        fp |= fingerprint::ZMap;
    if (p.proto == ipproto::Tcp && !p.transportTruncated && (p.tcpFlags & (tcpflag::Syn | tcpflag::Ack)) == tcpflag::Syn) {
        const uint32_t dst = p.dst.v4();
        if (((dst ^ p.dstPort ^ p.tcpSeq) & 0xffff) == p.ipId)
            fp |= fingerprint::Masscan;
        if (p.tcpSeq == dst)
            fp |= fingerprint::Mirai;
    }
    return fp;
}

int IngestWriter::servicePortOf(const PacketRecord &p)
{
    if (p.fragment)
        return -1;
    if (p.proto == ipproto::Tcp || p.proto == ipproto::Udp)
        return p.dstPort;
    return 0;
}

Result<int32_t> IngestWriter::payloadId(const PayloadSummary &s)
{
    std::string key = s.key();
    const auto it = m_payloadIds.find(key);
    if (it != m_payloadIds.end())
        return it->second;
    m_findPayload->bind(1, std::string_view(key));
    int32_t id = 0;
    if (m_findPayload->step()) {
        id = int32_t(m_findPayload->int64(0));
        m_findPayload->reset();
    } else {
        m_findPayload->reset();
        SqliteStatement &q = *m_insertPayload;
        q.bind(1, std::string_view(key));
        q.bind(2, std::string_view(payloadKindName(s.kind)));
        q.bind(3, s.response ? 1 : 0);
        if (s.kind == PayloadSummary::Kind::Dns) {
            q.bind(4, std::string_view(s.qname));
            q.bind(5, int(s.qtype));
            q.bind(6, int(s.qclass));
            q.bind(7, s.rd ? 1 : 0);
            q.bind(8, int(s.ednsSize));
            q.bind(9, int(s.dnsOpcode));
            q.bind(10, int(s.dnsRcode));
            q.bind(11, int(s.answerCount));
        }
        if (s.kind == PayloadSummary::Kind::Ntp) {
            q.bind(12, int(s.ntpMode));
            q.bind(13, int(s.ntpRequestCode));
        }
        q.bind(14, std::string_view(s.detail));
        if (!q.run())
            return Error{Error::Code::Database,
                         QCoreApplication::translate("IngestWriter", "%1: cannot store a payload summary: %2")
                             .arg(m_db.path(), m_db.lastError())};
        id = int32_t(m_db.lastInsertRowId());
    }
    // Bounded like the import's address caches: a flood of random names (a "water torture" attack
    // on a domain) makes every key new; past the bound, keys are found in the payloads table.
    if (m_payloadIds.size() >= kMaxCachedPayloads)
        m_payloadIds.clear();
    m_payloadIds.emplace(std::move(key), id);
    return id;
}

Status IngestWriter::add(const PacketRecord &p, int sensorId, uint16_t region, int64_t fileOffset)
{
    FlowKey k;
    std::memset(&k, 0, sizeof k);
    k.hour = int32_t(hourOf(p.timeUs));
    k.sensorId = sensorId;
    std::memcpy(k.src, p.src.bytes(), 16);
    std::memcpy(k.dst, p.dst.bytes(), 16);
    k.proto = p.proto;
    k.port = servicePortOf(p);
    const bool ports = !p.fragment && (p.proto == ipproto::Tcp || p.proto == ipproto::Udp);
    // Ephemeral source ports are noise for a darknet (every scan picks new ones); folding them keeps
    // the tuples few. Well-known ones stay: they tell backscatter and reflection apart.
    k.sport = p.fragment ? 0 : (ports && p.srcPort >= 1024 ? -1 : p.srcPort);
    k.dport = p.fragment ? 0 : p.dstPort;
    k.ttl = p.ttl;
    k.flags = p.tcpFlags;
    k.ipLength = p.ipLength;
    k.fingerprints = uint8_t(fingerprintOf(p));
    if (p.isIcmp() && p.icmpQuoted) {
        k.quoted = true;
        k.quotedProto = p.quotedProto;
        std::memcpy(k.quotedSrc, p.quotedSrc.bytes(), 16);
        std::memcpy(k.quotedDst, p.quotedDst.bytes(), 16);
        k.quotedDport = p.quotedDstPort;
    }
    if (!p.payload.empty()) {
        auto id = payloadId(p.payload);
        if (!id)
            return id.error();
        k.payloadId = *id;
    }
    auto [it, inserted] = m_flows.try_emplace(k);
    FlowValue &v = it->second;
    if (inserted) {
        v.packets = 0;
        v.bytes = 0;
        v.firstUs = p.timeUs;
        v.lastUs = p.timeUs;
        v.firstOffset = fileOffset;
        v.firstSeq = p.tcpSeq;
        v.firstIpId = p.ipId;
        v.firstSport = p.srcPort;
        v.region = region;
    }
    ++v.packets;
    v.bytes += p.ipLength;
    if (p.timeUs < v.firstUs) {
        v.firstUs = p.timeUs;
        v.firstOffset = fileOffset;
    }
    v.lastUs = std::max(v.lastUs, p.timeUs);
    if (m_flows.size() >= m_maxFlows)
        return flush();
    return Ok{};
}

FlowTuple IngestWriter::tupleOf(const FlowKey &k, const FlowValue &v)
{
    FlowTuple t;
    t.firstUs = v.firstUs;
    t.lastUs = v.lastUs;
    t.packets = v.packets;
    t.firstOffset = v.firstOffset;
    std::memcpy(t.src, k.src, 16);
    std::memcpy(t.dst, k.dst, 16);
    t.port = k.port;
    t.sport = k.sport;
    t.dport = k.dport;
    t.payloadId = k.payloadId;
    t.firstSeq = v.firstSeq;
    t.firstIpId = v.firstIpId;
    t.firstSport = v.firstSport;
    t.ipLength = k.ipLength;
    t.region = v.region;
    t.proto = k.proto;
    t.ttl = k.ttl;
    t.tcpFlags = k.flags;
    t.fingerprints = k.fingerprints;
    if (k.quoted) {
        t.quoted = true;
        t.quotedProto = k.quotedProto;
        t.quotedDport = k.quotedDport;
        std::memcpy(t.quotedSrc, k.quotedSrc, 16);
        std::memcpy(t.quotedDst, k.quotedDst, 16);
    }
    return t;
}

Status IngestWriter::flush()
{
    if (m_flows.empty())
        return Ok{};
    auto fail = [&](const char *what) -> Status {
        return Error{Error::Code::Database,
                     QCoreApplication::translate("IngestWriter", "%1: cannot write %2: %3")
                         .arg(m_db.path(), QString::fromLatin1(what), m_db.lastError())};
    };
    struct RollupKey {
        int32_t hour, sensorId, proto, port;
        uint16_t region;
        bool operator<(const RollupKey &o) const
        {
            return std::tie(hour, sensorId, proto, port, region) < std::tie(o.hour, o.sensorId, o.proto, o.port, o.region);
        }
    };
    struct RollupValue { int64_t packets, bytes; };
    // Sorted: inserting in primary-key order keeps SQLite's B-tree writes sequential.
    std::vector<std::pair<RollupKey, RollupValue>> rollups;
    rollups.reserve(m_flows.size() / 4 + 16);

    // A file may hold several sensors (assigned by destination) and hours: one segment each, its
    // tuples in time order. Sorting pointers and converting a bounded chunk at a time keeps this
    // within a few MB beside the tuples themselves, which are at their bound when this runs.
    using Entry = std::pair<const FlowKey, FlowValue>;
    std::vector<const Entry *> order;
    order.reserve(m_flows.size());
    for (const Entry &e : m_flows) {
        order.push_back(&e);
        const FlowKey &k = e.first;
        const FlowValue &v = e.second;
        rollups.push_back({RollupKey{k.hour, k.sensorId, k.proto, k.port, v.region}, RollupValue{v.packets, v.bytes}});
    }
    std::sort(order.begin(), order.end(), [](const Entry *a, const Entry *b) {
        return std::tie(a->first.hour, a->first.sensorId, a->second.firstUs)
            < std::tie(b->first.hour, b->first.sensorId, b->second.firstUs);
    });
    constexpr size_t kChunk = size_t(1) << 14;
    std::vector<FlowTuple> chunk;
    chunk.reserve(std::min(kChunk, order.size()));
    for (size_t i = 0; i < order.size(); ++i) {
        const FlowKey &k = order[i]->first;
        chunk.push_back(tupleOf(k, order[i]->second));
        const bool last = i + 1 == order.size() || order[i + 1]->first.hour != k.hour
            || order[i + 1]->first.sensorId != k.sensorId;
        if (last || chunk.size() == kChunk)
            if (auto st = m_segments.write(m_fileId, k.hour, k.sensorId, chunk); !st)
                return st;
    }
    order.clear();
    m_flows.clear();

    std::sort(rollups.begin(), rollups.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    // One roll-up segment per (hour, sensor) of this flush, its entries summed per key.
    SqliteStatement &r = *m_insertRollups;
    std::vector<RollupEntry> entries;
    for (size_t i = 0; i < rollups.size();) {
        RollupValue acc = rollups[i].second;
        size_t j = i + 1;
        for (; j < rollups.size() && !(rollups[i].first < rollups[j].first); ++j) {
            acc.packets += rollups[j].second.packets;
            acc.bytes += rollups[j].second.bytes;
        }
        const RollupKey &k = rollups[i].first;
        RollupEntry e;
        e.proto = uint8_t(k.proto);
        e.port = k.port;
        e.region = k.region;
        e.packets = acc.packets;
        e.bytes = acc.bytes;
        entries.push_back(e);
        i = j;
        if (i == rollups.size() || rollups[i].first.hour != k.hour || rollups[i].first.sensorId != k.sensorId) {
            r.bind(1, int64_t(m_fileId));
            r.bind(2, int64_t(k.hour));
            r.bind(3, int64_t(k.sensorId));
            r.bind(4, int64_t(entries.size()));
            r.bindBlob(5, RollupSegmentCodec::encode(entries));
            entries.clear();
            if (!r.run())
                return fail("hourly roll-ups");
        }
    }
    return Ok{};
}

} // namespace teiten
