// SPDX-License-Identifier: GPL-3.0-or-later
// SQL safety: injection strings typed into every filter field — through the workstation's filter
// bar, the command line's options and the Workspace API both use — are refused or match nothing,
// never change a query, and leave the schema and data intact.
#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "analysiscontext.h"
#include "childprocess.h"
#include "filterbar.h"
#include "period.h"
#include "servicekey.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "storedtuples.h"
#include "testsupport.h"
#include "workspace.h"

using namespace teiten;

namespace {

QStringList hostileStrings()
{
    QStringList s{QStringLiteral("' OR 1=1 --"),
                  QStringLiteral("1; DROP TABLE files;--"),
                  QStringLiteral("\"; DELETE FROM rollup_segments; --"),
                  QStringLiteral("CN' UNION SELECT name, sql FROM sqlite_schema --"),
                  QStringLiteral("''''"),
                  QStringLiteral("%"),
                  QStringLiteral("_"),
                  QStringLiteral("\\' OR '\\'='\\"),
                  QStringLiteral("53/UDP' OR '1'='1"),
                  QStringLiteral("10.0.0.0/8' OR 1=1 --"),
                  QStringLiteral("2013Q3'; DROP TABLE files; --"),
                  QStringLiteral("中国' OR 'x'='x"),
                  QStringLiteral("🙂\u202e"),
                  QString(4000, QLatin1Char('\'')),
                  QStringLiteral("A").repeated(100000)};
    s << QStringLiteral("CN") + QChar(0) + QStringLiteral("' OR 1=1 --"); // embedded NUL
    return s;
}

struct Snapshot {
    QString schema;
    qint64 files = 0, rollupPackets = 0, flows = 0;
    bool operator==(const Snapshot &o) const
    {
        return schema == o.schema && files == o.files && rollupPackets == o.rollupPackets && flows == o.flows;
    }
};

Snapshot snapshot(const QString &path)
{
    Snapshot s;
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return s;
    auto q = [&](const char *sql) -> qint64 {
        auto st = (*db)->prepare(sql);
        return st && (*st)->step() ? (*st)->int64(0) : -1;
    };
    if (auto st = (*db)->prepare("SELECT group_concat(type || ' ' || name || ' ' || COALESCE(sql, ''), char(10)) FROM "
                                 "(SELECT * FROM sqlite_schema ORDER BY name);");
        st && (*st)->step())
        s.schema = (*st)->text(0);
    s.files = q("SELECT COUNT(*) FROM files;");
    s.rollupPackets = test::rollupPackets(path);
    s.flows = q("SELECT COALESCE(SUM(tuples), 0) FROM flow_segments;");
    return s;
}

} // namespace

class TestSqlSafety : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void parsersRefuseHostileText();
    void workspaceQueriesBindHostileText();
    void metaAndLabelsRoundTrip();
    void commandLineRefusesHostileFilters();
    void filterBarRefusesHostileText();

private:
    void verifyIntact();
    QTemporaryDir m_tmp;
    QString m_ws;
    Snapshot m_before;
};

void TestSqlSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    const QString capture = m_tmp.filePath(QStringLiteral("udp.pcap"));
    QVERIFY(test::writeUdpCapture(capture, 40, 53, 0x0A000001));
    // A sensor label with quotes, stored through the import's bound parameters.
    const QString csv = m_tmp.filePath(QStringLiteral("sensors.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("sensor,address_or_prefix,region,label\nlab-01,192.0.2.0/24,JP,\"O'Brien's \"\"lab\"\"; DROP TABLE files;--\"\n");
    f.close();
    m_ws = m_tmp.filePath(QStringLiteral("ws.db"));
    const test::ChildRun imp = test::runTeitenChild({QStringLiteral("import"), QStringLiteral("--db"), m_ws, QStringLiteral("--sensors"),
                                                csv, capture});
    QVERIFY2(imp.exitCode == 0, imp.err.constData());
    m_before = snapshot(m_ws);
    QVERIFY(!m_before.schema.isEmpty());
    QCOMPARE(m_before.rollupPackets, qint64(40));
}

void TestSqlSafety::verifyIntact()
{
    const Snapshot now = snapshot(m_ws);
    QCOMPARE(now.schema, m_before.schema);
    QCOMPARE(now.files, m_before.files);
    QCOMPARE(now.rollupPackets, m_before.rollupPackets);
    QCOMPARE(now.flows, m_before.flows);
    QCOMPARE(test::integrityCheck(m_ws), QStringLiteral("ok"));
}

void TestSqlSafety::parsersRefuseHostileText()
{
    // Typed text becomes a typed value first; none of these is one.
    for (const QString &s : hostileStrings()) {
        QVERIFY2(!Period::parse(s), qPrintable(s.left(60)));
        QVERIFY2(!ServiceKey::parse(s), qPrintable(s.left(60)));
        QVERIFY2(!ServiceKey::protocolFromName(s), qPrintable(s.left(60)));
        QVERIFY2(!IpPrefix::parse(s), qPrintable(s.left(60)));
    }
}

void TestSqlSafety::workspaceQueriesBindHostileText()
{
    // Region and series keys are the API's free-text inputs: bound as values they match nothing.
    auto ws = Workspace::open(m_ws, Workspace::Mode::ReadOnly);
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
    const Period q3 = Period::quarter(2013, 3);
    auto all = (*ws)->ranking(Dimension::Service, q3);
    QVERIFY(all.ok());
    QCOMPARE(all->totalPackets, qint64(40));
    for (const QString &s : hostileStrings()) {
        const QByteArray what = s.left(60).toUtf8();
        QueryFilter f;
        f.region = s;
        auto r = (*ws)->ranking(Dimension::Region, q3, f);
        QVERIFY2(r.ok(), what.constData());
        QCOMPARE(r->totalPackets, qint64(0));
        QVERIFY(r->rows.isEmpty());
        auto src = (*ws)->sources(q3, f);
        QVERIFY2(src.ok() && src->isEmpty(), what.constData());
        auto fl = (*ws)->flows(q3, f, std::nullopt, 100);
        QVERIFY2(fl.ok() && fl->isEmpty(), what.constData());
        auto n = (*ws)->flowCount(q3, f);
        QVERIFY2(n.ok() && *n == 0, what.constData());
        auto br = (*ws)->sensorBreakdown(q3, f);
        QVERIFY2(br.ok(), what.constData());
        for (const SensorActivity &a : br->sensors)
            QCOMPARE(a.packets, qint64(0));
        for (const Dimension d : {Dimension::Service, Dimension::Region}) {
            auto ser = (*ws)->series(d, q3, {}, {s}, Bucket::Day);
            QVERIFY2(ser.ok(), what.constData());
            qint64 sum = 0;
            for (const auto &row : ser->values)
                for (qint64 v : row)
                    sum += v;
            QCOMPARE(sum, qint64(0));
        }
        QCOMPARE((*ws)->meta(s, QStringLiteral("fallback")), QStringLiteral("fallback"));
    }
    ws->reset();
    verifyIntact();
}

void TestSqlSafety::metaAndLabelsRoundTrip()
{
    auto ws = Workspace::open(m_ws, Workspace::Mode::ReadWrite);
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
    auto sensors = (*ws)->sensors();
    QVERIFY(sensors.ok());
    QCOMPARE(sensors->size(), 1);
    QCOMPARE(sensors->at(0).label, QStringLiteral("O'Brien's \"lab\"; DROP TABLE files;--"));
    // Stored and read back byte for byte, quotes, NULs and all.
    for (const QString &s : hostileStrings()) {
        QVERIFY((*ws)->setMeta(s, s));
        QCOMPARE((*ws)->meta(s), s);
    }
    ws->reset();
    // meta grew; everything else did not.
    verifyIntact();
}

void TestSqlSafety::commandLineRefusesHostileFilters()
{
    const QStringList options{QStringLiteral("--sensor"), QStringLiteral("--service"), QStringLiteral("--proto"),
                              QStringLiteral("--port"), QStringLiteral("--region"), QStringLiteral("--source"),
                              QStringLiteral("--period")};
    int runs = 0;
    for (const QString &s : hostileStrings()) {
        if (s.contains(QChar(0)) || s.size() > 5000)
            continue; // argv cannot carry a NUL; the 100 kB string is covered by the API test
        for (const QString &opt : options) {
            QStringList args{QStringLiteral("rank"), QStringLiteral("--db"), m_ws, QStringLiteral("--format"), QStringLiteral("json")};
            if (opt != QLatin1String("--period"))
                args << QStringLiteral("--period") << QStringLiteral("2013Q3");
            args << opt << s;
            const test::ChildRun r = test::runTeitenChild(args, 60000);
            ++runs;
            const QString ctx = opt + QLatin1Char(' ') + s.left(60) + QStringLiteral(": exit %1 ").arg(r.exitCode)
                + QString::fromLocal8Bit(r.err);
            // A usage error that quotes the value; never a result, never a database error.
            QVERIFY2(r.exitCode == 1, qPrintable(ctx));
            QVERIFY2(r.out.isEmpty(), qPrintable(ctx));
            QVERIFY2(!r.err.contains("database error") && !r.err.contains("syntax"), qPrintable(ctx));
        }
    }
    QVERIFY(runs > 50);
    verifyIntact();
}

void TestSqlSafety::filterBarRefusesHostileText()
{
    AnalysisContext context;
    context.setWorkspacePath(m_ws);
    context.setPeriod(Period::quarter(2013, 3));
    FilterBar bar(&context);
    const QueryFilter before = context.filter();
    auto *region = bar.findChild<QLineEdit *>(QStringLiteral("regionFilter"));
    auto *port = bar.findChild<QLineEdit *>(QStringLiteral("portFilter"));
    auto *source = bar.findChild<QLineEdit *>(QStringLiteral("sourceFilter"));
    auto *proto = bar.findChild<QComboBox *>(QStringLiteral("protocolFilter"));
    QVERIFY(region && port && source && proto);
    for (const QString &s : hostileStrings()) {
        for (int field = 0; field < 4; ++field) {
            region->clear();
            port->clear();
            source->clear();
            proto->setEditText(QString());
            QVERIFY(bar.isValid());
            switch (field) {
            case 0: region->setText(s); break;
            case 1: port->setText(s); break;
            case 2: source->setText(s); break;
            case 3: proto->setEditText(s); break;
            }
            QVERIFY2(!bar.isValid(), qPrintable(QStringLiteral("field %1 accepted %2").arg(field).arg(s.left(60))));
            QVERIFY(!bar.parsedFilter());
            QVERIFY(!bar.apply());
            QVERIFY(context.filter().region == before.region && !context.filter().port && !context.filter().proto
                    && !context.filter().sourcePrefix);
        }
    }
    verifyIntact();
}

QTEST_MAIN(TestSqlSafety)
#include "tst_sqlsafety.moc"
