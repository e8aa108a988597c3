#pragma once

#include "workprogram/reports/pagecanvas.h"
#include "workprogram/reports/reportcontent.h"

#include <QStringList>
#include <QVector>

namespace wp::reports {

class TextBox;

/// A bordered table laid out directly with QPainter: word-wrapped cells, row heights measured
/// once and reused by the painting pass, the header row repeated at the top of every page, a
/// group heading kept with the row under it, the last rows kept with what must follow them,
/// and no row split across pages unless it is taller than a page on its own (then it is cut
/// between lines of text).
class TableLayout
{
public:
    /// @p widthMm 0: the body width; otherwise that width, centred.
    TableLayout(QVector<TableColumn> columns, const TableRows& rows, double fontPt = 11, double widthMm = 0);
    ~TableLayout();

    /// The header and the first row: what has to fit for the table to start on a page (with
    /// @p keepWithNext, what follows the table too when its last rows are its first).
    double leadHeight(const PageCanvas& canvas, double keepWithNext = 0);
    /// The header and every row: what a short table needs to be kept whole on one page.
    double totalHeight(const PageCanvas& canvas);
    /// Lays the table out from the canvas's position. @p keepWithNext: the height of what
    /// follows the table and must not begin a page without its last rows (a signature block).
    void flow(PageCanvas& canvas, double keepWithNext = 0);

private:
    struct Geometry
    {
        double left = 0;
        QVector<double> x; ///< left edge of each column, then the right edge of the table
        double padX = 0;
        double padY = 0;
    };
    /// The last rows, kept on one page with what follows the table.
    struct Tail
    {
        int first = 0;     ///< index of its first row; the row count when nothing is kept
        double height = 0; ///< its rows and what follows them
    };
    /// How many last rows are kept with what follows the table.
    static constexpr int KeptRows = 2;
    Tail tail(const PageCanvas& canvas, double headerHeight, double keepWithNext) const;
    /// What must fit below row @p i's top for it to be placed there: the row, the row under a
    /// group heading, the whole tail at its first row.
    double rowNeeds(int i, const Tail& tail) const;
    Geometry geometry(const PageCanvas& canvas) const;
    void measure(const PageCanvas& canvas);
    double cellHeight(const PageCanvas& canvas, const TableRow& row, int column, const Geometry& g) const;
    double headerHeight(const PageCanvas& canvas, const Geometry& g) const;
    void paintHeader(PageCanvas& canvas, const Geometry& g, double h) const;
    void paintRow(PageCanvas& canvas, const Geometry& g, const TableRow& row, double top, double h) const;
    void paintSplitRow(PageCanvas& canvas, const Geometry& g, const TableRow& row, double h, double headerH) const;
    QVector<QPair<double, double>> cellSpans(const TableRow& row, const Geometry& g) const;
    void paintBorders(QPainter& p, const QVector<QPair<double, double>>& spans, double top, double h) const;

    QVector<TableColumn> m_columns;
    const TableRows& m_rows;
    double m_fontPt;
    double m_widthMm;
    QVector<float> m_heights; ///< per row, from the first pass
    QVector<bool> m_heading;
};

} // namespace wp::reports
