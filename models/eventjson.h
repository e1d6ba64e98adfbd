// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include "eventtypes.h"

namespace teiten {

/// The stable JSON shapes of events and their parts (documented in docs/CLI.md, sections "events"
/// and "drill"): used by the CLI and by the GUI's copy/export. Any thread.
class EventJson {
public:
    static QJsonObject event(const Event &event);
    static QJsonArray sources(const QVector<EventSource> &sources);
    static QJsonArray sensors(const QVector<EventSensor> &sensors);
    static QJsonArray payloads(const QVector<PayloadShare> &payloads);
    static QJsonArray scannerShares(const QVector<ScannerClassShare> &shares);
};

} // namespace teiten
