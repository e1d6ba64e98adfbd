// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QVector>

namespace teiten {

/// Standard streams for commands, and the three output formats (table, csv, json) every listing
/// command offers. Main thread.
class CliOutput {
public:
    enum class Format { Table, Csv, Json };
    static QTextStream &out();
    static QTextStream &err();
    static bool stderrIsTerminal();
    /// Parses "table", "csv", "json"; false if unknown.
    static bool parseFormat(const QString &text, Format *format);

    /// Writes rows as an aligned text table (numbers right-aligned) or RFC 4180 CSV.
    static void writeTable(const QStringList &header, const QVector<QStringList> &rows, Format format,
                           const QVector<bool> &rightAligned = {});
    static void writeJson(const QJsonValue &value);
};

} // namespace teiten
