// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

#include "translationloader.h"

namespace teiten {

ReportExportDialog::ReportExportDialog(const QVector<Period> &periods, const Values &initial, QWidget *parent)
    : QDialog(parent),
      m_periods(periods),
      m_period(new QComboBox(this)),
      m_language(new QComboBox(this)),
      m_pdf(new QRadioButton(this)),
      m_html(new QRadioButton(this)),
      m_path(new QLineEdit(this)),
      m_browse(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    if (initial.period.isValid() && !m_periods.contains(initial.period))
        m_periods.prepend(initial.period);
    for (const Period &p : std::as_const(m_periods))
        m_period->addItem(p.text());
    m_period->setCurrentIndex(std::max(0, int(m_periods.indexOf(initial.period))));
    for (const auto &[code, name] : TranslationLoader::languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(initial.language)));
    const bool folder = initial.out.endsWith(QLatin1Char('/'));
    (folder ? m_html : m_pdf)->setChecked(true);
    m_path->setText(initial.out);

    for (int i = 0; i < 4; ++i)
        m_labels << new QLabel(this);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_pdf);
    kindRow->addWidget(m_html);
    kindRow->addStretch(1);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_labels[0], m_period);
    form->addRow(m_labels[1], m_language);
    form->addRow(m_labels[2], kindRow);
    form->addRow(m_labels[3], pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ReportExportDialog::updateOk);
    connect(m_pdf, &QRadioButton::toggled, this, [this] {
        // Keep the path's meaning in step with the choice: a folder ends in '/'.
        QString path = m_path->text().trimmed();
        if (path.isEmpty())
            return;
        if (m_html->isChecked() && !path.endsWith(QLatin1Char('/'))) {
            if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
                path.chop(4);
            m_path->setText(path + QLatin1Char('/'));
        } else if (m_pdf->isChecked() && path.endsWith(QLatin1Char('/'))) {
            path.chop(1);
            m_path->setText(path + QStringLiteral(".pdf"));
        }
    });
    retranslateUi();
    updateOk();
}

Period ReportExportDialog::quarterOf(const Period &period)
{
    if (!period.isValid())
        return period;
    const QDate first = period.firstDay();
    return Period::quarter(first.year(), (first.month() - 1) / 3 + 1);
}

ReportExportDialog::Values ReportExportDialog::values() const
{
    Values v;
    const int i = m_period->currentIndex();
    if (i >= 0 && i < m_periods.size())
        v.period = m_periods[i];
    v.language = m_language->currentData().toString();
    v.out = m_path->text().trimmed();
    return v;
}

void ReportExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Report"));
    m_pdf->setText(tr("PDF file"));
    m_html->setText(tr("Folder (HTML with PNG figures)"));
    m_browse->setText(tr("Browse…"));
    const QStringList labels{tr("Period:"), tr("Language:"), tr("Output:"), tr("Save to:")};
    for (int row = 0; row < labels.size(); ++row)
        m_labels[row]->setText(labels[row]);
}

void ReportExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReportExportDialog::browse()
{
    QString path;
    if (m_html->isChecked()) {
        path = QFileDialog::getExistingDirectory(this, tr("Folder for the HTML Report"), m_path->text());
        if (!path.isEmpty() && !path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
    } else {
        path = QFileDialog::getSaveFileName(this, tr("Export Report"), m_path->text(), tr("PDF documents (*.pdf)"));
        if (!path.isEmpty() && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
    }
    if (!path.isEmpty())
        m_path->setText(path);
}

void ReportExportDialog::updateOk()
{
    const QString path = m_path->text().trimmed();
    const bool ok = m_html->isChecked() ? path.endsWith(QLatin1Char('/')) && path.size() > 1
                                        : path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok && m_period->currentIndex() >= 0);
}

} // namespace teiten
