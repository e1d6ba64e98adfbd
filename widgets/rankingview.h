// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "workspacetypes.h"

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QTableView;
class QToolButton;

namespace teiten {

class RankingModel;
class RankingProxyModel;

/// A ranking table (RankingModel through a RankingProxyModel): sort on any column by raw value,
/// top 5/10/20/all, copy and save as CSV/TSV, check boxes choose the chart's series, and a context
/// menu for drill-down, export and "chart only this". Does not own the model. GUI thread.
class RankingView : public QWidget {
    Q_OBJECT
public:
    explicit RankingView(RankingModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    /// "Export Table as Figure…" in the context menu; the owner connects it.
    QAction *exportFigureAction() const { return m_exportFigure; }
    RankingProxyModel *proxy() const { return m_proxy; }
    int topN() const;
    void setTopN(int n);
    void setTitle(const QString &title);
    /// The visible rows (in view order, or only the selected ones) as CSV (',') or TSV ('\t') with a
    /// header line; raw numbers, so spreadsheets read them as numbers.
    QString toDelimited(QChar separator, bool selectedOnly = false) const;
    /// Writes toDelimited() to `path` (".tsv" → TSV, else CSV); false with `error` set on failure.
    bool saveTo(const QString &path, QString *error) const;

public slots:
    void copyToClipboard();
    void saveAs();
    void chartOnly(const QString &key);

signals:
    void drillDownRequested(teiten::Dimension dimension, const QString &key);
    void topNChanged(int n);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showContextMenu(const QPoint &pos);
    QString keyAtProxyRow(int row) const;

    RankingModel *m_model;
    RankingProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_topLabel;
    QComboBox *m_topN;
    QToolButton *m_copy;
    QToolButton *m_save;
    QTableView *m_table;
    QAction *m_exportFigure;
};

} // namespace teiten
