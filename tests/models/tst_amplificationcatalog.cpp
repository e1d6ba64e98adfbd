// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "amplificationcatalog.h"

using namespace teiten;

class TestAmplificationCatalog : public QObject {
    Q_OBJECT
private slots:
    void builtInHasRossowsFactors()
    {
        const auto &c = AmplificationCatalog::builtIn();
        QVERIFY(c.entries().size() >= 18);
        QCOMPARE(c.protocolFor(17, 53), QStringLiteral("DNS"));
        QCOMPARE(c.protocolFor(17, 123), QStringLiteral("NTP"));
        QCOMPARE(c.protocolFor(6, 53), QString());
        QCOMPARE(c.maxBafFor(17, 123), 556.9);
        QCOMPARE(c.maxBafFor(17, 19), 358.8);
        QCOMPARE(c.maxBafFor(17, 11211), 10000.0);
    }

    void matchesRequests()
    {
        const auto &c = AmplificationCatalog::builtIn();
        PayloadInfo any;
        any.kind = QStringLiteral("dns");
        any.qtype = 255;
        any.rd = true;
        const AmplificationEntry *e = c.match(any);
        QVERIFY(e);
        QCOMPARE(e->baf, 54.6);
        any.rd = false;
        QCOMPARE(c.match(any)->baf, 28.7);
        PayloadInfo a = any;
        a.qtype = 1;
        QVERIFY(!c.match(a));          // a plain A query asks for nothing large
        a.ednsSize = 4096;
        QVERIFY(c.match(a));           // … unless it offers a large EDNS0 buffer
        any.response = true;
        QVERIFY(!c.match(any));        // replies are never requests

        PayloadInfo monlist;
        monlist.kind = QStringLiteral("ntp");
        monlist.ntpMode = 7;
        monlist.ntpCode = 42;
        QCOMPARE(c.match(monlist)->protocol, QStringLiteral("NTP"));
        monlist.ntpMode = 3;           // a client time request
        QVERIFY(!c.match(monlist));

        PayloadInfo ssdp;
        ssdp.kind = QStringLiteral("ssdp");
        ssdp.detail = QStringLiteral("M-SEARCH ssdp:all");
        QCOMPARE(c.match(ssdp)->baf, 30.8);
    }

    void rejectsBadRows()
    {
        QVERIFY(!AmplificationCatalog::parse("header\nDNS\tudp\tx\tdns\tq\t*\t1\t1\tR14\n", QStringLiteral("t.tsv")));
        QVERIFY(!AmplificationCatalog::parse("header\nDNS\tudp\n", QStringLiteral("t.tsv")));
    }
};

QTEST_GUILESS_MAIN(TestAmplificationCatalog)
#include "tst_amplificationcatalog.moc"
