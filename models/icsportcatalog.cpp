// SPDX-License-Identifier: GPL-3.0-or-later
#include "icsportcatalog.h"

#include <QFile>
#include <QList>

namespace teiten {

const IcsPortCatalog &IcsPortCatalog::builtIn()
{
    static const IcsPortCatalog catalog = [] {
        QFile f(QStringLiteral(":/data/ics-ports.tsv"));
        if (!f.open(QIODevice::ReadOnly))
            return IcsPortCatalog{};
        auto c = parse(f.readAll(), f.fileName());
        return c ? *c : IcsPortCatalog{};
    }();
    return catalog;
}

Result<IcsPortCatalog> IcsPortCatalog::parse(const QByteArray &tsv, const QString &origin)
{
    IcsPortCatalog c;
    bool header = true;
    int lineNo = 0;
    for (const QByteArray &raw : tsv.split('\n')) {
        ++lineNo;
        if (raw.trimmed().isEmpty() || raw.startsWith('#'))
            continue;
        if (header) {
            header = false;
            continue;
        }
        const QList<QByteArray> f = raw.split('\t');
        const auto proto = ServiceKey::protocolFromName(QString::fromUtf8(f.value(0)));
        bool ok1 = false, ok2 = false;
        IcsPortEntry e;
        e.first = f.value(1).toInt(&ok1);
        e.last = f.value(2).toInt(&ok2);
        if (f.size() < 7 || !proto || !ok1 || !ok2 || e.first > e.last) {
            return Error{Error::Code::BadFormat,
                         tr("%1, line %2: expected transport, port range, protocol, vendor, source, generic")
                             .arg(origin)
                             .arg(lineNo)};
        }
        e.proto = *proto;
        e.protocol = QString::fromUtf8(f[3]);
        e.vendor = QString::fromUtf8(f[4]);
        e.source = QString::fromUtf8(f[5]);
        e.generic = f[6].trimmed() == "1";
        c.m_entries.push_back(e);
    }
    return c;
}

bool IcsPortCatalog::isIcs(const ServiceKey &s) const
{
    for (const IcsPortEntry &e : m_entries) {
        if (!e.generic && e.proto == s.proto && s.port >= e.first && s.port <= e.last)
            return true;
    }
    return false;
}

QStringList IcsPortCatalog::protocolsFor(const ServiceKey &s) const
{
    QStringList out, generic;
    for (const IcsPortEntry &e : m_entries) {
        if (e.proto != s.proto || s.port < e.first || s.port > e.last)
            continue;
        const QString name = e.vendor.isEmpty() || e.protocol.startsWith(e.vendor)
            ? e.protocol
            : e.vendor + QLatin1Char(' ') + e.protocol;
        QStringList &list = e.generic ? generic : out;
        if (!list.contains(name))
            list << name;
    }
    for (const QString &g : generic) {
        if (!out.contains(g))
            out << g;
    }
    return out;
}

QStringList IcsPortCatalog::sourcesFor(const ServiceKey &s) const
{
    QStringList out;
    for (const IcsPortEntry &e : m_entries) {
        if (e.proto == s.proto && s.port >= e.first && s.port <= e.last && !out.contains(e.source))
            out << e.source;
    }
    return out;
}

QString IcsPortCatalog::sourceTitle(const QString &id)
{
    if (id == QLatin1String("digitalbond-iti"))
        return QStringLiteral("Digital Bond Control System Port List via ITI ICS-Security-Tools "
                              "<https://github.com/ITI/ICS-Security-Tools/blob/master/protocols/PORTS.md>");
    if (id == QLatin1String("malcolm"))
        return QStringLiteral("Malcolm guess_ics_map.txt, CISA / Idaho National Laboratory "
                              "<https://github.com/cisagov/Malcolm/blob/main/zeek/config/guess_ics_map.txt>");
    return id;
}

} // namespace teiten
