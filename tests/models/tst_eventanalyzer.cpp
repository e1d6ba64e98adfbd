// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis end to end: captures → ImportJob → workspace → EventAnalyzer, on the bundled sample
// network (answers in its expected.json), on a steady network made here, on the shared synthetic
// network (../shared/data/synth/seed-2013q3, answers in ground_truth.json) and on real captures.
#include <random>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include "amplificationcatalog.h"
#include "analysisqueries.h"
#include "backscatterdetector.h"
#include "capturewriter.h"
#include "demonetworkgenerator.h"
#include "episodeattribution.h"
#include "episodeclassifier.h"
#include "eventanalyzer.h"
#include "importjob.h"
#include "mmdbwriter.h"
#include "packetbuilder.h"
#include "scannercatalog.h"
#include "scannersharequery.h"
#include "testsupport.h"
#include "workspace.h"

using namespace teiten;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject eventNamed(const QJsonObject &answers, const QString &key, const QString &value)
{
    for (const QJsonValue &v : answers.value(QStringLiteral("events")).toArray()) {
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    }
    return {};
}

const Event *find(const QVector<Event> &events, EventKind kind, const QString &key = {})
{
    for (const Event &e : events) {
        if (e.kind == kind && (key.isEmpty() || e.key == key))
            return &e;
    }
    return nullptr;
}

bool import(const QString &db, const QStringList &paths, const QString &geoip, const QString &sensor = {})
{
    ImportParams p;
    p.workspacePath = db;
    p.paths = paths;
    p.geoipPath = geoip;
    p.sensor = sensor;
    const ImportReport r = ImportJob(p).run();
    if (!r.fatalError.isEmpty())
        qWarning() << r.fatalError;
    return r.fatalError.isEmpty() && r.packets > 0;
}

std::unique_ptr<Workspace> openWs(const QString &db)
{
    auto ws = Workspace::open(db, Workspace::Mode::ReadOnly);
    return ws ? std::move(*ws) : nullptr;
}

int daysApart(const QDate &a, const QString &b)
{
    return int(qAbs(a.daysTo(QDate::fromString(b, Qt::ISODate))));
}

/// Packets of a service in a period from known search-engine crawlers.
qint64 crawlerPackets(Workspace &ws, const Period &period, const QString &service)
{
    QueryFilter f;
    f.service = ServiceKey::parse(service);
    auto shares = ScannerShareQuery::compute(ws, period, f, ScannerCatalog::builtIn());
    qint64 crawler = 0;
    for (const ScannerClassShare &s : shares ? *shares : QVector<ScannerClassShare>{})
        crawler += s.scannerClass == QLatin1String("search-engine") ? s.packets : 0;
    return shares ? crawler : -1;
}

/// The event's share of packets from known search-engine crawlers.
double crawlerShare(const Event &e)
{
    double share = 0;
    for (const ScannerClassShare &s : e.scannerShares)
        share += s.scannerClass == QLatin1String("search-engine") ? s.share : 0;
    return share;
}

/// A plain DNS query for `name` (type A, class IN, RD set).
QByteArray dnsQuery(uint16_t id, const QByteArray &name)
{
    QByteArray m;
    m.append(char(id >> 8)).append(char(id & 0xff)).append('\x01').append('\x00');
    m.append("\x00\x01\x00\x00\x00\x00\x00\x00", 8);
    for (const QByteArray &label : name.split('.')) {
        m.append(char(label.size()));
        m.append(label);
    }
    m.append('\x00');
    m.append("\x00\x01\x00\x01", 4);
    return m;
}

/// Six months of steady darknet traffic to four sensors: weekly rhythm, Poisson noise, slow
/// growth, stray packets to ICS ports; no surge, no ICS wave, no backscatter.
bool writeSteadyNetwork(const QString &root)
{
    std::mt19937 rng(42);
    PacketBuilder b;
    const QDate first(2013, 4, 1);
    std::vector<uint32_t> sources;
    for (int i = 0; i < 600; ++i)
        sources.push_back(0x3D000000u + uint32_t(rng() % 0x00FFFFFFu));   // 61.0.0.0/8
    struct Mix { uint8_t proto; uint16_t port; double perDay; };
    const Mix mix[] = {{6, 445, 30}, {6, 23, 12}, {6, 1433, 8}, {17, 53, 5}, {1, 0, 5}, {6, 22, 4}};
    for (int s = 0; s < 4; ++s) {
        const QString dir = root + QStringLiteral("/sensors/st-%1").arg(s + 1);
        QDir().mkpath(dir);
        const uint32_t sensorAddr = 0xC6336400u + uint32_t(s);   // 198.51.100.x
        for (int d = 0; d < 183; ++d) {
            const QDate day = first.addDays(d);
            auto w = CaptureWriter::create(dir + QStringLiteral("/%1.pcap").arg(day.toString(Qt::ISODate)), {});
            if (!w)
                return false;
            const int64_t dayNs = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000000LL;
            const double weekly = day.dayOfWeek() >= 6 ? 0.7 : 1.0;
            int64_t t = dayNs + 60LL * 1000000000LL;
            for (const Mix &m : mix) {
                std::poisson_distribution<int> count(m.perDay * weekly * (1 + 0.2 * d / 183));
                const int n = count(rng) + (d % 37 == 5 && m.port == 502 ? 1 : 0);
                for (int i = 0; i < n; ++i) {
                    PacketBuilder::IpFields ip;
                    ip.src = IpAddress::fromV4(sources[rng() % sources.size()]);
                    ip.dst = IpAddress::fromV4(sensorAddr);
                    ip.ttl = uint8_t(40 + rng() % 80);
                    ip.id = uint16_t(rng());
                    size_t len = 0;
                    if (m.proto == 6) {
                        PacketBuilder::TcpFields tcp;
                        tcp.srcPort = uint16_t(1024 + rng() % 60000);
                        tcp.dstPort = m.port;
                        tcp.seq = uint32_t(rng());
                        tcp.window = 8192;
                        len = b.tcp(ip, tcp);
                    } else if (m.proto == 17) {
                        const QByteArray q = dnsQuery(uint16_t(rng()), "www.example.org");
                        len = b.udp(ip, uint16_t(1024 + rng() % 60000), 53, reinterpret_cast<const uint8_t *>(q.constData()),
                                    size_t(q.size()));
                    } else {
                        len = b.icmp(ip, 8, 0, uint32_t(rng()));
                    }
                    t += int64_t(rng() % 60000) * 1000000LL;
                    if (!(*w)->write(t, QByteArray(reinterpret_cast<const char *>(b.data()), int(len))))
                        return false;
                }
            }
            // A stray probe of Modbus every few weeks is not an ICS wave.
            if (d % 37 == 5) {
                PacketBuilder::IpFields ip;
                ip.src = IpAddress::fromV4(sources[size_t(d) % sources.size()]);
                ip.dst = IpAddress::fromV4(sensorAddr);
                PacketBuilder::TcpFields tcp;
                tcp.srcPort = 40000;
                tcp.dstPort = 502;
                const size_t len = b.tcp(ip, tcp);
                (*w)->write(t + 1000, QByteArray(reinterpret_cast<const char *>(b.data()), int(len)));
            }
            if (!(*w)->close())
                return false;
        }
    }
    return true;
}

/// Writes `frames` (time in ns, frame) as one capture file.
bool writeCapture(const QString &path, const QVector<QPair<int64_t, QByteArray>> &frames)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto w = CaptureWriter::create(path, {});
    if (!w)
        return false;
    for (const auto &[t, frame] : frames) {
        if (!(*w)->write(t, frame))
            return false;
    }
    return bool((*w)->close());
}

const int64_t kJuly2013Ns = 1372636800LL * 1000000000LL;   // 2013-07-01T00:00Z

/// Backscatter of a flood at 203.0.113.77 whose packets carried our addresses as their spoofed
/// source: routers on the way answer with ICMP errors that quote the packet (ours → victim).
QVector<QPair<int64_t, QByteArray>> icmpBackscatterViaRouters()
{
    PacketBuilder b;
    QVector<QPair<int64_t, QByteArray>> frames;
    for (int i = 0; i < 24; ++i) {
        PacketBuilder::IpFields router;
        router.src = IpAddress::fromV4(0xC6120001u + uint32_t(i % 3));      // 198.18.0.1-3
        router.dst = IpAddress::fromV4(0xC6336400u + uint32_t(i % 4));      // 198.51.100.0-3 (sensors)
        PacketBuilder::IpFields quoted;
        quoted.src = router.dst;
        quoted.dst = IpAddress::fromV4(0xCB00714Du);                         // 203.0.113.77
        quoted.ttl = 1;
        uint8_t l4[8] = {0x9c, 0x40, 0x00, 0x35, 0x00, 0x08, 0x00, 0x00};    // UDP 40000 → 53
        uint8_t datagram[64];
        const size_t n = PacketBuilder::writeIpDatagram(datagram, sizeof datagram, quoted, 17, l4, sizeof l4);
        const uint8_t type = i % 2 ? 11 : 3;
        const size_t len = b.icmp(router, type, type == 3 ? 1 : 0, 0, datagram, n);
        frames.push_back({kJuly2013Ns + int64_t(i) * 30 * 1000000000LL, b.frame().left(int(len))});
    }
    return frames;
}

/// `sources` SYNs in one minute at 198.51.100.9:8080. Spoofed: one source per packet, one TTL, one
/// address hit. Scanning: the same sources also probe three more sensor addresses.
QVector<QPair<int64_t, QByteArray>> synBurst(int sources, bool spoofed)
{
    std::mt19937 rng(7);
    PacketBuilder b;
    QVector<QPair<int64_t, QByteArray>> frames;
    for (int i = 0; i < sources; ++i) {
        PacketBuilder::IpFields ip;
        ip.src = IpAddress::fromV4(0x0B000000u + uint32_t(rng() % 0xD0000000u));
        ip.ttl = spoofed ? 242 : uint8_t(40 + rng() % 80);
        ip.id = uint16_t(rng());
        PacketBuilder::TcpFields tcp;
        tcp.srcPort = uint16_t(1024 + rng() % 60000);
        tcp.dstPort = 8080;
        tcp.seq = uint32_t(rng()) & 0xffff0000u;
        tcp.flags = spoofed ? 0xC2 : 0x02;
        tcp.window = 65535;
        for (int d = 0; d < (spoofed ? 1 : 4); ++d) {
            ip.dst = IpAddress::fromV4(0xC6336409u + uint32_t(d));
            const size_t len = b.tcp(ip, tcp);
            frames.push_back({kJuly2013Ns + int64_t(i) * 100000000LL + d, b.frame().left(int(len))});
        }
    }
    return frames;
}

Period periodOf(Workspace &ws)
{
    auto range = ws.dataRange();
    if (!range || !range->has_value())
        return {};
    const QDate first = QDateTime::fromMSecsSinceEpoch((*range)->first / 1000, QTimeZone::utc()).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch((*range)->second / 1000, QTimeZone::utc()).date();
    return Period::range(first, last);
}

} // namespace

class TestEventAnalyzer : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_demoDb;
    QJsonObject m_expected;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DemoNetworkGenerator::Params p;
        p.outDir = m_dir.filePath(QStringLiteral("demo"));
        // A third of the bundled size keeps the test near a minute; the events scale with it.
        p.scale = 0.35;
        p.threads = 2;
        auto g = DemoNetworkGenerator::generate(p);
        QVERIFY2(g, g ? "" : qPrintable(g.error().message));
        m_expected = readJson(p.outDir + QStringLiteral("/expected.json"));
        QVERIFY(!m_expected.isEmpty());
        m_demoDb = m_dir.filePath(QStringLiteral("demo.teiten"));
        QVERIFY(import(m_demoDb, {p.outDir + QStringLiteral("/sensors")},
                       p.outDir + QLatin1Char('/') + QLatin1String(DemoNetworkGenerator::CountryDatabasePath)));
    }

    void demoDnsAmplification()
    {
        auto ws = openWs(m_demoDb);
        QVERIFY(ws);
        auto events = EventAnalyzer(*ws, ScannerCatalog::builtIn()).analyze(*Period::parse(QStringLiteral("2013Q3")));
        QVERIFY2(events, events ? "" : qPrintable(events.error().message));
        const QJsonObject want = eventNamed(m_expected, QStringLiteral("name"), QStringLiteral("dns-any-2013-09"));
        QVERIFY(!want.isEmpty());
        const Event *e = find(*events, EventKind::Surge, QStringLiteral("53/UDP"));
        QVERIFY(e);
        QVERIFY2(daysApart(e->start, QStringLiteral("2013-09-03")) <= 1, qPrintable(e->start.toString(Qt::ISODate)));
        QCOMPARE(e->classification, Classification::AmplificationAttack);
        QCOMPARE(e->protocol, QStringLiteral("DNS"));
        QSet<QString> wantSources;
        for (const QJsonValue &v : want.value(QStringLiteral("sources")).toArray())
            wantSources.insert(v.toObject().value(QStringLiteral("address")).toString());
        QCOMPARE(wantSources.size(), 2);
        QCOMPARE(QSet<QString>(e->victims.begin(), e->victims.end()), wantSources);
        QCOMPARE(e->drivingSources, 2);
        QVERIFY(!e->payloads.isEmpty());
        QCOMPARE(e->payloads.first().payload.qtype, 255);
        QVERIFY(e->payloads.first().payload.rd);
        QVERIFY(e->requestShare > 0.95);
        QCOMPARE(e->sensorsHit, int(want.value(QStringLiteral("sensors_hit")).toArray().size()));
        QVERIFY(!e->evidence.isEmpty());
        QCOMPARE(e->chartWindow.firstDay(), QDate(2013, 3, 1));
        // The region surge of the spoofed sources is the same story, folded in.
        QVERIFY(!find(*events, EventKind::Surge, QStringLiteral("CN")));
    }

    void demoIcsWave()
    {
        auto ws = openWs(m_demoDb);
        QVERIFY(ws);
        const Period q3 = *Period::parse(QStringLiteral("2013Q3"));
        auto events = EventAnalyzer(*ws, ScannerCatalog::builtIn()).analyze(q3);
        QVERIFY(events);
        const Event *e = find(*events, EventKind::IcsScan);
        QVERIFY(e);
        const QJsonObject want = eventNamed(m_expected, QStringLiteral("kind"), QStringLiteral("ics_scan"));
        QVERIFY2(daysApart(e->start, QStringLiteral("2013-08-15")) <= 2, qPrintable(e->start.toString(Qt::ISODate)));
        QCOMPARE(QSet<QString>(e->keys.begin(), e->keys.end()),
                 (QSet<QString>{QStringLiteral("102/TCP"), QStringLiteral("502/TCP"), QStringLiteral("20000/TCP")}));
        QCOMPARE(e->classification, Classification::IcsScan);
        // Crawler packets per port, exactly as the generator counted them.
        const QJsonObject perPort = want.value(QStringLiteral("crawler_packets_per_port")).toObject();
        for (const QString &port : perPort.keys())
            QCOMPARE(crawlerPackets(*ws, q3, port), qint64(perPort.value(port).toDouble()));
        // … and the event's share matches the generator's within the background's few packets.
        const double share = crawlerShare(*e);
        const double wantShare = want.value(QStringLiteral("crawler_packets")).toDouble()
            / want.value(QStringLiteral("packets")).toDouble();
        QVERIFY2(qAbs(share - wantShare) <= 0.03, qPrintable(QStringLiteral("%1 vs %2").arg(share).arg(wantShare)));
    }

    void demoRankingScannerShares()
    {
        // The ranking's scanner classes come from stored roll-ups and equal the generator's ledger:
        // every crawler packet of 102/502/20000 TCP in 2013Q3 is the ICS wave's.
        auto ws = openWs(m_demoDb);
        QVERIFY(ws);
        const Period q3 = *Period::parse(QStringLiteral("2013Q3"));
        auto r = ws->ranking(Dimension::Service, q3, {}, false);
        QVERIFY(r);
        const Status annotatedr = ScannerShareQuery::annotate(*ws, *r, {}, ScannerCatalog::builtIn());
        QVERIFY2(annotatedr, annotatedr ? "" : qPrintable(annotatedr.error().message));
        const QJsonObject ics = eventNamed(m_expected, QStringLiteral("kind"), QStringLiteral("ics_scan"));
        const QJsonObject perPort = ics.value(QStringLiteral("crawler_packets_per_port")).toObject();
        QMap<QString, qint64> ledgerPackets;
        for (const QJsonValue &v : m_expected[QStringLiteral("quarters")][QStringLiteral("2013Q3")][QStringLiteral("services")].toArray())
            ledgerPackets.insert(v[QStringLiteral("label")].toString(), qint64(v[QStringLiteral("packets")].toDouble()));
        QCOMPARE(perPort.size(), 3);
        for (const QString &port : perPort.keys()) {
            const auto row = std::find_if(r->rows.begin(), r->rows.end(), [&](const RankRow &x) { return x.key == port; });
            QVERIFY2(row != r->rows.end(), qPrintable(port));
            QCOMPARE(row->packets, ledgerPackets.value(port));
            const qint64 crawler = qint64(perPort.value(port).toDouble());
            QVERIFY(crawler > 0);
            qint64 got = 0;
            double share = 0;
            for (const ScannerClassShare &c : row->scannerShares) {
                if (c.scannerClass == QLatin1String("search-engine")) {
                    got = c.packets;
                    share = c.share;
                }
            }
            QCOMPARE(got, crawler);
            QCOMPARE(share, double(crawler) / double(ledgerPackets.value(port)));
        }
        // Tool fingerprints over both quarters: each tool's packets (its sources send nothing else).
        const Period both = Period::range(QDate(2013, 4, 1), QDate(2013, 9, 30));
        auto all = ws->ranking(Dimension::Service, both, {}, false);
        QVERIFY(all);
        const Status annotatedall = ScannerShareQuery::annotate(*ws, *all, {}, ScannerCatalog::builtIn());
        QVERIFY2(annotatedall, annotatedall ? "" : qPrintable(annotatedall.error().message));
        QMap<QString, qint64> tools;
        for (const RankRow &row : all->rows)
            for (const ScannerClassShare &c : row.scannerShares)
                tools[c.scannerClass] += c.packets;
        const QJsonObject fp = m_expected.value(QStringLiteral("fingerprints")).toObject();
        for (const char *tool : {"zmap", "masscan", "mirai"}) {
            const qint64 want = qint64(fp[QLatin1String(tool)][QStringLiteral("packets")].toDouble());
            QVERIFY(want > 0);
            QCOMPARE(tools.value(QLatin1String(tool)), want);
        }
    }

    void demoQuietQuarterHasOnlyItsBackscatter()
    {
        auto ws = openWs(m_demoDb);
        QVERIFY(ws);
        auto events = EventAnalyzer(*ws, ScannerCatalog::builtIn()).analyze(*Period::parse(QStringLiteral("2013Q2")));
        QVERIFY(events);
        const QJsonObject want = eventNamed(m_expected, QStringLiteral("kind"), QStringLiteral("backscatter"));
        QSet<QString> victims;
        for (const QJsonValue &v : want.value(QStringLiteral("victims")).toArray())
            victims.insert(v.toObject().value(QStringLiteral("address")).toString());
        QVERIFY(!victims.isEmpty());
        for (const Event &e : *events) {
            QVERIFY2(e.kind == EventKind::Backscatter, qPrintable(e.key));
            QCOMPARE(e.classification, Classification::DosVictim);
            QVERIFY2(victims.contains(e.key), qPrintable(e.key));
        }
        QVERIFY(!events->isEmpty());
    }

    void steadyNetworkRaisesNothing()
    {
        const QString root = m_dir.filePath(QStringLiteral("steady"));
        QVERIFY(writeSteadyNetwork(root));
        const QString db = m_dir.filePath(QStringLiteral("steady.teiten"));
        QVERIFY(import(db, {root + QStringLiteral("/sensors")}, {}));
        auto ws = openWs(db);
        QVERIFY(ws);
        for (const char *q : {"2013Q3", "2013Q2"}) {
            auto events = EventAnalyzer(*ws, ScannerCatalog::builtIn()).analyze(*Period::parse(QLatin1String(q)));
            QVERIFY(events);
            for (const Event &e : *events)
                qWarning() << q << eventKindName(e.kind) << e.key << e.start << e.evidence.value(0);
            QCOMPARE(events->size(), 0);
        }
    }

    void seedNetworkMatchesGroundTruth()
    {
        TEITEN_REQUIRE_SHARED("synth/seed-2013q3/ground_truth.json");
        const QString geo = test::sharedData(QStringLiteral("geo/geo-whois-asn-country.mmdb"));
        if (geo.isEmpty() || !QFile::exists(geo))
            QSKIP("../shared/data/geo/geo-whois-asn-country.mmdb is not present; skipping");
        const QJsonObject truth = readJson(sharedPath_);
        const QString db = m_dir.filePath(QStringLiteral("seed.teiten"));
        QVERIFY(import(db, {test::sharedData(QStringLiteral("synth/seed-2013q3/sensors"))}, geo));
        auto ws = openWs(db);
        QVERIFY(ws);
        const Period q3 = *Period::parse(QStringLiteral("2013Q3"));
        auto events = EventAnalyzer(*ws, ScannerCatalog::builtIn()).analyze(q3);
        QVERIFY(events);

        const QJsonObject dns = eventNamed(truth, QStringLiteral("name"), QStringLiteral("dns-any-2013-09"));
        const Event *e = find(*events, EventKind::Surge, QStringLiteral("53/UDP"));
        QVERIFY(e);
        QVERIFY(daysApart(e->start, dns.value(QStringLiteral("start")).toString()) <= 1);
        QVERIFY2(daysApart(e->start, QStringLiteral("2013-09-03")) <= 1, qPrintable(e->start.toString(Qt::ISODate)));
        QCOMPARE(e->classification, Classification::AmplificationAttack);
        QCOMPARE(e->protocol, QStringLiteral("DNS"));
        QSet<QString> want;
        for (const QJsonValue &v : dns.value(QStringLiteral("source_ips")).toArray())
            want.insert(v.toObject().value(QStringLiteral("ip")).toString());
        QCOMPARE(QSet<QString>(e->victims.begin(), e->victims.end()), want);
        QCOMPARE(e->payloads.first().payload.qtype, 255);
        QVERIFY(e->payloads.first().payload.rd);
        QCOMPARE(e->sensorsHit, int(dns.value(QStringLiteral("sensors_hit")).toArray().size()));

        const QJsonObject ics = eventNamed(truth, QStringLiteral("name"), QStringLiteral("ics-scan-2013-08"));
        const Event *i = find(*events, EventKind::IcsScan);
        QVERIFY(i);
        QVERIFY(daysApart(i->start, ics.value(QStringLiteral("start")).toString()) <= 2);
        QVERIFY2(daysApart(i->start, QStringLiteral("2013-08-15")) <= 2, qPrintable(i->start.toString(Qt::ISODate)));
        QSet<QString> icsPorts;
        for (const QJsonValue &v : ics.value(QStringLiteral("ports")).toArray())
            icsPorts.insert(v.toString());
        QCOMPARE(QSet<QString>(i->keys.begin(), i->keys.end()), icsPorts);
        QCOMPARE(i->classification, Classification::IcsScan);
        const QJsonObject perPort = ics.value(QStringLiteral("packets_from_known_scanners_per_port")).toObject();
        for (const QString &port : perPort.keys())
            QCOMPARE(crawlerPackets(*ws, q3, port), qint64(perPort.value(port).toInt()));
        const double share = crawlerShare(*i);
        const double wantShare = ics.value(QStringLiteral("packets_from_known_scanners")).toDouble()
            / ics.value(QStringLiteral("packets_total")).toDouble();
        QVERIFY2(qAbs(share - wantShare) <= 0.03, qPrintable(QStringLiteral("%1 vs %2").arg(share).arg(wantShare)));
        // Ground truth: no backscatter in this network, and no flood.
        QVERIFY(!find(*events, EventKind::Backscatter));
        QVERIFY(!find(*events, EventKind::Flood));

        // Tool fingerprints per port over both quarters, from the ranking's scanner classes: the
        // ground truth counts every packet matching a rule, and no other packet matches one.
        const QJsonObject tools = eventNamed(truth, QStringLiteral("name"), QStringLiteral("scanner-tools-2013"))
                                      .value(QStringLiteral("tools")).toObject();
        QVERIFY(!tools.isEmpty());
        auto both = ws->ranking(Dimension::Service, Period::range(QDate(2013, 4, 1), QDate(2013, 9, 30)), {}, false);
        QVERIFY(both);
        const Status annotatedboth = ScannerShareQuery::annotate(*ws, *both, {}, ScannerCatalog::builtIn());
        QVERIFY2(annotatedboth, annotatedboth ? "" : qPrintable(annotatedboth.error().message));
        for (const QString &tool : tools.keys()) {
            const QJsonObject perPort = tools.value(tool)[QStringLiteral("per_port")].toObject();
            QVERIFY(!perPort.isEmpty());
            for (const RankRow &row : both->rows) {
                qint64 got = 0;
                for (const ScannerClassShare &c : row.scannerShares)
                    got += c.scannerClass == tool ? c.packets : 0;
                QCOMPARE(got, qint64(perPort.value(row.key).toInt()));
            }
        }

        // The quarter before is quiet: nothing to report.
        auto q2 = EventAnalyzer(*ws, ScannerCatalog::builtIn()).analyze(*Period::parse(QStringLiteral("2013Q2")));
        QVERIFY(q2);
        for (const Event &ev : *q2)
            qWarning() << "2013Q2" << eventKindName(ev.kind) << ev.key << ev.start << ev.evidence.value(0);
        QCOMPARE(q2->size(), 0);
    }

    void icmpBackscatterNamesTheQuotedVictim()
    {
        const QString db = m_dir.filePath(QStringLiteral("icmp-routers.teiten"));
        const QString file = m_dir.filePath(QStringLiteral("icmp-routers/sensor/a.pcap"));
        QVERIFY(writeCapture(file, icmpBackscatterViaRouters()));
        // The routers and the victim lie in different regions: the victim's must be reported.
        const QString geo = m_dir.filePath(QStringLiteral("icmp-routers.mmdb"));
        MmdbWriter w(MmdbWriter::Layout::PlainCountryCode);
        w.insert(*IpPrefix::parse(QStringLiteral("198.18.0.0/15")), QStringLiteral("US"));
        w.insert(*IpPrefix::parse(QStringLiteral("203.0.113.0/24")), QStringLiteral("FR"));
        QVERIFY(w.write(geo));
        QVERIFY(import(db, {file}, geo, QStringLiteral("sensor")));
        auto ws = openWs(db);
        QVERIFY(ws);
        const Period period = periodOf(*ws);
        AnalysisQueries q(*ws);
        auto flows = q.replyFlows(period.startUs(), period.endUs());
        QVERIFY(flows);
        QVERIFY(!flows->isEmpty());
        for (const ReplyFlow &f : *flows) {
            QVERIFY(f.quoted);
            QCOMPARE(f.quotedSrc, f.dst);
            QCOMPARE(BackscatterDetector::victimOf(f).toString(), QStringLiteral("203.0.113.77"));
        }
        auto events = EventAnalyzer(*ws, ScannerCatalog::builtIn()).backscatter(period);
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        const Event &e = events->first();
        QCOMPARE(e.classification, Classification::DosVictim);
        QCOMPARE(e.key, QStringLiteral("203.0.113.77"));
        QCOMPARE(e.victims, QStringList{QStringLiteral("203.0.113.77")});
        QCOMPARE(e.packets, qint64(24));
        QCOMPARE(e.sensorsHit, 1);   // one sensor with four addresses
        QCOMPARE(e.sources.size(), 1);
        QCOMPARE(e.sources.first().region, QStringLiteral("FR"));
        QVERIFY2(e.evidence.first().contains(QLatin1String("203.0.113.77 (FR)")), qPrintable(e.evidence.first()));
        QVERIFY2(e.evidence.join(QLatin1Char(' ')).contains(QLatin1String("198.18.0.1")), qPrintable(e.evidence.join('\n')));
    }

    void spoofedFloodIsNotAScan()
    {
        for (const bool spoofed : {true, false}) {
            const QString tag = spoofed ? QStringLiteral("spoofed") : QStringLiteral("scan");
            const QString db = m_dir.filePath(QStringLiteral("burst-%1.teiten").arg(tag));
            const QString file = m_dir.filePath(QStringLiteral("burst-%1/sensor/a.pcap").arg(tag));
            QVERIFY(writeCapture(file, synBurst(400, spoofed)));
            QVERIFY(import(db, {file}, {}, QStringLiteral("sensor")));
            auto ws = openWs(db);
            QVERIFY(ws);
            auto events = EventAnalyzer(*ws, ScannerCatalog::builtIn()).analyze(periodOf(*ws));
            QVERIFY(events);
            const Event *flood = find(*events, EventKind::Flood);
            if (!spoofed) {
                QVERIFY2(!flood, qPrintable(flood ? flood->evidence.join('\n') : QString()));
                continue;
            }
            QVERIFY(flood);
            QCOMPARE(flood->classification, Classification::SpoofedFlood);
            QCOMPARE(flood->key, QStringLiteral("198.51.100.9"));
            QCOMPARE(flood->keys, QStringList{QStringLiteral("8080/TCP")});
            QCOMPARE(flood->protocol, QStringLiteral("TCP SYN+ECE+CWR"));
            QCOMPARE(flood->packets, qint64(400));
            QCOMPARE(flood->sourceCount, 400);
        }
    }

    void realCaptures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expect");
        QTest::addColumn<QString>("target");
        QTest::newRow("tcp-reflection") << QStringLiteral("backscatter/amp.TCP.reflection.SYNACK.pcap")
                                        << QStringLiteral("reflection:syn-ack") << QStringLiteral("10.10.10.10");
        QTest::newRow("snmp-reflection") << QStringLiteral("amplification/amp.UDP.snmp.src161.pcapng")
                                         << QStringLiteral("reflection:udp-response") << QStringLiteral("10.10.10.10");
        QTest::newRow("bacnet-reflection") << QStringLiteral("amplification/amp.UDP.bacnet.IOT.37810.pcapng")
                                           << QStringLiteral("reflection:udp-response") << QStringLiteral("10.10.10.1");
        // A SYN+ECE+CWR flood at 10.10.10.10:30120 from ~9,600 forged sources (one TTL pair, IP IDs
        // counting up: one sender), preceded by RSTs from the hosts whose addresses were forged.
        QTest::newRow("syn-flood") << QStringLiteral("backscatter/pkt.TCP.DOMINATE.syn.ecn.cwr.pcapng")
                                   << QStringLiteral("flood:TCP SYN+ECE+CWR") << QStringLiteral("10.10.10.10");
        // One-packet ICMP errors: the victim named is the quoted packet's destination.
        QTest::newRow("icmp-unreachable") << QStringLiteral("backscatter/zeek-icmp-destunreach-udp.pcap")
                                          << QStringLiteral("reply:icmp-unreachable") << QStringLiteral("192.168.1.102");
        QTest::newRow("icmp-unreachable-ip") << QStringLiteral("backscatter/zeek-icmp-destunreach-ip.pcap")
                                             << QStringLiteral("reply:icmp-unreachable") << QStringLiteral("10.0.0.1");
        QTest::newRow("icmp-time-exceeded") << QStringLiteral("backscatter/zeek-icmp-timeexceeded.pcap")
                                            << QStringLiteral("reply:icmp-time-exceeded") << QStringLiteral("10.0.0.1");
        QTest::newRow("icmp6-unreachable") << QStringLiteral("backscatter/zeek-icmp6-destunreach-ip6ext-udp.pcap")
                                           << QStringLiteral("reply:icmp-unreachable") << QStringLiteral("fe80::dead");
        QTest::newRow("ntp-mode7") << QStringLiteral("amplification/ntp-mode7.pcap") << QStringLiteral("request:NTP") << QString();
        QTest::newRow("ntp-mode6") << QStringLiteral("amplification/ntp-control.pcap") << QStringLiteral("request:NTP") << QString();
    }

    void realCaptures()
    {
        QFETCH(QString, file);
        QFETCH(QString, expect);
        QFETCH(QString, target);
        TEITEN_REQUIRE_SHARED(QStringLiteral("pcap/") + file);
        const QString db = m_dir.filePath(QStringLiteral("real-%1.teiten").arg(QTest::currentDataTag()));
        QVERIFY(import(db, {sharedPath_}, {}, QStringLiteral("capture")));
        auto ws = openWs(db);
        QVERIFY(ws);
        auto range = ws->dataRange();
        QVERIFY(range && range->has_value());
        const QDate first = QDateTime::fromMSecsSinceEpoch((*range)->first / 1000, QTimeZone::utc()).date();
        const QDate last = QDateTime::fromMSecsSinceEpoch((*range)->second / 1000, QTimeZone::utc()).date();
        const Period period = Period::range(first, last);
        const QString kind = expect.section(QLatin1Char(':'), 0, 0);
        const QString what = expect.section(QLatin1Char(':'), 1);
        if (kind == QLatin1String("reflection") || kind == QLatin1String("flood")) {
            // The whole analysis: the capture is one event, classified as what it is.
            auto events = EventAnalyzer(*ws, ScannerCatalog::builtIn()).analyze(period);
            QVERIFY(events);
            for (const Event &e : *events)
                qInfo() << eventKindName(e.kind) << classificationName(e.classification) << e.key << e.protocol << e.packets;
            QCOMPARE(events->size(), 1);
            const Event &e = events->first();
            QCOMPARE(e.classification,
                     kind == QLatin1String("flood") ? Classification::SpoofedFlood : Classification::ReflectionAtSensor);
            QCOMPARE(e.key, target);
            QCOMPARE(e.protocol, what);
            QCOMPARE(e.victims, QStringList{target});
        } else if (kind == QLatin1String("reply")) {
            AnalysisQueries q(*ws);
            auto flows = q.replyFlows(period.startUs(), period.endUs());
            QVERIFY(flows);
            QCOMPARE(flows->size(), 1);
            QCOMPARE(QString::fromLatin1(BackscatterDetector::kindName(BackscatterDetector::kindOf(flows->first()))), what);
            QVERIFY(flows->first().quoted);
            QCOMPARE(BackscatterDetector::victimOf(flows->first()).toString(), target);
        } else {
            QueryFilter f;
            f.service = ServiceKey{17, 123};
            Event ev;
            ev.key = QStringLiteral("123/UDP");
            QVERIFY(EpisodeAttribution(*ws, AmplificationCatalog::builtIn(), ScannerCatalog::builtIn())
                        .attribute(ev, first, last, {f}));
            bool request = false;
            for (const PayloadShare &p : ev.payloads)
                request |= !p.amplification.isEmpty() && p.payload.kind == QLatin1String("ntp");
            QVERIFY2(request, "no NTP request for large answers recognised");
            QCOMPARE(AmplificationCatalog::builtIn().protocolFor(17, 123), what);
        }
    }
};

QTEST_GUILESS_MAIN(TestEventAnalyzer)
#include "tst_eventanalyzer.moc"
