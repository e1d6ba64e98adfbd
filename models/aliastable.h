// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "demorandom.h"

namespace teiten {

/// Walker/Vose alias table: draws index i with probability weight[i] / Σweight in O(1), built once
/// from doubles and then sampled with integers only, so draws are identical on every platform.
/// Plain value; read-only after construction, safe to share between threads.
class AliasTable {
public:
    AliasTable() = default;
    explicit AliasTable(const std::vector<double> &weights);

    bool isEmpty() const { return m_prob.empty(); }
    uint32_t size() const { return uint32_t(m_prob.size()); }
    uint32_t sample(DemoRandom &rng) const
    {
        const uint64_t r = rng.next();
        const uint32_t i = uint32_t(((r >> 32) * m_prob.size()) >> 32);
        return (uint32_t(r) < m_prob[i]) ? i : m_alias[i];
    }

private:
    std::vector<uint32_t> m_prob;  ///< threshold scaled to 2^32 (UINT32_MAX = always keep)
    std::vector<uint32_t> m_alias;
};

} // namespace teiten
