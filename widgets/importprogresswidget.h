// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "importjob.h"

class QLabel;
class QProgressBar;
class QToolButton;

namespace teiten {

class ImportController;

/// The status-bar face of a running import: files done, packets, packets per second, time left
/// (from bytes read), a progress bar and Cancel. Hidden while no import runs. GUI thread.
class ImportProgressWidget : public QWidget {
    Q_OBJECT
public:
    explicit ImportProgressWidget(ImportController *controller, QWidget *parent = nullptr);
    QString text() const;
    QToolButton *cancelButton() const { return m_cancel; }
    /// The status text for `p`; exposed for tests.
    static QString describe(const ImportProgress &p);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onProgress(const ImportProgress &p);

    ImportController *m_controller;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    ImportProgress m_last;
};

} // namespace teiten
