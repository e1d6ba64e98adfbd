// SPDX-License-Identifier: GPL-3.0-or-later
#include "contexttablemodel.h"

#include "analysiscontext.h"

namespace teiten {

void ContextTableModel::setContext(AnalysisContext *context)
{
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    if (!context)
        return;
    connect(context, &AnalysisContext::workspaceChanged, this, &ContextTableModel::reload);
    connect(context, &AnalysisContext::dataChanged, this, &ContextTableModel::reload);
    contextAttached();
    reload();
}

AnalysisContext *ContextTableModel::context() const
{
    return m_context;
}

void ContextTableModel::reload()
{
    const quint64 generation = ++m_generation;
    const QString path = m_context ? m_context->workspacePath() : QString();
    if (path.isEmpty()) {
        clearRows();
        return;
    }
    ++m_pending;
    load(path, generation);
}

bool ContextTableModel::accept(quint64 generation, const QString *error)
{
    --m_pending;
    if (generation != m_generation)
        return false; // a newer load is on its way
    if (error) {
        clearRows();
        emit errorOccurred(*error);
        return false;
    }
    return true;
}

} // namespace teiten
