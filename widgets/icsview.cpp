// SPDX-License-Identifier: GPL-3.0-or-later
#include "icsview.h"

#include "backgroundquery.h"

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
#include "icsportcatalog.h"
#include "modelroles.h"
#include "scannercatalog.h"
#include "timeserieschart.h"
#include "workspace.h"

namespace teiten {

IcsView::IcsView(AnalysisContext *context, QWidget *parent)
    : QWidget(parent),
      m_context(context),
      m_model(new IcsPortsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView),
      m_chart(new TimeSeriesChart),
      m_sources(new QTextBrowser),
      m_status(new QLabel)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IcsPortsModel::Packets, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->setObjectName(QStringLiteral("icsBottomSplitter")); // MainWindow keeps its sizes
    bottom->addWidget(m_chart);
    bottom->addWidget(m_sources);
    bottom->setStretchFactor(0, 2);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("icsSplitter"));
    split->addWidget(m_table);
    split->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        if (i.isValid())
            showSources(i.data(KeyRole).toString());
    });
    connect(&m_watcher, &QFutureWatcher<Result<Loaded>>::finished, this, [this] {
        const auto r = m_watcher.result();
        if (!r) {
            m_error = r.error().message;
            m_model->setRows({});
            m_chart->clear();
            updateStatus();
            return;
        }
        m_error.clear();
        m_model->setRows(r->rows);
        m_chart->setSeriesSet(r->series, r->series.keys);
        updateStatus();
        emit loaded(int(r->rows.size()));
    });
    connect(&m_sourcesWatcher, &QFutureWatcher<Result<QVector<SourceRow>>>::finished, this, [this] {
        const auto r = m_sourcesWatcher.result();
        if (!r) {
            m_sources->setPlainText(r.error().message);
            return;
        }
        const auto &catalog = ScannerCatalog::builtIn();
        QString html = QStringLiteral("<ol>");
        for (const SourceRow &s : *r) {
            const ScannerEntry *known = catalog.lookup(s.address);
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("%1 (%2): %3 packets, %4 sensor(s)%5")
                                 .arg(s.address.toString(), s.region, QLocale().toString(s.packets))
                                 .arg(s.sensorsHit)
                                 .arg(known ? tr(", known %1 scanner").arg(known->scanner) : QString())
                                 .toHtmlEscaped());
        }
        m_sources->setHtml(html + QStringLiteral("</ol>"));
    });
    connect(m_chart->exportFigureAction(), &QAction::triggered, this, [this] { emit figureExportRequested(0); });
    m_table->addAction(m_chart->exportFigureAction());
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The sources list is worded when it arrives: reload in the new language.
    for (auto sig : {&AnalysisContext::workspaceChanged, &AnalysisContext::periodChanged, &AnalysisContext::dataChanged,
                     &AnalysisContext::languageChanged})
        connect(m_context, sig, this, &IcsView::reload);
    reload();
}

IcsView::~IcsView()
{
    for (const auto &stop : {m_stop, m_sourcesStop})
        if (stop)
            stop->stop();
    m_watcher.waitForFinished();
    m_sourcesWatcher.waitForFinished();
}

void IcsView::updateStatus()
{
    const int ports = m_model->rowCount();
    if (!m_error.isEmpty())
        m_status->setText(m_error);
    else if (m_context->workspacePath().isEmpty() || !m_context->period().isValid())
        m_status->clear();
    else
        m_status->setText(ports == 0 ? tr("No control-system ports were probed in %1.").arg(m_context->period().text())
                                     : tr("%n control-system port(s) probed in %1.", "", ports)
                                           .arg(m_context->period().text()));
}

void IcsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateStatus();
    QWidget::changeEvent(event);
}

QList<FigureSource::Choice> IcsView::figureChoices() const
{
    const QStringList keys = m_chart->shownKeys();
    const Period window = m_chart->seriesSet().period;
    if (keys.isEmpty() || !window.isValid())
        return {};
    return {Choice{tr("Chart of control-system ports"), FigureRequest::keyChart(Dimension::Service, keys, window)}};
}

QString IcsView::sourcesText() const
{
    return m_sources->toPlainText();
}

void IcsView::reload()
{
    const QString path = m_context->workspacePath();
    const Period period = m_context->period();
    if (path.isEmpty() || !period.isValid())
        return;
    // Not waited for: blocking the GUI thread here froze the window after imports; the
    // request counter drops the superseded result when it arrives.
    if (m_stop)
        m_stop->stop(); // its result would be dropped anyway
    m_stop = std::make_shared<QueryStop>();
    m_watcher.setFuture(BackgroundQuery::run<Loaded>(
        path, Workspace::Mode::ReadOnly, [period](Workspace &ws) -> Result<Loaded> {
            auto scanners = ScannerCatalog::active();
            if (!scanners)
                return scanners.error();
            auto rows = IcsPortsModel::query(ws, period, IcsPortCatalog::builtIn(), *scanners);
            if (!rows)
                return rows.error();
            Loaded l;
            l.rows = *rows;
            QStringList keys;
            for (int i = 0; i < rows->size() && i < 8; ++i)
                keys << rows->at(i).service;
            auto s = ws.series(Dimension::Service, Period::range(period.firstDay().addDays(-91), period.lastDay()), {}, keys,
                               Bucket::Day);
            if (!s)
                return s.error();
            l.series = *s;
            return l;
        },
        m_stop));
}

void IcsView::showSources(const QString &service)
{
    const QString path = m_context->workspacePath();
    const Period period = m_context->period();
    // Superseded queries are dropped by the request counter, not waited for.
    if (m_sourcesStop)
        m_sourcesStop->stop();
    m_sourcesStop = std::make_shared<QueryStop>();
    m_sourcesWatcher.setFuture(BackgroundQuery::run<QVector<SourceRow>>(
        path, Workspace::Mode::ReadOnly, [period, service](Workspace &ws) -> Result<QVector<SourceRow>> {
            QueryFilter f;
            f.service = ServiceKey::parse(service);
            return ws.sources(period, f, 20);
        },
        m_sourcesStop));
}

} // namespace teiten
