// SPDX-License-Identifier: GPL-3.0-or-later
#include "surgedetector.h"

#include <algorithm>
#include <cmath>

namespace teiten {

double SurgeDetector::median(QVector<double> v)
{
    if (v.isEmpty())
        return 0;
    const qsizetype mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + mid, v.end());
    const double hi = v[mid];
    if (v.size() % 2)
        return hi;
    const double lo = *std::max_element(v.begin(), v.begin() + mid);
    return (lo + hi) / 2;
}

double SurgeDetector::quantile(QVector<double> v, double q)
{
    if (v.isEmpty())
        return 0;
    const auto k = std::clamp<qsizetype>(qsizetype(std::floor(q * double(v.size() - 1) + 0.5)), 0, v.size() - 1);
    std::nth_element(v.begin(), v.begin() + k, v.end());
    return v[k];
}

QVector<SurgeEpisode> SurgeDetector::detect(const QVector<qint64> &daily, int from, int to) const
{
    const int n = int(daily.size());
    if (to < 0 || to >= n)
        to = n - 1;
    const Params &p = m_params;
    // History as later days see it: anomalous days are replaced by their baseline, so a surge
    // never becomes part of the "normal" it is measured against.
    QVector<double> clean(n);
    QVector<SurgeEpisode> all;
    bool open = false;
    int quiet = 0;
    int shifted = 0;   // quiet days of the current run still above the frozen baseline
    SurgeEpisode ep;

    auto close = [&] {
        qint64 packets = 0;
        double excess = 0;
        int peak = ep.start;
        for (int d = ep.start; d <= ep.end; ++d) {
            packets += daily[d];
            excess += std::max(0.0, double(daily[d]) - ep.baseline);
            if (daily[d] > daily[peak])
                peak = d;
        }
        ep.packets = packets;
        ep.excess = qint64(std::llround(excess));
        ep.peak = peak;
        ep.peakScore = (double(daily[peak]) - ep.baseline) / ep.scale;
        if (ep.levelShift) {
            // The traffic stayed up: accept it as the new normal instead of measuring against the old.
            for (int d = ep.start; d < n && d <= ep.end + p.maxGap + 1; ++d)
                clean[d] = double(daily[d]);
        }
        all.push_back(ep);
        open = false;
    };

    for (int t = 0; t < n; ++t) {
        const double x = double(daily[t]);
        clean[t] = x;
        if (t < p.minHistory)
            continue;
        double b, s;
        if (open) {
            // Frozen at onset: a long on/off campaign must not lift its own baseline.
            b = ep.baseline;
            s = ep.scale;
        } else {
            const int first = std::max(0, t - p.window);
            QVector<double> win(clean.begin() + first, clean.begin() + t);
            b = median(win);
            for (double &v : win)
                v = std::abs(v - b);
            // 1.4826 × MAD estimates σ for normal data; √b is the Poisson floor for counts and 1 keeps
            // an all-zero history from dividing by zero.
            s = std::max({1.4826 * median(win), std::sqrt(b), 1.0});
        }
        const double excess = x - b;
        const double z = excess / s;
        const double minContinue = std::max<double>(1.0, double(p.minExcess) / 2);
        bool anomalous;
        bool aboveFrozen = false;
        if (open) {
            aboveFrozen = z >= p.continueScore && excess >= minContinue;
            const int first = std::max(0, t - p.window / 2);
            const double low = quantile(QVector<double>(daily.begin() + first, daily.begin() + t), 0.25);
            const double sLow = std::max({s, std::sqrt(low), 1.0});
            anomalous = aboveFrozen && (x - low) / sLow >= p.continueScore && x - low >= minContinue;
        } else {
            anomalous = z >= p.onsetScore && excess >= p.minRelative * b && excess >= double(p.minExcess);
        }
        if (anomalous) {
            if (!open) {
                ep = SurgeEpisode{};
                ep.start = t;
                ep.baseline = b;
                ep.scale = s;
                open = true;
            }
            ep.end = t;
            ++ep.activeDays;
            quiet = 0;
            shifted = 0;
            clean[t] = b;
        } else if (open) {
            if (aboveFrozen)
                ++shifted;
            if (++quiet > p.maxGap) {
                ep.levelShift = shifted == quiet;
                close();
            }
        }
    }
    if (open) {
        ep.ongoing = true;
        close();
    }

    QVector<SurgeEpisode> out;
    for (const SurgeEpisode &e : all) {
        if (e.end >= from && e.start <= to)
            out.push_back(e);
    }
    return out;
}

} // namespace teiten
