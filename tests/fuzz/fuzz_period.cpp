// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the period parser (models/period), with the round trip period.h promises:
// parse(text()) gives the same period.
#include <cstdint>
#include <cstdlib>

#include <QString>

#include "period.h"

using namespace teiten;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto p = Period::parse(text);
    if (!p)
        return 0;
    if (!p->isValid() || p->days() < 1)
        std::abort();
    const auto again = Period::parse(p->text());
    if (!again || !(*again == *p))
        std::abort();
    if (p->startUs() >= p->endUs() || p->startUs(540) >= p->endUs(540))
        std::abort();
    const Period before = p->previous();
    if (before.isValid() && before.lastDay() >= p->firstDay())
        std::abort();
    return 0;
}
