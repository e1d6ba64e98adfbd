// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "icsportcatalog.h"

using namespace teiten;

class TestIcsPortCatalog : public QObject {
    Q_OBJECT
private slots:
    void builtInNamesTheClassicPorts()
    {
        const auto &c = IcsPortCatalog::builtIn();
        QVERIFY(c.entries().size() > 400);
        QVERIFY(c.isIcs({6, 502}));
        QVERIFY(c.isIcs({6, 102}));
        QVERIFY(c.isIcs({6, 20000}));
        QVERIFY(c.isIcs({17, 47808}));
        QVERIFY(c.isIcs({6, 44818}));
        QVERIFY(c.isIcs({6, 50005}));        // inside Siemens Spectrum Power TG 50001–50016
        QVERIFY(!c.isIcs({17, 502}));
        QVERIFY(!c.isIcs({6, 445}));
        QVERIFY(!c.isIcs({6, 80}));          // OPC UA XML runs over HTTP: generic, not counted
        QVERIFY(c.protocolsFor({6, 80}).contains(QStringLiteral("OPC UA XML")));
        QCOMPARE(c.protocolsFor({6, 502}), QStringList{QStringLiteral("Modbus TCP")});
        QCOMPARE(c.protocolsFor({6, 20000}), QStringList{QStringLiteral("DNP3")});
        QCOMPARE(c.sourcesFor({6, 102}), (QStringList{QStringLiteral("digitalbond-iti"), QStringLiteral("malcolm")}));
        QVERIFY(IcsPortCatalog::sourceTitle(QStringLiteral("malcolm")).contains(QStringLiteral("Malcolm")));
    }

    void rejectsBadRows()
    {
        QVERIFY(!IcsPortCatalog::parse("h\ntcp\t9\t1\tX\t\tsrc\t0\n", QStringLiteral("t")));
        QVERIFY(!IcsPortCatalog::parse("h\nxyz\t1\t1\tX\t\tsrc\t0\n", QStringLiteral("t")));
    }
};

QTEST_GUILESS_MAIN(TestIcsPortCatalog)
#include "tst_icsportcatalog.moc"
