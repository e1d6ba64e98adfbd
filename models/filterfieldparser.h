// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

#include <QString>

#include "ipaddress.h"

namespace teiten {

/// Parses the filter fields an analyst types (FilterBar): protocol, region, destination port and
/// source address/prefix. Pure text in, parsed values or the reason out, so the rules can be tested
/// and fuzzed without a GUI; the widget only turns a Problem into a translated message. An empty
/// field means "no filter". Stateless; any thread.
class FilterFieldParser {
public:
    enum class Problem {
        None,
        UnknownProtocol,   ///< not TCP/UDP/ICMP/… nor a number 0..255
        UnknownRegion,     ///< neither an ISO 3166-1 code nor a region name in English or Japanese
        BadPort,           ///< not a whole number 0..65535
        BadPrefixLength,   ///< an address with a prefix length out of range for its family
        BadSource,         ///< not an address or prefix at all
    };
    struct Fields {
        QString protocol;
        QString region;
        QString port;
        QString source;
    };
    struct Parsed {
        std::optional<uint8_t> proto;
        QString region;             ///< ISO code, empty for no filter
        std::optional<int> port;
        std::optional<IpPrefix> source;
        Problem problem = Problem::None; ///< the first invalid field, in the order of Fields
    };

    static Parsed parse(const Fields &fields);

    static Problem protocolProblem(const QString &text);
    static Problem regionProblem(const QString &text);
    static Problem portProblem(const QString &text);
    static Problem sourceProblem(const QString &text);

    /// IP protocol from a name ("tcp", "ICMPv6", …) or a number 0..255; nullopt if neither.
    static std::optional<uint8_t> protocolNumber(const QString &text);
    /// ISO code from a code or a region name; empty string for empty text; nullopt if unknown.
    static std::optional<QString> regionCode(const QString &text);
};

} // namespace teiten
