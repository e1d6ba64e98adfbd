// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "eventtypes.h"

namespace teiten {

class AmplificationCatalog;

/// Draws the conclusion about an attributed episode and writes its reasons as evidence lines
/// (translated; English source text). Rules, after Rossow (NDSS 2014) and darknet practice:
/// - few driving sources (≤ maxAmplifierSources), each hitting many sensors, sending requests for
///   large answers (≥ minRequestShare of their packets) → amplification attack; the sources are the
///   spoofed victims;
/// - otherwise, on an amplification service, many sources that each probe many sensors → reflector
///   (open-resolver) scanning;
/// - otherwise scanning.
/// Pure computation; any thread.
class EpisodeClassifier {
    Q_DECLARE_TR_FUNCTIONS(EpisodeClassifier)
public:
    struct Params {
        int maxAmplifierSources = 5;
        double minRequestShare = 0.5;
        double manySensorsShare = 0.5;   ///< "many sensors": at least this share of the network (and ≥ 2)
        int reflectorScanMinSources = 20;
    };
    explicit EpisodeClassifier(const AmplificationCatalog &catalog) : m_catalog(catalog) {}
    EpisodeClassifier(const AmplificationCatalog &catalog, const Params &p) : m_catalog(catalog), m_params(p) {}

    /// Sets classification, protocol, victims and evidence of a surge event.
    void classifySurge(Event &event) const;
    /// The same for any attributed slice (a drill-down), without the surge's own lines.
    void classify(Event &event) const;
    /// Appends the lines every event shares: sources, sensors, TTL/ports, scanner classes.
    static void describeAttribution(Event &event);

private:
    bool manySensors(int hit, int total) const;
    const AmplificationCatalog &m_catalog;
    Params m_params;
};

} // namespace teiten
