// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTranslation, "teiten.translation")

namespace teiten {

namespace {

QStringList &extraDirs()
{
    static QStringList dirs;
    return dirs;
}

} // namespace

TranslationLoader::TranslationLoader(QObject *parent) : QObject(parent) {}

QString TranslationLoader::systemLanguage()
{
    const QString forced = qEnvironmentVariable("TEITEN_LANG");
    if (forced == QLatin1String("ja") || forced == QLatin1String("en"))
        return forced;
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QList<std::pair<QString, QString>> TranslationLoader::languages()
{
    return {{QStringLiteral("ja"), QStringLiteral("日本語")}, {QStringLiteral("en"), QStringLiteral("English")}};
}

void TranslationLoader::setCatalogueDirs(const QStringList &dirs)
{
    extraDirs() = dirs;
}

QStringList TranslationLoader::cataloguePaths(const QString &language)
{
    const QString base = QStringLiteral("teiten_%1.qm").arg(language);
    QStringList paths{QStringLiteral(":/i18n/") + base};
    for (const QString &dir : extraDirs())
        paths << QDir(dir).filePath(base);
    return paths;
}

void TranslationLoader::setLanguage(const QString &language)
{
    const QString lang = (language == QLatin1String("ja") || language == QLatin1String("en")) ? language : systemLanguage();
    if (lang == m_language)
        return;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    m_language = lang;
    const QStringList paths = cataloguePaths(lang);
    if (std::any_of(paths.begin(), paths.end(), [this](const QString &p) { return m_app.load(p); }))
        QCoreApplication::installTranslator(&m_app);
    else
        qCWarning(lcTranslation) << "no Teiten catalogue for" << lang << "- using English source text";
    m_qtLoaded = m_qt.load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(&m_qt);
    else if (lang != QLatin1String("en"))
        qCInfo(lcTranslation) << "Qt's own catalogue qtbase_" << lang << "is not installed; Qt dialogs stay English";
    QLocale::setDefault(QLocale(lang == QLatin1String("ja") ? QLocale::Japanese : QLocale::English,
                                lang == QLatin1String("ja") ? QLocale::Japan : QLocale::UnitedStates));
}

} // namespace teiten
