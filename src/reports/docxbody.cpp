#include "docxbody.h"

#include <cmath>
#include <numeric>

namespace wp::reports {
namespace {

constexpr int cellMarginX = 85; // 1.5 mm, as the printed tables

} // namespace

DocxBody::DocxBody(QIODevice& out, const ReportContent& content, QVector<DocxPicture> pictures)
    : m_page(DocxPage::a4(content.orientation)), m_word(out, m_page), m_content(content),
      m_pictures(std::move(pictures)), m_probe(1, 1, QImage::Format_RGB32)
{
    const int dotsPerMeter = int(std::lround(1200 / 0.0254));
    m_probe.setDotsPerMeterX(dotsPerMeter);
    m_probe.setDotsPerMeterY(dotsPerMeter);
}

int DocxBody::textWidth(const QString& text, const FontSpec& font) const
{
    const TextBox box(text, reportFont(font), const_cast<QImage*>(&m_probe), 1e9);
    return int(std::ceil(box.naturalWidth() * 1440.0 / 1200.0));
}

bool DocxBody::write()
{
    m_word.beginDocument();
    for (int s = 0; s < m_content.sections.size(); ++s) {
        const QVector<Part>& parts = m_content.sections.at(s).parts;
        bool keeping = false; // the space after a part kept with the next is kept with it too
        for (int i = 0; i < parts.size(); ++i) {
            if (const auto* gap = std::get_if<SpacePart>(&parts.at(i).content)) {
                space(gap->mm, keeping || parts.at(i).keepWithNext);
                continue;
            }
            keeping = parts.at(i).keepWithNext;
            // A signature block after a table is written as the table's last row: LibreOffice
            // keeps rows of one table together across pages, but not the rows of a table that
            // already runs over a page with the paragraph after it.
            if (const auto* t = std::get_if<TablePart>(&parts.at(i).content)) {
                double gapMm = 0;
                int next = i + 1;
                for (; next < parts.size(); ++next) {
                    if (const auto* gap = std::get_if<SpacePart>(&parts.at(next).content))
                        gapMm += gap->mm;
                    else
                        break;
                }
                if (next < parts.size()) {
                    if (const auto* sig = std::get_if<SignaturePart>(&parts.at(next).content)) {
                        table(*t, true, sig, gapMm);
                        i = next;
                        continue;
                    }
                }
            }
            part(parts.at(i));
        }
        sectionEnd(s + 1 == m_content.sections.size());
    }
    if (m_content.sections.isEmpty())
        sectionEnd(true);
    return m_word.endDocument();
}

void DocxBody::part(const Part& p)
{
    if (const auto* h = std::get_if<HeaderPart>(&p.content))
        header(*h);
    else if (const auto* t = std::get_if<TextPart>(&p.content))
        text(*t, p.keepWithNext);
    else if (const auto* s = std::get_if<SpacePart>(&p.content))
        space(s->mm, p.keepWithNext);
    else if (const auto* tb = std::get_if<TablePart>(&p.content))
        table(*tb, p.keepWithNext, nullptr, 0);
    else if (const auto* c = std::get_if<ChartPart>(&p.content))
        chart(*c);
    else if (const auto* sig = std::get_if<SignaturePart>(&p.content))
        signature(*sig);
}

// --- paragraphs -------------------------------------------------------------------------

void DocxBody::text(const TextPart& t, bool keepWithNext)
{
    const int width = m_page.bodyWidth();
    for (int i = 0; i < t.lines.size(); ++i) {
        const TextLine& line = t.lines.at(i);
        Para p;
        p.align = line.align;
        p.keepLines = true;
        p.keepNext = i + 1 < t.lines.size() || keepWithNext || t.ruleMm > 0;
        p.spaceBefore = DocxPage::twips(line.spaceBeforeMm);
        p.firstIndent = DocxPage::twips(line.firstIndentMm);
        m_word.paragraph(p, {{line.text, line.font}});
    }
    if (t.ruleMm > 0) {
        const int length = qMin(DocxPage::twips(t.ruleMm), width);
        m_word.rule((width - length) / 2, length, width, keepWithNext);
    }
}

void DocxBody::space(double mm, bool keepWithNext)
{
    Para p;
    p.keepNext = keepWithNext;
    p.exactLine = qMax(20, DocxPage::twips(mm));
    p.markPt = 1;
    m_word.paragraph(p, {});
}

// --- tables -----------------------------------------------------------------------------

void DocxBody::table(const TablePart& t, bool keepWithNext, const SignaturePart* closing, double gapMm)
{
    const int bodyWidth = m_page.bodyWidth();
    const int width = t.widthMm > 0 ? qMin(DocxPage::twips(t.widthMm), bodyWidth) : bodyWidth;
    const double weights = std::accumulate(t.columns.cbegin(), t.columns.cend(), 0.0,
                                           [](double s, const TableColumn& c) { return s + c.weight; });
    QVector<int> columns;
    int used = 0;
    for (int c = 0; c < t.columns.size(); ++c) {
        const int w =
            c + 1 == t.columns.size() ? width - used : int(std::lround(width * t.columns[c].weight / weights));
        columns.append(w);
        used += w;
    }
    const int n = t.rows ? t.rows->count() : 0;
    // The header row and a short table kept whole go with what follows them, as on the printed
    // page; with keepWithNext, the last two rows go with it (a signature block).
    const int keepFrom = keepWithNext ? qMax(0, n - 2) : n;
    m_word.beginTable(columns, true, t.widthMm > 0, cellMarginX);
    m_word.beginRow(true, true);
    for (int c = 0; c < t.columns.size(); ++c) {
        m_word.cell(columns[c], 1, true);
        Para p;
        p.align = Qt::AlignHCenter;
        p.keepNext = true;
        m_word.paragraph(p, {{t.columns[c].title, {t.fontPt, true}}});
        m_word.end();
    }
    m_word.end();
    for (int i = 0; i < n; ++i) {
        const TableRow row = t.rows->row(i);
        const bool heading = row.kind == TableRow::Kind::Heading && columns.size() > 1;
        const FontSpec font{t.fontPt, row.kind != TableRow::Kind::Normal};
        Para p;
        p.keepNext = heading || (t.keepWhole && i + 1 < n) || i >= keepFrom;
        m_word.beginRow(false, true);
        if (heading) {
            m_word.cell(columns[0], 1, true);
            p.align = Qt::AlignHCenter;
            m_word.paragraph(p, {{row.cells.value(0), font}});
            m_word.end();
            m_word.cell(width - columns[0], int(columns.size()) - 1, true);
            p.align = Qt::AlignLeft;
            m_word.paragraph(p, {{row.cells.value(1), font}});
            m_word.end();
        } else {
            for (int c = 0; c < columns.size(); ++c) {
                m_word.cell(columns[c], 1, true);
                p.align = t.columns[c].align;
                m_word.paragraph(p, {{row.cells.value(c), font}});
                m_word.end();
            }
        }
        m_word.end();
    }
    if (closing) {
        // The signature under the table, split at the column boundary nearest to where the
        // printed page puts the signer's column.
        const int target = width - qMin(width / 2, DocxPage::twips(95));
        int split = 1;
        int left = columns[0];
        for (int c = 1, sum = columns[0]; c + 1 < columns.size(); ++c) {
            sum += columns[c];
            if (qAbs(sum - target) < qAbs(left - target)) {
                left = sum;
                split = c + 1;
            }
        }
        m_word.beginRow(false, true);
        signatureCells(*closing, left, width - left, int(split), int(columns.size()) - split, DocxPage::twips(gapMm));
        m_word.end();
    }
    m_word.endTable();
}

void DocxBody::header(const HeaderPart& h)
{
    // Two columns as on the printed page: the bodies on the left (at most 80 mm), the nation
    // on the right (at most 105 mm); what is left between them belongs to the left cell.
    const int width = m_page.bodyWidth();
    const int leftWidth = qMin(int(width * 0.42), DocxPage::twips(80));
    const int rightWidth = qMin(int(width * 0.58), DocxPage::twips(105));
    const int leftCell = width - rightWidth;
    const int gap = leftCell - leftWidth;
    m_word.beginTable({leftCell, rightWidth}, false, false, 0);
    m_word.beginRow(false, true);

    m_word.cell(leftCell, 1, false);
    Para left;
    left.align = Qt::AlignHCenter;
    left.keepNext = true;
    left.indentRight = gap;
    if (!h.parentBody.isEmpty())
        m_word.paragraph(left, {{h.parentBody, {13}}});
    const FontSpec issuingFont{13, true};
    QString issuing = h.issuingBody;
    if (textWidth(issuing, issuingFont) > leftWidth)
        issuing = h.issuingBodyInTwoLines();
    m_word.paragraph(left, {{issuing, issuingFont}});
    int issuingWidth = 0;
    for (const QString& line : issuing.split(QLatin1Char('\n')))
        issuingWidth = qMax(issuingWidth, textWidth(line, issuingFont));
    // A short rule, a third to a half of the line above it.
    const int shortRule = qMin(leftWidth, qMax(int(issuingWidth * 0.4), DocxPage::twips(20)));
    m_word.rule((leftWidth - shortRule) / 2, shortRule, leftCell, true);
    m_word.end();

    m_word.cell(rightWidth, 1, false);
    Para right;
    right.align = Qt::AlignHCenter;
    right.keepNext = true;
    const QString nation =
        QCoreApplication::translate("wp::reports::HeaderBlock", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    // 13 pt, or 12 pt where the column is too narrow for one line.
    const FontSpec nationFont{textWidth(nation, {13, true}) > rightWidth ? 12.0 : 13.0, true};
    m_word.paragraph(right, {{nation, nationFont}});
    const QString motto = QCoreApplication::translate("wp::reports::HeaderBlock", "Độc lập - Tự do - Hạnh phúc");
    const FontSpec mottoFont{14, true};
    m_word.paragraph(right, {{motto, mottoFont}});
    const int mottoRule = qMin(rightWidth, textWidth(motto, mottoFont));
    m_word.rule((rightWidth - mottoRule) / 2, mottoRule, rightWidth, true);
    m_word.end();
    m_word.end();

    if (!h.number.isEmpty() || !h.placeAndDate.isEmpty()) {
        m_word.beginRow(false, true);
        m_word.cell(leftCell, 1, false);
        Para number = left;
        number.keepNext = false;
        number.spaceBefore = DocxPage::twips(3);
        m_word.paragraph(number, {{h.number, {13}}});
        m_word.end();
        m_word.cell(rightWidth, 1, false);
        Para date = right;
        date.keepNext = false;
        date.spaceBefore = DocxPage::twips(3);
        m_word.paragraph(date, {{h.placeAndDate, {14, false, true}}});
        m_word.end();
        m_word.end();
    }
    m_word.endTable();
}

void DocxBody::signature(const SignaturePart& s)
{
    const int width = m_page.bodyWidth();
    const int rightWidth = qMin(width / 2, DocxPage::twips(95));
    const int leftWidth = width - rightWidth;
    m_word.beginTable({leftWidth, rightWidth}, false, false, 0);
    m_word.beginRow(false, true);
    signatureCells(s, leftWidth, rightWidth, 1, 1, 0);
    m_word.end();
    m_word.endTable();
}

void DocxBody::signatureCells(const SignaturePart& s, int leftWidth, int rightWidth, int leftSpan, int rightSpan,
                              int spaceBefore)
{
    m_word.cell(leftWidth, leftSpan, false, true);
    Para left;
    left.indentRight = DocxPage::twips(5);
    left.spaceBefore = spaceBefore;
    m_word.paragraph(left,
                     {{QCoreApplication::translate("wp::reports::SignatureBlock", "Nơi nhận:"), {12, true, true}}});
    left.spaceBefore = 0;
    for (const QString& r : s.recipients)
        m_word.paragraph(left, {{QStringLiteral("- ") + r, {11}}});
    m_word.end();
    m_word.cell(rightWidth, rightSpan, false, true);
    Para right;
    right.align = Qt::AlignHCenter;
    right.spaceBefore = spaceBefore;
    if (!s.authority.isEmpty()) {
        m_word.paragraph(right, {{s.authority, {14, true}}});
        right.spaceBefore = 0;
    }
    if (!s.title.isEmpty()) {
        m_word.paragraph(right, {{s.title, {14, true}}});
        right.spaceBefore = 0;
    }
    // Room for the signature and the seal.
    Para name = right;
    name.spaceBefore += DocxPage::twips(25);
    m_word.paragraph(name, {{s.name, {14, true}}});
    m_word.end();
}

void DocxBody::chart(const ChartPart& c)
{
    // The title stays text (found by search, read by a screen reader); the bars are a picture.
    Para title;
    title.align = Qt::AlignHCenter;
    title.keepNext = true;
    title.keepLines = true;
    title.spaceAfter = DocxPage::twips(3);
    m_word.paragraph(title, {{c.title, {13, true}}});
    const DocxPicture picture = m_pictures.value(m_chart++);
    if (picture.relationId.isEmpty())
        return;
    m_word.picture(picture, m_chart, c.title);
}

// --- sections ---------------------------------------------------------------------------

void DocxBody::sectionEnd(bool last)
{
    // A section ends in a paragraph carrying its properties (the last one in the body's own
    // sectPr, after a paragraph: a document never ends on a table). The paragraph is a point
    // high, so that it never pushes anything onto a page of its own.
    Para end;
    end.exactLine = 20;
    end.markPt = 1;
    end.sectionBreak = !last;
    if (!last || m_word.afterTable())
        m_word.paragraph(end, {});
}

} // namespace wp::reports
