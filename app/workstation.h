// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QApplication;

namespace teiten {

/// Starts the analyst workstation (main window) and runs the event loop. `arguments` are the
/// command-line arguments after the program name (an optional workspace path).
int runWorkstation(QApplication &app, const QStringList &arguments);

} // namespace teiten
