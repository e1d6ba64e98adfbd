// SPDX-License-Identifier: GPL-3.0-or-later
#include <QLegend>
#include <QLineSeries>
#include <QTest>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include "timeserieschart.h"

using namespace teiten;

// The chart's own behaviour apart from any window: what the analyst sees of its legend.
class TestTimeSeriesChart : public QObject {
    Q_OBJECT

    static SeriesSet quarterOf(int keyCount)
    {
        SeriesSet set;
        set.period = *Period::parse(QStringLiteral("2013Q3"));
        const qint64 start = QDateTime(QDate(2013, 7, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
        for (int d = 0; d < 92; ++d)
            set.bucketStartUs << start + qint64(d) * 86400 * 1000000;
        for (int k = 0; k < keyCount; ++k) {
            set.keys << QStringLiteral("%1/TCP").arg(1000 + k);
            QVector<qint64> values;
            for (int d = 0; d < 92; ++d)
                values << (k + 1) * 10 + d % 7;
            set.values << values;
        }
        set.totals = QVector<qint64>(92, 0);
        return set;
    }

    // What the analyst sees: the legend entry of the last curve, its marker drawn in that curve's
    // colour inside the legend's box. A clipped legend loses its last entries.
    static bool lastEntryVisible(TimeSeriesChart &chart)
    {
        QChart *c = chart.chartView()->chart();
        const auto series = c->series();
        if (series.isEmpty())
            return false;
        const QColor colour = qobject_cast<QLineSeries *>(series.last())->pen().color();
        const QImage image = chart.chartView()->grab().toImage();
        const QRect box = chart.chartView()->mapFromScene(c->legend()->sceneBoundingRect()).boundingRect()
                              .intersected(image.rect());
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x)
                if (image.pixelColor(x, y).rgb() == colour.rgb())
                    return true;
        return false;
    }

private slots:
    void legendShrinksToFitAShortChartAndGrowsBack()
    {
        TimeSeriesChart chart;
        QFont font(QStringLiteral("Noto Sans CJK JP"));
        font.setPointSizeF(10);
        chart.setChartFont(font);
        const SeriesSet set = quarterOf(10); // the workstation's default: the top 10 ticked
        chart.setSeriesSet(set, set.keys);
        chart.resize(900, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QLegend *legend = chart.chartView()->chart()->legend();
        QTRY_VERIFY(lastEntryVisible(chart));
        QCOMPARE(legend->font().pointSizeF(), 10.0); // room enough: the chart's own font

        // A laptop-sized pane: ten names do not fit at 10 pt; every one must stay readable.
        chart.resize(900, 300);
        QTRY_VERIFY(lastEntryVisible(chart));
        QVERIFY(legend->font().pointSizeF() < 10.0);
        QVERIFY(legend->font().pointSizeF() >= 7.0);

        // Taller again, or fewer curves: back to the chart's font.
        chart.resize(900, 700);
        QTRY_COMPARE(legend->font().pointSizeF(), 10.0);
        chart.resize(900, 300);
        QTRY_VERIFY(legend->font().pointSizeF() < 10.0);
        chart.setVisibleKeys(set.keys.mid(0, 3));
        QCOMPARE(legend->font().pointSizeF(), 10.0);
        QVERIFY(lastEntryVisible(chart));
    }
};

QTEST_MAIN(TestTimeSeriesChart)
#include "tst_timeserieschart.moc"
