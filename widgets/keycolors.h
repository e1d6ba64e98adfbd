// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace teiten {

/// One stable colour per ranking key ("445/TCP", "CN"), shared by the workstation's charts and the
/// exported figures so that a port keeps its colour from view to view and from quarter to quarter.
/// The colour comes from a hash of the key (not from its rank), so it does not change when the
/// ranking does. Plain functions; any thread.
class KeyColors {
public:
    /// The key's preferred colour.
    static QColor color(const QString &key);
    /// Colours for a set of keys drawn together: each key gets its preferred colour unless an
    /// earlier key in `keys` already has it, then the next free palette entry. Distinct for up
    /// to palette().size() keys.
    static QList<QColor> distinct(const QStringList &keys);
    /// Print-safe palette (readable on white, distinguishable in greyscale order as far as possible).
    static const QList<QColor> &palette();
};

} // namespace teiten
