// SPDX-License-Identifier: GPL-3.0-or-later
// The flow segment blob: every tuple comes back exactly, in its order, and every damaged or forged
// blob is refused with a reason, without reading outside it and without touching what `out` held.
#include <cstring>
#include <limits>
#include <random>
#include <type_traits>
#include <vector>

#include <QTest>

#include "flowsegmentcodec.h"
#include "ipaddress.h"

using namespace teiten;

namespace {

constexpr int64_t kHourUs = 3'600'000'000;
constexpr int64_t kBaseUs = 382'776 * kHourUs; // 2013-09-01 00:00 UTC

void setAddress(uint8_t (&a)[16], const char *text)
{
    std::memcpy(a, IpAddress::parse(QString::fromLatin1(text)).value().bytes(), 16);
}

/// Every field, so a QCOMPARE of two descriptions names the field that differs.
QByteArray describe(const FlowTuple &t)
{
    auto hex = [](const uint8_t (&a)[16]) { return QByteArray(reinterpret_cast<const char *>(a), 16).toHex(); };
    auto n = [](auto v) { return QByteArray::number(v); };
    return QByteArrayList{"firstUs=" + n(t.firstUs), "lastUs=" + n(t.lastUs), "packets=" + n(t.packets),
                          "firstOffset=" + n(t.firstOffset), "src=" + hex(t.src), "dst=" + hex(t.dst),
                          "port=" + n(t.port), "sport=" + n(t.sport), "dport=" + n(t.dport),
                          "payloadId=" + n(t.payloadId), "firstSeq=" + n(t.firstSeq), "firstIpId=" + n(t.firstIpId),
                          "firstSport=" + n(t.firstSport), "ipLength=" + n(t.ipLength), "region=" + n(t.region),
                          "proto=" + n(t.proto), "ttl=" + n(t.ttl), "tcpFlags=" + n(t.tcpFlags),
                          "fingerprints=" + n(t.fingerprints), "quoted=" + n(int(t.quoted)),
                          "quotedProto=" + n(t.quotedProto), "quotedDport=" + n(t.quotedDport),
                          "quotedSrc=" + hex(t.quotedSrc), "quotedDst=" + hex(t.quotedDst)}
        .join(' ');
}

/// A ZMap-like SYN to telnet from an IPv4 scanner, one packet, `us` into the hour.
FlowTuple scanTuple(int64_t us)
{
    FlowTuple t;
    t.firstUs = t.lastUs = kBaseUs + us;
    t.packets = 1;
    t.firstOffset = 123'456'789;
    setAddress(t.src, "198.51.100.7");
    setAddress(t.dst, "192.0.2.33");
    t.port = 23;
    t.sport = -1;
    t.dport = 23;
    t.firstSeq = 0xc0000221;
    t.firstIpId = 54321;
    t.firstSport = 61000;
    t.ipLength = 40;
    t.region = ('C' << 8) | 'N';
    t.proto = 6;
    t.ttl = 241;
    t.tcpFlags = 0x02;
    t.fingerprints = 0x01;
    return t;
}

/// IPv4 and IPv6 ends, quoted ICMP errors, payloads, folded and fragment ports, each field's
/// extremes, firstUs out of order and outside the hour, lastUs == firstUs.
std::vector<FlowTuple> handBuilt()
{
    std::vector<FlowTuple> v;
    v.push_back(scanTuple(1'234'567));

    FlowTuple dns = scanTuple(2'000'000);
    setAddress(dns.src, "2001:db8:5::7");
    setAddress(dns.dst, "2001:db8:1::21");
    dns.lastUs = dns.firstUs + 59'000'000;
    dns.packets = 12;
    dns.port = dns.dport = 53;
    dns.payloadId = 17;
    dns.proto = 17;
    dns.tcpFlags = 0;
    v.push_back(dns);

    FlowTuple unreachable = scanTuple(1'000'000); // before the previous one
    unreachable.proto = 1;
    unreachable.port = 0;
    unreachable.sport = 3; // ICMP type
    unreachable.dport = 3; // and code
    unreachable.quoted = true;
    unreachable.quotedProto = 17;
    unreachable.quotedDport = 53;
    setAddress(unreachable.quotedSrc, "192.0.2.33");
    setAddress(unreachable.quotedDst, "203.0.113.9");
    v.push_back(unreachable);

    FlowTuple unreachable6 = unreachable;
    setAddress(unreachable6.src, "2001:db8:7::1");
    setAddress(unreachable6.dst, "2001:db8:1::21");
    unreachable6.proto = 58;
    unreachable6.sport = 1;
    unreachable6.dport = 4;
    setAddress(unreachable6.quotedSrc, "2001:db8:1::21");
    setAddress(unreachable6.quotedDst, "2001:db8:9::53");
    v.push_back(unreachable6);

    FlowTuple mixed = unreachable; // each address decides its own width
    setAddress(mixed.dst, "::1");
    setAddress(mixed.quotedSrc, "::");
    setAddress(mixed.quotedDst, "0.0.0.0");
    mixed.quotedProto = 0;
    mixed.quotedDport = -1;
    v.push_back(mixed);

    FlowTuple fragment = scanTuple(kHourUs - 1);
    fragment.proto = 17;
    fragment.port = fragment.sport = fragment.dport = -1;
    fragment.firstSport = 0;
    fragment.ipLength = 1500;
    v.push_back(fragment);

    FlowTuple extremes = scanTuple(0);
    extremes.firstUs = kBaseUs - 7 * kHourUs; // before the segment's hour
    extremes.lastUs = std::numeric_limits<int64_t>::max() / 2;
    extremes.packets = std::numeric_limits<int64_t>::max();
    extremes.firstOffset = std::numeric_limits<int64_t>::max();
    extremes.port = std::numeric_limits<int32_t>::max();
    extremes.sport = std::numeric_limits<int32_t>::min();
    extremes.dport = 65535;
    extremes.payloadId = std::numeric_limits<int32_t>::max();
    extremes.firstSeq = 0xffffffff;
    extremes.firstIpId = extremes.firstSport = extremes.ipLength = extremes.region = 0xffff;
    extremes.proto = extremes.ttl = extremes.tcpFlags = extremes.fingerprints = 0xff;
    extremes.quoted = true;
    extremes.quotedProto = 0xff;
    extremes.quotedDport = std::numeric_limits<int32_t>::min();
    std::memset(extremes.quotedSrc, 0xff, 16);
    setAddress(extremes.quotedDst, "255.255.255.255");
    v.push_back(extremes);

    FlowTuple odd; // what the struct allows but the import never writes: all zero, negative counts
    odd.firstUs = odd.lastUs = -kHourUs;
    odd.packets = -1;
    odd.firstOffset = std::numeric_limits<int64_t>::min();
    odd.quoted = true;
    v.push_back(odd);
    v.push_back(scanTuple(3'000'000'000));
    return v;
}

/// A value of every magnitude (so every varint length) about equally often; both signs if signed.
template<typename T>
T randomValue(std::mt19937_64 &rng)
{
    uint64_t v = rng() >> (rng() % 64);
    if (std::is_signed_v<T> && (rng() & 1))
        v = 0 - v;
    return T(v);
}

void randomAddress(uint8_t (&a)[16], std::mt19937_64 &rng)
{
    const uint64_t halves[2] = {rng(), rng()};
    std::memcpy(a, halves, 16);
    if (rng() & 1) {
        std::memset(a, 0, 10);
        a[10] = a[11] = 0xff;
    }
}

std::vector<FlowTuple> randomTuples(size_t count)
{
    std::mt19937_64 rng(20130901);
    std::vector<FlowTuple> v(count);
    // Times within a quarter of int64's range keep every difference representable.
    auto time = [&rng] { return rng() % 4 ? int64_t(rng() % kHourUs) : randomValue<int64_t>(rng) / 4; };
    for (FlowTuple &t : v) {
        t.firstUs = kBaseUs + time();
        t.lastUs = t.firstUs + time();
        t.packets = randomValue<int64_t>(rng);
        t.firstOffset = randomValue<int64_t>(rng);
        randomAddress(t.src, rng);
        randomAddress(t.dst, rng);
        t.port = randomValue<int32_t>(rng);
        t.sport = randomValue<int32_t>(rng);
        t.dport = randomValue<int32_t>(rng);
        t.payloadId = rng() % 2 ? 0 : int32_t(rng() % std::numeric_limits<int32_t>::max()) + 1;
        t.firstSeq = randomValue<uint32_t>(rng);
        t.firstIpId = randomValue<uint16_t>(rng);
        t.firstSport = randomValue<uint16_t>(rng);
        t.ipLength = randomValue<uint16_t>(rng);
        t.region = randomValue<uint16_t>(rng);
        t.proto = randomValue<uint8_t>(rng);
        t.ttl = randomValue<uint8_t>(rng);
        t.tcpFlags = randomValue<uint8_t>(rng);
        t.fingerprints = randomValue<uint8_t>(rng);
        t.quoted = rng() % 4 == 0;
        if (t.quoted) {
            t.quotedProto = randomValue<uint8_t>(rng);
            t.quotedDport = randomValue<int32_t>(rng);
            randomAddress(t.quotedSrc, rng);
            randomAddress(t.quotedDst, rng);
        }
    }
    return v;
}

bool decode(const QByteArray &blob, std::vector<FlowTuple> &out, const char **why = nullptr, int64_t baseUs = kBaseUs)
{
    return FlowSegmentCodec::decode(blob.constData(), size_t(blob.size()), baseUs, out, why);
}

/// decode(encode(tuples)) gives `tuples`, appended after what `out` held, and count() agrees.
void checkRoundTrip(const std::vector<FlowTuple> &tuples)
{
    const QByteArray blob = FlowSegmentCodec::encode(tuples, kBaseUs);
    const FlowTuple held = scanTuple(42);
    std::vector<FlowTuple> out{held};
    const char *why = nullptr;
    QVERIFY2(decode(blob, out, &why), why);
    QCOMPARE(out.size(), tuples.size() + 1);
    QCOMPARE(describe(out[0]), describe(held));
    for (size_t i = 0; i < tuples.size(); ++i)
        QCOMPARE(describe(out[i + 1]), describe(tuples[i]));
    int64_t n = -1;
    QVERIFY(FlowSegmentCodec::count(blob.constData(), size_t(blob.size()), n));
    QCOMPARE(n, int64_t(tuples.size()));
}

QByteArray varint(uint64_t v)
{
    QByteArray b;
    for (; v >= 0x80; v >>= 7)
        b.append(char(0x80 | (v & 0x7f)));
    return b.append(char(v));
}

QByteArray zigzag(int64_t v)
{
    return varint((uint64_t(v) << 1) ^ uint64_t(v >> 63));
}

/// The 12 varints of a hand-written tuple in format order (firstUs delta .. region), packets 1.
std::vector<QByteArray> plainFields()
{
    std::vector<QByteArray> f(12, varint(0));
    f[2] = varint(1);
    return f;
}

enum Field { FirstDelta, LastDelta, Packets, FirstOffset, Port, Sport, Dport, FirstSeq, FirstIpId };

/// A hand-written tuple 198.51.100.7 -> 192.0.2.33 (both IPv4: flags 0x03), then TCP, TTL 240.
QByteArray handTuple(const std::vector<QByteArray> &fields = plainFields(), uint8_t flags = 0x03)
{
    QByteArray b(1, char(flags));
    b += QByteArray::fromHex("c6336407c0000221");
    for (const QByteArray &f : fields)
        b += f;
    return b + QByteArray::fromHex("06f00200");
}

QByteArray segment(const QByteArray &tuples, uint64_t count = 1)
{
    return char(1) + varint(count) + tuples;
}

/// `blob` is refused with `reason` and `out` keeps exactly the tuple it held.
void checkRejected(const QByteArray &blob, const char *reason, int64_t baseUs = kBaseUs)
{
    const FlowTuple held = scanTuple(7);
    std::vector<FlowTuple> out{held};
    const char *why = nullptr;
    QVERIFY(!decode(blob, out, &why, baseUs));
    QVERIFY(why);
    if (reason)
        QCOMPARE(QByteArray(why), QByteArray(reason));
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(describe(out[0]), describe(held));
}

} // namespace

class TestFlowSegmentCodec : public QObject {
    Q_OBJECT
private slots:
    void roundTripsHandBuiltTuples();
    void roundTripsRandomTuples();
    void roundTripsEmptySegment();
    void roundTripsSmallestTuplesAtTheCountBound();
    void handWrittenTupleDecodes();
    void rejectsEveryTruncation();
    void rejectsTrailingBytes();
    void rejectsUnknownVersion();
    void rejectsReservedFlagBits();
    void rejectsCountBeyondTheBlob();
    void rejectsOverlongVarints();
    void rejectsValuesOutOfRange();
    void rejectsTimeOverflow();
    void survivesSingleByteMutations();
    void countAgreesWithDecode();
    void appendsWithoutCopyingEachTime();
    void scanTupleIsSmall();
};

void TestFlowSegmentCodec::roundTripsHandBuiltTuples()
{
    checkRoundTrip(handBuilt());
}

void TestFlowSegmentCodec::roundTripsRandomTuples()
{
    checkRoundTrip(randomTuples(10'000));
}

void TestFlowSegmentCodec::roundTripsEmptySegment()
{
    checkRoundTrip({});
    QCOMPARE(FlowSegmentCodec::encode({}, kBaseUs), QByteArray::fromHex("0100"));
}

void TestFlowSegmentCodec::roundTripsSmallestTuplesAtTheCountBound()
{
    // decode() bounds the count by the smallest tuple's size: the smallest tuples must still pass.
    FlowTuple smallest;
    smallest.firstUs = smallest.lastUs = kBaseUs;
    setAddress(smallest.src, "0.0.0.0");
    setAddress(smallest.dst, "0.0.0.0");
    const std::vector<FlowTuple> tuples(1000, smallest);
    QCOMPARE(FlowSegmentCodec::encode(tuples, kBaseUs).size(), 1 + 2 + 1000 * 25);
    checkRoundTrip(tuples);
}

void TestFlowSegmentCodec::handWrittenTupleDecodes()
{
    // The rejection tests below alter this blob; unaltered, it decodes as written.
    std::vector<FlowTuple> out;
    const char *why = nullptr;
    QVERIFY2(decode(segment(handTuple()), out, &why), why);
    QCOMPARE(out.size(), size_t(1));
    FlowTuple want;
    want.firstUs = want.lastUs = kBaseUs;
    want.packets = 1;
    setAddress(want.src, "198.51.100.7");
    setAddress(want.dst, "192.0.2.33");
    want.proto = 6;
    want.ttl = 240;
    want.tcpFlags = 0x02;
    QCOMPARE(describe(out[0]), describe(want));
}

void TestFlowSegmentCodec::rejectsEveryTruncation()
{
    const QByteArray blob = FlowSegmentCodec::encode(handBuilt(), kBaseUs);
    for (qsizetype size = 0; size < blob.size(); ++size) {
        checkRejected(blob.left(size), nullptr);
        if (QTest::currentTestFailed()) {
            qWarning("truncated to %lld of %lld bytes", qlonglong(size), qlonglong(blob.size()));
            return;
        }
    }
}

void TestFlowSegmentCodec::rejectsTrailingBytes()
{
    checkRejected(FlowSegmentCodec::encode(handBuilt(), kBaseUs) + '\0', "trailing bytes");
    checkRejected(segment(handTuple() + handTuple()), "trailing bytes"); // a count one too small
}

void TestFlowSegmentCodec::rejectsUnknownVersion()
{
    for (char version : {'\0', '\2', '\xff'}) {
        QByteArray blob = FlowSegmentCodec::encode(handBuilt(), kBaseUs);
        blob[0] = version;
        checkRejected(blob, "unknown segment format");
    }
}

void TestFlowSegmentCodec::rejectsReservedFlagBits()
{
    checkRejected(segment(handTuple(plainFields(), 0x43)), "reserved flag bits set");
    checkRejected(segment(handTuple(plainFields(), 0x83)), "reserved flag bits set");
}

void TestFlowSegmentCodec::rejectsCountBeyondTheBlob()
{
    checkRejected(segment(handTuple(), 1000), "tuple count exceeds the segment size");
    checkRejected(segment(handTuple(), uint64_t(-1)), "tuple count exceeds the segment size");
    // Below the blob's size but above what its smallest tuples would fill: it cannot reserve more.
    checkRejected(segment(handTuple(), 2), "tuple count exceeds the segment size");
    // Room for two smallest tuples but only one, longer, tuple there.
    FlowTuple quoted = scanTuple(5);
    quoted.quoted = true;
    setAddress(quoted.quotedDst, "2001:db8::1");
    const QByteArray one = FlowSegmentCodec::encode({quoted}, kBaseUs).mid(2);
    QVERIFY(one.size() >= 2 * 25);
    checkRejected(segment(one, 2), "truncated segment");
}

void TestFlowSegmentCodec::rejectsOverlongVarints()
{
    const QByteArray eleven = QByteArray(10, '\x80') + '\0';
    checkRejected(segment(handTuple(), 1).left(1) + eleven + handTuple(), "malformed varint");
    auto withPackets = [](const QByteArray &packets) {
        std::vector<QByteArray> f = plainFields();
        f[Packets] = packets;
        return segment(handTuple(f));
    };
    checkRejected(withPackets(eleven), "malformed varint");
    checkRejected(withPackets(QByteArray(9, '\xff') + '\x02'), "malformed varint"); // bit 64
    // Ten bytes carrying bit 63 are the largest varint: 2^64 - 1, packets -1.
    std::vector<FlowTuple> out;
    QVERIFY(decode(withPackets(QByteArray(9, '\xff') + '\x01'), out));
    QCOMPARE(out.at(0).packets, int64_t(-1));
}

void TestFlowSegmentCodec::rejectsValuesOutOfRange()
{
    auto with = [](Field field, const QByteArray &value) {
        std::vector<QByteArray> f = plainFields();
        f[field] = value;
        return segment(handTuple(f));
    };
    checkRejected(with(FirstIpId, varint(70000)), "IP ID out of range");
    checkRejected(with(FirstSeq, varint(uint64_t(1) << 32)), "sequence number out of range");
    checkRejected(with(Port, zigzag(int64_t(1) << 31)), "port out of range");
    checkRejected(with(Sport, zigzag(-(int64_t(1) << 31) - 1)), "source port out of range");
    checkRejected(with(Dport, zigzag(int64_t(1) << 40)), "destination port out of range");
    // payloadId sits between dport and firstSeq when flag bit5 is set.
    auto withPayload = [](const QByteArray &id) {
        std::vector<QByteArray> f = plainFields();
        f.insert(f.begin() + FirstSeq, id);
        return segment(handTuple(f, 0x23));
    };
    std::vector<FlowTuple> out;
    QVERIFY(decode(withPayload(varint(std::numeric_limits<int32_t>::max())), out));
    QCOMPARE(out.at(0).payloadId, std::numeric_limits<int32_t>::max());
    checkRejected(withPayload(varint(uint64_t(std::numeric_limits<int32_t>::max()) + 1)), "payload id out of range");
    checkRejected(withPayload(varint(0)), "payload id out of range");
    // A quoted port beyond int32.
    checkRejected(segment(handTuple(plainFields(), 0x1f) + '\x11' + zigzag(int64_t(1) << 31)
                          + QByteArray::fromHex("c000022ccb007109")),
                  "quoted port out of range");
}

void TestFlowSegmentCodec::rejectsTimeOverflow()
{
    constexpr int64_t max = std::numeric_limits<int64_t>::max();
    std::vector<QByteArray> f = plainFields();
    f[FirstDelta] = zigzag(10);
    checkRejected(segment(handTuple(f)), "time out of range", max - 5);
    f[FirstDelta] = zigzag(0);
    f[LastDelta] = zigzag(std::numeric_limits<int64_t>::min());
    checkRejected(segment(handTuple(f)), "time out of range", -1);
    // The encoder's differences wrap where they cannot be represented; decode refuses, never lies.
    FlowTuple far = scanTuple(0);
    far.firstUs = std::numeric_limits<int64_t>::min();
    far.lastUs = max;
    checkRejected(FlowSegmentCodec::encode({far}, kBaseUs), "time out of range");
}

void TestFlowSegmentCodec::survivesSingleByteMutations()
{
    const QByteArray blob = FlowSegmentCodec::encode(handBuilt(), kBaseUs);
    int accepted = 0;
    for (qsizetype pos = 0; pos < blob.size(); ++pos) {
        const char original = blob[pos];
        for (char value : {'\x00', '\x01', '\x7f', '\x80', '\xff', char(original ^ 0x40), char(original + 1)}) {
            if (value == original)
                continue;
            QByteArray mutated = blob;
            mutated[pos] = value;
            const FlowTuple held = scanTuple(9);
            std::vector<FlowTuple> out{held};
            const char *why = nullptr;
            if (decode(mutated, out, &why)) {
                // Whatever was accepted is a segment of its own: it survives a round trip.
                ++accepted;
                const std::vector<FlowTuple> decoded(out.begin() + 1, out.end());
                std::vector<FlowTuple> again;
                QVERIFY(decode(FlowSegmentCodec::encode(decoded, kBaseUs), again));
                QCOMPARE(again.size(), decoded.size());
                for (size_t i = 0; i < again.size(); ++i)
                    QCOMPARE(describe(again[i]), describe(decoded[i]));
            } else {
                QVERIFY(why);
                QCOMPARE(out.size(), size_t(1));
            }
            QCOMPARE(describe(out[0]), describe(held));
        }
    }
    QVERIFY(accepted > 0); // values inside fields change, and are still valid
}

void TestFlowSegmentCodec::countAgreesWithDecode()
{
    for (const std::vector<FlowTuple> &tuples : {handBuilt(), randomTuples(100), std::vector<FlowTuple>{}}) {
        const QByteArray blob = FlowSegmentCodec::encode(tuples, kBaseUs);
        int64_t n = -1;
        QVERIFY(FlowSegmentCodec::count(blob.constData(), size_t(blob.size()), n));
        std::vector<FlowTuple> out;
        QVERIFY(decode(blob, out));
        QCOMPARE(n, int64_t(out.size()));
    }
    int64_t n = -1;
    QVERIFY(!FlowSegmentCodec::count(nullptr, 0, n));
    QVERIFY(!FlowSegmentCodec::count("\x02\x00", 2, n));
    QVERIFY(!FlowSegmentCodec::count("\x01\x80", 2, n));
    QVERIFY(!FlowSegmentCodec::count("\x01\x05", 2, n));
    QCOMPARE(n, int64_t(-1));
}

void TestFlowSegmentCodec::appendsWithoutCopyingEachTime()
{
    // A query appends segment after segment to one vector: reserving exactly each time would copy
    // all it holds per segment (quadratic; 28 s instead of 0.2 s for 1000 segments of 1000 tuples).
    const QByteArray blob = FlowSegmentCodec::encode({scanTuple(1), scanTuple(2)}, kBaseUs);
    std::vector<FlowTuple> out;
    const FlowTuple *storage = nullptr;
    int moves = 0;
    for (int i = 0; i < 1000; ++i) {
        QVERIFY(decode(blob, out));
        moves += out.data() != storage;
        storage = out.data();
    }
    QCOMPARE(out.size(), size_t(2000));
    QVERIFY2(moves <= 20, QByteArray::number(moves));
}

void TestFlowSegmentCodec::scanTupleIsSmall()
{
    // Inside a segment a tuple's firstUs is a difference from the previous one (here 0.1 s, a
    // small sensor's pace): 40 bytes, of which the random sequence number takes 5, IP ID, real
    // source port and region 3 each, the file offset 4.
    std::vector<FlowTuple> scan;
    for (int i = 0; i < 100; ++i)
        scan.push_back(scanTuple(1'800'000'000 + i * 100'000));
    const qsizetype ninetyNine = FlowSegmentCodec::encode({scan.begin(), scan.end() - 1}, kBaseUs).size();
    const qsizetype perTuple = FlowSegmentCodec::encode(scan, kBaseUs).size() - ninetyNine;
    QVERIFY2(perTuple <= 40, QByteArray::number(perTuple));
    // A segment of one adds the 2-byte header and pays for firstUs as an offset from the hour's
    // start (half an hour: 5 bytes instead of 3).
    const qsizetype alone = FlowSegmentCodec::encode({scanTuple(1'800'000'000)}, kBaseUs).size();
    QVERIFY2(alone <= 44, QByteArray::number(alone));
}

QTEST_GUILESS_MAIN(TestFlowSegmentCodec)
#include "tst_flowsegmentcodec.moc"
