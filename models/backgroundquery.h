// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include "querystop.h"
#include "result.h"
#include "sqlitedatabase.h"
#include "workerpool.h"
#include "workspace.h"

namespace teiten {

/// Runs one workspace query on the global thread pool and hands its result back on the thread of a
/// receiver object. The worker opens its own Workspace (one connection per thread, see Workspace),
/// so the GUI thread never waits on SQLite. Stale answers are the caller's to drop: compare a
/// generation counter captured when the query was started.
class BackgroundQuery {
public:
    /// `query` runs on a worker thread with a freshly opened workspace. With `stop`, another thread
    /// can end it early (QueryStop::stop), even in the middle of one SQL statement; the result is
    /// then an error the caller drops.
    template <typename T>
    static QFuture<Result<T>> run(const QString &workspacePath, Workspace::Mode mode,
                                  std::function<Result<T>(Workspace &)> query,
                                  std::shared_ptr<QueryStop> stop = {})
    {
        return QtConcurrent::run(workerPool(), [workspacePath, mode, query, stop]() -> Result<T> {
            auto ws = Workspace::open(workspacePath, mode);
            if (!ws)
                return ws.error();
            if (!stop)
                return query(**ws);
            (*ws)->database().setStopFlag(stop->flag());
            Result<T> result = query(**ws);
            (*ws)->database().setStopFlag(nullptr);
            return result;
        });
    }

    /// Calls `done(result)` on `receiver`'s thread when `future` finishes. The watcher is a child of
    /// `receiver`, so nothing is delivered after the receiver is gone.
    template <typename T, typename Fn>
    static void deliver(QObject *receiver, QFuture<T> future, Fn done)
    {
        auto *watcher = new QFutureWatcher<T>(receiver);
        QObject::connect(watcher, &QFutureWatcherBase::finished, receiver, [watcher, done]() {
            if (!watcher->isCanceled())
                done(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(future);
    }

    /// run() then deliver(): the common case.
    template <typename T, typename Fn>
    static void start(QObject *receiver, const QString &workspacePath,
                      std::function<Result<T>(Workspace &)> query, Fn done,
                      Workspace::Mode mode = Workspace::Mode::ReadOnly)
    {
        deliver(receiver, run<T>(workspacePath, mode, std::move(query)), std::move(done));
    }
};

} // namespace teiten
