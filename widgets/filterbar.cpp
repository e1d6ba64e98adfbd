// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include "analysiscontext.h"
#include "backgroundquery.h"
#include "regionnames.h"
#include "servicekey.h"

namespace teiten {

namespace {

// Protocols offered in the list; anything else is typed by name or number.
const char *const kProtocols[] = {"TCP", "UDP", "ICMP", "ICMPv6", "GRE"};

QString prefixText(const IpPrefix &p)
{
    // A whole address reads better without "/32".
    const int full = p.address.isV4() ? 32 : 128;
    return p.length == full ? p.address.toString() : p.toString();
}

} // namespace

FilterBar::FilterBar(AnalysisContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_sensor(new QComboBox(this)), m_protocol(new QComboBox(this)),
      m_region(new QLineEdit(this)), m_port(new QLineEdit(this)), m_source(new QLineEdit(this)),
      m_clear(new QToolButton(this))
{
    m_sensor->setObjectName(QStringLiteral("sensorFilter"));
    m_protocol->setObjectName(QStringLiteral("protocolFilter"));
    m_region->setObjectName(QStringLiteral("regionFilter"));
    m_port->setObjectName(QStringLiteral("portFilter"));
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_clear->setObjectName(QStringLiteral("clearFilters"));

    m_sensor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_protocol->setEditable(true);
    m_protocol->setInsertPolicy(QComboBox::NoInsert);
    m_protocol->addItem(QString());
    for (const char *p : kProtocols)
        m_protocol->addItem(QLatin1String(p));
    m_region->setMaxLength(64);
    m_port->setMaxLength(5);
    m_port->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 10);
    m_source->setMaxLength(64);
    m_source->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 20);

    QStringList regionWords = RegionNames::codes();
    for (const QString &code : RegionNames::codes())
        regionWords << RegionNames::name(code, QStringLiteral("en")) << RegionNames::name(code, QStringLiteral("ja"));
    auto *completer = new QCompleter(regionWords, m_region);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_region->setCompleter(completer);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sensor);
    layout->addWidget(m_protocol);
    layout->addWidget(m_region);
    layout->addWidget(m_port);
    layout->addWidget(m_source, 1);
    layout->addWidget(m_clear);

    for (QLineEdit *edit : {m_region, m_port, m_source, m_protocol->lineEdit()}) {
        connect(edit, &QLineEdit::textChanged, this, &FilterBar::validate);
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            if (!m_syncing)
                apply();
        });
    }
    connect(m_protocol, &QComboBox::activated, this, [this] { apply(); });
    connect(m_sensor, &QComboBox::activated, this, [this] { apply(); });
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);

    connect(m_context, &AnalysisContext::filterChanged, this, &FilterBar::syncFromContext);
    connect(m_context, &AnalysisContext::workspaceChanged, this, [this] {
        reloadSensors();
        syncFromContext();
    });
    connect(m_context, &AnalysisContext::dataChanged, this, &FilterBar::reloadSensors);

    retranslate();
    reloadSensors();
    syncFromContext();
}

void FilterBar::retranslate()
{
    m_sensor->setToolTip(tr("Only traffic seen by this sensor"));
    if (m_sensor->count() == 0)
        m_sensor->addItem(QString(), -1);
    m_sensor->setItemText(0, tr("All sensors"));
    m_protocol->lineEdit()->setPlaceholderText(tr("Any protocol"));
    m_region->setPlaceholderText(tr("Region"));
    m_port->setPlaceholderText(tr("Port"));
    m_source->setPlaceholderText(tr("Source address or prefix"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove every filter"));
    validate();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString FilterBar::problemText(FilterFieldParser::Problem problem)
{
    using Problem = FilterFieldParser::Problem;
    switch (problem) {
    case Problem::None:
        break;
    case Problem::UnknownProtocol:
        return tr("Unknown protocol. Write TCP, UDP, ICMP, ICMPv6, GRE or an IP protocol number from 0 to 255.");
    case Problem::UnknownRegion:
        return tr("Unknown region. Write an ISO 3166-1 code such as CN, a region name, or ZZ for unknown.");
    case Problem::BadPort:
        return tr("A port is a whole number from 0 to 65535.");
    case Problem::BadPrefixLength:
        return tr("The prefix length must be 0 to 32 for an IPv4 address and 0 to 128 for IPv6.");
    case Problem::BadSource:
        return tr("Not an address or prefix. Write e.g. 192.0.2.1, 192.0.2.0/24 or 2001:db8::/32.");
    }
    return {};
}

FilterFieldParser::Fields FilterBar::fields() const
{
    return {m_protocol->currentText(), m_region->text(), m_port->text(), m_source->text()};
}

FilterFieldParser::Parsed FilterBar::parse() const
{
    return FilterFieldParser::parse(fields());
}

bool FilterBar::isValid() const
{
    return parse().problem == FilterFieldParser::Problem::None;
}

std::optional<QueryFilter> FilterBar::parsedFilter() const
{
    const FilterFieldParser::Parsed p = parse();
    if (p.problem != FilterFieldParser::Problem::None)
        return std::nullopt;
    QueryFilter f = m_context->filter();
    const int sensor = m_sensor->currentData().toInt();
    f.sensorIds = sensor > 0 ? QList<int>{sensor} : QList<int>{};
    f.proto = p.proto;
    f.port = p.port;
    f.region = p.region;
    f.sourcePrefix = p.source;
    return f;
}

void FilterBar::markField(QWidget *field, const QString &problem, const QString &hint)
{
    const bool invalid = !problem.isEmpty();
    field->setProperty("invalid", invalid);
    field->setToolTip(invalid ? problem : hint);
    if (!invalid) {
        field->setPalette(QPalette());
        return;
    }
    QPalette p = field->palette();
    p.setColor(QPalette::Base, QColor(0xff, 0xe4, 0xe4));
    p.setColor(QPalette::Text, QColor(0xb0, 0x00, 0x20));
    field->setPalette(p);
}

void FilterBar::validate()
{
    using Parser = FilterFieldParser;
    markField(m_protocol->lineEdit(), problemText(Parser::protocolProblem(m_protocol->currentText())),
              tr("Only this IP protocol (TCP, UDP, ICMP, … or a number)"));
    markField(m_region, problemText(Parser::regionProblem(m_region->text())),
              tr("Only sources from this region (ISO code such as CN, or a name)"));
    markField(m_port, problemText(Parser::portProblem(m_port->text())), tr("Only this destination port"));
    markField(m_source, problemText(Parser::sourceProblem(m_source->text())),
              tr("Only sources in this address or prefix, e.g. 192.0.2.0/24"));
}

bool FilterBar::apply()
{
    const auto f = parsedFilter();
    if (!f) {
        validate();
        emit rejected(problemText(parse().problem));
        return false;
    }
    if (!sameFilter(*f, m_context->filter()))
        m_context->setFilter(*f);
    return true;
}

void FilterBar::clear()
{
    m_syncing = true;
    m_sensor->setCurrentIndex(0);
    m_protocol->setCurrentIndex(0);
    m_protocol->setEditText(QString());
    m_region->clear();
    m_port->clear();
    m_source->clear();
    m_syncing = false;
    apply();
}

void FilterBar::syncFromContext()
{
    const QueryFilter f = m_context->filter();
    m_syncing = true;
    const int sensor = f.sensorIds.size() == 1 ? f.sensorIds.first() : -1;
    const int sensorIndex = m_sensor->findData(sensor);
    m_sensor->setCurrentIndex(sensorIndex >= 0 ? sensorIndex : 0);
    m_protocol->setEditText(f.proto ? ServiceKey::protocolName(*f.proto) : QString());
    m_region->setText(f.region);
    m_port->setText(f.port ? QString::number(*f.port) : QString());
    m_source->setText(f.sourcePrefix ? prefixText(*f.sourcePrefix) : QString());
    m_syncing = false;
    validate();
}

void FilterBar::reloadSensors()
{
    const quint64 generation = ++m_sensorGeneration;
    const QString path = m_context->workspacePath();
    if (path.isEmpty())
        return;
    BackgroundQuery::start<QVector<SensorInfo>>(
        this, path, [](Workspace &ws) { return ws.sensors(); },
        [this, generation](const Result<QVector<SensorInfo>> &sensors) {
            if (generation != m_sensorGeneration || !sensors)
                return; // a failed catalogue leaves "All sensors"; the views report the error
            const QList<int> wanted = m_context->filter().sensorIds;
            const int current = wanted.size() == 1 ? wanted.first() : m_sensor->currentData().toInt();
            m_syncing = true;
            while (m_sensor->count() > 1)
                m_sensor->removeItem(1);
            for (const SensorInfo &s : *sensors)
                m_sensor->addItem(s.name, s.id);
            const int keep = m_sensor->findData(current);
            m_sensor->setCurrentIndex(keep >= 0 ? keep : 0);
            m_syncing = false;
        });
}

bool FilterBar::sameFilter(const QueryFilter &a, const QueryFilter &b)
{
    auto prefix = [](const std::optional<IpPrefix> &p) { return p ? p->toString() : QString(); };
    return a.sensorIds == b.sensorIds && a.service == b.service && a.proto == b.proto && a.port == b.port
        && a.region == b.region && prefix(a.sourcePrefix) == prefix(b.sourcePrefix);
}

} // namespace teiten
