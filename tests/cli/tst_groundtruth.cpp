// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic sensor network in ../shared/data/synth/seed-2013q3 comes with an answer key written by
// its own generator (ground_truth.json). Importing it with the real country database it was drawn
// against and ranking each quarter must reproduce that key exactly: labels, order, packet counts,
// shares and per-quarter totals. Skipped, with a message, when ../shared is absent.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "childprocess.h"
#include "testsupport.h"

class TestGroundTruth : public QObject {
    Q_OBJECT

private:
    using Run = teiten::test::ChildRun;
    static Run teiten(const QStringList &args) { return teiten::test::runTeitenChild(args, 900000); }

    QJsonArray rank(const QString &quarter, const QString &by, int top)
    {
        const Run r = teiten({QStringLiteral("rank"), QStringLiteral("--db"), m_db, QStringLiteral("--period"), quarter,
                              QStringLiteral("--by"), by, QStringLiteral("--top"), QString::number(top),
                              QStringLiteral("--format"), QStringLiteral("json")});
        if (r.exitCode != 0)
            qWarning("rank %s %s failed (%d): %s", qPrintable(quarter), qPrintable(by), r.exitCode, r.err.constData());
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rows")).toArray();
    }

    QTemporaryDir m_dir;
    QString m_db;
    QJsonObject m_truth;

private slots:
    void initTestCase()
    {
        TEITEN_REQUIRE_SHARED(QStringLiteral("synth/seed-2013q3/ground_truth.json"));
        const QString geo = teiten::test::sharedData(QStringLiteral("geo/geo-whois-asn-country.mmdb"));
        if (geo.isEmpty())
            QSKIP("../shared/data/geo/geo-whois-asn-country.mmdb is not present; skipping");
        QFile f(sharedPath_);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_truth = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(!m_truth.value(QStringLiteral("quarters")).toObject().isEmpty());

        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("seed.db"));
        const Run imp = teiten({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--geoip"), geo,
                                teiten::test::sharedData(QStringLiteral("synth/seed-2013q3/sensors"))});
        QVERIFY2(imp.exitCode == 0, imp.err.constData());
    }

    void topTenMatchesGroundTruth_data()
    {
        teiten::test::addQuarterByRows();
    }

    // Every key, packet count and share of the answer key's top 10, in its order.
    void topTenMatchesGroundTruth()
    {
        QFETCH(QString, quarter);
        QFETCH(QString, by);
        const QJsonObject q = m_truth.value(QStringLiteral("quarters")).toObject().value(quarter).toObject();
        const QJsonArray want = q.value(by == QLatin1String("port") ? QStringLiteral("top_ports")
                                                                    : QStringLiteral("top_countries"))
                                    .toArray();
        QCOMPARE(want.size(), 10);
        const QJsonArray got = rank(quarter, by, 10);
        QCOMPARE(got.size(), want.size());
        const QString keyField = by == QLatin1String("port") ? QStringLiteral("label") : QStringLiteral("country");
        for (int i = 0; i < want.size(); ++i) {
            const QJsonObject w = want.at(i).toObject();
            const QJsonObject g = got.at(i).toObject();
            const QString where = QStringLiteral("%1 %2 rank %3").arg(quarter, by).arg(i + 1);
            QVERIFY2(g.value(QStringLiteral("rank")).toInt() == w.value(QStringLiteral("rank")).toInt(), qPrintable(where));
            QVERIFY2(g.value(QStringLiteral("key")).toString() == w.value(keyField).toString(),
                     qPrintable(where + QStringLiteral(": got %1, want %2")
                                            .arg(g.value(QStringLiteral("key")).toString(), w.value(keyField).toString())));
            QVERIFY2(g.value(QStringLiteral("packets")).toInteger() == w.value(QStringLiteral("count")).toInteger(),
                     qPrintable(where + QStringLiteral(": got %1 packets, want %2")
                                            .arg(g.value(QStringLiteral("packets")).toInteger())
                                            .arg(w.value(QStringLiteral("count")).toInteger())));
            QVERIFY2(qAbs(g.value(QStringLiteral("share")).toDouble() - w.value(QStringLiteral("share")).toDouble()) < 5e-6,
                     qPrintable(where + QStringLiteral(": share")));
        }
    }

    // Nothing lost or double-counted: the whole ranking (--top 0) sums to the quarter's packet total
    // and has exactly as many service labels as the answer key.
    void quarterTotalsMatchGroundTruth_data()
    {
        QTest::addColumn<QString>("quarter");
        QTest::newRow("2013Q2") << QStringLiteral("2013Q2");
        QTest::newRow("2013Q3") << QStringLiteral("2013Q3");
    }

    void quarterTotalsMatchGroundTruth()
    {
        QFETCH(QString, quarter);
        const QJsonObject q = m_truth.value(QStringLiteral("quarters")).toObject().value(quarter).toObject();
        const QJsonArray all = rank(quarter, QStringLiteral("port"), 0);
        QVERIFY(!all.isEmpty());
        qint64 sum = 0;
        for (const auto &row : all)
            sum += row.toObject().value(QStringLiteral("packets")).toInteger();
        QCOMPARE(sum, q.value(QStringLiteral("packets")).toInteger());
        QCOMPARE(qint64(all.size()), q.value(QStringLiteral("distinct_port_labels")).toInteger());
    }
};

QTEST_GUILESS_MAIN(TestGroundTruth)
#include "tst_groundtruth.moc"
