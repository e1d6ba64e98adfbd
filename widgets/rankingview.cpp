// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankingview.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QTableView>
#include <QToolButton>

#include "rankingmodel.h"
#include "rankingproxymodel.h"
#include "trenddelegate.h"

namespace teiten {

namespace {

constexpr int kTopChoices[] = {5, 10, 20, 0};

QString quoted(const QString &field, QChar separator)
{
    if (separator == QLatin1Char('\t')) // TSV: fields never contain tabs or newlines here
        return field;
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')))
        return field;
    QString f = field;
    f.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + f + QLatin1Char('"');
}

} // namespace

RankingView::RankingView(RankingModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new RankingProxyModel(this))
{
    m_proxy->setSourceModel(model);

    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_topLabel = new QLabel(this);
    m_topN = new QComboBox(this);
    for (int n : kTopChoices)
        m_topN->addItem(QString(), n);
    m_topLabel->setBuddy(m_topN);
    connect(m_topN, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setTopN(topN());
        emit topNChanged(topN());
    });
    m_copy = new QToolButton(this);
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_copy, &QToolButton::clicked, this, &RankingView::copyToClipboard);
    m_save = new QToolButton(this);
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_save->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_save, &QToolButton::clicked, this, &RankingView::saveAs);

    m_table = new QTableView(this);
    m_exportFigure = new QAction(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RankingModel::RankColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(RankingModel::NameColumn, QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(RankingModel::PreviousColumn, new TrendDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);
    connect(m_table, &QTableView::customContextMenuRequested, this, &RankingView::showContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        // Double-clicking the check box area toggles it; anywhere else drills down.
        const QString key = index.data(RankingModel::KeyRole).toString();
        if (!key.isEmpty())
            emit drillDownRequested(m_model->dimension(), key);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(RankingModel::NameColumn, QHeaderView::Stretch);
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_title);
    bar->addStretch(1);
    bar->addWidget(m_topLabel);
    bar->addWidget(m_topN);
    bar->addWidget(m_copy);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    m_topN->setCurrentIndex(1);
    retranslateUi();
}

void RankingView::retranslateUi()
{
    m_topLabel->setText(tr("&Show:"));
    m_exportFigure->setText(tr("Export Table as Figure…"));
    for (int i = 0; i < m_topN->count(); ++i) {
        const int n = m_topN->itemData(i).toInt();
        m_topN->setItemText(i, n == 0 ? tr("All") : tr("Top %1").arg(n));
    }
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the selected rows (or the whole table) as tab-separated text"));
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save the table as CSV or TSV"));
}

void RankingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

int RankingView::topN() const
{
    return m_topN->currentData().toInt();
}

void RankingView::setTopN(int n)
{
    const int i = m_topN->findData(n);
    if (i >= 0)
        m_topN->setCurrentIndex(i);
}

void RankingView::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString RankingView::keyAtProxyRow(int row) const
{
    return m_proxy->index(row, 0).data(RankingModel::KeyRole).toString();
}

QString RankingView::toDelimited(QChar separator, bool selectedOnly) const
{
    QList<int> rows;
    if (selectedOnly && m_table->selectionModel()) {
        for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
            rows << i.row();
        std::sort(rows.begin(), rows.end());
    }
    if (rows.isEmpty())
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows << r;
    // Stable, language-independent column names: files are read by scripts as well as people.
    const QStringList header = {QStringLiteral("rank"), QStringLiteral("key"), QStringLiteral("name"),
                                QStringLiteral("packets"), QStringLiteral("share"), QStringLiteral("sources"),
                                QStringLiteral("previous_rank")};
    QString out = header.join(separator) + QLatin1Char('\n');
    for (int r : rows) {
        const QModelIndex key = m_proxy->index(r, RankingModel::KeyColumn);
        const int sourceRow = m_proxy->mapToSource(key).row();
        const RankRow &row = m_model->ranking().rows[sourceRow];
        QStringList fields = {QString::number(row.rank), row.key, m_model->nameOf(row.key),
                              QString::number(row.packets), QString::number(row.share, 'f', 6),
                              QString::number(row.sources),
                              m_model->comparesPrevious() ? QString::number(row.previousRank) : QString()};
        for (QString &f : fields)
            f = quoted(f, separator);
        out += fields.join(separator) + QLatin1Char('\n');
    }
    return out;
}

bool RankingView::saveTo(const QString &path, QString *error) const
{
    const QChar sep = path.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive) ? QLatin1Char('\t') : QLatin1Char(',');
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(toDelimited(sep).toUtf8()) < 0
        || !file.commit()) {
        if (error)
            *error = tr("Could not save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void RankingView::copyToClipboard()
{
    QApplication::clipboard()->setText(toDelimited(QLatin1Char('\t'), true));
}

void RankingView::saveAs()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Ranking"), QString(),
                                                      tr("CSV files (*.csv);;TSV files (*.tsv)"), &selected);
    if (path.isEmpty())
        return;
    QString file = path;
    if (!file.contains(QLatin1Char('.')))
        file += selected.contains(QLatin1String("tsv")) ? QStringLiteral(".tsv") : QStringLiteral(".csv");
    QString error;
    if (!saveTo(file, &error))
        QMessageBox::warning(this, tr("Save Ranking"), error);
}

void RankingView::chartOnly(const QString &key)
{
    m_model->setCheckedKeys({key});
}

void RankingView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    const QString key = index.isValid() ? keyAtProxyRow(index.row()) : QString();
    QMenu menu(this);
    if (!key.isEmpty()) {
        menu.addAction(tr("Drill Down into %1").arg(key), this,
                       [this, key] { emit drillDownRequested(m_model->dimension(), key); });
        menu.addAction(tr("Chart Only %1").arg(key), this, [this, key] { chartOnly(key); });
        const bool checked = m_model->checkedKeys().contains(key);
        menu.addAction(checked ? tr("Remove %1 from Chart").arg(key) : tr("Add %1 to Chart").arg(key), this,
                       [this, key, checked] {
                           QStringList keys = m_model->checkedKeys();
                           if (checked)
                               keys.removeAll(key);
                           else
                               keys << key;
                           m_model->setCheckedKeys(keys);
                       });
        menu.addSeparator();
    }
    menu.addAction(tr("Copy"), this, &RankingView::copyToClipboard);
    menu.addAction(tr("Export as CSV or TSV…"), this, &RankingView::saveAs);
    menu.addAction(m_exportFigure);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace teiten
