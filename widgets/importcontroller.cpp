// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

#include "workerpool.h"

namespace teiten {

namespace {

constexpr qint64 kProgressIntervalMs = 100;

} // namespace

ImportController::ImportController(QObject *parent) : QObject(parent) {}

ImportController::~ImportController()
{
    // The worker posts to this object: it must be gone before we are.
    if (m_cancel)
        m_cancel->store(true);
    m_future.waitForFinished();
}

bool ImportController::start(const ImportParams &params)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_last = ImportProgress{};
    m_report = ImportReport{};
    emit started(params.paths);
    auto cancel = m_cancel;
    m_future = QtConcurrent::run(workerPool(), [this, params, cancel]() {
        QElapsedTimer sinceReport;
        sinceReport.start();
        bool first = true;
        const auto progress = [&](const ImportProgress &p) {
            // Throttle here, on the worker: the GUI gets at most ~10 updates a second.
            if (!first && sinceReport.elapsed() < kProgressIntervalMs)
                return;
            first = false;
            sinceReport.restart();
            QMetaObject::invokeMethod(this, [this, p] {
                m_last = p;
                emit progressChanged(p);
            }, Qt::QueuedConnection);
        };
        ImportJob job(params);
        ImportReport report = job.run(progress, cancel.get());
        QMetaObject::invokeMethod(this, [this, report] {
            m_running = false;
            m_report = report;
            emit finished(report);
        }, Qt::QueuedConnection);
    });
    return true;
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace teiten
