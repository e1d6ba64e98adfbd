// SPDX-License-Identifier: GPL-3.0-or-later
#include "drilldownview.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "analysiscontext.h"
#include "displayformat.h"
#include "drillquery.h"
#include "flowsmodel.h"
#include "heatstripdelegate.h"
#include "modelroles.h"
#include "regionnames.h"
#include "scannersharequery.h"
#include "sensoractivitymodel.h"
#include "sourcesmodel.h"

namespace teiten {

namespace {

// No sensor has this id: a filter that contradicts a drill-down step must match nothing rather
// than fall back to "all sensors" (an empty sensor list).
constexpr int kNoSensor = -1;

void matchNothing(QueryFilter &f)
{
    f.sensorIds = {kNoSensor};
}

} // namespace

DrillDownView::DrillDownView(AnalysisContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_sources(new SourcesModel(this)), m_sensors(new SensorActivityModel(this)),
      m_flows(new FlowsModel(this)), m_sourcesProxy(new QSortFilterProxyModel(this)),
      m_sensorsProxy(new QSortFilterProxyModel(this)), m_back(new QToolButton(this)), m_crumbBar(new QWidget(this)),
      m_crumbLayout(new QHBoxLayout(m_crumbBar)), m_summary(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_sourcesView(makeTable(QStringLiteral("sourcesTable"))), m_sensorsView(makeTable(QStringLiteral("sensorsTable"))),
      m_flowsView(makeTable(QStringLiteral("flowsTable")))
{
    m_exportFigure = new QAction(this);
    connect(m_exportFigure, &QAction::triggered, this, [this] { emit figureExportRequested(0); });
    for (QTableView *view : {m_sourcesView, m_sensorsView, m_flowsView}) {
        view->addAction(m_exportFigure);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
    m_back->setObjectName(QStringLiteral("back"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAutoRaise(true);
    m_back->setShortcut(QKeySequence::Back);
    m_crumbBar->setObjectName(QStringLiteral("breadcrumbs"));
    m_crumbLayout->setContentsMargins(0, 0, 0, 0);
    m_crumbLayout->setSpacing(2);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_crumbBar);
    top->addStretch(1);
    top->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    // Sources and sensors are small (top N, tens of sensors): sortable through a proxy on raw
    // values. Flows stay in keyset order; sorting them would need every row.
    m_sourcesProxy->setSourceModel(m_sources);
    m_sourcesProxy->setSortRole(RawRole);
    m_sourcesView->setModel(m_sourcesProxy);
    m_sourcesView->setSortingEnabled(true);
    m_sourcesView->sortByColumn(SourcesModel::PacketsColumn, Qt::DescendingOrder);

    m_sensorsProxy->setSourceModel(m_sensors);
    m_sensorsProxy->setSortRole(RawRole);
    m_sensorsView->setModel(m_sensorsProxy);
    m_sensorsView->setItemDelegateForColumn(SensorActivityModel::ActivityColumn, new HeatStripDelegate(m_sensorsView));
    m_sensorsView->setSortingEnabled(true);
    m_sensorsView->sortByColumn(SensorActivityModel::PacketsColumn, Qt::DescendingOrder);

    m_flowsView->setModel(m_flows);
    // Column widths from the first 100 rows, not Qt's default 1000: measuring a thousand sources or
    // a page of flows is laid out on the GUI thread and took long enough to stall the window.
    for (QTableView *view : {m_sourcesView, m_sensorsView, m_flowsView})
        view->horizontalHeader()->setResizeContentsPrecision(100);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_sourcesView, QString());
    m_tabs->addTab(m_sensorsView, QString());
    m_tabs->addTab(m_flowsView, QString());

    connect(m_back, &QToolButton::clicked, this, &DrillDownView::back);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_switchingPage || m_steps.isEmpty())
            return;
        m_steps.last().page = Page(index);
        buildBreadcrumbs();
        loadVisiblePage();
        updateSummary();
    });
    connect(m_sourcesView, &QAbstractItemView::activated, this, &DrillDownView::drillIntoSource);
    connect(m_sensorsView, &QAbstractItemView::activated, this, &DrillDownView::drillIntoSensor);

    connect(m_sources, &SourcesModel::busyChanged, this, &DrillDownView::updateSummary);
    connect(m_sensors, &SensorActivityModel::busyChanged, this, &DrillDownView::updateSummary);
    connect(m_flows, &FlowsModel::busyChanged, this, &DrillDownView::updateSummary);
    connect(m_sources, &SourcesModel::loaded, this, [this] {
        m_sourcesView->resizeColumnsToContents();
        updateSummary();
    });
    connect(m_sensors, &SensorActivityModel::loaded, this, [this] {
        m_sensorsView->resizeColumnsToContents();
        updateSummary();
    });
    connect(m_flows, &FlowsModel::pageLoaded, this, [this] {
        // Size columns on the first page only: measuring grows with the rows loaded.
        if (m_flows->rowCount() <= m_flows->pageSize())
            m_flowsView->resizeColumnsToContents();
        updateSummary();
    });
    auto showFailure = [this](const QString &message) { m_summary->setText(message); };
    connect(m_sources, &SourcesModel::failed, this, showFailure);
    connect(m_sensors, &SensorActivityModel::failed, this, showFailure);
    connect(m_flows, &FlowsModel::failed, this, showFailure);

    connect(m_context, &AnalysisContext::periodChanged, this, &DrillDownView::invalidate);
    connect(m_context, &AnalysisContext::filterChanged, this, &DrillDownView::invalidate);
    connect(m_context, &AnalysisContext::dataChanged, this, &DrillDownView::invalidate);
    connect(m_context, &AnalysisContext::workspaceChanged, this, [this] {
        if (isOpen())
            close();
    });
    connect(m_context, &AnalysisContext::languageChanged, this, [this] {
        const QString language = m_context->language();
        m_sources->setLanguage(language);
        m_sensors->setLanguage(language);
        m_flows->setLanguage(language);
        buildBreadcrumbs();
        updateSummary();
    });

    retranslate();
}

DrillDownView::~DrillDownView() = default;

QTableView *DrillDownView::makeTable(const QString &objectName)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, which keeps millions of flows cheap.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void DrillDownView::open(Dimension dimension, const QString &key)
{
    m_dimension = dimension;
    Step first;
    first.kind = dimension == Dimension::Service ? Step::Kind::Service : Step::Kind::Region;
    first.key = key;
    first.page = Page::Sources;
    m_steps.clear();
    push(first);
}

void DrillDownView::push(const Step &step)
{
    m_steps << step;
    ++m_revision;
    m_switchingPage = true;
    m_tabs->setCurrentIndex(int(step.page));
    m_switchingPage = false;
    buildBreadcrumbs();
    loadVisiblePage();
    updateSummary();
}

DrillDownView::Page DrillDownView::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void DrillDownView::setCurrentPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void DrillDownView::back()
{
    if (m_steps.size() <= 1)
        close();
    else
        goToCrumb(int(m_steps.size()) - 1);
}

void DrillDownView::goToCrumb(int index)
{
    if (index <= 0) {
        close();
        return;
    }
    if (index >= m_steps.size())
        return; // the current step
    m_steps.resize(index);
    ++m_revision;
    m_switchingPage = true;
    m_tabs->setCurrentIndex(int(m_steps.last().page));
    m_switchingPage = false;
    buildBreadcrumbs();
    loadVisiblePage();
    updateSummary();
}

void DrillDownView::close()
{
    m_steps.clear();
    ++m_revision;
    m_sources->clear();
    m_sensors->clear();
    m_flows->clear();
    buildBreadcrumbs();
    updateSummary();
    emit closed();
}

void DrillDownView::invalidate()
{
    ++m_revision;
    if (isOpen())
        loadVisiblePage();
}

void DrillDownView::loadVisiblePage()
{
    if (!isOpen())
        return;
    const int page = m_tabs->currentIndex();
    if (page < 0 || m_loadedRevision[page] == m_revision)
        return;
    m_loadedRevision[page] = m_revision;
    const DrillQuery q = query();
    switch (Page(page)) {
    case Page::Sources: m_sources->load(q); break;
    case Page::Sensors: m_sensors->load(q); break;
    case Page::Flows: m_flows->load(q); break;
    }
}

QueryFilter DrillDownView::currentFilter() const
{
    QueryFilter f = m_context->filter();
    for (const Step &s : m_steps) {
        switch (s.kind) {
        case Step::Kind::Service: {
            const auto service = ServiceKey::parse(s.key);
            if (!service || (f.service && !(*f.service == *service)))
                matchNothing(f);
            else
                f.service = service;
            break;
        }
        case Step::Kind::Region:
            if (!f.region.isEmpty() && f.region != s.key)
                matchNothing(f);
            else
                f.region = s.key;
            break;
        case Step::Kind::Source: {
            const auto prefix = IpPrefix::parse(s.key);
            if (!prefix || (f.sourcePrefix && !f.sourcePrefix->contains(prefix->address)))
                matchNothing(f);
            else
                f.sourcePrefix = prefix;
            break;
        }
        case Step::Kind::Sensor: {
            const int id = s.key.toInt();
            if (!f.sensorIds.isEmpty() && !f.sensorIds.contains(id))
                matchNothing(f);
            else
                f.sensorIds = {id};
            break;
        }
        }
    }
    return f;
}

DrillQuery DrillDownView::query() const
{
    DrillQuery q;
    q.workspacePath = m_context->workspacePath();
    q.period = m_context->period();
    q.filter = currentFilter();
    q.language = m_context->language();
    q.utcOffsetMinutes = m_context->dayOffsetMinutes();
    return q;
}

void DrillDownView::drillIntoSource(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Step step;
    step.kind = Step::Kind::Source;
    step.key = index.data(KeyRole).toString();
    step.page = Page::Flows;
    push(step);
}

void DrillDownView::drillIntoSensor(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Step step;
    step.kind = Step::Kind::Sensor;
    step.key = QString::number(index.data(KeyRole).toInt());
    step.name = index.siblingAtColumn(SensorActivityModel::SensorColumn).data().toString();
    step.page = Page::Sources;
    push(step);
}

QString DrillDownView::stepLabel(const Step &step) const
{
    switch (step.kind) {
    case Step::Kind::Region: return RegionNames::name(step.key, m_context->language());
    case Step::Kind::Sensor: return step.name;
    case Step::Kind::Service:
    case Step::Kind::Source: return step.key;
    }
    return step.key;
}

QString DrillDownView::pageName(Page page) const
{
    switch (page) {
    case Page::Sources: return tr("Sources");
    case Page::Sensors: return tr("Sensors");
    case Page::Flows: return tr("Flows");
    }
    return {};
}

QStringList DrillDownView::breadcrumbs() const
{
    if (m_steps.isEmpty())
        return {};
    QStringList crumbs{m_dimension == Dimension::Service ? tr("Ports") : tr("Regions")};
    for (const Step &s : m_steps)
        crumbs << stepLabel(s);
    crumbs << pageName(currentPage());
    return crumbs;
}

void DrillDownView::buildBreadcrumbs()
{
    while (QLayoutItem *item = m_crumbLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList crumbs = breadcrumbs();
    for (int i = 0; i < crumbs.size(); ++i) {
        if (i > 0) {
            //: Separator between breadcrumbs.
            auto *separator = new QLabel(tr("›"), m_crumbBar);
            separator->setForegroundRole(QPalette::PlaceholderText);
            m_crumbLayout->addWidget(separator);
        }
        if (i == crumbs.size() - 1) {
            // The page being shown is where we are, not a place to go.
            auto *here = new QLabel(crumbs[i], m_crumbBar);
            here->setObjectName(QStringLiteral("crumbPage"));
            QFont bold = here->font();
            bold.setBold(true);
            here->setFont(bold);
            m_crumbLayout->addWidget(here);
            continue;
        }
        auto *button = new QToolButton(m_crumbBar);
        button->setObjectName(QStringLiteral("crumb%1").arg(i));
        button->setText(crumbs[i]);
        button->setAutoRaise(true);
        button->setToolTip(i == 0 ? tr("Close the drill-down") : tr("Go back to %1").arg(crumbs[i]));
        connect(button, &QToolButton::clicked, this, [this, i] { goToCrumb(i); });
        m_crumbLayout->addWidget(button);
    }
}

void DrillDownView::updateSummary()
{
    if (!isOpen()) {
        m_summary->clear();
        return;
    }
    const QLocale locale = DisplayFormat::locale(m_context->language());
    m_summary->setToolTip(QString());
    switch (currentPage()) {
    case Page::Sources: {
        if (m_sources->isBusy()) {
            m_summary->setText(tr("Loading sources…"));
            break;
        }
        QString text = tr("Sources: %1 · Packets in total: %2")
                           .arg(locale.toString(m_sources->rowCount()), locale.toString(m_sources->totalPackets()));
        // "41.0 % of 102/TCP from known search-engine crawlers": the busiest identified class here,
        // every class in the tooltip.
        const QString key = stepLabel(m_steps.last());
        const QStringList lines = ScannerShareQuery::explanation(m_sources->scannerShares(), key, locale).split(QLatin1Char('\n'));
        if (!ScannerShareQuery::identified(m_sources->scannerShares()).isEmpty())
            text += QStringLiteral(" · ") + lines.first();
        m_summary->setText(text);
        m_summary->setToolTip(lines.join(QLatin1Char('\n')));
        break;
    }
    case Page::Sensors:
        m_summary->setText(m_sensors->isBusy() ? tr("Loading sensors…")
                                               : tr("Seen by %1 of %2 sensors")
                                                     .arg(locale.toString(m_sensors->activeSensorCount()),
                                                          locale.toString(m_sensors->rowCount())));
        break;
    case Page::Flows:
        if (m_flows->isBusy() && m_flows->rowCount() == 0)
            m_summary->setText(tr("Loading flows…"));
        else if (m_flows->isComplete())
            m_summary->setText(tr("Flows: %1 (all loaded)").arg(locale.toString(m_flows->rowCount())));
        else
            //: More flows load as the table is scrolled down.
            m_summary->setText(tr("Flows loaded: %1 (scroll for more)").arg(locale.toString(m_flows->rowCount())));
        break;
    }
}

void DrillDownView::retranslate()
{
    m_back->setText(tr("Back"));
    m_exportFigure->setText(tr("Export Figure…"));
    m_back->setToolTip(tr("Back to the previous step"));
    m_tabs->setTabText(int(Page::Sources), pageName(Page::Sources));
    m_tabs->setTabText(int(Page::Sensors), pageName(Page::Sensors));
    m_tabs->setTabText(int(Page::Flows), pageName(Page::Flows));
    buildBreadcrumbs();
    updateSummary();
}

QList<FigureSource::Choice> DrillDownView::figureChoices() const
{
    if (m_steps.isEmpty() || !m_context->period().isValid())
        return {};
    const FigureRequest chart =
        FigureRequest::keyChart(m_dimension, {m_steps.first().key}, m_context->period(), currentFilter());
    return {Choice{tr("Daily packets of %1").arg(m_steps.first().key), chart}};
}

void DrillDownView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace teiten
