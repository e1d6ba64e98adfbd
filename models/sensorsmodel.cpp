// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensorsmodel.h"

#include <QDateTime>
#include <QLocale>

#include "analysiscontext.h"
#include "backgroundquery.h"
#include "regionnames.h"

namespace teiten {

namespace {

QString formatTime(qint64 us)
{
    if (us <= 0)
        return QString();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC), QLocale::ShortFormat);
}

} // namespace

SensorsModel::SensorsModel(QObject *parent) : ContextTableModel(parent) {}

void SensorsModel::contextAttached()
{
    connect(context(), &AnalysisContext::languageChanged, this, [this] { setLanguage(context()->language()); });
    setLanguage(context()->language());
}

void SensorsModel::load(const QString &path, quint64 generation)
{
    BackgroundQuery::start<QVector<SensorInfo>>(
        this, path, [](Workspace &ws) { return ws.sensors(); },
        [this, generation](const Result<QVector<SensorInfo>> &r) {
            if (!accept(generation, r ? nullptr : &r.error().message))
                return;
            setSensors(*r);
            // The workspace remembers excluded sensors; the context's filter starts from that.
            if (AnalysisContext *ctx = context()) {
                QueryFilter f = ctx->filter();
                if (f.sensorIds != filterSensorIds()) {
                    f.sensorIds = filterSensorIds();
                    ctx->setFilter(f);
                }
            }
            emit loaded();
        });
}

void SensorsModel::setSensors(const QVector<SensorInfo> &sensors)
{
    beginResetModel();
    m_sensors = sensors;
    endResetModel();
}

void SensorsModel::clear()
{
    if (m_sensors.isEmpty())
        return;
    beginResetModel();
    m_sensors.clear();
    endResetModel();
}

void SensorsModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_sensors.isEmpty())
        emit dataChanged(index(0, RegionColumn), index(rowCount() - 1, RegionColumn));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void SensorsModel::setAllIncluded(bool included)
{
    QList<int> changed;
    for (SensorInfo &s : m_sensors) {
        if (s.included != included) {
            s.included = included;
            changed << s.id;
        }
    }
    if (changed.isEmpty())
        return;
    emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), {Qt::CheckStateRole});
    applyToContext(changed, included);
}

QList<int> SensorsModel::includedSensorIds() const
{
    QList<int> ids;
    for (const SensorInfo &s : m_sensors)
        if (s.included)
            ids << s.id;
    return ids;
}

QList<int> SensorsModel::filterSensorIds() const
{
    const QList<int> ids = includedSensorIds();
    if (ids.size() == m_sensors.size())
        return {};
    if (ids.isEmpty())
        return {-1};
    return ids;
}

void SensorsModel::applyToContext(const QList<int> &changedIds, bool included)
{
    emit includedChanged(changedIds, included);
    AnalysisContext *ctx = context();
    if (!ctx)
        return;
    QueryFilter f = ctx->filter();
    f.sensorIds = filterSensorIds();
    ctx->setFilter(f);
    const QString path = ctx->workspacePath();
    if (path.isEmpty())
        return;
    beginWork();
    BackgroundQuery::start<Ok>(
        this, path,
        [changedIds, included](Workspace &ws) -> Status {
            for (int id : changedIds)
                if (auto s = ws.setSensorIncluded(id, included); !s)
                    return s;
            return Ok{};
        },
        [this](const Status &s) {
            endWork();
            if (!s)
                emit errorOccurred(s.error().message);
        },
        Workspace::Mode::ReadWrite);
}

int SensorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sensors.size());
}

int SensorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SensorsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SensorInfo &s = m_sensors[index.row()];
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return s.name;
        case RegionColumn: return s.region.isEmpty() ? QString() : RegionNames::name(s.region, m_language);
        case FilesColumn: return locale.toString(s.files);
        case PacketsColumn: return locale.toString(s.packets);
        case FirstSeenColumn: return formatTime(s.firstUs);
        case LastSeenColumn: return formatTime(s.lastUs);
        }
    } else if (role == RawRole) {
        switch (index.column()) {
        case NameColumn: return s.name;
        case RegionColumn: return s.region;
        case FilesColumn: return s.files;
        case PacketsColumn: return s.packets;
        case FirstSeenColumn: return s.firstUs;
        case LastSeenColumn: return s.lastUs;
        }
    } else if (role == SensorIdRole) {
        return s.id;
    } else if (role == Qt::CheckStateRole && index.column() == NameColumn) {
        return s.included ? Qt::Checked : Qt::Unchecked;
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == NameColumn) {
            const QString addresses = s.addresses.join(QLatin1String(", "));
            return s.label.isEmpty() ? addresses : tr("%1 (%2)").arg(s.label, addresses);
        }
    } else if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == FilesColumn || index.column() == PacketsColumn;
        return QVariant((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    return {};
}

bool SensorsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool included = value.toInt() == Qt::Checked;
    SensorInfo &s = m_sensors[index.row()];
    if (s.included == included)
        return true;
    s.included = included;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    applyToContext({s.id}, included);
    return true;
}

Qt::ItemFlags SensorsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant SensorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Sensor");
    case RegionColumn: return tr("Region");
    case FilesColumn: return tr("Files");
    case PacketsColumn: return tr("Packets");
    case FirstSeenColumn: return tr("First seen");
    case LastSeenColumn: return tr("Last seen");
    }
    return {};
}

} // namespace teiten
