// SPDX-License-Identifier: GPL-3.0-or-later
// teiten report --db W --period 2013Q3 --lang ja|en --out report.pdf|DIR/
#include <QCommandLineParser>
#include <QGuiApplication>

#include "clicommand.h"
#include "clioutput.h"
#include "cliqueryoptions.h"
#include "reportbuilder.h"
#include "reportjob.h"
#include "reportlanguage.h"

namespace teiten {

/// Writes the quarterly report as an A4 PDF, or as HTML with PNG figures into a folder.
class ReportCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override { return tr("Write the quarterly report (PDF, or HTML with PNG figures)"); }

    int run(const QStringList &args) override
    {
        QCommandLineParser p;
        CliQueryOptions query(CliQueryOptions::Period_);
        query.addTo(p);
        const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the report: ja or en."), tr("LANG"));
        const QCommandLineOption out(QStringLiteral("out"),
                                     tr("report.pdf, or a folder (ending in / or existing) for HTML and PNG figures."),
                                     tr("FILE|DIR/"));
        const QCommandLineOption scanners(QStringLiteral("scanners"),
                                          tr("Known-scanner list (CSV) instead of the user's or the built-in one."),
                                          tr("FILE"));
        const QCommandLineOption noEvents(QStringLiteral("no-phenomena"),
                                          tr("Leave out the phenomena section (skips the analysis)."));
        p.addOptions({lang, out, scanners, noEvents});
        if (const int rc = parse(p, args, QStringLiteral("--db W.db --period P --lang ja|en --out FILE")); rc >= 0)
            return rc;

        QTextStream &err = CliOutput::err();
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            err << tr("teiten report: drawing needs fonts, but this build started the command without a GUI "
                      "application object")
                << Qt::endl;
            return exitcode::Input;
        }
        if (!p.isSet(out)) {
            err << tr("teiten report: --out is required") << Qt::endl;
            return exitcode::Usage;
        }
        const QString language = p.value(lang).isEmpty() ? QStringLiteral("en") : p.value(lang);
        if (language != QLatin1String("ja") && language != QLatin1String("en")) {
            err << tr("teiten report: --lang takes ja or en, not '%1'").arg(language) << Qt::endl;
            return exitcode::Usage;
        }
        const QString target = p.value(out);
        if (!ReportBuilder::isFolderOutput(target) && !target.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            err << tr("teiten report: --out must be a .pdf file or a folder ending in /, not '%1'").arg(target) << Qt::endl;
            return exitcode::Usage;
        }
        if (const int rc = query.resolve(p); rc >= 0)
            return rc;

        const ReportLanguage catalogue(language);
        if (!catalogue.hasCatalogue())
            err << tr("teiten report: no %1 catalogue is built in; texts stay English").arg(language) << Qt::endl;
        ReportJob::Params params;
        params.period = query.period();
        params.language = language;
        params.out = target;
        params.scannersPath = p.value(scanners);
        params.phenomena = !p.isSet(noEvents);
        if (auto st = ReportJob::run(query.workspace(), params); !st) {
            err << tr("teiten report: %1").arg(st.error().message) << Qt::endl;
            return exitcode::Input;
        }
        CliOutput::out() << tr("Wrote %1").arg(target) << Qt::endl;
        return exitcode::Success;
    }
};

TEITEN_REGISTER_COMMAND(ReportCommand, "report");

} // namespace teiten
