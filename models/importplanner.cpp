// SPDX-License-Identifier: GPL-3.0-or-later
#include "importplanner.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include "flowbatchproducer.h"
#include "sha1digest.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

Q_LOGGING_CATEGORY(lcPlanner, "teiten.import.planner")

namespace teiten {

ImportPlanner::ImportPlanner(const QString &workspacePath, QVector<File> files, bool force, FlowBatchProducer &producer,
                             const std::atomic_bool *cancel)
    : m_workspacePath(workspacePath), m_files(std::move(files)), m_force(force), m_producer(producer), m_cancel(cancel)
{
    m_thread = std::thread([this] { run(); });
}

ImportPlanner::~ImportPlanner()
{
    stop();
    m_thread.join();
}

void ImportPlanner::stop()
{
    std::lock_guard lock(m_mutex);
    m_stop = true;
    m_abandon.store(true);
    m_ready.clear();
    m_bytesReady = 0;
    m_changed.notify_all();
}

Result<QString> ImportPlanner::hashFile(const QString &path, qint64 limit, const std::atomic_bool *cancel,
                                        const std::atomic_bool *abandon)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Code::Unreadable, tr("%1: cannot read: %2").arg(path, f.errorString())};
    Sha1Digest h;
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (qint64 left = limit; left > 0; left -= buf.size()) {
        const qint64 n = f.read(buf.data(), std::min<qint64>(buf.size(), left));
        if (n < 0)
            return Error{Error::Code::Unreadable, tr("%1: read error: %2").arg(path, f.errorString())};
        if (n == 0)
            break;
        h.addData(buf.constData(), size_t(n));
        if ((cancel && cancel->load(std::memory_order_relaxed)) || (abandon && abandon->load(std::memory_order_relaxed)))
            return Error{Error::Code::Cancelled, tr("cancelled")};
    }
    return QString::fromLatin1(h.result().toHex());
}

std::optional<ImportPlanner::StoredFile> ImportPlanner::findStored(SqliteDatabase &db, const QString &hash, bool force)
{
    auto st = db.prepare("SELECT id, status, path FROM files WHERE hash = ?;");
    if (!st)
        return std::nullopt;
    (*st)->bind(1, hash);
    if (!(*st)->step())
        return std::nullopt;
    return StoredFile{(*st)->int64(0), (*st)->text(2), (*st)->text(1) != QLatin1String("failed") && !force};
}

bool ImportPlanner::take(Plan &out, std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_mutex);
    if (!m_changed.wait_for(lock, wait, [this] { return !m_ready.empty(); }))
        return false;
    out = std::move(m_ready.front());
    m_ready.pop_front();
    m_bytesReady -= out.snapshotSize;
    m_changed.notify_all();
    return true;
}

void ImportPlanner::run()
{
    // Opened here: a connection belongs to the thread that uses it. Without it (it cannot be
    // opened), every file is read and the import thread's own look-up decides.
    std::unique_ptr<SqliteDatabase> db;
    if (auto opened = SqliteDatabase::open(m_workspacePath, SqliteDatabase::Mode::ReadOnly))
        db = std::move(*opened);
    else
        qCDebug(lcPlanner) << "no look-up ahead:" << opened.error().message;
    auto keptOut = [&](const QString &hash) {
        if (!db)
            return false;
        const auto stored = findStored(*db, hash, m_force);
        return stored && stored->keepsCopiesOut;
    };

    for (const File &file : m_files) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] {
                return m_stop || m_ready.empty() || (m_ready.size() < size_t(kFilesAhead) && m_bytesReady < kBytesAhead);
            });
            if (m_stop)
                return;
        }
        Plan plan;
        plan.snapshotSize = QFileInfo(file.path).size();
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            plan.hash = Error{Error::Code::Cancelled, tr("cancelled")};
        else
            plan.hash = hashFile(file.path, plan.snapshotSize, m_cancel, &m_abandon);
        plan.read = plan.hash && !keptOut(*plan.hash);
        if (plan.read)
            m_producer.submit({qsizetype(&file - m_files.constData()), file.path, plan.snapshotSize, file.hasFileSensor});
        std::lock_guard lock(m_mutex);
        if (m_stop)
            return;
        const bool cancelled = !plan.hash && plan.hash.error().code == Error::Code::Cancelled;
        m_bytesReady += plan.snapshotSize;
        m_ready.push_back(std::move(plan));
        m_changed.notify_all();
        if (cancelled)
            return;
    }
}

} // namespace teiten
