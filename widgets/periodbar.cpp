// SPDX-License-Identifier: GPL-3.0-or-later
#include "periodbar.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QLabel>
#include <QLocale>

#include "analysiscontext.h"

namespace teiten {

namespace {

// Combo item data: the period's text ("2013Q3", "2013-09"); empty = "custom range".
constexpr int kPeriodRole = Qt::UserRole + 1;

} // namespace

PeriodBar::PeriodBar(AnalysisContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_label = new QLabel(this);
    m_presets = new QComboBox(this);
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_label->setBuddy(m_presets);
    m_from = new QDateEdit(this);
    m_from->setCalendarPopup(true);
    m_toLabel = new QLabel(this);
    m_to = new QDateEdit(this);
    m_to->setCalendarPopup(true);
    m_compare = new QCheckBox(this);
    m_compare->setChecked(context->comparePrevious());
    m_previous = new QLabel(this);
    m_previous->setEnabled(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_label);
    layout->addWidget(m_presets);
    layout->addSpacing(8);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(16);
    layout->addWidget(m_compare);
    layout->addWidget(m_previous);
    layout->addStretch(1);

    connect(m_presets, &QComboBox::activated, this, &PeriodBar::onPresetChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodBar::applyCustomRange);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodBar::applyCustomRange);
    connect(m_compare, &QCheckBox::toggled, context, &AnalysisContext::setComparePrevious);
    connect(context, &AnalysisContext::periodChanged, this, &PeriodBar::syncFromContext);
    connect(context, &AnalysisContext::comparePreviousChanged, this, [this] {
        const QSignalBlocker block(m_compare);
        m_compare->setChecked(m_context->comparePrevious());
    });
    rebuildPresets();
    retranslateUi();
    syncFromContext();
}

void PeriodBar::retranslateUi()
{
    m_label->setText(tr("&Period:"));
    m_toLabel->setText(tr("to"));
    m_compare->setText(tr("Compare with previous period"));
    m_from->setToolTip(tr("First day"));
    m_to->setToolTip(tr("Last day (inclusive)"));
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    m_from->setDisplayFormat(format);
    m_to->setDisplayFormat(format);
    rebuildPresets();
    syncFromContext();
}

void PeriodBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString PeriodBar::presetLabel(const Period &p) const
{
    if (p.kind() == Period::Kind::Quarter)
        //: quarter preset, e.g. "2013 Q3"; %1 year, %2 quarter number
        return tr("%1 Q%2").arg(p.firstDay().year()).arg((p.firstDay().month() - 1) / 3 + 1);
    if (p.kind() == Period::Kind::Month)
        //: month preset, indented below its quarter: %1 year, %2 localised month name ("July"; ja "7月")
        return tr("   %2 %1").arg(p.firstDay().year()).arg(QLocale().standaloneMonthName(p.firstDay().month()));
    return tr("%1 – %2").arg(QLocale().toString(p.firstDay(), QLocale::ShortFormat),
                             QLocale().toString(p.lastDay(), QLocale::ShortFormat));
}

void PeriodBar::setQuarters(const QVector<Period> &quarters)
{
    m_quarters = quarters;
    rebuildPresets();
    syncFromContext();
    if (!quarters.isEmpty()) {
        m_from->setDateRange(quarters.first().previous().firstDay(), quarters.last().lastDay());
        m_to->setDateRange(quarters.first().previous().firstDay(), quarters.last().lastDay());
    }
}

void PeriodBar::rebuildPresets()
{
    const bool wasUpdating = std::exchange(m_updating, true);
    m_presets->clear();
    for (auto it = m_quarters.crbegin(); it != m_quarters.crend(); ++it) {
        m_presets->addItem(presetLabel(*it), it->text());
        for (int m = 0; m < 3; ++m) {
            const QDate first = it->firstDay().addMonths(m);
            const Period month = Period::month(first.year(), first.month());
            m_presets->addItem(presetLabel(month), month.text());
        }
    }
    m_presets->addItem(tr("Custom range…"), QString());
    m_updating = wasUpdating;
}

void PeriodBar::syncFromContext()
{
    if (!m_context)
        return;
    const Period p = m_context->period();
    const bool wasUpdating = std::exchange(m_updating, true);
    int index = p.isValid() ? m_presets->findData(p.text()) : -1;
    if (index < 0)
        index = m_presets->count() - 1; // custom range
    m_presets->setCurrentIndex(index);
    if (p.isValid()) {
        m_from->setDate(p.firstDay());
        m_to->setDate(p.lastDay());
        m_previous->setText(tr("(%1)").arg(p.previous().text()));
    } else {
        // An empty workspace has no period yet: today's date instead of QDateEdit's 2000-01-01.
        m_from->setDate(QDate::currentDate());
        m_to->setDate(QDate::currentDate());
        m_previous->clear();
    }
    // Nothing to choose from before the first import; the bar comes alive when data arrives.
    const bool noData = m_quarters.isEmpty() && !p.isValid();
    m_presets->setEnabled(!noData);
    m_presets->setToolTip(noData ? tr("No data in this workspace yet: import captures first") : QString());
    const bool custom = m_presets->currentData().toString().isEmpty();
    m_from->setEnabled(custom && !noData);
    m_to->setEnabled(custom && !noData);
    m_updating = wasUpdating;
}

void PeriodBar::onPresetChosen()
{
    const QString text = m_presets->currentData().toString();
    if (text.isEmpty()) { // custom range: start from what is shown now
        m_from->setEnabled(true);
        m_to->setEnabled(true);
        applyCustomRange();
        return;
    }
    if (const auto p = Period::parse(text))
        m_context->setPeriod(*p);
}

void PeriodBar::applyCustomRange()
{
    if (m_updating || !m_presets->currentData().toString().isEmpty())
        return;
    QDate first = m_from->date();
    QDate last = m_to->date();
    if (last < first)
        std::swap(first, last);
    m_context->setPeriod(Period::range(first, last));
}

void PeriodBar::selectPeriod(const Period &period)
{
    if (period.isValid())
        m_context->setPeriod(period);
    syncFromContext();
}

} // namespace teiten
