// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>

#include <QCoreApplication>
#include <QString>

#include "result.h"

namespace teiten {

/// Writes the bundled sample sensor network (`teiten demo`): 12 sensors, 2013-04-01..2013-09-30,
/// one capture per sensor per UTC day, with stationary darknet background (worm/scan mix,
/// heavy-tailed sources, ZMap/Masscan/Mirai fingerprints), a DNS-ANY amplification surge from
/// 2013-09-03, an ICS scan wave from 2013-08-15 (partly from public Shodan crawlers) and a DoS
/// backscatter episode in May. Output in `outDir`:
///   sensors/<sensor>/<YYYY-MM-DD>.pcap|.pcapng|.pcap.gz, sensors.csv,
///   geo/teiten-demo-country.mmdb (every generated source resolves to its intended region; a few
///   deliberately to none → ZZ), expected.json (the exact answer key), README.txt.
/// Deterministic: the same seed and scale give byte-identical files on every platform (own PRNG and
/// distributions). Scale multiplies packets linearly (1.0 ≈ 300,000 packets).
///
/// Threads: generate() blocks; it runs sensors on worker threads and calls `progress` (files done,
/// files total) on the calling thread only. `cancel` is polled between files.
class DemoNetworkGenerator {
    Q_DECLARE_TR_FUNCTIONS(teiten::DemoNetworkGenerator)
public:
    static constexpr const char *Version = "1.0.0";
    static constexpr const char *CountryDatabasePath = "geo/teiten-demo-country.mmdb";

    struct Params {
        QString outDir;
        double scale = 1.0;
        quint64 seed = 20130930;
        int threads = 0; ///< 0 = QThread::idealThreadCount()
    };
    struct Summary {
        qint64 packets = 0;
        qint64 files = 0;  ///< capture files
        qint64 bytes = 0;  ///< capture bytes on disk
        double seconds = 0;
    };
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static Result<Summary> generate(const Params &params, Progress progress = {},
                                    const std::atomic_bool *cancel = nullptr);
};

} // namespace teiten
