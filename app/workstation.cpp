// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the main window lands (owned by the workstation work): keeps the binary linkable.
#include "workstation.h"

#include <QApplication>
#include <QLabel>

namespace teiten {

int runWorkstation(QApplication &app, const QStringList &)
{
    QLabel label(QApplication::translate("Workstation", "Teiten"));
    label.show();
    return app.exec();
}

} // namespace teiten
