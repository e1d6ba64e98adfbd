// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "workspacetypes.h"

namespace teiten {

/// Short text for the parts of a flow tuple an analyst reads: TCP flags ("SYN,ACK"), ports or ICMP
/// type/code, and the decoded payload ("DNS ANY? example.com RD EDNS 4096"). Protocol mnemonics
/// stay as tcpdump and Wireshark write them; the few English words go through tr(). Stateless; any
/// thread (the flows model formats payloads on its worker thread).
class FlowText {
    Q_DECLARE_TR_FUNCTIONS(FlowText)
public:
    /// "SYN,ACK" in header bit order (FIN SYN RST PSH ACK URG ECE CWR); empty for no flags.
    static QString tcpFlags(int flags);
    /// "A", "ANY", "TYPE65280" (RFC 3597 form for types without a mnemonic).
    static QString dnsType(int qtype);
    /// One line for a payload summary; empty when the flow carried none.
    static QString payload(const PayloadInfo &payload);
    /// Source port, "ephemeral (first 51234)" for folded ports, ICMP "type 8"; empty without ports.
    static QString sourcePort(const FlowRow &flow);
    /// Destination port, ICMP "code 0"; empty without ports.
    static QString destinationPort(const FlowRow &flow);

private:
    static QString ntp(const PayloadInfo &payload);
    static QString kindName(const QString &kind);
};

} // namespace teiten
