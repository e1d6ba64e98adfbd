// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>

#include "period.h"
#include "result.h"

namespace teiten {

class Workspace;

/// The whole of `teiten report` and File > Export Report…, so both make the same document: analyse
/// the period for phenomena, word them, build the report and write it as a PDF or as HTML with PNG
/// figures. Runs on any one thread with its workspace; install the language's catalogue for that
/// thread first (ReportLanguage).
class ReportJob {
    Q_DECLARE_TR_FUNCTIONS(ReportJob)
public:
    struct Params {
        Period period;
        QString language = QStringLiteral("en");
        QString out;            ///< "report.pdf", or a folder (ending in '/' or existing) for HTML
        QString scannersPath;   ///< known-scanner CSV; empty: the user's or the built-in list
        bool phenomena = true;  ///< false: leave out the phenomena section (skips the analysis)
    };
    /// Called before each step with (done, total, what); returning false cancels.
    using Progress = std::function<bool(int done, int total, const QString &what)>;

    static constexpr int kSteps = 3;
    static Status run(Workspace &workspace, const Params &params, const Progress &progress = {});
};

} // namespace teiten
