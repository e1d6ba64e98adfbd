// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include "result.h"

namespace teiten {

class FlowBatchProducer;
class SqliteDatabase;

/// Plans an import's files ahead of the import thread, on a thread of its own, so that the reading
/// thread always has files to read while the import thread writes and commits. In input order, it
/// hashes each file (SHA-1, the key of an idempotent re-import; hashing reads every byte and leaves
/// the file in the page cache for the reader), looks the hash up in the workspace on a read-only
/// connection of its own, and hands each file that is to be read to the FlowBatchProducer.
///
/// The import thread takes the plans in order and looks each hash up again at its turn: an earlier
/// file of the same run may have had the same content. Planning stays at most kFilesAhead files
/// and kBytesAhead bytes of capture (but always one file) ahead of the plans taken, so a run of
/// huge files is not hashed out of the page cache before it is read. Owning thread: the creator's.
class ImportPlanner {
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)
public:
    struct File {
        QString path;
        bool hasFileSensor = false; ///< passed on to FlowBatchProducer::Task
    };
    struct Plan {
        qint64 snapshotSize = 0;       ///< the file's size when it was hashed: what gets read
        Result<QString> hash = QString(); ///< hex SHA-1, or why not (Error::Code::Cancelled when the run stopped)
        bool read = false;             ///< handed to the producer: its messages about the file will come
    };
    static constexpr qsizetype kFilesAhead = 64;
    static constexpr qint64 kBytesAhead = qint64(256) << 20;

    /// Starts planning at once. `producer` and `cancel` must outlive the planner. With `force`, files
    /// whose content is stored are read too (they replace it).
    ImportPlanner(const QString &workspacePath, QVector<File> files, bool force, FlowBatchProducer &producer,
                  const std::atomic_bool *cancel);
    /// Stops planning (a file being hashed is abandoned at its next chunk) and waits for the thread.
    ~ImportPlanner();
    /// Stops planning without waiting: for a run that ended early, so that files ahead are not
    /// hashed while it finishes. No plan comes after.
    void stop();
    ImportPlanner(const ImportPlanner &) = delete;
    ImportPlanner &operator=(const ImportPlanner &) = delete;

    /// The plan of the next file in input order, waiting at most `wait`; false if it is not
    /// ready by then. Each plan is taken once. After a plan whose hash is Error::Code::Cancelled
    /// no more come.
    bool take(Plan &out, std::chrono::milliseconds wait);

    /// The stored file with a content hash, as an import decides on it.
    struct StoredFile {
        qint64 id = 0;
        QString path;
        bool keepsCopiesOut = false; ///< not failed and no --force: a new copy is skipped
    };
    /// The file stored in `db` with content `hash`, if any (the look-up of the planner and, at each
    /// file's turn, of the import thread). Its statement is finished before it returns, so a read
    /// transaction never outlives the call.
    static std::optional<StoredFile> findStored(SqliteDatabase &db, const QString &hash, bool force);

    /// SHA-1 of the first `limit` bytes of `path`, as lower-case hex: a file still being written
    /// must not keep the hash chasing it. Stops with Error::Code::Cancelled once `cancel` or
    /// `abandon` (either may be null) is set.
    static Result<QString> hashFile(const QString &path, qint64 limit, const std::atomic_bool *cancel,
                                    const std::atomic_bool *abandon);

private:
    void run();

    const QString m_workspacePath;
    const QVector<File> m_files;
    const bool m_force;
    FlowBatchProducer &m_producer;
    const std::atomic_bool *m_cancel;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Plan> m_ready;  ///< planned, not yet taken, in input order
    qint64 m_bytesReady = 0;   ///< snapshot sizes of m_ready
    bool m_stop = false;
    std::atomic_bool m_abandon{false}; ///< m_stop, for the hash loop to poll
    std::thread m_thread;
};

} // namespace teiten
