// SPDX-License-Identifier: GPL-3.0-or-later
// The import's bounded per-address cache: exact answers for what it holds, emptied at its bound,
// and a table whose size follows the bound, not the input.
#include <QTest>

#include "addresscache.h"

using namespace teiten;

class TestAddressCache : public QObject {
    Q_OBJECT
private slots:
    void answersWhatItHolds();
    void ipv6AndIpv4Apart();
    void emptiedAtItsBound();
    void tableFollowsTheBound();
    void valueOfComputesOnce();
};

void TestAddressCache::answersWhatItHolds()
{
    AddressCache c;
    QVERIFY(!c.find(IpAddress::fromV4(0)));
    // 0.0.0.0 and value 0 are ordinary entries (a slot is free by its value, not its key).
    c.insert(IpAddress::fromV4(0), 0);
    QCOMPARE(c.find(IpAddress::fromV4(0)), std::optional<int32_t>(0));
    // Consecutive addresses, as a scan's sources, through several growths of the table.
    for (uint32_t i = 1; i <= 100000; ++i)
        c.insert(IpAddress::fromV4(0x0A000000u + i), int32_t(i % 7919));
    QCOMPARE(c.size(), size_t(100001));
    for (uint32_t i = 1; i <= 100000; ++i)
        QCOMPARE(c.find(IpAddress::fromV4(0x0A000000u + i)), std::optional<int32_t>(int32_t(i % 7919)));
    QVERIFY(!c.find(IpAddress::fromV4(0x0A000000u + 100001)));
    // The first value stays; negative values are not stored.
    c.insert(IpAddress::fromV4(0x0A000001u), 5000);
    QCOMPARE(c.find(IpAddress::fromV4(0x0A000001u)), std::optional<int32_t>(1));
    c.insert(IpAddress::fromV4(0x0B000001u), -1);
    QVERIFY(!c.find(IpAddress::fromV4(0x0B000001u)));
}

void TestAddressCache::ipv6AndIpv4Apart()
{
    AddressCache c;
    const auto v6 = IpAddress::parse(QStringLiteral("2001:db8::1"));
    QVERIFY(v6);
    c.insert(*v6, 42);
    c.insert(IpAddress::fromV4(0x20010db8u), 7);
    QCOMPARE(c.find(*v6), std::optional<int32_t>(42));
    QCOMPARE(c.find(IpAddress::fromV4(0x20010db8u)), std::optional<int32_t>(7));
    QVERIFY(!c.find(*IpAddress::parse(QStringLiteral("2001:db8::2"))));
    QCOMPARE(c.size(), size_t(2));
}

void TestAddressCache::emptiedAtItsBound()
{
    AddressCache c(1000, 10);
    for (uint32_t i = 0; i < 1000; ++i)
        c.insert(IpAddress::fromV4(i), 1);
    QCOMPARE(c.size(), size_t(1000));
    c.insert(IpAddress::fromV4(5000), 2); // the 1001st: the IPv4 part starts over with it
    QCOMPARE(c.size(), size_t(1));
    QVERIFY(!c.find(IpAddress::fromV4(0)));
    QCOMPARE(c.find(IpAddress::fromV4(5000)), std::optional<int32_t>(2));
    for (int i = 0; i < 11; ++i)
        c.insert(*IpAddress::parse(QStringLiteral("2001:db8::%1").arg(i + 1, 0, 16)), i);
    QCOMPARE(c.size(), size_t(2)); // ten IPv6, then the eleventh alone
    QCOMPARE(c.find(*IpAddress::parse(QStringLiteral("2001:db8::b"))), std::optional<int32_t>(10));
}

void TestAddressCache::tableFollowsTheBound()
{
    // 2^20 addresses (the import's bound) in 16 MiB; three times as many distinct ones later,
    // still 16 MiB: the table never outgrows twice the bound of 8-byte slots.
    AddressCache c;
    for (uint32_t i = 0; i < 3u * (1u << 20); ++i)
        c.insert(IpAddress::fromV4(i * 2654435761u), 1);
    QVERIFY(c.size() <= size_t(1) << 20);
    QCOMPARE(c.v4TableBytes(), size_t(16) << 20);
}


void TestAddressCache::valueOfComputesOnce()
{
    // The import's look-ups (a source's region, a destination's sensor): computed the first time,
    // answered from the cache after, for IPv4 and IPv6 alike.
    AddressCache c;
    int computed = 0;
    auto regionOf = [&](const IpAddress &a) {
        return c.valueOf(a, [&] {
            ++computed;
            return int32_t(a.bytes()[15]) + 1;
        });
    };
    const IpAddress v4 = IpAddress::fromV4(0xC0000207u);
    const auto v6 = IpAddress::parse(QStringLiteral("2001:db8::9"));
    QVERIFY(v6);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(regionOf(v4), 8);
        QCOMPARE(regionOf(*v6), 10);
    }
    QCOMPARE(computed, 2);
    QCOMPARE(c.find(v4), std::optional<int32_t>(8));
}

QTEST_GUILESS_MAIN(TestAddressCache)
#include "tst_addresscache.moc"
