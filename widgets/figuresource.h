// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "figurerequest.h"

namespace teiten {

/// A view that can leave the workstation as a published figure (File > Export Figure… and its
/// context menus): what it shows right now — period, filters, top N, toggled series — as
/// FigureRequests the export dialog offers. Implemented by the ranking panes, the drill-down, the
/// Events and the ICS views. GUI thread.
class FigureSource {
public:
    struct Choice {
        QString label;          ///< in the dialog: "Chart", "Table"
        FigureRequest request;
    };
    virtual ~FigureSource() = default;
    /// Empty when the view shows nothing to export (no workspace, no event selected).
    virtual QList<Choice> figureChoices() const = 0;
};

} // namespace teiten
