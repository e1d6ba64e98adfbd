// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QtConcurrent>

#include "regionnames.h"

using namespace teiten;

class TestRegionNames : public QObject {
    Q_OBJECT

private slots:
    void concurrentFirstUse(); // first on purpose: races the one-time table load
    void everyIsoCodeHasBothNames();
    void publishedReportSpellings_data();
    void publishedReportSpellings();
    void userAssignedCodes();
    void unknownAndCaseInsensitive();
    void languageSelection();
    void codesAreSorted();
};

void TestRegionNames::concurrentFirstUse()
{
    QList<int> work(64);
    std::iota(work.begin(), work.end(), 0);
    const QList<QString> names = QtConcurrent::blockingMapped(work, [](int i) {
        return RegionNames::name(i % 2 ? QStringLiteral("JP") : QStringLiteral("US"),
                                 i % 3 ? QStringLiteral("ja") : QStringLiteral("en"));
    });
    for (int i = 0; i < names.size(); ++i) {
        const QString expected = i % 3 ? (i % 2 ? QStringLiteral("日本") : QStringLiteral("米国"))
                                       : (i % 2 ? QStringLiteral("Japan") : QStringLiteral("United States"));
        QCOMPARE(names[i], expected);
    }
}

void TestRegionNames::everyIsoCodeHasBothNames()
{
    // Debian's iso-codes is the source of the table; when present, check against all of it.
    QSet<QString> iso;
    QFile json(QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json"));
    if (json.open(QIODevice::ReadOnly)) {
        const QJsonArray entries = QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("3166-1")).toArray();
        for (const auto &e : entries)
            iso.insert(e.toObject().value(QStringLiteral("alpha_2")).toString());
        QCOMPARE(iso.size(), 249);
    }
    const QStringList codes = RegionNames::codes();
    QVERIFY2(codes.size() >= 249 + 1, qPrintable(QString::number(codes.size())));
    for (const QString &c : std::as_const(iso))
        QVERIFY2(codes.contains(c), qPrintable(c));

    for (const QString &code : codes) {
        QCOMPARE(code.size(), 2);
        QVERIFY(RegionNames::isKnown(code));
        const QString en = RegionNames::name(code, QStringLiteral("en"));
        const QString ja = RegionNames::name(code, QStringLiteral("ja"));
        QVERIFY2(!en.isEmpty() && en != code, qPrintable(code));
        QVERIFY2(!ja.isEmpty() && ja != code, qPrintable(code));
        // Every name has a real Japanese rendering: none copied from English (no exceptions
        // needed today; add a justified list here if iso-codes ever requires one).
        QVERIFY2(ja != en, qPrintable(code + QLatin1Char(' ') + en));
        bool hasJapanese = false;
        for (const QChar ch : ja)
            hasJapanese |= ch.unicode() >= 0x3000;
        QVERIFY2(hasJapanese, qPrintable(code + QLatin1Char(' ') + ja));
        for (const QChar ch : en)
            QVERIFY2(ch.unicode() < 0x3000, qPrintable(code + QLatin1Char(' ') + en));
    }
}

void TestRegionNames::publishedReportSpellings_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("ja");
    QTest::newRow("TW") << "TW" << "Taiwan" << "台湾";
    QTest::newRow("US") << "US" << "United States" << "米国";
    QTest::newRow("KR") << "KR" << "South Korea" << "韓国";
    QTest::newRow("KP") << "KP" << "North Korea" << "北朝鮮";
    QTest::newRow("GB") << "GB" << "United Kingdom" << "英国";
    QTest::newRow("RU") << "RU" << "Russia" << "ロシア";
    QTest::newRow("CN") << "CN" << "China" << "中国";
    QTest::newRow("JP") << "JP" << "Japan" << "日本";
    QTest::newRow("VN") << "VN" << "Vietnam" << "ベトナム";
    QTest::newRow("IR") << "IR" << "Iran" << "イラン";
    QTest::newRow("DE") << "DE" << "Germany" << "ドイツ";
    QTest::newRow("CZ") << "CZ" << "Czechia" << "チェコ";
    QTest::newRow("TR") << "TR" << "Türkiye" << "トルコ";
}

void TestRegionNames::publishedReportSpellings()
{
    QFETCH(QString, code);
    QFETCH(QString, en);
    QFETCH(QString, ja);
    QCOMPARE(RegionNames::name(code, QStringLiteral("en")), en);
    QCOMPARE(RegionNames::name(code, QStringLiteral("ja")), ja);
}

void TestRegionNames::userAssignedCodes()
{
    QCOMPARE(RegionNames::name(QStringLiteral("ZZ"), QStringLiteral("en")), QStringLiteral("Unknown"));
    QCOMPARE(RegionNames::name(QStringLiteral("ZZ"), QStringLiteral("ja")), QStringLiteral("不明"));
    QCOMPARE(RegionNames::name(QStringLiteral("EU"), QStringLiteral("ja")), QStringLiteral("欧州連合"));
    QCOMPARE(RegionNames::name(QStringLiteral("AP"), QStringLiteral("en")), QStringLiteral("Asia/Pacific Region"));
    QCOMPARE(RegionNames::name(QStringLiteral("XK"), QStringLiteral("ja")), QStringLiteral("コソボ"));
}

void TestRegionNames::unknownAndCaseInsensitive()
{
    QCOMPARE(RegionNames::name(QStringLiteral("QQ"), QStringLiteral("ja")), QStringLiteral("QQ"));
    QVERIFY(!RegionNames::isKnown(QStringLiteral("QQ")));
    QVERIFY(!RegionNames::isKnown(QString()));
    QCOMPARE(RegionNames::name(QString(), QStringLiteral("en")), QString());
    QVERIFY(RegionNames::isKnown(QStringLiteral("jp")));
    QCOMPARE(RegionNames::name(QStringLiteral("jp"), QStringLiteral("ja")), QStringLiteral("日本"));
}

void TestRegionNames::languageSelection()
{
    QCOMPARE(RegionNames::name(QStringLiteral("JP"), QStringLiteral("ja_JP")), QStringLiteral("日本"));
    QCOMPARE(RegionNames::name(QStringLiteral("JP"), QStringLiteral("ja-JP")), QStringLiteral("日本"));
    QCOMPARE(RegionNames::name(QStringLiteral("JP"), QStringLiteral("de")), QStringLiteral("Japan"));
    QCOMPARE(RegionNames::name(QStringLiteral("JP"), QString()), QStringLiteral("Japan"));
}

void TestRegionNames::codesAreSorted()
{
    const QStringList codes = RegionNames::codes();
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
}

QTEST_GUILESS_MAIN(TestRegionNames)
#include "tst_regionnames.moc"
