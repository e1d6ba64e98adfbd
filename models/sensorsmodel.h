// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

#include "contexttablemodel.h"

#include "workspacetypes.h"

namespace teiten {

/// The workspace's sensors: name (checkable: include in every view or not), region, files,
/// packets, first and last seen. With a context attached it loads itself whenever the workspace
/// or its data change, turns the check boxes into the context's sensor filter and stores the
/// choice in the workspace (Workspace::setSensorIncluded) on a worker thread. GUI thread.
class SensorsModel : public ContextTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, RegionColumn, FilesColumn, PacketsColumn, FirstSeenColumn, LastSeenColumn,
                  ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, SensorIdRole };

    explicit SensorsModel(QObject *parent = nullptr);

    void setSensors(const QVector<SensorInfo> &sensors);
    void clear();
    const QVector<SensorInfo> &sensors() const { return m_sensors; }
    void setLanguage(const QString &language);
    void setAllIncluded(bool included);

    QList<int> includedSensorIds() const;
    /// The value for QueryFilter::sensorIds: empty when every sensor is included (no restriction),
    /// {-1} (matches nothing) when none is.
    QList<int> filterSensorIds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void includedChanged(const QList<int> &sensorIds, bool included);

protected:
    void load(const QString &path, quint64 generation) override;
    void clearRows() override { clear(); }
    void contextAttached() override;

private:
    void applyToContext(const QList<int> &changedIds, bool included);

    QVector<SensorInfo> m_sensors;
    QString m_language = QStringLiteral("en");
};

} // namespace teiten
