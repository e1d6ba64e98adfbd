// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritystamp.h"

#include <sys/stat.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace teiten {

namespace {

constexpr qint64 kNsPerSecond = 1'000'000'000;

qint64 nanoseconds(const struct timespec &t)
{
    return qint64(t.tv_sec) * kNsPerSecond + t.tv_nsec;
}

bool journalHoldsPages(const QString &path)
{
    for (const char *suffix : {"-wal", "-journal"}) {
        const QFileInfo j(path + QLatin1String(suffix));
        if (j.exists() && j.size() > 0)
            return true;
    }
    return false;
}

} // namespace

std::optional<IntegrityStamp> IntegrityStamp::of(const QString &path)
{
    IntegrityStamp s;
    s.m_canonicalPath = QFileInfo(path).canonicalFilePath();
    if (s.m_canonicalPath.isEmpty() || journalHoldsPages(s.m_canonicalPath))
        return std::nullopt;
    QFile f(s.m_canonicalPath);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    struct stat st {};
    if (::fstat(f.handle(), &st) != 0 || !S_ISREG(st.st_mode))
        return std::nullopt;
    s.m_header = f.read(100);
    if (s.m_header.size() != 100)
        return std::nullopt;
    s.m_device = quint64(st.st_dev);
    s.m_inode = quint64(st.st_ino);
    s.m_size = qint64(st.st_size);
    s.m_mtimeNs = nanoseconds(st.st_mtim);
    s.m_ctimeNs = nanoseconds(st.st_ctim);
    return s;
}

QString IntegrityStamp::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/teiten/verified");
}

QString IntegrityStamp::stampPathFor(const QString &canonicalPath)
{
    const QByteArray key = QCryptographicHash::hash(canonicalPath.toUtf8(), QCryptographicHash::Sha256).toHex();
    return folder() + QLatin1Char('/') + QString::fromLatin1(key);
}

QByteArray IntegrityStamp::text() const
{
    // The whole state in one canonical text: a recorded stamp matches only if equal byte for byte,
    // so reading it needs no parser, and anything damaged, older or foreign simply does not match.
    return QByteArray("teiten-integrity-stamp 1\n") + "path " + m_canonicalPath.toUtf8() + '\n'
        + "device " + QByteArray::number(m_device) + '\n' + "inode " + QByteArray::number(m_inode) + '\n'
        + "size " + QByteArray::number(m_size) + '\n' + "mtime_ns " + QByteArray::number(m_mtimeNs) + '\n'
        + "ctime_ns " + QByteArray::number(m_ctimeNs) + '\n' + "header " + m_header.toHex() + '\n';
}

bool IntegrityStamp::isRecorded() const
{
    QFile f(stampPathFor(m_canonicalPath));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray expected = text();
    return f.read(expected.size() + 1) == expected;
}

bool IntegrityStamp::record() const
{
    // File times come from the kernel's coarse clock (one tick, 1–4 ms on Linux; whole seconds or
    // two on some file systems). A write landing in the same tick as the stamped state's last change
    // could leave size and both times equal, so a stamp is recorded only once the clock has moved
    // clearly past that change: every later write then gets a later ctime (which, unlike mtime,
    // no program can set back). Fine-grained times: wait out the last 20 ms at most. Whole-second
    // times (no sub-second part): record only a state at least 2 s old.
    struct timespec nowTs {};
    ::clock_gettime(CLOCK_REALTIME, &nowTs);
    const qint64 lastChange = std::max(m_mtimeNs, m_ctimeNs);
    const bool coarse = m_mtimeNs % kNsPerSecond == 0 && m_ctimeNs % kNsPerSecond == 0;
    const qint64 margin = coarse ? 2 * kNsPerSecond : 20'000'000;
    const qint64 age = nanoseconds(nowTs) - lastChange;
    if (age < margin) {
        if (coarse)
            return false;
        std::this_thread::sleep_for(std::chrono::nanoseconds(margin - std::max<qint64>(age, 0)));
        const auto again = of(m_canonicalPath); // it must not have changed meanwhile
        if (!again || *again != *this)
            return false;
    }
    if (!QDir().mkpath(folder()))
        return false;
    QSaveFile out(stampPathFor(m_canonicalPath));
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(text());
    return out.commit();
}

void IntegrityStamp::forget(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (!canonical.isEmpty())
        QFile::remove(stampPathFor(canonical));
}

} // namespace teiten
