// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

#include "contexttablemodel.h"

#include "workspacetypes.h"

namespace teiten {

/// The capture files imported into the workspace: name, sensor, status (ok, partial, failed),
/// packets, malformed frames, first/last packet and the import message. With a context attached it
/// reloads itself (on a worker thread) when the workspace or its data change. GUI thread.
class FilesModel : public ContextTableModel {
    Q_OBJECT
public:
    enum Column { FileColumn, SensorColumn, StatusColumn, PacketsColumn, MalformedColumn, FirstColumn,
                  LastColumn, MessageColumn, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, StatusRole, PathRole };

    explicit FilesModel(QObject *parent = nullptr);
    void setFiles(const QVector<FileRecord> &files);
    void clear();
    const QVector<FileRecord> &files() const { return m_files; }
    static QString statusText(FileRecord::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void load(const QString &path, quint64 generation) override;
    void clearRows() override { clear(); }

private:
    QVector<FileRecord> m_files;
};

} // namespace teiten
