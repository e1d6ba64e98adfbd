// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsmodel.h"

#include <QLocale>

#include "modelroles.h"

namespace teiten {

EventsModel::EventsModel(QObject *parent) : QAbstractTableModel(parent) {}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventsModel::kindLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::Surge: return tr("surge");
    case EventKind::IcsScan: return tr("ICS scan");
    case EventKind::Backscatter: return tr("backscatter");
    case EventKind::Flood: return tr("flood");
    }
    return {};
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &e = m_events.at(index.row());
    if (role == KeyRole)
        return e.key;
    const QLocale loc;
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        return c == Packets || c == Excess || c == Sensors ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role == Qt::ToolTipRole)
        return e.evidence.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    const bool raw = role == RawRole;
    switch (index.column()) {
    case Kind: return raw ? QVariant(QString::fromLatin1(eventKindName(e.kind))) : QVariant(kindLabel(e.kind));
    case Key: return e.key;
    case Start: return raw ? QVariant(e.start) : QVariant(loc.toString(e.start, QLocale::ShortFormat));
    case End:
        if (raw)
            return e.end;
        return e.ongoing ? tr("%1 (ongoing)").arg(loc.toString(e.end, QLocale::ShortFormat))
                         : loc.toString(e.end, QLocale::ShortFormat);
    case Packets: return raw ? QVariant(e.packets) : QVariant(loc.toString(e.packets));
    case Excess: return raw ? QVariant(e.excess) : QVariant(loc.toString(e.excess));
    case Sources: {
        if (raw)
            return e.sourceCount;
        QStringList top;
        for (int i = 0; i < std::min<int>(2, e.sources.size()); ++i)
            top << tr("%1 (%2 %)").arg(e.sources[i].address.toString(), loc.toString(e.sources[i].share * 100, 'f', 0));
        if (e.sourceCount > top.size())
            top << tr("%n more", "", e.sourceCount - int(top.size()));
        return top.join(QStringLiteral(", "));
    }
    case Sensors:
        return raw ? QVariant(e.sensorsHit) : QVariant(tr("%1 of %2").arg(e.sensorsHit).arg(e.sensorsTotal));
    case Classification:
        return raw ? QVariant(QString::fromLatin1(classificationName(e.classification)))
                   : QVariant(classificationLabel(e.classification, e.protocol));
    default: return {};
    }
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind: return tr("Kind");
    case Key: return tr("Port / region");
    case Start: return tr("Start");
    case End: return tr("End");
    case Packets: return tr("Packets");
    case Excess: return tr("Excess");
    case Sources: return tr("Top sources");
    case Sensors: return tr("Sensors");
    case Classification: return tr("Classification");
    default: return {};
    }
}

void EventsModel::setEvents(const QVector<Event> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

void EventsModel::clear()
{
    setEvents({});
}

} // namespace teiten
