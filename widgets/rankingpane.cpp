// SPDX-License-Identifier: GPL-3.0-or-later
#include "rankingpane.h"

#include <QAction>
#include <QBoxLayout>
#include <QEvent>
#include <QSplitter>
#include <QTableView>

#include "analysiscontext.h"
#include "backgroundquery.h"
#include "rankingmodel.h"
#include "rankingproxymodel.h"
#include "rankingview.h"
#include "regionnames.h"
#include "scannercatalog.h"
#include "servicenames.h"
#include "timeserieschart.h"

namespace teiten {

namespace {

// More series than this make an unreadable chart; the table still lists every key.
constexpr int kMaxDefaultSeries = 10;
// Series for the top keys are fetched together so ticking a box usually needs no new query.
constexpr int kPrefetchKeys = 20;

} // namespace

RankingPane::RankingPane(Dimension dimension, AnalysisContext *context, QWidget *parent)
    : QWidget(parent), m_dimension(dimension), m_context(context), m_model(new RankingModel(this))
{
    Ranking empty;
    empty.dimension = dimension;
    m_model->setRanking(empty, 0);
    m_view = new RankingView(m_model, this);
    m_chart = new TimeSeriesChart(this);
    m_chart->setKeyLabeler([this](const QString &key) { return keyLabel(key); });
    m_splitter = new QSplitter(Qt::Vertical, this);
    // MainWindow keeps the sizes the analyst gave it, per view.
    m_splitter->setObjectName(dimension == Dimension::Region ? QStringLiteral("regionsSplitter") : QStringLiteral("portsSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    // Stretch factors only share space beyond the size hints, and the table's hint is tall: without
    // explicit sizes the chart got a third of the height and a top-10 legend was cut off; half and half shows
    // both ten rows and ten legend entries at the default window size.
    m_splitter->setSizes({2500, 2500});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    connect(m_view, &RankingView::drillDownRequested, this, &RankingPane::drillDownRequested);
    connect(m_chart->exportFigureAction(), &QAction::triggered, this, [this] { emit figureExportRequested(ChartFigure); });
    connect(m_view->exportFigureAction(), &QAction::triggered, this, [this] { emit figureExportRequested(TableFigure); });
    connect(m_view, &RankingView::topNChanged, context, &AnalysisContext::setTopN);
    connect(m_model, &RankingModel::checkedKeysChanged, this, &RankingPane::onCheckedKeysChanged);
    connect(context, &AnalysisContext::workspaceChanged, this, &RankingPane::reload);
    connect(context, &AnalysisContext::periodChanged, this, &RankingPane::reload);
    connect(context, &AnalysisContext::filterChanged, this, &RankingPane::reload);
    connect(context, &AnalysisContext::dataChanged, this, &RankingPane::reload);
    connect(context, &AnalysisContext::comparePreviousChanged, this, [this] {
        m_model->setComparePrevious(m_context->comparePrevious());
    });
    connect(context, &AnalysisContext::topNChanged, this, [this] {
        m_model->followTopN(m_shownTopN, m_context->topN(), kMaxDefaultSeries);
        m_shownTopN = m_context->topN();
        m_view->setTopN(m_context->topN());
        // Scanner classes were computed for the rows shown; more rows need them too.
        const int top = m_context->topN();
        if (m_scannerRows > 0 && (top == 0 || top > m_scannerRows))
            reload();
    });
    connect(context, &AnalysisContext::languageChanged, this, [this] {
        m_model->setLanguage(m_context->language());
        m_chart->setKeyLabeler([this](const QString &key) { return keyLabel(key); });
    });
    m_model->setLanguage(context->language());
    m_model->setComparePrevious(context->comparePrevious());
    m_view->setTopN(context->topN());
    m_shownTopN = context->topN();
    retranslateUi();
}

void RankingPane::retranslateUi()
{
    const bool regions = m_dimension == Dimension::Region;
    m_view->setTitle(regions ? tr("Source regions") : tr("Destination ports"));
    m_chart->setTitle(regions ? tr("Packets by source region") : tr("Packets by destination port"));
}

void RankingPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RankingPane::setChartFont(const QFont &font)
{
    m_chart->setChartFont(font);
}

QString RankingPane::keyLabel(const QString &key) const
{
    if (m_dimension == Dimension::Region) {
        const QString lang = m_context ? m_context->language() : QStringLiteral("en");
        //: chart legend entry for a region: %1 localised name, %2 ISO code
        return tr("%1 (%2)").arg(RegionNames::name(key, lang), key);
    }
    const QString name = ServiceNames::name(key);
    return name.isEmpty() ? key : tr("%1 (%2)").arg(key, name);
}

QList<FigureSource::Choice> RankingPane::figureChoices() const
{
    if (!m_context || m_context->workspacePath().isEmpty() || !m_context->period().isValid() || m_model->rowCount() == 0)
        return {};
    const bool regions = m_dimension == Dimension::Region;
    const Period period = m_context->period();
    const QueryFilter filter = m_context->filter();
    QList<Choice> choices;

    // The chart: its ticked series. When they are exactly the top ranks, it is the report's figure
    // ("Top 5 destination ports…"), otherwise a chart of those keys.
    const QStringList keys = m_model->checkedKeys();
    bool topRanks = !keys.isEmpty() && keys.size() <= FigureRequest::kMaxTop;
    for (int i = 0; topRanks && i < keys.size(); ++i)
        topRanks = m_model->keyAt(i) == keys[i];
    const FigureRequest chart = topRanks
        ? FigureRequest::report(regions ? FigureKind::Regions : FigureKind::Ports, period, int(keys.size()), filter)
        : FigureRequest::keyChart(m_dimension, keys.mid(0, FigureRequest::kMaxTop), period, filter);
    choices << Choice{tr("Chart"), chart};

    const int top = m_view->topN() <= 0 ? FigureRequest::kMaxTop : m_view->topN();
    choices << Choice{tr("Table"), FigureRequest::report(regions ? FigureKind::RegionsTable : FigureKind::PortsTable,
                                                         period, std::min(top, FigureRequest::kMaxTop), filter)};
    return choices;
}

void RankingPane::setPending(int delta)
{
    const bool wasBusy = isBusy();
    m_pending += delta;
    m_chart->setBusy(isBusy());
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

void RankingPane::reload()
{
    const quint64 generation = ++m_rankingGeneration;
    ++m_seriesGeneration; // any series on its way belongs to the old question
    m_seriesKeys.clear();
    const QString path = m_context->workspacePath();
    const Period period = m_context->period();
    if (path.isEmpty() || !period.isValid()) {
        Ranking empty;
        empty.dimension = m_dimension;
        m_model->setRanking(empty, 0);
        m_chart->clear();
        return;
    }
    const QueryFilter filter = m_context->filter();
    const Dimension dim = m_dimension;
    setPending(+1);
    const int top = m_context->topN();
    m_scannerRows = top;
    // Always ask for the previous period: switching the comparison off only hides the column.
    // Scanner classes come from the stored flow tuples for the rows shown, with the
    // user's scanner list (or the built-in one when the user's cannot be read: the error is shown).
    BackgroundQuery::start<Ranking>(
        this, path,
        [dim, period, filter, top](Workspace &ws) -> Result<Ranking> {
            auto catalog = ScannerCatalog::active();
            const ScannerCatalog &scanners = catalog ? *catalog : ScannerCatalog::builtIn();
            return ws.ranking(dim, period, filter, true, &scanners, top);
        },
        [this, generation](const Result<Ranking> &r) {
            setPending(-1);
            if (generation != m_rankingGeneration)
                return;
            if (!r) {
                emit errorOccurred(r.error().message);
                return;
            }
            const int top = m_context->topN();
            m_model->setRanking(*r, top == 0 ? kMaxDefaultSeries : std::min(top, kMaxDefaultSeries));
            emit rankingLoaded();
        });
}

void RankingPane::onCheckedKeysChanged(const QStringList &keys)
{
    bool missing = false;
    for (const QString &k : keys)
        missing = missing || !m_seriesKeys.contains(k);
    if (!missing) {
        m_chart->setVisibleKeys(keys);
        return;
    }
    // The chart is drawn once, when the missing curves arrive: drawing now would redraw the old
    // question's curves only to replace them a moment later.
    QStringList wanted = keys;
    for (int i = 0; i < m_model->rowCount() && wanted.size() < kPrefetchKeys; ++i)
        if (!wanted.contains(m_model->keyAt(i)))
            wanted << m_model->keyAt(i);
    loadSeries(wanted);
}

void RankingPane::loadSeries(const QStringList &keys)
{
    const quint64 generation = ++m_seriesGeneration;
    m_seriesKeys = keys;
    const QString path = m_context->workspacePath();
    const Period period = m_context->period();
    if (path.isEmpty() || !period.isValid())
        return;
    const QueryFilter filter = m_context->filter();
    const Dimension dim = m_dimension;
    // Hourly buckets while a day still has room on screen; daily beyond two weeks.
    const Bucket bucket = period.days() <= 14 ? Bucket::Hour : Bucket::Day;
    setPending(+1);
    BackgroundQuery::start<SeriesSet>(
        this, path,
        [dim, period, filter, keys, bucket](Workspace &ws) { return ws.series(dim, period, filter, keys, bucket); },
        [this, generation](const Result<SeriesSet> &r) {
            setPending(-1);
            if (generation != m_seriesGeneration)
                return;
            if (!r) {
                // The check change that asked for these curves still shows on the ones loaded.
                m_chart->setVisibleKeys(m_model->checkedKeys());
                emit errorOccurred(r.error().message);
                return;
            }
            m_chart->setSeriesSet(*r, m_model->checkedKeys());
            emit seriesLoaded();
        });
}

} // namespace teiten
