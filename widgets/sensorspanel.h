// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace teiten {

class AnalysisContext;
class SensorsModel;

/// The sensors dock: each sensor with region, files, packets, first and last seen, and a check box
/// that includes it in (or excludes it from) every view. Owns its SensorsModel. GUI thread.
class SensorsPanel : public QWidget {
    Q_OBJECT
public:
    explicit SensorsPanel(AnalysisContext *context, QWidget *parent = nullptr);
    SensorsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();

    SensorsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_all;
    QPushButton *m_none;
};

} // namespace teiten
