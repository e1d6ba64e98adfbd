// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include "capturereader.h"
#include "demonetworkgenerator.h"
#include "georesolver.h"
#include "packetdecoder.h"

using namespace teiten;

namespace {

constexpr double kScale = 0.05;
constexpr qint64 kFirstDaySeconds = 1364774400; // 2013-04-01T00:00:00Z

QString labelOf(const PacketRecord &r)
{
    switch (r.proto) {
    case ipproto::Tcp: return QStringLiteral("%1/TCP").arg(r.dstPort);
    case ipproto::Udp: return QStringLiteral("%1/UDP").arg(r.dstPort);
    case ipproto::Icmp: return QStringLiteral("0/ICMP");
    case ipproto::Icmpv6: return QStringLiteral("0/ICMPv6");
    default: return QStringLiteral("0/IP-%1").arg(r.proto);
    }
}

// SHA-256 of every file below `dir`, keyed by relative path.
QMap<QString, QByteArray> hashTree(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        out.insert(QDir(dir).relativeFilePath(path), h.result());
    }
    return out;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestDemoNetworkGenerator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void summaryMatchesLedger();
    void layout();
    void sensorsCsv();
    void recordsMatchLedger();
    void regionsResolve();
    void deterministic();
    void differentSeedDiffers();
    void expectedJsonShape();
    void errorsNamePath();
    void cancelStops();

private:
    QTemporaryDir m_tmp;
    QString m_out;
    QJsonObject m_expected;
    DemoNetworkGenerator::Summary m_summary;
    qint64 m_lastDone = -1, m_lastTotal = -1;
};

void TestDemoNetworkGenerator::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_out = m_tmp.filePath(QStringLiteral("a"));
    DemoNetworkGenerator::Params p;
    p.outDir = m_out;
    p.scale = kScale;
    auto r = DemoNetworkGenerator::generate(p, [this](qint64 done, qint64 total) {
        QVERIFY(done <= total);
        m_lastDone = done;
        m_lastTotal = total;
    });
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    m_summary = *r;
    m_expected = readJson(m_out + QStringLiteral("/expected.json"));
    QVERIFY(!m_expected.isEmpty());
}

void TestDemoNetworkGenerator::summaryMatchesLedger()
{
    QCOMPARE(m_summary.files, 12 * 183);
    QCOMPARE(m_lastDone, m_lastTotal);
    QCOMPARE(m_lastTotal, 12 * 183);
    const QJsonObject totals = m_expected.value(QStringLiteral("totals")).toObject();
    QCOMPARE(qint64(totals.value(QStringLiteral("packets")).toDouble()), m_summary.packets);
    QCOMPARE(qint64(totals.value(QStringLiteral("files")).toDouble()), m_summary.files);
    QCOMPARE(qint64(totals.value(QStringLiteral("bytes")).toDouble()), m_summary.bytes);
    // Linear in scale: ≈300,000 packets at 1.0.
    QVERIFY2(m_summary.packets > 300000 * kScale * 0.85 && m_summary.packets < 300000 * kScale * 1.15,
             qPrintable(QString::number(m_summary.packets)));
}

void TestDemoNetworkGenerator::layout()
{
    const QMap<QString, QString> ext = {{QStringLiteral("jp-08"), QStringLiteral(".pcap.gz")},
                                        {QStringLiteral("jp-09"), QStringLiteral(".pcapng")}};
    const QDir sensors(m_out + QStringLiteral("/sensors"));
    const QStringList names = sensors.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QCOMPARE(names.size(), 12);
    QVERIFY(names.contains(QStringLiteral("jp-01")));
    QVERIFY(names.contains(QStringLiteral("us-01")));
    QVERIFY(names.contains(QStringLiteral("de-01")));
    for (const QString &name : names) {
        const QStringList files = QDir(sensors.filePath(name)).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 183);
        const QString e = ext.value(name, QStringLiteral(".pcap"));
        QCOMPARE(files.first(), QStringLiteral("2013-04-01") + e);
        QCOMPARE(files.last(), QStringLiteral("2013-09-30") + e);
        QVERIFY(files.contains(QStringLiteral("2013-06-30") + e));
        QVERIFY(files.contains(QStringLiteral("2013-07-01") + e));
    }
    QVERIFY(QFileInfo(m_out + QStringLiteral("/geo/teiten-demo-country.mmdb")).size() > 0);
    QFile readme(m_out + QStringLiteral("/README.txt"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    QVERIFY(readme.readAll().contains("teiten import --db demo.db --geoip"));
}

void TestDemoNetworkGenerator::sensorsCsv()
{
    QFile f(m_out + QStringLiteral("/sensors/sensors.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("sensor,address_or_prefix,region,label"));
    QSet<QString> sensors;
    QMap<QString, QString> regionOf;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList cols = lines[i].split(QLatin1Char(','));
        QCOMPARE(cols.size(), 4);
        QVERIFY2(IpPrefix::parse(cols[1]).has_value(), qPrintable(cols[1]));
        sensors.insert(cols[0]);
        regionOf[cols[0]] = cols[2];
    }
    QCOMPARE(sensors.size(), 12);
    QCOMPARE(regionOf.value(QStringLiteral("jp-05")), QStringLiteral("JP"));
    QCOMPARE(regionOf.value(QStringLiteral("us-01")), QStringLiteral("US"));
    QCOMPARE(regionOf.value(QStringLiteral("de-01")), QStringLiteral("DE"));
    // Every address in expected.json's sensor list is a row.
    int addresses = 0;
    for (const QJsonValue &s : m_expected.value(QStringLiteral("sensors")).toArray())
        addresses += s.toObject().value(QStringLiteral("addresses")).toArray().size();
    QCOMPARE(lines.size() - 1, addresses);
}

// Reads every capture back with CaptureReader + PacketDecoder and recomputes the ledger's counts:
// per file, per quarter by service and by region, and the tool fingerprints.
void TestDemoNetworkGenerator::recordsMatchLedger()
{
    auto geo = GeoResolver::open(m_out + QStringLiteral("/geo/teiten-demo-country.mmdb"));
    QVERIFY2(geo.ok(), geo.ok() ? "" : qPrintable(geo.error().message));
    const QJsonObject sensorDaily = m_expected.value(QStringLiteral("sensor_daily")).toObject();
    QMap<QString, qint64> services[2], regions[2];
    qint64 quarterPackets[2] = {0, 0};
    qint64 zmap = 0, masscan = 0, mirai = 0, total = 0;
    const QDir sensors(m_out + QStringLiteral("/sensors"));
    for (const QString &name : sensors.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QJsonArray perDay = sensorDaily.value(name).toArray();
        QCOMPARE(perDay.size(), 183);
        const QStringList files = QDir(sensors.filePath(name)).entryList(QDir::Files, QDir::Name);
        for (int day = 0; day < files.size(); ++day) {
            const QString path = sensors.filePath(name + QLatin1Char('/') + files[day]);
            auto reader = CaptureReader::open(path);
            QVERIFY2(reader.ok(), reader.ok() ? "" : qPrintable(reader.error().message));
            RawFrame frame;
            qint64 n = 0;
            CaptureReader::Next next;
            while ((next = (*reader)->next(frame)) == CaptureReader::Next::Packet) {
                PacketRecord rec;
                QCOMPARE(PacketDecoder::decode(frame.linkType, frame.data, frame.capturedLength, rec),
                         PacketDecoder::Outcome::Ok);
                QVERIFY(!rec.transportTruncated);
                const qint64 d = (frame.timeUs / 1000000 - kFirstDaySeconds) / 86400;
                QCOMPARE(d, qint64(day)); // one file per UTC day
                const int q = d < 91 ? 0 : 1;
                ++quarterPackets[q];
                ++services[q][labelOf(rec)];
                ++regions[q][(*geo)->lookup(rec.src)];
                if (rec.ipVersion == 4 && rec.proto == ipproto::Tcp && rec.tcpFlags == tcpflag::Syn) {
                    const uint32_t dst = rec.dst.v4();
                    zmap += rec.ipId == 54321;
                    masscan += rec.ipId == ((dst ^ rec.dstPort ^ rec.tcpSeq) & 0xffff);
                    mirai += rec.tcpSeq == dst;
                }
                ++n;
            }
            QCOMPARE(next, CaptureReader::Next::End);
            QCOMPARE(n, qint64(perDay[day].toDouble()));
            total += n;
        }
    }
    QCOMPARE(total, m_summary.packets);

    const QJsonObject quarters = m_expected.value(QStringLiteral("quarters")).toObject();
    for (int q = 0; q < 2; ++q) {
        const QJsonObject qq = quarters.value(q == 0 ? QStringLiteral("2013Q2") : QStringLiteral("2013Q3")).toObject();
        QCOMPARE(qint64(qq.value(QStringLiteral("packets")).toDouble()), quarterPackets[q]);
        QMap<QString, qint64> want;
        for (const QJsonValue &v : qq.value(QStringLiteral("services")).toArray())
            want.insert(v[QStringLiteral("label")].toString(), qint64(v[QStringLiteral("packets")].toDouble()));
        QCOMPARE(services[q], want);
        want.clear();
        for (const QJsonValue &v : qq.value(QStringLiteral("regions")).toArray())
            want.insert(v[QStringLiteral("region")].toString(), qint64(v[QStringLiteral("packets")].toDouble()));
        // The database places every source where the generator meant it (ZZ included).
        QCOMPARE(regions[q], want);
    }
    QVERIFY(regions[0].contains(QStringLiteral("ZZ")) || regions[1].contains(QStringLiteral("ZZ")));
    QVERIFY(services[0].contains(QStringLiteral("0/ICMPv6")) || services[1].contains(QStringLiteral("0/ICMPv6")));
    const QJsonObject fp = m_expected.value(QStringLiteral("fingerprints")).toObject();
    QCOMPARE(qint64(fp[QStringLiteral("zmap")][QStringLiteral("packets")].toDouble()), zmap);
    QCOMPARE(qint64(fp[QStringLiteral("masscan")][QStringLiteral("packets")].toDouble()), masscan);
    QCOMPARE(qint64(fp[QStringLiteral("mirai")][QStringLiteral("packets")].toDouble()), mirai);
    QVERIFY(zmap > 0 && masscan > 0 && mirai > 0);
}

void TestDemoNetworkGenerator::regionsResolve()
{
    auto geo = GeoResolver::open(m_out + QStringLiteral("/geo/teiten-demo-country.mmdb"));
    QVERIFY(geo.ok());
    int checked = 0;
    for (const QJsonValue &e : m_expected.value(QStringLiteral("events")).toArray()) {
        const QJsonObject ev = e.toObject();
        const QJsonArray list = ev.contains(QStringLiteral("victims")) ? ev[QStringLiteral("victims")].toArray()
                                                                        : ev[QStringLiteral("sources")].toArray();
        for (const QJsonValue &s : list) {
            const auto a = IpAddress::parse(s[QStringLiteral("address")].toString());
            QVERIFY(a.has_value());
            QCOMPARE((*geo)->lookup(*a), s[QStringLiteral("region")].toString());
            ++checked;
        }
    }
    QVERIFY(checked >= 5);
    // Public crawler addresses: US, Iceland, Romania.
    QCOMPARE((*geo)->lookup(*IpAddress::parse(QStringLiteral("198.20.69.74"))), QStringLiteral("US"));
    QCOMPARE((*geo)->lookup(*IpAddress::parse(QStringLiteral("82.221.105.6"))), QStringLiteral("IS"));
    QCOMPARE((*geo)->lookup(*IpAddress::parse(QStringLiteral("93.120.27.62"))), QStringLiteral("RO"));
    // Sensors are in their own regions.
    QCOMPARE((*geo)->lookup(*IpAddress::parse(QStringLiteral("126.64.12.5"))), QStringLiteral("JP"));
    QCOMPARE((*geo)->lookup(*IpAddress::parse(QStringLiteral("85.214.63.121"))), QStringLiteral("DE"));
}

void TestDemoNetworkGenerator::deterministic()
{
    DemoNetworkGenerator::Params p;
    p.outDir = m_tmp.filePath(QStringLiteral("b"));
    p.scale = kScale;
    p.threads = 1; // a different split of work must not change a byte
    auto r = DemoNetworkGenerator::generate(p);
    QVERIFY(r.ok());
    const auto a = hashTree(m_out);
    const auto b = hashTree(p.outDir);
    QCOMPARE(a.size(), 12 * 183 + 4);
    QCOMPARE(a.keys(), b.keys());
    for (auto it = a.begin(); it != a.end(); ++it)
        QVERIFY2(it.value() == b.value(it.key()), qPrintable(it.key()));
}

void TestDemoNetworkGenerator::differentSeedDiffers()
{
    DemoNetworkGenerator::Params p;
    p.outDir = m_tmp.filePath(QStringLiteral("c"));
    p.scale = kScale;
    p.seed = 7;
    auto r = DemoNetworkGenerator::generate(p);
    QVERIFY(r.ok());
    const auto a = hashTree(m_out);
    const auto c = hashTree(p.outDir);
    int differing = 0;
    for (auto it = a.begin(); it != a.end(); ++it)
        differing += it.value() != c.value(it.key());
    QVERIFY2(differing > 12 * 183 / 2, qPrintable(QString::number(differing)));
    QVERIFY(a.value(QStringLiteral("expected.json")) != c.value(QStringLiteral("expected.json")));
}

void TestDemoNetworkGenerator::expectedJsonShape()
{
    const QJsonObject gen = m_expected[QStringLiteral("generator")].toObject();
    QCOMPARE(gen[QStringLiteral("version")].toString(), QLatin1String(DemoNetworkGenerator::Version));
    QCOMPARE(gen[QStringLiteral("seed")].toString(), QStringLiteral("20130930"));
    QCOMPARE(gen[QStringLiteral("scale")].toDouble(), kScale);
    const QJsonObject daily = m_expected[QStringLiteral("daily")].toObject();
    QCOMPARE(daily[QStringLiteral("dates")].toArray().size(), 183);
    qint64 sum = 0;
    for (const QJsonValue &v : daily[QStringLiteral("packets")].toArray())
        sum += qint64(v.toDouble());
    QCOMPARE(sum, m_summary.packets);

    const QJsonArray events = m_expected[QStringLiteral("events")].toArray();
    QCOMPARE(events.size(), 3);
    const QJsonObject dns = events[0].toObject();
    QCOMPARE(dns[QStringLiteral("kind")].toString(), QStringLiteral("amplification"));
    QCOMPARE(dns[QStringLiteral("label")].toString(), QStringLiteral("53/UDP"));
    QCOMPARE(dns[QStringLiteral("start")].toString(), QStringLiteral("2013-09-03"));
    QCOMPARE(dns[QStringLiteral("sources")].toArray().size(), 2);
    for (const QJsonValue &s : dns[QStringLiteral("sources")].toArray())
        QCOMPARE(s[QStringLiteral("region")].toString(), QStringLiteral("CN"));
    QCOMPARE(dns[QStringLiteral("sensors_hit")].toArray().size(), 10);
    const QJsonObject ics = events[1].toObject();
    QCOMPARE(ics[QStringLiteral("kind")].toString(), QStringLiteral("ics_scan"));
    QCOMPARE(ics[QStringLiteral("start")].toString(), QStringLiteral("2013-08-15"));
    QCOMPARE(ics[QStringLiteral("crawler_addresses")].toArray().size(), 12);
    QVERIFY(ics[QStringLiteral("packets")].toDouble() >= ics[QStringLiteral("crawler_packets")].toDouble());
    const QJsonObject bs = events[2].toObject();
    QCOMPARE(bs[QStringLiteral("kind")].toString(), QStringLiteral("backscatter"));
    QVERIFY(bs[QStringLiteral("packets")].toDouble() > 0);
}

void TestDemoNetworkGenerator::errorsNamePath()
{
    const QString blocker = m_tmp.filePath(QStringLiteral("blocker"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    DemoNetworkGenerator::Params p;
    p.outDir = blocker; // a file where the folder should be
    p.scale = kScale;
    auto r = DemoNetworkGenerator::generate(p);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("blocker")), qPrintable(r.error().message));

    p.outDir = m_tmp.filePath(QStringLiteral("bad-scale"));
    p.scale = -1;
    r = DemoNetworkGenerator::generate(p);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Usage);
}

void TestDemoNetworkGenerator::cancelStops()
{
    std::atomic_bool cancel {true};
    DemoNetworkGenerator::Params p;
    p.outDir = m_tmp.filePath(QStringLiteral("cancelled"));
    p.scale = kScale;
    auto r = DemoNetworkGenerator::generate(p, {}, &cancel);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Cancelled);
}

QTEST_GUILESS_MAIN(TestDemoNetworkGenerator)
#include "tst_demonetworkgenerator.moc"
