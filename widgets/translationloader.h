// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <utility>

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
    /// The languages Teiten speaks, as (code, name), each named in its own script so a user finds
    /// theirs whatever the current one is: what every language chooser lists.
    static QList<std::pair<QString, QString>> languages();
    /// Whether Qt's own catalogue (qtbase_<lang>) was found for the current language.
    bool hasQtCatalogue() const { return m_qtLoaded; }

    /// Folders searched for teiten_<lang>.qm after the embedded :/i18n/ (tests, which do not embed
    /// the catalogues); also used by ReportLanguage.
    static void setCatalogueDirs(const QStringList &dirs);
    /// Where teiten_<lang>.qm may be, in search order.
    static QStringList cataloguePaths(const QString &language);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
    bool m_qtLoaded = false;
};

} // namespace teiten
