// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QWidget>

#include "filterfieldparser.h"
#include "workspacetypes.h"

class QComboBox;
class QLineEdit;
class QToolButton;

namespace teiten {

class AnalysisContext;

/// The filter fields every view obeys: sensor, protocol, region, destination port and source
/// address/prefix. Text is checked as it is typed; a field that does not parse turns red and its
/// tooltip says why, and nothing is applied while any field is invalid — user text only ever
/// reaches SQL as a parsed value bound to a parameter. Enter, leaving a field or picking from a
/// list applies the whole bar through AnalysisContext::setFilter(), so every view changes at once;
/// filter parts the bar does not own (a service set elsewhere) are kept. Follows the context when
/// the filter or workspace changes elsewhere. Sensor names load in the background.
///
/// Wiring: `auto *bar = new FilterBar(context, this);` and place it, e.g. in a tool bar.
/// Child object names (for tests and style sheets): sensorFilter, protocolFilter, regionFilter,
/// portFilter, sourceFilter, clearFilters. GUI thread.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(AnalysisContext *context, QWidget *parent = nullptr);

    /// True when every field parses.
    bool isValid() const;
    /// The filter the fields describe, on top of the context's, or nullopt when a field is invalid.
    std::optional<QueryFilter> parsedFilter() const;

public slots:
    /// Applies the fields to the context if they are all valid; otherwise changes nothing.
    bool apply();
    /// Empties every field and applies.
    void clear();

signals:
    /// apply() refused: `reason` names the first invalid field and why (for a status bar).
    void rejected(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    FilterFieldParser::Fields fields() const;
    FilterFieldParser::Parsed parse() const;
    /// The message shown for a field's problem (empty for None).
    static QString problemText(FilterFieldParser::Problem problem);
    void validate();
    void markField(QWidget *field, const QString &problem, const QString &hint);
    void syncFromContext();
    void reloadSensors();
    void retranslate();
    static bool sameFilter(const QueryFilter &a, const QueryFilter &b);

    AnalysisContext *m_context;
    QComboBox *m_sensor;
    QComboBox *m_protocol;
    QLineEdit *m_region;
    QLineEdit *m_port;
    QLineEdit *m_source;
    QToolButton *m_clear;
    quint64 m_sensorGeneration = 0;
    bool m_syncing = false;
};

} // namespace teiten
