// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: pages through a slice's flow tuples the way the drill-down's flows table does
// (Workspace::flows, 500 a page, keyset cursor) and times the first page, the whole walk and
// Workspace::flowCount. With --dump every flow is printed, one line each, for comparing two
// binaries' answers on the same captures (docs/PERFORMANCE.md, "Packed flow segments").
//   teiten_flow_pages W.db PERIOD [--service 445/TCP] [--region CN] [--source PREFIX] [--dump]
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "workspace.h"

using namespace teiten;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: teiten_flow_pages W.db PERIOD [--service S] [--region R] [--source P] [--dump]\n");
        return 64;
    }
    auto ws = Workspace::open(args[1], Workspace::Mode::ReadOnly);
    const auto period = Period::parse(args[2]);
    if (!ws || !period) {
        std::fprintf(stderr, "%s\n", ws ? "invalid period" : qPrintable(ws.error().message));
        return 66;
    }
    QueryFilter filter;
    bool dump = false;
    for (int i = 3; i < args.size(); ++i) {
        const QString value = i + 1 < args.size() ? args[i + 1] : QString();
        if (args[i] == QLatin1String("--dump")) {
            dump = true;
        } else if (args[i] == QLatin1String("--service")) {
            filter.service = ServiceKey::parse(value);
            ++i;
        } else if (args[i] == QLatin1String("--region")) {
            filter.region = value;
            ++i;
        } else if (args[i] == QLatin1String("--source")) {
            filter.sourcePrefix = IpPrefix::parse(value);
            ++i;
        } else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(args[i]));
            return 64;
        }
    }
    constexpr int kPage = 500;
    QElapsedTimer t;
    t.start();
    std::optional<FlowCursor> after;
    qint64 rows = 0, pages = 0, firstPageNs = -1;
    for (;;) {
        auto page = (*ws)->flows(*period, filter, after, kPage);
        if (!page) {
            std::fprintf(stderr, "%s\n", qPrintable(page.error().message));
            return 1;
        }
        if (firstPageNs < 0)
            firstPageNs = t.nsecsElapsed();
        ++pages;
        rows += page->size();
        for (const FlowRow &f : *page) {
            if (dump)
                std::printf("%lld\t%lld\t%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%lld\t%d\t%lld\t%s\t%lld\t%s\t%s\t%d\t%s\n",
                            f.firstUs, f.lastUs, qPrintable(f.sensor), qPrintable(f.src.toString()),
                            qPrintable(f.dst.toString()), f.proto, f.service.port, f.srcPort, f.firstSrcPort, f.dstPort,
                            f.ttl, f.tcpFlags, f.ipLength, f.firstSeq, f.firstIpId, f.packets, qPrintable(f.region),
                            f.fileOffset, qPrintable(f.payload.kind), qPrintable(f.payload.qname), f.payload.qtype,
                            qPrintable(f.payload.detail));
        }
        if (page->size() < kPage)
            break;
        after = FlowCursor{page->last().firstUs, page->last().id};
    }
    const qint64 walkNs = t.nsecsElapsed();
    t.restart();
    auto count = (*ws)->flowCount(*period, filter);
    const qint64 countNs = t.nsecsElapsed();
    if (!count) {
        std::fprintf(stderr, "%s\n", qPrintable(count.error().message));
        return 1;
    }
    std::fprintf(stderr, "flows %lld in %lld pages; first page %.1f ms, all pages %.1f ms; flowCount %lld in %.1f ms\n", rows,
                 pages, double(firstPageNs) / 1e6, double(walkNs) / 1e6, *count, double(countNs) / 1e6);
    return rows == *count ? 0 : 1;
}
