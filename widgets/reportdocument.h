// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include "figure.h"

namespace teiten {

/// One piece of a report: text is final (translated and formatted).
struct ReportBlock {
    enum class Type {
        Heading,    ///< numbered section title ("2 宛先ポート番号別の観測状況")
        Subheading, ///< a phenomenon's title
        Paragraph,
        Bullets,    ///< `items`, one line each
        Figure,     ///< a chart or a table
    };
    Type type = Type::Paragraph;
    QString text;
    QStringList items;
    teiten::Figure figure;
};

/// A whole report in one language, independent of its output: ReportPdfWriter lays it out on A4
/// pages and ReportHtmlWriter writes it as a web page with PNG figures, so both say the same.
/// Plain value; any thread.
struct ReportDocument {
    QString language;       ///< "ja" or "en"
    QString title;
    QString subtitle;
    QString runningHead;    ///< top of every page after the first
    QVector<ReportBlock> blocks;
};

} // namespace teiten
