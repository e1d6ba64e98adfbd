// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcepartitionscan.h"

#include <atomic>
#include <cstring>
#include <vector>

#include "flowtuplefilter.h"

namespace teiten {

namespace {
std::atomic<size_t> defaultLimit{SourcePartitionScan::kDefaultLimit};
} // namespace

SourcePartitionScan::SourcePartitionScan(qint64 firstHour, qint64 endHour, const QueryFilter &filter)
    : m_firstHour(firstHour), m_endHour(endHour), m_filter(filter), m_limit(defaultLimit.load())
{
}

void SourcePartitionScan::setDefaultLimit(size_t groups)
{
    defaultLimit.store(groups ? groups : 1);
}

uint64_t SourcePartitionScan::sourceHash(const uint8_t src[16])
{
    // Both halves mixed: an IPv4-mapped address has its 32 varying bits in the second half only,
    // and its first half is zero.
    uint64_t a, b;
    std::memcpy(&a, src, 8);
    std::memcpy(&b, src + 8, 8);
    uint64_t h = a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
    h ^= h >> 31;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    return h;
}

Status SourcePartitionScan::run(SqliteDatabase &db, Sink &sink)
{
    struct Partition {
        uint64_t residue;
        uint64_t modulus;
    };
    const FlowTupleFilter match(m_filter);
    std::vector<Partition> pending{{0, 1}};
    m_reads = 0;
    while (!pending.empty()) {
        const Partition p = pending.back();
        pending.pop_back();
        const bool splittable = p.modulus < kMaxModulus;
        bool overflow = false;
        ++m_reads;
        const Status scanned = FlowSegmentScan(db).run(m_firstHour, m_endHour, match,
                                                       [&](const FlowSegment &seg, const std::vector<FlowTuple> &tuples) {
            for (const FlowTuple &t : tuples)
                if (match.accepts(t) && (p.modulus == 1 || (sourceHash(t.src) & (p.modulus - 1)) == p.residue))
                    sink.add(seg, t);
            overflow = splittable && sink.held() > m_limit;
            return !overflow;
        });
        if (!scanned) {
            sink.discard();
            return scanned;
        }
        if (overflow) {
            sink.discard();
            pending.push_back({p.residue + p.modulus, p.modulus * 2});
            pending.push_back({p.residue, p.modulus * 2});
            continue;
        }
        sink.commit();
    }
    return Ok{};
}

} // namespace teiten
