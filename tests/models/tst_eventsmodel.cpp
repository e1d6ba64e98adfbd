// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

#include "eventsmodel.h"
#include "modelroles.h"

using namespace teiten;

namespace {

Event surge(const QString &key, QDate start, qint64 packets, Classification c)
{
    Event e;
    e.key = key;
    e.keys = {key};
    e.start = start;
    e.end = start.addDays(10);
    e.packets = packets;
    e.excess = packets / 2;
    e.sensorsHit = 10;
    e.sensorsTotal = 12;
    e.classification = c;
    e.protocol = QStringLiteral("DNS");
    EventSource s;
    s.address = *IpAddress::parse(QStringLiteral("192.0.2.1"));
    s.share = 0.6;
    e.sources << s;
    e.sourceCount = 3;
    e.evidence << QStringLiteral("because");
    return e;
}

} // namespace

class TestEventsModel : public QObject {
    Q_OBJECT
private slots:
    void loadSortClear()
    {
        EventsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(EventsModel::ColumnCount));
        model.setEvents({surge(QStringLiteral("53/UDP"), QDate(2013, 9, 3), 9000, Classification::AmplificationAttack),
                         surge(QStringLiteral("23/TCP"), QDate(2013, 7, 10), 400, Classification::Scan)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.index(0, EventsModel::Key).data().toString(), QStringLiteral("53/UDP"));
        QCOMPARE(model.index(0, EventsModel::Packets).data(RawRole).toLongLong(), 9000);
        QCOMPARE(model.index(0, EventsModel::Start).data(RawRole).toDate(), QDate(2013, 9, 3));
        QCOMPARE(model.index(0, EventsModel::Classification).data(RawRole).toString(), QStringLiteral("amplification-attack"));
        QVERIFY(model.index(0, EventsModel::Classification).data().toString().contains(QStringLiteral("DNS")));
        QCOMPARE(model.index(0, EventsModel::Sensors).data(RawRole).toInt(), 10);
        QCOMPARE(model.index(1, EventsModel::Kind).data(KeyRole).toString(), QStringLiteral("23/TCP"));
        QCOMPARE(model.index(0, EventsModel::Key).data(Qt::ToolTipRole).toString(), QStringLiteral("because"));
        QVERIFY(model.index(0, EventsModel::Sources).data().toString().contains(QStringLiteral("192.0.2.1")));

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RawRole);
        proxy.sort(EventsModel::Start);
        QCOMPARE(proxy.index(0, EventsModel::Key).data().toString(), QStringLiteral("23/TCP"));
        proxy.sort(EventsModel::Packets, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, EventsModel::Key).data().toString(), QStringLiteral("53/UDP"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventsModel)
#include "tst_eventsmodel.moc"
