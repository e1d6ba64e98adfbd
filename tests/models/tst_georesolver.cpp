// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "georesolver.h"
#include "mmdbwriter.h"
#include "testsupport.h"

using namespace teiten;

namespace {

IpAddress address(const QString &text)
{
    const auto a = IpAddress::parse(text);
    Q_ASSERT(a);
    return *a;
}

IpPrefix prefix(const char *text)
{
    const auto p = IpPrefix::parse(QString::fromLatin1(text));
    Q_ASSERT(p);
    return *p;
}

bool perlWriterAvailable()
{
    QProcess probe;
    probe.start(QStringLiteral("perl"), {QStringLiteral("-MMaxMind::DB::Writer::Tree"), QStringLiteral("-e1")});
    return probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
}

} // namespace

class TestGeoResolver : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void ownDatabase_data();
    void ownDatabase();
    void codesAreValidatedAndUpperCased();
    void packing();
    void registeredCountryFallback();
    void missingFileNamesIt();
    void notAnMmdbNamesIt();
    void directoryIsRejected();

    // ../shared/data/geo
    void maxmindCountryTestDatabases_data();
    void maxmindCountryTestDatabases();
    void ipv4OnlyDatabase();
    void databaseWithoutIpv4Tree();
    void nroCountryDatabase();
    void lookupSpeed();
    void brokenDatabasesFailCleanly_data();
    void brokenDatabasesFailCleanly();

private:
    QTemporaryDir m_dir;
    QString m_geolite2;
    QString m_plain;
};

void TestGeoResolver::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const auto layout : {MmdbWriter::Layout::GeoLite2Country, MmdbWriter::Layout::PlainCountryCode}) {
        MmdbWriter w(layout, QStringLiteral("Teiten-Test"));
        w.setBuildEpoch(1372636800); // 2013-07-01
        w.insert(prefix("1.0.16.0/20"), QStringLiteral("JP"));
        w.insert(prefix("1.0.16.128/25"), QStringLiteral("CN"));
        w.insert(prefix("8.8.8.0/24"), QStringLiteral("US"));
        w.insert(prefix("203.0.113.7"), QStringLiteral("KR"));
        w.insert(prefix("2001:db8::/32"), QStringLiteral("TW"));
        w.insert(prefix("2001:db8:1::/48"), QStringLiteral("DE"));
        w.insert(prefix("2400:4000::/22"), QStringLiteral("JP"));
        const QString file = m_dir.filePath(layout == MmdbWriter::Layout::PlainCountryCode
                                                ? QStringLiteral("plain.mmdb") : QStringLiteral("geolite2.mmdb"));
        const Status st = w.write(file);
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        (layout == MmdbWriter::Layout::PlainCountryCode ? m_plain : m_geolite2) = file;
    }
}

void TestGeoResolver::ownDatabase_data()
{
    QTest::addColumn<bool>("plain");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("code");
    for (const bool plain : {false, true}) {
        const char *tag = plain ? "plain" : "geolite2";
        auto row = [&](const char *ip, const char *code) {
            QTest::addRow("%s %s", tag, ip) << plain << QString::fromLatin1(ip) << QString::fromLatin1(code);
        };
        row("1.0.16.1", "JP");
        row("1.0.31.255", "JP");
        row("1.0.16.200", "CN");
        row("1.0.32.0", "ZZ");
        row("8.8.8.8", "US");
        row("203.0.113.7", "KR");
        row("203.0.113.8", "ZZ");
        row("::ffff:8.8.4.4", "ZZ");
        row("2001:db8::1", "TW");
        row("2001:db8:1:2::3", "DE");
        row("2400:4000::1", "JP");
        row("2001:db9::1", "ZZ");
        row("::1", "ZZ");
        row("0.0.0.0", "ZZ");
        row("255.255.255.255", "ZZ");
    }
}

void TestGeoResolver::ownDatabase()
{
    QFETCH(bool, plain);
    QFETCH(QString, ip);
    QFETCH(QString, code);
    auto geo = GeoResolver::open(plain ? m_plain : m_geolite2);
    QVERIFY2(geo.ok(), geo.ok() ? "" : qPrintable(geo.error().message));
    QCOMPARE((*geo)->lookup(address(ip)), code);
    QCOMPARE(GeoResolver::unpack((*geo)->lookupPacked(address(ip))), code);
    QCOMPARE((*geo)->info().ipVersion, 6);
    QCOMPARE((*geo)->info().databaseType, QStringLiteral("Teiten-Test"));
    QCOMPARE((*geo)->info().buildTime, QDateTime(QDate(2013, 7, 1), QTime(0, 0), Qt::UTC));
    QVERIFY((*geo)->info().nodeCount > 0);
    QCOMPARE((*geo)->info().path, plain ? m_plain : m_geolite2);
}

void TestGeoResolver::codesAreValidatedAndUpperCased()
{
    // Databases in the wild carry "--", lower case or empty codes: only two letters count.
    const QString file = m_dir.filePath(QStringLiteral("odd-codes.mmdb"));
    MmdbWriter w(MmdbWriter::Layout::PlainCountryCode);
    w.insert(prefix("192.0.2.0/28"), QStringLiteral("jp"));
    w.insert(prefix("192.0.2.16/28"), QStringLiteral("--"));
    w.insert(prefix("192.0.2.32/28"), QStringLiteral("USA"));
    w.insert(prefix("192.0.2.48/28"), QString());
    w.insert(prefix("192.0.2.64/28"), QStringLiteral("J1"));
    w.insert(prefix("192.0.2.80/28"), QStringLiteral("日本"));
    QVERIFY(w.write(file).ok());
    auto geo = GeoResolver::open(file);
    QVERIFY(geo.ok());
    QCOMPARE((*geo)->lookup(address(QStringLiteral("192.0.2.1"))), QStringLiteral("JP"));
    for (const char *ip : {"192.0.2.17", "192.0.2.33", "192.0.2.49", "192.0.2.65", "192.0.2.81"})
        QCOMPARE((*geo)->lookup(address(QString::fromLatin1(ip))), QStringLiteral("ZZ"));
}

void TestGeoResolver::packing()
{
    QCOMPARE(GeoResolver::pack(QStringLiteral("jp")), uint16_t(('J' << 8) | 'P'));
    QCOMPARE(GeoResolver::unpack(GeoResolver::pack(QStringLiteral("JP"))), QStringLiteral("JP"));
    QCOMPARE(GeoResolver::pack(QStringLiteral("J")), GeoResolver::UnknownPacked);
    QCOMPARE(GeoResolver::pack(QStringLiteral("1A")), GeoResolver::UnknownPacked);
    QCOMPARE(GeoResolver::unpack(GeoResolver::UnknownPacked), QStringLiteral("ZZ"));
    QVERIFY(GeoResolver::pack(QStringLiteral("CN")) < GeoResolver::pack(QStringLiteral("JP")));
}

void TestGeoResolver::registeredCountryFallback()
{
    // MmdbWriter does not write registered_country; MaxMind's Perl writer builds the fixture.
    if (!perlWriterAvailable())
        QSKIP("perl MaxMind::DB::Writer (Debian package libmaxmind-db-writer-perl) is not available");
    const QString file = m_dir.filePath(QStringLiteral("registered.mmdb"));
    const QString script = QStringLiteral(R"(
use strict; use warnings;
use MaxMind::DB::Writer::Tree;
my $types = { country => 'map', registered_country => 'map', iso_code => 'utf8_string',
              names => 'map', en => 'utf8_string', geoname_id => 'uint32' };
my $tree = MaxMind::DB::Writer::Tree->new(
    ip_version => 6, record_size => 24, database_type => 'GeoLite2-Country',
    languages => ['en'], description => { en => 'registered_country fixture' },
    remove_reserved_networks => 0, map_key_type_callback => sub { $types->{ $_[0] } });
$tree->insert_network('::192.0.2.0/120', { country => { iso_code => 'SE' }, registered_country => { iso_code => 'DE' } });
$tree->insert_network('::198.51.100.0/120', { registered_country => { iso_code => 'US', geoname_id => 6252001 } });
$tree->insert_network('::203.0.113.0/120', { country => { geoname_id => 1 }, registered_country => { iso_code => 'gb' } });
$tree->insert_network('2001:db8::/32', { registered_country => { iso_code => 'JP' } });
open my $o, '>:raw', $ARGV[0] or die;
$tree->write_tree($o);
)");
    QProcess perl;
    perl.start(QStringLiteral("perl"), {QStringLiteral("-e"), script, file});
    QVERIFY(perl.waitForFinished(60000));
    QVERIFY2(perl.exitCode() == 0, perl.readAllStandardError().constData());
    auto geo = GeoResolver::open(file);
    QVERIFY2(geo.ok(), geo.ok() ? "" : qPrintable(geo.error().message));
    QCOMPARE((*geo)->lookup(address(QStringLiteral("192.0.2.1"))), QStringLiteral("SE"));
    QCOMPARE((*geo)->lookup(address(QStringLiteral("198.51.100.1"))), QStringLiteral("US"));
    QCOMPARE((*geo)->lookup(address(QStringLiteral("203.0.113.1"))), QStringLiteral("GB"));
    QCOMPARE((*geo)->lookup(address(QStringLiteral("2001:db8::1"))), QStringLiteral("JP"));
    QCOMPARE((*geo)->lookup(address(QStringLiteral("10.0.0.1"))), QStringLiteral("ZZ"));
}

void TestGeoResolver::missingFileNamesIt()
{
    const QString file = m_dir.filePath(QStringLiteral("does-not-exist.mmdb"));
    auto geo = GeoResolver::open(file);
    QVERIFY(!geo.ok());
    QCOMPARE(geo.error().code, Error::Code::NotFound);
    QVERIFY2(geo.error().message.contains(file), qPrintable(geo.error().message));
}

void TestGeoResolver::notAnMmdbNamesIt()
{
    const QString file = m_dir.filePath(QStringLiteral("not-a-database.mmdb"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("start_ip,end_ip,country_code\n1.0.0.0,1.0.0.255,AU\n").repeated(50));
    f.close();
    auto geo = GeoResolver::open(file);
    QVERIFY(!geo.ok());
    QCOMPARE(geo.error().code, Error::Code::BadFormat);
    QVERIFY2(geo.error().message.contains(file), qPrintable(geo.error().message));
    // The library's own reason is kept (MMDB_INVALID_METADATA_ERROR's text).
    QVERIFY2(geo.error().message.contains(QLatin1String("metadata"), Qt::CaseInsensitive),
             qPrintable(geo.error().message));

    const QString empty = m_dir.filePath(QStringLiteral("empty.mmdb"));
    QFile e(empty);
    QVERIFY(e.open(QIODevice::WriteOnly));
    e.close();
    auto geo2 = GeoResolver::open(empty);
    QVERIFY(!geo2.ok());
    QVERIFY2(geo2.error().message.contains(empty), qPrintable(geo2.error().message));
}

void TestGeoResolver::directoryIsRejected()
{
    auto geo = GeoResolver::open(m_dir.path());
    QVERIFY(!geo.ok());
    QVERIFY2(geo.error().message.contains(m_dir.path()), qPrintable(geo.error().message));
}

void TestGeoResolver::maxmindCountryTestDatabases_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("code");
    for (const char *db : {"GeoLite2-Country-Test.mmdb", "GeoIP2-Country-Test.mmdb", "GeoIP2-City-Test.mmdb"}) {
        auto row = [&](const char *ip, const char *code) {
            QTest::addRow("%s %s", db, ip) << QString::fromLatin1(db) << QString::fromLatin1(ip) << QString::fromLatin1(code);
        };
        // From geo/derived/*.networks.csv: country wins over registered_country.
        row("81.2.69.142", "GB");
        row("81.2.69.160", "GB");
        row("89.160.20.112", "SE");
        row("216.160.83.56", "US");
        row("2001:218::", "JP");
        row("2001:218::1", "JP");
        row("::ffff:81.2.69.142", "GB");
        row("10.0.0.1", "ZZ");
        if (qstrcmp(db, "GeoLite2-Country-Test.mmdb") != 0) {
            row("175.16.199.0", "CN");
            row("214.1.1.0", "ZZ"); // anycast network without any country
        }
    }
}

void TestGeoResolver::maxmindCountryTestDatabases()
{
    QFETCH(QString, file);
    QFETCH(QString, ip);
    QFETCH(QString, code);
    TEITEN_REQUIRE_SHARED(QStringLiteral("geo/") + file);
    auto geo = GeoResolver::open(sharedPath_);
    QVERIFY2(geo.ok(), geo.ok() ? "" : qPrintable(geo.error().message));
    QCOMPARE((*geo)->lookup(address(ip)), code);
}

void TestGeoResolver::ipv4OnlyDatabase()
{
    TEITEN_REQUIRE_SHARED(QStringLiteral("geo/MaxMind-DB-test-ipv4-24.mmdb"));
    auto geo = GeoResolver::open(sharedPath_);
    QVERIFY2(geo.ok(), geo.ok() ? "" : qPrintable(geo.error().message));
    QCOMPARE((*geo)->info().ipVersion, 4);
    // Its records hold {ip: "..."}, no country: everything is unknown, and IPv6 asks nothing.
    QCOMPARE((*geo)->lookup(address(QStringLiteral("1.1.1.1"))), QStringLiteral("ZZ"));
    QCOMPARE((*geo)->lookup(address(QStringLiteral("2001:db8::1"))), QStringLiteral("ZZ"));
}

void TestGeoResolver::databaseWithoutIpv4Tree()
{
    TEITEN_REQUIRE_SHARED(QStringLiteral("geo/MaxMind-DB-no-ipv4-search-tree.mmdb"));
    auto geo = GeoResolver::open(sharedPath_);
    QVERIFY2(geo.ok(), geo.ok() ? "" : qPrintable(geo.error().message));
    QCOMPARE((*geo)->lookup(address(QStringLiteral("1.1.1.1"))), QStringLiteral("ZZ"));
    QCOMPARE((*geo)->lookup(address(QStringLiteral("::1:ffff:ffff"))), QStringLiteral("ZZ"));
}

void TestGeoResolver::nroCountryDatabase()
{
    TEITEN_REQUIRE_SHARED(QStringLiteral("geo/geo-whois-asn-country.mmdb"));
    const QString csvPath = teiten::test::sharedData(QStringLiteral("geo/geo-whois-asn-country-ipv4.csv"));
    if (csvPath.isEmpty())
        QSKIP("../shared/data/geo/geo-whois-asn-country-ipv4.csv is not present; skipping");
    auto geo = GeoResolver::open(sharedPath_);
    QVERIFY2(geo.ok(), geo.ok() ? "" : qPrintable(geo.error().message));
    QCOMPARE((*geo)->info().ipVersion, 6);

    // The CSV is the same release as the database. Its ranges are sorted by start but may nest
    // (a /22 listed before the /29s inside it); the database answers with the innermost, so
    // sample only rows that touch neither neighbour: their start, end and middle.
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
    struct Row {
        uint32_t first, last;
        QString code;
    };
    std::vector<Row> rows;
    while (!csv.atEnd()) {
        const QList<QByteArray> f = csv.readLine().trimmed().split(',');
        if (f.size() != 3)
            continue;
        const auto first = IpAddress::parse(QString::fromLatin1(f[0]));
        const auto last = IpAddress::parse(QString::fromLatin1(f[1]));
        QVERIFY(first && last && first->isV4() && last->isV4());
        rows.push_back({first->v4(), last->v4(), QString::fromLatin1(f[2]).toUpper()});
    }
    QVERIFY(rows.size() > 1000);
    int checked = 0;
    bool sawJp = false;
    for (size_t i = 1; i + 1 < rows.size(); ++i) {
        const Row &r = rows[i];
        const bool jpProbe = r.first == 0x01001000u; // 1.0.16.0, the README's example
        if ((i % 997 != 0 && !jpProbe) || rows[i - 1].last >= r.first || rows[i + 1].first <= r.last)
            continue;
        for (const uint32_t a : {r.first, r.last, r.first + (r.last - r.first) / 2}) {
            const QString got = (*geo)->lookup(IpAddress::fromV4(a));
            if (got != r.code)
                QFAIL(qPrintable(QStringLiteral("%1 (CSV line %2): expected %3, got %4")
                                     .arg(IpAddress::fromV4(a).toString()).arg(i + 1).arg(r.code, got)));
            ++checked;
        }
        sawJp |= jpProbe && r.code == QLatin1String("JP");
    }
    QVERIFY(checked > 300);
    QVERIFY(sawJp);
    QCOMPARE((*geo)->lookup(address(QStringLiteral("1.0.16.5"))), QStringLiteral("JP"));
}

void TestGeoResolver::lookupSpeed()
{
    // Not a pass/fail benchmark (shared CI cores vary); logs the hot path's rate on a real-size tree.
    TEITEN_REQUIRE_SHARED(QStringLiteral("geo/geo-whois-asn-country.mmdb"));
    auto geo = GeoResolver::open(sharedPath_);
    QVERIFY(geo.ok());
    QRandomGenerator rng(3);
    constexpr int n = 500000;
    std::vector<IpAddress> probes;
    probes.reserve(n);
    for (int i = 0; i < n; ++i)
        probes.push_back(IpAddress::fromV4(rng.generate()));
    QElapsedTimer t;
    t.start();
    uint32_t sum = 0;
    for (const IpAddress &a : probes)
        sum += (*geo)->lookupPacked(a);
    const qint64 ns = std::max<qint64>(1, t.nsecsElapsed());
    qInfo("%d lookups in %.1f ms: %.2f M lookups/s (checksum %u)", n, ns / 1e6, n * 1e3 / ns, sum);
    QVERIFY(sum > 0);
}

void TestGeoResolver::brokenDatabasesFailCleanly_data()
{
    QTest::addColumn<QString>("file");
    const QString dir = teiten::test::sharedData(QStringLiteral("geo/broken"));
    if (dir.isEmpty()) {
        QTest::newRow("absent") << QString();
        return;
    }
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.mmdb")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << QDir(dir).filePath(f);
}

void TestGeoResolver::brokenDatabasesFailCleanly()
{
    QFETCH(QString, file);
    if (file.isEmpty())
        QSKIP("../shared/data/geo/broken is not present; skipping");
    auto geo = GeoResolver::open(file);
    qInfo().noquote() << QFileInfo(file).fileName() << "→" << (geo.ok() ? QStringLiteral("opened") : geo.error().message);
    if (!geo.ok()) {
        QVERIFY2(geo.error().message.contains(file), qPrintable(geo.error().message));
        QVERIFY(geo.error().code == Error::Code::BadFormat);
        return;
    }
    // Opened: every answer must be a plausible code, and nothing may crash or hang.
    QRandomGenerator rng(17);
    std::vector<IpAddress> probes = {address(QStringLiteral("1.1.1.1")), address(QStringLiteral("1.1.1.3")),
                                     address(QStringLiteral("81.2.69.160")), address(QStringLiteral("2001:218::")),
                                     address(QStringLiteral("::")), address(QStringLiteral("ffff::"))};
    for (int i = 0; i < 2000; ++i) {
        uint8_t b[16];
        for (uint8_t &x : b)
            x = uint8_t(rng.generate());
        probes.push_back(i % 2 ? IpAddress::fromV4(rng.generate()) : IpAddress::fromV6Bytes(b));
    }
    for (const IpAddress &a : probes) {
        const QString code = (*geo)->lookup(a);
        QCOMPARE(code.size(), 2);
        QVERIFY(code.at(0).isUpper() && code.at(1).isUpper());
    }
    if (file.endsWith(QLatin1String("uint64-max-epoch.mmdb")))
        QVERIFY(!(*geo)->info().buildTime.isValid()); // UINT64_MAX seconds: no date, no overflow
}

QTEST_GUILESS_MAIN(TestGeoResolver)
#include "tst_georesolver.moc"
