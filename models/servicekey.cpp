// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicekey.h"

#include <QStringList>

namespace teiten {

namespace {
struct ProtoName {
    uint8_t proto;
    const char *name;
};
// Names used in labels; the rest are written "IP-<number>".
constexpr ProtoName kNames[] = {
    {1, "ICMP"}, {2, "IGMP"}, {4, "IPIP"}, {6, "TCP"}, {17, "UDP"}, {41, "IPv6"}, {47, "GRE"},
    {50, "ESP"}, {51, "AH"}, {58, "ICMPv6"}, {89, "OSPF"}, {103, "PIM"}, {132, "SCTP"},
};
} // namespace

QString ServiceKey::protocolName(uint8_t proto)
{
    for (const auto &n : kNames)
        if (n.proto == proto)
            return QString::fromLatin1(n.name);
    return QStringLiteral("IP-%1").arg(proto);
}

std::optional<uint8_t> ServiceKey::protocolFromName(const QString &name)
{
    for (const auto &n : kNames)
        if (name.compare(QLatin1String(n.name), Qt::CaseInsensitive) == 0)
            return n.proto;
    if (name.startsWith(QLatin1String("IP-"), Qt::CaseInsensitive)) {
        bool ok = false;
        const int v = name.mid(3).toInt(&ok);
        if (ok && v >= 0 && v <= 255)
            return uint8_t(v);
    }
    return std::nullopt;
}

QString ServiceKey::label() const
{
    const QString p = protocolName(proto);
    if (port == FragmentPort)
        return QStringLiteral("fragment/") + p;
    return QString::number(port) + QLatin1Char('/') + p;
}

std::optional<ServiceKey> ServiceKey::parse(const QString &label)
{
    const QStringList parts = label.trimmed().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return std::nullopt;
    const auto proto = protocolFromName(parts[1]);
    if (!proto)
        return std::nullopt;
    ServiceKey k;
    k.proto = *proto;
    if (parts[0].compare(QLatin1String("fragment"), Qt::CaseInsensitive) == 0) {
        k.port = FragmentPort;
        return k;
    }
    bool ok = false;
    const int port = parts[0].toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return std::nullopt;
    const bool hasPorts = (k.proto == 6 || k.proto == 17);
    if (!hasPorts && port != 0)
        return std::nullopt;
    k.port = port;
    return k;
}

} // namespace teiten
