// SPDX-License-Identifier: GPL-3.0-or-later
#include "onsetdetector.h"

#include <algorithm>

namespace teiten {

OnsetDetector::Onset OnsetDetector::detect(const QVector<qint64> &daily, int from) const
{
    const Params &p = m_params;
    const int n = int(daily.size());
    Onset o;
    for (int d = std::max(from, p.minHistory); d < n; ++d) {
        if (daily[d] <= 0)
            continue;
        const int h0 = std::max(0, d - p.history);
        double before = 0;
        for (int i = h0; i < d; ++i)
            before += double(daily[i]);
        before /= double(d - h0);
        // Near the end of the data a shorter look-ahead has to do, but never fewer than three days.
        const int end = std::min(n, d + p.lookAhead);
        if (end - d < 3)
            break;
        int active = 0, next = -1;
        double after = 0;
        for (int i = d; i < end; ++i) {
            active += daily[i] > 0;
            if (next < 0 && i > d && daily[i] > 0)
                next = i;
            after += double(daily[i]);
        }
        after /= double(end - d);
        const bool continues = next >= 0 ? next - d <= p.maxGap : end - d <= p.maxGap;
        if (active >= std::min(p.minActiveDays, end - d) && continues && after >= p.rise * before + p.minRate) {
            o.day = d;
            o.rateBefore = before;
            double total = 0;
            for (int i = d; i < n; ++i)
                total += double(daily[i]);
            o.rateAfter = total / double(n - d);
            return o;
        }
    }
    return o;
}

} // namespace teiten
