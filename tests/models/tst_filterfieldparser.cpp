// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "filterfieldparser.h"

using namespace teiten;
using Problem = FilterFieldParser::Problem;

Q_DECLARE_METATYPE(FilterFieldParser::Problem)

class TestFilterFieldParser : public QObject {
    Q_OBJECT

private slots:
    void emptyFieldsMeanNoFilter()
    {
        const auto p = FilterFieldParser::parse({});
        QCOMPARE(p.problem, Problem::None);
        QVERIFY(!p.proto);
        QVERIFY(p.region.isEmpty());
        QVERIFY(!p.port);
        QVERIFY(!p.source);
    }

    void validFields()
    {
        const auto p = FilterFieldParser::parse({QStringLiteral(" udp "), QStringLiteral("cn"), QStringLiteral("53"),
                                                 QStringLiteral("192.0.2.0/24")});
        QCOMPARE(p.problem, Problem::None);
        QCOMPARE(p.proto, std::optional<uint8_t>(17));
        QCOMPARE(p.region, QStringLiteral("CN"));
        QCOMPARE(p.port, std::optional<int>(53));
        QVERIFY(p.source);
        QCOMPARE(p.source->toString(), QStringLiteral("192.0.2.0/24"));
    }

    void regionNamesInBothLanguages()
    {
        QCOMPARE(FilterFieldParser::regionCode(QStringLiteral("japan")), std::optional<QString>(QStringLiteral("JP")));
        QCOMPARE(FilterFieldParser::regionCode(QStringLiteral("中国")), std::optional<QString>(QStringLiteral("CN")));
        QCOMPARE(FilterFieldParser::regionCode(QStringLiteral("Atlantis")), std::nullopt);
    }

    void protocolNumbers()
    {
        QCOMPARE(FilterFieldParser::protocolNumber(QStringLiteral("255")), std::optional<uint8_t>(255));
        QCOMPARE(FilterFieldParser::protocolNumber(QStringLiteral("256")), std::nullopt);
        QCOMPARE(FilterFieldParser::protocolNumber(QStringLiteral("ICMPv6")), std::optional<uint8_t>(58));
    }

    void firstProblemWins_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("source");
        QTest::addColumn<Problem>("problem");
        QTest::newRow("protocol") << "TCPX" << "XX-bad" << "99999" << "nope" << Problem::UnknownProtocol;
        QTest::newRow("region") << "" << "Atlantis" << "99999" << "nope" << Problem::UnknownRegion;
        QTest::newRow("port too big") << "" << "" << "65536" << "" << Problem::BadPort;
        QTest::newRow("port sign") << "" << "" << "+53" << "" << Problem::BadPort;
        QTest::newRow("prefix length") << "" << "" << "" << "1.2.3.4/99" << Problem::BadPrefixLength;
        QTest::newRow("v6 prefix length") << "" << "" << "" << "2001:db8::/129" << Problem::BadPrefixLength;
        QTest::newRow("source") << "" << "" << "" << "1.2.3" << Problem::BadSource;
        QTest::newRow("injection") << "" << "CN'; DROP TABLE flow_hour; --" << "" << "" << Problem::UnknownRegion;
    }

    void firstProblemWins()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, region);
        QFETCH(QString, port);
        QFETCH(QString, source);
        QFETCH(Problem, problem);
        const auto p = FilterFieldParser::parse({protocol, region, port, source});
        QCOMPARE(p.problem, problem);
        QVERIFY(!p.proto && !p.port && !p.source && p.region.isEmpty());
    }

    void sourceWithSurroundingSpaces()
    {
        // The field is validated trimmed, so the value must be parsed trimmed too.
        const auto p = FilterFieldParser::parse({{}, {}, {}, QStringLiteral(" 198.51.100.7 ")});
        QCOMPARE(p.problem, Problem::None);
        QVERIFY(p.source);
        QCOMPARE(p.source->length, 32);
    }
};

QTEST_GUILESS_MAIN(TestFilterFieldParser)
#include "tst_filterfieldparser.moc"
