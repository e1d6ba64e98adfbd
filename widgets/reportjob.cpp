// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportjob.h"


#include "eventanalyzer.h"
#include "phenomenonwriter.h"
#include "reportbuilder.h"
#include "reporthtmlwriter.h"
#include "reportpdfwriter.h"
#include "scannercatalog.h"
#include "workspace.h"

namespace teiten {

Status ReportJob::run(Workspace &workspace, const Params &params, const Progress &progress)
{
    const auto go = [&](int done, const QString &what) { return !progress || progress(done, kSteps, what); };
    const Error cancelled{Error::Code::Cancelled, tr("Cancelled")};

    ReportBuilder builder(workspace, params.language);
    if (params.phenomena) {
        if (!go(0, tr("Looking for phenomena…")))
            return cancelled;
        // Analysed with the report's language installed: the evidence is worded as it is found.
        auto catalog = ScannerCatalog::active(params.scannersPath);
        if (!catalog)
            return catalog.error();
        const EventAnalyzer analyzer(workspace, *catalog);
        auto events = analyzer.analyze(params.period);
        if (!events)
            return events.error();
        builder.setPhenomena(PhenomenonWriter::fromEvents(*events, params.language));
    }
    if (!go(1, tr("Building tables and figures…")))
        return cancelled;
    auto document = builder.build(params.period);
    if (!document)
        return document.error();
    const bool folder = ReportBuilder::isFolderOutput(params.out);
    if (!go(2, folder ? tr("Writing HTML and PNG figures…") : tr("Writing the PDF…")))
        return cancelled;
    Status written = folder ? ReportHtmlWriter::write(*document, params.out) : ReportPdfWriter::write(*document, params.out);
    if (written)
        go(kSteps, tr("Done"));
    return written;
}

} // namespace teiten
