// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QVector>

#include "analysisqueries.h"
#include "eventtypes.h"
#include "result.h"
#include "workspacetypes.h"

namespace teiten {

class ScannerCatalog;
class Workspace;

/// Share of a slice's packets by scanner class — "41 % of 102/TCP from known search-engine
/// crawlers" — for rankings, drill-downs and events. A source's class is its known-scanner kind
/// when the catalogue lists it ("search-engine", "research", …), else its tool fingerprint ("zmap",
/// "masscan", "mirai"), else "other". Classified when the query runs, so an updated scanner list
/// applies to data imported before. Runs on the thread owning the Workspace.
class ScannerShareQuery {
    Q_DECLARE_TR_FUNCTIONS(ScannerShareQuery)
public:
    static Result<QVector<ScannerClassShare>> compute(Workspace &ws, qint64 startUs, qint64 endUs,
                                                      const QVector<QueryFilter> &filters, const ScannerCatalog &catalog);
    static Result<QVector<ScannerClassShare>> compute(Workspace &ws, const Period &period, const QueryFilter &filter,
                                                      const ScannerCatalog &catalog);
    /// Fills `scannerShares` of the first `maxRows` rows of `ranking` (all when ≤ 0): from the
    /// quarter's stored summary when it was built with the same list, else from one pass over the
    /// per-source hourly roll-ups (SourceTally): no packet is read again.
    static Status annotate(const Workspace &ws, Ranking &ranking, const QueryFilter &filter, const ScannerCatalog &catalog,
                           int maxRows = 0);
    /// Shares by class of packets from the (source, packets, fingerprints) rows of one slice.
    static QVector<ScannerClassShare> sharesOf(const QVector<SourcePackets> &rows, const ScannerCatalog &catalog);
    /// `classes` (packets and sources per class of one slice) with their shares, busiest first.
    static QVector<ScannerClassShare> finishShares(QVector<ScannerClassShare> classes);
    /// The identified classes (every class but "other") with at least `minShare`, busiest first.
    static QVector<ScannerClassShare> identified(const QVector<ScannerClassShare> &shares, double minShare = 0);
    /// Share of packets from identified scanners (every class but "other").
    static double identifiedShare(const QVector<ScannerClassShare> &shares);
    /// "crawlers 41.2 %, ZMap 3.0 %": the identified classes with at least 0.1 %, at most `limit`;
    /// empty when none.
    static QString summary(const QVector<ScannerClassShare> &shares, const QLocale &locale, int limit = 2);
    /// "41.2 % of 102/TCP from known search-engine crawlers" for each identified class, one a line.
    static QString explanation(const QVector<ScannerClassShare> &shares, const QString &key, const QLocale &locale);
    /// The class of one source.
    static QString classOf(const IpAddress &address, int fingerprints, const ScannerCatalog &catalog);
    /// Translated name of a class ("known search-engine crawlers", "ZMap", …).
    static QString classLabel(const QString &scannerClass);
    /// Translated short name of a class for table cells ("crawlers", "ZMap", …).
    static QString shortLabel(const QString &scannerClass);
};

} // namespace teiten
