// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>

#include <QByteArray>
#include <QString>

namespace teiten {

/// An IPv4 or IPv6 address as 16 bytes; IPv4 is stored IPv4-mapped (::ffff:a.b.c.d) so that byte
/// order is address order and a prefix is a byte range. Stored in SQLite as a 16-byte BLOB.
class IpAddress {
public:
    IpAddress() { m_b.fill(0); }
    static IpAddress fromV4(uint32_t hostOrder);
    static IpAddress fromV4Bytes(const uint8_t *b4);
    static IpAddress fromV6Bytes(const uint8_t *b16);
    static IpAddress fromBlob(const void *data, int size);
    static std::optional<IpAddress> parse(const QString &text);

    bool isV4() const;
    uint32_t v4() const; ///< host order; only if isV4()
    const uint8_t *bytes() const { return m_b.data(); }
    QByteArray blob() const { return QByteArray(reinterpret_cast<const char *>(m_b.data()), 16); }
    QString toString() const;

    auto operator<=>(const IpAddress &o) const { return std::memcmp(m_b.data(), o.m_b.data(), 16) <=> 0; }
    bool operator==(const IpAddress &o) const { return std::memcmp(m_b.data(), o.m_b.data(), 16) == 0; }

private:
    std::array<uint8_t, 16> m_b;
};

/// An address prefix (a.b.c.0/24, 2001:db8::/32); first()/last() give the inclusive byte range.
struct IpPrefix {
    IpAddress address;
    int length = 0; ///< in the address's own family (0..32 for IPv4, 0..128 for IPv6)
    static std::optional<IpPrefix> parse(const QString &text); ///< "a.b.c.d", "a.b.c.0/24", "v6/len"
    IpAddress first() const;
    IpAddress last() const;
    bool contains(const IpAddress &a) const { return first() <= a && a <= last(); }
    QString toString() const;
};

} // namespace teiten

template <>
struct std::hash<teiten::IpAddress> {
    size_t operator()(const teiten::IpAddress &a) const noexcept
    {
        uint64_t x, y;
        std::memcpy(&x, a.bytes(), 8);
        std::memcpy(&y, a.bytes() + 8, 8);
        return std::hash<uint64_t>()(x * 0x9E3779B97F4A7C15ull ^ y);
    }
};
