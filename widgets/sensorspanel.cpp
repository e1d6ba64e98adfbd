// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensorspanel.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

#include "sensorsmodel.h"

namespace teiten {

SensorsPanel::SensorsPanel(AnalysisContext *context, QWidget *parent)
    : QWidget(parent), m_model(new SensorsModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SensorsModel::RawRole);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SensorsModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_summary = new QLabel(this);
    m_all = new QPushButton(this);
    m_none = new QPushButton(this);
    connect(m_all, &QPushButton::clicked, this, [this] { m_model->setAllIncluded(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { m_model->setAllIncluded(false); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SensorsPanel::updateSummary);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_all);
    buttons->addWidget(m_none);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    retranslateUi();
    m_model->setContext(context);
}

void SensorsPanel::retranslateUi()
{
    m_all->setText(tr("All"));
    m_all->setToolTip(tr("Include every sensor"));
    m_none->setText(tr("None"));
    m_none->setToolTip(tr("Exclude every sensor"));
    updateSummary();
}

void SensorsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SensorsPanel::updateSummary()
{
    const int total = m_model->rowCount();
    const int included = int(m_model->includedSensorIds().size());
    m_summary->setText(total == 0 ? tr("No sensors") : tr("%1 of %2 sensors included").arg(included).arg(total));
}

} // namespace teiten
