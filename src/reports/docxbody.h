#pragma once

// Private to wp_reports: the body of a report's .docx (word/document.xml).

#include "wordml.h"

#include "workprogram/reports/reportcontent.h"

#include <QImage>

namespace wp::reports {

/// Writes a ReportContent as WordprocessingML: plain paragraphs and tables with direct
/// formatting that Word and LibreOffice both read — the national header and the signature as
/// borderless tables, each item list as one table whose header row repeats on every page
/// (w:tblHeader), rows that never split (w:cantSplit), titles kept with what follows and the
/// last two rows of a table with the signature block under it (w:keepNext; the block is then
/// the table's last, borderless row), one section per document with its page numbers at the
/// top from page 2 (w:titlePg). Lengths come from the content's millimetres and points; text is
/// measured (for the two-line issuing body and the rules' lengths) with the report typeface, as
/// on the printed page.
class DocxBody
{
public:
    /// @p pictures: for each chart part, in order, its picture.
    DocxBody(QIODevice& out, const ReportContent& content, QVector<DocxPicture> pictures);
    /// Writes the whole document. False when the device failed.
    bool write();

private:
    using Para = WordML::Para;

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
    /// Width of @p text in the report typeface, in twips.
    int textWidth(const QString& text, const FontSpec& font) const;

    DocxPage m_page;
    WordML m_word;
    const ReportContent& m_content;
    QVector<DocxPicture> m_pictures;
    int m_chart = 0;
    QImage m_probe; ///< a 1200 dpi surface to measure text on
};

} // namespace wp::reports
