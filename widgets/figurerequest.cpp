// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurerequest.h"

#include "phenomenonwriter.h"

namespace teiten {

FigureRequest FigureRequest::report(FigureKind kind, const Period &period, int top, const QueryFilter &filter)
{
    FigureRequest r;
    r.content = Content::Report;
    r.kind = kind;
    r.period = period;
    r.top = std::clamp(top, 1, kMaxTop);
    r.filter = filter;
    return r;
}

FigureRequest FigureRequest::keyChart(Dimension dimension, const QStringList &keys, const Period &period,
                                      const QueryFilter &filter)
{
    FigureRequest r;
    r.content = Content::Keys;
    r.dimension = dimension;
    r.keys = keys;
    r.period = period;
    r.filter = filter;
    return r;
}

FigureRequest FigureRequest::eventChart(const Event &event, const Period &period)
{
    FigureRequest r;
    r.content = Content::Event;
    r.event = event;
    r.period = period;
    return r;
}

Result<Figure> FigureRequest::build(const FigureFactory &factory) const
{
    if (!period.isValid())
        return Error{Error::Code::Usage, tr("no period is chosen")};
    switch (content) {
    case Content::Report:
        return factory.build(kind, period, number, top, filter);
    case Content::Keys:
        if (keys.isEmpty())
            return Error{Error::Code::Usage, tr("no series is shown, so there is nothing to draw")};
        return factory.keyChart(dimension, keys, period, number, {}, {}, filter);
    case Content::Event: {
        if (!event)
            return Error{Error::Code::Usage, tr("no event is selected")};
        // Worded as the report words the event's section, in the factory's language.
        const ReportPhenomenon ph = PhenomenonWriter::fromEvent(*event, factory.language());
        if (ph.keys.isEmpty())
            return Error{Error::Code::Usage, tr("this event has no curve to draw")};
        return factory.phenomenonChart(ph, period, number);
    }
    }
    return Error{Error::Code::Internal, QStringLiteral("unknown figure content")};
}

} // namespace teiten
