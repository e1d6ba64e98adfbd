// SPDX-License-Identifier: GPL-3.0-or-later
// BackgroundQuery with a QueryStop: a query stopped from another thread ends promptly, even inside
// one SQL statement that would otherwise never finish (or before it starts), and reports an error
// instead of a result.
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include "backgroundquery.h"
#include "querystop.h"
#include "sqlitestatement.h"

using namespace teiten;

namespace {

// Counts forever: only an interrupt ends it.
Result<qint64> endlessCount(Workspace &ws)
{
    auto st = ws.database().prepare(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;");
    if (!st)
        return st.error();
    if (!(*st)->step())
        return Error{Error::Code::Database, ws.database().lastError()};
    return (*st)->int64(0);
}

} // namespace

class TestQueryStop : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("w.db"));
        QVERIFY(Workspace::open(m_db, Workspace::Mode::ReadWrite));
    }

    void queryWithoutStopAnswers()
    {
        auto f = BackgroundQuery::run<qint64>(m_db, Workspace::Mode::ReadOnly, [](Workspace &ws) -> Result<qint64> {
            auto st = ws.database().prepare("SELECT 6 * 7;");
            if (!st || !(*st)->step())
                return Error{Error::Code::Database, ws.database().lastError()};
            return (*st)->int64(0);
        });
        f.waitForFinished();
        QVERIFY(f.result());
        QCOMPARE(*f.result(), qint64(42));
    }

    void stopInterruptsTheStatementInFlight()
    {
        auto stop = std::make_shared<QueryStop>();
        auto f = BackgroundQuery::run<qint64>(m_db, Workspace::Mode::ReadOnly, endlessCount, stop);
        QTest::qWait(300); // the statement is running by now
        QVERIFY(!f.isFinished());
        QElapsedTimer clock;
        clock.start();
        stop->stop();
        f.waitForFinished();
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!f.result());
        QVERIFY(stop->stopped());
    }

    void stopBeforeTheQueryStarts()
    {
        auto stop = std::make_shared<QueryStop>();
        stop->stop();
        auto f = BackgroundQuery::run<qint64>(m_db, Workspace::Mode::ReadOnly, endlessCount, stop);
        f.waitForFinished();
        QVERIFY(!f.result());
    }
};

QTEST_GUILESS_MAIN(TestQueryStop)
#include "tst_querystop.moc"
