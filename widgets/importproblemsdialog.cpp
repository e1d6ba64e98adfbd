// SPDX-License-Identifier: GPL-3.0-or-later
#include "importproblemsdialog.h"

#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>

namespace teiten {

QString ImportProblemsDialog::outcomeText(ImportFileOutcome::Status status)
{
    switch (status) {
    case ImportFileOutcome::Status::Imported: return tr("imported");
    case ImportFileOutcome::Status::Partial: return tr("partly imported");
    case ImportFileOutcome::Status::Skipped: return tr("skipped");
    case ImportFileOutcome::Status::Failed: return tr("failed");
    case ImportFileOutcome::Status::Cancelled: return tr("cancelled");
    }
    return {};
}

ImportProblemsDialog::ImportProblemsDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent), m_report(report)
{
    setWindowTitle(tr("Import Results"));
    const QLocale locale;
    int problems = 0;
    for (const auto &f : report.files)
        if (f.status != ImportFileOutcome::Status::Imported)
            ++problems;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    QString summary = tr("%1 files, %2 packets imported in %3 s; %4 with problems.")
                          .arg(locale.toString(report.files.size()), locale.toString(report.packets),
                               locale.toString(report.elapsedMs / 1000.0, 'f', 1), locale.toString(problems));
    if (report.cancelled)
        summary += QLatin1Char(' ') + tr("The import was cancelled.");
    if (!report.fatalError.isEmpty())
        summary += QLatin1Char(' ') + report.fatalError;
    m_summary->setText(summary);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setHeaderLabels({tr("File"), tr("Sensor"), tr("Outcome"), tr("Packets"), tr("Malformed"), tr("Message")});
    for (const auto &f : report.files) {
        auto *item = new QTreeWidgetItem(m_tree, {f.path, f.sensor, outcomeText(f.status), locale.toString(f.packets),
                                                  locale.toString(f.malformed), f.message});
        item->setToolTip(5, f.message);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // An import of thousands of files: size the columns from 100 rows, not 1,000 on every layout.
    m_tree->header()->setResizeContentsPrecision(100);
    m_tree->sortItems(2, Qt::AscendingOrder);
    m_tree->setSortingEnabled(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("Copy All"), QDialogButtonBox::ActionRole);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *copySelected = new QShortcut(QKeySequence::Copy, m_tree);
    connect(copySelected, &QShortcut::activated, this, [this] {
        QStringList lines;
        for (QTreeWidgetItem *item : m_tree->selectedItems()) {
            QStringList cols;
            for (int c = 0; c < m_tree->columnCount(); ++c)
                cols << item->text(c);
            lines << cols.join(QLatin1Char('\t'));
        }
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(900, 400);
}

QString ImportProblemsDialog::text() const
{
    QStringList lines;
    lines << m_summary->text();
    QStringList header;
    for (int c = 0; c < m_tree->columnCount(); ++c)
        header << m_tree->headerItem()->text(c);
    lines << header.join(QLatin1Char('\t'));
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QStringList cols;
        for (int c = 0; c < m_tree->columnCount(); ++c)
            cols << m_tree->topLevelItem(i)->text(c);
        lines << cols.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace teiten
