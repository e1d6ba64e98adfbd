// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QVector>

#include "analysisqueries.h"

namespace teiten {

/// What kind of reply a flow is.
enum class ReplyKind { None, SynAck, Rst, IcmpUnreachable, IcmpTimeExceeded, EchoReply, DnsResponse, UdpResponse };

/// Replies grouped into one episode.
struct BackscatterEpisode {
    enum class Perspective {
        Victim,            ///< one host replying to many sensor addresses: it is being flooded with spoofed sources
        ReflectionTarget,  ///< many hosts replying to one sensor address: that address was spoofed as a victim
    };
    Perspective perspective = Perspective::Victim;
    IpAddress host;                ///< the victim (Victim) or the sensor address (ReflectionTarget)
    QString region;                ///< the victim's region (Victim)
    ReplyKind kind = ReplyKind::None; ///< the kind with the most packets
    QMap<int, qint64> kindPackets; ///< ReplyKind → packets
    int servicePort = 0;           ///< most common source port of TCP/UDP replies (the attacked/abused service)
    uint8_t proto = 0;             ///< of `servicePort`
    qint64 firstUs = 0;
    qint64 lastUs = 0;
    qint64 packets = 0;
    int sensors = 0;               ///< distinct sensors hit
    int addresses = 0;             ///< distinct addresses on the other side
    QVector<int> sensorIds;
    /// Victim: hosts other than the victim that sent its ICMP errors (routers on the path), busiest first.
    QVector<IpAddress> reporters;
};

/// Infers denial-of-service victims from backscatter, after Moore, Shannon, Brown, Voelker and
/// Savage, "Inferring Internet Denial-of-Service Activity" (USENIX Security 2001; ACM TOCS 2006): a
/// host flooded with randomly spoofed sources answers each packet (SYN-ACK, RST, ICMP unreachable
/// or time exceeded, echo reply, DNS response) to a random address, so a darknet sees replies from
/// the victim spread over its addresses. ICMP errors are counted for the host their quoted packet
/// was sent to, not for the router that sent them. Replies from one host are merged into an attack while the
/// gap between them is at most `gapUs`, and kept when they reach `minPackets`, last `minDurationUs`
/// and reach at least `minAddresses` distinct sensor addresses (Moore's filters, scaled down for a
/// network of tens of addresses instead of a /8). The mirror case — many servers replying to one
/// sensor address — is a reflection attack that used that address as the spoofed victim.
/// Pure computation; any thread.
class BackscatterDetector {
public:
    struct Params {
        qint64 gapUs = 24LL * 3600 * 1000000; ///< a quiet day ends an attack (tens of addresses see few replies)
        qint64 minPackets = 10;
        qint64 minDurationUs = 60LL * 1000000; ///< victims only
        int minAddresses = 2;
        int reflectionMinSources = 10;        ///< distinct repliers for a reflection at one address
    };
    BackscatterDetector() = default;
    explicit BackscatterDetector(const Params &p) : m_params(p) {}

    static ReplyKind kindOf(const ReplyFlow &flow);
    /// The host a reply speaks for: for an ICMP error that quotes the packet it answers, that
    /// packet's destination (the spoofed packet went from our address to the victim; a router on
    /// the way may be the one that answered); otherwise the reply's source.
    static IpAddress victimOf(const ReplyFlow &flow);
    static const char *kindName(ReplyKind kind);   ///< "syn-ack", "rst", … (stable)
    QVector<BackscatterEpisode> detect(const QVector<ReplyFlow> &flows) const;

private:
    Params m_params;
};

} // namespace teiten
