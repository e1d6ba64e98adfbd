// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporthtmlwriter.h"

#include <QDir>
#include <QSaveFile>

#include "figurerenderer.h"

namespace teiten {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

/// Plain text with bare URLs turned into links (references end with their URL).
QString linkify(const QString &s)
{
    QString out;
    const QStringList words = s.split(QLatin1Char(' '));
    for (int i = 0; i < words.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(' ');
        const QString &w = words[i];
        if (w.startsWith(QLatin1String("https://")))
            out += QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(w));
        else
            out += esc(w);
    }
    return out;
}

QString tableHtml(const Figure &f)
{
    QString h = QStringLiteral("<table>\n<caption>%1</caption>\n<thead><tr>").arg(esc(f.caption));
    for (const auto &c : f.columns)
        h += QStringLiteral("<th%1>%2</th>").arg(c.numeric ? QStringLiteral(" class=\"num\"") : QString(), esc(c.title));
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < f.rows.size(); ++r) {
        h += QStringLiteral("<tr>");
        for (int c = 0; c < f.columns.size(); ++c) {
            QString cell = esc(f.rows[r].value(c));
            if (c == f.keyColumn && r < f.rowColors.size())
                cell = QStringLiteral("<span class=\"chip\" style=\"background:%1\"></span>%2")
                           .arg(f.rowColors[r].name(), cell);
            h += QStringLiteral("<td%1>%2</td>").arg(f.columns[c].numeric ? QStringLiteral(" class=\"num\"") : QString(), cell);
        }
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</tbody>\n</table>\n");
    if (!f.note.isEmpty())
        h += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(f.note));
    return h;
}

} // namespace

Status ReportHtmlWriter::write(const ReportDocument &document, const QString &directory)
{
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory))
        return Error{Error::Code::Unreadable, tr("%1: cannot create the folder").arg(directory)};

    QString body;
    for (const ReportBlock &b : document.blocks) {
        switch (b.type) {
        case ReportBlock::Type::Heading:
            body += QStringLiteral("<h2>%1</h2>\n").arg(esc(b.text));
            break;
        case ReportBlock::Type::Subheading:
            body += QStringLiteral("<h3>%1</h3>\n").arg(esc(b.text));
            break;
        case ReportBlock::Type::Paragraph:
            body += QStringLiteral("<p>%1</p>\n").arg(esc(b.text));
            break;
        case ReportBlock::Type::Bullets:
            body += QStringLiteral("<ul>\n");
            for (const QString &item : b.items)
                body += QStringLiteral("<li>%1</li>\n").arg(linkify(item));
            body += QStringLiteral("</ul>\n");
            break;
        case ReportBlock::Type::Figure: {
            const Figure &f = b.figure;
            // Web figures: 1600 px wide at 200 dpi is 8 inches, sharp on high-density screens.
            FigureRenderer::Options options;
            options.size = QSize(1600, f.type == Figure::Type::Table ? 0 : 960);
            if (f.type == Figure::Type::Table) {
                QImage probe(1, 1, QImage::Format_ARGB32);
                const int dpm = int(options.dpi / 0.0254 + 0.5);
                probe.setDotsPerMeterX(dpm);
                probe.setDotsPerMeterY(dpm);
                options.size.setHeight(int(FigureRenderer::naturalHeight(&probe, f, options.size.width()) + 0.5));
            }
            const QString png = f.id + QStringLiteral(".png");
            if (auto st = FigureRenderer::write(f, dir.filePath(png), FigureRenderer::Format::Png, options); !st)
                return st;
            if (f.type == Figure::Type::Table) {
                body += tableHtml(f);
            } else {
                body += QStringLiteral("<figure>\n<img src=\"%1\" width=\"800\" alt=\"%2\">\n<figcaption>%2</figcaption>\n</figure>\n")
                            .arg(png, esc(f.caption));
            }
            break;
        }
        }
    }

    const QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"
        "<style>\n"
        "body{font-family:\"Noto Sans CJK JP\",\"Noto Sans JP\",sans-serif;max-width:52em;margin:2em auto;padding:0 1em;"
        "line-height:1.7;color:#1a1a1a}\n"
        "h1{color:#1f4e79;font-size:1.6em}h2{color:#1f4e79;border-bottom:1px solid #ccc}\n"
        ".subtitle{color:#707070}figure{margin:1.5em 0;text-align:center}img{max-width:100%;height:auto}\n"
        "figcaption,caption{font-size:.95em;margin:.4em 0}\n"
        "table{border-collapse:collapse;width:100%;border-top:2px solid #222;border-bottom:2px solid #222;margin-top:1.5em}\n"
        "th{border-bottom:1px solid #222;text-align:left}th,td{padding:.25em .6em}td.num,th.num{text-align:right}\n"
        "tbody tr:nth-child(even){background:#f2f4f7}\n"
        ".chip{display:inline-block;width:.7em;height:.7em;margin-right:.4em}.note{font-size:.85em;color:#666}\n"
        "</style>\n</head>\n<body>\n<h1>%2</h1>\n<p class=\"subtitle\">%3</p>\n%4</body>\n</html>\n")
                             .arg(document.language, esc(document.title), esc(document.subtitle), body);

    const QString path = dir.filePath(QStringLiteral("index.html"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Unreadable, tr("%1: cannot write: %2").arg(path, file.errorString())};
    file.write(html.toUtf8());
    if (!file.commit())
        return Error{Error::Code::Unreadable, tr("%1: cannot write: %2").arg(path, file.errorString())};
    return Ok{};
}

} // namespace teiten
