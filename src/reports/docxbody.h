#pragma once

// Private to wp_reports: the body of a report's .docx (word/document.xml).

#include "workprogram/reports/reportcontent.h"

#include <QHash>
#include <QImage>
#include <QXmlStreamWriter>

namespace wp::reports {

/// Sizes of the page in twentieths of a point (twips), Word's unit of length.
struct DocxPage
{
    int width = 11906; ///< A4
    int height = 16838;
    int top = 1134;  ///< 20 mm
    int right = 850; ///< 15 mm
    int bottom = 1134;
    int left = 1701;  ///< 30 mm
    int header = 567; ///< the page number's distance from the top edge: 10 mm
    bool landscape = false;
    int bodyWidth() const { return width - left - right; }

    static DocxPage a4(QPageLayout::Orientation orientation);
    static int twips(double mm);
};

/// A chart of the content, drawn as a picture: its relationship id and its size in EMU.
struct DocxPicture
{
    QString relationId;
    QString name;
    qint64 cx = 0;
    qint64 cy = 0;
};

/// Writes a ReportContent as WordprocessingML: plain paragraphs and tables with direct
/// formatting that Word and LibreOffice both read — the national header and the signature as
/// borderless tables, each item table as one table whose header row repeats on every page
/// (w:tblHeader), rows that never split (w:cantSplit), titles kept with what follows and the
/// last two rows of a table with the signature block under it (w:keepNext; the block is then
/// the table's last, borderless row), one section per document with its page numbers at the
/// top from page 2 (w:titlePg). Lengths come from the content's millimetres and
/// points; text is measured (for the two-line issuing body and the rules' lengths) with the
/// report typeface, as on the printed page.
class DocxBody
{
public:
    /// @p pictures: for each chart part, in order, its picture.
    DocxBody(QIODevice& out, const ReportContent& content, QVector<DocxPicture> pictures);
    /// Writes the whole document. False when the device failed.
    bool write();

    /// Relationship ids the sections refer to, declared in word/_rels/document.xml.rels.
    static QString headerRelation() { return QStringLiteral("rIdHeader"); }
    static QString firstHeaderRelation() { return QStringLiteral("rIdFirstHeader"); }

private:
    struct Run
    {
        QString text;
        FontSpec font;
    };
    struct Para
    {
        Qt::Alignment align = Qt::AlignLeft;
        bool keepNext = false;
        bool keepLines = false;
        int spaceBefore = 0; ///< twips
        int spaceAfter = 0;
        int firstIndent = 0;
        int indentLeft = 0;
        int indentRight = 0;
        int exactLine = 0; ///< twips; 0: single spacing
        bool ruleBelow = false;
        double markPt = 0;         ///< size of the paragraph mark (an empty paragraph's height); 0: default
        bool sectionBreak = false; ///< ends a section (not the last)
    };

    void part(const Part& part);
    void header(const HeaderPart& h);
    void text(const TextPart& t, bool keepWithNext);
    void space(double mm, bool keepWithNext);
    /// @p closing: the signature block that follows the table, written as its last row,
    /// @p gapMm under the rows.
    void table(const TablePart& t, bool keepWithNext, const SignaturePart* closing, double gapMm);
    void chart(const ChartPart& c);
    void signature(const SignaturePart& s);
    /// "Nơi nhận" and the signer as two open cells (no borders but the one above them).
    void signatureCells(const SignaturePart& s, int leftWidth, int rightWidth, int leftSpan, int rightSpan,
                        int spaceBefore);
    void sectionEnd(bool last);

    void paragraph(const Para& p, const QVector<Run>& runs);
    /// An empty paragraph carrying a rule of @p length twips, @p left from the left edge of an
    /// area @p width wide (a cell, the body).
    void rule(int left, int length, int width, bool keepNext);
    void runs(const QVector<Run>& runs);
    void beginTable(const QVector<int>& columns, bool borders, bool centred, int cellMargin);
    void beginRow(bool header, bool cantSplit);
    /// Opens a cell; the caller writes its paragraphs and closes it. @p open: without borders
    /// but the top one, and without side margins (the signature block).
    void cell(int width, int span, bool centreVertically, bool open = false);
    void endTable();
    void sectionProperties();
    /// Width of @p text in the report typeface, in twips.
    int textWidth(const QString& text, const FontSpec& font) const;

    QXmlStreamWriter m_xml;
    const ReportContent& m_content;
    QVector<DocxPicture> m_pictures;
    int m_chart = 0;
    DocxPage m_page;
    QImage m_probe; ///< a 1200 dpi surface to measure text on
    bool m_afterTable = false;
};

} // namespace wp::reports
