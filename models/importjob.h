// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QVector>

#include "result.h"

namespace teiten {

/// What the analyst asked to import.
struct ImportParams {
    QString workspacePath;
    QStringList paths;          ///< files or folders (recursive); folder layout <root>/<sensor>/*.pcap*
    QString sensor;             ///< force this sensor for every file (empty: folder layout / addresses)
    QString geoipPath;          ///< country database (empty: the workspace's setting, else none → ZZ)
    QString sensorsCsv;         ///< sensors.csv (empty: <root>/sensors.csv when present)
    bool force = false;         ///< re-import files whose content is already stored
    bool verify = false;        ///< full integrity check on open even if the workspace is stamped unchanged
};

/// Progress of a running import (reported on the worker thread).
struct ImportProgress {
    int filesDone = 0;
    int filesTotal = 0;
    QString currentFile;
    qint64 packets = 0;         ///< IP packets read so far in this import (the file being written included)
    qint64 bytesDone = 0;       ///< capture bytes read, skipped or refused so far (on disk)
    qint64 bytesTotal = 0;
    qint64 elapsedMs = 0;
    /// Every file is done; the quarters' stored rankings and series are being rebuilt (a minute at
    /// 20 M packets, with no byte count to show for it).
    bool summarizing = false;
};

/// Outcome of one input file.
struct ImportFileOutcome {
    enum class Status { Imported, Partial, Skipped, Failed, Cancelled };
    QString path;
    QString sensor;
    Status status = Status::Failed;
    qint64 packets = 0;
    qint64 nonIp = 0;
    qint64 malformed = 0;
    QString message;            ///< why it is partial/skipped/failed; names the file
};

struct ImportReport {
    QVector<ImportFileOutcome> files;
    qint64 packets = 0;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false;
    QString fatalError;         ///< the workspace itself could not be opened/written
    bool anyInputFailed() const;
};

/// Imports capture files into a workspace: one SQLite transaction per file (all of a file or none
/// of it), idempotent by content hash, aggregating packets into flow tuples and hourly roll-ups in
/// memory (bounded) before writing. Runs on the calling thread, which owns the workspace and
/// writes; the files are hashed and looked up ahead on a second thread (ImportPlanner) and read,
/// decoded and aggregated on a third (FlowBatchProducer), so the next file is read while this one
/// is written. The GUI runs it
/// through QtConcurrent, the CLI directly. `cancel` is polled; a cancelled file is rolled back.
class ImportJob {
    Q_DECLARE_TR_FUNCTIONS(ImportJob)
public:
    using ProgressFn = std::function<void(const ImportProgress &)>;
    explicit ImportJob(ImportParams params);
    ImportReport run(const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);

    /// Files an import of `paths` would read, in order, with the sensor each is assigned to by the
    /// folder layout (empty when none). Files given by name are all kept; in a folder, a file is kept
    /// when it starts like a capture or is named like one (the reader then says what is wrong).
    struct Input { QString path; QString sensor; qint64 size = 0; };
    static QVector<Input> expandPaths(const QStringList &paths, QStringList *errors);
    /// Name patterns of capture files ("*.pcap", "*.pcapng.gz", …), for folder scans and file dialogs.
    static QStringList captureNamePatterns();
    /// The country database used when none is given: $TEITEN_GEOIP, else <app data>/country.mmdb
    /// (where the set-up script puts the NRO-derived database), else /usr/share/teiten/country.mmdb.
    static QString defaultCountryDatabase();

private:
    ImportParams m_params;
};

} // namespace teiten
