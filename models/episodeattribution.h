// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QVector>

#include "eventtypes.h"
#include "result.h"

namespace teiten {

class AmplificationCatalog;
class ScannerCatalog;
class Workspace;

/// Explains an episode from the stored data: its top sources and their share, regions, sensors hit
/// (n of N) by the driving sources with their per-sensor rates and spread, each top source's TTL and source-port spread
/// and first/last seen, the decoded payloads (with amplification requests marked), the scanner-class
/// shares and the "driving" sources — the fewest top sources that make up `drivingShare` of the
/// excess. Runs on the thread owning the Workspace.
class EpisodeAttribution {
    Q_DECLARE_TR_FUNCTIONS(EpisodeAttribution)
public:
    struct Params {
        int topSources = 10;
        double drivingShare = 0.8;
        int maxDriving = 10;
    };
    EpisodeAttribution(Workspace &ws, const AmplificationCatalog &amp, const ScannerCatalog &scanners,
                       const Params &params);
    EpisodeAttribution(Workspace &ws, const AmplificationCatalog &amp, const ScannerCatalog &scanners)
        : EpisodeAttribution(ws, amp, scanners, Params{}) {}

    /// Fills `event` for the days [first, last] and the union of `filters` (disjoint slices, e.g.
    /// one per ICS port). event.excess must be set (or 0: then packets stand for the excess).
    Status attribute(Event &event, QDate first, QDate last, const QVector<QueryFilter> &filters) const;

private:
    Workspace &m_ws;
    const AmplificationCatalog &m_amp;
    const ScannerCatalog &m_scanners;
    Params m_params;
};

} // namespace teiten
