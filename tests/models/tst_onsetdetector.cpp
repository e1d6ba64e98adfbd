// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "onsetdetector.h"

using namespace teiten;

class TestOnsetDetector : public QObject {
    Q_OBJECT
private slots:
    void quietPortStartsBeingScanned()
    {
        // 502/TCP: a stray packet now and then, then 2..10 packets every day from day 136.
        QVector<qint64> v(183, 0);
        v[40] = 1;
        v[100] = 2;
        for (int d = 136; d < 183; ++d)
            v[d] = 2 + (d * 7) % 9;
        const auto o = OnsetDetector().detect(v, 91);
        QCOMPARE(o.day, 136);
        QVERIFY(o.rateBefore < 0.1);
        QVERIFY(o.rateAfter > 5);
    }

    void slowStartCountsFromFirstDay()
    {
        QVector<qint64> v(183, 0);
        const int ramp[] = {1, 2, 4, 6, 6, 4, 6, 5};
        for (int i = 0; i < 8; ++i)
            v[136 + i] = ramp[i];
        for (int d = 144; d < 183; ++d)
            v[d] = 5;
        QCOMPARE(OnsetDetector().detect(v, 91).day, 136);
    }

    void sweepsEveryFewDays()
    {
        // A scanner sweeping all sensors every 3..10 days: most days are empty, yet it is an onset.
        QVector<qint64> v(183, 0);
        for (int d = 136, i = 0; d < 183; d += 3 + (i * 5) % 8, ++i)
            v[d] = 20 + (i * 13) % 40;
        QCOMPARE(OnsetDetector().detect(v, 91).day, 136);
        // One sweep alone is not.
        QVector<qint64> once(183, 0);
        once[150] = 40;
        QCOMPARE(OnsetDetector().detect(once, 91).day, -1);
        // A stray packet three weeks before the first sweep is not the start.
        v[115] = 1;
        QCOMPARE(OnsetDetector().detect(v, 91).day, 136);
    }

    void needsHistory()
    {
        QVector<qint64> v(60, 5);   // busy from the first day of data: nothing to compare with
        QCOMPARE(OnsetDetector().detect(v, 0).day, -1);
    }

    void sporadicOrSteadyIsNoOnset()
    {
        QVector<qint64> sporadic(183, 0);
        for (int d = 0; d < 183; d += 9)
            sporadic[d] = 3;
        QCOMPARE(OnsetDetector().detect(sporadic, 91).day, -1);
        QVector<qint64> steady(183, 6);
        QCOMPARE(OnsetDetector().detect(steady, 91).day, -1);
    }
};

QTEST_GUILESS_MAIN(TestOnsetDetector)
#include "tst_onsetdetector.moc"
