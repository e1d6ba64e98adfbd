// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include "result.h"

namespace teiten {

class ReportLanguage;
class Workspace;

/// Renders a figure or a report for the workstation on a worker thread: opens its own read-only
/// Workspace, makes tr() answer in the export's language on that thread only (the window keeps its
/// own language), reports progress and honours Cancel between steps. QPainter on QImage,
/// QSvgGenerator and QPdfWriter is safe off the GUI thread, so the window never waits on painting.
/// Owned by the GUI thread; destroying it waits for the worker.
class RenderJob : public QObject {
    Q_OBJECT
public:
    /// The work: runs on the worker thread. Call step() between its parts.
    using Work = std::function<Status(Workspace &workspace, RenderJob &job)>;

    RenderJob(const QString &workspacePath, const QString &language, QObject *parent = nullptr);
    ~RenderJob() override;

    void start(Work work);
    bool isRunning() const;
    /// Asks the worker to stop at its next step(); finished() then carries Error::Code::Cancelled.
    void cancel();

    /// From the worker: announces step `done` of `total` and returns false once cancelled.
    bool step(int done, int total, const QString &what);
    const QString &language() const { return m_language; }

signals:
    /// Queued to the GUI thread.
    void progressChanged(int done, int total, const QString &what);
    void finished(const teiten::Status &status);

private:
    QString m_workspacePath;
    QString m_language;
    std::unique_ptr<ReportLanguage> m_catalogue;
    QFutureWatcher<Status> m_watcher;
    std::atomic_bool m_cancelled{false};
};

} // namespace teiten
