// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QAbstractTableModel>

#include "backgroundquery.h"
#include "drillquery.h"

namespace teiten {

/// What the drill-down tables (sources, sensors, flows) share: the DrillQuery they show, a busy
/// state, language switching without a query, and startQuery(), which runs a workspace query in a
/// worker thread and applies its answer on the GUI thread only if no newer query or clear() came in
/// between (generation counter). GUI thread.
class DrillModel : public QAbstractTableModel {
    Q_OBJECT
public:
    const DrillQuery &query() const { return m_query; }
    bool isBusy() const { return m_busy; }
    /// Region names and number format follow `language` ("ja"/"en") without re-querying.
    void setLanguage(const QString &language);

    int columnCount(const QModelIndex &parent = {}) const override;

signals:
    void busyChanged(bool busy);
    void failed(const QString &message);

protected:
    DrillModel(int columnCount, QObject *parent);

    /// Runs `work` on a worker thread with its own read-only Workspace; `apply(value)` runs here
    /// afterwards, unless the answer went stale. Busy until then; a failure emits failed() and
    /// calls queryFailed().
    template <typename T, typename Apply>
    void startQuery(std::function<Result<T>(Workspace &)> work, Apply apply)
    {
        const quint64 generation = ++m_generation;
        setBusy(true);
        BackgroundQuery::start<T>(this, m_query.workspacePath, std::move(work),
                                  [this, generation, apply](const Result<T> &result) {
                                      if (generation != m_generation)
                                          return; // a newer query owns the model now
                                      if (!result) {
                                          queryFailed();
                                          setBusy(false);
                                          emit failed(result.error().message);
                                          return;
                                      }
                                      // Busy while the rows go in, so that fetchMore() called from
                                      // a change handler does not start a duplicate query.
                                      apply(*result);
                                      setBusy(false);
                                  });
    }
    /// Makes every query in flight stale.
    void cancelQueries();
    virtual void queryFailed() {}

    DrillQuery m_query;

private:
    void setBusy(bool busy);

    int m_columnCount;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace teiten
