// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>

#include <QByteArray>

class QCryptographicHash;

namespace teiten {

/// SHA-1 of a stream of bytes, the same as QCryptographicHash::Sha1, computed with the x86 SHA
/// instructions when the processor has them. An import hashes every byte of every capture (the
/// key of an idempotent re-import) on the same two cores that read and write them; Qt 6.4's
/// portable SHA-1 took about 2 s of the 20 M-packet benchmark's CPU, the SHA instructions about
/// a third of that. Elsewhere it is QCryptographicHash. Owning thread: one at a time.
class Sha1Digest {
public:
    Sha1Digest();
    ~Sha1Digest();
    Sha1Digest(const Sha1Digest &) = delete;
    Sha1Digest &operator=(const Sha1Digest &) = delete;

    void addData(const void *data, size_t size);
    /// The 20-byte digest; the object is spent after it.
    QByteArray result();

    /// True when this processor's SHA instructions are used.
    static bool hardwareAccelerated();

private:
    std::unique_ptr<QCryptographicHash> m_portable; ///< without the SHA instructions
    std::array<uint32_t, 5> m_state{};
    std::array<uint8_t, 64> m_block{}; ///< bytes of an unfinished block
    size_t m_blockUsed = 0;
    uint64_t m_length = 0; ///< bytes added
};

} // namespace teiten
