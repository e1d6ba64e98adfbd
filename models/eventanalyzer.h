// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

#include <QCoreApplication>
#include <QVector>

#include "backscatterdetector.h"
#include "episodeattribution.h"
#include "episodeclassifier.h"
#include "eventtypes.h"
#include "onsetdetector.h"
#include "result.h"
#include "spoofedflooddetector.h"
#include "surgedetector.h"

namespace teiten {

class AmplificationCatalog;
class IcsPortCatalog;
class ScannerCatalog;
class Workspace;

/// Finds the phenomena of a period and explains each: surges of services and regions
/// (SurgeDetector over daily series with `historyDays` of history before the period), the onset of
/// control-system port scanning (OnsetDetector over the ICS catalogue's ports) and DoS victims or
/// reflections seen through backscatter (BackscatterDetector), floods at sensor addresses from
/// spoofed sources (SpoofedFloodDetector). Every event is attributed
/// (EpisodeAttribution) and classified with evidence (EpisodeClassifier). A region surge whose
/// driving sources are those of a service surge is folded into it as a related key. Synchronous:
/// run it off the GUI thread with a Workspace opened there; `cancel` is polled between keys.
class EventAnalyzer {
    Q_DECLARE_TR_FUNCTIONS(EventAnalyzer)
public:
    struct Params {
        int historyDays = 91;            ///< days before the period used as baseline history
        int serviceTop = 40;             ///< services examined (by packets in the period)
        int regionTop = 15;
        qint64 minExcess = 20;           ///< absolute floor of a surge day's excess
        double minExcessShare = 0.01;    ///< … or this share of the median daily total, if larger
        double minEpisodeShare = 0.003;  ///< an episode's excess must be this share of the period's packets
        double regionMinRelative = 1.0;  ///< regions must double at onset: single heavy sources make them jumpy
        bool regions = true;
        bool ics = true;
        bool backscatter = true;
        bool floods = true;
        double icsPortShare = 0.1;       ///< ports with at least this share of a wave's packets belong to it
        SurgeDetector::Params surge;
        OnsetDetector::Params onset;
        BackscatterDetector::Params reply;
        SpoofedFloodDetector::Params flood;
        EpisodeClassifier::Params classifier;
        EpisodeAttribution::Params attribution;
    };

    EventAnalyzer(Workspace &ws, const ScannerCatalog &scanners, const AmplificationCatalog &amp,
                  const IcsPortCatalog &ics, const Params &params);
    EventAnalyzer(Workspace &ws, const ScannerCatalog &scanners);

    Result<QVector<Event>> analyze(const Period &period, const std::atomic_bool *cancel = nullptr) const;

    Result<QVector<Event>> surges(const Period &period, Dimension dim, const std::atomic_bool *cancel = nullptr) const;
    /// Control-system scanning waves that start inside the period.
    Result<QVector<Event>> icsWaves(const Period &period) const;
    Result<QVector<Event>> backscatter(const Period &period) const;
    /// Floods of requests from randomly spoofed sources aimed at one sensor address.
    Result<QVector<Event>> floods(const Period &period) const;

    /// The longer window reports show an event in: from the first of the month six months before
    /// the event's start to the period's end (March–September for a September surge).
    static Period chartWindow(const Period &period, QDate start);
    /// The period with `historyDays` before it, but not before the first day with data (days before
    /// it would look like silence and make the first days look like a surge).
    Result<Period> historyWindow(const Period &period) const;

private:
    qint64 minExcessFor(const QVector<qint64> &totals, int historyEnd) const;
    Workspace &m_ws;
    const ScannerCatalog &m_scanners;
    const AmplificationCatalog &m_amp;
    const IcsPortCatalog &m_ics;
    Params m_params;
};

} // namespace teiten
