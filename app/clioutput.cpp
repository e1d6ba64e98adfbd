// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioutput.h"

#include <unistd.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace teiten {

QTextStream &CliOutput::out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &CliOutput::err()
{
    static QTextStream s(stderr);
    return s;
}

bool CliOutput::stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

bool CliOutput::parseFormat(const QString &text, Format *format)
{
    if (text == QLatin1String("table"))
        *format = Format::Table;
    else if (text == QLatin1String("csv"))
        *format = Format::Csv;
    else if (text == QLatin1String("json"))
        *format = Format::Json;
    else
        return false;
    return true;
}

static QString csvField(const QString &f)
{
    if (!f.contains(QLatin1Char(',')) && !f.contains(QLatin1Char('"')) && !f.contains(QLatin1Char('\n')))
        return f;
    QString q = f;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// Display width: East Asian wide characters take two columns in a terminal.
static int displayWidth(const QString &s)
{
    int w = 0;
    for (const QChar c : s) {
        const ushort u = c.unicode();
        w += (u >= 0x1100 && (u <= 0x115f || (u >= 0x2e80 && u <= 0xa4cf) || (u >= 0xac00 && u <= 0xd7a3)
                              || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xff00 && u <= 0xff60)))
            ? 2
            : 1;
    }
    return w;
}

void CliOutput::writeTable(const QStringList &header, const QVector<QStringList> &rows, Format format,
                           const QVector<bool> &rightAligned)
{
    QTextStream &o = out();
    if (format == Format::Csv) {
        QStringList h;
        for (const QString &f : header)
            h << csvField(f);
        o << h.join(QLatin1Char(',')) << '\n';
        for (const QStringList &r : rows) {
            QStringList l;
            for (const QString &f : r)
                l << csvField(f);
            o << l.join(QLatin1Char(',')) << '\n';
        }
        o.flush();
        return;
    }
    QVector<int> width(header.size(), 0);
    for (int c = 0; c < header.size(); ++c)
        width[c] = displayWidth(header[c]);
    for (const QStringList &r : rows)
        for (int c = 0; c < r.size() && c < width.size(); ++c)
            width[c] = std::max(width[c], displayWidth(r[c]));
    auto line = [&](const QStringList &r) {
        QString l;
        for (int c = 0; c < header.size(); ++c) {
            const QString f = c < r.size() ? r[c] : QString();
            const QString pad(width[c] - displayWidth(f), QLatin1Char(' '));
            const bool right = c < rightAligned.size() && rightAligned[c];
            l += (c ? QStringLiteral("  ") : QString()) + (right ? pad + f : f + pad);
        }
        while (l.endsWith(QLatin1Char(' ')))
            l.chop(1);
        o << l << '\n';
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
    o.flush();
}

void CliOutput::writeJson(const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

} // namespace teiten
