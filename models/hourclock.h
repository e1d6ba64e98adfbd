// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace teiten::HourClock {

/// Workspace times are microseconds since the epoch (UTC); roll-ups and flow tuples are kept per
/// whole hour since the epoch. These are the one conversion between the two, used by the writer and
/// every query, so that a time before 1970 (a broken capture's clock) lands in the same hour
/// everywhere.
inline constexpr int64_t kHourUs = int64_t(3600) * 1000000;

/// a / b rounded toward minus infinity (C++ division rounds toward zero), for b > 0.
constexpr int64_t floorDiv(int64_t a, int64_t b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/// The hour that holds the instant `us`.
constexpr int64_t hourOf(int64_t us)
{
    return floorDiv(us, kHourUs);
}

/// The first hour after a half-open time range ending at `endUs` (exclusive): [hourOf(start),
/// endHourOf(end)) are the hours that hold any instant of [start, end).
constexpr int64_t endHourOf(int64_t endUs)
{
    return hourOf(endUs - 1) + 1;
}

static_assert(hourOf(0) == 0 && hourOf(kHourUs - 1) == 0 && hourOf(-1) == -1 && hourOf(-kHourUs) == -1);
static_assert(endHourOf(kHourUs) == 1 && endHourOf(kHourUs + 1) == 2);

} // namespace teiten::HourClock
