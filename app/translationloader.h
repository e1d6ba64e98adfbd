// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

namespace teiten {

/// Installs Teiten's catalogue (:/i18n/teiten_<lang>.qm) and Qt's own (qtbase_<lang>) when present,
/// and swaps them at run time; widgets retranslate on QEvent::LanguageChange. Main thread.
class TranslationLoader : public QObject {
    Q_OBJECT
public:
    explicit TranslationLoader(QObject *parent = nullptr);
    /// "ja" or "en"; an empty string picks from the system locale (Japanese → ja, else en).
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    static QString systemLanguage();

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};

} // namespace teiten
