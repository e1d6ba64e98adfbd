// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the filters an analyst types: the filter bar's fields (models/
// filterfieldparser: protocol, region, port, source address/prefix; the input's lines in that
// order) and the CLI's --service/--source/--proto values (ServiceKey, IpPrefix), with the round
// trips their headers promise.
#include <cstdint>
#include <cstdlib>

#include <QString>
#include <QStringList>

#include "filterfieldparser.h"
#include "servicekey.h"

using namespace teiten;

namespace {

void checkPrefix(const IpPrefix &p)
{
    if (p.length < 0 || p.length > (p.address.isV4() ? 32 : 128) || !(p.first() <= p.last()))
        std::abort();
    const auto again = IpPrefix::parse(p.toString());
    if (!again || !(again->address == p.address) || again->length != p.length)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList lines = text.split(QLatin1Char('\n'));
    FilterFieldParser::Fields fields;
    QString *fieldSlots[] = {&fields.protocol, &fields.region, &fields.port, &fields.source};
    for (qsizetype i = 0; i < lines.size() && i < 4; ++i)
        *fieldSlots[i] = lines[i];
    const FilterFieldParser::Parsed parsed = FilterFieldParser::parse(fields);
    if (parsed.problem == FilterFieldParser::Problem::None) {
        // A field that is not empty and passed validation must have produced a value.
        if (!fields.protocol.trimmed().isEmpty() && !parsed.proto)
            std::abort();
        if (!fields.region.trimmed().isEmpty() && parsed.region.size() != 2)
            std::abort();
        if (!fields.port.trimmed().isEmpty() && (!parsed.port || *parsed.port < 0 || *parsed.port > 65535))
            std::abort();
        if (!fields.source.trimmed().isEmpty() && !parsed.source)
            std::abort();
        if (parsed.source)
            checkPrefix(*parsed.source);
    }
    // The CLI takes each value whole.
    if (const auto prefix = IpPrefix::parse(text))
        checkPrefix(*prefix);
    if (const auto key = ServiceKey::parse(text)) {
        const auto again = ServiceKey::parse(key->label());
        if (!again || !(*again == *key))
            std::abort();
    }
    ServiceKey::protocolFromName(text);
    return 0;
}
