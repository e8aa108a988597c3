#include "workprogram/reports/pagecanvas.h"

#include "workprogram/reports/textbox.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

namespace wp::reports {

double Spacer::height(const PageCanvas& canvas) const
{
    return canvas.mm(m_mm);
}

QPageLayout PageCanvas::a4(QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(30, 20, 15, 20), QPageLayout::Millimeter);
}

PageCanvas::PageCanvas(QPagedPaintDevice& device, QPainter* painter, QVector<int> sectionPages)
    : m_device(device), m_painter(painter), m_knownSectionPages(std::move(sectionPages))
{
    const int dpi = device.logicalDpiY();
    m_dpi = dpi;
    const QPageLayout layout = device.pageLayout();
    const QRectF full = layout.fullRectPixels(dpi);
    m_page = QRectF(QPointF(0, 0), full.size());
    m_body = m_page.marginsRemoved(layout.marginsPixels(dpi));
    // The device's origin is the corner of its paintable area (the margins, unless the layout
    // is in full-page mode); move it to the corner of the paper, where page numbers and
    // footers are placed.
    if (m_painter)
        m_painter->translate(-QPointF(layout.paintRectPixels(dpi).topLeft()));
    m_y = m_body.top();
}

QPaintDevice* PageCanvas::device() const
{
    return &m_device;
}

void PageCanvas::beginSection(const QString& footer, const QString& source, const QString& fingerprint)
{
    if (m_pageOpen) {
        endPage();
        m_sectionPages.append(m_pageInSection);
        if (m_painter)
            m_device.newPage();
    }
    m_footer = footer;
    m_footerSource = footer.endsWith(source) ? source : QString();
    m_fingerprint = fingerprint;
    m_pageInSection = 0;
    startPage();
}

void PageCanvas::newPage()
{
    if (!m_pageOpen) {
        startPage();
        return;
    }
    endPage();
    if (m_painter)
        m_device.newPage();
    startPage();
}

const QVector<int>& PageCanvas::finish()
{
    if (m_pageOpen) {
        endPage();
        m_sectionPages.append(m_pageInSection);
    }
    return m_sectionPages;
}

void PageCanvas::place(const Block& block, double keepWithNext)
{
    if (!m_pageOpen)
        startPage();
    const double h = block.height(*this);
    if (!fits(h + keepWithNext) && !atTop())
        newPage();
    if (m_painter)
        block.paint(*this, m_y);
    advance(h);
}

void PageCanvas::startPage()
{
    m_pageOpen = true;
    ++m_pageCount;
    ++m_pageInSection;
    m_y = m_body.top();
    // Nghị định 30/2020: the page number is centred in the top margin, from the second page on.
    if (m_painter && m_pageInSection >= 2) {
        const TextBox number(QString::number(m_pageInSection), reportFont({13}), &m_device, m_body.width(),
                             Qt::AlignHCenter);
        m_painter->setPen(Qt::black);
        number.draw(*m_painter, QPointF(m_body.left(), mm(10)));
    }
}

void PageCanvas::endPage()
{
    m_pageOpen = false;
    // The snapshot's hash goes on every page, the first too: a paper copy of one page must be
    // checkable as well. Small, in the bottom margin under the footer line.
    if (m_painter && !m_fingerprint.isEmpty()) {
        const TextBox line(m_fingerprint, reportFont({8, false, false}), &m_device, m_body.width(), Qt::AlignLeft);
        m_painter->setPen(Qt::black);
        line.draw(*m_painter, QPointF(m_body.left(), m_body.bottom() + mm(12)));
    }
    // The first page of a document is the one filed and signed: the decree puts nothing on it
    // but the document (its page number would be 1, which the decree does not print either).
    if (!m_painter || m_pageInSection == 1)
        return;
    const qsizetype section = m_sectionPages.size();
    const int total = section < m_knownSectionPages.size() ? m_knownSectionPages.at(section) : m_pageInSection;
    const QFont font = reportFont({10, false, true});
    const QString pageText = tr("Trang %1/%2").arg(m_pageInSection).arg(total);
    const TextBox right(pageText, font, &m_device, m_body.width(), Qt::AlignRight);
    // One line: a long unit name is shortened in the middle rather than pushing the source
    // label ("Trạng thái hiện tại", a snapshot's name) onto a second line.
    const double leftWidth = m_body.width() - right.naturalWidth() - mm(10);
    // The source label at its end stays whole: the rest is shortened to make room for it.
    const QFontMetricsF metrics(font, &m_device);
    const QString head = m_footer.left(m_footer.size() - m_footerSource.size());
    const QString footer =
        metrics.elidedText(head, Qt::ElideMiddle, leftWidth - metrics.horizontalAdvance(m_footerSource)) +
        m_footerSource;
    const TextBox left(footer, font, &m_device, leftWidth, Qt::AlignLeft);
    const double top = m_body.bottom() + mm(7);
    m_painter->setPen(Qt::black);
    left.draw(*m_painter, QPointF(m_body.left(), top));
    right.draw(*m_painter, QPointF(m_body.left(), top));
}

} // namespace wp::reports
