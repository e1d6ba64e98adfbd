// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace teiten {

class AnalysisContext;

/// Base of the tables that mirror a part of the open workspace (sensors, files): attached to an
/// AnalysisContext they reload on a worker thread whenever the workspace or its data change, drop
/// answers overtaken by a newer load, and report busy while a query runs. GUI thread.
class ContextTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setContext(AnalysisContext *context);
    AnalysisContext *context() const;
    bool isBusy() const { return m_pending > 0; }

public slots:
    void reload();

signals:
    void loaded();
    void errorOccurred(const QString &message);

protected:
    /// Starts the query for `path`; its answer goes through accept() with the same generation.
    virtual void load(const QString &path, quint64 generation) = 0;
    virtual void clearRows() = 0;
    virtual void contextAttached() {}
    /// Ends one load: false when the answer is stale or failed (rows are then cleared and
    /// errorOccurred() says why). `error` is null on success.
    bool accept(quint64 generation, const QString *error);
    /// Counts a background write (not a load) as busy work.
    void beginWork() { ++m_pending; }
    void endWork() { --m_pending; }

private:
    QPointer<AnalysisContext> m_context;
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace teiten
