// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace teiten {

/// xoshiro256** seeded through splitmix64, with the few distributions the sample-network generator
/// needs written out here: std:: distributions differ between standard libraries, and the sample
/// network must be byte-identical for a seed everywhere. Plain value; one per thread.
class DemoRandom {
public:
    explicit DemoRandom(uint64_t seed) { reseed(seed); }

    /// splitmix64 step: also the way independent streams are derived from (seed, key…) tuples.
    static uint64_t mix(uint64_t x)
    {
        x += 0x9E3779B97F4A7C15ull;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
        return x ^ (x >> 31);
    }
    static uint64_t derive(uint64_t seed, uint64_t a, uint64_t b = 0, uint64_t c = 0)
    {
        return mix(mix(mix(mix(seed) ^ a) ^ (b * 0xD1B54A32D192ED03ull)) ^ (c * 0xABC98388FB8FAC03ull));
    }

    void reseed(uint64_t seed)
    {
        uint64_t x = seed;
        for (auto &s : m_s) {
            s = mix(x); // splitmix64 sequence: mix() adds the golden gamma itself
            x += 0x9E3779B97F4A7C15ull;
        }
    }

    uint64_t next()
    {
        const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    uint32_t next32() { return uint32_t(next() >> 32); }
    uint16_t next16() { return uint16_t(next() >> 48); }
    /// Uniform in [0, n) (Lemire's multiply-shift; the tiny bias is irrelevant here and it is exact
    /// across platforms).
    uint32_t below(uint32_t n) { return uint32_t((uint64_t(next32()) * n) >> 32); }
    /// Uniform in [lo, hi] inclusive.
    int range(int lo, int hi) { return lo + int(below(uint32_t(hi - lo + 1))); }
    /// Uniform double in [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }
    /// Standard normal (Box–Muller; glibc's log/cos are deterministic for the same build).
    double normal();
    /// Poisson count with mean `lambda` (multiplication method for small means, rounded normal above).
    int64_t poisson(double lambda);
    /// Pareto-distributed weight ≥ 1 with tail index `alpha`, capped at `cap`.
    double pareto(double alpha, double cap);

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t m_s[4];
};

} // namespace teiten
