// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include "period.h"
#include "reportdocument.h"
#include "reportphenomenon.h"
#include "result.h"

namespace teiten {

class Workspace;

/// Builds the quarterly report of a workspace in one language: overview with totals against the
/// previous period, Table 1 (top 5 ports against the previous ranks), Figure 1, Table 2 (regions),
/// Figure 2, one section per phenomenon with its chart and evidence, and references (IANA service
/// names, ICS port list, scanner list, country database credit). Writes it as an A4 PDF or, for an
/// output folder, as HTML with PNG figures. Text goes through tr(): install the language's
/// catalogue first. Same thread as the workspace; needs a QGuiApplication for fonts.
class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    ReportBuilder(const Workspace &workspace, const QString &language);

    /// The phenomena sections, in order. Without a call the report has no phenomena section
    /// (nothing was analysed); with an empty list it says that none was detected.
    void setPhenomena(const QVector<ReportPhenomenon> &phenomena);

    Result<ReportDocument> build(const Period &period) const;

    /// `out` ending in '/' or naming an existing folder → HTML + PNG there; else a PDF file.
    static bool isFolderOutput(const QString &out);
    Status write(const Period &period, const QString &out) const;

private:
    const Workspace &m_workspace;
    QString m_language;
    QVector<ReportPhenomenon> m_phenomena;
    bool m_phenomenaSet = false;
};

} // namespace teiten
