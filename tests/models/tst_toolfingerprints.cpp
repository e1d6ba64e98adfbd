// SPDX-License-Identifier: GPL-3.0-or-later
// Tool fingerprints name a source only when all its packets bear them. A random 16-bit IP ID equals
// ZMap's 54321 once in 65,536 packets, so "any packet matched" marked every heavy source as ZMap
// (seen at demo scale 70 on the spoofed 53/UDP sources). Checked within one roll-up row, across
// hours, and across files (rows merged only at query time).
#include <QTemporaryDir>
#include <QtTest>

#include "capturewriter.h"
#include "importjob.h"
#include "ipaddress.h"
#include "packetbuilder.h"
#include "period.h"
#include "scannercatalog.h"
#include "scannersharequery.h"
#include "workspace.h"

using namespace teiten;

namespace {
constexpr int64_t kT0 = 1372636800LL * 1000000000LL; // 2013-07-01T00:00:00Z in ns
constexpr uint32_t kRandomIds = 0x0A000001;          // 10.0.0.1: random IDs, one of them 54321
constexpr uint32_t kZmap = 0x0A000002;               // 10.0.0.2: every packet 54321
constexpr uint32_t kSplit = 0x0A000003;              // 10.0.0.3: 54321 in file 1, one other ID in file 2

struct Packet {
    uint32_t src;
    uint16_t id;
    int64_t secs;
};

bool writeCapture(const QString &path, const QVector<Packet> &packets)
{
    auto w = CaptureWriter::create(path, CaptureWriter::Options{});
    if (!w)
        return false;
    PacketBuilder b(PacketBuilder::Link::Ethernet);
    const uint8_t payload[12] = {0x12, 0x34, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0}; // a DNS header
    for (const Packet &p : packets) {
        PacketBuilder::IpFields ip;
        ip.src = IpAddress::fromV4(p.src);
        ip.dst = IpAddress::fromV4(0xC0000201); // 192.0.2.1
        ip.id = p.id;
        if (b.udp(ip, 40000, 53, payload, sizeof payload) == 0)
            return false;
        if (!(*w)->write(kT0 + p.secs * 1000000000LL, b.frame()))
            return false;
    }
    return bool((*w)->close());
}
} // namespace

class TestToolFingerprints : public QObject {
    Q_OBJECT
private slots:
    void everyPacketMustBearTheMark();
};

void TestToolFingerprints::everyPacketMustBearTheMark()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVector<Packet> first, second;
    // 300 packets over three hours, IDs 1..300 except one 54321, in one file.
    for (int i = 0; i < 300; ++i)
        first.push_back({kRandomIds, uint16_t(i == 150 ? 54321 : i + 1), i * 36});
    for (int i = 0; i < 40; ++i)
        first.push_back({kZmap, 54321, i * 200});
    for (int i = 0; i < 20; ++i)
        first.push_back({kSplit, 54321, 60 + i});
    second.push_back({kSplit, 7, 100}); // same hour, another file: another roll-up row
    const QString f1 = dir.filePath(QStringLiteral("a.pcap")), f2 = dir.filePath(QStringLiteral("b.pcap"));
    QVERIFY(writeCapture(f1, first));
    QVERIFY(writeCapture(f2, second));

    ImportParams p;
    p.workspacePath = dir.filePath(QStringLiteral("w.db"));
    p.paths = {f1, f2};
    p.sensor = QStringLiteral("lab-01");
    const ImportReport r = ImportJob(p).run();
    QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
    QCOMPARE(r.packets, qint64(first.size() + second.size()));

    auto ws = Workspace::open(p.workspacePath, Workspace::Mode::ReadOnly);
    QVERIFY(ws);
    const Period q3 = Period::quarter(2013, 3);
    auto sources = (*ws)->sources(q3, {}, 100);
    QVERIFY(sources);
    QHash<quint32, int> marks;
    for (const SourceRow &s : *sources)
        marks.insert(s.address.v4(), s.fingerprints);
    QCOMPARE(marks.size(), 3);
    QCOMPARE(marks.value(kRandomIds), 0);
    QCOMPARE(marks.value(kZmap), fingerprint::ZMap);
    QCOMPARE(marks.value(kSplit), 0);

    // The class shares count only the true ZMap source's 40 packets.
    auto shares = ScannerShareQuery::compute(**ws, q3, {}, ScannerCatalog::builtIn());
    QVERIFY(shares);
    qint64 zmap = -1, other = -1;
    for (const ScannerClassShare &s : *shares) {
        if (s.scannerClass == QLatin1String("zmap"))
            zmap = s.packets;
        else if (s.scannerClass == QLatin1String("other"))
            other = s.packets;
    }
    QCOMPARE(zmap, qint64(40));
    QCOMPARE(other, qint64(300 + 21));
}

QTEST_GUILESS_MAIN(TestToolFingerprints)
#include "tst_toolfingerprints.moc"
