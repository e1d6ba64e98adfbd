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

FlowBatchProducer::FlowBatchProducer(const GeoResolver *geo, std::vector<SensorRange> ranges,
                                     const std::atomic_bool *cancel, size_t maxFlowsPerBatch)
    : m_geo(geo), m_ranges(std::move(ranges)), m_cancel(cancel), m_maxFlows(maxFlowsPerBatch)
{
    m_thread = std::thread([this] { run(); });
}

FlowBatchProducer::~FlowBatchProducer()
{
    stop();
    m_thread.join();
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
    m_queuedBatches = 0;
    m_changed.notify_all();
}

bool FlowBatchProducer::stopping() const
{
    return m_stopFlag.load(std::memory_order_relaxed) || (m_cancel && m_cancel->load(std::memory_order_relaxed));
}

bool FlowBatchProducer::take(Message &out, std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_mutex);
    if (!m_changed.wait_for(lock, wait, [this] { return !m_messages.empty(); }))
        return false;
    out = std::move(m_messages.front());
    m_messages.pop_front();
    if (out.kind == Message::Kind::Batch || out.kind == Message::Kind::Finished)
        --m_queuedBatches;
    m_changed.notify_all();
    return true;
}

bool FlowBatchProducer::post(Message message)
{
    const bool carriesBatch = message.kind == Message::Kind::Batch || message.kind == Message::Kind::Finished;
    std::unique_lock lock(m_mutex);
    if (carriesBatch)
        m_changed.wait(lock, [this] { return m_stop || m_queuedBatches == 0; });
    if (m_stop)
        return false;
    if (carriesBatch)
        ++m_queuedBatches;
    m_messages.push_back(std::move(message));
    m_changed.notify_all();
    return true;
}

void FlowBatchProducer::run()
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
            if (!post(std::move(m)))
                return;
            continue;
        }
        const qint64 bytesBefore = m_bytesRead.load(std::memory_order_relaxed);
        Message opened;
        opened.index = task.index;
        auto reader = CaptureReader::open(task.path);
        if (!reader) {
            opened.kind = Message::Kind::OpenFailed;
            opened.error = reader.error().message;
            m_bytesRead.store(bytesBefore + task.snapshotSize, std::memory_order_relaxed);
            if (!post(std::move(opened)))
                return;
            continue;
        }
        CaptureReader &rd = **reader;
        opened.kind = Message::Kind::Opened;
        opened.info = rd.info();
        if (!post(std::move(opened)))
            return;

        FileCounts counts;
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
                if (const auto c = dstSensorCache.find(rec.dst)) {
                    sid = *c - kSensorShift;
                } else {
                    sid = batchsensor::Unassigned;
                    for (const SensorRange &r : m_ranges)
                        if (r.first <= rec.dst && rec.dst <= r.last) {
                            sid = r.sensorId;
                            break;
                        }
                    dstSensorCache.insert(rec.dst, sid + kSensorShift);
                }
            }
            uint16_t region = kUnknownRegion;
            if (m_geo) {
                if (const auto g = regionCache.find(rec.src)) {
                    region = uint16_t(*g);
                } else {
                    region = m_geo->lookupPacked(rec.src);
                    regionCache.insert(rec.src, region);
                }
            }
            aggregator.add(rec, sid, region, frame.offset);
            if (counts.packets == 0 || rec.timeUs < counts.firstUs)
                counts.firstUs = rec.timeUs;
            if (counts.packets == 0 || rec.timeUs > counts.lastUs)
                counts.lastUs = rec.timeUs;
            ++counts.packets;
            ++counts.perSensor[sid];
            if (aggregator.full()) {
                Message m;
                m.kind = Message::Kind::Batch;
                m.index = task.index;
                m.batch = aggregator.take();
                if (!post(std::move(m)))
                    return;
            }
            if ((counts.packets & 0x3fff) == 0) {
                m_packetsRead.fetch_add(0x4000, std::memory_order_relaxed);
                m_bytesRead.store(bytesBefore + rd.bytesConsumed(), std::memory_order_relaxed);
                if (stopping()) {
                    cancelled = true;
                    break;
                }
            }
        }
        m_packetsRead.fetch_add(counts.packets & 0x3fff, std::memory_order_relaxed);
        m_bytesRead.store(bytesBefore + std::max<qint64>(task.snapshotSize, rd.bytesConsumed()), std::memory_order_relaxed);
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
        if (!post(std::move(done)))
            return;
    }
}

} // namespace teiten
