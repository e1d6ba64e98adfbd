// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QSize>
#include <QStringList>

#include "figurerenderer.h"

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace teiten {

/// File > Export Figure…: which of the view's figures (chart or table), the format (PNG at a size
/// and resolution, SVG, PDF), the language of its texts and the file. GUI thread.
class FigureExportDialog : public QDialog {
    Q_OBJECT
public:
    struct Values {
        int choice = 0;                 ///< index into the view's FigureSource::figureChoices()
        FigureRenderer::Format format = FigureRenderer::Format::Png;
        QSize size{1600, 1000};         ///< pixels (PNG; the SVG view box and the PDF page follow)
        int dpi = 200;
        QString language = QStringLiteral("en");
        QString path;
    };

    FigureExportDialog(const QStringList &choices, const Values &initial, QWidget *parent = nullptr);
    Values values() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void onFormatChanged();
    void updateOk();

    QComboBox *m_choice;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QComboBox *m_language;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
    QPushButton *m_browse;
    QList<QLabel *> m_labels;
};

} // namespace teiten
