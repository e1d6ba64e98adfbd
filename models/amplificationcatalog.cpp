// SPDX-License-Identifier: GPL-3.0-or-later
#include "amplificationcatalog.h"

#include <QFile>
#include <QList>

#include "servicekey.h"

namespace teiten {

const AmplificationCatalog &AmplificationCatalog::builtIn()
{
    static const AmplificationCatalog catalog = [] {
        QFile f(QStringLiteral(":/data/amplification.tsv"));
        if (!f.open(QIODevice::ReadOnly))
            return AmplificationCatalog{};
        auto c = parse(f.readAll(), f.fileName());
        return c ? *c : AmplificationCatalog{};
    }();
    return catalog;
}

Result<AmplificationCatalog> AmplificationCatalog::parse(const QByteArray &tsv, const QString &origin)
{
    AmplificationCatalog c;
    bool header = true;
    int lineNo = 0;
    for (const QByteArray &raw : tsv.split('\n')) {
        ++lineNo;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (header) {
            header = false;
            continue;
        }
        const QList<QByteArray> f = raw.split('\t');
        if (f.size() < 9) {
            return Error{Error::Code::BadFormat,
                         tr("%1, line %2: expected 9 tab-separated columns").arg(origin).arg(lineNo)};
        }
        AmplificationEntry e;
        e.protocol = QString::fromUtf8(f[0]);
        const auto proto = ServiceKey::protocolFromName(QString::fromUtf8(f[1]).toUpper());
        bool portOk = false;
        e.port = f[2].toInt(&portOk);
        if (!proto || !portOk) {
            return Error{Error::Code::BadFormat,
                         tr("%1, line %2: bad transport or port").arg(origin).arg(lineNo)};
        }
        e.proto = *proto;
        e.kind = QString::fromUtf8(f[3]);
        e.request = QString::fromUtf8(f[4]);
        e.match = QString::fromUtf8(f[5]).trimmed();
        e.baf = f[6].toDouble();
        e.bafText = QString::fromUtf8(f[7]);
        e.source = QString::fromUtf8(f[8]).trimmed();
        c.m_entries.push_back(e);
    }
    return c;
}

bool AmplificationCatalog::conditionsHold(const QString &match, const PayloadInfo &p)
{
    if (match.isEmpty() || match == QLatin1String("*"))
        return true;
    for (const QString &cond : match.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (const int t = int(cond.indexOf(QLatin1Char('~'))); t > 0) {
            if (cond.left(t) != QLatin1String("detail") || !p.detail.contains(cond.mid(t + 1), Qt::CaseInsensitive))
                return false;
            continue;
        }
        const bool atLeast = cond.contains(QLatin1String(">="));
        const QStringList kv = cond.split(atLeast ? QStringLiteral(">=") : QStringLiteral("="));
        if (kv.size() != 2)
            return false;
        const int want = kv[1].toInt();
        int have;
        const QString &k = kv[0];
        if (k == QLatin1String("qtype"))
            have = p.qtype;
        else if (k == QLatin1String("rd"))
            have = p.rd ? 1 : 0;
        else if (k == QLatin1String("edns"))
            have = p.ednsSize;
        else if (k == QLatin1String("mode"))
            have = p.ntpMode;
        else if (k == QLatin1String("code"))
            have = p.ntpCode;
        else
            return false;
        if (atLeast ? have < want : have != want)
            return false;
    }
    return true;
}

const AmplificationEntry *AmplificationCatalog::match(const PayloadInfo &payload) const
{
    if (payload.response || payload.kind.isEmpty())
        return nullptr;
    const AmplificationEntry *best = nullptr;
    for (const AmplificationEntry &e : m_entries) {
        if (e.kind != payload.kind || !conditionsHold(e.match, payload))
            continue;
        if (!best || e.baf > best->baf)
            best = &e;
    }
    return best;
}

QString AmplificationCatalog::protocolFor(uint8_t proto, int port) const
{
    for (const AmplificationEntry &e : m_entries) {
        if (e.proto == proto && e.port == port)
            return e.protocol;
    }
    return {};
}

double AmplificationCatalog::maxBafFor(uint8_t proto, int port) const
{
    double best = 0;
    for (const AmplificationEntry &e : m_entries) {
        if (e.proto == proto && e.port == port)
            best = std::max(best, e.baf);
    }
    return best;
}

} // namespace teiten
