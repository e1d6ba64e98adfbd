// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace teiten::test {

/// True in the AddressSanitizer + UBSan build (TEITEN_SANITIZE; GCC and clang define
/// __SANITIZE_ADDRESS__). Code runs 2–3× slower there (Teiten's own GUI-thread work up to 6×), so
/// a test whose size only buys run time (not coverage) may run smaller in it; its bounds stay the
/// same, except the event-loop stall limit (EventLoopProbe::stallLimitMs).
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitizerBuild = true;
#else
inline constexpr bool kSanitizerBuild = false;
#endif

} // namespace teiten::test
