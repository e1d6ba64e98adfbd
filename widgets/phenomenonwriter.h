// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QVector>

#include "eventtypes.h"
#include "reportphenomenon.h"

namespace teiten {

/// Words the report's section about each detected event: a title naming what rose and how it is
/// classified, a one-paragraph summary (days, packets, sources, sensors hit), the analysis's own
/// evidence sentences, and which keys to chart over the event's context window. Run it, and the
/// analysis, with the report's language installed: the evidence is translated when it is made.
/// Plain functions; any thread.
class PhenomenonWriter {
    Q_DECLARE_TR_FUNCTIONS(PhenomenonWriter)
public:
    static ReportPhenomenon fromEvent(const Event &event, const QString &language);
    static QVector<ReportPhenomenon> fromEvents(const QVector<Event> &events, const QString &language);
};

} // namespace teiten
