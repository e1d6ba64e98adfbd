// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

namespace teiten {

/// Where a quiet series starts being used: the first day of a sustained rise from (near) nothing,
/// as when control-system ports that nobody probed become a scanning target. Unlike SurgeDetector
/// it needs no absolute excess — a few packets a day, or a sweep of all sensors every few days, is
/// the signal — but it needs persistence: packets on at least `minActiveDays` of the next
/// `lookAhead` days at several times the rate of the preceding weeks. Pure computation; any thread.
class OnsetDetector {
public:
    struct Params {
        int history = 28;          ///< days before the onset that define "quiet"
        int minHistory = 7;        ///< days of data needed before a day can be an onset
        int lookAhead = 28;        ///< days after the onset that must stay active (fewer at the data's end)
        int minActiveDays = 3;     ///< days with packets among them (sweeps every few days count)
        int maxGap = 14;           ///< the next day with packets comes within this many days, so that a
                                   ///< stray packet weeks before the wave is not its start
        double minRate = 0.5;      ///< packets per day after the onset, at least
        double rise = 4.0;         ///< after-rate ≥ rise × before-rate + minRate
    };
    struct Onset {
        int day = -1;              ///< index of the first day of the rise, −1 if none
        double rateBefore = 0;     ///< packets per day over `history` days before
        double rateAfter = 0;      ///< packets per day from the onset to the series' end
    };
    OnsetDetector() = default;
    explicit OnsetDetector(const Params &p) : m_params(p) {}
    /// The first onset at or after `from` (index), or day −1.
    Onset detect(const QVector<qint64> &daily, int from = 0) const;

private:
    Params m_params;
};

} // namespace teiten
