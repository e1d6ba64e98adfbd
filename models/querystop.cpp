// SPDX-License-Identifier: GPL-3.0-or-later
#include "querystop.h"

namespace teiten {

void QueryStop::stop()
{
    m_stopped.store(true, std::memory_order_relaxed);
}

} // namespace teiten
