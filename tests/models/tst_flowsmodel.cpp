// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "drillfixture.h"
#include "flowsmodel.h"
#include "flowtext.h"
#include "modelroles.h"

using namespace teiten;
using teiten::test::DrillFixture;

class TestFlowsModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesLazily();
    void filterChangeResets();
    void testerDrivesPaging();
    void staleFetchIsDropped();
    void sourcePagesInTimeOrder();
    void columnsOfAFlow();
    void flowText();

private:
    DrillQuery query53() const;
    QTemporaryDir m_dir;
    QString m_path;
    static constexpr int BulkFlows = 200000;
};

void TestFlowsModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("drill.db"));
    QVERIFY(DrillFixture::create(m_path));
    QVERIFY(DrillFixture::addBulkFlows(m_path, BulkFlows));
}

DrillQuery TestFlowsModel::query53() const
{
    DrillQuery q;
    q.workspacePath = m_path;
    q.period = DrillFixture::period();
    q.filter.service = ServiceKey::parse(QStringLiteral("53/UDP"));
    return q;
}

// The paging tests over the 200,000 bulk flows run without QAbstractItemModelTester on purpose:
// the tester calls fetchMore() after every change (like a view that always wants more) and checks
// every row each time, so it would page through all of them. testerDrivesPaging() lets it do just
// that on a few flows.
void TestFlowsModel::pagesLazily()
{
    FlowsModel model;
    QSignalSpy pages(&model, &FlowsModel::pageLoaded);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // load() answers with one page of the 200,004 matching flows, not with all of them.
    QElapsedTimer timer;
    timer.start();
    model.load(query53());
    QCOMPARE(model.rowCount(), 0); // nothing happens on the calling thread
    QVERIFY(model.isBusy());
    QTRY_COMPARE(pages.size(), 1);
    const qint64 firstPageMs = timer.elapsed();
    QCOMPARE(model.rowCount(), FlowsModel::DefaultPageSize);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.isComplete());
    QVERIFY2(firstPageMs < 2000, qPrintable(QStringLiteral("first page took %1 ms").arg(firstPageMs)));

    // Each fetchMore() adds exactly one page, in one insertion; a second call while a page is in
    // flight does not ask again.
    for (int page = 2; page <= 4; ++page) {
        model.fetchMore({});
        model.fetchMore({});
        QTRY_COMPARE(pages.size(), page);
        QCOMPARE(model.rowCount(), page * FlowsModel::DefaultPageSize);
        QCOMPARE(inserted.size(), page);
        QCOMPARE(inserted.last().at(1).toInt(), (page - 1) * FlowsModel::DefaultPageSize);
        QCOMPARE(inserted.last().at(2).toInt(), page * FlowsModel::DefaultPageSize - 1);
    }
    QTest::qWait(50);
    QCOMPARE(pages.size(), 4);

    // Keyset order: (time, id) strictly increasing across page boundaries, including the ties the
    // fixture makes (three flows per timestamp).
    qint64 ties = 0;
    for (int row = 1; row < model.rowCount(); ++row) {
        const qint64 t0 = model.index(row - 1, FlowsModel::TimeColumn).data(RawRole).toLongLong();
        const qint64 t1 = model.index(row, FlowsModel::TimeColumn).data(RawRole).toLongLong();
        const qint64 id0 = model.index(row - 1, 0).data(KeyRole).toLongLong();
        const qint64 id1 = model.index(row, 0).data(KeyRole).toLongLong();
        QVERIFY2(t0 < t1 || (t0 == t1 && id0 < id1), qPrintable(QStringLiteral("row %1 out of order").arg(row)));
        ties += (t0 == t1);
    }
    QVERIFY(ties > 0);
}

void TestFlowsModel::filterChangeResets()
{
    FlowsModel model;
    QSignalSpy pages(&model, &FlowsModel::pageLoaded);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.load(query53());
    QTRY_COMPARE(pages.size(), 1);
    model.fetchMore({});
    QTRY_COMPARE(pages.size(), 2);
    QCOMPARE(model.rowCount(), 2 * FlowsModel::DefaultPageSize);

    // A narrower filter starts over: reset, then the first (and here only, short) page.
    DrillQuery us = query53();
    us.filter.sourcePrefix = IpPrefix::parse(QString::fromLatin1(DrillFixture::SourceB));
    const int resetsBefore = int(resets.size());
    model.load(us);
    QCOMPARE(resets.size(), resetsBefore + 1);
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE(pages.size(), 3);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.isComplete());
    QVERIFY(!model.canFetchMore({}));
    for (int row = 0; row < 2; ++row)
        QCOMPARE(model.index(row, FlowsModel::SourceColumn).data().toString(), QString::fromLatin1(DrillFixture::SourceB));

    // A page that comes back empty ends paging too.
    DrillQuery none = query53();
    none.filter.region = QStringLiteral("FR");
    model.load(none);
    QTRY_COMPARE(pages.size(), 4);
    QCOMPARE(pages.last().first().toInt(), 0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestFlowsModel::staleFetchIsDropped()
{
    FlowsModel model;
    QSignalSpy pages(&model, &FlowsModel::pageLoaded);
    model.setPageSize(100);
    model.load(query53());
    QTRY_COMPARE(pages.size(), 1);
    model.fetchMore({});           // in flight when the query changes:
    DrillQuery b = query53();
    b.filter.sourcePrefix = IpPrefix::parse(QString::fromLatin1(DrillFixture::SourceB));
    model.load(b);
    QTRY_COMPARE(pages.size(), 2);
    QTest::qWait(100);
    QCOMPARE(pages.size(), 2);     // the old page never arrived
    QCOMPARE(model.rowCount(), 2);
}

// A source's flows are read hour by hour (schema v8: from the hours' segments): every page continues
// exactly after the previous one, across hours and days, ties within a microsecond broken by id.
void TestFlowsModel::sourcePagesInTimeOrder()
{
    FlowsModel model;
    auto loadAll = [&](const DrillQuery &q) {
        model.load(q);
        QTRY_VERIFY(!model.isBusy());
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY(!model.isBusy());
        }
    };
    auto inOrder = [&] {
        for (int row = 1; row < model.rowCount(); ++row) {
            const FlowRow &a = model.flow(row - 1);
            const FlowRow &b = model.flow(row);
            if (!(a.firstUs < b.firstUs || (a.firstUs == b.firstUs && a.id < b.id)))
                return false;
        }
        return true;
    };
    DrillQuery a = query53();
    a.filter.service.reset();
    a.filter.sourcePrefix = IpPrefix::parse(QString::fromLatin1(DrillFixture::SourceA));
    model.setPageSize(30000);
    loadAll(a);
    QCOMPARE(model.rowCount(), BulkFlows + 2); // the bulk flows of August and two in September
    QVERIFY(inOrder());
    QCOMPARE(model.flow(model.rowCount() - 1).sensorId, 2);

    DrillQuery c = a;
    c.filter.sourcePrefix = IpPrefix::parse(QString::fromLatin1(DrillFixture::SourceC));
    model.setPageSize(1);
    loadAll(c);
    QCOMPARE(model.rowCount(), 4); // one a day, 1 to 4 September
    QVERIFY(inOrder());
    for (int row = 0; row < 4; ++row)
        QCOMPARE(model.flow(row).sensorId, row + 1);
}

void TestFlowsModel::testerDrivesPaging()
{
    // One flow per page through the four 445/TCP flows, the tester checking every insertion (and
    // calling fetchMore() itself from its change handlers, which must not duplicate a page), then a
    // filter change resets under its eyes.
    FlowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(1);
    DrillQuery q = query53();
    q.filter.service = ServiceKey::parse(QStringLiteral("445/TCP"));
    QSignalSpy pages(&model, &FlowsModel::pageLoaded);
    auto loadAll = [&] {
        QTRY_VERIFY(!model.isBusy());
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY(!model.isBusy());
        }
    };
    model.load(q);
    loadAll();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(pages.size(), 5); // four single-flow pages and the empty one that ends paging
    for (int row = 1; row < 4; ++row)
        QVERIFY(model.index(row - 1, FlowsModel::TimeColumn).data(RawRole).toLongLong()
                < model.index(row, FlowsModel::TimeColumn).data(RawRole).toLongLong());
    q.filter.service = ServiceKey::parse(QStringLiteral("53/UDP"));
    q.filter.sourcePrefix = IpPrefix::parse(QString::fromLatin1(DrillFixture::SourceB));
    model.load(q);
    loadAll();
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestFlowsModel::columnsOfAFlow()
{
    FlowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy pages(&model, &FlowsModel::pageLoaded);
    DrillQuery q = query53();
    q.filter.service.reset();
    q.filter.sourcePrefix = IpPrefix::parse(QStringLiteral("198.51.100.0/24"));
    model.load(q);
    QTRY_COMPARE(pages.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    auto text = [&](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(text(FlowsModel::TimeColumn), QStringLiteral("2013-09-03 05:10:00"));
    QCOMPARE(text(FlowsModel::SensorColumn), QStringLiteral("sensor-01"));
    QCOMPARE(text(FlowsModel::SourceColumn), QStringLiteral("198.51.100.7"));
    QCOMPARE(text(FlowsModel::RegionColumn), QStringLiteral("United States"));
    QCOMPARE(text(FlowsModel::DestinationColumn), QStringLiteral("10.0.1.1"));
    QCOMPARE(text(FlowsModel::SourcePortColumn), QStringLiteral("ephemeral (first 41000)"));
    QCOMPARE(text(FlowsModel::DestinationPortColumn), QStringLiteral("53"));
    QCOMPARE(text(FlowsModel::FlagsColumn), QString());
    QCOMPARE(text(FlowsModel::TtlColumn), QStringLiteral("52"));
    QCOMPARE(text(FlowsModel::IpLengthColumn), QStringLiteral("56"));
    QCOMPARE(text(FlowsModel::PacketsColumn), QStringLiteral("200"));
    QCOMPARE(text(FlowsModel::PayloadColumn), QStringLiteral("DNS ANY? example.com RD EDNS 4096"));
    QCOMPARE(model.flow(0).packets, qint64(200));

    q.filter.sourcePrefix = IpPrefix::parse(QString::fromLatin1(DrillFixture::SourceC));
    model.load(q);
    QTRY_COMPARE(pages.size(), 2);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(text(FlowsModel::FlagsColumn), QStringLiteral("SYN"));
    QCOMPARE(text(FlowsModel::DestinationPortColumn), QStringLiteral("445"));
    QCOMPARE(text(FlowsModel::PayloadColumn), QString());
    QCOMPARE(text(FlowsModel::PacketsColumn), QStringLiteral("2,000"));
    model.setLanguage(QStringLiteral("ja"));
    QCOMPARE(text(FlowsModel::RegionColumn), QStringLiteral("日本"));
}

void TestFlowsModel::flowText()
{
    QCOMPARE(FlowText::tcpFlags(0x12), QStringLiteral("SYN,ACK"));
    QCOMPARE(FlowText::tcpFlags(0), QString());
    QCOMPARE(FlowText::dnsType(255), QStringLiteral("ANY"));
    QCOMPARE(FlowText::dnsType(65280), QStringLiteral("TYPE65280"));
    PayloadInfo ntp;
    ntp.kind = QStringLiteral("ntp");
    ntp.ntpMode = 7;
    ntp.ntpCode = 42;
    QCOMPARE(FlowText::payload(ntp), QStringLiteral("NTP mode 7 monlist"));
    PayloadInfo reply;
    reply.kind = QStringLiteral("dns");
    reply.response = true;
    reply.qtype = 1;
    reply.qname = QStringLiteral("example.org");
    QCOMPARE(FlowText::payload(reply), QStringLiteral("DNS A example.org (response)"));
    PayloadInfo ssdp;
    ssdp.kind = QStringLiteral("ssdp");
    ssdp.detail = QStringLiteral("M-SEARCH ssdp:all");
    QCOMPARE(FlowText::payload(ssdp), QStringLiteral("SSDP M-SEARCH ssdp:all"));
    QCOMPARE(FlowText::payload(PayloadInfo{}), QString());
    FlowRow icmp;
    icmp.proto = 1;
    icmp.srcPort = 8;
    icmp.dstPort = 0;
    QCOMPARE(FlowText::sourcePort(icmp), QStringLiteral("type 8"));
    QCOMPARE(FlowText::destinationPort(icmp), QStringLiteral("code 0"));
    FlowRow fragment;
    fragment.proto = 17;
    fragment.service = ServiceKey{17, ServiceKey::FragmentPort};
    QCOMPARE(FlowText::destinationPort(fragment), QString());
}

QTEST_GUILESS_MAIN(TestFlowsModel)
#include "tst_flowsmodel.moc"
