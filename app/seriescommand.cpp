// SPDX-License-Identifier: GPL-3.0-or-later
// teiten series --db W.db --period 2013Q3 --by port|region [--top N] [--keys K,…] [--bucket day|hour]
#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include "clicommand.h"
#include "cliqueryoptions.h"

namespace teiten {

/// Daily (or hourly) packet counts of the period's top keys, for charts.
class SeriesCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SeriesCommand)
public:
    QString name() const override { return QStringLiteral("series"); }
    QString summary() const override { return tr("Daily or hourly packet series of the top ports or regions"); }

    int run(const QStringList &args) override
    {
        QCommandLineParser p;
        CliQueryOptions q(CliQueryOptions::Period_ | CliQueryOptions::Format | CliQueryOptions::Filters | CliQueryOptions::Top,
                          CliOutput::Format::Csv);
        q.addTo(p);
        const QCommandLineOption by(QStringLiteral("by"), tr("Series by port or region."), tr("port|region"), QStringLiteral("port"));
        const QCommandLineOption bucket(QStringLiteral("bucket"), tr("day or hour."), tr("BUCKET"), QStringLiteral("day"));
        const QCommandLineOption keys(QStringLiteral("keys"), tr("Exactly these keys (comma-separated) instead of the top N."),
                                      tr("KEYS"));
        p.addOptions({by, bucket, keys});
        if (const int rc = parse(p, args, QStringLiteral("--db W.db --period 2013Q3 --by port|region")); rc >= 0)
            return rc;
        QTextStream &err = CliOutput::err();
        Dimension dim;
        if (p.value(by) == QLatin1String("port") || p.value(by) == QLatin1String("service"))
            dim = Dimension::Service;
        else if (p.value(by) == QLatin1String("region"))
            dim = Dimension::Region;
        else {
            err << tr("teiten series: --by takes port or region, not '%1'").arg(p.value(by)) << Qt::endl;
            return exitcode::Usage;
        }
        Bucket b;
        if (p.value(bucket) == QLatin1String("day"))
            b = Bucket::Day;
        else if (p.value(bucket) == QLatin1String("hour"))
            b = Bucket::Hour;
        else {
            err << tr("teiten series: --bucket takes day or hour, not '%1'").arg(p.value(bucket)) << Qt::endl;
            return exitcode::Usage;
        }
        if (const int rc = q.resolve(p); rc >= 0)
            return rc;
        if (q.format() == CliOutput::Format::Table) {
            err << tr("teiten series: use --format csv or json") << Qt::endl;
            return exitcode::Usage;
        }
        QStringList wanted;
        if (p.isSet(keys)) {
            for (const QString &k : p.value(keys).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString key = dim == Dimension::Region ? k.trimmed().toUpper() : k.trimmed();
                if (dim == Dimension::Service && !ServiceKey::parse(key)) {
                    err << tr("teiten series: invalid service '%1'").arg(key) << Qt::endl;
                    return exitcode::Usage;
                }
                wanted << (dim == Dimension::Service ? ServiceKey::parse(key)->label() : key);
            }
        } else {
            auto r = q.workspace().keysByPackets(dim, q.period(), q.filter());
            if (!r) {
                err << tr("teiten series: %1").arg(r.error().message) << Qt::endl;
                return exitcode::Input;
            }
            for (const RankRow &row : r->rows) {
                if (q.top() > 0 && wanted.size() >= q.top())
                    break;
                wanted << row.key;
            }
        }
        auto s = q.workspace().series(dim, q.period(), q.filter(), wanted, b);
        if (!s) {
            err << tr("teiten series: %1").arg(s.error().message) << Qt::endl;
            return exitcode::Input;
        }
        const int off = s->dayOffsetMinutes;
        auto bucketText = [&](qint64 us) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone(b == Bucket::Day ? off * 60 : 0));
            return b == Bucket::Day ? t.date().toString(Qt::ISODate) : t.toUTC().toString(Qt::ISODate);
        };
        if (q.format() == CliOutput::Format::Json) {
            QJsonArray buckets, series;
            for (qint64 us : s->bucketStartUs)
                buckets.append(bucketText(us));
            for (int k = 0; k < s->keys.size(); ++k) {
                QJsonArray v;
                for (qint64 n : s->values[k])
                    v.append(n);
                series.append(QJsonObject{{QStringLiteral("key"), s->keys[k]}, {QStringLiteral("values"), v}});
            }
            QJsonArray totals;
            for (qint64 n : s->totals)
                totals.append(n);
            CliOutput::writeJson(QJsonObject{{QStringLiteral("period"), q.period().text()},
                                             {QStringLiteral("by"), dim == Dimension::Service ? QStringLiteral("port") : QStringLiteral("region")},
                                             {QStringLiteral("bucket"), b == Bucket::Day ? QStringLiteral("day") : QStringLiteral("hour")},
                                             {QStringLiteral("day_offset_minutes"), off},
                                             {QStringLiteral("buckets"), buckets},
                                             {QStringLiteral("series"), series},
                                             {QStringLiteral("totals"), totals}});
            return exitcode::Success;
        }
        QStringList header{b == Bucket::Day ? QStringLiteral("date") : QStringLiteral("hour")};
        header << s->keys << QStringLiteral("total");
        QVector<QStringList> rows;
        for (int i = 0; i < s->bucketStartUs.size(); ++i) {
            QStringList r{bucketText(s->bucketStartUs[i])};
            for (int k = 0; k < s->keys.size(); ++k)
                r << QString::number(s->values[k][i]);
            r << QString::number(s->totals[i]);
            rows << r;
        }
        CliOutput::writeTable(header, rows, CliOutput::Format::Csv);
        return exitcode::Success;
    }
};

TEITEN_REGISTER_COMMAND(SeriesCommand, "series");

} // namespace teiten
