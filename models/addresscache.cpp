// SPDX-License-Identifier: GPL-3.0-or-later
#include "addresscache.h"

#include <algorithm>

namespace teiten {

namespace {

constexpr size_t kFirstSlots = 4096;

} // namespace

AddressCache::AddressCache(size_t maxV4, size_t maxV6) : m_maxV4(std::max<size_t>(maxV4, 1)), m_maxV6(std::max<size_t>(maxV6, 1)) {}

size_t AddressCache::slotOf(uint32_t key) const
{
    // Fibonacci hashing: consecutive addresses (a scan's sources) spread over the table.
    const uint64_t h = uint64_t(key) * 0x9E3779B97F4A7C15ull;
    return size_t(h >> 32) & (m_slots.size() - 1);
}

std::optional<int32_t> AddressCache::find(const IpAddress &address) const
{
    if (!address.isV4()) {
        const auto it = m_v6.find(address);
        return it == m_v6.end() ? std::nullopt : std::optional<int32_t>(it->second);
    }
    if (m_slots.empty())
        return std::nullopt;
    const uint32_t key = address.v4();
    for (size_t i = slotOf(key);; i = (i + 1) & (m_slots.size() - 1)) {
        const Slot &s = m_slots[i];
        if (s.value == kEmpty)
            return std::nullopt;
        if (s.key == key)
            return s.value;
    }
}

void AddressCache::grow()
{
    // Load at most one half: short probe runs, and the loop in find() always meets a free slot.
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(old.empty() ? kFirstSlots : old.size() * 2, Slot{0, kEmpty});
    for (const Slot &s : old) {
        if (s.value == kEmpty)
            continue;
        size_t i = slotOf(s.key);
        while (m_slots[i].value != kEmpty)
            i = (i + 1) & (m_slots.size() - 1);
        m_slots[i] = s;
    }
}

void AddressCache::insert(const IpAddress &address, int32_t value)
{
    if (value < 0)
        return;
    if (!address.isV4()) {
        if (m_v6.size() >= m_maxV6)
            m_v6.clear();
        m_v6.emplace(address, value);
        return;
    }
    if (m_v4Count >= m_maxV4) {
        std::fill(m_slots.begin(), m_slots.end(), Slot{0, kEmpty});
        m_v4Count = 0;
    }
    if ((m_v4Count + 1) * 2 > m_slots.size())
        grow();
    const uint32_t key = address.v4();
    size_t i = slotOf(key);
    for (; m_slots[i].value != kEmpty; i = (i + 1) & (m_slots.size() - 1))
        if (m_slots[i].key == key)
            return;
    m_slots[i] = Slot{key, value};
    ++m_v4Count;
}

} // namespace teiten
