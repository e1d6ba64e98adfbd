// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysiscontext.h"

namespace teiten {

AnalysisContext::AnalysisContext(QObject *parent) : QObject(parent) {}

void AnalysisContext::setWorkspacePath(const QString &path)
{
    m_workspacePath = path;
    m_filter = {};
    ++m_dataRevision;
    emit workspaceChanged();
}

void AnalysisContext::setPeriod(const Period &period)
{
    if (period == m_period)
        return;
    m_period = period;
    emit periodChanged();
}

void AnalysisContext::setComparePrevious(bool on)
{
    if (on == m_comparePrevious)
        return;
    m_comparePrevious = on;
    emit comparePreviousChanged();
}

void AnalysisContext::setFilter(const QueryFilter &filter)
{
    m_filter = filter;
    emit filterChanged();
}

void AnalysisContext::setTopN(int n)
{
    if (n == m_topN || n < 0)
        return;
    m_topN = n;
    emit topNChanged();
}

void AnalysisContext::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
}

void AnalysisContext::setDayOffsetMinutes(int minutes)
{
    if (minutes == m_dayOffsetMinutes)
        return;
    m_dayOffsetMinutes = minutes;
    ++m_dataRevision;
    emit dataChanged();
}

void AnalysisContext::notifyDataChanged()
{
    ++m_dataRevision;
    emit dataChanged();
}

} // namespace teiten
