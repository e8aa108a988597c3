#include "workprogram/reports/tablelayout.h"

#include "workprogram/reports/textbox.h"

#include <QPainter>

#include <memory>
#include <numeric>

namespace wp::reports {

TableLayout::TableLayout(QVector<TableColumn> columns, const TableRows& rows, double fontPt, double widthMm)
    : m_columns(std::move(columns)), m_rows(rows), m_fontPt(fontPt), m_widthMm(widthMm)
{}

TableLayout::~TableLayout() = default;

TableLayout::Geometry TableLayout::geometry(const PageCanvas& canvas) const
{
    Geometry g;
    const QRectF body = canvas.body();
    const double width = m_widthMm > 0 ? qMin(canvas.mm(m_widthMm), body.width()) : body.width();
    g.left = body.left() + (body.width() - width) / 2;
    const double weights = std::accumulate(m_columns.cbegin(), m_columns.cend(), 0.0,
                                           [](double s, const TableColumn& c) { return s + c.weight; });
    double x = g.left;
    for (const TableColumn& c : m_columns) {
        g.x.append(x);
        x += width * c.weight / weights;
    }
    g.x.append(g.left + width);
    g.padX = canvas.mm(1.5);
    g.padY = canvas.mm(1.0);
    return g;
}

// The cells of a row as [left, right) spans: a heading's text spans every column after the first.
QVector<QPair<double, double>> TableLayout::cellSpans(const TableRow& row, const Geometry& g) const
{
    QVector<QPair<double, double>> spans;
    const int n = int(m_columns.size());
    if (row.kind == TableRow::Kind::Heading && n > 1) {
        spans.append({g.x[0], g.x[1]});
        spans.append({g.x[1], g.x[n]});
        return spans;
    }
    for (int c = 0; c < n; ++c)
        spans.append({g.x[c], g.x[c + 1]});
    return spans;
}

double TableLayout::cellHeight(const PageCanvas& canvas, const TableRow& row, int column, const Geometry& g) const
{
    const auto spans = cellSpans(row, g);
    const QString text = column < row.cells.size() ? row.cells.at(column) : QString();
    const TextBox box(text.isEmpty() ? QStringLiteral(" ") : text,
                      reportFont({m_fontPt, row.kind != TableRow::Kind::Normal}), canvas.device(),
                      spans[column].second - spans[column].first - 2 * g.padX);
    return box.height() + 2 * g.padY;
}

void TableLayout::measure(const PageCanvas& canvas)
{
    if (m_heights.size() == m_rows.count())
        return;
    const Geometry g = geometry(canvas);
    const int n = m_rows.count();
    m_heights.resize(n);
    m_heading.resize(n);
    for (int i = 0; i < n; ++i) {
        const TableRow row = m_rows.row(i);
        double h = 0;
        for (int c = 0; c < cellSpans(row, g).size(); ++c)
            h = qMax(h, cellHeight(canvas, row, c, g));
        m_heights[i] = float(h);
        m_heading[i] = row.kind == TableRow::Kind::Heading;
    }
}

double TableLayout::headerHeight(const PageCanvas& canvas, const Geometry& g) const
{
    TableRow header{TableRow::Kind::Total, {}};
    for (const TableColumn& c : m_columns)
        header.cells.append(c.title);
    double h = 0;
    for (int c = 0; c < m_columns.size(); ++c)
        h = qMax(h, cellHeight(canvas, header, c, g));
    return h;
}

TableLayout::Tail TableLayout::tail(const PageCanvas& canvas, double headerHeight, double keepWithNext) const
{
    const int n = int(m_heights.size());
    if (keepWithNext <= 0)
        return {n, 0};
    // Two rows, or one when two do not fit on a page under the header with what follows; none
    // when even one does not (what follows is then as tall as a page and starts one anyway).
    for (int k = qMin(KeptRows, n); k >= 0; --k) {
        double h = keepWithNext;
        for (int j = n - k; j < n; ++j)
            h += m_heights[j];
        if (k == 0 || headerHeight + h <= canvas.body().height() + 0.01)
            return {n - k, k > 0 ? h : 0};
    }
    return {n, 0};
}

double TableLayout::rowNeeds(int i, const Tail& tail) const
{
    if (i == tail.first)
        return tail.height;
    double h = m_heights[i];
    if (m_heading[i] && i + 1 < m_heights.size())
        h += i + 1 == tail.first ? tail.height : m_heights[i + 1];
    return h;
}

double TableLayout::leadHeight(const PageCanvas& canvas, double keepWithNext)
{
    measure(canvas);
    const double headerH = headerHeight(canvas, geometry(canvas));
    const Tail t = tail(canvas, headerH, keepWithNext);
    const double first = m_heights.isEmpty() ? keepWithNext : rowNeeds(0, t);
    return qMin(headerH + first, canvas.body().height());
}

double TableLayout::totalHeight(const PageCanvas& canvas)
{
    measure(canvas);
    double h = headerHeight(canvas, geometry(canvas));
    for (float row : std::as_const(m_heights))
        h += row;
    return h;
}

void TableLayout::paintBorders(QPainter& p, const QVector<QPair<double, double>>& spans, double top, double h) const
{
    for (const auto& [left, right] : spans) {
        p.drawLine(QPointF(left, top), QPointF(left, top + h));
        Q_UNUSED(right)
    }
    const double left = spans.first().first;
    const double right = spans.last().second;
    p.drawLine(QPointF(right, top), QPointF(right, top + h));
    p.drawLine(QPointF(left, top), QPointF(right, top));
    p.drawLine(QPointF(left, top + h), QPointF(right, top + h));
}

void TableLayout::paintHeader(PageCanvas& canvas, const Geometry& g, double h) const
{
    if (!canvas.painter()) {
        canvas.advance(h);
        return;
    }
    QPainter& p = *canvas.painter();
    const double top = canvas.y();
    QVector<QPair<double, double>> spans;
    for (int c = 0; c < m_columns.size(); ++c) {
        spans.append({g.x[c], g.x[c + 1]});
        const double w = g.x[c + 1] - g.x[c] - 2 * g.padX;
        const TextBox box(m_columns[c].title, reportFont({m_fontPt, true}), canvas.device(), w, Qt::AlignHCenter);
        p.setPen(Qt::black);
        box.draw(p, QPointF(g.x[c] + g.padX, top + (h - box.height()) / 2));
    }
    p.setPen(QPen(Qt::black, canvas.mm(0.2)));
    paintBorders(p, spans, top, h);
    canvas.advance(h);
}

void TableLayout::paintRow(PageCanvas& canvas, const Geometry& g, const TableRow& row, double top, double h) const
{
    QPainter& p = *canvas.painter();
    const auto spans = cellSpans(row, g);
    const QFont font = reportFont({m_fontPt, row.kind != TableRow::Kind::Normal});
    for (int c = 0; c < spans.size() && c < row.cells.size(); ++c) {
        if (row.cells[c].isEmpty())
            continue;
        Qt::Alignment align = m_columns[c].align;
        if (row.kind == TableRow::Kind::Heading)
            align = c == 0 ? Qt::AlignHCenter : Qt::AlignLeft;
        const TextBox box(row.cells[c], font, canvas.device(), spans[c].second - spans[c].first - 2 * g.padX, align);
        p.setPen(Qt::black);
        // Centred vertically, as in the tables of the model documents.
        box.draw(p, QPointF(spans[c].first + g.padX, top + (h - box.height()) / 2));
    }
    p.setPen(QPen(Qt::black, canvas.mm(0.2)));
    paintBorders(p, spans, top, h);
}

// A row taller than a page: printed in slices cut between lines of text, the header repeated
// above every continuation.
void TableLayout::paintSplitRow(PageCanvas& canvas, const Geometry& g, const TableRow& row, double h,
                                double headerH) const
{
    const auto spans = cellSpans(row, g);
    const QFont font = reportFont({m_fontPt, row.kind != TableRow::Kind::Normal});
    std::vector<std::unique_ptr<TextBox>> boxes;
    for (int c = 0; c < spans.size(); ++c)
        boxes.push_back(std::make_unique<TextBox>(c < row.cells.size() ? row.cells[c] : QString(), font,
                                                  canvas.device(), spans[c].second - spans[c].first - 2 * g.padX,
                                                  m_columns[qMin(c, int(m_columns.size()) - 1)].align));
    double done = 0;
    while (done < h - 0.01) {
        double cut = qMin(h, done + canvas.remaining());
        if (cut < h) {
            // Move the cut up until it crosses no line of any cell: each line is printed on
            // exactly one page, whole.
            for (bool moved = true; moved;) {
                moved = false;
                for (const auto& box : boxes) {
                    const double c = g.padY + box->cutAbove(cut - g.padY);
                    if (c < cut - 0.01 && c > done + 0.01) {
                        cut = c;
                        moved = true;
                    }
                }
            }
        }
        const double slice = cut - done;
        if (QPainter* p = canvas.painter()) {
            const double top = canvas.y();
            p->setPen(Qt::black);
            for (int c = 0; c < spans.size(); ++c)
                boxes[c]->drawLines(*p, QPointF(spans[c].first + g.padX, top + g.padY - done), done - g.padY,
                                    cut - g.padY);
            p->setPen(QPen(Qt::black, canvas.mm(0.2)));
            paintBorders(*p, spans, top, slice);
        }
        canvas.advance(slice);
        done = cut;
        if (done < h - 0.01) {
            canvas.newPage();
            paintHeader(canvas, g, headerH);
        }
    }
}

void TableLayout::flow(PageCanvas& canvas, double keepWithNext)
{
    measure(canvas);
    const Geometry g = geometry(canvas);
    const double headerH = headerHeight(canvas, g);
    const int n = m_rows.count();
    const Tail t = tail(canvas, headerH, keepWithNext);
    if (!canvas.fits(leadHeight(canvas, keepWithNext)) && !canvas.atTop())
        canvas.newPage();
    paintHeader(canvas, g, headerH);
    bool rowOnPage = false;
    for (int i = 0; i < n; ++i) {
        const double h = m_heights[i];
        if (!canvas.fits(rowNeeds(i, t)) && rowOnPage) {
            canvas.newPage();
            paintHeader(canvas, g, headerH);
            rowOnPage = false;
        }
        if (!canvas.fits(h)) {
            paintSplitRow(canvas, g, m_rows.row(i), h, headerH);
        } else {
            if (canvas.painter())
                paintRow(canvas, g, m_rows.row(i), canvas.y(), h);
            canvas.advance(h);
        }
        rowOnPage = true;
    }
}

} // namespace wp::reports
