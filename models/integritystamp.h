// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

namespace teiten {

/// What a workspace file looked like when it last passed SQLite's integrity check: device, inode,
/// size, modification and status-change times in nanoseconds, and the 100-byte SQLite header, taken
/// while no write-ahead or rollback journal holds pages that are not in the file yet. Stamps are
/// kept in Teiten's cache folder (<cache>/teiten/verified/, one file per workspace named by the
/// SHA-256 of its canonical path), never beside or inside the workspace, so copying, moving or
/// sharing a workspace never carries a stamp along. A workspace whose stamp matches exactly has not
/// been written through the file system since it was verified (docs/RELIABILITY.md, "Integrity
/// check on open"). No shared state: usable from any thread.
class IntegrityStamp {
public:
    /// The file's state now, or nullopt when it cannot be stamped: it cannot be read, or its
    /// write-ahead log (-wal) or rollback journal (-journal) is not empty.
    static std::optional<IntegrityStamp> of(const QString &path);
    /// True when this file's recorded stamp exists and equals this state exactly.
    bool isRecorded() const;
    /// Records this state as verified. Returns false (nothing recorded) when the stamp cannot be
    /// written, or when the file changed so recently that a later write could carry the same
    /// times (see the .cpp); the next open then simply checks again.
    bool record() const;
    /// Removes the recorded stamp of `path`, if there is one.
    static void forget(const QString &path);
    /// The folder the stamps are kept in (created on the first record).
    static QString folder();

    bool operator==(const IntegrityStamp &other) const { return text() == other.text(); }
    bool operator!=(const IntegrityStamp &other) const { return !(*this == other); }

private:
    IntegrityStamp() = default;
    static QString stampPathFor(const QString &canonicalPath);
    QByteArray text() const; ///< the stamp file's exact content
    QString m_canonicalPath;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    qint64 m_size = 0;
    qint64 m_mtimeNs = 0;
    qint64 m_ctimeNs = 0;
    QByteArray m_header;
};

} // namespace teiten
