// SPDX-License-Identifier: GPL-3.0-or-later
// The hourly roll-ups' blob (RollupSegmentCodec): what is encoded decodes exactly, and no blob —
// truncated, mutated, forged — is read outside its bytes or accepted with a value out of range.
#include <cstring>
#include <limits>
#include <random>
#include <vector>

#include <QtTest>

#include "rollupsegmentcodec.h"

using namespace teiten;

namespace {

bool same(const RollupEntry &a, const RollupEntry &b)
{
    return a.packets == b.packets && a.bytes == b.bytes && a.port == b.port && a.region == b.region && a.proto == b.proto;
}

RollupEntry entry(uint8_t proto, int32_t port, uint16_t region, int64_t packets, int64_t bytes)
{
    RollupEntry e;
    e.proto = proto;
    e.port = port;
    e.region = region;
    e.packets = packets;
    e.bytes = bytes;
    return e;
}

void checkRoundTrip(const std::vector<RollupEntry> &entries)
{
    const QByteArray blob = RollupSegmentCodec::encode(entries);
    std::vector<RollupEntry> out;
    const char *why = nullptr;
    QVERIFY2(RollupSegmentCodec::decode(blob.constData(), size_t(blob.size()), out, &why), why);
    QCOMPARE(out.size(), entries.size());
    for (size_t i = 0; i < entries.size(); ++i)
        QVERIFY2(same(out[i], entries[i]), qPrintable(QString::number(i)));
}

void checkRejected(const QByteArray &blob, const char *reason)
{
    RollupEntry kept = entry(6, 445, 0x434e, 7, 280);
    std::vector<RollupEntry> out{kept};
    const char *why = nullptr;
    QVERIFY(!RollupSegmentCodec::decode(blob.constData(), size_t(blob.size()), out, &why));
    QVERIFY(why);
    QCOMPARE(QByteArray(why), QByteArray(reason));
    QCOMPARE(out.size(), size_t(1)); // left as it was
    QVERIFY(same(out[0], kept));
}

// A blob of one entry, field by field, so tests can forge each value.
QByteArray oneEntry(uint8_t proto, const QByteArray &port, const QByteArray &packets, const QByteArray &bytes)
{
    return QByteArray("\x01\x01", 2) + char(proto) + port + QByteArray("CN") + packets + bytes;
}

const QByteArray kZero("\x00", 1);

} // namespace

class TestRollupSegmentCodec : public QObject {
    Q_OBJECT
private slots:
    void roundTripsExtremes()
    {
        checkRoundTrip({entry(6, 445, 0x434e, 1, 40), entry(17, 53, 0x5553, 123456, 123456 * 64),
                        entry(1, 0, 0x4a50, 3, 0), entry(6, -1, 0x5a5a, 2, 3000), // a fragment's port
                        entry(255, std::numeric_limits<int32_t>::max(), 0xffff, std::numeric_limits<int64_t>::max(),
                              std::numeric_limits<int64_t>::max()),
                        entry(0, std::numeric_limits<int32_t>::min(), 0, 1, 0)});
    }
    void roundTripsRandomEntries()
    {
        std::mt19937_64 rng(20130903);
        std::vector<RollupEntry> entries;
        for (int i = 0; i < 10000; ++i)
            entries.push_back(entry(uint8_t(rng()), int32_t(rng()), uint16_t(rng()),
                                    1 + int64_t(rng() >> (1 + rng() % 62)), int64_t(rng() >> (1 + rng() % 63))));
        checkRoundTrip(entries);
    }
    void roundTripsEmptySegment() { checkRoundTrip({}); }
    void handWrittenEntryDecodes()
    {
        // 445/TCP from CN: 3 packets of 120 bytes. Port 445 zigzags to 890 = 0xfa 0x06.
        const QByteArray blob = oneEntry(6, QByteArray("\xfa\x06", 2), "\x03", "\x78");
        std::vector<RollupEntry> out;
        QVERIFY(RollupSegmentCodec::decode(blob.constData(), size_t(blob.size()), out));
        QCOMPARE(out.size(), size_t(1));
        QVERIFY(same(out[0], entry(6, 445, 0x434e, 3, 120)));
        QCOMPARE(RollupSegmentCodec::encode(out), blob);
    }
    void rejectsEveryTruncation()
    {
        const QByteArray blob = RollupSegmentCodec::encode({entry(6, 445, 0x434e, 300, 12000), entry(17, 53, 0x5553, 1, 64)});
        for (int n = 0; n < blob.size(); ++n) {
            std::vector<RollupEntry> out;
            const char *why = nullptr;
            QVERIFY2(!RollupSegmentCodec::decode(blob.constData(), size_t(n), out, &why), qPrintable(QString::number(n)));
            QVERIFY(why && out.empty());
        }
    }
    void rejectsTrailingBytes() { checkRejected(RollupSegmentCodec::encode({entry(6, 22, 0x5255, 1, 40)}) + '\0', "trailing bytes"); }
    void rejectsUnknownVersion() { checkRejected(QByteArray("\x02\x00", 2), "unknown roll-up segment format"); }
    void rejectsCountBeyondTheBlob()
    {
        // Ten entries claimed, room for one: refused before anything is reserved.
        QByteArray blob = RollupSegmentCodec::encode({entry(6, 22, 0x5255, 1, 40)});
        blob[1] = 10;
        checkRejected(blob, "entry count exceeds the segment size");
        checkRejected(QByteArray("\x01\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 10), "entry count exceeds the segment size");
    }
    void rejectsOverlongVarints()
    {
        const QByteArray eleven("\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01", 11);
        checkRejected(oneEntry(6, "\x02", eleven, kZero), "malformed varint");
        checkRejected(oneEntry(6, "\x02", "\x01", QByteArray("\xff\xff\xff\xff\xff\xff\xff\xff\xff\x02", 10)),
                      "malformed varint");
    }
    void rejectsValuesOutOfRange()
    {
        const QByteArray nine1("\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 9); // 2^63 − 1
        const QByteArray ten("\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01", 10); // 2^63
        checkRejected(oneEntry(6, QByteArray("\x80\x80\x80\x80\x10", 5), "\x01", kZero), "port out of range");
        checkRejected(oneEntry(6, "\x02", kZero, kZero), "packet count out of range");
        checkRejected(oneEntry(6, "\x02", ten, kZero), "packet count out of range");
        checkRejected(oneEntry(6, "\x02", "\x01", ten), "byte count out of range");
        std::vector<RollupEntry> out;
        const QByteArray largest = oneEntry(6, "\x02", nine1, nine1);
        QVERIFY(RollupSegmentCodec::decode(largest.constData(), size_t(largest.size()), out));
        QCOMPARE(out.at(0).packets, std::numeric_limits<int64_t>::max());
    }
    void survivesSingleByteMutations()
    {
        // Every byte of a blob set to every value: each decodes or is refused with a reason, and
        // an accepted one re-encodes to what it decoded.
        std::vector<RollupEntry> entries;
        for (int i = 0; i < 6; ++i)
            entries.push_back(entry(uint8_t(i * 40), i * 1000 - 1, uint16_t(0x4141 + i), 1 + i * 300, i * 70000));
        const QByteArray blob = RollupSegmentCodec::encode(entries);
        int accepted = 0;
        for (int at = 0; at < blob.size(); ++at)
            for (int v = 0; v < 256; ++v) {
                QByteArray m = blob;
                m[at] = char(v);
                std::vector<RollupEntry> out;
                const char *why = nullptr;
                if (!RollupSegmentCodec::decode(m.constData(), size_t(m.size()), out, &why)) {
                    QVERIFY(why && out.empty());
                    continue;
                }
                ++accepted;
                std::vector<RollupEntry> again;
                const QByteArray re = RollupSegmentCodec::encode(out);
                QVERIFY(RollupSegmentCodec::decode(re.constData(), size_t(re.size()), again));
                QCOMPARE(again.size(), out.size());
                for (size_t i = 0; i < out.size(); ++i)
                    QVERIFY(same(again[i], out[i]));
            }
        QVERIFY(accepted > 0);
    }
    void appendsToWhatIsThere()
    {
        std::vector<RollupEntry> out{entry(1, 0, 0x4a50, 5, 420)};
        const QByteArray blob = RollupSegmentCodec::encode({entry(6, 23, 0x434e, 9, 360)});
        QVERIFY(RollupSegmentCodec::decode(blob.constData(), size_t(blob.size()), out));
        QCOMPARE(out.size(), size_t(2));
        QVERIFY(same(out[0], entry(1, 0, 0x4a50, 5, 420)) && same(out[1], entry(6, 23, 0x434e, 9, 360)));
    }
    void scanEntryIsSmall()
    {
        // A port-scan roll-up (a high port, a region, one 40-byte SYN) takes 8 bytes.
        const QByteArray blob = RollupSegmentCodec::encode({entry(6, 40000, 0x434e, 1, 40)});
        QCOMPARE(blob.size() - 2, 8);
    }
};

QTEST_GUILESS_MAIN(TestRollupSegmentCodec)
#include "tst_rollupsegmentcodec.moc"
