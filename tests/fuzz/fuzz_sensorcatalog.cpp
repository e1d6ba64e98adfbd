// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the sensors.csv parser (models/sensorcatalog): the input is the whole file.
#include <cstdint>
#include <cstdlib>

#include <QByteArray>
#include <QString>

#include "sensorcatalog.h"

using namespace teiten;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto rows = SensorCatalog::parse(bytes, QStringLiteral("fuzz/sensors.csv"));
    if (!rows) {
        // A rejected file must say why.
        if (rows.error().message.isEmpty())
            std::abort();
        return 0;
    }
    // What the parser accepts must hold what its header promises.
    if (rows->size() > SensorCatalog::MaxRows)
        std::abort();
    for (const SensorEntry &e : *rows) {
        if (!SensorCatalog::isValidSensorName(e.sensor))
            std::abort();
    }
    return 0;
}
