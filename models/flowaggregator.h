// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "flowbatch.h"
#include "packetrecord.h"

namespace teiten {

/// Aggregates decoded packets into flow tuples (Corsaro FlowTuple-like: hour, sensor, source,
/// destination, service, well-known source port, TTL, TCP flags, IP length, tool fingerprint,
/// payload summary, and for ICMP errors the quoted packet's addresses → packets, bytes, first and
/// last time). No database: it runs on the import's reading thread, and the batches it hands over
/// are written by IngestWriter. Entries live in one vector indexed by an open-addressing table, so
/// a packet of a known tuple costs a hash and a compare, and a new one no allocation of its own.
/// Owning thread: one at a time.
class FlowAggregator {
public:
    /// A batch is full (take it) at `maxFlows` tuples; that bounds the memory of a huge file.
    explicit FlowAggregator(size_t maxFlows = size_t(1) << 17);

    /// Adds one decoded packet. `sensorId` is a sensors.id or a batchsensor:: placeholder;
    /// `region` is two packed ASCII letters.
    void add(const PacketRecord &p, int32_t sensorId, uint16_t region, int64_t fileOffset)
    {
        if (FlowValue *created = addPacket(p, sensorId, fileOffset))
            created->region = region;
    }
    /// The same, with the region asked of `regionOf` only when the packet starts a new tuple: a
    /// source's packets mostly join tuples it already has, and each question is a lookup.
    template <std::invocable RegionOf>
    void add(const PacketRecord &p, int32_t sensorId, RegionOf &&regionOf, int64_t fileOffset)
    {
        if (FlowValue *created = addPacket(p, sensorId, fileOffset))
            created->region = regionOf();
    }
    bool full() const { return m_batch.flows.size() >= m_maxFlows; }
    bool empty() const { return m_batch.flows.empty(); }
    /// The tuples so far; the aggregator starts empty again.
    FlowBatch take();

    /// Tool fingerprint bits (workspacetypes.h fingerprint::) of one packet.
    static int fingerprintOf(const PacketRecord &p);
    /// Service port as ranked: TCP/UDP destination port, 0 for ICMP and others, −1 for fragments.
    static int servicePortOf(const PacketRecord &p);
    static uint64_t hashOf(const FlowKey &key);

private:
    /// Counts the packet; returns the values of the tuple it created, or nullptr if it joined one.
    FlowValue *addPacket(const PacketRecord &p, int32_t sensorId, int64_t fileOffset);
    int32_t payloadIndex(const PayloadSummary &s);
    void grow();

    size_t m_maxFlows;
    FlowBatch m_batch;
    /// Slots hold 1 + an index into m_batch.flows, 0 when free; at most half are used.
    std::vector<uint32_t> m_slots;
    std::vector<uint32_t> m_hashes; ///< per entry, so growing never hashes a key again
    std::unordered_map<std::string, int32_t> m_payloadIndex;
};

} // namespace teiten
