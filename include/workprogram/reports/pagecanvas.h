#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QRectF>
#include <QString>
#include <QVector>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;

namespace wp::reports {

class PageCanvas;

/// Something placed whole on a page: a header block, a title, a paragraph, a signature.
class Block
{
public:
    virtual ~Block() = default;
    virtual double height(const PageCanvas& canvas) const = 0;
    virtual void paint(PageCanvas& canvas, double top) const = 0;
};

/// A block that measures and paints with one function, so the two can never disagree:
/// layout() paints when asked to and returns the height either way.
class LaidOutBlock : public Block
{
public:
    double height(const PageCanvas& canvas) const final { return layout(canvas, 0, false); }
    void paint(PageCanvas& canvas, double top) const final { layout(canvas, top, true); }

protected:
    virtual double layout(const PageCanvas& canvas, double top, bool paint) const = 0;
};

/// Vertical space.
class Spacer final : public Block
{
public:
    explicit Spacer(double mm) : m_mm(mm) {}
    double height(const PageCanvas& canvas) const override;
    void paint(PageCanvas&, double) const override {}

private:
    double m_mm;
};

/// The pages of a report as they fill up: the position on the page, page breaks, and what
/// every page but a document's first carries besides the text (the page number centred at the
/// top, and a footer naming the source with "Trang x/y").
///
/// A report is flowed twice through the same code: once measuring (no painter: only pages are
/// counted, so that "Trang x/y" knows y) and once painting. Coordinates are device pixels with
/// the origin at the top-left corner of the paper.
class PageCanvas
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::PageCanvas)

public:
    /// A4 with the margins of Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm.
    static QPageLayout a4(QPageLayout::Orientation orientation);

    /// @p painter null: a measuring pass. @p sectionPages: the page count of each section found
    /// by the measuring pass, for the footers of the painting pass.
    PageCanvas(QPagedPaintDevice& device, QPainter* painter, QVector<int> sectionPages = {});

    QPaintDevice* device() const;
    /// The painter, or nullptr while measuring.
    QPainter* painter() const { return m_painter; }
    double mm(double v) const { return v * m_dpi / 25.4; }

    /// The area inside the margins.
    const QRectF& body() const { return m_body; }
    double y() const { return m_y; }
    double remaining() const { return m_body.bottom() - m_y; }
    bool fits(double h) const { return m_y + h <= m_body.bottom() + 0.01; }
    /// True when nothing has been placed on the current page yet.
    bool atTop() const { return m_y <= m_body.top() + 0.01; }
    void advance(double dy) { m_y += dy; }

    /// Starts a document of its own: a new page (unless nothing was placed yet), page numbers
    /// from 1 again, and @p footer in the footer of its pages.
    /// @p footer ends with @p source (the report's source label), which is never shortened.
    /// @p fingerprint, when not empty, is printed under the footer on every page, the first too.
    void beginSection(const QString& footer, const QString& source = QString(), const QString& fingerprint = QString());
    void newPage();
    /// Ends the last page. Returns the number of pages of each section.
    const QVector<int>& finish();
    int pageCount() const { return m_pageCount; }

    /// Places @p block whole, on a new page when it does not fit together with the first
    /// @p keepWithNext pixels of what follows it.
    void place(const Block& block, double keepWithNext = 0);

private:
    void startPage();
    void endPage();

    QPagedPaintDevice& m_device;
    QPainter* m_painter;
    QVector<int> m_knownSectionPages;
    QVector<int> m_sectionPages;
    QString m_footer;
    QString m_footerSource;
    QString m_fingerprint;
    double m_dpi = 72;
    QRectF m_page;
    QRectF m_body;
    double m_y = 0;
    int m_pageCount = 0;
    int m_pageInSection = 0;
    bool m_pageOpen = false;
};

} // namespace wp::reports
