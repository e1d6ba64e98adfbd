// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>

#include <QFuture>
#include <QObject>

#include "importjob.h"

namespace teiten {

/// Runs one ImportJob at a time on a worker thread (QtConcurrent) for the GUI: progress arrives on
/// the GUI thread at most ten times a second (so a fast import cannot flood the event loop), cancel()
/// asks the job to stop (the current file is rolled back), finished() carries the report. Lives on
/// the GUI thread; destroying it cancels and waits for the worker.
class ImportController : public QObject {
    Q_OBJECT
public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override;

    /// False when an import is already running.
    bool start(const ImportParams &params);
    bool isRunning() const { return m_running; }
    const ImportProgress &lastProgress() const { return m_last; }
    const ImportReport &lastReport() const { return m_report; }

public slots:
    void cancel();

signals:
    void started(const QStringList &paths);
    void progressChanged(const teiten::ImportProgress &progress);
    void finished(const teiten::ImportReport &report);

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<void> m_future;
    ImportProgress m_last;
    ImportReport m_report;
    bool m_running = false;
};

} // namespace teiten
