// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>

namespace teiten::test {

/// A mount made for one test and undone by the destructor: a size-limited tmpfs (disk full) or a
/// read-only bind mount of a file or folder (read-only even for root, whom file modes do not stop).
/// Needs root; the factories return null and say why otherwise, so the caller can QSKIP.
class ScratchMount {
public:
    ~ScratchMount();
    ScratchMount(const ScratchMount &) = delete;
    ScratchMount &operator=(const ScratchMount &) = delete;

    /// Mounts a tmpfs of `bytes` on the (existing, empty) folder `dir`.
    static std::unique_ptr<ScratchMount> tmpfs(const QString &dir, qint64 bytes, QString *why);
    /// Makes `path` (file or folder) read-only in place.
    static std::unique_ptr<ScratchMount> readOnly(const QString &path, QString *why);
    const QString &path() const { return m_path; }

private:
    explicit ScratchMount(QString path) : m_path(std::move(path)) {}
    QString m_path;
};

} // namespace teiten::test
