// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>

namespace teiten {

/// A bounded, decoded summary of a UDP (or TCP-first-segment) payload: enough to query later
/// ("qtype ANY with RD set", "NTP monlist") without keeping payload bytes. Plain data, any thread.
struct PayloadSummary {
    enum class Kind : uint8_t {
        None = 0,   ///< no payload or not decoded
        Unknown,    ///< payload present, protocol not recognised
        Dns,
        Ntp,
        Ssdp,
        Chargen,
        Qotd,
        Snmp,
        Memcached,
        NetBios,    ///< NetBIOS name service (137/UDP)
        Portmap,    ///< SunRPC portmapper (111/UDP)
        Quake,      ///< Quake 3 / game server getstatus
        Steam,      ///< Steam/Source engine A2S queries
        BitTorrent, ///< BitTorrent DHT / uTP
        Kad,        ///< Kademlia (eMule)
        Ldap,       ///< CLDAP (389/UDP)
        Tftp,
        Mssql,      ///< SQL Server Resolution Protocol (1434/UDP)
        Ripv1,
        Coap,
        WsDiscovery,
        Ubiquiti,
        Other,
    };

    Kind kind = Kind::None;
    bool response = false;       ///< e.g. DNS QR bit, NTP server mode: a reply arriving unsolicited

    // DNS (first question only)
    std::string qname;           ///< lower-case, dot-separated, at most 255 bytes
    uint16_t qtype = 0;
    uint16_t qclass = 0;
    bool rd = false;
    uint16_t ednsSize = 0;       ///< 0 when there is no OPT record
    uint8_t dnsOpcode = 0;
    uint8_t dnsRcode = 0;
    uint16_t answerCount = 0;

    // NTP
    uint8_t ntpMode = 0;         ///< 1..7
    uint8_t ntpRequestCode = 0;  ///< mode 7 request code (42 = MON_GETLIST_1, "monlist"), mode 6 opcode

    /// Short human-readable detail for other kinds (SSDP "M-SEARCH ssdp:all", memcached "stats",
    /// SNMP "GetBulkRequest public"): printable ASCII, at most 96 bytes.
    std::string detail;

    /// Stable text key used to deduplicate summaries in storage.
    std::string key() const;
    bool empty() const { return kind == Kind::None; }
    /// Back to the default state, keeping the strings' capacity (no allocation when reused).
    void clear();
};

const char *payloadKindName(PayloadSummary::Kind kind); ///< "dns", "ntp", … (stable, for storage and JSON)
PayloadSummary::Kind payloadKindFromName(const char *name);

} // namespace teiten
