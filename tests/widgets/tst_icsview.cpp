// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "analysiscontext.h"
#include "demonetworkgenerator.h"
#include "icsview.h"
#include "importjob.h"
#include "modelroles.h"
#include "timeserieschart.h"

using namespace teiten;

class TestIcsView : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        DemoNetworkGenerator::Params p;
        p.outDir = m_dir.filePath(QStringLiteral("demo"));
        p.scale = 0.2;
        p.threads = 2;
        QVERIFY(DemoNetworkGenerator::generate(p));
        m_db = m_dir.filePath(QStringLiteral("w.teiten"));
        ImportParams ip;
        ip.workspacePath = m_db;
        ip.paths = {p.outDir + QStringLiteral("/sensors")};
        ip.geoipPath = p.outDir + QLatin1Char('/') + QLatin1String(DemoNetworkGenerator::CountryDatabasePath);
        QVERIFY(ImportJob(ip).run().fatalError.isEmpty());
    }

    void perPortCountsOnsetAndCrawlers()
    {
        AnalysisContext context;
        IcsView view(&context);
        QSignalSpy loaded(&view, &IcsView::loaded);
        context.setPeriod(*Period::parse(QStringLiteral("2013Q3")));
        context.setWorkspacePath(m_db);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && loaded.last().at(0).toInt() >= 3, 60000);
        // Onsets are the ports' first packets of the wave EventAnalyzer finds on them together.
        QSet<QString> wave;
        QDate earliest;
        for (const IcsPortsModel::Row &r : view.model()->rows()) {
            if (r.onset.isValid()) {
                wave.insert(r.service);
                QVERIFY2(r.onset >= QDate(2013, 8, 13), qPrintable(r.service));
                QVERIFY(r.crawlerShare > 0.2);
                earliest = earliest.isValid() ? std::min(earliest, r.onset) : r.onset;
            }
        }
        QCOMPARE(wave, (QSet<QString>{QStringLiteral("102/TCP"), QStringLiteral("502/TCP"), QStringLiteral("20000/TCP")}));
        QVERIFY2(qAbs(earliest.daysTo(QDate(2013, 8, 15))) <= 2, qPrintable(earliest.toString(Qt::ISODate)));
        QVERIFY(!view.chart()->seriesSet().keys.isEmpty());
    }
};

QTEST_MAIN(TestIcsView)
#include "tst_icsview.moc"
