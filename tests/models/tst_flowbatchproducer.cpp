// SPDX-License-Identifier: GPL-3.0-or-later
// The import's reading stage (FlowBatchProducer) on its own thread: messages in file order, a
// file's packets split over batches and counted whole, sensors by destination range or by the
// file, a file that is not a capture, a file read only up to its snapshot size, cancel, and a
// stop while the stage waits for its batches to be taken.
#include <atomic>
#include <map>

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include "capturewriter.h"
#include "flowbatchproducer.h"
#include "georesolver.h"
#include "packetbuilder.h"
#include "testsupport.h"

using namespace teiten;
using Kind = FlowBatchProducer::Message::Kind;

namespace {

constexpr int64_t kT0 = 1372636800LL * 1000000000LL; // 2013-07-01T00:00:00Z in ns

// `n` UDP packets from distinct sources to 192.0.2.(i % 8), one a second.
bool writeCapture(const QString &path, int n)
{
    auto w = CaptureWriter::create(path, CaptureWriter::Options{});
    if (!w)
        return false;
    PacketBuilder b(PacketBuilder::Link::Ethernet);
    for (int i = 0; i < n; ++i) {
        PacketBuilder::IpFields ip;
        ip.src = IpAddress::fromV4(0x0A000000u + uint32_t(i));
        ip.dst = IpAddress::fromV4(0xC0000200u + uint32_t(i % 8));
        if (b.udp(ip, 40000, 161) == 0 || !(*w)->write(kT0 + int64_t(i) * 1000000000LL, b.frame()))
            return false;
    }
    return bool((*w)->close());
}

FlowBatchProducer::Message takeOne(FlowBatchProducer &producer, qsizetype index)
{
    FlowBatchProducer::Message m;
    for (int i = 0; i < 100; ++i)
        if (producer.take(index, m, std::chrono::milliseconds(100)))
            return m;
    qFatal("no message from the producer within 10 s");
}

// Every message of one file, up to and including its last.
QVector<FlowBatchProducer::Message> messagesOfFile(FlowBatchProducer &producer, qsizetype index)
{
    QVector<FlowBatchProducer::Message> out;
    for (;;) {
        out.push_back(takeOne(producer, index));
        const Kind k = out.back().kind;
        if (k == Kind::OpenFailed || k == Kind::Finished || k == Kind::Cancelled)
            return out;
    }
}

} // namespace

class TestFlowBatchProducer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void filesInOrderSplitIntoBatches_data();
    void filesInOrderSplitIntoBatches();
    void readsNoFurtherThanTheSnapshot();
    void cancelledFileSaysSo();
    void stopWhileBatchesWait();

private:
    QTemporaryDir m_dir;
    QString m_big, m_small, m_notCapture;
    std::vector<FlowBatchProducer::SensorRange> m_ranges;
};

void TestFlowBatchProducer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_big = m_dir.filePath(QStringLiteral("big.pcap"));
    m_small = m_dir.filePath(QStringLiteral("small.pcap"));
    m_notCapture = m_dir.filePath(QStringLiteral("notes.pcap"));
    QVERIFY(writeCapture(m_big, 300));
    QVERIFY(writeCapture(m_small, 50));
    QVERIFY(test::writeFile(m_notCapture, "not a capture at all, just text\n"));
    // 192.0.2.0–3 belong to sensor 7; 192.0.2.4–7 to no one.
    m_ranges.push_back({IpAddress::fromV4(0xC0000200u), IpAddress::fromV4(0xC0000203u), 7});
}

void TestFlowBatchProducer::filesInOrderSplitIntoBatches_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("one reading thread") << 1;
    QTest::newRow("two reading threads") << 2;
}

void TestFlowBatchProducer::filesInOrderSplitIntoBatches()
{
    QFETCH(int, threads);
    FlowBatchProducer producer(std::vector<const GeoResolver *>(size_t(threads), nullptr), m_ranges, nullptr, 16);
    producer.submit({0, m_big, QFileInfo(m_big).size(), false});
    producer.submit({1, m_notCapture, QFileInfo(m_notCapture).size(), false});
    producer.submit({2, m_small, QFileInfo(m_small).size(), true});

    // The big file: opened, then more than one batch (16 tuples each at most), then its counts.
    const auto big = messagesOfFile(producer, 0);
    QCOMPARE(big.first().kind, Kind::Opened);
    QCOMPARE(big.first().index, qsizetype(0));
    QCOMPARE(big.first().info.format, QStringLiteral("pcap"));
    QCOMPARE(big.last().kind, Kind::Finished);
    QVERIFY(big.size() > 3);
    std::map<int, qint64> packetsBySensor;
    qint64 packets = 0;
    for (const auto &m : big) {
        QCOMPARE(m.index, qsizetype(0));
        if (m.kind != Kind::Batch && m.kind != Kind::Finished)
            continue;
        QVERIFY(m.batch.flows.size() <= 16);
        for (const FlowEntry &e : m.batch.flows) {
            packets += e.value.packets;
            packetsBySensor[e.key.sensorId] += e.value.packets;
            const IpAddress dst = IpAddress::fromBlob(e.key.dst, 16);
            QCOMPARE(e.key.sensorId, (dst.v4() & 7) < 4 ? 7 : batchsensor::Unassigned);
            QCOMPARE(e.value.region, uint16_t(('Z' << 8) | 'Z')); // no country database
        }
    }
    const FlowBatchProducer::FileCounts &counts = big.last().counts;
    QCOMPARE(packets, qint64(300));
    QCOMPARE(counts.packets, qint64(300));
    QCOMPARE(counts.malformed, qint64(0));
    QVERIFY(counts.readError.isEmpty());
    QCOMPARE(counts.firstUs, kT0 / 1000);
    QCOMPARE(counts.lastUs, kT0 / 1000 + 299LL * 1000000);
    QCOMPARE(counts.perSensor.value(7), qint64(152)); // i % 8 < 4 for 37 × 4 + 4 of 300
    QCOMPARE(counts.perSensor.value(batchsensor::Unassigned), qint64(148));
    QCOMPARE(packetsBySensor[7], qint64(152));

    // The text file: one message saying why, naming it.
    const auto text = messagesOfFile(producer, 1);
    QCOMPARE(text.size(), 1);
    QCOMPARE(text.first().kind, Kind::OpenFailed);
    QCOMPARE(text.first().index, qsizetype(1));
    QVERIFY2(text.first().error.contains(m_notCapture), qPrintable(text.first().error));

    // The small file was given its sensor: every packet goes to it, whatever the destination.
    const auto small = messagesOfFile(producer, 2);
    QCOMPARE(small.last().kind, Kind::Finished);
    QCOMPARE(small.last().counts.packets, qint64(50));
    for (const auto &m : small)
        for (const FlowEntry &e : m.batch.flows)
            QCOMPARE(e.key.sensorId, batchsensor::FileSensor);
    QCOMPARE(producer.packetsRead(), qint64(350));
    QCOMPARE(producer.bytesRead(), QFileInfo(m_big).size() + QFileInfo(m_notCapture).size() + QFileInfo(m_small).size());
}

void TestFlowBatchProducer::readsNoFurtherThanTheSnapshot()
{
    // As if the file had half its bytes when it was hashed: the rest is not read, and the file
    // says why it stopped.
    const qint64 half = QFileInfo(m_big).size() / 2;
    FlowBatchProducer producer({nullptr}, m_ranges, nullptr);
    producer.submit({5, m_big, half, false});
    const auto msgs = messagesOfFile(producer, 5);
    const FlowBatchProducer::FileCounts &counts = msgs.last().counts;
    QCOMPARE(msgs.last().kind, Kind::Finished);
    QVERIFY(counts.packets > 100 && counts.packets < 160);
    QVERIFY2(counts.readError.contains(QStringLiteral("grew")), qPrintable(counts.readError));
    qint64 packets = 0;
    for (const auto &m : msgs)
        for (const FlowEntry &e : m.batch.flows)
            packets += e.value.packets;
    QCOMPARE(packets, counts.packets);
}

void TestFlowBatchProducer::cancelledFileSaysSo()
{
    std::atomic_bool cancel{true};
    FlowBatchProducer producer({nullptr, nullptr}, m_ranges, &cancel);
    producer.submit({0, m_big, QFileInfo(m_big).size(), false});
    producer.submit({1, m_small, QFileInfo(m_small).size(), false});
    for (const qsizetype index : {0, 1}) {
        const auto msgs = messagesOfFile(producer, index);
        QCOMPARE(msgs.size(), 1);
        QCOMPARE(msgs.first().kind, Kind::Cancelled);
        QCOMPARE(msgs.first().index, index);
    }
    QCOMPARE(producer.packetsRead(), qint64(0));
}

void TestFlowBatchProducer::stopWhileBatchesWait()
{
    // One tuple a batch and nobody taking them: each thread waits with one batch queued.
    // Stopping the stage (here by its destructor) must end the threads, not leave them waiting.
    QElapsedTimer clock;
    clock.start();
    {
        FlowBatchProducer producer({nullptr, nullptr}, m_ranges, nullptr, 1);
        producer.submit({0, m_big, QFileInfo(m_big).size(), false});
        producer.submit({1, m_big, QFileInfo(m_big).size(), false});
        QCOMPARE(takeOne(producer, 0).kind, Kind::Opened);
        QCOMPARE(takeOne(producer, 0).kind, Kind::Batch);
        QTest::qWait(200);
        FlowBatchProducer::Message m;
        QVERIFY(producer.take(0, m, std::chrono::milliseconds(1000)));
        QCOMPARE(m.kind, Kind::Batch);
        // The second thread read file 1 up to its first batch, and waits for it to be taken.
        QVERIFY(producer.take(1, m, std::chrono::milliseconds(1000)));
        QCOMPARE(m.kind, Kind::Opened);
        // At most one batch of each thread waits, none more until it is taken: neither file was
        // read to its end (packets are counted every 16,384 and at a file's end).
        QCOMPARE(producer.packetsRead(), qint64(0));
    }
    QVERIFY(clock.elapsed() < 10000);
}

QTEST_GUILESS_MAIN(TestFlowBatchProducer)
#include "tst_flowbatchproducer.moc"
