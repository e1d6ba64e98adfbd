// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include "period.h"
#include "workspacetypes.h"

namespace teiten {

/// What every view of the workstation is looking at: the workspace file, the period, whether to
/// compare with the previous period, the filters (sensors, protocol, region, port, source prefix),
/// the top N and the display language. Views listen to its signals and re-query in the background.
/// Lives on the GUI thread; plain values are copied into worker threads.
class AnalysisContext : public QObject {
    Q_OBJECT
public:
    explicit AnalysisContext(QObject *parent = nullptr);

    QString workspacePath() const { return m_workspacePath; }
    Period period() const { return m_period; }
    bool comparePrevious() const { return m_comparePrevious; }
    QueryFilter filter() const { return m_filter; }
    int topN() const { return m_topN; }            ///< 0 = all
    QString language() const { return m_language; } ///< "ja" or "en"
    int dayOffsetMinutes() const { return m_dayOffsetMinutes; }
    quint64 dataRevision() const { return m_dataRevision; }

public slots:
    void setWorkspacePath(const QString &path);
    void setPeriod(const teiten::Period &period);
    void setComparePrevious(bool on);
    void setFilter(const teiten::QueryFilter &filter);
    void setTopN(int n);
    void setLanguage(const QString &language);
    void setDayOffsetMinutes(int minutes);
    /// Data in the workspace changed (an import finished): views reload.
    void notifyDataChanged();

signals:
    void workspaceChanged();
    void periodChanged();
    void comparePreviousChanged();
    void filterChanged();
    void topNChanged();
    void languageChanged();
    void dataChanged();

private:
    QString m_workspacePath;
    Period m_period;
    bool m_comparePrevious = true;
    QueryFilter m_filter;
    int m_topN = 10;
    QString m_language = QStringLiteral("en");
    int m_dayOffsetMinutes = 0;
    quint64 m_dataRevision = 0;
};

} // namespace teiten
