// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowbatchproducer.h"

#include <QCoreApplication>

#include "addresscache.h"
#include "flowaggregator.h"
#include "georesolver.h"
#include "packetdecoder.h"

namespace teiten {

namespace {

constexpr uint16_t kUnknownRegion = ('Z' << 8) | 'Z';
// AddressCache holds values ≥ 0; sensor ids and placeholders (≥ −2) are stored shifted.
constexpr int32_t kSensorShift = -batchsensor::Unassigned;

} // namespace

FlowBatchProducer::FlowBatchProducer(std::vector<const GeoResolver *> regionDatabases, std::vector<SensorRange> ranges,
                                     const std::atomic_bool *cancel, size_t maxFlowsPerBatch)
    : m_ranges(std::move(ranges)), m_cancel(cancel), m_maxFlows(maxFlowsPerBatch)
{
    if (regionDatabases.empty())
        regionDatabases.push_back(nullptr);
    m_queuedTuples.assign(regionDatabases.size(), 0);
    for (size_t i = 0; i < regionDatabases.size(); ++i)
        m_threads.emplace_back([this, i, geo = regionDatabases[i]] { run(int(i), geo); });
}

FlowBatchProducer::~FlowBatchProducer()
{
    stop();
    for (std::thread &t : m_threads)
        t.join();
}

void FlowBatchProducer::submit(Task task)
{
    std::lock_guard lock(m_mutex);
    m_tasks.push_back(std::move(task));
    m_changed.notify_all();
}

void FlowBatchProducer::stop()
{
    std::lock_guard lock(m_mutex);
    m_stop = true;
    m_stopFlag.store(true, std::memory_order_relaxed);
    m_tasks.clear();
    m_messages.clear();
    std::fill(m_queuedTuples.begin(), m_queuedTuples.end(), 0);
    m_changed.notify_all();
}

bool FlowBatchProducer::stopping() const
{
    return m_stopFlag.load(std::memory_order_relaxed) || (m_cancel && m_cancel->load(std::memory_order_relaxed));
}

bool FlowBatchProducer::take(qsizetype index, Message &out, std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_mutex);
    const auto ready = [&] {
        const auto it = m_messages.find(index);
        return it != m_messages.end() && !it->second.empty();
    };
    if (!m_changed.wait_for(lock, wait, ready))
        return false;
    auto it = m_messages.find(index);
    Queued q = std::move(it->second.front());
    it->second.pop_front();
    if (it->second.empty())
        m_messages.erase(it);
    m_queuedTuples[size_t(q.worker)] -= q.message.batch.flows.size();
    out = std::move(q.message);
    m_changed.notify_all();
    return true;
}

bool FlowBatchProducer::post(int worker, Message message)
{
    // Tuples waiting to be taken are bounded per thread by one full batch; small files' batches
    // queue up to that much, so a thread goes on reading while the writer is on an earlier file.
    // A thread's files are taken in increasing order and the import thread takes files in that
    // order too, so the tuples a thread waits behind are always of the file being taken: no deadlock.
    const size_t tuples = message.batch.flows.size();
    std::unique_lock lock(m_mutex);
    size_t &queued = m_queuedTuples[size_t(worker)];
    m_changed.wait(lock, [&] { return m_stop || queued == 0 || queued + tuples <= m_maxFlows; });
    if (m_stop)
        return false;
    queued += tuples;
    const qsizetype index = message.index;
    m_messages[index].push_back(Queued{worker, std::move(message)});
    m_changed.notify_all();
    return true;
}

void FlowBatchProducer::run(int worker, const GeoResolver *geo)
{
    // Per address, for the whole run: the region of a source, the sensor of a destination.
    AddressCache regionCache;
    AddressCache dstSensorCache;
    FlowAggregator aggregator(m_maxFlows);
    for (;;) {
        Task task;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_tasks.empty(); });
            if (m_stop)
                return;
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            Message m;
            m.kind = Message::Kind::Cancelled;
            m.index = task.index;
            if (!post(worker, std::move(m)))
                return;
            continue;
        }
        qint64 bytesCounted = 0; // of this file, in m_bytesRead
        auto countBytes = [&](qint64 upTo) {
            m_bytesRead.fetch_add(upTo - bytesCounted, std::memory_order_relaxed);
            bytesCounted = upTo;
        };
        Message opened;
        opened.index = task.index;
        auto reader = CaptureReader::open(task.path);
        if (!reader) {
            opened.kind = Message::Kind::OpenFailed;
            opened.error = reader.error().message;
            countBytes(task.snapshotSize);
            if (!post(worker, std::move(opened)))
                return;
            continue;
        }
        CaptureReader &rd = **reader;
        opened.kind = Message::Kind::Opened;
        opened.info = rd.info();
        if (!post(worker, std::move(opened)))
            return;

        FileCounts counts;
        // Packets per sensor are counted in runs: a file is mostly one sensor's, and a hash
        // lookup per packet was measurable.
        int32_t runSensor = 0;
        qint64 runPackets = 0;
        RawFrame frame;
        PacketRecord rec;
        bool cancelled = false;
        for (;;) {
            const auto n = rd.next(frame);
            if (n == CaptureReader::Next::End)
                break;
            if (rd.bytesConsumed() > task.snapshotSize) {
                counts.readError = tr("the file grew while it was imported; only the %1 bytes it had at the start were read")
                                       .arg(task.snapshotSize);
                break;
            }
            if (n == CaptureReader::Next::Error) {
                counts.readError = rd.errorMessage();
                break;
            }
            const auto outcome = PacketDecoder::decode(frame.linkType, frame.data, frame.capturedLength, rec);
            if (outcome == PacketDecoder::Outcome::NotIp) {
                ++counts.nonIp;
                continue;
            }
            if (outcome != PacketDecoder::Outcome::Ok) {
                ++counts.malformed;
                continue;
            }
            rec.timeUs = frame.timeUs;
            int32_t sid = batchsensor::FileSensor;
            if (!task.hasFileSensor) {
                sid = dstSensorCache.valueOf(rec.dst, [&] {
                    for (const SensorRange &r : m_ranges)
                        if (r.first <= rec.dst && rec.dst <= r.last)
                            return r.sensorId + kSensorShift;
                    return batchsensor::Unassigned + kSensorShift;
                }) - kSensorShift;
            }
            aggregator.add(
                rec, sid,
                [&] {
                    if (!geo)
                        return kUnknownRegion;
                    return uint16_t(regionCache.valueOf(rec.src, [&] { return geo->lookupPacked(rec.src); }));
                },
                frame.offset);
            if (counts.packets == 0 || rec.timeUs < counts.firstUs)
                counts.firstUs = rec.timeUs;
            if (counts.packets == 0 || rec.timeUs > counts.lastUs)
                counts.lastUs = rec.timeUs;
            ++counts.packets;
            if (sid != runSensor) {
                if (runPackets)
                    counts.perSensor[runSensor] += runPackets;
                runSensor = sid;
                runPackets = 0;
            }
            ++runPackets;
            if (aggregator.full()) {
                Message m;
                m.kind = Message::Kind::Batch;
                m.index = task.index;
                m.batch = aggregator.take();
                if (!post(worker, std::move(m)))
                    return;
            }
            if ((counts.packets & 0x3fff) == 0) {
                m_packetsRead.fetch_add(0x4000, std::memory_order_relaxed);
                countBytes(rd.bytesConsumed());
                if (stopping()) {
                    cancelled = true;
                    break;
                }
            }
        }
        if (runPackets)
            counts.perSensor[runSensor] += runPackets;
        m_packetsRead.fetch_add(counts.packets & 0x3fff, std::memory_order_relaxed);
        countBytes(std::max<qint64>(task.snapshotSize, rd.bytesConsumed()));
        Message done;
        done.index = task.index;
        if (cancelled) {
            aggregator.take(); // dropped: nothing of a cancelled file is stored
            done.kind = Message::Kind::Cancelled;
        } else {
            done.kind = Message::Kind::Finished;
            done.batch = aggregator.take();
            done.counts = std::move(counts);
        }
        if (!post(worker, std::move(done)))
            return;
    }
}

} // namespace teiten
