// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "period.h"
#include "workspacetypes.h"

namespace teiten {

/// What a drill-down model shows: which workspace, which period, which traffic, and how to present
/// it (language of region names, the UTC offset times are shown at). Plain value, copied into worker
/// threads.
struct DrillQuery {
    QString workspacePath;
    Period period;
    QueryFilter filter;
    QString language = QStringLiteral("en"); ///< "ja" or "en"
    int utcOffsetMinutes = 0;                ///< times are displayed at this offset (the workspace's day boundary)

    bool isValid() const { return !workspacePath.isEmpty() && period.isValid(); }
};

} // namespace teiten
