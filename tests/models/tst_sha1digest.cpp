// SPDX-License-Identifier: GPL-3.0-or-later
// Sha1Digest (the import's file hash) against FIPS 180 test vectors and against
// QCryptographicHash on every length around the block boundaries, fed in pieces of every size:
// a stored file's hash must not change with the processor that computed it.
#include <random>

#include <QCryptographicHash>
#include <QtTest>

#include "sha1digest.h"

using namespace teiten;

namespace {

QByteArray digestOf(const QByteArray &data, std::mt19937 *pieces = nullptr)
{
    Sha1Digest d;
    qsizetype at = 0;
    while (at < data.size()) {
        const qsizetype n = pieces ? std::min<qsizetype>(data.size() - at, qsizetype((*pieces)() % 150)) : data.size();
        d.addData(data.constData() + at, size_t(n));
        at += n;
    }
    return d.result();
}

} // namespace

class TestSha1Digest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qInfo("SHA instructions %s", Sha1Digest::hardwareAccelerated() ? "used" : "not available: QCryptographicHash");
    }

    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("empty") << QByteArray() << QByteArray("da39a3ee5e6b4b0d3255bfef95601890afd80709");
        QTest::newRow("abc") << QByteArray("abc") << QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d");
        QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                  << QByteArray("84983e441c3bd26ebaae4aa1f95129e5e54670f1");
        QTest::newRow("896 bits")
            << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
            << QByteArray("a49b2446a02c645bf419f995b67091253a04a259");
        QTest::newRow("a million a") << QByteArray(1000000, 'a') << QByteArray("34aa973cd4c4daa4f61eeb2bdbad27316534016f");
    }

    void knownVectors()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, digest);
        QCOMPARE(digestOf(message).toHex(), digest);
        std::mt19937 pieces(1);
        QCOMPARE(digestOf(message, &pieces).toHex(), digest);
    }

    void sameAsQtOnEveryLength()
    {
        std::mt19937 rng(20131001);
        QByteArray data(1300, Qt::Uninitialized);
        for (char &c : data)
            c = char(rng());
        for (qsizetype length = 0; length <= data.size(); ++length) {
            const QByteArray message = data.left(length);
            const QByteArray want = QCryptographicHash::hash(message, QCryptographicHash::Sha1);
            QCOMPARE(digestOf(message), want);
            QCOMPARE(digestOf(message, &rng), want);
        }
    }

    void largeInputInChunks()
    {
        // As the import feeds it: 1 MiB reads, the last one short.
        std::mt19937 rng(7);
        QByteArray data(5 * (1 << 20) + 12345, Qt::Uninitialized);
        for (char &c : data)
            c = char(rng());
        Sha1Digest d;
        for (qsizetype at = 0; at < data.size(); at += 1 << 20)
            d.addData(data.constData() + at, size_t(std::min<qsizetype>(1 << 20, data.size() - at)));
        QCOMPARE(d.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha1));
    }
};

QTEST_GUILESS_MAIN(TestSha1Digest)
#include "tst_sha1digest.moc"
