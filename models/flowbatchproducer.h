// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include "capturereader.h"
#include "flowbatch.h"
#include "ipaddress.h"

namespace teiten {

class GeoResolver;

/// The import's reading stage: on threads of its own, reads capture files (CaptureReader), decodes
/// their packets (PacketDecoder), gives each its sensor (by destination, unless the file has one)
/// and its source's region, and aggregates them (FlowAggregator) into FlowBatches for the import
/// thread, which writes them while the next ones are read. It never touches the database.
///
/// Each reading thread takes the next submitted file when it is done with one, so two threads read
/// two files at once. For each file, take(index) delivers Opened (or OpenFailed), then any number of
/// Batch, then Finished (with the last batch and the file's counts), or Cancelled. The tuples of
/// each thread waiting to be taken are at most one full batch (or one batch, if larger), so with
/// the one it fills and the one being written the stage holds at most 2 × threads + 1 batches' worth.
class FlowBatchProducer {
    Q_DECLARE_TR_FUNCTIONS(FlowBatchProducer)
public:
    /// A destination range a sensor owns (sensors.csv).
    struct SensorRange {
        IpAddress first, last;
        int sensorId;
    };
    struct Task {
        qsizetype index = 0;    ///< the caller's number for the file
        QString path;
        qint64 snapshotSize = 0; ///< read no further: what the file held when it was hashed
        bool hasFileSensor = false; ///< every packet goes to batchsensor::FileSensor
    };
    struct FileCounts {
        qint64 packets = 0, nonIp = 0, malformed = 0;
        qint64 firstUs = 0, lastUs = 0;
        QHash<int, qint64> perSensor; ///< packets per sensor id (placeholders included)
        QString readError;            ///< why reading stopped early (the file is partial)
    };
    struct Message {
        enum class Kind { Opened, OpenFailed, Batch, Finished, Cancelled };
        Kind kind = Kind::Opened;
        qsizetype index = 0;
        CaptureReader::Info info; ///< Opened
        QString error;            ///< OpenFailed
        FlowBatch batch;          ///< Batch, Finished
        FileCounts counts;        ///< Finished
    };

    /// One reading thread per entry of `regionDatabases`, each using its own (a GeoResolver is used
    /// by one thread at a time); a null entry leaves every region ZZ. They and `cancel` must outlive
    /// the producer.
    FlowBatchProducer(std::vector<const GeoResolver *> regionDatabases, std::vector<SensorRange> ranges,
                      const std::atomic_bool *cancel, size_t maxFlowsPerBatch = size_t(1) << 17);
    /// Stops reading and waits for the thread.
    ~FlowBatchProducer();
    FlowBatchProducer(const FlowBatchProducer &) = delete;
    FlowBatchProducer &operator=(const FlowBatchProducer &) = delete;

    void submit(Task task);
    /// The next message about file `index`, waiting at most `wait`; false if none came in that time.
    bool take(qsizetype index, Message &out, std::chrono::milliseconds wait);
    /// Abandons every submitted file; the thread ends soon after.
    void stop();

    /// Packets and capture bytes read so far, over every file (for progress while waiting).
    qint64 packetsRead() const { return m_packetsRead.load(std::memory_order_relaxed); }
    qint64 bytesRead() const { return m_bytesRead.load(std::memory_order_relaxed); }

private:
    void run(int worker, const GeoResolver *geo);
    /// Queues a message; waits while the same thread's queued tuples would pass a batch. False once stopped.
    bool post(int worker, Message message);
    bool stopping() const;

    std::vector<SensorRange> m_ranges;
    const std::atomic_bool *m_cancel;
    size_t m_maxFlows;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Task> m_tasks;
    struct Queued {
        int worker;
        Message message;
    };
    std::map<qsizetype, std::deque<Queued>> m_messages; ///< by file index
    std::vector<size_t> m_queuedTuples;                  ///< by thread: tuples posted, not yet taken
    bool m_stop = false;
    std::atomic_bool m_stopFlag{false};
    std::atomic<qint64> m_packetsRead{0}, m_bytesRead{0};
    std::vector<std::thread> m_threads;
};

} // namespace teiten
