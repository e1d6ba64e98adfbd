// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include "translationloader.h"

namespace teiten {

namespace {

constexpr FigureRenderer::Format kFormats[] = {FigureRenderer::Format::Png, FigureRenderer::Format::Svg,
                                               FigureRenderer::Format::Pdf};

} // namespace

FigureExportDialog::FigureExportDialog(const QStringList &choices, const Values &initial, QWidget *parent)
    : QDialog(parent),
      m_choice(new QComboBox(this)),
      m_format(new QComboBox(this)),
      m_width(new QSpinBox(this)),
      m_height(new QSpinBox(this)),
      m_dpi(new QSpinBox(this)),
      m_language(new QComboBox(this)),
      m_path(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_form(new QFormLayout),
      m_browse(new QPushButton(this))
{
    m_choice->addItems(choices);
    m_choice->setCurrentIndex(std::clamp(initial.choice, 0, int(choices.size()) - 1));
    // Same limits as `teiten figure`.
    for (QSpinBox *box : {m_width, m_height})
        box->setRange(100, 20000);
    m_dpi->setRange(36, 2400);
    m_width->setValue(initial.size.width());
    m_height->setValue(initial.size.height());
    m_dpi->setValue(initial.dpi);
    for (FigureRenderer::Format f : kFormats)
        m_format->addItem(QString(), int(f));
    m_format->setCurrentIndex(m_format->findData(int(initial.format)));
    // Language names are written in their own language, as in every language menu.
    for (const auto &[code, name] : TranslationLoader::languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(initial.language)));
    m_path->setText(initial.path);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    for (int i = 0; i < 6; ++i)
        m_labels << new QLabel(this);
    m_form->addRow(m_labels[0], m_choice);
    m_form->addRow(m_labels[1], m_format);
    m_form->addRow(m_labels[2], sizeRow);
    m_form->addRow(m_labels[3], m_dpi);
    m_form->addRow(m_labels[4], m_language);
    m_form->addRow(m_labels[5], pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &FigureExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &FigureExportDialog::onFormatChanged);
    connect(m_path, &QLineEdit::textChanged, this, &FigureExportDialog::updateOk);
    retranslateUi();
    onFormatChanged();
}

FigureExportDialog::Values FigureExportDialog::values() const
{
    Values v;
    v.choice = m_choice->currentIndex();
    v.format = FigureRenderer::Format(m_format->currentData().toInt());
    v.size = QSize(m_width->value(), m_height->value());
    v.dpi = m_dpi->value();
    v.language = m_language->currentData().toString();
    v.path = m_path->text().trimmed();
    return v;
}

void FigureExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Figure"));
    m_format->setItemText(0, tr("PNG image"));
    m_format->setItemText(1, tr("SVG drawing"));
    m_format->setItemText(2, tr("PDF document"));
    m_width->setSuffix(tr(" px"));
    m_height->setSuffix(tr(" px"));
    //: dots per inch
    m_dpi->setSuffix(tr(" dpi"));
    m_browse->setText(tr("Browse…"));
    const QStringList labels{tr("Figure:"), tr("Format:"), tr("Size:"), tr("Resolution:"), tr("Language:"), tr("File:")};
    for (int row = 0; row < labels.size(); ++row)
        m_labels[row]->setText(labels[row]);
}

void FigureExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FigureExportDialog::onFormatChanged()
{
    const auto format = FigureRenderer::Format(m_format->currentData().toInt());
    // The resolution sets the type size of pixels; a PDF page is sized from the same numbers.
    m_dpi->setEnabled(format != FigureRenderer::Format::Svg);
    const QString path = m_path->text().trimmed();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        if (FigureRenderer::formatForPath(path))
            m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + FigureRenderer::suffix(format)));
    }
    updateOk();
}

void FigureExportDialog::browse()
{
    const auto format = FigureRenderer::Format(m_format->currentData().toInt());
    const QString filter = format == FigureRenderer::Format::Png   ? tr("PNG images (*.png)")
                           : format == FigureRenderer::Format::Svg ? tr("SVG drawings (*.svg)")
                                                                   : tr("PDF documents (*.pdf)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Figure"), m_path->text(), filter);
    if (path.isEmpty())
        return;
    if (!FigureRenderer::formatForPath(path))
        path += QLatin1Char('.') + FigureRenderer::suffix(format);
    m_path->setText(path);
}

void FigureExportDialog::updateOk()
{
    const QString path = m_path->text().trimmed();
    const auto format = FigureRenderer::formatForPath(path);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(format.has_value());
    if (format && *format != FigureRenderer::Format(m_format->currentData().toInt())) {
        const QSignalBlocker block(m_format);
        m_format->setCurrentIndex(m_format->findData(int(*format)));
        m_dpi->setEnabled(*format != FigureRenderer::Format::Svg);
    }
}

} // namespace teiten
