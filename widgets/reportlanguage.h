// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

#include <QString>
#include <QStringList>
#include <QTranslator>

class QThread;

namespace teiten {

/// While alive, tr() answers in `language` ("ja" or "en") whatever catalogues are installed
/// already: a report asked for in English must not pick up Japanese from the session's
/// (system-locale) catalogue, which Qt would consult for every message the English catalogue
/// leaves to the source text. Loads teiten_<language>.qm from :/i18n/ or from `searchDirs`
/// (tests, which do not embed the catalogue). Created and destroyed on the main thread.
///
/// Scope::BoundThread serves a figure or report rendered by a worker while the workstation keeps
/// its own language: tr() answers in `language` only on the thread that called bindToCurrentThread(),
/// every other thread (the GUI) still gets the session's catalogue.
class ReportLanguage : public QTranslator {
public:
    enum class Scope { AllThreads, BoundThread };
    explicit ReportLanguage(const QString &language, const QStringList &searchDirs = {},
                            Scope scope = Scope::AllThreads);
    ~ReportLanguage() override;

    /// Scope::BoundThread: from now on answer on the calling thread only.
    void bindToCurrentThread();

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
    Scope m_scope = Scope::AllThreads;
    std::atomic<QThread *> m_thread{nullptr};
};

} // namespace teiten
