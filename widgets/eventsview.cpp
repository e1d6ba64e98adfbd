// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsview.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "analysiscontext.h"
#include "backgroundquery.h"
#include "eventanalyzer.h"
#include "eventsmodel.h"
#include "modelroles.h"
#include "querystop.h"
#include "scannercatalog.h"
#include "timeserieschart.h"
#include "workspace.h"

namespace teiten {

EventsView::EventsView(AnalysisContext *context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_model(new EventsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView),
      m_evidence(new QTextBrowser),
      m_chart(new TimeSeriesChart),
      m_status(new QLabel)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventsModel::Start, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_exportFigure = new QAction(this);
    m_table->addAction(m_exportFigure);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *a : {m_exportFigure, m_chart->exportFigureAction()})
        connect(a, &QAction::triggered, this, [this] { emit figureExportRequested(0); });

    auto *detail = new QSplitter(Qt::Horizontal);
    detail->setObjectName(QStringLiteral("eventsDetailSplitter")); // MainWindow keeps its sizes
    detail->addWidget(m_evidence);
    detail->addWidget(m_chart);
    detail->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("eventsSplitter"));
    split->addWidget(m_table);
    split->addWidget(detail);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showEvent(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
            });
    connect(&m_watcher, &QFutureWatcher<Result<QVector<Event>>>::finished, this, [this] {
        const auto r = m_watcher.result();
        if (!r) {
            m_model->clear();
            m_status->setText(r.error().message);
            emit failed(r.error().message);
            return;
        }
        m_model->setEvents(*r);
        m_status->setText(r->isEmpty() ? tr("Nothing stood out in %1.").arg(m_context->period().text())
                                       : tr("%n event(s) in %1.", "", int(r->size())).arg(m_context->period().text()));
        if (!r->isEmpty())
            selectRow(0);
        else
            showEvent(-1);
        emit loaded(int(r->size()));
    });
    connect(&m_chartWatcher, &QFutureWatcher<Result<SeriesSet>>::finished, this, [this] {
        const auto r = m_chartWatcher.result();
        m_chart->setBusy(false);
        if (r) {
            m_chart->setSeriesSet(*r, r->keys);
        }
    });
    for (auto sig : {&AnalysisContext::workspaceChanged, &AnalysisContext::periodChanged, &AnalysisContext::dataChanged,
                     &AnalysisContext::languageChanged})
        connect(m_context, sig, this, &EventsView::reload);
    retranslateUi();
    reload();
}

EventsView::~EventsView()
{
    if (m_stop)
        m_stop->stop();
    m_watcher.waitForFinished();
    m_chartWatcher.waitForFinished();
}

bool EventsView::isBusy() const
{
    return m_watcher.isRunning();
}

QString EventsView::evidenceText() const
{
    return m_evidence->toPlainText();
}

void EventsView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->clearSelection();
        showEvent(-1);
        return;
    }
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QList<FigureSource::Choice> EventsView::figureChoices() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_context->period().isValid())
        return {};
    const Event &e = m_model->event(m_proxy->mapToSource(current).row());
    return {Choice{tr("Chart of %1").arg(e.key), FigureRequest::eventChart(e, m_context->period())}};
}

void EventsView::reload()
{
    const QString path = m_context->workspacePath();
    const Period period = m_context->period();
    if (path.isEmpty() || !period.isValid()) {
        m_model->clear();
        showEvent(-1);
        return;
    }
    m_status->setText(tr("Looking for surges, scans and backscatter in %1…").arg(period.text()));
    // Not waited for: blocking the GUI thread here froze the window after imports. The superseded
    // analysis is stopped (it can run for minutes on a large workspace) and the request counter
    // drops whatever it still delivers.
    ++m_request;
    if (m_stop)
        m_stop->stop(); // its result would be dropped anyway
    m_stop = std::make_shared<QueryStop>();
    const auto stop = m_stop;
    m_watcher.setFuture(BackgroundQuery::run<QVector<Event>>(
        path, Workspace::Mode::ReadOnly,
        [period, stop](Workspace &ws) -> Result<QVector<Event>> {
            auto catalog = ScannerCatalog::active();
            if (!catalog)
                return catalog.error();
            return EventAnalyzer(ws, *catalog).analyze(period, stop->flag());
        },
        stop));
}

void EventsView::showEvent(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_evidence->clear();
        m_chart->clear();
        return;
    }
    const Event &e = m_model->event(row);
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b></p><ul>")
                       .arg(e.key.toHtmlEscaped(), classificationLabel(e.classification, e.protocol).toHtmlEscaped());
    for (const QString &line : e.evidence)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_evidence->setHtml(html);

    // The chart shows the event's services (or region) over the longer window.
    QStringList keys = e.keys.isEmpty() ? QStringList{e.key} : e.keys;
    const Dimension dim = e.dimension;
    if (e.kind == EventKind::Backscatter && e.keys.isEmpty()) {
        m_chart->clear();
        return;
    }
    const QString path = m_context->workspacePath();
    const Period window = e.chartWindow.isValid() ? e.chartWindow : m_context->period();
    m_chart->setTitle(tr("%1, %2 to %3")
                          .arg(keys.join(QStringLiteral(", ")), QLocale().toString(window.firstDay(), QLocale::ShortFormat),
                               QLocale().toString(window.lastDay(), QLocale::ShortFormat)));
    m_chart->setBusy(true);
    // Superseded chart queries are dropped by the request counter, not waited for.
    ++m_chartRequest;
    m_chartWatcher.setFuture(BackgroundQuery::run<SeriesSet>(
        path, Workspace::Mode::ReadOnly,
        [window, keys, dim](Workspace &ws) { return ws.series(dim, window, {}, keys, Bucket::Day); }));
}

void EventsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EventsView::retranslateUi()
{
    m_evidence->setPlaceholderText(tr("Select an event to see why it stood out."));
    m_exportFigure->setText(tr("Export Figure…"));
}

} // namespace teiten
