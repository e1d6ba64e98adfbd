// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesmodel.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

#include "backgroundquery.h"

namespace teiten {

FilesModel::FilesModel(QObject *parent) : ContextTableModel(parent) {}

void FilesModel::load(const QString &path, quint64 generation)
{
    BackgroundQuery::start<QVector<FileRecord>>(
        this, path, [](Workspace &ws) { return ws.files(); },
        [this, generation](const Result<QVector<FileRecord>> &r) {
            if (!accept(generation, r ? nullptr : &r.error().message))
                return;
            setFiles(*r);
            emit loaded();
        });
}

void FilesModel::setFiles(const QVector<FileRecord> &files)
{
    beginResetModel();
    m_files = files;
    endResetModel();
}

void FilesModel::clear()
{
    if (m_files.isEmpty())
        return;
    beginResetModel();
    m_files.clear();
    endResetModel();
}

QString FilesModel::statusText(FileRecord::Status status)
{
    switch (status) {
    case FileRecord::Status::Ok: return tr("imported");
    case FileRecord::Status::Partial: return tr("partial");
    case FileRecord::Status::Failed: return tr("failed");
    }
    return {};
}

int FilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int FilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FileRecord &f = m_files[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        // Only shown text needs the locale: sorting a big file list asks RawRole thousands of times.
        const QLocale locale;
        auto time = [&locale](qint64 us) {
            return us > 0 ? locale.toString(QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC), QLocale::ShortFormat)
                          : QString();
        };
        switch (index.column()) {
        case FileColumn: return QFileInfo(f.path).fileName();
        case SensorColumn: return f.sensor;
        case StatusColumn: return statusText(f.status);
        case PacketsColumn: return locale.toString(f.packets);
        case MalformedColumn: return locale.toString(f.malformed);
        case FirstColumn: return time(f.firstUs);
        case LastColumn: return time(f.lastUs);
        case MessageColumn: return f.message;
        }
        break;
    }
    case RawRole:
        switch (index.column()) {
        case FileColumn: return f.path;
        case SensorColumn: return f.sensor;
        case StatusColumn: return int(f.status);
        case PacketsColumn: return f.packets;
        case MalformedColumn: return f.malformed;
        case FirstColumn: return f.firstUs;
        case LastColumn: return f.lastUs;
        case MessageColumn: return f.message;
        }
        break;
    case StatusRole: return int(f.status);
    case PathRole: return f.path;
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return f.path;
        if (index.column() == MessageColumn && !f.message.isEmpty())
            return f.message;
        break;
    case Qt::TextAlignmentRole: {
        const bool number = index.column() == PacketsColumn || index.column() == MalformedColumn;
        return QVariant((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    }
    return {};
}

QVariant FilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn: return tr("File");
    case SensorColumn: return tr("Sensor");
    case StatusColumn: return tr("Status");
    case PacketsColumn: return tr("Packets");
    case MalformedColumn: return tr("Malformed");
    case FirstColumn: return tr("First packet");
    case LastColumn: return tr("Last packet");
    case MessageColumn: return tr("Message");
    }
    return {};
}

} // namespace teiten
