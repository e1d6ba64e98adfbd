// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpdfwriter.h"

#include <functional>
#include <memory>

#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include "figurerenderer.h"

namespace teiten {

namespace {

// Points. A4 with about 22 mm margins: a 15 cm text column, the width published reports use.
constexpr double kMargin = 62;
constexpr double kHeadOffset = 30;
constexpr double kTitlePt = 16.5;
constexpr double kSubtitlePt = 8.5;
constexpr double kHeadingPt = 12.5;
constexpr double kSubheadingPt = 10.5;
constexpr double kBodyPt = 9.5;
constexpr double kRunningPt = 7.5;
constexpr int kDpi = 300;

const QColor kInk(0x1A, 0x1A, 0x1A);
const QColor kGrey(0x70, 0x70, 0x70);
const QColor kAccent(0x1F, 0x4E, 0x79);

/// One unbreakable piece of the flow: a text line, a heading, a figure.
struct Atom {
    double height = 0;
    double spaceBefore = 0;
    bool keepWithNext = false;
    std::function<void(QPainter &, double x, double y)> paint;
};

class Flow {
public:
    Flow(QPaintDevice *device, double width) : m_device(device), m_u(device->logicalDpiY() / 72.0), m_width(width) {}

    double pt(double points) const { return points * m_u; }

    /// Wrapped text, one atom per line; `indent` shifts every line, `marker` hangs before the first.
    void text(const QString &text, const QFont &font, const QColor &color, double spaceBefore, double lineFactor,
              bool keepWithNext = false, double indent = 0, const QString &marker = {})
    {
        auto layout = std::make_shared<QTextLayout>(text, font, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout->setTextOption(option);
        layout->beginLayout();
        for (;;) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(m_width - indent);
            line.setPosition(QPointF(0, 0));
        }
        layout->endLayout();
        const QFontMetricsF fm(font, m_device);
        const double lineH = fm.height() * lineFactor;
        const double lead = (lineH - fm.height()) / 2;
        for (int i = 0; i < layout->lineCount(); ++i) {
            Atom a;
            a.height = lineH;
            a.spaceBefore = i == 0 ? spaceBefore : 0;
            a.keepWithNext = keepWithNext || (i == 0 && layout->lineCount() > 1); // no lone first line
            const bool first = i == 0;
            a.paint = [layout, i, indent, lead, color, font, marker, first](QPainter &p, double x, double y) {
                p.setPen(color);
                if (first && !marker.isEmpty()) {
                    p.setFont(font);
                    const QFontMetricsF m(font, p.device());
                    p.drawText(QPointF(x + indent - m.horizontalAdvance(marker) - m.horizontalAdvance(QLatin1Char(' ')),
                                       y + lead + m.ascent()),
                               marker);
                }
                layout->lineAt(i).draw(&p, QPointF(x + indent, y + lead));
            };
            m_atoms.push_back(std::move(a));
        }
    }

    void figure(const Figure &f, double spaceBefore)
    {
        Figure copy = f;
        // The report states the provenance once, in its last section, not under every figure.
        copy.footer.clear();
        Atom a;
        a.height = FigureRenderer::naturalHeight(m_device, copy, m_width);
        if (copy.type == Figure::Type::LineChart)
            a.height = m_width * 0.52;
        a.spaceBefore = spaceBefore;
        const double w = m_width;
        a.paint = [copy, w, h = a.height](QPainter &p, double x, double y) {
            FigureRenderer::paint(p, QRectF(x, y, w, h), copy);
        };
        m_atoms.push_back(std::move(a));
    }

    std::vector<Atom> &atoms() { return m_atoms; }

private:
    QPaintDevice *m_device;
    double m_u;
    double m_width;
    std::vector<Atom> m_atoms;
};

} // namespace

Status ReportPdfWriter::write(const ReportDocument &document, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Unreadable, tr("%1: cannot write: %2").arg(path, file.errorString())};

    QPdfWriter pdf(&file);
    pdf.setTitle(document.title);
    pdf.setCreator(QStringLiteral("Teiten %1").arg(QCoreApplication::applicationVersion()));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(kDpi);

    QPainter p;
    if (!p.begin(&pdf))
        return Error{Error::Code::Internal, tr("%1: cannot start the PDF painter").arg(path)};
    p.setRenderHint(QPainter::Antialiasing, true);

    const double u = pdf.logicalDpiY() / 72.0;
    const double pageW = pdf.width();
    const double pageH = pdf.height();
    const double left = kMargin * u;
    const double width = pageW - 2 * kMargin * u;
    const double top = kMargin * u;
    const double bottom = pageH - kMargin * u;

    Flow flow(&pdf, width);
    const QFont title = FigureRenderer::font(kTitlePt, true);
    const QFont subtitle = FigureRenderer::font(kSubtitlePt);
    const QFont headingFont = FigureRenderer::font(kHeadingPt, true);
    const QFont subheadingFont = FigureRenderer::font(kSubheadingPt, true);
    const QFont body = FigureRenderer::font(kBodyPt);
    //: Bullet of report lists
    const QString bullet = tr("•");

    flow.text(document.title, title, kAccent, 0, 1.1, true);
    flow.text(document.subtitle, subtitle, kGrey, flow.pt(4), 1.2, true);
    for (const ReportBlock &b : document.blocks) {
        switch (b.type) {
        case ReportBlock::Type::Heading:
            flow.text(b.text, headingFont, kAccent, flow.pt(18), 1.3, true);
            break;
        case ReportBlock::Type::Subheading:
            flow.text(b.text, subheadingFont, kInk, flow.pt(12), 1.3, true);
            break;
        case ReportBlock::Type::Paragraph:
            flow.text(b.text, body, kInk, flow.pt(6), 1.25);
            break;
        case ReportBlock::Type::Bullets:
            for (int i = 0; i < b.items.size(); ++i)
                flow.text(b.items[i], body, kInk, flow.pt(i == 0 ? 6 : 2), 1.25, false, flow.pt(14), bullet);
            break;
        case ReportBlock::Type::Figure:
            flow.figure(b.figure, flow.pt(10));
            break;
        }
    }

    // Place atoms on pages: an atom that does not fit starts a new page, and so does an atom that
    // must stay with the next one when the pair does not fit.
    std::vector<std::vector<std::pair<const Atom *, double>>> pages(1);
    double y = top;
    const auto &atoms = flow.atoms();
    for (size_t i = 0; i < atoms.size(); ++i) {
        const Atom &a = atoms[i];
        const bool pageStart = pages.back().empty();
        double need = (pageStart ? 0 : a.spaceBefore) + a.height;
        // Keep a heading with the whole first piece of what follows it.
        for (size_t j = i; j + 1 < atoms.size() && atoms[j].keepWithNext; ++j)
            need += atoms[j + 1].spaceBefore + atoms[j + 1].height;
        if (!pageStart && y + need > bottom) {
            pages.emplace_back();
            y = top;
        }
        if (!pages.back().empty())
            y += a.spaceBefore;
        pages.back().emplace_back(&a, y);
        y += a.height;
    }

    const QFont running = FigureRenderer::font(kRunningPt);
    const QFontMetricsF rfm(running, &pdf);
    for (size_t n = 0; n < pages.size(); ++n) {
        if (n > 0 && !pdf.newPage())
            return Error{Error::Code::Unreadable, tr("%1: cannot add a page").arg(path)};
        p.setFont(running);
        p.setPen(kGrey);
        if (n > 0) {
            const double hy = top - kHeadOffset * u;
            p.drawText(QRectF(left, hy - rfm.height(), width, rfm.height()), Qt::AlignLeft | Qt::AlignBottom,
                       rfm.elidedText(document.runningHead, Qt::ElideRight, width));
            p.setPen(QPen(QColor(0xCC, 0xCC, 0xCC), 0.5 * u));
            p.drawLine(QPointF(left, hy + 3 * u), QPointF(left + width, hy + 3 * u));
        }
        p.setPen(kGrey);
        //: Page number at the foot of report pages: %1 this page, %2 all pages
        const QString number = tr("%1 / %2").arg(n + 1).arg(pages.size());
        p.drawText(QRectF(left, bottom + (kHeadOffset - 8) * u, width, rfm.height()), Qt::AlignHCenter | Qt::AlignTop, number);
        for (const auto &[atom, ay] : pages[n])
            atom->paint(p, left, ay);
    }
    if (!p.end())
        return Error{Error::Code::Unreadable, tr("%1: cannot finish the PDF").arg(path)};
    if (!file.commit())
        return Error{Error::Code::Unreadable, tr("%1: cannot write: %2").arg(path, file.errorString())};
    return Ok{};
}

} // namespace teiten
