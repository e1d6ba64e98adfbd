// SPDX-License-Identifier: GPL-3.0-or-later
#include <random>

#include <QTest>

#include "surgedetector.h"

using namespace teiten;

namespace {

/// Poisson counts around `mean(day)`, deterministic for a seed.
template <typename Mean>
QVector<qint64> poisson(int days, Mean mean, unsigned seed = 7)
{
    std::mt19937 rng(seed);
    QVector<qint64> v(days);
    for (int d = 0; d < days; ++d) {
        std::poisson_distribution<int> dist(mean(d));
        v[d] = dist(rng);
    }
    return v;
}

} // namespace

class TestSurgeDetector : public QObject {
    Q_OBJECT
private slots:
    void median()
    {
        QCOMPARE(SurgeDetector::median({}), 0.0);
        QCOMPARE(SurgeDetector::median({5}), 5.0);
        QCOMPARE(SurgeDetector::median({4, 1, 3}), 3.0);
        QCOMPARE(SurgeDetector::median({4, 1, 3, 2}), 2.5);
    }

    void steadyHeavyTrafficWithWeeklyNoiseRaisesNothing()
    {
        // 445/TCP-like: 4000 a day on weekdays, a quarter less at weekends, Poisson noise,
        // slow 20 % growth over half a year.
        const auto v = poisson(183, [](int d) { return 4000.0 * (1 + 0.2 * d / 183) * (d % 7 >= 5 ? 0.75 : 1.0); });
        QCOMPARE(SurgeDetector().detect(v).size(), 0);
        // The same at small scale (a few packets a day) stays quiet too.
        const auto small = poisson(183, [](int d) { return 12.0 * (d % 7 >= 5 ? 0.6 : 1.0); }, 11);
        QCOMPARE(SurgeDetector().detect(small).size(), 0);
    }

    void oneDaySpike()
    {
        auto v = poisson(183, [](int) { return 100.0; });
        v[120] = 400;
        const auto eps = SurgeDetector().detect(v);
        QCOMPARE(eps.size(), 1);
        QCOMPARE(eps[0].start, 120);
        QCOMPARE(eps[0].end, 120);
        QCOMPARE(eps[0].peak, 120);
        QCOMPARE(eps[0].activeDays, 1);
        QVERIFY(!eps[0].ongoing);
        QVERIFY(qAbs(eps[0].baseline - 100) <= 10);
        QVERIFY(qAbs(eps[0].excess - 300) <= 10);
    }

    void sparseSeriesNeedsAbsoluteExcess()
    {
        QVector<qint64> v(100, 0);
        v[60] = 5;    // below minExcess: a handful of packets to an unused port is not a surge
        v[80] = 40;   // from nothing to 40 is
        const auto eps = SurgeDetector().detect(v);
        QCOMPARE(eps.size(), 1);
        QCOMPARE(eps[0].start, 80);
    }

    void onOffBurstsForWeeksAreOneEpisode()
    {
        // 53/UDP-like: about 13 a day, then from day 155 bursts of 400..700 with off stretches of
        // two or three days (still a little above normal) until the series ends.
        auto v = poisson(183, [](int) { return 13.0; });
        const int on[] = {155, 156, 157, 161, 162, 163, 164, 167, 168, 169, 173, 174, 175, 176, 180, 181, 182};
        const int off[] = {158, 159, 160, 165, 166, 170, 171, 172, 177, 178, 179};
        for (int d : on)
            v[d] = 400 + (d * 37) % 300;
        for (int d : off)
            v[d] = 20 + (d * 13) % 25;
        const auto eps = SurgeDetector().detect(v, 91);
        QCOMPARE(eps.size(), 1);
        QCOMPARE(eps[0].start, 155);
        QCOMPARE(eps[0].end, 182);
        QVERIFY(eps[0].ongoing);
        QVERIFY(eps[0].activeDays >= int(std::size(on)));
        QVERIFY(qAbs(eps[0].baseline - 13) <= 3);
    }

    void risingBaselineDoesNotSwallowOngoingEpisode()
    {
        // A baseline that doubles during a six-week on/off campaign (three days on, four off —
        // exactly the bridged gap) must not end the campaign early.
        auto v = poisson(183, [](int d) { return d < 120 ? 50.0 : 50.0 + (d - 120) * 1.0; });
        for (int d = 120; d < 162; ++d) {
            if ((d - 120) % 7 < 3)
                v[d] += 300;
        }
        const auto eps = SurgeDetector().detect(v);
        QCOMPARE(eps.size(), 1);
        QCOMPARE(eps[0].start, 120);
        QCOMPARE(eps[0].end, 157);   // last burst day: 157 − 120 = 37, 37 mod 7 = 2
        QVERIFY(eps[0].levelShift);  // the background had doubled by then: new normal, no new alarm
    }

    void lastingLevelShiftEndsOnce()
    {
        // A service that jumps from 100 to 600 a day and stays there: one episode, not a new alarm
        // every few weeks.
        auto v = poisson(183, [](int d) { return d < 100 ? 100.0 : 600.0; });
        const auto eps = SurgeDetector().detect(v);
        QCOMPARE(eps.size(), 1);
        QCOMPARE(eps[0].start, 100);
        QVERIFY(eps[0].levelShift);
    }

    void separateSurgesStaySeparate()
    {
        auto v = poisson(183, [](int) { return 200.0; });
        for (int d = 100; d < 103; ++d)
            v[d] = 900;
        v[140] = 1000;
        const auto eps = SurgeDetector().detect(v);
        QCOMPARE(eps.size(), 2);
        QCOMPARE(eps[0].start, 100);
        QCOMPARE(eps[0].end, 102);
        QCOMPARE(eps[1].start, 140);
        // The first surge did not enter the history the second is measured against.
        QVERIFY(qAbs(eps[1].baseline - 200) <= 15);
    }

    void periodSelection()
    {
        auto v = poisson(183, [](int) { return 200.0; });
        v[50] = 1000;
        v[150] = 1000;
        const auto eps = SurgeDetector().detect(v, 91, 182);
        QCOMPARE(eps.size(), 1);
        QCOMPARE(eps[0].start, 150);
    }
};

QTEST_GUILESS_MAIN(TestSurgeDetector)
#include "tst_surgedetector.moc"
