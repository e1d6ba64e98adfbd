// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../fixtures/workspacefixture.h"
#include "rankingmodel.h"
#include "rankingproxymodel.h"
#include "servicenames.h"
#include "workspace.h"

using namespace teiten;
using test::WorkspaceFixture;

class TestRankingModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void loadsRankingWithPreviousPeriod();
    void checkBoxesChooseChartKeys();
    void ticksFollowTopN();
    void proxySortsByRawValueAndKeepsTopN();
    void regionNamesFollowLanguage();
    void serviceNamesComeFromIana();
    void clearEmptiesTheModel();
    void scannerSharesColumn();

private:
    Ranking ranking(Dimension dim, const QString &period);
    QTemporaryDir m_dir;
    QString m_path;
};

void TestRankingModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("w.db"));
    QVERIFY(WorkspaceFixture::create(m_path));
}

Ranking TestRankingModel::ranking(Dimension dim, const QString &period)
{
    auto ws = Workspace::open(m_path, Workspace::Mode::ReadOnly);
    if (!ws)
        qFatal("%s", qPrintable(ws.error().message));
    auto r = (*ws)->ranking(dim, *Period::parse(period), {}, true);
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    return *r;
}

void TestRankingModel::loadsRankingWithPreviousPeriod()
{
    RankingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRanking(ranking(Dimension::Service, QStringLiteral("2013Q3")));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(RankingModel::ColumnCount));
    QCOMPARE(model.keyAt(0), QStringLiteral("53/UDP"));
    QCOMPARE(model.keyAt(1), QStringLiteral("445/TCP"));
    const auto idx = [&](int row, int col) { return model.index(row, col); };
    QCOMPARE(idx(0, RankingModel::PacketsColumn).data(RankingModel::RawRole).toLongLong(), 30 * WorkspaceFixture::k53Q3PerDay);
    QCOMPARE(idx(1, RankingModel::PacketsColumn).data().toString(), QStringLiteral("9,200"));
    QCOMPARE(idx(1, RankingModel::RankColumn).data(RankingModel::RawRole).toInt(), 2);
    // 53/UDP was not seen in Q2; 445/TCP fell from 1 to 2.
    QCOMPARE(idx(0, RankingModel::PreviousColumn).data(RankingModel::TrendRole).value<RankingModel::Trend>(),
             RankingModel::Trend::New);
    QCOMPARE(idx(0, RankingModel::PreviousColumn).data().toString(), QStringLiteral("new"));
    QCOMPARE(idx(1, RankingModel::PreviousColumn).data(RankingModel::TrendRole).value<RankingModel::Trend>(),
             RankingModel::Trend::Down);
    QCOMPARE(idx(1, RankingModel::PreviousColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(idx(1, RankingModel::KeyColumn).data(RankingModel::PreviousPacketsRole).toLongLong(),
             91 * WorkspaceFixture::k445PerDay);
    const double share = idx(0, RankingModel::ShareColumn).data(RankingModel::RawRole).toDouble();
    QVERIFY(qAbs(share - 15000.0 / 30640.0) < 1e-9);
    QVERIFY(idx(0, RankingModel::ShareColumn).data().toString().endsWith(QLatin1Char('%')));
    QVERIFY(idx(0, RankingModel::SourcesColumn).data(RankingModel::RawRole).toLongLong() >= 1);
    QCOMPARE(model.headerData(RankingModel::KeyColumn, Qt::Horizontal).toString(), QStringLiteral("Port"));

    // Without comparison the previous column is blank and carries no marker.
    model.setComparePrevious(false);
    QCOMPARE(idx(0, RankingModel::PreviousColumn).data().toString(), QString());
    QCOMPARE(idx(0, RankingModel::PreviousColumn).data(RankingModel::TrendRole).value<RankingModel::Trend>(),
             RankingModel::Trend::None);
}

void TestRankingModel::checkBoxesChooseChartKeys()
{
    RankingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy spy(&model, &RankingModel::checkedKeysChanged);
    model.setRanking(ranking(Dimension::Service, QStringLiteral("2013Q3")), 2);
    QCOMPARE(model.checkedKeys(), (QStringList{QStringLiteral("53/UDP"), QStringLiteral("445/TCP")}));
    QVERIFY(model.flags(model.index(0, RankingModel::KeyColumn)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(0, RankingModel::PacketsColumn)) & Qt::ItemIsUserCheckable));

    QVERIFY(model.setData(model.index(3, RankingModel::KeyColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.checkedKeys().size(), 3);
    QCOMPARE(spy.last().first().toStringList().last(), QStringLiteral("0/ICMP"));
    QVERIFY(model.setData(model.index(0, RankingModel::KeyColumn), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.index(0, RankingModel::KeyColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    // A new period keeps the analyst's choice when those keys are still ranked.
    model.setRanking(ranking(Dimension::Service, QStringLiteral("2013-09")), 2);
    QCOMPARE(model.checkedKeys(), (QStringList{QStringLiteral("445/TCP"), QStringLiteral("0/ICMP")}));
    model.setCheckedKeys({QStringLiteral("23/TCP")});
    QCOMPARE(model.checkedKeys(), QStringList{QStringLiteral("23/TCP")});
}

void TestRankingModel::ticksFollowTopN()
{
    RankingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRanking(ranking(Dimension::Service, QStringLiteral("2013Q3")), 4);
    QCOMPARE(model.checkedKeys().size(), 4);
    const QString third = model.keyAt(2), fourth = model.keyAt(3);
    // The analyst unticks the first row, then shows only the top 2: rows 3 and 4 are hidden, so
    // they leave the chart; the untick of row 1 is kept.
    QVERIFY(model.setData(model.index(0, RankingModel::KeyColumn), Qt::Unchecked, Qt::CheckStateRole));
    model.followTopN(4, 2, 10);
    QCOMPARE(model.checkedKeys(), QStringList{model.keyAt(1)});
    // Back to the top 4: the rows shown again are ticked again; row 1 stays as the analyst left it.
    model.followTopN(2, 4, 10);
    QCOMPARE(model.checkedKeys(), (QStringList{model.keyAt(1), third, fourth}));
    // "All" hides nothing and adds no more than the cap.
    model.followTopN(4, 0, 3);
    QCOMPARE(model.checkedKeys().size(), 3);
    model.followTopN(0, 1, 10);
    QCOMPARE(model.checkedKeys(), QStringList{});
}

void TestRankingModel::proxySortsByRawValueAndKeepsTopN()
{
    RankingModel model;
    RankingProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRanking(ranking(Dimension::Service, QStringLiteral("2013Q3")));
    QCOMPARE(proxy.rowCount(), 4);

    // Packets sort numerically ("9,200" < "15,000" as numbers, not as text).
    proxy.sort(RankingModel::PacketsColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, RankingModel::KeyColumn).data(RankingModel::KeyRole).toString(), QStringLiteral("0/ICMP"));
    QCOMPARE(proxy.index(3, RankingModel::KeyColumn).data(RankingModel::KeyRole).toString(), QStringLiteral("53/UDP"));
    // Ports sort by protocol and number: ICMP (1) < TCP 23 < TCP 445 < UDP 53.
    proxy.sort(RankingModel::KeyColumn, Qt::AscendingOrder);
    QStringList keys;
    for (int r = 0; r < proxy.rowCount(); ++r)
        keys << proxy.index(r, 0).data(RankingModel::KeyRole).toString();
    QCOMPARE(keys, (QStringList{QStringLiteral("0/ICMP"), QStringLiteral("23/TCP"), QStringLiteral("445/TCP"),
                                QStringLiteral("53/UDP")}));
    // New entries sort after every previously ranked one.
    proxy.sort(RankingModel::PreviousColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(3, 0).data(RankingModel::KeyRole).toString(), QStringLiteral("53/UDP"));

    // Top N keeps ranks 1..N whatever the sort order.
    proxy.setTopN(2);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.sort(RankingModel::PacketsColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(RankingModel::KeyRole).toString(), QStringLiteral("445/TCP"));
    proxy.setTopN(0);
    QCOMPARE(proxy.rowCount(), 4);
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

void TestRankingModel::regionNamesFollowLanguage()
{
    RankingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRanking(ranking(Dimension::Region, QStringLiteral("2013Q3")));
    QCOMPARE(model.headerData(RankingModel::KeyColumn, Qt::Horizontal).toString(), QStringLiteral("Region"));
    const int cn = model.rowOfKey(QStringLiteral("CN"));
    QVERIFY(cn >= 0);
    QCOMPARE(model.index(cn, RankingModel::NameColumn).data().toString(), QStringLiteral("China"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(QStringLiteral("ja"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(cn, RankingModel::NameColumn).data().toString(), QStringLiteral("中国"));
}

void TestRankingModel::serviceNamesComeFromIana()
{
    QCOMPARE(ServiceNames::name(QStringLiteral("445/TCP")), QStringLiteral("microsoft-ds"));
    QCOMPARE(ServiceNames::name(QStringLiteral("53/UDP")), QStringLiteral("domain"));
    QCOMPARE(ServiceNames::name(QStringLiteral("502/TCP")), QStringLiteral("mbap"));
    QCOMPARE(ServiceNames::name(QStringLiteral("0/ICMP")), QString());
    QCOMPARE(ServiceNames::name(QStringLiteral("fragment/UDP")), QString());
    QCOMPARE(ServiceNames::name(QStringLiteral("nonsense")), QString());
    RankingModel model;
    model.setRanking(ranking(Dimension::Service, QStringLiteral("2013Q3")));
    QCOMPARE(model.index(model.rowOfKey(QStringLiteral("23/TCP")), RankingModel::NameColumn).data().toString(),
             QStringLiteral("telnet"));
}

void TestRankingModel::clearEmptiesTheModel()
{
    RankingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRanking(ranking(Dimension::Service, QStringLiteral("2013Q2")));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a table: no children
    QSignalSpy spy(&model, &RankingModel::checkedKeysChanged);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(spy.size(), 1);
    QVERIFY(model.checkedKeys().isEmpty());
}

void TestRankingModel::scannerSharesColumn()
{
    RankingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Ranking r = ranking(Dimension::Service, QStringLiteral("2013Q3"));
    QVERIFY(r.rows.size() >= 2);
    // 41 % crawlers, 3 % ZMap, the rest unidentified; the second row has no identified scanner.
    r.rows[0].scannerShares = {{QStringLiteral("search-engine"), 410, 2, 0.41},
                               {QStringLiteral("other"), 560, 30, 0.56},
                               {QStringLiteral("zmap"), 30, 1, 0.03}};
    r.rows[1].scannerShares = {{QStringLiteral("other"), 100, 5, 1.0}};
    model.setRanking(r);
    const QString key = model.keyAt(0);
    const QModelIndex first = model.index(0, RankingModel::ScannersColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("crawlers 41.0 %, ZMap 3.0 %"));
    QCOMPARE(first.data(RankingModel::RawRole).toDouble(), 0.41 + 0.03);
    QCOMPARE(first.data(Qt::ToolTipRole).toString(),
             QStringLiteral("41.0 % of %1 from known search-engine crawlers\n"
                            "3.0 % of %1 from ZMap (IP ID 54321)").arg(key));
    const QModelIndex second = model.index(1, RankingModel::ScannersColumn);
    QCOMPARE(second.data().toString(), QString());
    QCOMPARE(second.data(RankingModel::RawRole).toDouble(), 0.0);
    QCOMPARE(second.data(Qt::ToolTipRole).toString(),
             QStringLiteral("No packets of %1 from known scanners or recognised scanning tools").arg(model.keyAt(1)));
    QCOMPARE(model.headerData(RankingModel::ScannersColumn, Qt::Horizontal).toString(), QStringLiteral("Scanners"));

    // Sorting by the column orders rows by their identified share.
    RankingProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(RankingModel::ScannersColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, RankingModel::KeyColumn).data(RankingModel::KeyRole).toString(), key);
}

QTEST_GUILESS_MAIN(TestRankingModel)
#include "tst_rankingmodel.moc"
