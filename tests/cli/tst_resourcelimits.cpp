// SPDX-License-Identifier: GPL-3.0-or-later
// Resource exhaustion: a disk that fills up during an import (a size-limited tmpfs), record headers
// claiming billions of bytes, a pcapng with fifty thousand interfaces, a capture still being
// written while it is imported, and a capture larger than 4 GiB (sparse, so it is made in a
// moment), and one capture in which every packet is new (source, destination, port: every cache
// and buffer of the import and of the summaries it stores at its end reaches its bound). Every import runs as a child `teiten import` whose own peak RSS (wait4) must stay bounded.
#include <atomic>
#include <thread>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include "capturereader.h"
#include "childprocess.h"
#include "mmdbwriter.h"
#include "ipaddress.h"
#include "packetbuilder.h"
#include "sanitizerbuild.h"
#include "scratchmount.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "storedtuples.h"
#include "testsupport.h"

using namespace teiten;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kMaxRssKb = 1500 * 1024; // ASan's shadow memory and quarantine come on top
#else
constexpr qint64 kMaxRssKb = 300 * 1024;
#endif

constexpr uint32_t kT0 = 1372636800; // 2013-07-01T00:00:00Z

QByteArray le32(uint32_t v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray le16(uint16_t v)
{
    QByteArray b(2, Qt::Uninitialized);
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray udpFrame(uint32_t src, uint16_t port)
{
    PacketBuilder b(PacketBuilder::Link::Ethernet);
    PacketBuilder::IpFields ip;
    ip.src = IpAddress::fromV4(src);
    ip.dst = IpAddress::fromV4(0xC0000201);
    const uint8_t payload[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    b.udp(ip, 40000, port, payload, sizeof payload);
    return b.frame();
}

QByteArray pcapHeader(uint32_t snaplen = 65535)
{
    return le32(0xa1b2c3d4) + le16(2) + le16(4) + le32(0) + le32(0) + le32(snaplen) + le32(1);
}

QByteArray pcapRecord(uint32_t sec, const QByteArray &frame)
{
    return le32(sec) + le32(0) + le32(uint32_t(frame.size())) + le32(uint32_t(frame.size())) + frame;
}

QByteArray pcapngBlock(uint32_t type, const QByteArray &body)
{
    QByteArray padded = body;
    while (padded.size() % 4)
        padded.append('\0');
    const uint32_t len = uint32_t(12 + padded.size());
    return le32(type) + le32(len) + padded + le32(len);
}

QByteArray pcapngSectionHeader()
{
    return pcapngBlock(0x0A0D0D0A, le32(0x1A2B3C4D) + le16(1) + le16(0) + le32(0xFFFFFFFF) + le32(0xFFFFFFFF));
}

QByteArray pcapngInterface()
{
    return pcapngBlock(1, le16(1) + le16(0) + le32(0));
}

QByteArray pcapngPacket(uint32_t interface, uint32_t sec, const QByteArray &frame)
{
    const uint64_t us = uint64_t(sec) * 1000000;
    return pcapngBlock(6, le32(interface) + le32(uint32_t(us >> 32)) + le32(uint32_t(us)) + le32(uint32_t(frame.size()))
                              + le32(uint32_t(frame.size())) + frame);
}

QJsonObject importJson(const test::ChildRun &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QJsonObject fileOutcome(const QJsonObject &report, const QString &path)
{
    for (const auto &v : report.value(QStringLiteral("files")).toArray())
        if (v.toObject().value(QStringLiteral("path")).toString() == QFileInfo(path).absoluteFilePath())
            return v.toObject();
    return {};
}

} // namespace

class TestResourceLimits : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void diskFullRollsBackTheFile();
    void hugeRecordLengths_data();
    void hugeRecordLengths();
    void fiftyThousandInterfaces();
    void fileGrowingWhileImported();
    void captureLargerThan4GiB();
    void everyCacheAtItsBound();

private:
    test::ChildRun import(const QString &db, const QStringList &paths, int timeoutMs = 300000);
    void verifyRss(const test::ChildRun &r, const char *what);
    QTemporaryDir m_tmp;
};

void TestResourceLimits::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFileInfo(test::teitenBinary()).isExecutable(), "TEITEN_BIN is not set to the built binary");
}

test::ChildRun TestResourceLimits::import(const QString &db, const QStringList &paths, int timeoutMs)
{
    return test::runTeitenChild(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--sensor"),
                                       QStringLiteral("lab-01"), QStringLiteral("--format"), QStringLiteral("json")}
                               + paths,
                           timeoutMs);
}

void TestResourceLimits::verifyRss(const test::ChildRun &r, const char *what)
{
    qInfo("%s: peak RSS of teiten import %lld MB", what, r.maxRssKb / 1024);
    QVERIFY2(r.maxRssKb > 0 && r.maxRssKb < kMaxRssKb,
             qPrintable(QStringLiteral("%1: peak RSS %2 kB (limit %3 kB)").arg(QLatin1String(what)).arg(r.maxRssKb).arg(kMaxRssKb)));
}

void TestResourceLimits::diskFullRollsBackTheFile()
{
    const QString mountDir = m_tmp.filePath(QStringLiteral("small-disk"));
    QVERIFY(QDir().mkpath(mountDir));
    QString why;
    // 4 MiB: the fresh workspace and two small captures fit, the 150,000-flow capture does not.
    const auto mount = test::ScratchMount::tmpfs(mountDir, 4 << 20, &why);
    if (!mount)
        QSKIP(qPrintable(QStringLiteral("cannot mount a size-limited tmpfs (%1); the disk-full test needs root").arg(why)));
    const QString small1 = m_tmp.filePath(QStringLiteral("small-1.pcap"));
    const QString small2 = m_tmp.filePath(QStringLiteral("small-2.pcap"));
    const QString big = m_tmp.filePath(QStringLiteral("big.pcap"));
    QVERIFY(test::writeUdpCapture(small1, 50, 53, 0x0A000001));
    QVERIFY(test::writeUdpCapture(small2, 60, 123, 0x0B000001));
    QVERIFY(test::writeUdpCapture(big, 150000, 161, 0x0C000001));
    const QString db = mountDir + QStringLiteral("/ws.db");

    const test::ChildRun r = import(db, {small1, small2, big});
    const QString err = QString::fromLocal8Bit(r.err);
    QVERIFY2(!r.timedOut, "the import hung on a full disk");
    QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(err)));
    QVERIFY2(err.contains(QStringLiteral("disk is full")), qPrintable(err));
    QVERIFY2(err.contains(big), qPrintable(err));
    const QJsonObject report = importJson(r);
    QCOMPARE(fileOutcome(report, small1).value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(fileOutcome(report, small2).value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(fileOutcome(report, big).value(QStringLiteral("status")).toString(), QStringLiteral("failed"));

    // The earlier files stay, the failed one left nothing, and the file is sound.
    QCOMPARE(test::integrityCheck(db), QStringLiteral("ok"));
    QCOMPARE(test::queryScalar(db, "SELECT COUNT(*) FROM files;"), qint64(2));
    QCOMPARE(test::queryScalar(db, "SELECT SUM(packets) FROM files WHERE status = 'ok';"), qint64(110));
    QCOMPARE(test::rollupPackets(db), qint64(110));
    QCOMPARE(test::queryScalar(db, "SELECT COUNT(*) FROM flow_segments WHERE file_id NOT IN (SELECT id FROM files);"), qint64(0));
    // And it still answers queries.
    const test::ChildRun rank = test::runTeitenChild({QStringLiteral("rank"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                                                 QStringLiteral("2013Q3")});
    QVERIFY2(rank.exitCode == 0, rank.err.constData());
    QVERIFY(rank.out.contains("53/UDP") && rank.out.contains("123/UDP"));
}

void TestResourceLimits::hugeRecordLengths_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QByteArray pcap = pcapHeader();
    for (uint32_t i = 0; i < 3; ++i)
        pcap += pcapRecord(kT0 + i, udpFrame(0x0A000001 + i, 53));
    // A record header claiming 4 GiB − 16 bytes, then a little data.
    pcap += le32(kT0 + 3) + le32(0) + le32(0xFFFFFFF0) + le32(0xFFFFFFF0) + QByteArray(64, 'x');
    QTest::newRow("pcap caplen 0xFFFFFFF0") << pcap << QStringLiteral("huge.pcap");

    QByteArray ng = pcapngSectionHeader() + pcapngInterface();
    for (uint32_t i = 0; i < 3; ++i)
        ng += pcapngPacket(0, kT0 + i, udpFrame(0x0A000001 + i, 53));
    ng += le32(6) + le32(0xFFFFFFF0) + QByteArray(64, 'x'); // an Enhanced Packet Block of ~4 GiB
    QTest::newRow("pcapng block length 0xFFFFFFF0") << ng << QStringLiteral("huge.pcapng");

    QByteArray ngCap = pcapngSectionHeader() + pcapngInterface();
    for (uint32_t i = 0; i < 3; ++i)
        ngCap += pcapngPacket(0, kT0 + i, udpFrame(0x0A000001 + i, 53));
    // A well-formed block whose captured length field claims 4 GiB.
    ngCap += pcapngBlock(6, le32(0) + le32(0) + le32(kT0) + le32(0xFFFFFFF0) + le32(0xFFFFFFF0) + QByteArray(64, 'x'));
    QTest::newRow("pcapng captured length 0xFFFFFFF0") << ngCap << QStringLiteral("huge-caplen.pcapng");
}

void TestResourceLimits::hugeRecordLengths()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    const QString capture = m_tmp.filePath(name);
    QVERIFY(test::writeFile(capture, bytes));
    const QString db = m_tmp.filePath(name + QStringLiteral(".db"));
    const test::ChildRun r = import(db, {capture}, 60000);
    QVERIFY2(!r.timedOut && r.signal == 0, "the import hung or crashed");
    // The three good packets are kept, the file is reported as partial, naming it.
    QVERIFY2(r.exitCode == 2, r.err.constData());
    const QJsonObject o = fileOutcome(importJson(r), capture);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
    QCOMPARE(o.value(QStringLiteral("packets")).toInteger(), qint64(3));
    QVERIFY2(o.value(QStringLiteral("message")).toString().contains(capture), r.err.constData());
    verifyRss(r, qPrintable(name));
}

void TestResourceLimits::fiftyThousandInterfaces()
{
    constexpr int kInterfaces = 50000;
    QByteArray ng = pcapngSectionHeader();
    ng.reserve(kInterfaces * 20 + 4096);
    for (int i = 0; i < kInterfaces; ++i)
        ng += pcapngInterface();
    for (uint32_t i = 0; i < 10; ++i)
        ng += pcapngPacket(kInterfaces - 1 - i, kT0 + i, udpFrame(0x0A000001 + i, 123));
    const QString capture = m_tmp.filePath(QStringLiteral("interfaces.pcapng"));
    QVERIFY(test::writeFile(capture, ng));
    const test::ChildRun r = import(m_tmp.filePath(QStringLiteral("interfaces.db")), {capture}, 120000);
    QVERIFY2(!r.timedOut && r.signal == 0, "the import hung or crashed");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = fileOutcome(importJson(r), capture);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(o.value(QStringLiteral("packets")).toInteger(), qint64(10));
    verifyRss(r, "50,000 interfaces");
}

void TestResourceLimits::fileGrowingWhileImported()
{
    // A writer appends whole records at ~100,000 packets/s, faster than an import stores them: an
    // importer that read to the moving end would never finish.
    const QString capture = m_tmp.filePath(QStringLiteral("growing.pcap"));
    QFile out(capture);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    QByteArray start = pcapHeader();
    for (uint32_t i = 0; i < 20000; ++i)
        start += pcapRecord(kT0 + i / 100, udpFrame(0x0A000000 + i, 53));
    QVERIFY(out.write(start) == start.size());
    std::atomic_bool stop{false};
    std::atomic<qint64> written{20000};
    std::thread writer([&] {
        QByteArray chunk;
        for (uint32_t i = 0; i < 1000; ++i)
            chunk += pcapRecord(kT0 + 200 + i / 100, udpFrame(0x0B000000 + i, 53));
        QElapsedTimer clock;
        clock.start();
        while (!stop && clock.elapsed() < 120000 && written < 20000000) {
            if (out.write(chunk) != chunk.size())
                break;
            written += 1000;
            QThread::msleep(10);
        }
    });
    const test::ChildRun r = import(m_tmp.filePath(QStringLiteral("growing.db")), {capture}, 90000);
    stop = true;
    writer.join();
    out.close();
    QVERIFY2(!r.timedOut, "the import chased the growing file and did not finish");
    QVERIFY2(r.signal == 0, "the import crashed");
    const QJsonObject o = fileOutcome(importJson(r), capture);
    const qint64 packets = o.value(QStringLiteral("packets")).toInteger();
    qInfo("growing file: %lld packets stored of %lld written, status %s: %s", packets, qint64(written),
          qPrintable(o.value(QStringLiteral("status")).toString()), qPrintable(o.value(QStringLiteral("message")).toString()));
    QVERIFY(packets >= 20000);
    QVERIFY(packets < written);
    // Either it read exactly what was there when it started, or it says the file kept growing.
    const QString status = o.value(QStringLiteral("status")).toString();
    QVERIFY2(status == QLatin1String("imported") || (status == QLatin1String("partial")
                                                     && o.value(QStringLiteral("message")).toString().contains(QStringLiteral("grew"))),
             r.err.constData());
    verifyRss(r, "growing file");
}

void TestResourceLimits::captureLargerThan4GiB()
{
    // Classic pcap, 16,400 records of 256 KiB whose data are holes (zero frames: not IP), then five
    // real UDP packets beyond 4 GiB. Sparse: made in milliseconds, read at memory speed.
    const QString capture = m_tmp.filePath(QStringLiteral("big-sparse.pcap"));
    constexpr uint32_t kSnap = 262144;
    constexpr int kHoles = 16400;
    {
        QFile f(capture);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(f.write(pcapHeader(kSnap)) == 24);
        qint64 at = 24;
        const QByteArray hole = le32(kT0) + le32(0) + le32(kSnap) + le32(kSnap);
        for (int i = 0; i < kHoles; ++i) {
            QVERIFY(f.seek(at));
            QVERIFY(f.write(hole) == 16);
            at += 16 + kSnap;
        }
        QVERIFY(f.resize(at));
        QVERIFY(f.seek(at));
        for (uint32_t i = 0; i < 5; ++i)
            QVERIFY(f.write(pcapRecord(kT0 + 1 + i, udpFrame(0x0D000001 + i, 443))) > 0);
    }
    const qint64 size = QFileInfo(capture).size();
    QVERIFY(size > (qint64(1) << 32));
    const QString db = m_tmp.filePath(QStringLiteral("big-sparse.db"));
    QElapsedTimer clock;
    clock.start();
    const test::ChildRun r = import(db, {capture}, 600000);
    qInfo("4 GiB+ capture (%lld bytes) imported in %lld ms", size, clock.elapsed());
    QVERIFY2(!r.timedOut && r.signal == 0, "the import hung or crashed");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = fileOutcome(importJson(r), capture);
    QCOMPARE(o.value(QStringLiteral("packets")).toInteger(), qint64(5));
    QCOMPARE(o.value(QStringLiteral("non_ip")).toInteger(), qint64(kHoles));
    QCOMPARE(test::queryScalar(db, "SELECT size FROM files;"), size);
    // The stored record offsets are past 4 GiB (64-bit), and re-reading a packet there works.
    const qint64 offset = test::flowTotals(db).minOffset;
    QVERIFY2(offset > (qint64(1) << 32), qPrintable(QString::number(offset)));
    int linkType = 0;
    auto frame = CaptureReader::readFrameAt(capture, offset, &linkType);
    QVERIFY2(frame.ok(), frame.ok() ? "" : qPrintable(frame.error().message));
    QCOMPARE(*frame, udpFrame(0x0D000001, 443));
    verifyRss(r, "4 GiB+ capture");
    QFile::remove(capture);
}

QTEST_GUILESS_MAIN(TestResourceLimits)
// Peak memory must not follow the input. The import keeps per-address caches (region of a source,
// sensor of a destination) emptied at 2^20 entries, a file's flow tuples handed to the writer in
// batches of 2^17, and at its end it stores each quarter's rankings with the scanner classes of
// every key, two quarters at a time. Here two files, one of 2013Q3 and one of 2013Q4 (so both
// summary passes run at once): every packet has a new source and a new destination, the TCP and
// UDP ports are all used, and a quarter of the packets are DNS queries for names never seen before
// (every payload summary is new), so each of those reaches its bound; the peak must stay below the
// same limit.
void TestResourceLimits::everyCacheAtItsBound()
{
    // Past the address caches' 2^20 entries in each file; the sanitizer build (whose RSS limit is
    // loose anyway) checks the same paths on fewer packets.
    const int packets = test::kSanitizerBuild ? 150000 : 1100000;
    MmdbWriter geo(MmdbWriter::Layout::PlainCountryCode);
    geo.setBuildEpoch(1372636800);
    geo.insert(*IpPrefix::parse(QStringLiteral("11.0.0.0/9")), QStringLiteral("CN"));
    geo.insert(*IpPrefix::parse(QStringLiteral("11.128.0.0/9")), QStringLiteral("US"));
    const QString geoPath = m_tmp.filePath(QStringLiteral("bound.mmdb"));
    QVERIFY(geo.write(geoPath));

    QStringList captures;
    qsizetype serviceCount = 0;
    constexpr uint32_t kQuarterSeconds = 92 * 86400; // 2013Q3 and 2013Q4 both have 92 days
    for (int part = 0; part < 2; ++part) {
        const QString capture = m_tmp.filePath(QStringLiteral("all-new-%1.pcap").arg(part));
        captures << capture;
        QFile f(capture);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray out = pcapHeader();
        PacketBuilder b(PacketBuilder::Link::Ethernet);
        QSet<int> services;
        for (int i = 0; i < packets; ++i) {
            const uint32_t g = uint32_t(part * packets + i); // unique over both files
            PacketBuilder::IpFields ip;
            ip.src = IpAddress::fromV4(0x0B000000u + g); // 11.0.0.0 up: CN, then US
            ip.dst = IpAddress::fromV4(0x64000000u + g); // 100.0.0.0 up: no sensor owns them
            ip.ttl = 50;
            size_t n = 0;
            if (i % 4 == 1) {
                // A DNS query for a name never seen before: every payload summary is new too.
                uint8_t dns[128];
                const std::string name = "q" + std::to_string(g) + ".example.com";
                const size_t len = PacketBuilder::dnsQuery(dns, sizeof dns, uint16_t(i), name, 1, true, 0);
                n = b.udp(ip, 40000, 53, dns, len);
                services.insert(17 << 16 | 53);
            } else if (i % 4 == 3) {
                const uint16_t port = uint16_t(i >> 2);
                n = b.udp(ip, 40000, port);
                services.insert(17 << 16 | port);
            } else {
                const uint16_t port = uint16_t(i >> 1);
                PacketBuilder::TcpFields tcp;
                tcp.srcPort = 40000;
                tcp.dstPort = port;
                tcp.seq = uint32_t(i);
                n = b.tcp(ip, tcp);
                services.insert(6 << 16 | port);
            }
            QVERIFY(n > 0);
            const uint32_t sec = kT0 + uint32_t(part) * kQuarterSeconds + uint32_t(qint64(i) * kQuarterSeconds / packets);
            out += le32(sec) + le32(0) + le32(uint32_t(n)) + le32(uint32_t(n));
            out.append(reinterpret_cast<const char *>(b.data()), qsizetype(n));
            if (out.size() > (8 << 20)) {
                QVERIFY(f.write(out) == out.size());
                out.clear();
            }
        }
        QVERIFY(f.write(out) == out.size());
        serviceCount = services.size(); // the same in both files
    }
    const QString db = m_tmp.filePath(QStringLiteral("all-new.db"));
    // No --sensor: each destination is looked up among the sensors' addresses (and cached).
    const test::ChildRun r = test::runTeitenChild(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db,
                                                              QStringLiteral("--geoip"), geoPath, QStringLiteral("--format"),
                                                              QStringLiteral("json")} + captures,
                                                  900000);
    QVERIFY2(!r.timedOut && r.signal == 0, "the import hung or crashed");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const QString &capture : captures)
        QCOMPARE(fileOutcome(importJson(r), capture).value(QStringLiteral("packets")).toInteger(), qint64(packets));
    verifyRss(r, "every packet new");
    // Everything counted despite the caches being emptied on the way: every source has its region.
    QCOMPARE(test::rollupPackets(db, {QStringLiteral("CN"), QStringLiteral("US")}), 2 * qint64(packets));
    QCOMPARE(test::flowTotals(db).packets, 2 * qint64(packets));
    QCOMPARE(test::queryScalar(db, "SELECT COUNT(*) FROM payloads;"), 2 * qint64((packets + 2) / 4));
    for (const char *quarter : {"2013Q3", "2013Q4"}) {
        const QByteArray where = QByteArray(" FROM period_summaries WHERE period = '") + quarter + "' AND dimension = 0;";
        QCOMPARE(test::queryScalar(db, ("SELECT total_sources" + where).constData()), qint64(packets));
        // The stored ranking holds every service.
        QCOMPARE(test::queryScalar(db, ("SELECT key_count" + where).constData()), qint64(serviceCount));
    }
}

#include "tst_resourcelimits.moc"
