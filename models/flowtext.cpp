// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowtext.h"

#include <QStringList>

namespace teiten {

namespace {

constexpr int kTcp = 6;
constexpr int kUdp = 17;
constexpr int kIcmp = 1;
constexpr int kIcmpV6 = 58;
constexpr int kSctp = 132;

struct Named {
    int value;
    const char *name;
};

// Types seen in darknet DNS traffic (amplification probes, resolver scans) and the common rest.
constexpr Named kDnsTypes[] = {
    {1, "A"},       {2, "NS"},      {5, "CNAME"},  {6, "SOA"},    {10, "NULL"},   {12, "PTR"},
    {13, "HINFO"},  {15, "MX"},     {16, "TXT"},   {28, "AAAA"},  {33, "SRV"},    {35, "NAPTR"},
    {41, "OPT"},    {43, "DS"},     {46, "RRSIG"}, {47, "NSEC"},  {48, "DNSKEY"}, {64, "SVCB"},
    {65, "HTTPS"},  {99, "SPF"},    {251, "IXFR"}, {252, "AXFR"}, {255, "ANY"},   {257, "CAA"},
};

// Display names for PayloadSummary kinds as stored (payloadKindName()).
constexpr struct {
    const char *kind;
    const char *name;
} kKinds[] = {
    {"dns", "DNS"},         {"ntp", "NTP"},           {"ssdp", "SSDP"},         {"chargen", "CharGen"},
    {"qotd", "QOTD"},       {"snmp", "SNMP"},         {"memcached", "memcached"}, {"netbios", "NetBIOS-NS"},
    {"portmap", "Portmap"}, {"quake", "Quake"},       {"steam", "Steam"},       {"bittorrent", "BitTorrent"},
    {"kad", "Kad"},         {"ldap", "CLDAP"},        {"tftp", "TFTP"},         {"mssql", "MS-SQL"},
    {"ripv1", "RIPv1"},     {"coap", "CoAP"},         {"wsdiscovery", "WS-Discovery"},
    {"ubiquiti", "Ubiquiti"},
};

// NTP mode 7 (private) request codes worth naming; 42 is the monlist used for amplification.
constexpr Named kNtpPrivate[] = {{0, "peer_list"}, {1, "peer_list_sum"}, {4, "sys_info"},
                                 {20, "mon_getlist"}, {42, "monlist"}};
// NTP mode 6 (control) opcodes.
constexpr Named kNtpControl[] = {{1, "readstat"}, {2, "readvar"}, {3, "writevar"}, {4, "readclock"},
                                 {5, "writeclock"}, {6, "settrap"}, {7, "asyncmsg"}, {8, "configure"},
                                 {9, "saveconfig"}, {10, "readmru"}, {31, "unsettrap"}};

const char *lookup(const Named *table, size_t n, int value)
{
    for (size_t i = 0; i < n; ++i)
        if (table[i].value == value)
            return table[i].name;
    return nullptr;
}

bool isIcmp(const FlowRow &f)
{
    return f.proto == kIcmp || f.proto == kIcmpV6;
}

bool hasPorts(const FlowRow &f)
{
    // Non-first fragments have no transport header: their ports are unknown, never guessed.
    return (f.proto == kTcp || f.proto == kUdp || f.proto == kSctp) && f.service.port != ServiceKey::FragmentPort;
}

} // namespace

QString FlowText::tcpFlags(int flags)
{
    static const char *const names[] = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};
    QStringList out;
    for (int bit = 0; bit < 8; ++bit)
        if (flags & (1 << bit))
            out << QLatin1String(names[bit]);
    return out.join(QLatin1Char(','));
}

QString FlowText::dnsType(int qtype)
{
    if (const char *n = lookup(kDnsTypes, std::size(kDnsTypes), qtype))
        return QLatin1String(n);
    return QStringLiteral("TYPE%1").arg(qtype);
}

QString FlowText::kindName(const QString &kind)
{
    for (const auto &k : kKinds)
        if (kind == QLatin1String(k.kind))
            return QLatin1String(k.name);
    return kind.toUpper();
}

QString FlowText::ntp(const PayloadInfo &p)
{
    const char *what = nullptr;
    if (p.ntpMode == 7)
        what = lookup(kNtpPrivate, std::size(kNtpPrivate), p.ntpCode);
    else if (p.ntpMode == 6)
        what = lookup(kNtpControl, std::size(kNtpControl), p.ntpCode);
    if (what)
        return QStringLiteral("NTP mode %1 %2").arg(p.ntpMode).arg(QLatin1String(what));
    if (p.ntpMode == 6 || p.ntpMode == 7)
        return QStringLiteral("NTP mode %1 code %2").arg(p.ntpMode).arg(p.ntpCode);
    return QStringLiteral("NTP mode %1").arg(p.ntpMode);
}

QString FlowText::payload(const PayloadInfo &p)
{
    if (p.kind.isEmpty() || p.kind == QLatin1String("none"))
        return {};
    QString text;
    if (p.kind == QLatin1String("dns")) {
        // tcpdump's notation: "ANY?" is a question, a response drops the "?".
        QStringList parts{QStringLiteral("DNS")};
        parts << (p.response ? dnsType(p.qtype) : dnsType(p.qtype) + QLatin1Char('?'));
        parts << (p.qname.isEmpty() ? QStringLiteral(".") : p.qname);
        if (p.rd)
            parts << QStringLiteral("RD");
        if (p.ednsSize > 0)
            parts << QStringLiteral("EDNS %1").arg(p.ednsSize);
        text = parts.join(QLatin1Char(' '));
    } else if (p.kind == QLatin1String("ntp")) {
        text = ntp(p);
    } else if (p.kind == QLatin1String("unknown") || p.kind == QLatin1String("other")) {
        text = p.detail.isEmpty() ? tr("unrecognized payload") : tr("unrecognized payload: %1").arg(p.detail);
        return text;
    } else {
        text = p.detail.isEmpty() ? kindName(p.kind) : kindName(p.kind) + QLatin1Char(' ') + p.detail;
    }
    //: A decoded payload that arrived as a reply nobody here asked for (backscatter, reflection).
    return p.response ? tr("%1 (response)").arg(text) : text;
}

QString FlowText::sourcePort(const FlowRow &f)
{
    if (isIcmp(f))
        //: ICMP message type, shown where other protocols show the source port.
        return tr("type %1").arg(f.srcPort);
    if (!hasPorts(f))
        return {};
    if (f.srcPort < 0)
        //: Ephemeral source ports are counted together; %1 is the first one seen.
        return tr("ephemeral (first %1)").arg(f.firstSrcPort);
    return QString::number(f.srcPort);
}

QString FlowText::destinationPort(const FlowRow &f)
{
    if (isIcmp(f))
        //: ICMP message code, shown where other protocols show the destination port.
        return tr("code %1").arg(f.dstPort);
    if (!hasPorts(f))
        return {};
    return QString::number(f.dstPort);
}

} // namespace teiten
