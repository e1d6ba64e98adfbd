// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QVector>

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
    /// The class of one source.
    static QString classOf(const IpAddress &address, int fingerprints, const ScannerCatalog &catalog);
    /// Translated name of a class ("known search-engine crawlers", "ZMap", …).
    static QString classLabel(const QString &scannerClass);
};

} // namespace teiten
