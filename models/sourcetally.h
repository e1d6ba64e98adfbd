// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <optional>
#include <unordered_set>

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include "result.h"
#include "workspacetypes.h"

namespace teiten {

class ScannerCatalog;
class SqliteDatabase;

/// Distinct sources and scanner classes of a slice from the slice's flow tuples (FlowSegmentScan):
/// per key of either dimension the number of distinct sources, the distinct sources of the whole
/// slice, and, for the keys asked, packets and sources by scanner class (ScannerShareQuery::classOf
/// of each (key, source) with its fingerprint bits AND-ed over the slice). The results equal plain
/// distinct counts over the slice's stored tuples (tst_periodsummarystore checks it). Services are counted in hash partitions, one read of the
/// segments each, holding at most kMaxPairs (service, source) pairs per reader; memory also grows
/// with the distinct sources of the slice (about 100 bytes each). Runs on the thread owning the
/// database, and a second reader on a thread and connection of its own.
class SourceTally {
    Q_DECLARE_TR_FUNCTIONS(SourceTally)
public:
    /// The hours overlapping [startUs, endUs), restricted by `filter`.
    SourceTally(qint64 startUs, qint64 endUs, const QueryFilter &filter);
    /// Distinct sources per key of `dim` are wanted (both dimensions may be asked in one pass).
    void countBy(Dimension dim);
    /// Classes by scanner class are wanted for these keys of `dim` (nullopt: every key).
    void classify(Dimension dim, const ScannerCatalog &catalog, std::optional<QSet<QString>> keys);
    /// Only these services' tuples are read (a ranking passes every service of its slice, which
    /// changes nothing but skips hashing the others'). A pass asked only for the classes of named
    /// services (classify(Service, …, keys)) restricts itself to those; its totalSources() then
    /// counts their sources only.
    void seekServices(QVector<ServiceKey> services);
    /// How many connections read the partitions in parallel (default 2; 1 reads them in turn): a
    /// second connection to the same file, with the same stop flag, on a thread of its own. Each
    /// reader holds its own pairs, so the import's summary build, whose memory is bounded, keeps one.
    void setReaders(int readers);
    /// The most (service, source) pairs a reader holds before the services are split into more
    /// partitions (default kMaxPairs; tests lower it to exercise the split).
    void setPairLimit(size_t pairs) { m_maxPairs = std::max<size_t>(pairs, 1); }
    Status run(SqliteDatabase &db);

    qint64 totalSources() const { return m_totalSources; }
    /// Distinct sources of every key of `dim` (countBy) that has any.
    const QHash<QString, qint64> &sources(Dimension dim) const { return part(dim).sources; }
    /// Shares by class of the classified keys of `dim`, busiest class first (as ScannerShareQuery::sharesOf).
    const QHash<QString, QVector<ScannerClassShare>> &classes(Dimension dim) const { return part(dim).classes; }

private:
    struct Part {
        bool count = false;
        bool classify = false;
        std::optional<QSet<QString>> classifyKeys;
        QHash<QString, qint64> sources;
        QHash<QString, QVector<ScannerClassShare>> classes;
    };
    struct Pass;
    Part &part(Dimension dim) { return dim == Dimension::Service ? m_service : m_region; }
    const Part &part(Dimension dim) const { return dim == Dimension::Service ? m_service : m_region; }
    qint64 m_startUs;
    qint64 m_endUs;
    QueryFilter m_filter;
    /// (service, source) pairs one partition may hold (about 80 bytes each) before the pass starts
    /// again with twice the partitions; and the most partitions it tries (each is one read).
    static constexpr size_t kMaxPairs = size_t(1) << 18;
    static constexpr int kMaxPartitions = 64;
    std::optional<QVector<ServiceKey>> m_services;
    std::optional<std::unordered_set<qint64>> m_serviceSet;
    const ScannerCatalog *m_catalog = nullptr;
    int m_readers = 2;
    size_t m_maxPairs = kMaxPairs;
    Part m_service;
    Part m_region;
    qint64 m_totalSources = 0;
};

} // namespace teiten
