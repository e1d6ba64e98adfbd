// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

#include <QtGlobal>

#include "flowsegmentscan.h"
#include "result.h"
#include "workspacetypes.h"

namespace teiten {

class SqliteDatabase;

/// Reads a slice's flow tuples for anything grouped by source address (a source's packets, its
/// distinct sensors, the distinct sources of a key) with bounded memory. Tuples come in time order,
/// so a source's groups cannot be finished before the slice is read; instead the address space is
/// split by hash into partitions, one read of the segments each. The whole slice is the first
/// partition; one whose groups outgrow the limit is dropped and read again as two halves, so a
/// finished partition is never read twice. A partition of 1/kMaxModulus of the sources is held
/// whatever its size (one source cannot be split). Every tuple lands in exactly one partition. The
/// limit is checked after each segment, so a sink may briefly hold up to one segment's tuples
/// (FlowSegmentStore::MaxTuples) more. Runs on the thread that owns the database; a stop flag on
/// it ends the scan with an error, and the sink is told to discard.
class SourcePartitionScan {
public:
    /// What the scan feeds, one partition at a time.
    class Sink {
    public:
        virtual ~Sink() = default;
        /// A tuple the filter accepts whose source lies in the partition being read.
        virtual void add(const FlowSegment &segment, const FlowTuple &tuple) = 0;
        /// The groups held since the last commit (the scan compares it with the limit).
        virtual size_t held() const = 0;
        /// The partition was read whole: fold its groups into the results and forget them.
        virtual void commit() = 0;
        /// The partition is being split: forget the groups added since the last commit.
        virtual void discard() = 0;
    };

    static constexpr size_t kDefaultLimit = size_t(1) << 18;
    static constexpr uint32_t kMaxModulus = 64;

    /// The hours [firstHour, endHour), restricted by `filter`.
    SourcePartitionScan(qint64 firstHour, qint64 endHour, const QueryFilter &filter);
    /// The most groups a partition may hold before it is split (tests lower it).
    void setLimit(size_t groups) { m_limit = groups ? groups : 1; }
    /// The limit of every scan made from now on (kDefaultLimit until set): tests lower it to make
    /// the queries built on this split their partitions on small workspaces.
    static void setDefaultLimit(size_t groups);
    Status run(SqliteDatabase &db, Sink &sink);
    /// How many reads of the segments the last run() made (tests check the splitting).
    int reads() const { return m_reads; }

    /// The source's place in the hash order that decides its partition: `residue` of `modulus`
    /// (a power of two) holds the sources with sourceHash(src) % modulus == residue.
    static uint64_t sourceHash(const uint8_t src[16]);

private:
    qint64 m_firstHour;
    qint64 m_endHour;
    QueryFilter m_filter;
    size_t m_limit;
    int m_reads = 0;
};

} // namespace teiten
