// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "analysiscontext.h"
#include "demonetworkgenerator.h"
#include "eventsmodel.h"
#include "eventsview.h"
#include "importjob.h"
#include "timeserieschart.h"

using namespace teiten;

class TestEventsView : public QObject {
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

    void showsTheSurgeWithEvidenceAndLongerChart()
    {
        AnalysisContext context;
        EventsView view(&context);
        view.resize(1000, 700);
        view.show();
        QSignalSpy loaded(&view, &EventsView::loaded);
        context.setPeriod(*Period::parse(QStringLiteral("2013Q3")));
        context.setWorkspacePath(m_db);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && loaded.last().at(0).toInt() > 0 && !view.isBusy(), 60000);
        int row = -1;
        for (int i = 0; i < view.model()->rowCount(); ++i) {
            if (view.model()->event(i).key == QLatin1String("53/UDP"))
                row = i;
        }
        QVERIFY(row >= 0);
        view.selectRow(row);
        QVERIFY(view.evidenceText().contains(QStringLiteral("53/UDP rose")));
        QVERIFY(view.evidenceText().contains(QStringLiteral("DNS amplification attack")));
        QTRY_VERIFY_WITH_TIMEOUT(view.chart()->shownKeys() == QStringList{QStringLiteral("53/UDP")}, 30000);
        // The chart starts six months before the surge's month (the data begin in April).
        QCOMPARE(view.chart()->seriesSet().period.firstDay(), QDate(2013, 3, 1));
    }
};

QTEST_MAIN(TestEventsView)
#include "tst_eventsview.moc"
