// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "figure.h"
#include "period.h"
#include "reportphenomenon.h"
#include "result.h"
#include "workspacetypes.h"

namespace teiten {

class Workspace;

/// The figures a quarterly report publishes.
enum class FigureKind {
    Ports,        ///< daily packets of the top N destination ports (Figure 1)
    Regions,      ///< daily packets of the top N source regions (Figure 2)
    PortsTable,   ///< top N ports against the previous period's ranks (Table 1)
    RegionsTable, ///< top N regions against the previous period's ranks (Table 2)
};

/// Builds Figures from a workspace in one language ("ja" or "en"): queries the ranking and series,
/// writes the captions in the style of published quarterly reports, formats dates and numbers, and
/// adds the provenance footer (sensors, period, day boundary, country database, Teiten version) so
/// the next quarter's figure can be made the same way. Text goes through tr(): install the
/// language's catalogue before building. Same thread as the workspace.
class FigureFactory {
    Q_DECLARE_TR_FUNCTIONS(FigureFactory)
public:
    FigureFactory(const Workspace &workspace, const QString &language);

    static QStringList kindNames(); ///< "ports", "regions", "ports-table", "regions-table"
    static std::optional<FigureKind> kindFromName(const QString &name);

    /// `number` is the figure's (or table's) number in its caption.
    Result<Figure> build(FigureKind kind, const Period &period, int number, int top = 5,
                         const QueryFilter &filter = {}) const;
    /// Daily packets of given keys with an optional highlighted window: the chart of a phenomenon.
    /// An empty `captionText` gives "Packets per day to <keys>, <period>".
    Result<Figure> keyChart(Dimension dimension, const QStringList &keys, const Period &period, int number,
                            const QString &captionText, std::optional<Figure::Highlight> highlight = {},
                            const QueryFilter &filter = {}) const;

    /// The chart of a detected phenomenon: its keys over its context window, its days shaded.
    Result<Figure> phenomenonChart(const ReportPhenomenon &phenomenon, const Period &period, int number) const;

    /// "2013年7〜9月" / "July–September 2013", "2013年9月" / "September 2013", or a day range.
    QString periodText(const Period &period) const;
    /// "445/TCP" or the region's localised name.
    QString keyLabel(Dimension dimension, const QString &key) const;
    /// The footer lines of every figure of `period`.
    QStringList provenance(const Period &period) const;
    /// Sensors that saw at least one packet in `period`.
    int activeSensors(const Period &period) const;
    const QString &language() const { return m_language; }

private:
    Result<Figure> chart(Dimension dimension, const Period &period, int number, int top, const QueryFilter &filter) const;
    Result<Figure> table(Dimension dimension, const Period &period, int number, int top, const QueryFilter &filter) const;
    Figure chartFromSeries(const SeriesSet &set, const Period &period) const;
    QString dateText(const QDate &date) const;

    const Workspace &m_workspace;
    QString m_language;
};

} // namespace teiten
