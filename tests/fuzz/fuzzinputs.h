// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

#include "packetrecord.h"

/// Tables shared by the fuzz targets and the seed generator, so a seed written for "link type i" or
/// "payload route j" is read back the same way by the target.
namespace teiten::fuzz {

/// Every link type PacketDecoder::supportsLinkType() accepts. fuzz_packetdecoder picks one with the
/// first input byte (modulo the count), so each is reachable.
constexpr int kLinkTypes[] = {0, 1, 9, 12, 14, 50, 101, 104, 108, 113, 228, 229, 239, 276};
constexpr size_t kLinkTypeCount = sizeof(kLinkTypes) / sizeof(kLinkTypes[0]);

inline size_t linkTypeIndex(int linkType)
{
    for (size_t i = 0; i < kLinkTypeCount; ++i)
        if (kLinkTypes[i] == linkType)
            return i;
    return 0;
}

/// One way into PayloadDecoder: a transport protocol and the well-known port that selects a decoder.
struct PayloadRoute {
    const char *name; ///< decoder name as documented in docs/RELIABILITY.md, also the seed file stem
    uint8_t proto;
    uint16_t port;
    bool replyDiffers = false; ///< the decoder reads requests and replies differently (fromServer)
};

/// One route per payload decoder in models/payloaddecoder.cpp (decodeUdpPort, decodeOther and the
/// TCP branch of PayloadDecoder::decode). fuzz_payloaddecoder runs every route on every input (and
/// in the reply direction too where that takes another path), so each decoder sees every execution.
constexpr PayloadRoute kPayloadRoutes[] = {
    {"dns", ipproto::Udp, 53},          {"mdns", ipproto::Udp, 5353},
    {"llmnr", ipproto::Udp, 5355},      {"ntp", ipproto::Udp, 123},
    {"ssdp", ipproto::Udp, 1900},       {"chargen", ipproto::Udp, 19, true},
    {"qotd", ipproto::Udp, 17, true},         {"snmp", ipproto::Udp, 161},
    {"snmptrap", ipproto::Udp, 162},    {"memcached-udp", ipproto::Udp, 11211},
    {"netbios-ns", ipproto::Udp, 137},  {"portmap", ipproto::Udp, 111},
    {"cldap", ipproto::Udp, 389},       {"tftp", ipproto::Udp, 69},
    {"mssql", ipproto::Udp, 1434},      {"rip", ipproto::Udp, 520},
    {"coap", ipproto::Udp, 5683},       {"ws-discovery", ipproto::Udp, 3702},
    {"ubiquiti", ipproto::Udp, 10001},  {"kad", ipproto::Udp, 4672},
    {"bittorrent", ipproto::Udp, 6881}, {"game", ipproto::Udp, 27015},
    {"slp", ipproto::Udp, 427},         {"bacnet", ipproto::Udp, 47808},
    {"stun", ipproto::Udp, 3478},       {"sip", ipproto::Udp, 5060},
    {"ike", ipproto::Udp, 500},         {"nat-pmp", ipproto::Udp, 5351},
    {"openvpn", ipproto::Udp, 1194},    {"teamspeak", ipproto::Udp, 9987},
    {"plex-gdm", ipproto::Udp, 32414},  {"dvr-dhdiscover", ipproto::Udp, 37810},
    {"dns-tcp", ipproto::Tcp, 53},      {"memcached-tcp", ipproto::Tcp, 11211},
};
constexpr size_t kPayloadRouteCount = sizeof(kPayloadRoutes) / sizeof(kPayloadRoutes[0]);

/// An ephemeral port no decoder claims, for the other end of a route.
constexpr uint16_t kClientPort = 40001;

/// The hour start fuzz_flowsegmentcodec decodes with and its seeds are encoded for (2013-09-01).
constexpr int64_t kSegmentBaseUs = 382776LL * 3600000000LL;

} // namespace teiten::fuzz
