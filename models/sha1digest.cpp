// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha1digest.h"

#include <cstring>

#include <QCryptographicHash>

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#define TEITEN_SHA1_X86 1
#endif

namespace teiten {

namespace {

#ifdef TEITEN_SHA1_X86

bool cpuHasShaInstructions()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool ssse3 = c & (1u << 9), sse41 = c & (1u << 19);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    const bool sha = b & (1u << 29);
    return ssse3 && sse41 && sha;
}

// FIPS 180-4 SHA-1 compression of whole 64-byte blocks. The 80 rounds run four at a time
// (SHA1RNDS4, its function chosen by the round number / 20); the message schedule is kept as 20
// vectors of four words, each made from the four before it (SHA1MSG1, XOR, SHA1MSG2); the E of
// each four rounds comes from the A four rounds earlier (SHA1NEXTE). The words are big-endian and
// the first one of a vector sits in its highest lane, so loads reverse all 16 bytes.
__attribute__((target("sha,sse4.1,ssse3"))) void compressWithShaInstructions(uint32_t state[5], const uint8_t *data,
                                                                              size_t blocks)
{
    const __m128i reverseBytes = _mm_set_epi64x(0x0001020304050607LL, 0x08090a0b0c0d0e0fLL);
    __m128i abcd = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state)), 0x1B);
    __m128i e = _mm_set_epi32(int(state[4]), 0, 0, 0);
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abcdBefore = abcd;
        const __m128i eBefore = e;
        __m128i w[4]; // w[g % 4]: the schedule's vector g (words 4g … 4g+3)
        __m128i abcdFourRoundsAgo = abcd;
#pragma GCC unroll 20
        for (int g = 0; g < 20; ++g) {
            __m128i &wg = w[g & 3];
            if (g < 4)
                wg = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * g)), reverseBytes);
            else // W[t] = rol1(W[t-3] ^ W[t-8] ^ W[t-14] ^ W[t-16]), four words at a time
                wg = _mm_sha1msg2_epu32(_mm_xor_si128(_mm_sha1msg1_epu32(wg, w[(g + 1) & 3]), w[(g + 2) & 3]),
                                        w[(g + 3) & 3]);
            const __m128i eAndW = g == 0 ? _mm_add_epi32(e, wg) : _mm_sha1nexte_epu32(abcdFourRoundsAgo, wg);
            abcdFourRoundsAgo = abcd;
            switch (g / 5) {
            case 0: abcd = _mm_sha1rnds4_epu32(abcd, eAndW, 0); break;
            case 1: abcd = _mm_sha1rnds4_epu32(abcd, eAndW, 1); break;
            case 2: abcd = _mm_sha1rnds4_epu32(abcd, eAndW, 2); break;
            default: abcd = _mm_sha1rnds4_epu32(abcd, eAndW, 3); break;
            }
        }
        e = _mm_sha1nexte_epu32(abcdFourRoundsAgo, eBefore);
        abcd = _mm_add_epi32(abcd, abcdBefore);
    }
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), _mm_shuffle_epi32(abcd, 0x1B));
    state[4] = uint32_t(_mm_extract_epi32(e, 3));
}

const bool kShaInstructions = cpuHasShaInstructions();

#else

constexpr bool kShaInstructions = false;

void compressWithShaInstructions(uint32_t *, const uint8_t *, size_t) {}

#endif

} // namespace

Sha1Digest::Sha1Digest()
{
    if (kShaInstructions)
        m_state = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
    else
        m_portable = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha1);
}

Sha1Digest::~Sha1Digest() = default;

bool Sha1Digest::hardwareAccelerated()
{
    return kShaInstructions;
}

void Sha1Digest::addData(const void *data, size_t size)
{
    const auto *p = static_cast<const uint8_t *>(data);
    if (m_portable) {
        while (size > 0) { // QByteArrayView's size is signed
            const size_t n = std::min<size_t>(size, size_t(1) << 30);
            m_portable->addData(QByteArrayView(reinterpret_cast<const char *>(p), qsizetype(n)));
            p += n;
            size -= n;
        }
        return;
    }
    m_length += size;
    if (m_blockUsed > 0) {
        const size_t n = std::min(size, m_block.size() - m_blockUsed);
        std::memcpy(m_block.data() + m_blockUsed, p, n);
        m_blockUsed += n;
        p += n;
        size -= n;
        if (m_blockUsed < m_block.size())
            return;
        compressWithShaInstructions(m_state.data(), m_block.data(), 1);
        m_blockUsed = 0;
    }
    const size_t whole = size / 64;
    if (whole > 0)
        compressWithShaInstructions(m_state.data(), p, whole);
    p += whole * 64;
    size -= whole * 64;
    std::memcpy(m_block.data(), p, size);
    m_blockUsed = size;
}

QByteArray Sha1Digest::result()
{
    if (m_portable)
        return m_portable->result();
    // Padding: 0x80, zeros up to 56 bytes into a block, then the length in bits, big-endian.
    const uint64_t bits = m_length * 8;
    uint8_t tail[128] = {};
    std::memcpy(tail, m_block.data(), m_blockUsed);
    tail[m_blockUsed] = 0x80;
    const size_t tailSize = m_blockUsed < 56 ? 64 : 128;
    for (int i = 0; i < 8; ++i)
        tail[tailSize - 1 - i] = uint8_t(bits >> (8 * i));
    compressWithShaInstructions(m_state.data(), tail, tailSize / 64);
    m_blockUsed = 0;
    QByteArray out(20, Qt::Uninitialized);
    for (int i = 0; i < 5; ++i)
        for (int j = 0; j < 4; ++j)
            out[4 * i + j] = char(m_state[size_t(i)] >> (24 - 8 * j));
    return out;
}

} // namespace teiten
