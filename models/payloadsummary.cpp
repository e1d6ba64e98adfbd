// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloadsummary.h"

#include <charconv>
#include <cstring>
#include <iterator>

namespace teiten {

namespace {

// Index = Kind value. These names are stored in databases and JSON: never rename one.
constexpr const char *kKindNames[] = {
    "none", "unknown", "dns", "ntp", "ssdp", "chargen", "qotd", "snmp", "memcached", "netbios",
    "portmap", "quake", "steam", "bittorrent", "kad", "ldap", "tftp", "mssql", "ripv1", "coap",
    "wsdiscovery", "ubiquiti", "other",
};
static_assert(std::size(kKindNames) == size_t(PayloadSummary::Kind::Other) + 1);

void appendNumber(std::string &s, unsigned v)
{
    char buf[12];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    s.append(buf, size_t(r.ptr - buf));
}

// Length-prefixed so that no byte inside a name or detail can make two summaries collide.
void appendText(std::string &s, const std::string &t)
{
    appendNumber(s, unsigned(t.size()));
    s += ':';
    s += t;
}

} // namespace

void PayloadSummary::clear()
{
    kind = Kind::None;
    response = false;
    qname.clear();
    qtype = 0;
    qclass = 0;
    rd = false;
    ednsSize = 0;
    dnsOpcode = 0;
    dnsRcode = 0;
    answerCount = 0;
    ntpMode = 0;
    ntpRequestCode = 0;
    detail.clear();
}

std::string PayloadSummary::key() const
{
    // kind|response|qname|qtype|qclass|rd|edns|opcode|rcode|answers|ntpMode|ntpCode|detail
    std::string k;
    k.reserve(48 + qname.size() + detail.size());
    k += payloadKindName(kind);
    k += '|';
    k += response ? '1' : '0';
    k += '|';
    appendText(k, qname);
    for (unsigned v : {unsigned(qtype), unsigned(qclass), unsigned(rd), unsigned(ednsSize), unsigned(dnsOpcode),
                       unsigned(dnsRcode), unsigned(answerCount), unsigned(ntpMode), unsigned(ntpRequestCode)}) {
        k += '|';
        appendNumber(k, v);
    }
    k += '|';
    appendText(k, detail);
    return k;
}

const char *payloadKindName(PayloadSummary::Kind kind)
{
    const auto i = size_t(kind);
    return i < std::size(kKindNames) ? kKindNames[i] : "unknown";
}

PayloadSummary::Kind payloadKindFromName(const char *name)
{
    if (!name || !*name)
        return PayloadSummary::Kind::None;
    for (size_t i = 0; i < std::size(kKindNames); ++i) {
        if (std::strcmp(name, kKindNames[i]) == 0)
            return PayloadSummary::Kind(i);
    }
    return PayloadSummary::Kind::Unknown;
}

} // namespace teiten
