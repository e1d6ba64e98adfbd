// SPDX-License-Identifier: GPL-3.0-or-later
#include "aliastable.h"

namespace teiten {

AliasTable::AliasTable(const std::vector<double> &weights)
{
    const size_t n = weights.size();
    if (!n)
        return;
    double total = 0;
    for (double w : weights)
        total += w > 0 ? w : 0;
    m_prob.assign(n, UINT32_MAX);
    m_alias.resize(n);
    for (size_t i = 0; i < n; ++i)
        m_alias[i] = uint32_t(i);
    if (total <= 0)
        return;
    std::vector<double> scaled(n);
    std::vector<uint32_t> small, large;
    small.reserve(n);
    large.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        scaled[i] = (weights[i] > 0 ? weights[i] : 0) * double(n) / total;
        (scaled[i] < 1.0 ? small : large).push_back(uint32_t(i));
    }
    while (!small.empty() && !large.empty()) {
        const uint32_t s = small.back();
        small.pop_back();
        const uint32_t l = large.back();
        m_prob[s] = uint32_t(scaled[s] * 4294967296.0);
        m_alias[s] = l;
        scaled[l] = (scaled[l] + scaled[s]) - 1.0;
        if (scaled[l] < 1.0) {
            large.pop_back();
            small.push_back(l);
        }
    }
    // Leftovers are 1 up to rounding: always keep them.
}

} // namespace teiten
