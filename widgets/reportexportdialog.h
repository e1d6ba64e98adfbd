// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QVector>

#include "period.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace teiten {

/// File > Export Report…: the period (the quarters in the workspace, the current one first
/// chosen), the language, and the output: one PDF file, or a folder for HTML with PNG figures.
/// GUI thread.
class ReportExportDialog : public QDialog {
    Q_OBJECT
public:
    struct Values {
        Period period;
        QString language = QStringLiteral("en");
        QString out;    ///< "…/report.pdf", or a folder path ending in '/' for HTML
    };

    /// `periods`: the choices (quarters present, plus the current period when it is not one).
    ReportExportDialog(const QVector<Period> &periods, const Values &initial, QWidget *parent = nullptr);
    Values values() const;

    /// The quarter that contains `period`'s first day: the default of the dialog.
    static Period quarterOf(const Period &period);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void updateOk();

    QVector<Period> m_periods;
    QComboBox *m_period;
    QComboBox *m_language;
    QRadioButton *m_pdf;
    QRadioButton *m_html;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QDialogButtonBox *m_buttons;
    QList<QLabel *> m_labels;
};

} // namespace teiten
