// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFont>
#include <QString>

class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace teiten {

/// Preferences: country database, language, day-boundary offset (kept in the workspace, so every
/// analyst of that workspace counts days the same way), default top N and chart font. Values live
/// in QSettings except the offset; the caller applies them. GUI thread.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    struct Values {
        QString geoipPath;
        QString language;            ///< "ja", "en" or "" (system)
        int dayOffsetMinutes = 0;
        int defaultTopN = 10;        ///< 0 = all
        QFont chartFont;
    };
    /// From QSettings (defaults: system language, top 10, "Noto Sans CJK JP"); the offset stays 0.
    static Values load();
    static void save(const Values &values);
    static QFont defaultChartFont();

    /// `workspaceOpen` false disables the day-boundary setting (it belongs to a workspace).
    SettingsDialog(const Values &values, bool workspaceOpen, QWidget *parent = nullptr);
    Values values() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_geoipLabel;
    QLineEdit *m_geoip;
    QToolButton *m_browse;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_offsetLabel;
    QSpinBox *m_offset;
    QLabel *m_topLabel;
    QComboBox *m_topN;
    QLabel *m_fontLabel;
    QFontComboBox *m_font;
    QSpinBox *m_fontSize;
};

} // namespace teiten
