// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QVector>
#include <QWidget>

#include "period.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace teiten {

class AnalysisContext;

/// Chooses the period every view shows: presets for the quarters present in the workspace and
/// their months, or a custom range picked with calendar pop-ups; "compare with previous period"
/// (on by default). Writes to and follows the shared AnalysisContext. GUI thread.
class PeriodBar : public QWidget {
    Q_OBJECT
public:
    explicit PeriodBar(AnalysisContext *context, QWidget *parent = nullptr);

    /// The quarters with data (oldest first); presets list them newest first with their months.
    void setQuarters(const QVector<Period> &quarters);
    QComboBox *presets() const { return m_presets; }
    QCheckBox *compareBox() const { return m_compare; }
    /// Selects `period` (adding it as a custom range when it is no preset) and applies it.
    void selectPeriod(const Period &period);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildPresets();
    void onPresetChosen();
    void applyCustomRange();
    void syncFromContext();
    QString presetLabel(const Period &p) const;

    QPointer<AnalysisContext> m_context;
    QVector<Period> m_quarters;
    QLabel *m_label;
    QComboBox *m_presets;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QCheckBox *m_compare;
    QLabel *m_previous;
    bool m_updating = false;
};

} // namespace teiten
