// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

#include "analysisqueries.h"

namespace teiten {

/// A flood of requests at one sensor address from randomly spoofed sources.
struct SpoofedFlood {
    IpAddress target;          ///< the sensor address flooded
    uint8_t proto = 0;
    int port = 0;              ///< the service flooded (0 for ICMP)
    int sensorId = 0;
    int tcpFlags = 0;          ///< flags of most of the packets (TCP): SYN, SYN+ECE+CWR, …
    qint64 firstUs = 0;
    qint64 lastUs = 0;
    qint64 packets = 0;
    qint64 sources = 0;        ///< distinct source addresses, summed over the hours
    qint64 sourcesElsewhere = 0;
    double packetsPerSource = 0;
    QVector<QPair<int, qint64>> ttls;  ///< TTL → packets, busiest first
    double topTtlShare = 0;    ///< share of the packets carried by the `ttlValues` most common TTLs
    double topSourcePortShare = 0;  ///< largest share of one source port in any of the flood's hours
    int hours = 0;             ///< hours merged into the flood
};

/// Tells a flood aimed at a sensor address from scanning. A darknet address is normally reached by
/// scanners, each of which probes many addresses. A denial-of-service flood whose source addresses
/// are forged at random looks different at its target (Moore et al., USENIX Security 2001, §3, is the
/// same flood seen from the spoofed side): in one hour one address and one service receive requests
/// from very many sources, each sending one or two packets, and almost none of those sources is seen
/// at any other address of the sensor network, because no real host stands behind them. Their source
/// ports are random too, which tells them from a reflection attack at the same address, whose many
/// sources are real servers answering from one service port (161, 47808, …). Several
/// thousand addresses arriving with a handful of TTL values show a single sender behind them (the
/// hop-count argument of Jin, Wang and Shin, "Hop-count filtering", ACM CCS 2003); the TTL spread is
/// reported as evidence, not required (a botnet flood comes from many hop counts).
/// Consecutive hours of the same address and service form one flood. Pure computation; any thread.
class SpoofedFloodDetector {
public:
    struct Params {
        int minSources = 100;             ///< distinct sources at one address and service in one hour
        double maxPacketsPerSource = 3;   ///< spoofed sources are drawn anew for (almost) every packet
        double maxElsewhereShare = 0.05;  ///< of the sources, at most this share seen at other addresses
        double maxSourcePortShare = 0.5;  ///< forged packets come from random ports; replies share a service port
        int ttlValues = 4;                ///< TTLs counted for the concentration evidence
    };
    SpoofedFloodDetector() = default;
    explicit SpoofedFloodDetector(const Params &p) : m_params(p) {}

    const Params &params() const { return m_params; }
    /// Bursts in any order; floods by packets, busiest first.
    QVector<SpoofedFlood> detect(const QVector<RequestBurst> &bursts) const;

private:
    Params m_params;
};

} // namespace teiten
