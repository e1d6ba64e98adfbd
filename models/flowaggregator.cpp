// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowaggregator.h"

#include <algorithm>
#include <cstring>

#include "hourclock.h"
#include "workspacetypes.h"

namespace teiten {

namespace {

constexpr size_t kMinSlots = size_t(1) << 12;

// 64 × 64 → 128-bit product folded to 64 bits: mixes both words into every bit.
inline uint64_t fold(uint64_t a, uint64_t b)
{
    const unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
    return uint64_t(r) ^ uint64_t(r >> 64);
}

} // namespace

FlowAggregator::FlowAggregator(size_t maxFlows) : m_maxFlows(std::max<size_t>(maxFlows, 1))
{
    m_slots.assign(kMinSlots, 0);
}

uint64_t FlowAggregator::hashOf(const FlowKey &k)
{
    // Pairs of words are multiplied independently of each other (a chained hash made every
    // packet wait for fifteen dependent rounds), each word first mixed with a constant of its own (an odd 64-bit number).
    static constexpr uint64_t kWordConstants[16] = {
        0xa0761d6478bd642full, 0xe7037ed1a0b428dbull, 0x8ebc6af09c88c6e3ull, 0x589965cc75374cc3ull,
        0x1d8e4e27c47d124full, 0xbf58476d1ce4e5b9ull, 0x94d049bb133111ebull, 0x9e3779b97f4a7c15ull,
        0xc2b2ae3d27d4eb4full, 0x165667b19e3779f9ull, 0xd6e8feb86659fd93ull, 0xff51afd7ed558ccdull,
        0xc4ceb9fe1a85ec53ull, 0x2545f4914f6cdd1dull, 0x9fb21c651e98df25ull, 0x3c79ac492ba7b653ull};
    constexpr size_t kWords = sizeof(FlowKey) / 8;
    static_assert(kWords <= 16);
    uint64_t w[16] = {};
    std::memcpy(w, &k, sizeof k);
    uint64_t h = 0;
    for (size_t i = 0; i < kWords; i += 2)
        h ^= fold(w[i] ^ kWordConstants[i], w[i + 1] ^ kWordConstants[i + 1]);
    return fold(h ^ kWordConstants[0], kWordConstants[1] ^ sizeof k);
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
    // Built where it is stored: a FlowEntry assembled on the stack and copied stalled on
    // store-to-load forwarding, and most packets of a darknet start a tuple.
    FlowEntry &e = m_batch.flows.emplace_back();
    e.key = k;
    FlowValue &v = e.value;
    v.packets = 1;
    v.bytes = p.ipLength;
    v.firstUs = p.timeUs;
    v.lastUs = p.timeUs;
    v.firstOffset = fileOffset;
    v.firstSeq = p.tcpSeq;
    v.firstIpId = p.ipId;
    v.firstSport = p.srcPort;
    v.region = 0;
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
