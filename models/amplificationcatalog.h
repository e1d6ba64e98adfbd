// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include "result.h"
#include "workspacetypes.h"

namespace teiten {

/// One request that makes a UDP server answer with much more than it was sent.
struct AmplificationEntry {
    QString protocol;        ///< "DNS", "NTP", …
    uint8_t proto = 17;      ///< IP protocol
    int port = 0;            ///< the server's well-known port
    QString kind;            ///< payload kind as stored ("dns", "ntp", … see payloadKindName)
    QString request;         ///< what the request asks for, in English (shown as data, not translated)
    QString match;           ///< conditions on the decoded payload ("qtype=255 rd=1", "*")
    double baf = 0;          ///< bandwidth amplification factor (lower bound of a range); 0 = none published
    QString bafText;         ///< the factor as the source states it ("10,000 to 51,000")
    QString source;          ///< "R14" (Rossow, NDSS 2014), "TA14" (US-CERT TA14-017A)
};

/// The amplification catalogue shipped in resources/data/amplification.tsv: protocols, ports,
/// request signatures and their published bandwidth amplification factors (Rossow, "Amplification
/// Hell", NDSS 2014; US-CERT TA14-017A for later protocols such as CLDAP and Memcached). Decides
/// whether a decoded payload is a request for a large answer. Immutable after loading; any thread.
class AmplificationCatalog {
    Q_DECLARE_TR_FUNCTIONS(AmplificationCatalog)
public:
    /// The catalogue embedded under :/data/amplification.tsv (loaded once, thread-safe).
    static const AmplificationCatalog &builtIn();
    static Result<AmplificationCatalog> parse(const QByteArray &tsv, const QString &origin);

    const QVector<AmplificationEntry> &entries() const { return m_entries; }
    /// The entry with the highest factor whose kind and conditions match `payload`, or nullptr.
    /// Responses never match: they are what a reflector sends, not what an attacker asks.
    const AmplificationEntry *match(const PayloadInfo &payload) const;
    /// The catalogue's protocol on this service ("DNS" for 53/UDP), or empty.
    QString protocolFor(uint8_t proto, int port) const;
    /// The highest published factor of any request on this service (0 if none).
    double maxBafFor(uint8_t proto, int port) const;

private:
    static bool conditionsHold(const QString &match, const PayloadInfo &payload);
    QVector<AmplificationEntry> m_entries;
};

} // namespace teiten
