// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurerenderer.h"

#include <algorithm>
#include <cmath>

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QLoggingCategory>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

Q_LOGGING_CATEGORY(lcFigure, "teiten.figure")

namespace teiten {

namespace {

// Type sizes in points, chosen for an A4 column (about 17 cm) and a 8 × 5 inch PNG alike.
constexpr double kCaptionPt = 9.5;
constexpr double kTickPt = 7.5;
constexpr double kLegendPt = 8.0;
constexpr double kTablePt = 8.5;
constexpr double kNotePt = 7.0;
constexpr double kFooterPt = 6.0;
constexpr double kPadPt = 8.0;

const QColor kInk(0x22, 0x22, 0x22);
const QColor kGrey(0x66, 0x66, 0x66);
const QColor kGrid(0xDD, 0xDD, 0xDD);
const QColor kStripe(0xF2, 0xF4, 0xF7);
const QColor kHighlight(0xFF, 0xE8, 0xA3, 150);

/// Everything paint() needs about the device: points → device units and text measuring.
struct Ctx {
    QPaintDevice *device = nullptr;
    double u = 1.0; ///< device units per point

    double pt(double points) const { return points * u; }
    QFontMetricsF metrics(const QFont &f) const { return QFontMetricsF(f, device); }
    double textWidth(const QFont &f, const QString &s) const { return metrics(f).horizontalAdvance(s); }
    double lineHeight(const QFont &f) const { return metrics(f).height(); }
    /// Height of `text` wrapped at `width`.
    double wrappedHeight(const QFont &f, const QString &text, double width) const
    {
        if (text.isEmpty())
            return 0;
        return metrics(f).boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
    }
};

Ctx contextFor(QPaintDevice *device)
{
    Ctx c;
    c.device = device;
    c.u = device ? device->logicalDpiY() / 72.0 : 1.0;
    return c;
}

/// A round step (1, 2, 2.5, 5 × 10^k) near `raw`.
double niceStep(double raw)
{
    if (raw <= 0)
        return 1;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= m * mag)
            return std::max(1.0, m * mag);
    }
    return 10 * mag;
}

QString formatNumber(const QString &language, double v)
{
    const QLocale loc(language == QLatin1String("ja") ? QLocale::Japanese : QLocale::English);
    if (std::abs(v - std::round(v)) < 1e-9)
        return loc.toString(qint64(std::llround(v)));
    return loc.toString(v, 'f', 1);
}

QLocale localeFor(const QString &language)
{
    return language == QLatin1String("ja") ? QLocale(QLocale::Japanese, QLocale::Japan)
                                           : QLocale(QLocale::English, QLocale::UnitedStates);
}

// ---- chart ------------------------------------------------------------------------------------

/// Indices of `days` that get a date label: the densest regular choice whose labels do not touch.
QVector<int> dateLabelIndices(const Ctx &c, const QFont &f, const Figure &fig, double plotWidth)
{
    const int n = int(fig.days.size());
    if (n == 0)
        return {};
    const QLocale loc = localeFor(fig.language);
    double widest = 0;
    for (const QDate &d : fig.days)
        widest = std::max(widest, c.textWidth(f, loc.toString(d, fig.dateAxisFormat)));
    const double need = widest + c.pt(6);
    const double dx = n > 1 ? plotWidth / (n - 1) : plotWidth;

    auto spacingOk = [&](const QVector<int> &idx) {
        for (int i = 1; i < idx.size(); ++i) {
            if ((idx[i] - idx[i - 1]) * dx < need)
                return false;
        }
        return true;
    };
    auto every = [&](int k) {
        QVector<int> idx;
        for (int i = 0; i < n; i += k)
            idx << i;
        return idx;
    };
    auto monthDays = [&](const QList<int> &daysOfMonth, int monthStep) {
        QVector<int> idx;
        for (int i = 0; i < n; ++i) {
            const QDate &d = fig.days[i];
            if (daysOfMonth.contains(d.day()) && (d.month() - 1) % monthStep == 0)
                idx << i;
        }
        return idx;
    };
    const QVector<QVector<int>> candidates = {
        every(1), every(2), every(7), monthDays({1, 15}, 1), monthDays({1}, 1), monthDays({1}, 3), monthDays({1}, 12),
    };
    for (const auto &idx : candidates) {
        if (!idx.isEmpty() && spacingOk(idx))
            return idx;
    }
    return {0};
}

struct LegendLayout {
    bool right = true;
    double width = 0;   ///< right mode: column width; bottom mode: full width
    double height = 0;
    QVector<QPointF> positions; ///< top-left of each entry, relative to the legend's origin
};

LegendLayout layoutLegend(const Ctx &c, const QFont &f, const Figure &fig, double totalWidth, double columnHeight)
{
    LegendLayout l;
    const double sample = c.pt(14), gap = c.pt(4), rowH = c.lineHeight(f) * 1.25;
    double widest = 0;
    QVector<double> widths;
    for (const auto &s : fig.series) {
        const double w = sample + gap + c.textWidth(f, s.label);
        widths << w;
        widest = std::max(widest, w);
    }
    if (fig.series.isEmpty())
        return l;
    // Beside the plot: one column, or two or three (filled top to bottom, in rank order) when one
    // would run past the plot's bottom into the caption, as twenty curves in a wide figure did.
    const int n = int(widths.size());
    const double colGap = c.pt(12);
    for (int cols = 1; cols <= 3; ++cols) {
        const int rows = (n + cols - 1) / cols;
        const double width = cols * widest + (cols - 1) * colGap + c.pt(kPadPt);
        if (width > totalWidth * (cols == 1 ? 0.3 : 0.4) || rows * rowH > columnHeight)
            continue;
        l.right = true;
        l.width = width;
        for (int i = 0; i < n; ++i)
            l.positions << QPointF(c.pt(kPadPt) + (i / rows) * (widest + colGap), (i % rows) * rowH);
        l.height = rows * rowH;
        return l;
    }
    // Too wide or too tall beside the plot: flow the entries in rows under it.
    l.right = false;
    l.width = totalWidth;
    double x = 0, y = 0;
    for (int i = 0; i < widths.size(); ++i) {
        if (x > 0 && x + widths[i] > totalWidth) {
            x = 0;
            y += rowH;
        }
        l.positions << QPointF(x, y);
        x += widths[i] + colGap;
    }
    l.height = y + rowH;
    return l;
}

void drawLegend(QPainter &p, const Ctx &c, const QFont &f, const Figure &fig, const LegendLayout &l, QPointF origin)
{
    const double sample = c.pt(14), gap = c.pt(4);
    const QFontMetricsF fm = c.metrics(f);
    const double rowH = fm.height() * 1.25;
    p.setFont(f);
    for (int i = 0; i < fig.series.size() && i < l.positions.size(); ++i) {
        const QPointF at = origin + l.positions[i];
        const double midY = at.y() + rowH / 2;
        p.setPen(QPen(fig.series[i].color, c.pt(1.8), Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(at.x(), midY), QPointF(at.x() + sample, midY));
        p.setPen(kInk);
        p.drawText(QRectF(at.x() + sample + gap, at.y(), 1e6, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   fig.series[i].label);
    }
}

/// Draws the caption and footer at the bottom of `area`; returns the space left above them.
QRectF drawCaptionAndFooterBelow(QPainter &p, const Ctx &c, const Figure &fig, const QRectF &area)
{
    const QFont capFont = FigureRenderer::font(kCaptionPt);
    const QFont footFont = FigureRenderer::font(kFooterPt);
    const QString footer = fig.footer.join(QLatin1Char('\n'));
    const double footH = c.wrappedHeight(footFont, footer, area.width());
    const double capH = c.wrappedHeight(capFont, fig.caption, area.width());
    double bottom = area.bottom();
    if (footH > 0) {
        p.setFont(footFont);
        p.setPen(kGrey);
        p.drawText(QRectF(area.left(), bottom - footH, area.width(), footH), Qt::TextWordWrap | Qt::AlignLeft, footer);
        bottom -= footH + c.pt(4);
    }
    if (capH > 0) {
        p.setFont(capFont);
        p.setPen(kInk);
        p.drawText(QRectF(area.left(), bottom - capH, area.width(), capH), Qt::TextWordWrap | Qt::AlignHCenter,
                   fig.caption);
        bottom -= capH + c.pt(6);
    }
    return QRectF(area.left(), area.top(), area.width(), std::max(0.0, bottom - area.top()));
}

void paintChart(QPainter &p, const Ctx &c, const Figure &fig, const QRectF &rect)
{
    const QRectF inner = rect.adjusted(c.pt(kPadPt), c.pt(kPadPt), -c.pt(kPadPt), -c.pt(kPadPt));
    const QRectF above = drawCaptionAndFooterBelow(p, c, fig, inner);

    const QFont tickFont = FigureRenderer::font(kTickPt);
    const QFont legendFont = FigureRenderer::font(kLegendPt);
    const QFontMetricsF tfm = c.metrics(tickFont);
    const QLocale loc = localeFor(fig.language);

    const double axisTitleH = fig.valueAxisTitle.isEmpty() ? 0 : tfm.height() + c.pt(4);
    const double xLabelH = tfm.height() + c.pt(4);
    double plotTop = above.top() + axisTitleH + tfm.height() / 2;
    const LegendLayout legend = layoutLegend(c, legendFont, fig, above.width(), above.bottom() - xLabelH - plotTop);
    double maxValue = 0;
    for (const auto &s : fig.series) {
        for (double v : s.values)
            maxValue = std::max(maxValue, v);
    }

    double plotBottom = above.bottom() - xLabelH - (legend.right ? 0 : legend.height + c.pt(6));
    const double plotH = std::max(c.pt(20), plotBottom - plotTop);
    plotBottom = plotTop + plotH;

    // Value ticks: as many as fit with a comfortable gap, at round steps.
    const int wanted = std::clamp(int(plotH / (tfm.height() * 2.6)), 2, 8);
    const double step = niceStep(std::max(1.0, maxValue) / wanted);
    const double top = std::max(step, std::ceil(std::max(1.0, maxValue) / step) * step);
    QStringList tickLabels;
    double tickW = 0;
    for (double v = 0; v <= top + step / 2; v += step) {
        tickLabels << formatNumber(fig.language, v);
        tickW = std::max(tickW, tfm.horizontalAdvance(tickLabels.last()));
    }
    const double plotLeft = above.left() + std::max(tickW + c.pt(5), fig.valueAxisTitle.isEmpty() ? 0.0 : 0.0);
    double plotRight = above.right() - (legend.right ? legend.width : 0);
    // Leave room for half of the last date label beyond the last day.
    plotRight -= c.pt(6);
    const QRectF plot(plotLeft, plotTop, std::max(c.pt(20), plotRight - plotLeft), plotH);

    auto yOf = [&](double v) { return plot.bottom() - v / top * plot.height(); };
    const int n = int(fig.days.size());
    auto xOf = [&](double i) { return n > 1 ? plot.left() + i / (n - 1) * plot.width() : plot.center().x(); };

    // Highlighted window behind everything else.
    if (fig.highlight && n > 0) {
        const int a = int(fig.days.first().daysTo(fig.highlight->first));
        const int b = int(fig.days.first().daysTo(fig.highlight->last));
        const double half = n > 1 ? plot.width() / (n - 1) / 2 : 0;
        const double x0 = std::clamp(xOf(a) - half, plot.left(), plot.right());
        const double x1 = std::clamp(xOf(b) + half, plot.left(), plot.right());
        if (x1 > x0) {
            p.fillRect(QRectF(x0, plot.top(), x1 - x0, plot.height()), kHighlight);
            if (!fig.highlight->label.isEmpty()) {
                p.setFont(tickFont);
                p.setPen(kGrey);
                const double w = tfm.horizontalAdvance(fig.highlight->label);
                double lx = std::clamp((x0 + x1) / 2 - w / 2, plot.left() + c.pt(2), plot.right() - w - c.pt(2));
                p.drawText(QRectF(lx, plot.top() + c.pt(2), w + 1, tfm.height()), Qt::AlignLeft | Qt::AlignTop,
                           fig.highlight->label);
            }
        }
    }

    // Grid and value labels.
    p.setFont(tickFont);
    for (int i = 0; i < tickLabels.size(); ++i) {
        const double y = yOf(i * step);
        p.setPen(QPen(i == 0 ? kGrey : kGrid, c.pt(i == 0 ? 0.8 : 0.5)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kInk);
        p.drawText(QRectF(above.left(), y - tfm.height() / 2, plot.left() - above.left() - c.pt(5), tfm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, tickLabels[i]);
    }
    if (!fig.valueAxisTitle.isEmpty()) {
        p.setPen(kInk);
        p.drawText(QRectF(above.left(), above.top(), above.width() / 2, tfm.height()), Qt::AlignLeft | Qt::AlignTop,
                   fig.valueAxisTitle);
    }

    // Date labels.
    const QVector<int> labelled = dateLabelIndices(c, tickFont, fig, plot.width());
    for (int i : labelled) {
        const double x = xOf(i);
        p.setPen(QPen(kGrid, c.pt(0.5)));
        if (i > 0)
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(QPen(kGrey, c.pt(0.8)));
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + c.pt(3)));
        const QString text = loc.toString(fig.days[i], fig.dateAxisFormat);
        const double w = tfm.horizontalAdvance(text);
        const double lx = std::clamp(x - w / 2, above.left(), above.right() - w);
        p.setPen(kInk);
        p.drawText(QRectF(lx, plot.bottom() + c.pt(4), w + 1, tfm.height()), Qt::AlignLeft | Qt::AlignTop, text);
    }
    p.setPen(QPen(kGrey, c.pt(0.8)));
    p.drawLine(plot.bottomLeft(), plot.topLeft());

    if (fig.series.isEmpty() || maxValue <= 0) {
        const QString text = fig.emptyText;
        p.setFont(legendFont);
        p.setPen(kGrey);
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, text);
    }

    // Series, the first (largest) drawn last so it stays on top.
    p.save();
    p.setClipRect(plot.adjusted(-c.pt(1), -c.pt(1), c.pt(1), c.pt(1)));
    for (int k = int(fig.series.size()) - 1; k >= 0; --k) {
        const auto &s = fig.series[k];
        QPainterPath path;
        for (int i = 0; i < s.values.size() && i < n; ++i) {
            const QPointF pt(xOf(i), yOf(s.values[i]));
            if (i == 0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        p.setPen(QPen(s.color, c.pt(1.3), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    p.restore();

    if (legend.right)
        drawLegend(p, c, legendFont, fig, legend, QPointF(plot.right() + c.pt(6), plot.top()));
    else
        drawLegend(p, c, legendFont, fig, legend, QPointF(above.left(), plot.bottom() + xLabelH + c.pt(6)));
}

// ---- table ------------------------------------------------------------------------------------

struct TableLayout {
    QFont font;
    QFont headFont;
    QVector<double> widths;
    double rowH = 0;
    double headH = 0;
    double chip = 0;
    double captionH = 0;
    double noteH = 0;
    double footerH = 0;
    double total = 0;
};

TableLayout layoutTable(const Ctx &c, const Figure &fig, double width)
{
    TableLayout t;
    const double avail = width - 2 * c.pt(kPadPt);
    // Shrink the type (down to 70 %) rather than clip a table that is too wide.
    for (double scale = 1.0; scale >= 0.69; scale -= 0.05) {
        t.font = FigureRenderer::font(kTablePt * scale);
        t.headFont = FigureRenderer::font(kTablePt * scale, true);
        const double cellPad = c.pt(6 * scale);
        t.chip = c.pt(7 * scale);
        t.widths.fill(0, fig.columns.size());
        for (int col = 0; col < fig.columns.size(); ++col) {
            double w = c.textWidth(t.headFont, fig.columns[col].title);
            for (const auto &row : fig.rows) {
                if (col < row.size())
                    w = std::max(w, c.textWidth(t.font, row[col]) + (col == fig.keyColumn ? t.chip + c.pt(4) : 0));
            }
            t.widths[col] = w + 2 * cellPad;
        }
        double sum = 0;
        for (double w : t.widths)
            sum += w;
        if (sum <= avail || scale < 0.74) {
            // Spread what is left evenly so the table spans the column like a printed one.
            if (sum < avail && !t.widths.isEmpty()) {
                const double extra = (avail - sum) / t.widths.size();
                for (double &w : t.widths)
                    w += extra;
            }
            break;
        }
    }
    t.rowH = c.lineHeight(t.font) * 1.7;
    t.headH = c.lineHeight(t.headFont) * 1.8;
    t.captionH = c.wrappedHeight(FigureRenderer::font(kCaptionPt), fig.caption, avail);
    t.noteH = c.wrappedHeight(FigureRenderer::font(kNotePt), fig.note, avail);
    t.footerH = c.wrappedHeight(FigureRenderer::font(kFooterPt), fig.footer.join(QLatin1Char('\n')), avail);
    t.total = c.pt(kPadPt) + t.captionH + c.pt(6) + t.headH + t.rowH * fig.rows.size() + (t.noteH > 0 ? c.pt(5) + t.noteH : 0)
        + (t.footerH > 0 ? c.pt(6) + t.footerH : 0) + c.pt(kPadPt);
    return t;
}

void paintTable(QPainter &p, const Ctx &c, const Figure &fig, const QRectF &rect)
{
    const TableLayout t = layoutTable(c, fig, rect.width());
    const double left = rect.left() + c.pt(kPadPt);
    const double avail = rect.width() - 2 * c.pt(kPadPt);
    double y = rect.top() + c.pt(kPadPt);

    p.setFont(FigureRenderer::font(kCaptionPt));
    p.setPen(kInk);
    p.drawText(QRectF(left, y, avail, t.captionH), Qt::TextWordWrap | Qt::AlignHCenter, fig.caption);
    y += t.captionH + c.pt(6);

    double tableW = 0;
    for (double w : t.widths)
        tableW += w;
    const double cellPad = (t.widths.isEmpty() ? 0 : c.pt(6) * t.font.pointSizeF() / kTablePt);

    auto drawRow = [&](const QStringList &cells, const QFont &f, double top, double h, int rowIndex) {
        double x = left;
        p.setFont(f);
        for (int col = 0; col < fig.columns.size(); ++col) {
            const QString text = col < cells.size() ? cells[col] : QString();
            QRectF cell(x + cellPad, top, t.widths[col] - 2 * cellPad, h);
            if (rowIndex >= 0 && col == fig.keyColumn && rowIndex < fig.rowColors.size()) {
                const QRectF chipRect(cell.left(), top + (h - t.chip) / 2, t.chip, t.chip);
                p.fillRect(chipRect, fig.rowColors[rowIndex]);
                cell.setLeft(cell.left() + t.chip + c.pt(4));
            }
            p.setPen(kInk);
            const Qt::Alignment align = (fig.columns[col].numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            p.drawText(cell, int(align), text);
            x += t.widths[col];
        }
    };

    p.setPen(QPen(kInk, c.pt(1.0)));
    p.drawLine(QPointF(left, y), QPointF(left + tableW, y));
    QStringList heads;
    for (const auto &col : fig.columns)
        heads << col.title;
    drawRow(heads, t.headFont, y, t.headH, -1);
    y += t.headH;
    p.setPen(QPen(kInk, c.pt(0.6)));
    p.drawLine(QPointF(left, y), QPointF(left + tableW, y));
    for (int r = 0; r < fig.rows.size(); ++r) {
        if (r % 2 == 1)
            p.fillRect(QRectF(left, y, tableW, t.rowH), kStripe);
        drawRow(fig.rows[r], t.font, y, t.rowH, r);
        y += t.rowH;
    }
    p.setPen(QPen(kInk, c.pt(1.0)));
    p.drawLine(QPointF(left, y), QPointF(left + tableW, y));

    if (t.noteH > 0) {
        y += c.pt(5);
        p.setFont(FigureRenderer::font(kNotePt));
        p.setPen(kGrey);
        p.drawText(QRectF(left, y, avail, t.noteH), Qt::TextWordWrap | Qt::AlignLeft, fig.note);
        y += t.noteH;
    }
    if (t.footerH > 0) {
        // At the bottom of a fixed-size figure, right under the table on a report page.
        const double fy = std::max(y + c.pt(6), rect.bottom() - c.pt(kPadPt) - t.footerH);
        p.setFont(FigureRenderer::font(kFooterPt));
        p.setPen(kGrey);
        p.drawText(QRectF(left, fy, avail, t.footerH), Qt::TextWordWrap | Qt::AlignLeft,
                   fig.footer.join(QLatin1Char('\n')));
    }
}

} // namespace

QString FigureRenderer::fontFamily()
{
    static const QString family = [] {
        const QString wanted = QStringLiteral("Noto Sans CJK JP");
        if (!QFontDatabase::families().contains(wanted))
            qCWarning(lcFigure) << "font" << wanted << "is not installed (fonts-noto-cjk); Japanese may show as boxes";
        return wanted;
    }();
    return family;
}

QFont FigureRenderer::font(double pointSize, bool bold)
{
    QFont f(fontFamily());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // No OpenType shaping for Latin runs: Noto Sans CJK substitutes digit glyphs there, and Qt's PDF
    // writer can only map cmap glyphs back to text, so digits would vanish from pdftotext and search.
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferAntialias | QFont::PreferNoShaping));
    // Unhinted advances: the layout measured here must match what SVG and PDF viewers draw.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

std::optional<FigureRenderer::Format> FigureRenderer::formatForPath(const QString &path)
{
    const QString extension = QFileInfo(path).suffix().toLower();
    for (const Format f : {Format::Png, Format::Svg, Format::Pdf})
        if (extension == suffix(f))
            return f;
    return std::nullopt;
}

QString FigureRenderer::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return QStringLiteral("png");
}

void FigureRenderer::paint(QPainter &painter, const QRectF &rect, const Figure &figure)
{
    const Ctx c = contextFor(painter.device());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setClipRect(rect);
    if (figure.type == Figure::Type::Table)
        paintTable(painter, c, figure, rect);
    else
        paintChart(painter, c, figure, rect);
    painter.restore();
}

double FigureRenderer::naturalHeight(QPaintDevice *device, const Figure &figure, double width)
{
    const Ctx c = contextFor(device);
    if (figure.type == Figure::Type::Table)
        return layoutTable(c, figure, width).total;
    return width * 0.62;
}

QImage FigureRenderer::image(const Figure &figure, const Options &options)
{
    QImage img(options.size, QImage::Format_ARGB32_Premultiplied);
    // The DPI decides how large a point is: fonts and lines scale with it.
    const int dpm = int(std::lround(options.dpi / 0.0254));
    img.setDotsPerMeterX(dpm);
    img.setDotsPerMeterY(dpm);
    img.fill(Qt::white);
    QPainter p(&img);
    paint(p, QRectF(QPointF(0, 0), QSizeF(options.size)), figure);
    p.end();
    return img;
}

Status FigureRenderer::write(const Figure &figure, const QString &path, Format format, const Options &options)
{
    if (options.size.width() < 16 || options.size.height() < 16 || options.dpi < 16 || options.dpi > 2400)
        return Error{Error::Code::Usage, tr("%1: figure size %2×%3 at %4 dpi is not usable")
                                             .arg(path)
                                             .arg(options.size.width())
                                             .arg(options.size.height())
                                             .arg(options.dpi)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Unreadable, tr("%1: cannot write: %2").arg(path, file.errorString())};

    switch (format) {
    case Format::Png: {
        const QImage img = image(figure, options);
        if (!img.save(&file, "PNG"))
            return Error{Error::Code::Unreadable, tr("%1: cannot write PNG: %2").arg(path, file.errorString())};
        break;
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(options.size);
        svg.setViewBox(QRect(QPoint(0, 0), options.size));
        svg.setResolution(options.dpi);
        svg.setTitle(figure.caption);
        svg.setDescription(figure.footer.join(QLatin1Char('\n')));
        QPainter p;
        if (!p.begin(&svg))
            return Error{Error::Code::Internal, tr("%1: cannot start the SVG painter").arg(path)};
        p.fillRect(QRectF(QPointF(0, 0), QSizeF(options.size)), Qt::white);
        paint(p, QRectF(QPointF(0, 0), QSizeF(options.size)), figure);
        p.end();
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setTitle(figure.caption);
        pdf.setCreator(QStringLiteral("Teiten %1").arg(QCoreApplication::applicationVersion()));
        // The page is the figure: same physical size as the PNG would print at.
        const QSizeF points(options.size.width() * 72.0 / options.dpi, options.size.height() * 72.0 / options.dpi);
        pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(std::max(options.dpi, 300));
        QPainter p;
        if (!p.begin(&pdf))
            return Error{Error::Code::Internal, tr("%1: cannot start the PDF painter").arg(path)};
        paint(p, QRectF(0, 0, pdf.width(), pdf.height()), figure);
        p.end();
        break;
    }
    }
    if (!file.commit())
        return Error{Error::Code::Unreadable, tr("%1: cannot write: %2").arg(path, file.errorString())};
    return Ok{};
}

} // namespace teiten
