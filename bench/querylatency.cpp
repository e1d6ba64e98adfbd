// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: times what `teiten rank` and `teiten series` ask of a workspace, without opening it
// (no integrity check) and without process start, stored summaries against the live computation.
//   teiten_query_latency W.db 2013Q3 [RUNS]
#include <algorithm>
#include <cstdio>
#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "scannercatalog.h"
#include "workspace.h"

using namespace teiten;

namespace {

/// Median wall time of `runs` calls, in milliseconds.
double medianMs(int runs, const std::function<bool()> &call)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!call())
            return -1;
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: teiten_query_latency W.db PERIOD [RUNS]\n");
        return 64;
    }
    auto ws = Workspace::open(args[1], Workspace::Mode::ReadOnly);
    const auto period = Period::parse(args[2]);
    if (!ws || !period) {
        std::fprintf(stderr, "%s\n", ws ? "invalid period" : qPrintable(ws.error().message));
        return 66;
    }
    const int runs = args.size() > 3 ? std::max(1, args[3].toInt()) : 5;
    const auto active = ScannerCatalog::active();
    const ScannerCatalog &scanners = active ? *active : ScannerCatalog::builtIn();
    for (const Dimension dim : {Dimension::Service, Dimension::Region}) {
        const char *by = dim == Dimension::Service ? "port" : "region";
        // What each way answered, to check they agree row for row.
        QStringList answer[2];
        auto rank = [&](bool live) {
            auto r = live ? (*ws)->rankingLive(dim, *period, {}, true, &scanners, 10)
                          : (*ws)->ranking(dim, *period, {}, true, &scanners, 10);
            QStringList &rows = answer[live ? 1 : 0];
            rows.clear();
            for (int i = 0; r && i < r->rows.size(); ++i) {
                const RankRow &x = r->rows[i];
                QString row = QStringLiteral("%1 %2 %3 %4 %5").arg(x.key).arg(x.packets).arg(x.sources).arg(x.previousRank).arg(x.previousPackets);
                for (const ScannerClassShare &c : x.scannerShares)
                    row += QStringLiteral(" %1:%2:%3").arg(c.scannerClass).arg(c.packets).arg(c.sources);
                rows << row;
            }
            if (r)
                rows << QStringLiteral("%1 %2 %3").arg(r->totalPackets).arg(r->totalSources).arg(r->previousTotalPackets);
            return bool(r);
        };
        auto series = [&](bool live) {
            // As `teiten series`: the ranking (without previous period) for the top keys, then their series.
            auto r = live ? (*ws)->rankingLive(dim, *period, {}, false, nullptr, 0) : (*ws)->ranking(dim, *period, {}, false);
            if (!r)
                return false;
            QStringList keys;
            for (int i = 0; i < r->rows.size() && i < 10; ++i)
                keys << r->rows[i].key;
            auto s = live ? (*ws)->seriesLive(dim, *period, {}, keys, Bucket::Day)
                          : (*ws)->series(dim, *period, {}, keys, Bucket::Day);
            return bool(s);
        };
        const double stored = medianMs(runs, [&] { return rank(false); });
        const double storedSeries = medianMs(runs, [&] { return series(false); });
        const double live = medianMs(1, [&] { return rank(true); });
        const double liveSeries = medianMs(1, [&] { return series(true); });
        std::printf("%s by %s: rank %.1f ms, series %.1f ms (median of %d); computed live: rank %.0f ms, series %.0f ms; "
                    "%lld rows, %s\n",
                    qPrintable(period->text()), by, stored, storedSeries, runs, live, liveSeries, qint64(answer[0].size() - 1),
                    answer[0] == answer[1] ? "identical" : "DIFFERENT");
    }
    return 0;
}
