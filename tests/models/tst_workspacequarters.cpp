// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace::quartersPresent: the period bar's presets and `teiten info` list exactly the quarters
// that hold data, in the workspace's day boundary, without reading every hour.
#include <QTemporaryDir>
#include <QtTest>

#include "../fixtures/workspacefixture.h"
#include "period.h"
#include "sqlitedatabase.h"
#include "storedtuples.h"
#include "workspace.h"

using namespace teiten;
using teiten::test::WorkspaceFixture;

class TestWorkspaceQuarters : public QObject {
    Q_OBJECT
private slots:
    void init();
    void emptyWorkspaceHasNone();
    void quartersOfTheFixture();
    void gapsAreSkipped();
    void dayBoundaryDecidesTheQuarter();
    void timestampsBeyondTheCalendarAreIgnored();

private:
    QStringList quarters(int dayOffsetMinutes = 0);
    void addHour(qint64 hour);
    QTemporaryDir m_dir;
    QString m_path;
    int m_case = 0;
};

void TestWorkspaceQuarters::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("w%1.db").arg(++m_case));
}

QStringList TestWorkspaceQuarters::quarters(int dayOffsetMinutes)
{
    auto ws = Workspace::open(m_path, Workspace::Mode::ReadWrite);
    if (!ws)
        qFatal("%s", qPrintable(ws.error().message));
    if (auto s = (*ws)->setDayOffsetMinutes(dayOffsetMinutes); !s)
        qFatal("%s", qPrintable(s.error().message));
    auto q = (*ws)->quartersPresent();
    if (!q)
        qFatal("%s", qPrintable(q.error().message));
    QStringList out;
    for (const Period &p : *q)
        out << p.text();
    return out;
}

void TestWorkspaceQuarters::addHour(qint64 hour)
{
    auto db = SqliteDatabase::open(m_path, SqliteDatabase::Mode::ReadWrite);
    QVERIFY(db);
    QVERIFY(test::insertRollup(**db, 1, hour, 1, 6, 80, QStringLiteral("ZZ"), 1, 40));
}

void TestWorkspaceQuarters::emptyWorkspaceHasNone()
{
    QCOMPARE(quarters(), QStringList());
}

void TestWorkspaceQuarters::quartersOfTheFixture()
{
    QVERIFY(WorkspaceFixture::create(m_path));
    QCOMPARE(quarters(), (QStringList{QStringLiteral("2013Q2"), QStringLiteral("2013Q3")}));
}

void TestWorkspaceQuarters::gapsAreSkipped()
{
    QVERIFY(WorkspaceFixture::create(m_path));
    addHour(WorkspaceFixture::hourOf(QDate(2015, 2, 14), 3));
    QCOMPARE(quarters(), (QStringList{QStringLiteral("2013Q2"), QStringLiteral("2013Q3"), QStringLiteral("2015Q1")}));
}

void TestWorkspaceQuarters::dayBoundaryDecidesTheQuarter()
{
    QVERIFY(quarters().isEmpty()); // creates the workspace
    // 2013-12-31 20:00 UTC is 2014-01-01 05:00 in Japan (UTC+9).
    addHour(WorkspaceFixture::hourOf(QDate(2013, 12, 31), 20));
    QCOMPARE(quarters(0), QStringList{QStringLiteral("2013Q4")});
    QCOMPARE(quarters(9 * 60), QStringList{QStringLiteral("2014Q1")});
    // 2014-01-01 03:00 UTC is still 2013 at UTC-5.
    addHour(WorkspaceFixture::hourOf(QDate(2014, 1, 1), 3));
    QCOMPARE(quarters(-5 * 60), QStringList{QStringLiteral("2013Q4")});
    QCOMPARE(quarters(0), (QStringList{QStringLiteral("2013Q4"), QStringLiteral("2014Q1")}));
}

void TestWorkspaceQuarters::timestampsBeyondTheCalendarAreIgnored()
{
    // A broken capture's saturated timestamp (int64 µs maximum) ends up in a far-future hour.
    QVERIFY(WorkspaceFixture::create(m_path));
    addHour(std::numeric_limits<qint64>::max() / 3600000000LL);
    QCOMPARE(quarters(), (QStringList{QStringLiteral("2013Q2"), QStringLiteral("2013Q3")}));
}

QTEST_GUILESS_MAIN(TestWorkspaceQuarters)
#include "tst_workspacequarters.moc"
