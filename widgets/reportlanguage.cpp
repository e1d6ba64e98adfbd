// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>

#include "translationloader.h"

namespace teiten {

ReportLanguage::ReportLanguage(const QString &language, const QStringList &searchDirs, Scope scope)
    : m_language(language == QLatin1String("ja") ? language : QStringLiteral("en")), m_scope(scope)
{
    const QString base = QStringLiteral("teiten_%1.qm").arg(m_language);
    QStringList candidates = TranslationLoader::cataloguePaths(m_language);
    for (const QString &dir : searchDirs)
        candidates << QDir(dir).filePath(base);
    for (const QString &c : candidates) {
        if (m_catalogue.load(c)) {
            m_loaded = true;
            break;
        }
    }
    if (m_language == QLatin1String("en"))
        m_loaded = true; // the source text is English
    QCoreApplication::installTranslator(this);
}

ReportLanguage::~ReportLanguage()
{
    QCoreApplication::removeTranslator(this);
}

void ReportLanguage::bindToCurrentThread()
{
    m_thread.store(QThread::currentThread());
}

QString ReportLanguage::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    // An empty answer lets the next installed catalogue (the session's language) answer.
    if (m_scope == Scope::BoundThread && m_thread.load() != QThread::currentThread())
        return QString();
    const QString t = m_catalogue.translate(context, sourceText, disambiguation, n);
    if (!t.isEmpty())
        return t;
    // Never let an older catalogue answer: untranslated text stays the English source.
    return QString::fromUtf8(sourceText);
}

} // namespace teiten
