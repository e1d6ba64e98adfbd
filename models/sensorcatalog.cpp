// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensorcatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace teiten {

namespace {

// Splits one CSV record starting at `pos`; advances `pos` past the record's line end.
// Returns false on an unterminated quote.
bool nextRecord(const QByteArray &d, qsizetype &pos, QStringList &fields, int &line)
{
    fields.clear();
    QByteArray cur;
    bool quoted = false;
    while (pos < d.size()) {
        const char c = d[pos];
        if (quoted) {
            if (c == '"') {
                if (pos + 1 < d.size() && d[pos + 1] == '"') {
                    cur += '"';
                    pos += 2;
                    continue;
                }
                quoted = false;
                ++pos;
                continue;
            }
            if (c == '\n')
                ++line;
            cur += c;
            ++pos;
            continue;
        }
        if (c == '"' && cur.isEmpty()) {
            quoted = true;
            ++pos;
            continue;
        }
        if (c == ',') {
            fields << QString::fromUtf8(cur).trimmed();
            cur.clear();
            ++pos;
            continue;
        }
        if (c == '\r') {
            ++pos;
            continue;
        }
        if (c == '\n') {
            ++pos;
            ++line;
            fields << QString::fromUtf8(cur).trimmed();
            return true;
        }
        cur += c;
        ++pos;
    }
    if (quoted)
        return false;
    fields << QString::fromUtf8(cur).trimmed();
    return true;
}

} // namespace

bool SensorCatalog::isValidSensorName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name)
        if (!c.isPrint() || c == QLatin1Char('/') || c == QLatin1Char(',') || c == QLatin1Char('\\'))
            return false;
    return true;
}

Result<QVector<SensorEntry>> SensorCatalog::parse(const QByteArray &data, const QString &fileName)
{
    QVector<SensorEntry> out;
    qsizetype pos = 0;
    int line = 1;
    QStringList f;
    bool first = true;
    while (pos < data.size()) {
        const int startLine = line;
        if (!nextRecord(data, pos, f, line))
            return Error{Error::Code::BadFormat, tr("%1:%2: unterminated quoted field").arg(fileName).arg(startLine)};
        if (f.size() == 1 && f[0].isEmpty())
            continue; // blank line
        if (f[0].startsWith(QLatin1Char('#')))
            continue;
        if (first) {
            first = false;
            if (f[0].compare(QLatin1String("sensor"), Qt::CaseInsensitive) == 0)
                continue;
        }
        if (f.size() < 2 || f.size() > 4)
            return Error{Error::Code::BadFormat,
                         tr("%1:%2: expected sensor,address_or_prefix[,region[,label]] but found %3 fields")
                             .arg(fileName)
                             .arg(startLine)
                             .arg(f.size())};
        SensorEntry e;
        e.sensor = f[0];
        if (!isValidSensorName(e.sensor))
            return Error{Error::Code::BadFormat, tr("%1:%2: invalid sensor name '%3'").arg(fileName).arg(startLine).arg(e.sensor.left(80))};
        const auto p = IpPrefix::parse(f[1]);
        if (!p)
            return Error{Error::Code::BadFormat,
                         tr("%1:%2: '%3' is not an address or prefix").arg(fileName).arg(startLine).arg(f[1].left(80))};
        e.prefix = *p;
        e.prefixText = p->length == (p->address.isV4() ? 32 : 128) ? p->address.toString() : p->toString();
        if (f.size() > 2) {
            e.region = f[2].toUpper();
            if (!e.region.isEmpty() && (e.region.size() != 2 || !e.region[0].isLetter() || !e.region[1].isLetter()))
                return Error{Error::Code::BadFormat,
                             tr("%1:%2: region '%3' is not a two-letter ISO code").arg(fileName).arg(startLine).arg(f[2].left(80))};
        }
        if (f.size() > 3)
            e.label = f[3].left(200);
        out.push_back(e);
        if (out.size() > MaxRows)
            return Error{Error::Code::BadFormat, tr("%1: more than %2 rows").arg(fileName).arg(MaxRows)};
    }
    return out;
}

Result<QVector<SensorEntry>> SensorCatalog::load(const QString &path)
{
    QFile f(path);
    if (!QFileInfo::exists(path))
        return Error{Error::Code::NotFound, tr("%1: no such file").arg(path)};
    if (!f.open(QIODevice::ReadOnly))
        return Error{Error::Code::Unreadable, tr("%1: cannot read: %2").arg(path, f.errorString())};
    if (f.size() > 64 * 1024 * 1024)
        return Error{Error::Code::BadFormat, tr("%1: too large for a sensor list").arg(path)};
    return parse(f.readAll(), path);
}

} // namespace teiten
