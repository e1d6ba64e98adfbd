// SPDX-License-Identifier: GPL-3.0-or-later
// IcsPortsModel under QAbstractItemModelTester: filled, refilled with other rows, emptied; and what
// its roles answer for one row.
#include <QAbstractItemModelTester>
#include <QTest>

#include "icsportsmodel.h"
#include "modelroles.h"

using namespace teiten;

class TestIcsPortsModel : public QObject {
    Q_OBJECT

    static QVector<IcsPortsModel::Row> sampleRows()
    {
        IcsPortsModel::Row s7{QStringLiteral("102/TCP"), {QStringLiteral("ICCP"), QStringLiteral("S7")}, 1200, 27,
                              QDate(2013, 8, 15), 0.493};
        IcsPortsModel::Row modbus{QStringLiteral("502/TCP"), {QStringLiteral("Modbus TCP")}, 900, 19, QDate(), 0};
        return {s7, modbus};
    }

private slots:
    void passesTheModelTester()
    {
        IcsPortsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(IcsPortsModel::ColumnCount));
        model.setRows(sampleRows());
        QCOMPARE(model.rowCount(), 2);
        model.setRows({sampleRows().last()});
        QCOMPARE(model.rowCount(), 1);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void rolesAnswerForOneRow()
    {
        IcsPortsModel model;
        model.setRows(sampleRows());
        const QModelIndex packets = model.index(0, IcsPortsModel::Packets);
        QCOMPARE(packets.data(RawRole).toLongLong(), qint64(1200));
        QCOMPARE(model.index(0, IcsPortsModel::Service).data(KeyRole).toString(), QStringLiteral("102/TCP"));
        QCOMPARE(model.index(0, IcsPortsModel::Onset).data(RawRole).toDate(), QDate(2013, 8, 15));
        QVERIFY(!model.index(1, IcsPortsModel::Onset).data(RawRole).toDate().isValid());
        QVERIFY(!model.headerData(IcsPortsModel::CrawlerShare, Qt::Horizontal).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIcsPortsModel)
#include "tst_icsportsmodel.moc"
