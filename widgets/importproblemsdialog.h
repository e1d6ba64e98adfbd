// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "importjob.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace teiten {

/// Lists what an import did with each file (imported, partial, skipped, failed, cancelled, and
/// why) after an import with problems. Rows can be selected and copied, or all copied at once as
/// tab-separated text for a bug report or a colleague. GUI thread.
class ImportProblemsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportProblemsDialog(const ImportReport &report, QWidget *parent = nullptr);
    /// Every row as tab-separated text with a header line (what "Copy All" puts on the clipboard).
    QString text() const;
    QTreeWidget *tree() const { return m_tree; }
    static QString outcomeText(ImportFileOutcome::Status status);

private:
    ImportReport m_report;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPushButton *m_copy;
};

} // namespace teiten
