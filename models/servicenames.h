// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "servicekey.h"

namespace teiten {

/// IANA service names for "<port>/<PROTO>" labels, from the table generated into
/// resources/data/services.tsv by resources/tools/gen_services.py. Thread-safe; loaded once.
class ServiceNames {
public:
    /// "domain" for 53/UDP; empty when IANA has no name (or for ICMP and fragments).
    static QString name(const ServiceKey &key);
    /// Same, from a label such as "445/TCP"; empty when the label does not parse.
    static QString name(const QString &label);
};

} // namespace teiten
