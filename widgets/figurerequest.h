// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "eventtypes.h"
#include "figure.h"
#include "figurefactory.h"
#include "period.h"
#include "result.h"
#include "workspacetypes.h"

namespace teiten {

/// What a published figure shows, independent of its language: a report figure (ports/regions chart
/// or table at top N), the daily curves of chosen keys (`teiten figure --figure service:53/UDP`,
/// the chart's toggled series, a drill-down's key), or a detected event's chart with its window
/// shaded. `teiten figure` and the workstation's Export Figure both turn one into a Figure through
/// build(), so the same question gives the same picture from either. Plain value, any thread.
struct FigureRequest {
    Q_DECLARE_TR_FUNCTIONS(FigureRequest)
public:
    enum class Content { Report, Keys, Event };

    Content content = Content::Report;
    FigureKind kind = FigureKind::Ports;   ///< Content::Report
    Dimension dimension = Dimension::Service; ///< Content::Keys
    QStringList keys;                      ///< Content::Keys
    std::optional<Event> event;            ///< Content::Event
    Period period;
    QueryFilter filter;
    int top = 5;                           ///< Content::Report; 1…kMaxTop
    int number = 1;                        ///< figure or table number in the caption

    static constexpr int kMaxTop = 20;

    static FigureRequest report(FigureKind kind, const Period &period, int top, const QueryFilter &filter = {});
    static FigureRequest keyChart(Dimension dimension, const QStringList &keys, const Period &period,
                                  const QueryFilter &filter = {});
    static FigureRequest eventChart(const Event &event, const Period &period);

    /// Queries the workspace behind `factory` and writes every text in the factory's language
    /// (install that language's catalogue on this thread first).
    Result<Figure> build(const FigureFactory &factory) const;
};

} // namespace teiten
