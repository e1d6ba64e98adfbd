// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

namespace teiten {

/// One surge: a run of anomalous days (short quiet gaps bridged) in a daily series.
struct SurgeEpisode {
    int start = 0;             ///< index of the first anomalous day
    int end = 0;               ///< index of the last anomalous day (inclusive)
    int peak = 0;              ///< index of the day with the most packets
    qint64 packets = 0;        ///< all packets from start to end
    qint64 excess = 0;         ///< packets above the (frozen) baseline from start to end
    double baseline = 0;       ///< baseline per day, frozen at onset
    double scale = 0;          ///< robust spread per day at onset (1.4826 × MAD, floored)
    double peakScore = 0;      ///< (peak − baseline) / scale
    int activeDays = 0;        ///< days inside the episode that were anomalous themselves
    bool ongoing = false;      ///< still open on the series' last day
    bool levelShift = false;   ///< ended because the traffic stayed at a new level (not a return)
};

/// Finds surges in a daily packet series against a robust trailing baseline: the median of the
/// previous `window` days with the median absolute deviation as spread (Hampel filter; Hampel 1974,
/// Leys et al. 2013), floored by the Poisson spread √baseline so that sparse series do not alarm on
/// single packets. A day is anomalous when it is at least `onsetScore` spreads, `minRelative` × the
/// baseline and `minExcess` packets above it; inside an open episode the weaker `continueScore`
/// suffices. Anomalous days at most `maxGap` quiet days apart form one episode, and the baseline is
/// frozen at the episode's onset, so repeated on/off bursts over weeks stay one episode instead of
/// raising their own baseline. A day continues an episode only if it also stands out against the
/// lower quartile of the last `window`/2 raw days: on/off bursts keep their quiet days in that
/// quartile, while a background that simply moved to a new level fills it and ends the episode
/// (marked `levelShift`; its days then enter the history as the new normal). Otherwise anomalous
/// days are replaced by their baseline in the history later days see, so a past surge does not mask
/// the next. Pure computation; any thread.
class SurgeDetector {
public:
    struct Params {
        int window = 28;            ///< trailing days for median and MAD (four weeks: weekly cycles cancel)
        int minHistory = 14;        ///< days of history needed before a day is judged
        double onsetScore = 5.0;    ///< robust z-score that opens an episode
        double continueScore = 3.0; ///< robust z-score that keeps one going
        double minRelative = 0.5;   ///< excess at onset must be ≥ this × baseline (+50 %)
        qint64 minExcess = 20;      ///< excess packets a day must have at least
        int maxGap = 4;             ///< quiet days bridged inside one episode
    };

    SurgeDetector() = default;
    explicit SurgeDetector(const Params &params) : m_params(params) {}
    const Params &params() const { return m_params; }

    /// Episodes of `daily` (one value per day, oldest first) whose days overlap [from, to]
    /// (indices, inclusive; to < 0 means the last day). Days before `from` serve as history.
    QVector<SurgeEpisode> detect(const QVector<qint64> &daily, int from = 0, int to = -1) const;

    /// Median of `v` (0 for an empty vector).
    static double median(QVector<double> v);
    /// Quantile q (0..1, nearest rank) of `v` (0 for an empty vector).
    static double quantile(QVector<double> v, double q);

private:
    Params m_params;
};

} // namespace teiten
