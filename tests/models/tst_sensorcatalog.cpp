// SPDX-License-Identifier: GPL-3.0-or-later
// SensorCatalog (sensors.csv): what the parser accepts, how it normalises rows, and that every
// rejection names the file and the line. The same parser is fuzzed by tests/fuzz/fuzz_sensorcatalog.
#include <QTemporaryDir>
#include <QTest>

#include "sensorcatalog.h"

using namespace teiten;

class TestSensorCatalog : public QObject {
    Q_OBJECT

private slots:
    void headerQuotingAndRegions();
    void crlfCommentsAndBlankLinesWithoutHeader();
    void prefixAndLabelNormalised();
    void rejectedRowsNameFileAndLine_data();
    void rejectedRowsNameFileAndLine();
    void lineNumbersCountNewlinesInsideQuotes();
    void rowLimit();
    void sensorNames();
    void loadMissingFile();
};

namespace {
const QString kFile = QStringLiteral("site/sensors.csv");
}

void TestSensorCatalog::headerQuotingAndRegions()
{
    const QByteArray csv = "sensor,address_or_prefix,region,label\n"
                           "tokyo-1,192.0.2.0/24,JP,Tokyo darknet\n"
                           "osaka-2,2001:db8:1::/48,jp,\"Osaka, v6 block\"\n"
                           "edge, 198.51.100.7 ,,\"quoted \"\"label\"\"\"\n";
    const auto rows = SensorCatalog::parse(csv, kFile);
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0).sensor, QStringLiteral("tokyo-1"));
    QCOMPARE(rows->at(0).prefixText, QStringLiteral("192.0.2.0/24"));
    QCOMPARE(rows->at(0).prefix.length, 24);
    QCOMPARE(rows->at(0).region, QStringLiteral("JP"));
    QCOMPARE(rows->at(0).label, QStringLiteral("Tokyo darknet"));
    QCOMPARE(rows->at(1).prefixText, QStringLiteral("2001:db8:1::/48"));
    QCOMPARE(rows->at(1).region, QStringLiteral("JP")); // upper-cased
    QCOMPARE(rows->at(1).label, QStringLiteral("Osaka, v6 block"));
    QCOMPARE(rows->at(2).prefixText, QStringLiteral("198.51.100.7")); // a host address, no "/32"
    QCOMPARE(rows->at(2).prefix.length, 32);
    QVERIFY(rows->at(2).region.isEmpty());
    QCOMPARE(rows->at(2).label, QStringLiteral("quoted \"label\""));
}

void TestSensorCatalog::crlfCommentsAndBlankLinesWithoutHeader()
{
    const QByteArray csv = "# exported by hand\r\n\r\na,203.0.113.0/25\r\n\r\nb,2001:db8::1,us,\r\n";
    const auto rows = SensorCatalog::parse(csv, kFile);
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).sensor, QStringLiteral("a"));
    QVERIFY(rows->at(0).region.isEmpty());
    QCOMPARE(rows->at(1).prefixText, QStringLiteral("2001:db8::1"));
    QCOMPARE(rows->at(1).prefix.length, 128);
    QCOMPARE(rows->at(1).region, QStringLiteral("US"));
    QVERIFY(rows->at(1).label.isEmpty());
}

void TestSensorCatalog::prefixAndLabelNormalised()
{
    const QByteArray longLabel(300, 'x');
    const auto rows = SensorCatalog::parse("s,192.0.2.77/24,,\"" + longLabel + "\"", kFile);
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->at(0).prefixText, QStringLiteral("192.0.2.0/24")); // host bits cleared
    QCOMPARE(rows->at(0).label, QString::fromLatin1(longLabel.left(200)));
}

void TestSensorCatalog::rejectedRowsNameFileAndLine_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("prefix"); // how the message starts: file and line
    QTest::addColumn<QString>("reason");
    QTest::newRow("unterminated quote") << QByteArray("a,192.0.2.1\nb,192.0.2.2,,\"open\n")
                                        << QStringLiteral("site/sensors.csv:2:") << QStringLiteral("unterminated");
    QTest::newRow("one field") << QByteArray("sensor,address\nlonely\n") << QStringLiteral("site/sensors.csv:2:")
                               << QStringLiteral("found 1 fields");
    QTest::newRow("five fields") << QByteArray("a,192.0.2.1,JP,l,extra") << QStringLiteral("site/sensors.csv:1:")
                                 << QStringLiteral("found 5 fields");
    QTest::newRow("slash in name") << QByteArray("a/b,192.0.2.1") << QStringLiteral("site/sensors.csv:1:")
                                   << QStringLiteral("invalid sensor name 'a/b'");
    QTest::newRow("control char in name") << QByteArray("a\tb,192.0.2.1") << QStringLiteral("site/sensors.csv:1:")
                                          << QStringLiteral("invalid sensor name");
    QTest::newRow("not an address") << QByteArray("\n\na,192.0.2.300") << QStringLiteral("site/sensors.csv:3:")
                                    << QStringLiteral("'192.0.2.300' is not an address or prefix");
    QTest::newRow("v4 prefix too long") << QByteArray("a,192.0.2.0/33") << QStringLiteral("site/sensors.csv:1:")
                                        << QStringLiteral("is not an address or prefix");
    QTest::newRow("negative length") << QByteArray("a,2001:db8::/-1") << QStringLiteral("site/sensors.csv:1:")
                                     << QStringLiteral("is not an address or prefix");
    QTest::newRow("three-letter region") << QByteArray("a,192.0.2.1,JPN") << QStringLiteral("site/sensors.csv:1:")
                                         << QStringLiteral("region 'JPN' is not a two-letter ISO code");
    QTest::newRow("digit in region") << QByteArray("a,192.0.2.1,J1") << QStringLiteral("site/sensors.csv:1:")
                                     << QStringLiteral("two-letter ISO code");
}

void TestSensorCatalog::rejectedRowsNameFileAndLine()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, prefix);
    QFETCH(QString, reason);
    const auto rows = SensorCatalog::parse(csv, kFile);
    QVERIFY(!rows);
    QCOMPARE(rows.error().code, Error::Code::BadFormat);
    QVERIFY2(rows.error().message.startsWith(prefix), qPrintable(rows.error().message));
    QVERIFY2(rows.error().message.contains(reason), qPrintable(rows.error().message));
}

void TestSensorCatalog::lineNumbersCountNewlinesInsideQuotes()
{
    // The quoted label spans lines 1-2, so the bad row is line 3 of the file, not the second record.
    const auto rows = SensorCatalog::parse("a,192.0.2.1,,\"two\nlines\"\nb,bogus\n", kFile);
    QVERIFY(!rows);
    QVERIFY2(rows.error().message.startsWith(QStringLiteral("site/sensors.csv:3:")), qPrintable(rows.error().message));
}

void TestSensorCatalog::rowLimit()
{
    // MaxRows distinct addresses 10.x.y.z, then one row more.
    QByteArray csv;
    csv.reserve(SensorCatalog::MaxRows * 16);
    for (int i = 0; i < SensorCatalog::MaxRows; ++i)
        csv += "s,10." + QByteArray::number((i >> 16) & 0xff) + '.' + QByteArray::number((i >> 8) & 0xff) + '.'
            + QByteArray::number(i & 0xff) + '\n';
    const auto atLimit = SensorCatalog::parse(csv, kFile);
    QVERIFY2(atLimit, atLimit ? "" : qPrintable(atLimit.error().message));
    QCOMPARE(atLimit->size(), SensorCatalog::MaxRows);

    const auto over = SensorCatalog::parse(csv + "s,192.0.2.1\n", kFile);
    QVERIFY(!over);
    QCOMPARE(over.error().message, QStringLiteral("site/sensors.csv: more than 100000 rows"));
}

void TestSensorCatalog::sensorNames()
{
    QVERIFY(SensorCatalog::isValidSensorName(QStringLiteral("tokyo-1 (東京)")));
    QVERIFY(SensorCatalog::isValidSensorName(QString(64, QLatin1Char('n'))));
    QVERIFY(!SensorCatalog::isValidSensorName(QString(65, QLatin1Char('n'))));
    QVERIFY(!SensorCatalog::isValidSensorName(QString()));
    QVERIFY(!SensorCatalog::isValidSensorName(QStringLiteral("a\\b")));
    QVERIFY(!SensorCatalog::isValidSensorName(QStringLiteral("a,b")));
    QVERIFY(!SensorCatalog::isValidSensorName(QStringLiteral("a\nb")));
}

void TestSensorCatalog::loadMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("absent.csv"));
    const auto rows = SensorCatalog::load(path);
    QVERIFY(!rows);
    QCOMPARE(rows.error().code, Error::Code::NotFound);
    QVERIFY(rows.error().message.startsWith(path));
}

QTEST_GUILESS_MAIN(TestSensorCatalog)
#include "tst_sensorcatalog.moc"
