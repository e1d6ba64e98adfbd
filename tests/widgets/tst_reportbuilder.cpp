// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "reportbuilder.h"
#include "reportfixture.h"
#include "reportlanguage.h"

using namespace teiten;

class TestReportBuilder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void documentStructure();
    void pdfInBothLanguages_data();
    void pdfInBothLanguages();
    void phenomenaSections();
    void htmlFolder();
    void folderOutputDetection();

private:
    ReportDocument build(const QString &lang, const QVector<ReportPhenomenon> *phenomena = nullptr);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Period m_q3 = Period::quarter(2013, 3);
};

void TestReportBuilder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_ws = test::openFixtureWorkspace(m_dir.filePath(QStringLiteral("w.db")), &error);
    QVERIFY2(m_ws, qPrintable(error));
}

ReportDocument TestReportBuilder::build(const QString &lang, const QVector<ReportPhenomenon> *phenomena)
{
    const ReportLanguage catalogue(lang, test::catalogueDirs());
    ReportBuilder b(*m_ws, lang);
    if (phenomena)
        b.setPhenomena(*phenomena);
    auto doc = b.build(m_q3);
    if (!doc)
        qFatal("%s", qPrintable(doc.error().message));
    return *doc;
}

void TestReportBuilder::documentStructure()
{
    const ReportDocument doc = build(QStringLiteral("en"));
    QStringList ids;
    for (const ReportBlock &b : doc.blocks) {
        if (b.type == ReportBlock::Type::Figure)
            ids << b.figure.id;
    }
    // Table 1, Figure 1, Table 2, Figure 2 in the published order.
    QCOMPARE(ids, (QStringList{"table1", "figure1", "table2", "figure2"}));
    QVERIFY(doc.title.contains(QStringLiteral("July–September 2013")));
}

void TestReportBuilder::pdfInBothLanguages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("ja") << "ja"
                        << QStringList{"インターネット定点観測レポート", "概要", "表1", "図1", "表2", "図2", "445/TCP",
                                       "502/TCP", "新規", "中国(CN)", "宛先ポート番号別パケット観測数トップ5", "IANA",
                                       "CC BY 4.0", "NRO", "1/"};
    QTest::newRow("en") << "en"
                        << QStringList{"Overview", "Table 1", "Figure 1", "Table 2", "Figure 2", "445/TCP", "502/TCP",
                                       "New", "China (CN)", "Top 5 destination ports by packets observed", "IANA",
                                       "CC BY 4.0", "NRO", "1/"};
}

void TestReportBuilder::pdfInBothLanguages()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(lang));
    {
        const ReportLanguage catalogue(lang, test::catalogueDirs());
        const Status st = ReportBuilder(*m_ws, lang).write(m_q3, path);
        QVERIFY2(st, st ? "" : qPrintable(st.error().message));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5).startsWith("%PDF"));
    const QString text = test::pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QString flat = text;
    // pdftotext breaks lines and drops some spaces: compare without white space.
    const QRegularExpression space(QStringLiteral("\\s"));
    flat.remove(space);
    for (QString e : expected) {
        e.remove(space);
        QVERIFY2(flat.contains(e), qPrintable(QStringLiteral("'%1' missing in:\n%2").arg(e, text)));
    }
    // A multi-page A4 document.
    QVERIFY(text.count(QLatin1Char('\f')) >= 2);
}

void TestReportBuilder::phenomenaSections()
{
    ReportPhenomenon ph;
    ph.title = QStringLiteral("Surge of 53/UDP");
    ph.summary = QStringLiteral("DNS queries rose sixfold.");
    ph.evidence = QStringList{QStringLiteral("peak on 2013-09-05"), QStringLiteral("3 sensors hit")};
    ph.keys = QStringList{QStringLiteral("53/UDP")};
    ph.first = QDate(2013, 9, 3);
    ph.last = QDate(2013, 9, 10);
    ph.chartCaption = QStringLiteral("Packets per day to 53/UDP");
    const QVector<ReportPhenomenon> list{ph};
    const ReportDocument doc = build(QStringLiteral("en"), &list);
    bool sawTitle = false, sawEvidence = false, sawChart = false;
    for (const ReportBlock &b : doc.blocks) {
        sawTitle |= b.type == ReportBlock::Type::Subheading && b.text == QStringLiteral("4.1 Surge of 53/UDP");
        sawEvidence |= b.type == ReportBlock::Type::Bullets && b.items == ph.evidence;
        if (b.type == ReportBlock::Type::Figure && b.figure.id == QStringLiteral("figure3")) {
            sawChart = true;
            QCOMPARE(b.figure.caption, QStringLiteral("Figure 3: Packets per day to 53/UDP"));
            QVERIFY(b.figure.highlight.has_value());
        }
    }
    QVERIFY(sawTitle);
    QVERIFY(sawEvidence);
    QVERIFY(sawChart);

    const QVector<ReportPhenomenon> none;
    const ReportDocument empty = build(QStringLiteral("en"), &none);
    bool said = false;
    for (const ReportBlock &b : empty.blocks)
        said |= b.text.contains(QStringLiteral("No phenomenon"));
    QVERIFY(said);
}

void TestReportBuilder::htmlFolder()
{
    const QString dir = m_dir.filePath(QStringLiteral("web-ja/"));
    {
        const ReportLanguage catalogue(QStringLiteral("ja"), test::catalogueDirs());
        const Status st = ReportBuilder(*m_ws, QStringLiteral("ja")).write(m_q3, dir);
        QVERIFY2(st, st ? "" : qPrintable(st.error().message));
    }
    QFile index(dir + QStringLiteral("index.html"));
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(index.readAll());
    QVERIFY(html.contains(QStringLiteral("<html lang=\"ja\">")));
    QVERIFY(html.contains(QStringLiteral("src=\"figure1.png\"")));
    QVERIFY(html.contains(QStringLiteral("src=\"figure2.png\"")));
    QVERIFY(html.contains(QStringLiteral("<td>445/TCP</td>")) || html.contains(QStringLiteral("445/TCP</td>")));
    QVERIFY(html.contains(QStringLiteral("図1")));
    for (const char *png : {"figure1.png", "figure2.png", "table1.png", "table2.png"}) {
        QImage img(dir + QString::fromLatin1(png));
        QVERIFY2(!img.isNull(), png);
        QCOMPARE(img.width(), 1600);
        QVERIFY(test::inkPixels(img) > 3000);
    }
}

void TestReportBuilder::folderOutputDetection()
{
    QVERIFY(ReportBuilder::isFolderOutput(QStringLiteral("out/")));
    QVERIFY(ReportBuilder::isFolderOutput(m_dir.path()));
    QVERIFY(!ReportBuilder::isFolderOutput(m_dir.filePath(QStringLiteral("report.pdf"))));
}

QTEST_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
