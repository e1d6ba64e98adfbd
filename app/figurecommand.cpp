// SPDX-License-Identifier: GPL-3.0-or-later
// teiten figure --db W --period P --figure KIND --lang ja|en --out F.png|svg|pdf [--width --height --dpi]
#include <QCommandLineParser>
#include <QGuiApplication>

#include "clicommand.h"
#include "clioutput.h"
#include "cliqueryoptions.h"
#include "figurefactory.h"
#include "figurerenderer.h"
#include "figurerequest.h"
#include "regionnames.h"
#include "reportlanguage.h"
#include "servicekey.h"

namespace teiten {

/// Writes one publication figure (chart or table) as PNG, SVG or PDF in Japanese or English.
class FigureCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(FigureCommand)
public:
    QString name() const override { return QStringLiteral("figure"); }
    QString summary() const override { return tr("Write a report figure or table as PNG, SVG or PDF"); }

    int run(const QStringList &args) override
    {
        QCommandLineParser p;
        CliQueryOptions query(CliQueryOptions::Period_ | CliQueryOptions::Filters);
        query.addTo(p);
        const QCommandLineOption figure(
            QStringLiteral("figure"),
            tr("What to draw: ports, regions, ports-table, regions-table, service:PORT/PROTO or region:CODE."),
            tr("KIND"));
        const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the texts: ja or en."), tr("LANG"));
        const QCommandLineOption out(QStringLiteral("out"), tr("Output file; the format follows the extension."),
                                     tr("F.png|F.svg|F.pdf"));
        const QCommandLineOption width(QStringLiteral("width"), tr("Width in pixels."), tr("PX"), QStringLiteral("1600"));
        const QCommandLineOption height(QStringLiteral("height"), tr("Height in pixels."), tr("PX"), QStringLiteral("1000"));
        const QCommandLineOption dpi(QStringLiteral("dpi"), tr("Resolution: pixels per inch (sets the type size)."),
                                     tr("DPI"), QStringLiteral("200"));
        const QCommandLineOption top(QStringLiteral("top"), tr("How many ports or regions (1–20)."), tr("N"),
                                     QStringLiteral("5"));
        const QCommandLineOption number(QStringLiteral("number"), tr("Figure or table number in the caption."), tr("N"),
                                        QStringLiteral("1"));
        p.addOptions({figure, lang, out, width, height, dpi, top, number});
        if (const int rc = parse(p, args, QStringLiteral("--db W.db --period P --figure KIND --out FILE")); rc >= 0)
            return rc;

        QTextStream &err = CliOutput::err();
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            err << tr("teiten figure: drawing needs fonts, but this build started the command without a GUI "
                      "application object")
                << Qt::endl;
            return exitcode::Input;
        }
        if (!p.isSet(figure) || !p.isSet(out)) {
            err << tr("teiten figure: --figure and --out are required") << Qt::endl;
            return exitcode::Usage;
        }
        const QString language = p.value(lang).isEmpty() ? QStringLiteral("en") : p.value(lang);
        if (language != QLatin1String("ja") && language != QLatin1String("en")) {
            err << tr("teiten figure: --lang takes ja or en, not '%1'").arg(language) << Qt::endl;
            return exitcode::Usage;
        }
        const auto format = FigureRenderer::formatForPath(p.value(out));
        if (!format) {
            err << tr("teiten figure: cannot tell the format of '%1': use .png, .svg or .pdf").arg(p.value(out)) << Qt::endl;
            return exitcode::Usage;
        }
        bool okW = false, okH = false, okD = false, okT = false, okN = false;
        FigureRenderer::Options options;
        options.size = QSize(p.value(width).toInt(&okW), p.value(height).toInt(&okH));
        options.dpi = p.value(dpi).toInt(&okD);
        const int topN = p.value(top).toInt(&okT);
        const int num = p.value(number).toInt(&okN);
        if (!okW || !okH || options.size.width() < 100 || options.size.height() < 100 || options.size.width() > 20000
            || options.size.height() > 20000) {
            err << tr("teiten figure: --width and --height take whole numbers of pixels between 100 and 20000") << Qt::endl;
            return exitcode::Usage;
        }
        if (!okD || options.dpi < 36 || options.dpi > 2400) {
            err << tr("teiten figure: --dpi takes a whole number between 36 and 2400") << Qt::endl;
            return exitcode::Usage;
        }
        if (!okT || topN < 1 || topN > FigureRequest::kMaxTop) {
            err << tr("teiten figure: --top takes a whole number between 1 and 20") << Qt::endl;
            return exitcode::Usage;
        }
        if (!okN || num < 1) {
            err << tr("teiten figure: --number takes a positive whole number") << Qt::endl;
            return exitcode::Usage;
        }

        const QString kindText = p.value(figure);
        const auto kind = FigureFactory::kindFromName(kindText);
        QString serviceKey, regionKey;
        if (!kind) {
            if (kindText.startsWith(QLatin1String("service:")))
                serviceKey = kindText.mid(8);
            else if (kindText.startsWith(QLatin1String("region:")))
                regionKey = kindText.mid(7).toUpper();
            if ((!serviceKey.isEmpty() && !ServiceKey::parse(serviceKey))
                || (!regionKey.isEmpty() && !RegionNames::isKnown(regionKey)) || (serviceKey.isEmpty() && regionKey.isEmpty())) {
                err << tr("teiten figure: unknown figure '%1' (use %2, service:PORT/PROTO or region:CODE)")
                           .arg(kindText, FigureFactory::kindNames().join(QStringLiteral(", ")))
                    << Qt::endl;
                return exitcode::Usage;
            }
        }
        if (const int rc = query.resolve(p); rc >= 0)
            return rc;

        const ReportLanguage catalogue(language);
        if (!catalogue.hasCatalogue())
            err << tr("teiten figure: no %1 catalogue is built in; texts stay English").arg(language) << Qt::endl;
        FigureRequest request;
        if (kind)
            request = FigureRequest::report(*kind, query.period(), topN, query.filter());
        else if (!serviceKey.isEmpty())
            request = FigureRequest::keyChart(Dimension::Service, {ServiceKey::parse(serviceKey)->label()}, query.period(),
                                              query.filter());
        else
            request = FigureRequest::keyChart(Dimension::Region, {regionKey}, query.period(), query.filter());
        request.number = num;
        const FigureFactory factory(query.workspace(), language);
        const Result<Figure> fig = request.build(factory);
        if (!fig) {
            err << tr("teiten figure: %1").arg(fig.error().message) << Qt::endl;
            return exitcode::Input;
        }
        if (auto st = FigureRenderer::write(*fig, p.value(out), *format, options); !st) {
            err << tr("teiten figure: %1").arg(st.error().message) << Qt::endl;
            return exitcode::Input;
        }
        return exitcode::Success;
    }
};

TEITEN_REGISTER_COMMAND(FigureCommand, "figure");

} // namespace teiten
