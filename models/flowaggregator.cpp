// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowaggregator.h"

#include <algorithm>
#include <cstring>

#include "hourclock.h"
#include "workspacetypes.h"

namespace teiten {

namespace {

constexpr size_t kMinSlots = size_t(1) << 12;

inline uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
    return h * 0xFF51AFD7ED558CCDull;
}

} // namespace

FlowAggregator::FlowAggregator(size_t maxFlows) : m_maxFlows(std::max<size_t>(maxFlows, 1))
{
    m_slots.assign(kMinSlots, 0);
}

uint64_t FlowAggregator::hashOf(const FlowKey &k)
{
    uint64_t h = 0xCBF29CE484222325ull;
    const auto *p = reinterpret_cast<const unsigned char *>(&k);
    for (size_t i = 0; i < sizeof k; i += 8) {
        uint64_t v;
        std::memcpy(&v, p + i, 8);
        h = mix(h, v);
    }
    return h ^ (h >> 29);
}

int FlowAggregator::fingerprintOf(const PacketRecord &p)
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

int FlowAggregator::servicePortOf(const PacketRecord &p)
{
    if (p.fragment)
        return -1;
    if (p.proto == ipproto::Tcp || p.proto == ipproto::Udp)
        return p.dstPort;
    return 0;
}

int32_t FlowAggregator::payloadIndex(const PayloadSummary &s)
{
    std::string key = s.key();
    const auto it = m_payloadIndex.find(key);
    if (it != m_payloadIndex.end())
        return it->second;
    // A new summary makes a new tuple, so the batch's payloads are bounded by its tuples.
    m_batch.payloads.push_back(s);
    const int32_t index = int32_t(m_batch.payloads.size());
    m_payloadIndex.emplace(std::move(key), index);
    return index;
}

void FlowAggregator::grow()
{
    m_slots.assign(m_slots.size() * 2, 0);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = 0; i < m_hashes.size(); ++i) {
        size_t s = m_hashes[i] & mask;
        while (m_slots[s])
            s = (s + 1) & mask;
        m_slots[s] = uint32_t(i + 1);
    }
}

FlowValue *FlowAggregator::addPacket(const PacketRecord &p, int32_t sensorId, int64_t fileOffset)
{
    FlowKey k;
    std::memset(&k, 0, sizeof k);
    k.hour = int32_t(HourClock::hourOf(p.timeUs));
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
    if (!p.payload.empty())
        k.payloadId = payloadIndex(p.payload);

    const uint32_t hash = uint32_t(hashOf(k));
    const size_t mask = m_slots.size() - 1;
    size_t s = hash & mask;
    for (; m_slots[s]; s = (s + 1) & mask) {
        const uint32_t i = m_slots[s] - 1;
        if (m_hashes[i] != hash || !(m_batch.flows[i].key == k))
            continue;
        FlowValue &v = m_batch.flows[i].value;
        ++v.packets;
        v.bytes += p.ipLength;
        if (p.timeUs < v.firstUs) {
            v.firstUs = p.timeUs;
            v.firstOffset = fileOffset;
        }
        v.lastUs = std::max(v.lastUs, p.timeUs);
        return nullptr;
    }
    FlowEntry e;
    e.key = k;
    e.value.packets = 1;
    e.value.bytes = p.ipLength;
    e.value.firstUs = p.timeUs;
    e.value.lastUs = p.timeUs;
    e.value.firstOffset = fileOffset;
    e.value.firstSeq = p.tcpSeq;
    e.value.firstIpId = p.ipId;
    e.value.firstSport = p.srcPort;
    e.value.region = 0;
    m_batch.flows.push_back(e);
    m_hashes.push_back(hash);
    m_slots[s] = uint32_t(m_batch.flows.size());
    if (m_batch.flows.size() * 2 > m_slots.size())
        grow();
    return &m_batch.flows.back().value;
}

FlowBatch FlowAggregator::take()
{
    FlowBatch out = std::move(m_batch);
    // The next batch is likely the size of this one (the next daily file of the sensor): keep a
    // table that fits it, but not the table of a huge file for a run of small ones.
    size_t wanted = kMinSlots;
    while (wanted < out.flows.size() * 2)
        wanted *= 2;
    if (m_slots.size() > wanted * 2)
        m_slots.assign(wanted, 0);
    else
        std::fill(m_slots.begin(), m_slots.end(), 0);
    m_batch = FlowBatch{};
    m_batch.flows.reserve(std::min(out.flows.size(), m_maxFlows));
    m_hashes.clear();
    m_payloadIndex.clear();
    return out;
}

} // namespace teiten
