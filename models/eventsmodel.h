// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include "eventtypes.h"

namespace teiten {

/// The period's events as a table: kind, key, start, end, packets, excess, top sources, sensors hit
/// and classification. DisplayRole is localized text, RawRole (modelroles.h) the number or date
/// behind it, KeyRole the event's key on every column; event(row) gives the whole event (evidence,
/// sources, chart window). Filled in one reset by setEvents() with results computed elsewhere
/// (EventAnalyzer in a worker thread). GUI thread.
class EventsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Key, Start, End, Packets, Excess, Sources, Sensors, Classification, ColumnCount };
    Q_ENUM(Column)

    explicit EventsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEvents(const QVector<Event> &events);
    void clear();
    const QVector<Event> &events() const { return m_events; }
    const Event &event(int row) const { return m_events.at(row); }
    /// Translated kind label ("surge", "ICS scan", "backscatter").
    static QString kindLabel(EventKind kind);

private:
    QVector<Event> m_events;
};

} // namespace teiten
