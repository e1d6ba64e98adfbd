// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderjob.h"

#include <QtConcurrent/QtConcurrentRun>

#include "reportlanguage.h"
#include "workerpool.h"
#include "workspace.h"

namespace teiten {

RenderJob::RenderJob(const QString &workspacePath, const QString &language, QObject *parent)
    : QObject(parent), m_workspacePath(workspacePath), m_language(language)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_catalogue.reset(); // the worker is done with it
        emit finished(m_watcher.result());
    });
}

RenderJob::~RenderJob()
{
    // The worker reads m_catalogue and calls step(): it must be gone before they are.
    m_cancelled = true;
    m_watcher.waitForFinished();
}

void RenderJob::start(Work work)
{
    Q_ASSERT(!isRunning());
    m_cancelled = false;
    // Installed here, on the GUI thread (installing sends LanguageChange); answers only on the
    // worker once it has bound itself.
    m_catalogue = std::make_unique<ReportLanguage>(m_language, QStringList{}, ReportLanguage::Scope::BoundThread);
    ReportLanguage *catalogue = m_catalogue.get();
    const QString path = m_workspacePath;
    m_watcher.setFuture(QtConcurrent::run(workerPool(), [this, catalogue, path, work = std::move(work)]() -> Status {
        catalogue->bindToCurrentThread();
        auto ws = Workspace::open(path, Workspace::Mode::ReadOnly);
        if (!ws)
            return ws.error();
        if (!step(0, 1, QString()))
            return Error{Error::Code::Cancelled, tr("Cancelled")};
        return work(**ws, *this);
    }));
}

bool RenderJob::isRunning() const
{
    return m_watcher.isRunning();
}

void RenderJob::cancel()
{
    m_cancelled = true;
}

bool RenderJob::step(int done, int total, const QString &what)
{
    emit progressChanged(done, total, what);
    return !m_cancelled;
}

} // namespace teiten
