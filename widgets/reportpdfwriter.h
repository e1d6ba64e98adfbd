// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "reportdocument.h"
#include "result.h"

namespace teiten {

/// Lays a ReportDocument out on A4 pages and writes it with QPdfWriter: text stays text (searchable,
/// pdftotext-able), figures are painted by FigureRenderer as vectors. Headings keep with what
/// follows, paragraphs break between lines, figures never break. Pages after the first carry a
/// running head; every page its number. Needs a QGuiApplication.
class ReportPdfWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportPdfWriter)
public:
    static Status write(const ReportDocument &document, const QString &path);
};

} // namespace teiten
