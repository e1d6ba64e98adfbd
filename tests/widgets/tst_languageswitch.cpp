// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the language at run time re-words the whole window without a restart: menus, tabs,
// docks, table headers, chart titles and axes, region names and Qt's own strings. The default
// comes from the system locale, set to Japanese here before the application starts.
#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "analysiscontext.h"
#include "mainwindow.h"
#include "rankingmodel.h"
#include "rankingpane.h"
#include "reportfixture.h"
#include "timeserieschart.h"
#include "translationloader.h"

using namespace teiten;

namespace {

// Before QApplication reads the locale: a Japanese desktop.
const bool kJapaneseDesktop = [] {
    qputenv("LANG", "ja_JP.UTF-8");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qunsetenv("LANGUAGE");
    qunsetenv("TEITEN_LANG");
    return true;
}();

} // namespace

class TestLanguageSwitch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void defaultFollowsSystemLocale();
    void switchesEveryVisibleString();

private:
    QStringList texts() const;
    QString regionName(const QString &code) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestLanguageSwitch::initTestCase()
{
    QVERIFY(kJapaneseDesktop);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TeitenTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languageswitch"));
    TranslationLoader::setCatalogueDirs(test::catalogueDirs());
    QVERIFY(m_dir.isValid());
    const QString db = m_dir.filePath(QStringLiteral("w.db"));
    QCOMPARE(test::makeFixtureWorkspace(db), QString());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy opened(m_window.get(), &MainWindow::workspaceOpened);
    m_window->openWorkspace(db);
    QTRY_COMPARE(opened.size(), 1);
    m_window->context()->setPeriod(Period::quarter(2013, 3));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000);
    QTRY_VERIFY(m_window->regionsPane()->model()->rowCount() > 0);
}

void TestLanguageSwitch::defaultFollowsSystemLocale()
{
    QCOMPARE(TranslationLoader::systemLanguage(), QStringLiteral("ja"));
    m_window->setLanguage(QString()); // "" = the system's
    QCOMPARE(m_window->language(), QStringLiteral("ja"));
    QCOMPARE(m_window->context()->language(), QStringLiteral("ja"));
}

QString TestLanguageSwitch::regionName(const QString &code) const
{
    const RankingModel *m = m_window->regionsPane()->model();
    const int row = m->rowOfKey(code);
    return row < 0 ? QString() : m->index(row, RankingModel::NameColumn).data().toString();
}

/// What the analyst reads: menu titles, File menu entries, tabs, dock titles, table headers, the
/// chart's title and axis titles.
QStringList TestLanguageSwitch::texts() const
{
    QStringList out;
    for (QAction *menu : m_window->menuBar()->actions())
        out << menu->text();
    for (QAction *a : m_window->menuBar()->actions().first()->menu()->actions())
        if (!a->isSeparator())
            out << a->text();
    for (int i = 0; i < m_window->tabs()->count(); ++i)
        out << m_window->tabs()->tabText(i);
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        out << dock->windowTitle();
    const RankingModel *ports = m_window->portsPane()->model();
    for (int c = 0; c < ports->columnCount(); ++c)
        out << ports->headerData(c, Qt::Horizontal).toString();
    QChart *chart = m_window->portsPane()->chart()->chartView()->chart();
    out << chart->title();
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
        out << axis->titleText();
    return out;
}

static bool hasJapanese(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) {
        return (c.unicode() >= 0x3040 && c.unicode() <= 0x30FF) || (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF);
    });
}

void TestLanguageSwitch::switchesEveryVisibleString()
{
    m_window->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(m_window->tabs()->tabText(0), QStringLiteral("Ports"));
    QTRY_COMPARE(regionName(QStringLiteral("CN")), QStringLiteral("China"));
    const QStringList english = texts();
    QVERIFY(english.contains(QStringLiteral("&File")));
    QVERIFY(english.contains(QStringLiteral("Export &Figure…")));
    QVERIFY(english.contains(QStringLiteral("Sensors")));
    QVERIFY(english.contains(QStringLiteral("Rank")));
    QVERIFY(english.contains(QStringLiteral("Packets by destination port")));
    for (const QString &t : english)
        QVERIFY2(!hasJapanese(t), qPrintable(t));

    m_window->setLanguage(QStringLiteral("ja"));
    QTRY_COMPARE(m_window->tabs()->tabText(0), QStringLiteral("ポート"));
    QTRY_COMPARE(regionName(QStringLiteral("CN")), QStringLiteral("中国"));
    const QStringList japanese = texts();
    QCOMPARE(japanese.size(), english.size());
    QVERIFY(japanese.contains(QStringLiteral("ファイル(&F)")));
    QVERIFY(japanese.contains(QStringLiteral("順位")));
    QVERIFY(japanese.contains(QStringLiteral("宛先ポート別のパケット数")));
    // Every text changed, into Japanese (port numbers and the like aside: none are in this list).
    for (int i = 0; i < english.size(); ++i)
        QVERIFY2(hasJapanese(japanese[i]) && japanese[i] != english[i],
                 qPrintable(QStringLiteral("not translated: %1 → %2").arg(english[i], japanese[i])));
    // Qt's own strings (standard buttons) when qtbase_ja is installed.
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_ja.qm")))
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("キャンセル"));
    else
        qInfo("qtbase_ja.qm is not installed (qt6-translations-l10n): Qt's own strings stay English");

    m_window->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(m_window->tabs()->tabText(0), QStringLiteral("Ports"));
    QTRY_COMPARE(regionName(QStringLiteral("CN")), QStringLiteral("China"));
    QCOMPARE(texts(), english);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
