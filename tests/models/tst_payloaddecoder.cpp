// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QTest>

#include "capturereader.h"
#include "packetdecoder.h"
#include "payloaddecoder.h"
#include "testsupport.h"

using namespace teiten;
using Kind = PayloadSummary::Kind;

namespace {

PayloadSummary udp(uint16_t sport, uint16_t dport, const QByteArray &payload)
{
    PayloadSummary s;
    PayloadDecoder::decode(ipproto::Udp, sport, dport, reinterpret_cast<const uint8_t *>(payload.constData()),
                           size_t(payload.size()), s);
    return s;
}

/// Packets of a capture whose payload summary is of `kind`, or -1 if it cannot be opened.
int countKind(const QString &path, Kind kind)
{
    auto r = CaptureReader::open(path);
    if (!r)
        return -1;
    RawFrame f;
    PacketRecord rec;
    int hits = 0;
    while ((*r)->next(f) == CaptureReader::Next::Packet) {
        if (PacketDecoder::decode(f.linkType, f.data, f.capturedLength, rec) == PacketDecoder::Outcome::Ok
            && rec.payload.kind == kind)
            ++hits;
    }
    return hits;
}

PayloadSummary dns(const QByteArray &msg)
{
    return udp(40000, 53, msg);
}

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(h);
}

// id abcd, flags, qd an ns ar
QByteArray dnsHeader(int flags, int qd, int an, int ns, int ar)
{
    QByteArray b = hex("abcd");
    for (int v : {flags, qd, an, ns, ar}) {
        b.append(char(v >> 8));
        b.append(char(v));
    }
    return b;
}

} // namespace

class TestPayloadDecoder : public QObject {
    Q_OBJECT

private slots:
    void dnsQueryAnyWithEdns()
    {
        // ANY "Example.COM" with RD and an OPT record advertising 4096 bytes
        const QByteArray msg = dnsHeader(0x0100, 1, 0, 0, 1) + hex("076578616d706c6503636f6d00") + hex("00ff0001")
            + hex("00") + hex("0029") + hex("1000") + hex("00000000") + hex("0000");
        QByteArray upper = msg;
        upper[13] = 'E';
        upper[21] = 'C';
        const PayloadSummary s = dns(upper);
        QCOMPARE(s.kind, Kind::Dns);
        QCOMPARE(s.qname, std::string("example.com"));
        QCOMPARE(s.qtype, 255);
        QCOMPARE(s.qclass, 1);
        QVERIFY(s.rd);
        QVERIFY(!s.response);
        QCOMPARE(s.ednsSize, 4096);
        QCOMPARE(s.dnsOpcode, 0);
        QCOMPARE(s.answerCount, 0);
        QCOMPARE(s.detail, std::string());
    }

    void dnsResponseWithCompression()
    {
        // response: question example.com A, one answer whose name is a pointer to offset 12, then OPT
        const QByteArray msg = dnsHeader(0x8183, 1, 1, 0, 1) + hex("076578616d706c6503636f6d00") + hex("00010001")
            + hex("c00c") + hex("00010001") + hex("0000003c") + hex("0004") + hex("c0000201")
            + hex("00") + hex("0029") + hex("04d0") + hex("00000000") + hex("0000");
        const PayloadSummary s = udp(53, 40000, msg);
        QCOMPARE(s.kind, Kind::Dns);
        QVERIFY(s.response);
        QCOMPARE(s.dnsRcode, 3);
        QCOMPARE(s.answerCount, 1);
        QCOMPARE(s.ednsSize, 1232);
        QCOMPARE(s.qname, std::string("example.com"));
        // a second question "www" + pointer back to "example.com" is walked over on the way to
        // the (absent) additional section
        const QByteArray ptr = dnsHeader(0x0000, 2, 0, 0, 0) + hex("076578616d706c6503636f6d00") + hex("00010001")
            + hex("03777777c00c") + hex("00100001");
        const PayloadSummary p = dns(ptr);
        QCOMPARE(p.qname, std::string("example.com"));
        QCOMPARE(p.ednsSize, 0);
    }

    void dnsRootName()
    {
        const PayloadSummary s = dns(dnsHeader(0x0100, 1, 0, 0, 0) + hex("00") + hex("00ff0001"));
        QCOMPARE(s.qname, std::string("."));
        QCOMPARE(s.qtype, 255);
    }

    void dnsCompressionLoop()
    {
        // question name is a pointer to itself (the zlip DoS) and a pair of pointers to each other
        const PayloadSummary self = dns(dnsHeader(0x0100, 1, 0, 0, 0) + hex("c00c") + hex("00010001"));
        QCOMPARE(self.kind, Kind::Dns);
        QCOMPARE(self.qname, std::string());
        QCOMPARE(self.detail, std::string("malformed qname"));
        const PayloadSummary pair = dns(dnsHeader(0x0100, 1, 0, 0, 0) + hex("03616263c00e") + hex("c00c"));
        QCOMPARE(pair.qname, std::string());
        QCOMPARE(pair.detail, std::string("malformed qname"));
    }

    void dnsPointerOutOfBounds()
    {
        const PayloadSummary s = dns(dnsHeader(0x0100, 1, 0, 0, 0) + hex("03616263c0ff") + hex("00010001"));
        QCOMPARE(s.kind, Kind::Dns);
        QCOMPARE(s.qname, std::string());
        const PayloadSummary cut = dns(dnsHeader(0x0100, 1, 0, 0, 0) + hex("0861626364"));
        QCOMPARE(cut.qname, std::string());
        QCOMPARE(cut.detail, std::string("malformed qname"));
        // OPT count that points past the end is ignored, not read
        const PayloadSummary opt = dns(dnsHeader(0x0100, 1, 0, 0, 5) + hex("0161") + hex("00") + hex("00010001"));
        QCOMPARE(opt.qname, std::string("a"));
        QCOMPARE(opt.ednsSize, 0);
    }

    void dnsNameTooLong()
    {
        QByteArray name;
        for (int i = 0; i < 5; ++i)
            name += char(63) + QByteArray(63, 'a');
        const PayloadSummary s = dns(dnsHeader(0x0100, 1, 0, 0, 0) + name + hex("00") + hex("00010001"));
        QCOMPARE(s.qname, std::string());
        QCOMPARE(s.detail, std::string("malformed qname"));
    }

    void dnsImplausible()
    {
        PayloadSummary s;
        const QByteArray junk = hex("ffffffffffffffffffffffffffff");
        QVERIFY(!PayloadDecoder::decodeDns(reinterpret_cast<const uint8_t *>(junk.constData()), size_t(junk.size()), s));
        QCOMPARE(dns(junk).kind, Kind::Unknown);
        QCOMPARE(dns(hex("abcd0100")).kind, Kind::Unknown); // shorter than a header
        QCOMPARE(dns(dnsHeader(0x0100, 0, 0, 0, 0)).kind, Kind::Unknown); // a query without question
    }

    void dnsOverTcp()
    {
        const QByteArray msg = dnsHeader(0x0100, 1, 0, 0, 0) + hex("0378797a00") + hex("00fc0001");
        QByteArray framed;
        framed.append(char(0));
        framed.append(char(msg.size()));
        framed += msg;
        PayloadSummary s;
        PayloadDecoder::decode(ipproto::Tcp, 5555, 53, reinterpret_cast<const uint8_t *>(framed.constData()),
                               size_t(framed.size()), s);
        QCOMPARE(s.kind, Kind::Dns);
        QCOMPARE(s.qtype, 252); // AXFR
        QCOMPARE(s.qname, std::string("xyz"));
    }

    void ntpMonlist()
    {
        // ntpdc -c monlist: mode 7, version 2, implementation XNTPD (3), request MON_GETLIST_1 (42)
        const QByteArray req = hex("1700032a") + QByteArray(44, '\0');
        const PayloadSummary s = udp(50000, 123, req);
        QCOMPARE(s.kind, Kind::Ntp);
        QCOMPARE(s.ntpMode, 7);
        QCOMPARE(s.ntpRequestCode, 42);
        QVERIFY(!s.response);
        QCOMPARE(s.detail, std::string("monlist"));
        const PayloadSummary resp = udp(123, 50000, hex("d700032a") + QByteArray(60, '\1'));
        QVERIFY(resp.response);
        QCOMPARE(udp(50000, 123, hex("17000314") + QByteArray(4, '\0')).detail, std::string("MON_GETLIST"));
    }

    void ntpControlAndClient()
    {
        const PayloadSummary rv = udp(50000, 123, hex("16020001000000000000000000"));
        QCOMPARE(rv.kind, Kind::Ntp);
        QCOMPARE(rv.ntpMode, 6);
        QCOMPARE(rv.ntpRequestCode, 2);
        QCOMPARE(rv.detail, std::string("readvar"));
        const PayloadSummary client = udp(50000, 123, hex("e3") + QByteArray(47, '\0'));
        QCOMPARE(client.ntpMode, 3);
        QVERIFY(!client.response);
        const PayloadSummary server = udp(123, 50000, hex("24") + QByteArray(47, '\0'));
        QCOMPARE(server.ntpMode, 4);
        QVERIFY(server.response);
        QCOMPARE(udp(50000, 123, hex("00000000")).kind, Kind::Unknown); // version 0
    }

    void ssdp()
    {
        const PayloadSummary s = udp(40000, 1900,
                                     "M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: \"ssdp:discover\"\r\n"
                                     "MX: 1\r\nst: ssdp:all\r\n\r\n");
        QCOMPARE(s.kind, Kind::Ssdp);
        QCOMPARE(s.detail, std::string("M-SEARCH ssdp:all"));
        QVERIFY(!s.response);
        const PayloadSummary r = udp(1900, 40000, "HTTP/1.1 200 OK\r\nST: upnp:rootdevice\r\nUSN: x\r\n\r\n");
        QVERIFY(r.response);
        QCOMPARE(r.detail, std::string("HTTP 200 upnp:rootdevice"));
        QCOMPARE(udp(40000, 1900, "GET / HTTP/1.1\r\n\r\n").kind, Kind::Unknown);
    }

    void snmp()
    {
        // GetBulkRequest, v2c, community "public"
        const QByteArray bulk = hex("302502010104067075626c6963a518020400000001020100020164300a300806042b06010500");
        const PayloadSummary s = udp(40000, 161, bulk);
        QCOMPARE(s.kind, Kind::Snmp);
        QCOMPARE(s.detail, std::string("GetBulkRequest v2c public"));
        QVERIFY(!s.response);
        // GetResponse v1 from a reflector
        const QByteArray resp = hex("302602010004067075626c6963a2190204000000010201000201003008300606022b060500");
        const PayloadSummary r = udp(161, 40000, resp);
        QCOMPARE(r.detail, std::string("GetResponse v1 public"));
        QVERIFY(r.response);
        QCOMPARE(udp(40000, 161, hex("3003020103")).detail, std::string("v3"));
        QCOMPARE(udp(40000, 161, hex("0102030405")).kind, Kind::Unknown);
        // community length running past the datagram
        QCOMPARE(udp(40000, 161, hex("3025020101047f7075626c6963")).kind, Kind::Unknown);
    }

    void memcached()
    {
        const PayloadSummary s = udp(40000, 11211, hex("0000000000010000") + "stats\r\n");
        QCOMPARE(s.kind, Kind::Memcached);
        QCOMPARE(s.detail, std::string("stats"));
        QVERIFY(!s.response);
        QCOMPARE(udp(40000, 11211, hex("0001000000010000") + "get a_key\r\n").detail, std::string("get"));
        const PayloadSummary r = udp(11211, 40000, hex("0000000000010000") + "STAT pid 1\r\n");
        QVERIFY(r.response);
        QCOMPARE(r.detail, std::string("STAT"));
        QCOMPARE(udp(40000, 11211, "stats\r\n").kind, Kind::Unknown); // frame header missing
        QCOMPARE(udp(40000, 11211, hex("0000000000010000") + "hello\r\n").kind, Kind::Unknown);
    }

    void textServices()
    {
        const PayloadSummary c = udp(40000, 19, "\n");
        QCOMPARE(c.kind, Kind::Chargen);
        QVERIFY(!c.response);
        const PayloadSummary reply = udp(19, 40000, " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefgh\r\n");
        QCOMPARE(reply.kind, Kind::Chargen);
        QVERIFY(reply.response);
        QCOMPARE(udp(19, 40000, hex("00010203040506070809")).kind, Kind::Unknown);
        QCOMPARE(udp(40000, 17, "x").kind, Kind::Qotd);
    }

    void otherAmplifiers_data()
    {
        QTest::addColumn<int>("sport");
        QTest::addColumn<int>("dport");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("detail");
        auto k = [](Kind x) { return int(x); };
        // NetBIOS NBSTAT query for "*"
        QTest::newRow("netbios") << 40000 << 137
                                 << hex("e5d800000001000000000000") + "\x20" + "CK" + QByteArray(30, 'A')
                                        + hex("0000210001")
                                 << k(Kind::NetBios) << "query NBSTAT *";
        QTest::newRow("portmap") << 40000 << 111
                                 << hex("0000000100000000000000020001869f00000002000000040000000000000000000000000000"
                                        "0000").replace(12, 4, hex("000186a0"))
                                 << k(Kind::Portmap) << "call v2 DUMP";
        QTest::newRow("quake") << 40000 << 27960 << hex("ffffffff") + "getstatus\n" << k(Kind::Quake) << "getstatus";
        QTest::newRow("steam") << 40000 << 27015 << hex("ffffffff") + QByteArray("TSource Engine Query\0", 21)
                               << k(Kind::Steam) << "A2S_INFO";
        QTest::newRow("dht") << 40000 << 6881 << QByteArray("d1:ad2:id20:abcdefghij0123456789e1:q4:ping1:t2:aa1:y1:qe")
                             << k(Kind::BitTorrent) << "dht ping";
        QTest::newRow("dht-any-port") << 40000 << 51413
                                      << QByteArray("d1:ad2:id20:abcdefghij0123456789e1:q9:get_peers1:t2:aa1:y1:qe")
                                      << k(Kind::BitTorrent) << "dht get_peers";
        QTest::newRow("kad") << 40000 << 4672 << hex("e401") << k(Kind::Kad) << "KADEMLIA2_BOOTSTRAP_REQ";
        QTest::newRow("cldap") << 40000 << 389
                               << hex("30840000002d02010163840000002404000a01000a0100020100020100010100870b6f626a656374"
                                      "636c617373308400000000")
                               << k(Kind::Ldap) << "searchRequest";
        QTest::newRow("tftp") << 40000 << 69 << QByteArray("\0\1config.txt\0octet\0", 19) << k(Kind::Tftp)
                              << "RRQ config.txt";
        QTest::newRow("mssql") << 40000 << 1434 << hex("02") << k(Kind::Mssql) << "CLNT_BCAST_EX";
        QTest::newRow("rip") << 40000 << 520 << hex("01010000") + hex("0000000000000000000000000000000000000010")
                             << k(Kind::Ripv1) << "request v1";
        QTest::newRow("coap") << 40000 << 5683 << hex("40011234bb2e77656c6c2d6b6e6f776e04636f7265") << k(Kind::Coap)
                              << "CON GET /.well-known/core";
        QTest::newRow("wsd") << 40000 << 3702
                             << QByteArray("<?xml version=\"1.0\"?><soap:Envelope><soap:Body><wsd:Probe/></soap:Body>")
                             << k(Kind::WsDiscovery) << "Probe";
        QTest::newRow("ubiquiti") << 40000 << 10001 << hex("01000000") << k(Kind::Ubiquiti) << "discovery v1 request";
        QTest::newRow("slp") << 40000 << 427 << hex("0201000031000000000000000002656e0000000c736572766963653a") << k(Kind::Other)
                             << "slp SrvRqst";
        QTest::newRow("bacnet") << 47808 << 40000 << hex("810a001101040005010c0c023fffff194b") << k(Kind::Other)
                                << "bacnet bvlc 0x0a";
        QTest::newRow("stun") << 40000 << 3478 << hex("000100002112a442") + QByteArray(12, '\1') << k(Kind::Other)
                              << "stun 0x0001";
        QTest::newRow("sip") << 40000 << 5060 << QByteArray("OPTIONS sip:100@192.0.2.1 SIP/2.0\r\n") << k(Kind::Other)
                             << "sip OPTIONS";
        QTest::newRow("ike") << 40000 << 500
                             << hex("0011223344556677") + QByteArray(8, '\0') + hex("01100200") + hex("00000000")
                                    + hex("0000001c")
                             << k(Kind::Other) << "ike v1";
        QTest::newRow("unknown") << 40000 << 4444 << QByteArray("hello") << k(Kind::Unknown) << "";
        QTest::newRow("wrong-content") << 40000 << 389 << QByteArray("hello") << k(Kind::Unknown) << "";
    }

    void otherAmplifiers()
    {
        QFETCH(int, sport);
        QFETCH(int, dport);
        QFETCH(QByteArray, payload);
        QFETCH(int, kind);
        QFETCH(QString, detail);
        const PayloadSummary s = udp(uint16_t(sport), uint16_t(dport), payload);
        QCOMPARE(int(s.kind), kind);
        QCOMPARE(QString::fromStdString(s.detail), detail);
    }

    void boundedAndPrintable()
    {
        // every prefix of every sample stays in bounds; detail is printable ASCII of <= 96 bytes
        const QByteArray samples[] = {
            hex("302502010104067075626c6963a518020400000001020100020164300a300806042b06010500"),
            QByteArray("M-SEARCH * HTTP/1.1\r\nST: ") + QByteArray(300, '\x01') + "\r\n",
            hex("40011234bb2e77656c6c2d6b6e6f776e04636f7265"),
            dnsHeader(0x0100, 1, 1, 1, 1) + hex("03616263c00c00010001c00c00290fff0000000000ff"),
        };
        for (const QByteArray &sample : samples)
            for (uint16_t port : {53, 123, 161, 389, 1900, 5683, 11211, 137, 111, 27015, 6881, 4672, 69, 1434, 520,
                                  3702, 10001, 19, 17, 427, 47808, 3478, 5060, 500})
                for (int n = 0; n <= sample.size(); ++n) {
                    const QByteArray cut = sample.left(n);
                    for (const PayloadSummary &s : {udp(40000, port, cut), udp(port, 40000, cut)}) {
                        QVERIFY(s.detail.size() <= 96);
                        for (char c : s.detail)
                            QVERIFY(c >= 0x20 && c < 0x7f);
                        QVERIFY(s.qname.size() <= 255);
                    }
                }
    }

    void keyAndNames()
    {
        PayloadSummary a = dns(dnsHeader(0x0100, 1, 0, 0, 0) + hex("0161") + hex("00") + hex("00010001"));
        PayloadSummary b = a;
        QCOMPARE(a.key(), b.key());
        b.rd = false;
        QVERIFY(a.key() != b.key());
        b = a;
        b.ednsSize = 512;
        QVERIFY(a.key() != b.key());
        // a '|' inside a name cannot collide with the field separator
        PayloadSummary c, d;
        c.kind = d.kind = Kind::Other;
        c.qname = "a|1";
        d.qname = "a";
        d.detail = "1";
        QVERIFY(c.key() != d.key());
        QCOMPARE(QByteArray::fromStdString(a.key()), QByteArray("dns|0|1:a|1|1|1|0|0|0|0|0|0|0:"));
        for (int i = 0; i <= int(Kind::Other); ++i) {
            const Kind k = Kind(i);
            QCOMPARE(payloadKindFromName(payloadKindName(k)), k);
        }
        QCOMPARE(QByteArray(payloadKindName(Kind::Ntp)), QByteArray("ntp"));
        QCOMPARE(payloadKindFromName("no-such-kind"), Kind::Unknown);
        QCOMPARE(payloadKindFromName(nullptr), Kind::None);
        a.clear();
        QVERIFY(a.empty());
        QVERIFY(a.qname.empty());
        QCOMPARE(a.key(), PayloadSummary().key());
    }

    void sharedAmplification()
    {
        TEITEN_REQUIRE_SHARED(QStringLiteral("pcap/amplification"));
        struct Expect {
            const char *file;
            Kind kind;
            int atLeast;
        };
        // tshark 4.0.17: 4079 UDP datagrams from port 161 (its 4100 "snmp" also counts SNMP quoted in ICMP)
        const Expect expect[] = {
            {"amp.UDP.snmp.src161.pcapng", Kind::Snmp, 4079},
            {"ntp-mode7.pcap", Kind::Ntp, 1},
            {"ntp-control.pcap", Kind::Ntp, 1},
            // tshark: 6737 BVLC datagrams from 47808 (BACnet reflection) and 2377 from 37810 (DVR
            // DHDiscover, 3 of them too short to tell), both counted under Other
            {"amp.UDP.bacnet.IOT.37810.pcapng", Kind::Other, 6737 + 2374},
        };
        for (const Expect &e : expect) {
            const int hits = countKind(sharedPath_ + QLatin1Char('/') + QLatin1String(e.file), e.kind);
            QVERIFY2(hits >= e.atLeast, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(e.file)).arg(hits)));
        }
    }

    void sharedDns()
    {
        TEITEN_REQUIRE_SHARED(QStringLiteral("pcap/dns/dns-wiresharkrepo.pcap"));
        QVERIFY(countKind(sharedPath_, Kind::Dns) > 0);
    }
};

QTEST_GUILESS_MAIN(TestPayloadDecoder)
#include "tst_payloaddecoder.moc"
