// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

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

/// Distinct sources and scanner classes of a slice from ONE pass over the per-source hourly
/// roll-ups (source_hour): per key of either dimension the number of distinct sources, the
/// distinct sources of the whole slice, and, for the keys asked, packets and sources by scanner
/// class (ScannerShareQuery::classOf of each (key, source) with its fingerprint bits AND-ed over
/// the slice). The results equal COUNT(DISTINCT src) and the GROUP BY key, src of the queries it
/// replaces, which each read the same rows again. Memory grows with the distinct sources of the
/// slice and of its busiest service (about 100 bytes each), for each reader (setReaders). Runs on
/// the thread owning the database, and a second reader on a thread and connection of its own.
class SourceTally {
    Q_DECLARE_TR_FUNCTIONS(SourceTally)
public:
    /// The hours overlapping [startUs, endUs), restricted by `filter`.
    SourceTally(qint64 startUs, qint64 endUs, const QueryFilter &filter);
    /// Distinct sources per key of `dim` are wanted (both dimensions may be asked in one pass).
    void countBy(Dimension dim);
    /// Classes by scanner class are wanted for these keys of `dim` (nullopt: every key).
    void classify(Dimension dim, const ScannerCatalog &catalog, std::optional<QSet<QString>> keys);
    /// The services that have rows in the slice, all of them (a ranking reads them from the roll-ups):
    /// each is then read by a seek on the table's (proto, port, hour) key. Otherwise the pass scans
    /// the whole table, every quarter of it, for the slice's hours: six times the rows a month needs.
    /// A pass asked only for the classes of named services (classify(Service, …, keys)) seeks those
    /// by itself; its totalSources() then counts their sources only.
    void seekServices(QVector<ServiceKey> services);
    /// How many connections read the services in parallel (default 2; 1 reads them in turn).
    /// Only a pass with seekServices() uses more than one: a second connection to the same file,
    /// with the same stop flag, on a thread of its own.
    void setReaders(int readers);
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
    std::optional<QVector<ServiceKey>> m_services;
    const ScannerCatalog *m_catalog = nullptr;
    int m_readers = 2;
    Part m_service;
    Part m_region;
    qint64 m_totalSources = 0;
};

} // namespace teiten
