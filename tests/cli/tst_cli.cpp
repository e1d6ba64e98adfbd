// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests of the teiten binary on the sample network: exact rankings against the
// generator's answer key, a killed import, exit codes and messages for bad input.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "childprocess.h"
#include "testsupport.h"

class TestCli : public QObject {
    Q_OBJECT

private:
    using Run = teiten::test::ChildRun;
    static Run teiten(const QStringList &args, int timeoutMs = 300000) { return teiten::test::runTeitenChild(args, timeoutMs); }
    QJsonObject expected() const
    {
        QFile f(m_net + QStringLiteral("/expected.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    QTemporaryDir m_dir;
    QString m_net;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(teiten::test::teitenBinary()).isExecutable(), "TEITEN_BIN is not set to the built binary");
        m_net = m_dir.filePath(QStringLiteral("net"));
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        const Run demo = teiten({QStringLiteral("demo"), QStringLiteral("--out"), m_net, QStringLiteral("--scale"),
                                 QStringLiteral("0.2")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const Run imp = teiten({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--geoip"),
                                m_net + QStringLiteral("/geo/teiten-demo-country.mmdb"), m_net + QStringLiteral("/sensors")});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
    }

    void rankMatchesAnswerKey_data()
    {
        teiten::test::addQuarterByRows();
    }

    void rankMatchesAnswerKey()
    {
        QFETCH(QString, quarter);
        QFETCH(QString, by);
        const Run r = teiten({QStringLiteral("rank"), QStringLiteral("--db"), m_db, QStringLiteral("--period"), quarter,
                              QStringLiteral("--by"), by, QStringLiteral("--top"), QStringLiteral("10"),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject got = QJsonDocument::fromJson(r.out).object();
        const QJsonObject q = expected().value(QStringLiteral("quarters")).toObject().value(quarter).toObject();
        QVERIFY(!q.isEmpty());
        QCOMPARE(got.value(QStringLiteral("total_packets")).toInteger(), q.value(QStringLiteral("packets")).toInteger());
        const bool ports = by == QLatin1String("port");
        QJsonArray want = q.value(ports ? QStringLiteral("services") : QStringLiteral("regions")).toArray();
        QVector<QJsonObject> w;
        for (const auto &v : want)
            w << v.toObject();
        const QString keyName = ports ? QStringLiteral("label") : QStringLiteral("region");
        std::stable_sort(w.begin(), w.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            const auto pa = a.value(QStringLiteral("packets")).toInteger(), pb = b.value(QStringLiteral("packets")).toInteger();
            return pa != pb ? pa > pb : a.value(keyName).toString() < b.value(keyName).toString();
        });
        const QJsonArray rows = got.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 10);
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows[i].toObject();
            QCOMPARE(row.value(QStringLiteral("rank")).toInt(), i + 1);
            QCOMPARE(row.value(QStringLiteral("key")).toString(), w[i].value(keyName).toString());
            QCOMPARE(row.value(QStringLiteral("packets")).toInteger(), w[i].value(QStringLiteral("packets")).toInteger());
            QCOMPARE(row.value(QStringLiteral("sources")).toInteger(), w[i].value(QStringLiteral("sources")).toInteger());
        }
        if (quarter == QLatin1String("2013Q3") && ports) {
            // 53/UDP entered the top 5 from far below, as the scenario intends.
            const QJsonObject dns = rows[3].toObject();
            QCOMPARE(dns.value(QStringLiteral("key")).toString(), QStringLiteral("53/UDP"));
            QVERIFY(dns.value(QStringLiteral("previous_rank")).isNull() || dns.value(QStringLiteral("previous_rank")).toInt() > 5);
        }
    }

    void rankAndDrillShowScannerClasses()
    {
        // The crawler share of each ICS port equals the generator's ledger, in rank (JSON, CSV) and drill.
        const QJsonObject ics = [this] {
            for (const QJsonValue &v : expected().value(QStringLiteral("events")).toArray())
                if (v[QStringLiteral("kind")].toString() == QLatin1String("ics_scan"))
                    return v.toObject();
            return QJsonObject();
        }();
        const QJsonObject perPort = ics.value(QStringLiteral("crawler_packets_per_port")).toObject();
        QCOMPARE(perPort.size(), 3);
        const QStringList common{QStringLiteral("--db"), m_db, QStringLiteral("--period"), QStringLiteral("2013Q3")};
        const Run json = teiten(QStringList{QStringLiteral("rank")} + common
                                + QStringList{QStringLiteral("--by"), QStringLiteral("port"), QStringLiteral("--top"),
                                              QStringLiteral("0"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const Run csv = teiten(QStringList{QStringLiteral("rank")} + common
                               + QStringList{QStringLiteral("--by"), QStringLiteral("port"), QStringLiteral("--top"),
                                             QStringLiteral("0"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        const QList<QByteArray> csvLines = csv.out.split('\n');
        QCOMPARE(csvLines.first(), QByteArray("rank,key,label,packets,share,sources,previous_rank,change,scanner_share,scanner_classes"));
        QMap<QString, QJsonObject> rows;
        for (const QJsonValue &v : QJsonDocument::fromJson(json.out).object().value(QStringLiteral("rows")).toArray())
            rows.insert(v[QStringLiteral("key")].toString(), v.toObject());
        for (const QString &port : perPort.keys()) {
            const qint64 crawler = qint64(perPort.value(port).toDouble());
            QVERIFY(crawler > 0);
            const QJsonObject row = rows.value(port);
            QVERIFY2(!row.isEmpty(), qPrintable(port));
            const double want = double(crawler) / double(row.value(QStringLiteral("packets")).toInteger());
            double got = -1;
            for (const QJsonValue &c : row.value(QStringLiteral("scanner_classes")).toArray()) {
                if (c[QStringLiteral("class")].toString() == QLatin1String("search-engine")) {
                    QCOMPARE(c[QStringLiteral("packets")].toInteger(), crawler);
                    got = c[QStringLiteral("share")].toDouble();
                }
            }
            QCOMPARE(got, want);
            QVERIFY(row.value(QStringLiteral("scanner_share")).toDouble() >= want);
            // CSV: "search-engine:0.xxxxxx" in the row of the port.
            bool found = false;
            for (const QByteArray &line : csvLines) {
                if (line.split(',').value(1) == port.toLatin1()) {
                    found = true;
                    QVERIFY2(line.contains("search-engine:" + QByteArray::number(want, 'f', 6)), line.constData());
                }
            }
            QVERIFY(found);
            // drill: the same share for the service, and each crawler source classed.
            const Run drill = teiten(QStringList{QStringLiteral("drill")} + common
                                     + QStringList{QStringLiteral("--service"), port, QStringLiteral("--top"),
                                                   QStringLiteral("1000"), QStringLiteral("--format"), QStringLiteral("json")});
            QVERIFY2(drill.exitCode == 0, drill.err.constData());
            const QJsonObject d = QJsonDocument::fromJson(drill.out).object();
            qint64 drillCrawler = 0;
            for (const QJsonValue &c : d.value(QStringLiteral("scanner_share")).toArray())
                if (c[QStringLiteral("class")].toString() == QLatin1String("search-engine"))
                    drillCrawler = c[QStringLiteral("packets")].toInteger();
            QCOMPARE(drillCrawler, crawler);
            bool crawlerSource = false;
            for (const QJsonValue &src : d.value(QStringLiteral("sources")).toArray()) {
                const bool listed = !src[QStringLiteral("scanner")].isNull();
                QCOMPARE(src[QStringLiteral("scanner_class")].toString() == QLatin1String("search-engine"), listed);
                crawlerSource |= listed;
            }
            QVERIFY(crawlerSource);
        }
    }

    void reimportIsIdempotent()
    {
        const Run again = teiten({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                                  QStringLiteral("json"), m_net + QStringLiteral("/sensors")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("skipped")).toInt(), 2196);
    }

    void killedImportKeepsCommittedFilesOnly()
    {
        const QString db = m_dir.filePath(QStringLiteral("killed.db"));
        const QString geo = m_net + QStringLiteral("/geo/teiten-demo-country.mmdb");
        for (int attempt = 0; attempt < 3; ++attempt) {
            QProcess p;
            p.start(teiten::test::teitenBinary(), {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--geoip"),
                                                   geo, m_net + QStringLiteral("/sensors")});
            QVERIFY(p.waitForStarted());
            QThread::msleep(700 + 400 * attempt);
            p.kill(); // SIGKILL: no chance to clean up
            p.waitForFinished();
            const Run info = teiten({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--files"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
            if (info.exitCode != 0)
                continue; // killed before the workspace was created
            const QJsonObject o = QJsonDocument::fromJson(info.out).object();
            QCOMPARE(o.value(QStringLiteral("files_partial")).toInt(), 0); // no half-written file survives
            QCOMPARE(o.value(QStringLiteral("files_failed")).toInt(), 0);
        }
        const Run finish = teiten({QStringLiteral("import"), QStringLiteral("--db"), db, m_net + QStringLiteral("/sensors")});
        QVERIFY2(finish.exitCode == 0, finish.err.constData());
        for (const char *q : {"2013Q2", "2013Q3"}) {
            const Run r = teiten({QStringLiteral("rank"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                                  QString::fromLatin1(q), QStringLiteral("--format"), QStringLiteral("json")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject got = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(got.value(QStringLiteral("total_packets")).toInteger(),
                     expected().value(QStringLiteral("quarters")).toObject().value(QString::fromLatin1(q)).toObject()
                         .value(QStringLiteral("packets")).toInteger());
        }
    }

    void badInputExitCodes()
    {
        const Run missing = teiten({QStringLiteral("import"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.db")),
                                    m_dir.filePath(QStringLiteral("no-such-dir"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("no-such-dir"));
        const Run badPeriod = teiten({QStringLiteral("rank"), QStringLiteral("--db"), m_db, QStringLiteral("--period"),
                                      QStringLiteral("2013Q5")});
        QCOMPARE(badPeriod.exitCode, 1);
        QVERIFY(badPeriod.err.contains("2013Q5"));
        QFile notDb(m_dir.filePath(QStringLiteral("notes.db")));
        QVERIFY(notDb.open(QIODevice::WriteOnly));
        notDb.write("hello\n");
        notDb.close();
        const Run notWs = teiten({QStringLiteral("rank"), QStringLiteral("--db"), notDb.fileName(), QStringLiteral("--period"),
                                  QStringLiteral("2013Q3")});
        QCOMPARE(notWs.exitCode, 2);
        QVERIFY(notWs.err.contains("notes.db"));
        QFile again(notDb.fileName());
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("hello\n")); // untouched
        const Run noCmd = teiten({QStringLiteral("--bogus")});
        QCOMPARE(noCmd.exitCode, 1);
    }

    // In Japanese, the messages of the classes below the GUI come out in Japanese too: their
    // catalogue context must be the one they translate with at run time (a message filed under
    // another context is silently shown in English).
    void badInputMessagesInJapanese()
    {
        const QStringList ja{QStringLiteral("TEITEN_LANG=ja")};
        auto japanese = [](const QByteArray &text) {
            return QString::fromUtf8(text).contains(QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]")));
        };
        const QString folder = m_dir.filePath(QStringLiteral("ja-inputs"));
        QVERIFY(QDir().mkpath(folder));
        // ImportJob: a path that does not exist.
        const Run missing = teiten::test::runTeitenChild({QStringLiteral("import"), QStringLiteral("--db"),
                                                          m_dir.filePath(QStringLiteral("ja.db")), folder + QStringLiteral("/nothing")},
                                                         300000, ja);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("nothing") && japanese(missing.err) && !missing.err.contains("no such file or folder"),
                 missing.err.constData());
        // CaptureReader: a file named like a capture that is not one.
        QVERIFY(teiten::test::writeFile(folder + QStringLiteral("/notes.pcap"), "not a capture\n"));
        const Run text = teiten::test::runTeitenChild({QStringLiteral("import"), QStringLiteral("--db"),
                                                       m_dir.filePath(QStringLiteral("ja.db")), folder + QStringLiteral("/notes.pcap")},
                                                      300000, ja);
        QCOMPARE(text.exitCode, 2);
        QVERIFY2(text.err.contains("notes.pcap") && japanese(text.err) && !text.err.contains("capture file"), text.err.constData());
        // SensorCatalog: a sensors.csv row that is not one.
        QVERIFY(teiten::test::writeFile(folder + QStringLiteral("/sensors.csv"), "jp-01,not-an-address\n"));
        const Run csv = teiten::test::runTeitenChild({QStringLiteral("import"), QStringLiteral("--db"),
                                                      m_dir.filePath(QStringLiteral("ja.db")), QStringLiteral("--sensors"),
                                                      folder + QStringLiteral("/sensors.csv"), folder},
                                                     300000, ja);
        QCOMPARE(csv.exitCode, 2);
        QVERIFY2(csv.err.contains("sensors.csv") && japanese(csv.err) && !csv.err.contains("is not an address"), csv.err.constData());
        // Workspace: a file that is not a workspace.
        const Run notWs = teiten::test::runTeitenChild({QStringLiteral("info"), QStringLiteral("--db"),
                                                        folder + QStringLiteral("/sensors.csv")},
                                                       300000, ja);
        QCOMPARE(notWs.exitCode, 2);
        QVERIFY2(japanese(notWs.err) && !notWs.err.contains("not a Teiten workspace"), notWs.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
