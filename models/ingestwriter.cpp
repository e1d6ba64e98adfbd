// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingestwriter.h"

#include <algorithm>
#include <vector>

#include <QCoreApplication>

#include "rollupentry.h"
#include "rollupsegmentcodec.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

namespace teiten {

namespace {

constexpr size_t kMaxCachedPayloads = size_t(1) << 16;

} // namespace

IngestWriter::IngestWriter(SqliteDatabase &db) : m_db(db), m_segments(db) {}

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

Status IngestWriter::writeRollups(int32_t hour, int32_t sensorId, std::vector<Rollup> &rollups)
{
    std::sort(rollups.begin(), rollups.end(), [](const Rollup &a, const Rollup &b) { return a.key < b.key; });
    std::vector<RollupEntry> entries;
    for (size_t a = 0; a < rollups.size();) {
        RollupEntry e;
        e.proto = uint8_t(rollups[a].key >> 33);
        e.port = int32_t((rollups[a].key >> 16) & 0x1ffff) - 1;
        e.region = uint16_t(rollups[a].key);
        e.packets = 0;
        e.bytes = 0;
        size_t b = a;
        for (; b < rollups.size() && rollups[b].key == rollups[a].key; ++b) {
            e.packets += rollups[b].packets;
            e.bytes += rollups[b].bytes;
        }
        entries.push_back(e);
        a = b;
    }
    rollups.clear();
    SqliteStatement &r = *m_insertRollups;
    r.bind(1, int64_t(m_fileId));
    r.bind(2, int64_t(hour));
    r.bind(3, int64_t(sensorId));
    r.bind(4, int64_t(entries.size()));
    r.bindBlob(5, RollupSegmentCodec::encode(entries));
    if (!r.run())
        return Error{Error::Code::Database, QCoreApplication::translate("IngestWriter", "%1: cannot write the hourly roll-ups: %2")
                                                .arg(m_db.path(), m_db.lastError())};
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

Status IngestWriter::write(FlowBatch &batch)
{
    if (batch.flows.empty())
        return Ok{};
    std::vector<int32_t> payloadIds(batch.payloads.size() + 1, 0);
    for (size_t i = 0; i < batch.payloads.size(); ++i) {
        auto id = payloadId(batch.payloads[i]);
        if (!id)
            return id.error();
        payloadIds[i + 1] = *id;
    }
    for (FlowEntry &e : batch.flows)
        e.key.payloadId = payloadIds[size_t(e.key.payloadId)];

    // A file may hold several sensors (assigned by destination) and hours: one segment each, its
    // tuples in time order. Sorting pointers and converting a bounded chunk at a time keeps this
    // within a few MB beside the batch itself.
    std::vector<const FlowEntry *> order;
    order.reserve(batch.flows.size());
    for (const FlowEntry &e : batch.flows)
        order.push_back(&e);
    std::sort(order.begin(), order.end(), [](const FlowEntry *a, const FlowEntry *b) {
        return std::tie(a->key.hour, a->key.sensorId, a->value.firstUs)
            < std::tie(b->key.hour, b->key.sensorId, b->value.firstUs);
    });
    std::vector<Rollup> rollups;
    constexpr size_t kChunk = size_t(1) << 14;
    std::vector<FlowTuple> chunk;
    chunk.reserve(std::min(kChunk, order.size()));
    for (size_t i = 0; i < order.size(); ++i) {
        const FlowKey &k = order[i]->key;
        const FlowValue &v = order[i]->value;
        chunk.push_back(tupleOf(k, v));
        rollups.push_back({uint64_t(k.proto) << 33 | uint64_t(k.port + 1) << 16 | v.region, v.packets, v.bytes});
        const bool last = i + 1 == order.size() || order[i + 1]->key.hour != k.hour
            || order[i + 1]->key.sensorId != k.sensorId;
        if (last || chunk.size() == kChunk) {
            if (auto st = m_segments.write(m_fileId, k.hour, k.sensorId, chunk); !st)
                return st;
        }
        if (last) {
            if (auto st = writeRollups(k.hour, k.sensorId, rollups); !st)
                return st;
        }
    }
    batch = FlowBatch{};
    return Ok{};
}

} // namespace teiten
