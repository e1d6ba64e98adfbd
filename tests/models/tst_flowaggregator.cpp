// SPDX-License-Identifier: GPL-3.0-or-later
// FlowAggregator (the reading thread's in-memory flow tuples) against plain sums: random packets
// whose fields repeat often enough to share tuples, taken in batches of every size down to one
// tuple, give the same tuples, packets, bytes, first and last times, payload summaries and regions
// as a std::map keyed by the tuple's fields; the region is asked for once per tuple.
#include <map>
#include <random>
#include <set>
#include <tuple>

#include <QtTest>

#include "flowaggregator.h"
#include "hourclock.h"
#include "packetrecord.h"

using namespace teiten;

namespace {

// The fields that make a tuple, as FlowAggregator::add derives them, in readable form.
using Key = std::tuple<qint64, int, IpAddress, IpAddress, int, int, int, int, int, int, int, std::string, int, IpAddress, int>;

struct Totals {
    qint64 packets = 0, bytes = 0, firstUs = 0, lastUs = 0, firstOffset = 0;
    uint16_t region = 0;
    uint32_t firstSeq = 0;
};

PacketRecord randomPacket(std::mt19937 &rng)
{
    auto pick = [&rng](int n) { return int(rng() % uint32_t(n)); };
    PacketRecord p;
    p.timeUs = 1372636800000000LL + qint64(pick(5)) * 3600000000LL + pick(3600) * 1000000LL;
    p.ipVersion = 4;
    p.src = IpAddress::fromV4(0x0A000000u + uint32_t(pick(6)));
    p.dst = IpAddress::fromV4(0xC0000200u + uint32_t(pick(4)));
    const int kind = pick(4);
    p.proto = kind == 0 ? ipproto::Icmp : kind == 1 ? ipproto::Udp : ipproto::Tcp;
    p.fragment = pick(20) == 0;
    p.srcPort = uint16_t(pick(2) ? 53 : 40000 + pick(3));
    p.dstPort = uint16_t(pick(2) ? 445 : 23);
    p.tcpFlags = p.proto == ipproto::Tcp ? tcpflag::Syn : 0;
    p.ttl = uint8_t(50 + pick(2));
    p.ipId = pick(10) == 0 ? 54321 : uint16_t(pick(1000));
    p.tcpSeq = uint32_t(rng());
    p.ipLength = uint16_t(40 + 20 * pick(2));
    if (p.proto == ipproto::Udp && pick(2)) {
        p.payload.kind = PayloadSummary::Kind::Dns;
        p.payload.qname = pick(2) ? "example.com" : "ripe.net";
        p.payload.qtype = 255;
        p.payload.rd = true;
    }
    if (p.proto == ipproto::Icmp && pick(2)) {
        p.icmpQuoted = true;
        p.quotedProto = ipproto::Tcp;
        p.quotedSrc = p.dst;
        p.quotedDst = IpAddress::fromV4(0xCB007100u + uint32_t(pick(2)));
        p.quotedDstPort = 80;
    }
    return p;
}

Key plainKey(const PacketRecord &p, int sensorId)
{
    const bool ports = !p.fragment && (p.proto == ipproto::Tcp || p.proto == ipproto::Udp);
    const int sport = p.fragment ? 0 : (ports && p.srcPort >= 1024 ? -1 : p.srcPort);
    const bool quoted = p.isIcmp() && p.icmpQuoted;
    return {HourClock::hourOf(p.timeUs), sensorId, p.src, p.dst, p.proto, FlowAggregator::servicePortOf(p), sport,
            p.fragment ? 0 : p.dstPort, p.ttl, p.tcpFlags, p.ipLength, p.payload.empty() ? std::string() : p.payload.key(),
            FlowAggregator::fingerprintOf(p), quoted ? p.quotedDst : IpAddress(), quoted ? int(p.quotedDstPort) : 0};
}

Key keyOf(const FlowBatch &batch, const FlowEntry &e)
{
    const FlowKey &k = e.key;
    std::string payload;
    if (k.payloadId != 0)
        payload = batch.payloads.at(size_t(k.payloadId - 1)).key();
    return {k.hour, k.sensorId, IpAddress::fromBlob(k.src, 16), IpAddress::fromBlob(k.dst, 16), k.proto, k.port, k.sport,
            k.dport, k.ttl, k.flags, k.ipLength, payload, k.fingerprints,
            k.quoted ? IpAddress::fromBlob(k.quotedDst, 16) : IpAddress(), k.quoted ? k.quotedDport : 0};
}

} // namespace

class TestFlowAggregator : public QObject {
    Q_OBJECT
private slots:
    void batchesEqualPlainSums_data();
    void batchesEqualPlainSums();
    void tableGrowthKeepsEveryTuple();
    void takeStartsAfresh();
};

void TestFlowAggregator::batchesEqualPlainSums_data()
{
    QTest::addColumn<int>("maxFlows");
    QTest::newRow("one batch") << 1000000;
    QTest::newRow("batches of 97") << 97;
    QTest::newRow("batches of 1") << 1;
}

void TestFlowAggregator::batchesEqualPlainSums()
{
    QFETCH(int, maxFlows);
    std::mt19937 rng(20130701);
    FlowAggregator aggregator{size_t(maxFlows)};
    std::map<Key, Totals> expected;
    std::vector<FlowBatch> batches;
    size_t regionsAsked = 0;
    for (int i = 0; i < 20000; ++i) {
        const PacketRecord p = randomPacket(rng);
        const int sensor = i % 3 == 0 ? batchsensor::Unassigned : 1 + int(p.dst.v4() & 1);
        const uint16_t region = uint16_t(('C' << 8) | ('A' + (p.src.v4() & 3)));
        // The region is asked for only when a packet starts a tuple (counted below).
        aggregator.add(
            p, sensor,
            [&] {
                ++regionsAsked;
                return region;
            },
            i * 100);
        Totals &t = expected[plainKey(p, sensor)];
        if (t.packets == 0) {
            t.firstUs = t.lastUs = p.timeUs;
            t.firstOffset = i * 100;
            t.region = region;
            t.firstSeq = p.tcpSeq;
        }
        ++t.packets;
        t.bytes += p.ipLength;
        if (p.timeUs < t.firstUs) {
            t.firstUs = p.timeUs;
            t.firstOffset = i * 100;
        }
        t.lastUs = std::max<qint64>(t.lastUs, p.timeUs);
        if (aggregator.full())
            batches.push_back(aggregator.take());
    }
    batches.push_back(aggregator.take());
    QVERIFY(aggregator.empty());
    if (maxFlows == 1)
        QVERIFY(batches.size() > 15000); // nearly every packet a batch of its own
    if (maxFlows > 20000)
        QCOMPARE(batches.size(), size_t(1));

    // Summed over the batches (a tuple split between batches is two tuples of the workspace), the
    // same tuples with the same values.
    std::map<Key, Totals> got;
    size_t tuples = 0;
    for (const FlowBatch &b : batches) {
        QVERIFY(b.flows.size() <= size_t(maxFlows));
        std::set<Key> inBatch;
        for (const FlowEntry &e : b.flows) {
            const Key k = keyOf(b, e);
            QVERIFY2(inBatch.insert(k).second, "a tuple twice in one batch");
            Totals &t = got[k];
            if (t.packets == 0 || e.value.firstUs < t.firstUs) {
                t.firstUs = e.value.firstUs;
                t.firstOffset = e.value.firstOffset;
            }
            if (t.packets == 0) {
                t.region = e.value.region;
                t.firstSeq = e.value.firstSeq;
            }
            t.lastUs = std::max<qint64>(t.lastUs, e.value.lastUs);
            t.packets += e.value.packets;
            t.bytes += e.value.bytes;
            QVERIFY(e.value.packets >= 1);
            QVERIFY(e.value.firstUs <= e.value.lastUs);
            ++tuples;
        }
        // Every payload summary of a batch is used by one of its tuples at least.
        std::set<int> used;
        for (const FlowEntry &e : b.flows)
            used.insert(e.key.payloadId);
        for (size_t i = 0; i < b.payloads.size(); ++i)
            QVERIFY(used.count(int(i + 1)));
    }
    QVERIFY(expected.size() > 500 && expected.size() < 15000); // packets do share tuples
    QCOMPARE(regionsAsked, tuples);
    if (maxFlows > 20000)
        QCOMPARE(tuples, expected.size());
    QCOMPARE(got.size(), expected.size());
    for (const auto &[k, want] : expected) {
        const Totals &t = got.at(k);
        QCOMPARE(t.packets, want.packets);
        QCOMPARE(t.bytes, want.bytes);
        QCOMPARE(t.firstUs, want.firstUs);
        QCOMPARE(t.lastUs, want.lastUs);
        QCOMPARE(t.firstOffset, want.firstOffset);
        QCOMPARE(t.region, want.region);
        QCOMPARE(t.firstSeq, want.firstSeq);
    }
}

void TestFlowAggregator::tableGrowthKeepsEveryTuple()
{
    // 100,000 distinct tuples: the table grows many times, and each tuple is found again after.
    FlowAggregator aggregator{size_t(1) << 20};
    PacketRecord p;
    p.ipVersion = 4;
    p.proto = ipproto::Tcp;
    p.dstPort = 445;
    p.ipLength = 40;
    p.timeUs = 1372636800000000LL;
    p.dst = IpAddress::fromV4(0xC0000201);
    constexpr int kTuples = 100000;
    for (int round = 0; round < 2; ++round)
        for (int i = 0; i < kTuples; ++i) {
            p.src = IpAddress::fromV4(0x0B000000u + uint32_t(i));
            aggregator.add(p, 1, 0x5a5a, i);
        }
    const FlowBatch batch = aggregator.take();
    QCOMPARE(batch.flows.size(), size_t(kTuples));
    for (const FlowEntry &e : batch.flows) {
        QCOMPARE(e.value.packets, qint64(2));
        QCOMPARE(e.value.bytes, qint64(80));
    }
    QVERIFY(batch.payloads.empty());
}

void TestFlowAggregator::takeStartsAfresh()
{
    FlowAggregator aggregator{4};
    std::mt19937 rng(7);
    PacketRecord p = randomPacket(rng);
    p.proto = ipproto::Udp;
    p.fragment = false;
    p.payload.kind = PayloadSummary::Kind::Dns;
    p.payload.qname = "example.com";
    aggregator.add(p, 1, 0, 0);
    aggregator.add(p, 1, 0, 10);
    QVERIFY(!aggregator.full());
    FlowBatch first = aggregator.take();
    QCOMPARE(first.flows.size(), size_t(1));
    QCOMPARE(first.flows[0].value.packets, qint64(2));
    QCOMPARE(first.payloads.size(), size_t(1));
    QCOMPARE(first.flows[0].key.payloadId, 1);
    QVERIFY(aggregator.empty());
    // The same packet after take(): a new tuple in a new batch, its payload listed again there.
    aggregator.add(p, 1, 0, 20);
    FlowBatch second = aggregator.take();
    QCOMPARE(second.flows.size(), size_t(1));
    QCOMPARE(second.flows[0].value.packets, qint64(1));
    QCOMPARE(second.flows[0].value.firstOffset, qint64(20));
    QCOMPARE(second.payloads.size(), size_t(1));
    QCOMPARE(second.payloads[0].key(), p.payload.key());
    // Four distinct tuples fill a batch of four.
    for (int i = 0; i < 4; ++i) {
        p.src = IpAddress::fromV4(0x0C000000u + uint32_t(i));
        aggregator.add(p, 1, 0, i);
    }
    QVERIFY(aggregator.full());
}

QTEST_GUILESS_MAIN(TestFlowAggregator)
#include "tst_flowaggregator.moc"
