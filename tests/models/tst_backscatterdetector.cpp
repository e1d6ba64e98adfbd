// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "backscatterdetector.h"

using namespace teiten;

namespace {

constexpr qint64 kMin = 60LL * 1000000;

ReplyFlow reply(const char *src, const char *dst, uint8_t proto, int sport, int flags, qint64 t, qint64 packets,
                int sensor)
{
    ReplyFlow f;
    f.src = *IpAddress::parse(QString::fromLatin1(src));
    f.dst = *IpAddress::parse(QString::fromLatin1(dst));
    f.proto = proto;
    f.srcPort = sport;
    f.dstPort = 40000;
    f.tcpFlags = flags;
    f.firstUs = t;
    f.lastUs = t + 10 * kMin;
    f.packets = packets;
    f.sensorId = sensor;
    f.region = QStringLiteral("US");
    return f;
}

} // namespace

class TestBackscatterDetector : public QObject {
    Q_OBJECT
private slots:
    void kinds()
    {
        QCOMPARE(BackscatterDetector::kindOf(reply("192.0.2.1", "198.51.100.1", 6, 80, 0x12, 0, 1, 1)), ReplyKind::SynAck);
        QCOMPARE(BackscatterDetector::kindOf(reply("192.0.2.1", "198.51.100.1", 6, 80, 0x14, 0, 1, 1)), ReplyKind::Rst);
        QCOMPARE(BackscatterDetector::kindOf(reply("192.0.2.1", "198.51.100.1", 6, 80, 0x02, 0, 1, 1)), ReplyKind::None);
        QCOMPARE(BackscatterDetector::kindOf(reply("192.0.2.1", "198.51.100.1", 1, 3, 0, 0, 1, 1)),
                 ReplyKind::IcmpUnreachable);
        QCOMPARE(BackscatterDetector::kindOf(reply("192.0.2.1", "198.51.100.1", 1, 11, 0, 0, 1, 1)),
                 ReplyKind::IcmpTimeExceeded);
        QCOMPARE(BackscatterDetector::kindOf(reply("192.0.2.1", "198.51.100.1", 1, 8, 0, 0, 1, 1)), ReplyKind::None);
        QCOMPARE(BackscatterDetector::kindOf(reply("2001:db8::1", "2001:db8::2", 58, 1, 0, 0, 1, 1)),
                 ReplyKind::IcmpUnreachable);
        auto dns = reply("192.0.2.1", "198.51.100.1", 17, 53, 0, 0, 1, 1);
        dns.payloadKind = QStringLiteral("dns");
        dns.payloadResponse = true;
        QCOMPARE(BackscatterDetector::kindOf(dns), ReplyKind::DnsResponse);
    }

    void victimSeenOnManyAddresses()
    {
        // One web server answers a spoofed SYN flood: SYN-ACKs from port 80 to four sensor
        // addresses over two hours; one stray RST from elsewhere stays below the thresholds.
        QVector<ReplyFlow> flows;
        const char *dsts[] = {"198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4"};
        for (int i = 0; i < 12; ++i)
            flows << reply("192.0.2.80", dsts[i % 4], 6, 80, 0x12, i * 10 * kMin, 5, 1 + i % 3);
        flows << reply("203.0.113.5", "198.51.100.1", 6, 443, 0x14, 0, 1, 1);
        const auto eps = BackscatterDetector().detect(flows);
        QCOMPARE(eps.size(), 1);
        QCOMPARE(eps[0].perspective, BackscatterEpisode::Perspective::Victim);
        QCOMPARE(eps[0].host.toString(), QStringLiteral("192.0.2.80"));
        QCOMPARE(eps[0].packets, 60);
        QCOMPARE(eps[0].kind, ReplyKind::SynAck);
        QCOMPARE(eps[0].servicePort, 80);
        QCOMPARE(eps[0].addresses, 4);
        QCOMPARE(eps[0].sensors, 3);
    }

    void gapSplitsAttacks()
    {
        QVector<ReplyFlow> flows;
        for (int i = 0; i < 6; ++i)
            flows << reply("192.0.2.80", i % 2 ? "198.51.100.1" : "198.51.100.2", 6, 80, 0x12, i * 5 * kMin, 5, 1);
        for (int i = 0; i < 6; ++i)
            flows << reply("192.0.2.80", i % 2 ? "198.51.100.1" : "198.51.100.2", 6, 80, 0x12, 3000 * kMin + i * 5 * kMin, 5, 1);
        QCOMPARE(BackscatterDetector().detect(flows).size(), 2);
    }

    void reflectionAtOneAddress()
    {
        // Forty servers send SYN-ACKs to one sensor address: it was spoofed as a reflection victim.
        QVector<ReplyFlow> flows;
        for (int i = 0; i < 40; ++i)
            flows << reply(qPrintable(QStringLiteral("192.0.2.%1").arg(i + 1)), "198.51.100.9", 6, 80, 0x12, i * kMin, 3, 1);
        const auto eps = BackscatterDetector().detect(flows);
        QCOMPARE(eps.size(), 1);
        QCOMPARE(eps[0].perspective, BackscatterEpisode::Perspective::ReflectionTarget);
        QCOMPARE(eps[0].host.toString(), QStringLiteral("198.51.100.9"));
        QCOMPARE(eps[0].addresses, 40);
    }
};

QTEST_GUILESS_MAIN(TestBackscatterDetector)
#include "tst_backscatterdetector.moc"
