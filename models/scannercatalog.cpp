// SPDX-License-Identifier: GPL-3.0-or-later
#include "scannercatalog.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace teiten {

namespace {

/// Splits one CSV record (RFC 4180 quoting) into fields.
QStringList csvFields(const QString &line)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                cur += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur;
    return out;
}

} // namespace

const ScannerCatalog &ScannerCatalog::builtIn()
{
    static const ScannerCatalog catalog = [] {
        auto c = load(QStringLiteral(":/data/known-scanners.csv"));
        return c ? *c : ScannerCatalog{};
    }();
    return catalog;
}

Result<ScannerCatalog> ScannerCatalog::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{QFileInfo::exists(path) ? Error::Code::Unreadable : Error::Code::NotFound,
                     tr("%1: cannot read the scanner list: %2").arg(path, f.errorString())};
    }
    return parse(f.readAll(), path);
}

Result<ScannerCatalog> ScannerCatalog::active(const QString &path)
{
    if (!path.isEmpty())
        return load(path);
    const QString user = userPath();
    if (!user.isEmpty() && QFileInfo::exists(user))
        return load(user);
    return builtIn();
}

QString ScannerCatalog::userPath()
{
    const QString env = qEnvironmentVariable("TEITEN_SCANNERS");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/known-scanners.csv");
}

Result<ScannerCatalog> ScannerCatalog::parse(const QByteArray &csv, const QString &origin)
{
    ScannerCatalog c;
    c.m_origin = origin;
    bool header = true;
    int lineNo = 0;
    for (const QByteArray &raw : csv.split('\n')) {
        ++lineNo;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = csvFields(line);
        if (header) {
            header = false;
            if (f.value(0) == QLatin1String("scanner"))
                continue;
        }
        if (f.size() < 3) {
            return Error{Error::Code::BadFormat,
                         tr("%1, line %2: expected at least scanner, address_or_prefix and kind").arg(origin).arg(lineNo)};
        }
        const auto prefix = IpPrefix::parse(f[1].trimmed());
        if (!prefix) {
            return Error{Error::Code::BadFormat,
                         tr("%1, line %2: \"%3\" is not an address or prefix").arg(origin).arg(lineNo).arg(f[1])};
        }
        ScannerEntry e;
        e.first = prefix->first();
        e.last = prefix->last();
        e.scanner = f[0].trimmed();
        e.kind = f[2].trimmed();
        e.text = f[1].trimmed();
        e.note = f.value(3).trimmed();
        e.source = f.value(4).trimmed();
        e.recorded = f.value(5).trimmed();
        e.valid = f.value(6).trimmed();
        c.m_entries.push_back(e);
    }
    std::sort(c.m_entries.begin(), c.m_entries.end(),
              [](const ScannerEntry &a, const ScannerEntry &b) { return a.first < b.first; });
    return c;
}

QString ScannerCatalog::fingerprint() const
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const ScannerEntry &e : m_entries) {
        h.addData(e.first.blob());
        h.addData(e.last.blob());
        const QByteArray kind = e.kind.toUtf8();
        h.addData(QByteArray::number(kind.size()) + ':' + kind);
    }
    return QString::fromLatin1(h.result().toHex());
}

const ScannerEntry *ScannerCatalog::lookup(const IpAddress &address) const
{
    // Entries are few (tens to thousands) and may nest: scan those starting at or before the address.
    const auto end = std::upper_bound(m_entries.begin(), m_entries.end(), address,
                                      [](const IpAddress &a, const ScannerEntry &e) { return a < e.first; });
    const ScannerEntry *best = nullptr;
    for (auto it = m_entries.begin(); it != end; ++it) {
        if (address <= it->last && (!best || best->first < it->first))
            best = &*it;
    }
    return best;
}

} // namespace teiten
