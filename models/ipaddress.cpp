// SPDX-License-Identifier: GPL-3.0-or-later
#include "ipaddress.h"

#include <algorithm>

#include <arpa/inet.h>

namespace teiten {

static constexpr uint8_t kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

IpAddress IpAddress::fromV4(uint32_t h)
{
    IpAddress a;
    std::memcpy(a.m_b.data(), kMapped, 12);
    a.m_b[12] = uint8_t(h >> 24);
    a.m_b[13] = uint8_t(h >> 16);
    a.m_b[14] = uint8_t(h >> 8);
    a.m_b[15] = uint8_t(h);
    return a;
}

IpAddress IpAddress::fromV4Bytes(const uint8_t *b4)
{
    IpAddress a;
    std::memcpy(a.m_b.data(), kMapped, 12);
    std::memcpy(a.m_b.data() + 12, b4, 4);
    return a;
}

IpAddress IpAddress::fromV6Bytes(const uint8_t *b16)
{
    IpAddress a;
    std::memcpy(a.m_b.data(), b16, 16);
    return a;
}

IpAddress IpAddress::fromBlob(const void *data, int size)
{
    IpAddress a;
    if (data && size == 16)
        std::memcpy(a.m_b.data(), data, 16);
    return a;
}

std::optional<IpAddress> IpAddress::parse(const QString &text)
{
    const QByteArray t = text.trimmed().toLatin1();
    uint8_t buf[16];
    if (inet_pton(AF_INET, t.constData(), buf) == 1)
        return fromV4Bytes(buf);
    if (inet_pton(AF_INET6, t.constData(), buf) == 1)
        return fromV6Bytes(buf);
    return std::nullopt;
}

bool IpAddress::isV4() const
{
    return std::memcmp(m_b.data(), kMapped, 12) == 0;
}

uint32_t IpAddress::v4() const
{
    return (uint32_t(m_b[12]) << 24) | (uint32_t(m_b[13]) << 16) | (uint32_t(m_b[14]) << 8) | m_b[15];
}

QString IpAddress::toString() const
{
    char out[INET6_ADDRSTRLEN] = {};
    if (isV4())
        inet_ntop(AF_INET, m_b.data() + 12, out, sizeof out);
    else
        inet_ntop(AF_INET6, m_b.data(), out, sizeof out);
    return QString::fromLatin1(out);
}

std::optional<IpPrefix> IpPrefix::parse(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype slash = t.indexOf(QLatin1Char('/'));
    const auto addr = IpAddress::parse(slash < 0 ? t : t.left(slash));
    if (!addr)
        return std::nullopt;
    const int maxLen = addr->isV4() ? 32 : 128;
    int len = maxLen;
    if (slash >= 0) {
        bool ok = false;
        len = t.mid(slash + 1).toInt(&ok);
        if (!ok || len < 0 || len > maxLen)
            return std::nullopt;
    }
    IpPrefix p;
    p.length = len;
    p.address = *addr;
    p.address = p.first();
    return p;
}

static IpAddress masked(const IpAddress &a, int bits, bool fillOnes)
{
    uint8_t b[16];
    std::memcpy(b, a.bytes(), 16);
    for (int i = 0; i < 16; ++i) {
        const int keep = std::clamp(bits - i * 8, 0, 8);
        const uint8_t mask = keep == 0 ? 0 : uint8_t(0xff << (8 - keep));
        b[i] = fillOnes ? uint8_t(b[i] | ~mask) : uint8_t(b[i] & mask);
    }
    return IpAddress::fromV6Bytes(b);
}

IpAddress IpPrefix::first() const
{
    return masked(address, address.isV4() ? 96 + length : length, false);
}

IpAddress IpPrefix::last() const
{
    return masked(address, address.isV4() ? 96 + length : length, true);
}

QString IpPrefix::toString() const
{
    return QStringLiteral("%1/%2").arg(address.toString()).arg(length);
}

} // namespace teiten
