// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <limits>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "capturewriter.h"
#include "flowsegmentscan.h"
#include "flowtuplefilter.h"
#include "ipaddress.h"
#include "packetbuilder.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"

namespace teiten::test {

QString sharedDir()
{
    const QString d = qEnvironmentVariable("TEITEN_SHARED_DIR");
    return (!d.isEmpty() && QFileInfo(d + QStringLiteral("/data")).isDir()) ? d : QString();
}

QString sharedData(const QString &relative)
{
    const QString d = sharedDir();
    if (d.isEmpty())
        return {};
    const QString p = d + QStringLiteral("/data/") + relative;
    return QFileInfo::exists(p) ? p : QString();
}

QString teitenBinary()
{
    return qEnvironmentVariable("TEITEN_BIN");
}

QString sourceDir()
{
    return qEnvironmentVariable("TEITEN_SOURCE_DIR");
}

void addQuarterByRows()
{
    QTest::addColumn<QString>("quarter");
    QTest::addColumn<QString>("by");
    for (const char *q : {"2013Q2", "2013Q3"})
        for (const char *b : {"port", "region"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(q), QLatin1String(b))))
                << QString::fromLatin1(q) << QString::fromLatin1(b);
}

bool useScannerList(const QString &dir, const QByteArray &rows)
{
    const QString path = dir + QStringLiteral("/scanners.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("scanner,address_or_prefix,kind,note,source,recorded,valid\n" + rows);
    f.close();
    return qputenv("TEITEN_SCANNERS", path.toLocal8Bit());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

qint64 queryScalar(const QString &workspace, const char *sql)
{
    auto db = SqliteDatabase::open(workspace, SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return -1;
    auto st = (*db)->prepare(sql);
    return st && (*st)->step() ? (*st)->int64(0) : -1;
}

FlowTotals flowTotals(const QString &workspace)
{
    FlowTotals out;
    auto db = SqliteDatabase::open(workspace, SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return out;
    qint64 tuples = 0;
    const FlowTupleFilter all(QueryFilter{});
    const Status s = FlowSegmentScan(**db).run(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), all,
                                               [&](const FlowSegment &, const std::vector<FlowTuple> &ts) {
        for (const FlowTuple &t : ts) {
            ++tuples;
            out.packets += t.packets;
            if (out.minOffset < 0 || t.firstOffset < out.minOffset)
                out.minOffset = t.firstOffset;
        }
        return true;
    });
    if (s)
        out.tuples = tuples;
    return out;
}

bool damageTableRoot(const QString &workspace, const char *table)
{
    const QByteArray sql = QByteArray("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = '") + table + "';";
    const qint64 root = queryScalar(workspace, sql.constData());
    const qint64 pageSize = queryScalar(workspace, "PRAGMA page_size;");
    if (root <= 1 || pageSize < 512)
        return false;
    QFile f(workspace);
    return f.open(QIODevice::ReadWrite) && f.seek((root - 1) * pageSize) && f.write(QByteArray(1, '\0')) == 1;
}

QByteArray fileSha1(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(&f);
    return h.result().toHex();
}

QString integrityCheck(const QString &path)
{
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly);
    if (!db)
        return db.error().message;
    auto st = (*db)->prepare("PRAGMA integrity_check;");
    if (!st)
        return st.error().message;
    QStringList rows;
    while ((*st)->step())
        rows << (*st)->text(0);
    if (!(*st)->ok())
        rows << (*db)->lastError();
    return rows.join(QLatin1Char('\n'));
}

bool writeUdpCapture(const QString &path, int n, uint16_t port, uint32_t base)
{
    constexpr int64_t kT0 = 1372636800LL * 1000000000LL; // 2013-07-01T00:00:00Z in ns
    auto w = CaptureWriter::create(path, CaptureWriter::Options{});
    if (!w)
        return false;
    PacketBuilder b(PacketBuilder::Link::Ethernet);
    const uint8_t payload[16] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    for (int i = 0; i < n; ++i) {
        PacketBuilder::IpFields ip;
        ip.src = IpAddress::fromV4(base + uint32_t(i));
        ip.dst = IpAddress::fromV4(0xC0000201); // 192.0.2.1
        ip.id = uint16_t(i);
        if (b.udp(ip, uint16_t(40000 + i), port, payload, sizeof payload) == 0)
            return false;
        if (!(*w)->write(kT0 + int64_t(i) * 1000000000LL, b.frame()))
            return false;
    }
    return bool((*w)->close());
}

} // namespace teiten::test
