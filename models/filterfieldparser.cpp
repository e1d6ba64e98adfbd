// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterfieldparser.h"

#include <QHash>
#include <QRegularExpression>

#include "regionnames.h"
#include "servicekey.h"

namespace teiten {

std::optional<uint8_t> FilterFieldParser::protocolNumber(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression digits(QStringLiteral("^\\d{1,3}$"));
    if (digits.match(t).hasMatch()) {
        const int n = t.toInt();
        return n <= 255 ? std::optional<uint8_t>(uint8_t(n)) : std::nullopt;
    }
    return ServiceKey::protocolFromName(t);
}

namespace {

/// Region names in English (case-folded) and Japanese → ISO code, built once: the filter bar checks
/// the field on every keystroke, and a scan of ~250 codes × 2 names per check showed up when fuzzing.
/// Where two codes share a name the first code in sort order wins, as the scan did.
const QHash<QString, QString> &regionsByName()
{
    static const QHash<QString, QString> byName = [] {
        QHash<QString, QString> h;
        for (const QString &code : RegionNames::codes()) {
            const QString en = RegionNames::name(code, QStringLiteral("en")).toCaseFolded();
            const QString ja = RegionNames::name(code, QStringLiteral("ja"));
            if (!en.isEmpty() && !h.contains(en))
                h.insert(en, code);
            if (!ja.isEmpty() && !h.contains(ja))
                h.insert(ja, code);
        }
        return h;
    }();
    return byName;
}

} // namespace

std::optional<QString> FilterFieldParser::regionCode(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QString();
    if (t.size() == 2 && RegionNames::isKnown(t.toUpper()))
        return t.toUpper();
    // Analysts type names too ("China", 「中国」); both languages are accepted whatever the UI's.
    const auto &byName = regionsByName();
    auto it = byName.constFind(t);
    if (it == byName.constEnd())
        it = byName.constFind(t.toCaseFolded());
    if (it != byName.constEnd())
        return *it;
    return std::nullopt;
}

FilterFieldParser::Problem FilterFieldParser::protocolProblem(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() || protocolNumber(t) ? Problem::None : Problem::UnknownProtocol;
}

FilterFieldParser::Problem FilterFieldParser::regionProblem(const QString &text)
{
    return regionCode(text) ? Problem::None : Problem::UnknownRegion;
}

FilterFieldParser::Problem FilterFieldParser::portProblem(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression digits(QStringLiteral("^\\d{1,5}$"));
    if (t.isEmpty() || (digits.match(t).hasMatch() && t.toInt() <= 65535))
        return Problem::None;
    return Problem::BadPort;
}

FilterFieldParser::Problem FilterFieldParser::sourceProblem(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || IpPrefix::parse(t))
        return Problem::None;
    const qsizetype slash = t.indexOf(QLatin1Char('/'));
    if (slash > 0 && IpAddress::parse(t.left(slash)))
        return Problem::BadPrefixLength;
    return Problem::BadSource;
}

FilterFieldParser::Parsed FilterFieldParser::parse(const Fields &fields)
{
    Parsed p;
    for (const Problem problem : {protocolProblem(fields.protocol), regionProblem(fields.region),
                                  portProblem(fields.port), sourceProblem(fields.source)}) {
        if (problem != Problem::None) {
            p.problem = problem;
            return p;
        }
    }
    const QString proto = fields.protocol.trimmed();
    if (!proto.isEmpty())
        p.proto = protocolNumber(proto);
    p.region = *regionCode(fields.region);
    const QString port = fields.port.trimmed();
    if (!port.isEmpty())
        p.port = port.toInt();
    if (!fields.source.trimmed().isEmpty())
        p.source = IpPrefix::parse(fields.source);
    return p;
}

} // namespace teiten
