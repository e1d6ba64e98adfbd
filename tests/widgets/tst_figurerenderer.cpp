// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "figurefactory.h"
#include "figurerenderer.h"
#include "keycolors.h"
#include "reportfixture.h"
#include "reportlanguage.h"

using namespace teiten;

class TestFigureRenderer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void keyColorsAreStableAndDistinct();
    void everyKindEveryFormat_data();
    void everyKindEveryFormat();
    void tableContents_data();
    void tableContents();
    void captionsInBothLanguages_data();
    void captionsInBothLanguages();
    void chartAndTableShareColours();
    void smallAndLargeSizesStayInside();
    void manyCurvesKeepTheirLegendInside();
    void keyChartHighlightsWindow();
    void unwritablePathIsAnError();
    void formatFromExtension();

private:
    Figure build(FigureKind kind, const QString &lang, int number = 1);
    /// `fig` painted at `size` inside a white 20-pixel border, which must stay white.
    static QImage paintInBorder(const Figure &fig, QSize size, int dpi);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Period m_q3 = Period::quarter(2013, 3);
};

void TestFigureRenderer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_ws = test::openFixtureWorkspace(m_dir.filePath(QStringLiteral("w.db")), &error);
    QVERIFY2(m_ws, qPrintable(error));
}

Figure TestFigureRenderer::build(FigureKind kind, const QString &lang, int number)
{
    const ReportLanguage catalogue(lang, test::catalogueDirs());
    auto f = FigureFactory(*m_ws, lang).build(kind, m_q3, number);
    if (!f)
        qFatal("%s", qPrintable(f.error().message));
    return *f;
}

QImage TestFigureRenderer::paintInBorder(const Figure &fig, QSize size, int dpi)
{
    QImage img(size + QSize(40, 40), QImage::Format_ARGB32_Premultiplied);
    img.setDotsPerMeterX(int(dpi / 0.0254));
    img.setDotsPerMeterY(int(dpi / 0.0254));
    img.fill(Qt::white);
    QPainter p(&img);
    FigureRenderer::paint(p, QRectF(QPointF(20, 20), QSizeF(size)), fig);
    return img;
}

void TestFigureRenderer::keyColorsAreStableAndDistinct()
{
    const QStringList keys{QStringLiteral("445/TCP"), QStringLiteral("23/TCP"), QStringLiteral("53/UDP"),
                           QStringLiteral("502/TCP"), QStringLiteral("22/TCP")};
    const QList<QColor> a = KeyColors::distinct(keys);
    QCOMPARE(a, KeyColors::distinct(keys));
    QCOMPARE(QSet<QRgb>({a[0].rgb(), a[1].rgb(), a[2].rgb(), a[3].rgb(), a[4].rgb()}).size(), 5);
    // The top key always keeps its own colour, whatever else is drawn with it.
    QCOMPARE(a[0], KeyColors::color(keys[0]));
}

void TestFigureRenderer::everyKindEveryFormat_data()
{
    QTest::addColumn<FigureKind>("kind");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("suffix");
    for (const QString &name : FigureFactory::kindNames()) {
        for (const char *lang : {"ja", "en"}) {
            for (const char *suffix : {"png", "svg", "pdf"})
                QTest::addRow("%s-%s-%s", qPrintable(name), lang, suffix)
                    << *FigureFactory::kindFromName(name) << QString::fromLatin1(lang) << QString::fromLatin1(suffix);
        }
    }
}

void TestFigureRenderer::everyKindEveryFormat()
{
    QFETCH(FigureKind, kind);
    QFETCH(QString, lang);
    QFETCH(QString, suffix);
    const Figure fig = build(kind, lang);
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.%3").arg(fig.id, lang, suffix));
    FigureRenderer::Options options;
    options.size = QSize(1200, 750);
    options.dpi = 150;
    const auto format = FigureRenderer::formatForPath(path);
    QVERIFY(format);
    const Status st = FigureRenderer::write(fig, path, *format, options);
    QVERIFY2(st, st ? "" : qPrintable(st.error().message));

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    if (suffix == QLatin1String("png")) {
        QImage img;
        QVERIFY(img.loadFromData(bytes, "PNG"));
        QCOMPARE(img.size(), options.size);
        QVERIFY2(test::inkPixels(img) > 5000, "the figure is (almost) blank");
    } else if (suffix == QLatin1String("svg")) {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QSvgRenderer svg(path);
        QVERIFY(svg.isValid());
        QCOMPARE(svg.viewBox().size(), options.size);
    } else {
        QVERIFY(bytes.startsWith("%PDF"));
        const QString text = test::pdfText(path);
        if (text.isNull())
            QSKIP("pdftotext is not installed (poppler-utils)");
        QVERIFY2(text.contains(QStringLiteral("445/TCP")) || text.contains(QStringLiteral("中国")) || text.contains(QStringLiteral("China")),
                 qPrintable(text));
    }
}

void TestFigureRenderer::tableContents_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<FigureKind>("kind");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("ports-ja") << "ja" << FigureKind::PortsTable
                              << QStringList{"表1", "445/TCP", "microsoft-ds", "23/TCP", "53/UDP", "502/TCP", "22/TCP",
                                             "新規", "前四半期", "パケット数"};
    QTest::newRow("ports-en") << "en" << FigureKind::PortsTable
                              << QStringList{"Table 1", "445/TCP", "microsoft-ds", "502/TCP", "New", "Rank last quarter",
                                             "Packets"};
    QTest::newRow("regions-ja") << "ja" << FigureKind::RegionsTable
                                << QStringList{"表1", "中国(CN)", "米国", "日本(JP)", "台湾(TW)", "送信元地域"};
    QTest::newRow("regions-en") << "en" << FigureKind::RegionsTable
                                << QStringList{"Table 1", "China (CN)", "Japan (JP)", "Taiwan (TW)", "Source region"};
}

void TestFigureRenderer::tableContents()
{
    QFETCH(QString, lang);
    QFETCH(FigureKind, kind);
    QFETCH(QStringList, expected);
    const Figure fig = build(kind, lang);
    QCOMPARE(fig.rows.size(), 5);
    const QString path = m_dir.filePath(QStringLiteral("table-%1-%2.pdf").arg(lang).arg(int(kind)));
    QVERIFY(FigureRenderer::write(fig, path, FigureRenderer::Format::Pdf, {}));
    const QString text = test::pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(QStringLiteral("'%1' missing in:\n%2").arg(e, text)));
}

void TestFigureRenderer::captionsInBothLanguages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<FigureKind>("kind");
    QTest::addColumn<QString>("caption");
    QTest::newRow("ports-ja") << "ja" << FigureKind::Ports << "図1 2013年7月〜9月の宛先ポート番号別パケット観測数トップ5";
    QTest::newRow("ports-en") << "en" << FigureKind::Ports
                              << "Figure 1: Top 5 destination ports by packets observed, July–September 2013";
    QTest::newRow("regions-ja") << "ja" << FigureKind::Regions << "図1 2013年7月〜9月の送信元地域別パケット観測数トップ5";
    QTest::newRow("regions-en") << "en" << FigureKind::Regions
                                << "Figure 1: Top 5 source regions by packets observed, July–September 2013";
}

void TestFigureRenderer::captionsInBothLanguages()
{
    QFETCH(QString, lang);
    QFETCH(FigureKind, kind);
    QFETCH(QString, caption);
    const Figure fig = build(kind, lang);
    QCOMPARE(fig.caption, caption);
    QCOMPARE(fig.series.size(), 5);
    QCOMPARE(fig.days.size(), 92);
    QCOMPARE(fig.footer.size(), 2);
    QVERIFY(fig.footer.join(QLatin1Char(' ')).contains(QStringLiteral("geo-whois-asn-country")));
    QVERIFY(fig.footer.join(QLatin1Char(' ')).contains(QStringLiteral("2024-05-01")));
    const QString path = m_dir.filePath(QStringLiteral("caption-%1-%2.pdf").arg(lang).arg(int(kind)));
    QVERIFY(FigureRenderer::write(fig, path, FigureRenderer::Format::Pdf, {}));
    const QString text = test::pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    // pdftotext may break the caption across lines; compare without whitespace.
    QString flat = text;
    flat.remove(QRegularExpression(QStringLiteral("\\s")));
    QString want = caption;
    want.remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY2(flat.contains(want), qPrintable(text));
    QVERIFY(text.contains(lang == QLatin1String("ja") ? QStringLiteral("パケット数") : QStringLiteral("Packets per day")));
    QVERIFY(text.contains(lang == QLatin1String("ja") ? QStringLiteral("センサー") : QStringLiteral("sensors")));
}

void TestFigureRenderer::chartAndTableShareColours()
{
    const Figure chart = build(FigureKind::Ports, QStringLiteral("en"));
    const Figure table = build(FigureKind::PortsTable, QStringLiteral("en"));
    QCOMPARE(chart.series.size(), table.rowColors.size());
    for (int i = 0; i < chart.series.size(); ++i) {
        QCOMPARE(chart.series[i].key, table.rows[i][1]);
        QCOMPARE(chart.series[i].color, table.rowColors[i]);
    }
}

void TestFigureRenderer::smallAndLargeSizesStayInside()
{
    // Whatever the size, nothing is painted outside the target rectangle.
    for (const QSize size : {QSize(400, 260), QSize(3200, 2000)}) {
        for (FigureKind kind : {FigureKind::Ports, FigureKind::RegionsTable}) {
            const QImage img = paintInBorder(build(kind, QStringLiteral("ja")), size, 150);
            const QImage outside = img.copy(0, 0, img.width(), 20);
            QCOMPARE(test::inkPixels(outside), 0);
            QCOMPARE(test::inkPixels(img.copy(0, img.height() - 20, img.width(), 20)), 0);
            QVERIFY(test::inkPixels(img) > 500);
        }
    }
}

void TestFigureRenderer::manyCurvesKeepTheirLegendInside()
{
    // `teiten figure --top 20` in a wide, short figure: the legend column was taller than the
    // plot and ran over the caption and past the figure's bottom edge.
    Figure fig = build(FigureKind::Ports, QStringLiteral("ja"));
    QVERIFY(!fig.series.isEmpty());
    const Figure::Series model = fig.series.first();
    QStringList keys;
    for (int i = 0; i < 20; ++i)
        keys << QStringLiteral("%1/TCP").arg(10000 + i);
    const QList<QColor> colours = KeyColors::distinct(keys);
    fig.series.clear();
    for (int i = 0; i < keys.size(); ++i)
        fig.series << Figure::Series{keys[i], keys[i], colours[i], model.values};
    for (const QSize size : {QSize(1000, 500), QSize(1600, 1000), QSize(600, 700)}) {
        const QImage img = paintInBorder(fig, size, 200);
        QCOMPARE(test::inkPixels(img.copy(0, img.height() - 20, img.width(), 20)), 0);
        QCOMPARE(test::inkPixels(img.copy(img.width() - 20, 0, 20, img.height())), 0);
        // Every curve's legend sample is drawn: its colour appears somewhere in the figure.
        for (const QColor &colour : colours) {
            bool seen = false;
            for (int y = 20; y < img.height() - 20 && !seen; ++y)
                for (int x = 20; x < img.width() - 20 && !seen; ++x)
                    seen = img.pixelColor(x, y).rgb() == colour.rgb();
            QVERIFY2(seen, qPrintable(QStringLiteral("%1 at %2x%3").arg(colour.name()).arg(size.width()).arg(size.height())));
        }
    }
}

void TestFigureRenderer::keyChartHighlightsWindow()
{
    const ReportLanguage catalogue(QStringLiteral("en"), test::catalogueDirs());
    FigureFactory factory(*m_ws, QStringLiteral("en"));
    auto f = factory.keyChart(Dimension::Service, {QStringLiteral("53/UDP")}, m_q3, 3, {},
                              Figure::Highlight{QDate(2013, 9, 3), QDate(2013, 9, 10), QStringLiteral("surge")});
    QVERIFY(f);
    QCOMPARE(f->series.size(), 1);
    QCOMPARE(f->caption, QStringLiteral("Figure 3: Packets per day to 53/UDP, July–September 2013"));
    // The surge days are the peak of the series.
    const auto &v = f->series[0].values;
    const int peak = int(std::max_element(v.begin(), v.end()) - v.begin());
    QVERIFY(f->days[peak] >= QDate(2013, 9, 3) && f->days[peak] <= QDate(2013, 9, 10));
    const QImage img = FigureRenderer::image(*f, {});
    QVERIFY(test::inkPixels(img) > 3000);
}

void TestFigureRenderer::unwritablePathIsAnError()
{
    const Figure fig = build(FigureKind::Ports, QStringLiteral("en"));
    const QString path = m_dir.filePath(QStringLiteral("missing/sub/f.png"));
    const Status st = FigureRenderer::write(fig, path, FigureRenderer::Format::Png, {});
    QVERIFY(!st);
    QVERIFY(st.error().message.contains(path));
}

void TestFigureRenderer::formatFromExtension()
{
    QCOMPARE(FigureRenderer::formatForPath(QStringLiteral("a/F.PNG")), FigureRenderer::Format::Png);
    QCOMPARE(FigureRenderer::formatForPath(QStringLiteral("f.svg")), FigureRenderer::Format::Svg);
    QCOMPARE(FigureRenderer::formatForPath(QStringLiteral("f.pdf")), FigureRenderer::Format::Pdf);
    QVERIFY(!FigureRenderer::formatForPath(QStringLiteral("f.jpg")));
}

QTEST_MAIN(TestFigureRenderer)
#include "tst_figurerenderer.moc"
