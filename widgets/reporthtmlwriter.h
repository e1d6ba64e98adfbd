// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "reportdocument.h"
#include "result.h"

namespace teiten {

/// Writes a ReportDocument for web publication: DIR/index.html (UTF-8, lang set), charts as
/// DIR/figureN.png and tables as HTML tables (with DIR/tableN.png beside them for slides).
/// Needs a QGuiApplication.
class ReportHtmlWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportHtmlWriter)
public:
    static Status write(const ReportDocument &document, const QString &directory);
};

} // namespace teiten
