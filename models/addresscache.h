// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <concepts>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "ipaddress.h"

namespace teiten {

/// A bounded cache from address to a small non-negative number (a packed region code, a sensor
/// id), for the import's per-packet lookups. IPv4 addresses, nearly all of a darknet's traffic,
/// live in an open-addressing table of 8-byte slots (a node-based hash map spent about 60 bytes
/// an entry: two caches of 2^20 addresses were 130 MB of an import's peak); IPv6 ones in a map.
/// Each part is emptied when it reaches its bound, so memory stays bounded whatever the input and
/// an address is looked up again only after that many others. Owning thread: one at a time.
class AddressCache {
public:
    /// At most `maxV4` IPv4 and `maxV6` IPv6 addresses before the part is emptied.
    explicit AddressCache(size_t maxV4 = size_t(1) << 20, size_t maxV6 = size_t(1) << 16);

    std::optional<int32_t> find(const IpAddress &address) const;
    /// The cached value of `address`, or compute() (≥ 0), cached for the next time.
    template <std::invocable Compute>
    int32_t valueOf(const IpAddress &address, Compute &&compute)
    {
        if (const auto cached = find(address))
            return *cached;
        const int32_t value = compute();
        insert(address, value);
        return value;
    }
    /// `value` must be ≥ 0. An address already present keeps its first value.
    void insert(const IpAddress &address, int32_t value);
    size_t size() const { return m_v4Count + m_v6.size(); }
    /// Bytes held by the IPv4 table (for tests of the bound).
    size_t v4TableBytes() const { return m_slots.capacity() * sizeof(Slot); }

private:
    struct Slot {
        uint32_t key;
        int32_t value; ///< kEmpty when the slot is free
    };
    static constexpr int32_t kEmpty = -1;
    size_t slotOf(uint32_t key) const;
    void grow();

    size_t m_maxV4;
    size_t m_maxV6;
    std::vector<Slot> m_slots;
    size_t m_v4Count = 0;
    std::unordered_map<IpAddress, int32_t> m_v6;
};

} // namespace teiten
