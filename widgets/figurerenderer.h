// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

#include "figure.h"
#include "result.h"

class QPainter;
class QPaintDevice;

namespace teiten {

/// Lays out and paints a Figure. One painting routine, paint(), serves every output: a QImage for
/// PNG, QSvgGenerator for SVG, QPdfWriter for PDF and the report's pages. Sizes are in points
/// (1/72 inch) at the target device's logical DPI, so a figure looks the same in all three formats
/// at the same physical size. Layout is measured from the real fonts before anything is drawn, so
/// labels neither overlap nor leave the figure. Needs a QGuiApplication; GUI thread or a thread
/// that may use QFont.
class FigureRenderer {
    Q_DECLARE_TR_FUNCTIONS(FigureRenderer)
public:
    enum class Format { Png, Svg, Pdf };
    struct Options {
        QSize size{1600, 1000}; ///< pixels (PNG, SVG view box); the PDF page gets the same physical size
        int dpi = 200;
    };

    /// Every figure text is set in this family: Qt would otherwise pick a CJK font per script
    /// and mix Chinese and Japanese glyph shapes within one title.
    static QString fontFamily();
    static QFont font(double pointSize, bool bold = false);

    /// Format from the file name's extension (.png, .svg, .pdf), case-insensitive.
    static std::optional<Format> formatForPath(const QString &path);
    /// The file name extension of `format` ("png"), the inverse of formatForPath.
    static QString suffix(Format format);

    /// Paints `figure` into `rect` (device coordinates of the painter's device).
    static void paint(QPainter &painter, const QRectF &rect, const Figure &figure);
    /// Height (device units) that a table needs at `width` on `device`; for charts a pleasing
    /// aspect ratio. Used by the report to place figures on a page.
    static double naturalHeight(QPaintDevice *device, const Figure &figure, double width);

    static QImage image(const Figure &figure, const Options &options);
    /// Writes `figure` to `path`; the error names the file and the reason.
    static Status write(const Figure &figure, const QString &path, Format format, const Options &options);
};

} // namespace teiten
