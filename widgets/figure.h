// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace teiten {

/// What one published figure shows, already in its language: every text is final (translated,
/// numbers and dates formatted) so FigureRenderer only lays it out and paints it. Built by
/// FigureFactory from a workspace; a plain value, any thread.
struct Figure {
    enum class Type { LineChart, Table };

    struct Series {
        QString key;          ///< "445/TCP", "CN"
        QString label;        ///< what the legend shows ("445/TCP", "中国")
        QColor color;
        QVector<double> values; ///< one per day of `days`
    };

    /// A shaded span of days on a chart (a phenomenon's window).
    struct Highlight {
        QDate first;
        QDate last;           ///< inclusive
        QString label;
    };

    struct Column {
        QString title;
        bool numeric = false; ///< right-aligned
    };

    Type type = Type::LineChart;
    QString id;               ///< stable file stem for HTML export ("figure1", "table2")
    QString caption;          ///< 「図1 …」 / "Figure 1: …"; below charts, above tables
    QString language;         ///< "ja" or "en": date and number formats
    QStringList footer;       ///< provenance lines, small and grey at the bottom

    // Line chart.
    QVector<QDate> days;
    QList<Series> series;
    QString valueAxisTitle;   ///< 「パケット数」 / "Packets"
    QString dateAxisFormat;   ///< QDate format of the tick labels, e.g. "M/d" or "MMM d"
    std::optional<Highlight> highlight;
    QString emptyText;        ///< shown instead of lines when there is nothing to plot

    // Table.
    QList<Column> columns;
    QVector<QStringList> rows;
    int keyColumn = -1;       ///< column whose cells get the row's colour chip (-1: none)
    QList<QColor> rowColors;  ///< per row, for keyColumn
    QString note;             ///< under the table: what the markers mean
};

} // namespace teiten
