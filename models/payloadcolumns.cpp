// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloadcolumns.h"

#include "sqlitestatement.h"

namespace teiten {

const char PayloadColumns::sql[] =
    "COALESCE(p.kind, ''), COALESCE(p.response, 0), COALESCE(p.qname, ''), COALESCE(p.qtype, 0), "
    "COALESCE(p.rd, 0), COALESCE(p.edns_size, 0), COALESCE(p.ntp_mode, 0), COALESCE(p.ntp_code, 0), "
    "COALESCE(p.detail, '')";

PayloadInfo PayloadColumns::read(const SqliteStatement &s, int first)
{
    PayloadInfo p;
    p.kind = s.text(first);
    p.response = s.integer(first + 1) != 0;
    p.qname = s.text(first + 2);
    p.qtype = s.integer(first + 3);
    p.rd = s.integer(first + 4) != 0;
    p.ednsSize = s.integer(first + 5);
    p.ntpMode = s.integer(first + 6);
    p.ntpCode = s.integer(first + 7);
    p.detail = s.text(first + 8);
    return p;
}

} // namespace teiten
