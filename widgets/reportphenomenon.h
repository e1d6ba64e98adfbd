// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include "period.h"
#include "workspacetypes.h"

namespace teiten {

/// What the report says about one detected phenomenon (a surge, an amplification victim, an ICS
/// scan wave…): its own section with a chart of `keys` over a window, the window shaded, and the
/// evidence lines. The report command converts the phenomena engine's events into these, so the
/// report does not depend on how events are detected. Text is final (translated). Plain value.
struct ReportPhenomenon {
    QString title;             ///< section title, e.g. 「53/UDP の急増(DNS アンプ攻撃の踏み台探索)」
    QString summary;           ///< one paragraph
    QStringList evidence;      ///< human-readable reasons, one bullet each
    Dimension dimension = Dimension::Service;
    QStringList keys;          ///< what the chart shows ("53/UDP"; an ICS wave: each port); empty: no chart
    QDate first;               ///< the phenomenon's days (inclusive), shaded on the chart
    QDate last;
    Period window;             ///< the chart's days (context before the onset); invalid: the report's period
    QString chartCaption;      ///< caption text after 「図N」 / "Figure N:"; empty: a default one
};

} // namespace teiten
