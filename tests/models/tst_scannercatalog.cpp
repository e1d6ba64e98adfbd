// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include "scannercatalog.h"
#include "scannersharequery.h"
#include "workspacetypes.h"

using namespace teiten;

class TestScannerCatalog : public QObject {
    Q_OBJECT
private slots:
    void builtInListsShodanAndCensys()
    {
        const auto &c = ScannerCatalog::builtIn();
        QVERIFY(c.entries().size() >= 19);
        const ScannerEntry *e = c.lookup(*IpAddress::parse(QStringLiteral("66.240.192.138")));
        QVERIFY(e);
        QCOMPARE(e->scanner, QStringLiteral("shodan"));
        QCOMPARE(e->kind, QStringLiteral("search-engine"));
        QVERIFY(!e->source.isEmpty());
        QVERIFY(!e->recorded.isEmpty());
        QCOMPARE(c.lookup(*IpAddress::parse(QStringLiteral("162.142.125.77")))->scanner, QStringLiteral("censys"));
        QVERIFY(!c.lookup(*IpAddress::parse(QStringLiteral("66.240.192.139"))));
        QVERIFY(!c.lookup(*IpAddress::parse(QStringLiteral("2001:db8::1"))));
    }

    void userFileReplacesBuiltIn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# my list\nscanner,address_or_prefix,kind,note,source,recorded,valid\n"
                "lab,192.0.2.0/24,research,\"our own, scanner\",lab wiki,2026-01-01,\n"
                "lab-host,192.0.2.7,research,narrower,lab wiki,2026-01-01,\n");
        f.close();
        auto c = ScannerCatalog::active(path);
        QVERIFY(c);
        QCOMPARE(c->entries().size(), 2);
        QCOMPARE(c->entries()[0].note, QStringLiteral("our own, scanner"));
        QCOMPARE(c->lookup(*IpAddress::parse(QStringLiteral("192.0.2.7")))->scanner, QStringLiteral("lab-host"));
        QCOMPARE(c->lookup(*IpAddress::parse(QStringLiteral("192.0.2.8")))->scanner, QStringLiteral("lab"));
        QVERIFY(!c->lookup(*IpAddress::parse(QStringLiteral("66.240.192.138"))));
        QVERIFY(!ScannerCatalog::active(dir.filePath(QStringLiteral("missing.csv"))));
        QVERIFY(!ScannerCatalog::parse("s,not-an-address,k\n", QStringLiteral("x")));
    }

    void classOfSource()
    {
        const auto &c = ScannerCatalog::builtIn();
        QCOMPARE(ScannerShareQuery::classOf(*IpAddress::parse(QStringLiteral("71.6.135.131")), 0, c),
                 QStringLiteral("search-engine"));
        const IpAddress other = *IpAddress::parse(QStringLiteral("203.0.113.9"));
        QCOMPARE(ScannerShareQuery::classOf(other, fingerprint::ZMap, c), QStringLiteral("zmap"));
        QCOMPARE(ScannerShareQuery::classOf(other, fingerprint::Masscan, c), QStringLiteral("masscan"));
        QCOMPARE(ScannerShareQuery::classOf(other, fingerprint::Mirai | fingerprint::ZMap, c), QStringLiteral("mirai"));
        QCOMPARE(ScannerShareQuery::classOf(other, 0, c), QStringLiteral("other"));
    }
};

QTEST_GUILESS_MAIN(TestScannerCatalog)
#include "tst_scannercatalog.moc"
