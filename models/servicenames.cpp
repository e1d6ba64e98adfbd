// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicenames.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServiceNames, "teiten.services")

namespace teiten {

namespace {

using Table = QHash<quint32, QString>;

quint32 tableKey(uint8_t proto, int port)
{
    return (quint32(proto) << 16) | quint32(port & 0xffff);
}

Table loadTable()
{
    Table t;
    QFile f(QStringLiteral(":/data/services.tsv"));
    if (!f.open(QIODevice::ReadOnly)) {
        qCWarning(lcServiceNames) << "service name table missing:" << f.errorString();
        return t;
    }
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> cols = line.split('\t');
        if (cols.size() != 3)
            continue;
        const auto proto = ServiceKey::protocolFromName(QString::fromLatin1(cols[1]).toUpper());
        bool ok = false;
        const int port = cols[0].toInt(&ok);
        if (proto && ok)
            t.insert(tableKey(*proto, port), QString::fromUtf8(cols[2].trimmed()));
    }
    return t;
}

const Table &table()
{
    static const Table t = loadTable(); // thread-safe one-time initialisation
    return t;
}

} // namespace

QString ServiceNames::name(const ServiceKey &key)
{
    if (key.port <= 0)
        return {}; // ICMP, other protocols and fragments have no port registry entry
    return table().value(tableKey(key.proto, key.port));
}

QString ServiceNames::name(const QString &label)
{
    const auto key = ServiceKey::parse(label);
    return key ? name(*key) : QString();
}

} // namespace teiten
