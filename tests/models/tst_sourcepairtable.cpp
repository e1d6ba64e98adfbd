// SPDX-License-Identifier: GPL-3.0-or-later
// SourcePairTable (the open-addressing table of the distinct-source passes) against std::map:
// random pairs with many repeats, keys of every sign, IPv4 and IPv6 sources, growth from its
// smallest size, clear, and sources that differ only in their low or high bits.
#include <limits>
#include <map>
#include <random>

#include <QtTest>

#include "sourcepairtable.h"

using namespace teiten;

namespace {

struct Sum {
    qint64 packets = 0;
    int touches = 0;
};

IpAddress v6(uint64_t hi, uint64_t lo)
{
    uint8_t b[16];
    for (int i = 0; i < 8; ++i) {
        b[i] = uint8_t(hi >> (56 - 8 * i));
        b[8 + i] = uint8_t(lo >> (56 - 8 * i));
    }
    return IpAddress::fromBlob(reinterpret_cast<const char *>(b), 16);
}

} // namespace

class TestSourcePairTable : public QObject {
    Q_OBJECT
private slots:
    void equalsPlainMap();
    void clearEmptiesAndStaysUsable();
    void insertSaysWhetherNew();
};

void TestSourcePairTable::equalsPlainMap()
{
    std::mt19937_64 rng(42);
    SourcePairTable<Sum> table;
    std::map<std::pair<qint64, IpAddress>, Sum> plain;
    const qint64 keys[] = {0, 1, -1, 0x110035, qint64(17) << 32 | 0xffffffffLL, std::numeric_limits<qint64>::max(),
                           std::numeric_limits<qint64>::min() + 1, 0x5a5a};
    for (int i = 0; i < 200000; ++i) {
        const qint64 key = keys[rng() % std::size(keys)];
        IpAddress src;
        switch (rng() % 3) {
        case 0: src = IpAddress::fromV4(0x0A000000u + uint32_t(rng() % 5000)); break;  // low bits vary
        case 1: src = IpAddress::fromV4(uint32_t(rng() % 3000) << 20); break;           // high bits vary
        default: src = v6(0x20010db800000000ull | (rng() % 700), rng() % 3); break;     // IPv6
        }
        const qint64 n = qint64(rng() % 10) + 1;
        Sum &s = table[SourcePair{key, src}];
        s.packets += n;
        ++s.touches;
        Sum &p = plain[{key, src}];
        p.packets += n;
        ++p.touches;
    }
    QCOMPARE(table.size(), plain.size());
    QVERIFY(plain.size() > 50000);
    size_t visited = 0;
    table.forEach([&](const SourcePair &pair, const Sum &s) {
        ++visited;
        const auto it = plain.find({pair.key, pair.src});
        QVERIFY(it != plain.end());
        QCOMPARE(s.packets, it->second.packets);
        QCOMPARE(s.touches, it->second.touches);
    });
    QCOMPARE(visited, plain.size());
}

void TestSourcePairTable::clearEmptiesAndStaysUsable()
{
    SourcePairTable<Sum> table;
    for (uint32_t i = 0; i < 10000; ++i)
        table[SourcePair{7, IpAddress::fromV4(i)}].packets = i;
    QCOMPARE(table.size(), size_t(10000));
    table.clear();
    QVERIFY(table.empty());
    int visited = 0;
    table.forEach([&](const SourcePair &, const Sum &) { ++visited; });
    QCOMPARE(visited, 0);
    // Values start afresh after a clear.
    const SourcePair five{7, IpAddress::fromV4(5)};
    QCOMPARE(table[five].packets, qint64(0));
    QCOMPARE(table.size(), size_t(1));
}

void TestSourcePairTable::insertSaysWhetherNew()
{
    struct Present {};
    SourcePairTable<Present> set;
    const IpAddress a = IpAddress::fromV4(0xC0000201), b = IpAddress::fromV4(0xC0000202);
    QVERIFY(set.insert(SourcePair{0, a}));
    QVERIFY(!set.insert(SourcePair{0, a}));
    QVERIFY(set.insert(SourcePair{1, a})); // another key: another pair
    QVERIFY(set.insert(SourcePair{0, b}));
    QCOMPARE(set.size(), size_t(3));
}

QTEST_GUILESS_MAIN(TestSourcePairTable)
#include "tst_sourcepairtable.moc"
