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
/// distinct counts over the slice's stored tuples (tst_periodsummarystore checks it). Memory is
/// bounded whatever the slice: the sources are read in hash partitions (SourcePartitionScan), a
/// partition holding at most its limit of sources and (key, source) pairs, one read of the segments
/// each (one read in all unless the slice has more). Runs on the thread owning the database.
class SourceTally {
    Q_DECLARE_TR_FUNCTIONS(SourceTally)
public:
    /// The hours overlapping [startUs, endUs), restricted by `filter`.
    SourceTally(qint64 startUs, qint64 endUs, const QueryFilter &filter);
    /// Distinct sources per key of `dim` are wanted (both dimensions may be asked in one pass).
    void countBy(Dimension dim);
    /// Classes by scanner class are wanted for these keys of `dim` (nullopt: every key).
    void classify(Dimension dim, const ScannerCatalog &catalog, std::optional<QSet<QString>> keys);
    /// Counts only these services' tuples. A pass asked only for the classes of named services
    /// (classify(Service, …, keys)) restricts itself to those; its totalSources() then counts their
    /// sources only.
    void restrictToServices(const QVector<ServiceKey> &services);
    /// The most sources and pairs a partition holds before it is split (default:
    /// SourcePartitionScan's; tests lower it to exercise the split).
    void setLimit(size_t entries) { m_limit = std::max<size_t>(entries, 1); }
    Status run(SqliteDatabase &db);

    qint64 totalSources() const { return m_totalSources; }
    /// Reads of the segments the last run() made (one unless its partitions were split).
    int reads() const { return m_reads; }
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
    class Sink;
    Part &part(Dimension dim) { return dim == Dimension::Service ? m_service : m_region; }
    const Part &part(Dimension dim) const { return dim == Dimension::Service ? m_service : m_region; }
    qint64 m_startUs;
    qint64 m_endUs;
    QueryFilter m_filter;
    std::optional<std::unordered_set<qint64>> m_serviceSet;
    const ScannerCatalog *m_catalog = nullptr;
    size_t m_limit = 0; ///< 0: SourcePartitionScan's default
    Part m_service;
    Part m_region;
    qint64 m_totalSources = 0;
    int m_reads = 0;
};

} // namespace teiten
