// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace teiten {

/// While alive, tr() answers in `language` ("ja" or "en") whatever catalogues are installed
/// already: a report asked for in English must not pick up Japanese from the session's
/// (system-locale) catalogue, which Qt would consult for every message the English catalogue
/// leaves to the source text. Loads teiten_<language>.qm from :/i18n/ or from `searchDirs`
/// (tests, which do not embed the catalogue). Main thread.
class ReportLanguage : public QTranslator {
public:
    explicit ReportLanguage(const QString &language, const QStringList &searchDirs = {});
    ~ReportLanguage() override;

    const QString &language() const { return m_language; }
    /// False when no catalogue was found for a language other than English.
    bool hasCatalogue() const { return m_loaded; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

private:
    QTranslator m_catalogue;
    QString m_language;
    bool m_loaded = false;
};

} // namespace teiten
