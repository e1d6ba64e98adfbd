// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QString>

namespace teiten {

/// A destination service as reports rank it: "445/TCP", "53/UDP", all ICMP as "0/ICMP" (ICMPv6
/// "0/ICMPv6"), non-first fragments as "fragment/UDP", other IP protocols as "0/GRE" or "0/IP-n".
/// Stored as (proto, port) with port −1 for fragments. Plain value.
struct ServiceKey {
    static constexpr int FragmentPort = -1;
    uint8_t proto = 0;
    int port = 0;

    QString label() const;
    static std::optional<ServiceKey> parse(const QString &label);
    static QString protocolName(uint8_t proto); ///< "TCP", "UDP", "ICMP", "ICMPv6", "GRE", "IP-132"
    static std::optional<uint8_t> protocolFromName(const QString &name);
    bool operator==(const ServiceKey &o) const { return proto == o.proto && port == o.port; }
    /// One number per service, ordered as (proto, port) for ports ≥ 0: a cheap hash or map key.
    int64_t packed() const { return (int64_t(proto) << 32) | uint32_t(port); }
    static ServiceKey fromPacked(int64_t k) { return ServiceKey{uint8_t(k >> 32), int32_t(uint32_t(k))}; }
};

} // namespace teiten
