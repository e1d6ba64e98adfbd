// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

#include "sourcepair.h"

namespace teiten {

/// A hash table from SourcePair to a small value, for the passes that count distinct sources over
/// millions of flow tuples (the stored summaries, rankings, drill-downs). Entries live inline in
/// one array with linear probing: no allocation per pair, and a probe usually touches one cache
/// line. A node-based std::unordered_map spent most of a quarter's summary build in its lookups.
/// Keys must not be INT64_MIN (it marks a free slot); packed services, regions and sensor ids
/// never are. Owning thread: one at a time.
template <typename Value>
class SourcePairTable {
public:
    SourcePairTable() { m_entries.resize(kMinCapacity); }

    /// The value of `pair`, default-constructed when it is new.
    Value &operator[](const SourcePair &pair)
    {
        size_t i = slotOf(pair);
        if (m_entries[i].pair.key == kFree) {
            if ((m_size + 1) * 8 > m_entries.size() * 5) {
                grow();
                i = slotOf(pair);
            }
            m_entries[i].pair = pair;
            m_entries[i].value = Value{};
            ++m_size;
        }
        return m_entries[i].value;
    }
    /// Adds `pair` (with a default value); true if it was new.
    bool insert(const SourcePair &pair)
    {
        const size_t before = m_size;
        (*this)[pair];
        return m_size != before;
    }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    /// Empties the table and gives its memory back.
    void clear()
    {
        std::vector<Entry>(kMinCapacity).swap(m_entries);
        m_size = 0;
    }
    /// Calls f(const SourcePair &, const Value &) for every entry, in no particular order.
    template <typename F>
    void forEach(F &&f) const
    {
        for (const Entry &e : m_entries)
            if (e.pair.key != kFree)
                f(e.pair, e.value);
    }

    // Not SourcePartitionScan::sourceHash: a partition's sources share that hash's low bits, which
    // would pile them into a fraction of this table's slots. Nor std::hash<IpAddress>, whose low
    // bits are constant for IPv4 (it is meant for prime-sized tables).
    static uint64_t hashOf(const SourcePair &p)
    {
        uint64_t lo, hi;
        std::memcpy(&lo, p.src.bytes(), 8);
        std::memcpy(&hi, p.src.bytes() + 8, 8);
        uint64_t h = (hi * 0x9E3779B97F4A7C15ull) ^ (lo * 0xC2B2AE3D27D4EB4Full) ^ (uint64_t(p.key) * 0x165667B19E3779F9ull);
        h ^= h >> 32;
        h *= 0xD6E8FEB86659FD93ull;
        return h ^ (h >> 29);
    }

private:
    static constexpr qint64 kFree = std::numeric_limits<qint64>::min();
    static constexpr size_t kMinCapacity = 64;
    struct Entry {
        SourcePair pair{kFree, {}};
        Value value{};
    };

    /// The slot holding `pair`, or the free slot where it belongs.
    size_t slotOf(const SourcePair &pair) const
    {
        const size_t mask = m_entries.size() - 1;
        size_t i = size_t(hashOf(pair)) & mask;
        while (m_entries[i].pair.key != kFree && !(m_entries[i].pair == pair))
            i = (i + 1) & mask;
        return i;
    }
    void grow()
    {
        std::vector<Entry> old(m_entries.size() * 2);
        old.swap(m_entries);
        for (const Entry &e : old)
            if (e.pair.key != kFree)
                m_entries[slotOf(e.pair)] = e;
    }

    std::vector<Entry> m_entries;
    size_t m_size = 0;
};

/// A set of SourcePairs: the table with nothing stored per pair.
struct SourcePairSetMember {};
using SourcePairSet = SourcePairTable<SourcePairSetMember>;

} // namespace teiten
