#include "docxbody.h"

#include <cmath>
#include <numeric>
#include <string_view>

namespace wp::reports {
namespace {

/// Characters XML 1.0 cannot carry (control characters, unpaired surrogates, U+FFFE/U+FFFF)
/// are dropped: an item typed with one must not make the document unreadable.
QString xmlSafe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c.isSurrogate() || u == 0xFFFE || u == 0xFFFF)
            continue;
        if (u < 0x20 && u != '\t' && u != '\n')
            continue;
        out += c;
    }
    return out;
}

QString justification(Qt::Alignment align)
{
    if (align & Qt::AlignJustify)
        return QStringLiteral("both");
    if (align & Qt::AlignHCenter)
        return QStringLiteral("center");
    if (align & Qt::AlignRight)
        return QStringLiteral("right");
    return QStringLiteral("left");
}

constexpr int cellMarginX = 85; // 1.5 mm, as the printed tables
constexpr int cellMarginY = 57; // 1 mm
constexpr qint64 emuPerTwip = 635;

} // namespace

int DocxPage::twips(double mm)
{
    return int(std::lround(mm * 1440.0 / 25.4));
}

DocxPage DocxPage::a4(QPageLayout::Orientation orientation)
{
    DocxPage page;
    if (orientation == QPageLayout::Landscape) {
        std::swap(page.width, page.height);
        page.landscape = true;
    }
    return page;
}

DocxBody::DocxBody(QIODevice& out, const ReportContent& content, QVector<DocxPicture> pictures)
    : m_xml(&out), m_content(content), m_pictures(std::move(pictures)), m_page(DocxPage::a4(content.orientation)),
      m_probe(1, 1, QImage::Format_RGB32)
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
    m_xml.setAutoFormatting(false);
    m_xml.writeStartDocument(QStringLiteral("1.0"), true);
    m_xml.writeStartElement(QStringLiteral("w:document"));
    m_xml.writeAttribute(QStringLiteral("xmlns:w"),
                         QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main"));
    m_xml.writeAttribute(QStringLiteral("xmlns:r"),
                         QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"));
    m_xml.writeAttribute(QStringLiteral("xmlns:wp"),
                         QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"));
    m_xml.writeAttribute(QStringLiteral("xmlns:a"),
                         QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"));
    m_xml.writeAttribute(QStringLiteral("xmlns:pic"),
                         QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
    m_xml.writeStartElement(QStringLiteral("w:body"));
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
    m_xml.writeEndElement(); // body
    m_xml.writeEndElement(); // document
    m_xml.writeEndDocument();
    return !m_xml.hasError();
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

void DocxBody::runs(const QVector<Run>& list)
{
    for (const Run& run : list) {
        const QString text = xmlSafe(run.text);
        if (text.isEmpty())
            continue;
        m_xml.writeStartElement(QStringLiteral("w:r"));
        m_xml.writeStartElement(QStringLiteral("w:rPr"));
        if (run.font.bold) {
            m_xml.writeEmptyElement(QStringLiteral("w:b"));
            m_xml.writeEmptyElement(QStringLiteral("w:bCs"));
        }
        if (run.font.italic) {
            m_xml.writeEmptyElement(QStringLiteral("w:i"));
            m_xml.writeEmptyElement(QStringLiteral("w:iCs"));
        }
        const QString halfPoints = QString::number(std::lround(run.font.pt * 2));
        m_xml.writeEmptyElement(QStringLiteral("w:sz"));
        m_xml.writeAttribute(QStringLiteral("w:val"), halfPoints);
        m_xml.writeEmptyElement(QStringLiteral("w:szCs"));
        m_xml.writeAttribute(QStringLiteral("w:val"), halfPoints);
        m_xml.writeEndElement(); // rPr
        // Lines of a cell are line breaks inside one paragraph: one paragraph per cell, as a
        // reader of the table expects.
        QString piece;
        auto flush = [&] {
            if (piece.isEmpty())
                return;
            m_xml.writeStartElement(QStringLiteral("w:t"));
            m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            m_xml.writeCharacters(piece);
            m_xml.writeEndElement();
            piece.clear();
        };
        for (const QChar c : text) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
                flush();
                m_xml.writeEmptyElement(c == QLatin1Char('\n') ? QStringLiteral("w:br") : QStringLiteral("w:tab"));
            } else {
                piece += c;
            }
        }
        flush();
        m_xml.writeEndElement(); // r
    }
}

void DocxBody::paragraph(const Para& p, const QVector<Run>& content)
{
    m_afterTable = false;
    m_xml.writeStartElement(QStringLiteral("w:p"));
    m_xml.writeStartElement(QStringLiteral("w:pPr"));
    // Children in the order of the schema (CT_PPr): Word refuses a file that mixes them.
    if (p.keepNext)
        m_xml.writeEmptyElement(QStringLiteral("w:keepNext"));
    if (p.keepLines)
        m_xml.writeEmptyElement(QStringLiteral("w:keepLines"));
    if (p.ruleBelow) {
        m_xml.writeStartElement(QStringLiteral("w:pBdr"));
        m_xml.writeEmptyElement(QStringLiteral("w:bottom"));
        m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("single"));
        m_xml.writeAttribute(QStringLiteral("w:sz"), QStringLiteral("4"));
        m_xml.writeAttribute(QStringLiteral("w:space"), QStringLiteral("0"));
        m_xml.writeAttribute(QStringLiteral("w:color"), QStringLiteral("000000"));
        m_xml.writeEndElement();
    }
    m_xml.writeEmptyElement(QStringLiteral("w:spacing"));
    m_xml.writeAttribute(QStringLiteral("w:before"), QString::number(p.spaceBefore));
    m_xml.writeAttribute(QStringLiteral("w:after"), QString::number(p.spaceAfter));
    m_xml.writeAttribute(QStringLiteral("w:line"), QString::number(p.exactLine > 0 ? p.exactLine : 240));
    m_xml.writeAttribute(QStringLiteral("w:lineRule"),
                         p.exactLine > 0 ? QStringLiteral("exact") : QStringLiteral("auto"));
    if (p.indentLeft || p.indentRight || p.firstIndent) {
        m_xml.writeEmptyElement(QStringLiteral("w:ind"));
        m_xml.writeAttribute(QStringLiteral("w:left"), QString::number(p.indentLeft));
        m_xml.writeAttribute(QStringLiteral("w:right"), QString::number(p.indentRight));
        if (p.firstIndent)
            m_xml.writeAttribute(QStringLiteral("w:firstLine"), QString::number(p.firstIndent));
    }
    m_xml.writeEmptyElement(QStringLiteral("w:jc"));
    m_xml.writeAttribute(QStringLiteral("w:val"), justification(p.align));
    if (p.markPt > 0) {
        const QString halfPoints = QString::number(std::lround(p.markPt * 2));
        m_xml.writeStartElement(QStringLiteral("w:rPr"));
        m_xml.writeEmptyElement(QStringLiteral("w:sz"));
        m_xml.writeAttribute(QStringLiteral("w:val"), halfPoints);
        m_xml.writeEmptyElement(QStringLiteral("w:szCs"));
        m_xml.writeAttribute(QStringLiteral("w:val"), halfPoints);
        m_xml.writeEndElement();
    }
    if (p.sectionBreak)
        sectionProperties();
    m_xml.writeEndElement(); // pPr
    runs(content);
    m_xml.writeEndElement(); // p
}

void DocxBody::rule(int left, int length, int width, bool keepNext)
{
    // An empty paragraph as wide as the rule, with a bottom border: plain WordprocessingML that
    // every reader draws, where a drawn line shape would float.
    Para p;
    p.align = Qt::AlignHCenter;
    p.keepNext = keepNext;
    p.exactLine = DocxPage::twips(1.5);
    p.markPt = 1;
    p.ruleBelow = true;
    p.indentLeft = qMax(0, left);
    p.indentRight = qMax(0, width - left - length);
    paragraph(p, {});
}

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
        paragraph(p, {{line.text, line.font}});
    }
    if (t.ruleMm > 0) {
        const int length = qMin(DocxPage::twips(t.ruleMm), width);
        rule((width - length) / 2, length, width, keepWithNext);
    }
}

void DocxBody::space(double mm, bool keepWithNext)
{
    Para p;
    p.keepNext = keepWithNext;
    p.exactLine = qMax(20, DocxPage::twips(mm));
    p.markPt = 1;
    paragraph(p, {});
}

// --- tables -----------------------------------------------------------------------------

void DocxBody::beginTable(const QVector<int>& columns, bool borders, bool centred, int cellMargin)
{
    // Two tables with nothing between them are one table to Word: part them.
    if (m_afterTable)
        space(0, false);
    const int width = std::accumulate(columns.cbegin(), columns.cend(), 0);
    m_xml.writeStartElement(QStringLiteral("w:tbl"));
    m_xml.writeStartElement(QStringLiteral("w:tblPr"));
    m_xml.writeEmptyElement(QStringLiteral("w:tblW"));
    m_xml.writeAttribute(QStringLiteral("w:w"), QString::number(width));
    m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    if (centred) {
        m_xml.writeEmptyElement(QStringLiteral("w:jc"));
        m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("center"));
    } else {
        m_xml.writeEmptyElement(QStringLiteral("w:tblInd"));
        m_xml.writeAttribute(QStringLiteral("w:w"), QStringLiteral("0"));
        m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    }
    m_xml.writeStartElement(QStringLiteral("w:tblBorders"));
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
        m_xml.writeEmptyElement(QLatin1String(side));
        m_xml.writeAttribute(QStringLiteral("w:val"), borders ? QStringLiteral("single") : QStringLiteral("nil"));
        if (borders) {
            m_xml.writeAttribute(QStringLiteral("w:sz"), QStringLiteral("4"));
            m_xml.writeAttribute(QStringLiteral("w:space"), QStringLiteral("0"));
            m_xml.writeAttribute(QStringLiteral("w:color"), QStringLiteral("000000"));
        }
    }
    m_xml.writeEndElement(); // tblBorders
    m_xml.writeEmptyElement(QStringLiteral("w:tblLayout"));
    m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("fixed"));
    m_xml.writeStartElement(QStringLiteral("w:tblCellMar"));
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
        const bool vertical = side == std::string_view("w:top") || side == std::string_view("w:bottom");
        m_xml.writeEmptyElement(QLatin1String(side));
        m_xml.writeAttribute(QStringLiteral("w:w"),
                             QString::number(cellMargin > 0 ? (vertical ? cellMarginY : cellMargin) : 0));
        m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    }
    m_xml.writeEndElement(); // tblCellMar
    m_xml.writeEndElement(); // tblPr
    m_xml.writeStartElement(QStringLiteral("w:tblGrid"));
    for (int w : columns) {
        m_xml.writeEmptyElement(QStringLiteral("w:gridCol"));
        m_xml.writeAttribute(QStringLiteral("w:w"), QString::number(w));
    }
    m_xml.writeEndElement(); // tblGrid
}

void DocxBody::beginRow(bool header, bool cantSplit)
{
    m_xml.writeStartElement(QStringLiteral("w:tr"));
    m_xml.writeStartElement(QStringLiteral("w:trPr"));
    if (cantSplit)
        m_xml.writeEmptyElement(QStringLiteral("w:cantSplit"));
    if (header)
        m_xml.writeEmptyElement(QStringLiteral("w:tblHeader"));
    m_xml.writeEndElement();
}

void DocxBody::cell(int width, int span, bool centreVertically, bool open)
{
    m_xml.writeStartElement(QStringLiteral("w:tc"));
    m_xml.writeStartElement(QStringLiteral("w:tcPr"));
    m_xml.writeEmptyElement(QStringLiteral("w:tcW"));
    m_xml.writeAttribute(QStringLiteral("w:w"), QString::number(width));
    m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
    if (span > 1) {
        m_xml.writeEmptyElement(QStringLiteral("w:gridSpan"));
        m_xml.writeAttribute(QStringLiteral("w:val"), QString::number(span));
    }
    if (open) { // no border but the one above it, and the text against the table's edges
        m_xml.writeStartElement(QStringLiteral("w:tcBorders"));
        for (const char* side : {"w:left", "w:bottom", "w:right"}) {
            m_xml.writeEmptyElement(QLatin1String(side));
            m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("nil"));
        }
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("w:tcMar"));
        for (const char* side : {"w:left", "w:right"}) {
            m_xml.writeEmptyElement(QLatin1String(side));
            m_xml.writeAttribute(QStringLiteral("w:w"), QStringLiteral("0"));
            m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
        }
        m_xml.writeEndElement();
    }
    if (centreVertically) {
        m_xml.writeEmptyElement(QStringLiteral("w:vAlign"));
        m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("center"));
    }
    m_xml.writeEndElement(); // tcPr
}

void DocxBody::endTable()
{
    m_xml.writeEndElement(); // tbl
    m_afterTable = true;
}

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
    beginTable(columns, true, t.widthMm > 0, cellMarginX);
    beginRow(true, true);
    for (int c = 0; c < t.columns.size(); ++c) {
        cell(columns[c], 1, true);
        Para p;
        p.align = Qt::AlignHCenter;
        p.keepNext = true;
        paragraph(p, {{t.columns[c].title, {t.fontPt, true}}});
        m_xml.writeEndElement(); // tc
    }
    m_xml.writeEndElement(); // tr
    for (int i = 0; i < n; ++i) {
        const TableRow row = t.rows->row(i);
        const bool heading = row.kind == TableRow::Kind::Heading && columns.size() > 1;
        const FontSpec font{t.fontPt, row.kind != TableRow::Kind::Normal};
        Para p;
        p.keepNext = heading || (t.keepWhole && i + 1 < n) || i >= keepFrom;
        beginRow(false, true);
        if (heading) {
            cell(columns[0], 1, true);
            p.align = Qt::AlignHCenter;
            paragraph(p, {{row.cells.value(0), font}});
            m_xml.writeEndElement();
            cell(width - columns[0], int(columns.size()) - 1, true);
            p.align = Qt::AlignLeft;
            paragraph(p, {{row.cells.value(1), font}});
            m_xml.writeEndElement();
        } else {
            for (int c = 0; c < columns.size(); ++c) {
                cell(columns[c], 1, true);
                p.align = t.columns[c].align;
                paragraph(p, {{row.cells.value(c), font}});
                m_xml.writeEndElement();
            }
        }
        m_xml.writeEndElement(); // tr
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
        beginRow(false, true);
        signatureCells(*closing, left, width - left, int(split), int(columns.size()) - split, DocxPage::twips(gapMm));
        m_xml.writeEndElement(); // tr
    }
    endTable();
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
    beginTable({leftCell, rightWidth}, false, false, 0);
    beginRow(false, true);

    cell(leftCell, 1, false);
    Para left;
    left.align = Qt::AlignHCenter;
    left.keepNext = true;
    left.indentRight = gap;
    if (!h.parentBody.isEmpty())
        paragraph(left, {{h.parentBody, {13}}});
    const FontSpec issuingFont{13, true};
    QString issuing = h.issuingBody;
    if (textWidth(issuing, issuingFont) > leftWidth)
        issuing = h.issuingBodyInTwoLines();
    paragraph(left, {{issuing, issuingFont}});
    int issuingWidth = 0;
    for (const QString& line : issuing.split(QLatin1Char('\n')))
        issuingWidth = qMax(issuingWidth, textWidth(line, issuingFont));
    // A short rule, a third to a half of the line above it.
    const int shortRule = qMin(leftWidth, qMax(int(issuingWidth * 0.4), DocxPage::twips(20)));
    rule((leftWidth - shortRule) / 2, shortRule, leftCell, true);
    m_xml.writeEndElement(); // tc

    cell(rightWidth, 1, false);
    Para right;
    right.align = Qt::AlignHCenter;
    right.keepNext = true;
    const QString nation =
        QCoreApplication::translate("wp::reports::HeaderBlock", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    // 13 pt, or 12 pt where the column is too narrow for one line.
    const FontSpec nationFont{textWidth(nation, {13, true}) > rightWidth ? 12.0 : 13.0, true};
    paragraph(right, {{nation, nationFont}});
    const QString motto = QCoreApplication::translate("wp::reports::HeaderBlock", "Độc lập - Tự do - Hạnh phúc");
    const FontSpec mottoFont{14, true};
    paragraph(right, {{motto, mottoFont}});
    const int mottoRule = qMin(rightWidth, textWidth(motto, mottoFont));
    rule((rightWidth - mottoRule) / 2, mottoRule, rightWidth, true);
    m_xml.writeEndElement(); // tc
    m_xml.writeEndElement(); // tr

    if (!h.number.isEmpty() || !h.placeAndDate.isEmpty()) {
        beginRow(false, true);
        cell(leftCell, 1, false);
        Para number = left;
        number.keepNext = false;
        number.spaceBefore = DocxPage::twips(3);
        paragraph(number, {{h.number, {13}}});
        m_xml.writeEndElement();
        cell(rightWidth, 1, false);
        Para date = right;
        date.keepNext = false;
        date.spaceBefore = DocxPage::twips(3);
        paragraph(date, {{h.placeAndDate, {14, false, true}}});
        m_xml.writeEndElement();
        m_xml.writeEndElement(); // tr
    }
    endTable();
}

void DocxBody::signature(const SignaturePart& s)
{
    const int width = m_page.bodyWidth();
    const int rightWidth = qMin(width / 2, DocxPage::twips(95));
    const int leftWidth = width - rightWidth;
    beginTable({leftWidth, rightWidth}, false, false, 0);
    beginRow(false, true);
    signatureCells(s, leftWidth, rightWidth, 1, 1, 0);
    m_xml.writeEndElement(); // tr
    endTable();
}

void DocxBody::signatureCells(const SignaturePart& s, int leftWidth, int rightWidth, int leftSpan, int rightSpan,
                              int spaceBefore)
{
    cell(leftWidth, leftSpan, false, true);
    Para left;
    left.indentRight = DocxPage::twips(5);
    left.spaceBefore = spaceBefore;
    paragraph(left, {{QCoreApplication::translate("wp::reports::SignatureBlock", "Nơi nhận:"), {12, true, true}}});
    left.spaceBefore = 0;
    for (const QString& r : s.recipients)
        paragraph(left, {{QStringLiteral("- ") + r, {11}}});
    m_xml.writeEndElement(); // tc
    cell(rightWidth, rightSpan, false, true);
    Para right;
    right.align = Qt::AlignHCenter;
    right.spaceBefore = spaceBefore;
    if (!s.authority.isEmpty()) {
        paragraph(right, {{s.authority, {14, true}}});
        right.spaceBefore = 0;
    }
    if (!s.title.isEmpty()) {
        paragraph(right, {{s.title, {14, true}}});
        right.spaceBefore = 0;
    }
    // Room for the signature and the seal.
    Para name = right;
    name.spaceBefore += DocxPage::twips(25);
    paragraph(name, {{s.name, {14, true}}});
    m_xml.writeEndElement(); // tc
}

void DocxBody::chart(const ChartPart& c)
{
    // The title stays text (found by search, read by a screen reader); the bars are a picture.
    Para title;
    title.align = Qt::AlignHCenter;
    title.keepNext = true;
    title.keepLines = true;
    title.spaceAfter = DocxPage::twips(3);
    paragraph(title, {{c.title, {13, true}}});
    const DocxPicture picture = m_pictures.value(m_chart++);
    if (picture.relationId.isEmpty())
        return;
    m_xml.writeStartElement(QStringLiteral("w:p"));
    m_xml.writeStartElement(QStringLiteral("w:pPr"));
    m_xml.writeEmptyElement(QStringLiteral("w:jc"));
    m_xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("center"));
    m_xml.writeEndElement();
    m_xml.writeStartElement(QStringLiteral("w:r"));
    m_xml.writeStartElement(QStringLiteral("w:drawing"));
    m_xml.writeStartElement(QStringLiteral("wp:inline"));
    for (const char* d : {"distT", "distB", "distL", "distR"})
        m_xml.writeAttribute(QLatin1String(d), QStringLiteral("0"));
    m_xml.writeEmptyElement(QStringLiteral("wp:extent"));
    m_xml.writeAttribute(QStringLiteral("cx"), QString::number(picture.cx));
    m_xml.writeAttribute(QStringLiteral("cy"), QString::number(picture.cy));
    m_xml.writeEmptyElement(QStringLiteral("wp:docPr"));
    m_xml.writeAttribute(QStringLiteral("id"), QString::number(m_chart));
    m_xml.writeAttribute(QStringLiteral("name"), picture.name);
    m_xml.writeAttribute(QStringLiteral("descr"), xmlSafe(c.title));
    m_xml.writeStartElement(QStringLiteral("wp:cNvGraphicFramePr"));
    m_xml.writeEmptyElement(QStringLiteral("a:graphicFrameLocks"));
    m_xml.writeAttribute(QStringLiteral("noChangeAspect"), QStringLiteral("1"));
    m_xml.writeEndElement();
    m_xml.writeStartElement(QStringLiteral("a:graphic"));
    m_xml.writeStartElement(QStringLiteral("a:graphicData"));
    m_xml.writeAttribute(QStringLiteral("uri"),
                         QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
    m_xml.writeStartElement(QStringLiteral("pic:pic"));
    m_xml.writeStartElement(QStringLiteral("pic:nvPicPr"));
    m_xml.writeEmptyElement(QStringLiteral("pic:cNvPr"));
    m_xml.writeAttribute(QStringLiteral("id"), QString::number(m_chart));
    m_xml.writeAttribute(QStringLiteral("name"), picture.name);
    m_xml.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
    m_xml.writeEndElement(); // nvPicPr
    m_xml.writeStartElement(QStringLiteral("pic:blipFill"));
    m_xml.writeEmptyElement(QStringLiteral("a:blip"));
    m_xml.writeAttribute(QStringLiteral("r:embed"), picture.relationId);
    m_xml.writeStartElement(QStringLiteral("a:stretch"));
    m_xml.writeEmptyElement(QStringLiteral("a:fillRect"));
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // blipFill
    m_xml.writeStartElement(QStringLiteral("pic:spPr"));
    m_xml.writeStartElement(QStringLiteral("a:xfrm"));
    m_xml.writeEmptyElement(QStringLiteral("a:off"));
    m_xml.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
    m_xml.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
    m_xml.writeEmptyElement(QStringLiteral("a:ext"));
    m_xml.writeAttribute(QStringLiteral("cx"), QString::number(picture.cx));
    m_xml.writeAttribute(QStringLiteral("cy"), QString::number(picture.cy));
    m_xml.writeEndElement(); // xfrm
    m_xml.writeStartElement(QStringLiteral("a:prstGeom"));
    m_xml.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    m_xml.writeEmptyElement(QStringLiteral("a:avLst"));
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // spPr
    m_xml.writeEndElement(); // pic
    m_xml.writeEndElement(); // graphicData
    m_xml.writeEndElement(); // graphic
    m_xml.writeEndElement(); // inline
    m_xml.writeEndElement(); // drawing
    m_xml.writeEndElement(); // r
    m_xml.writeEndElement(); // p
    m_afterTable = false;
}

// --- sections ---------------------------------------------------------------------------

void DocxBody::sectionProperties()
{
    m_xml.writeStartElement(QStringLiteral("w:sectPr"));
    // Page numbers centred in the top margin from page 2 (Nghị định 30/2020): the first page
    // has a header of its own, empty.
    m_xml.writeEmptyElement(QStringLiteral("w:headerReference"));
    m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("default"));
    m_xml.writeAttribute(QStringLiteral("r:id"), headerRelation());
    m_xml.writeEmptyElement(QStringLiteral("w:headerReference"));
    m_xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("first"));
    m_xml.writeAttribute(QStringLiteral("r:id"), firstHeaderRelation());
    m_xml.writeEmptyElement(QStringLiteral("w:pgSz"));
    m_xml.writeAttribute(QStringLiteral("w:w"), QString::number(m_page.width));
    m_xml.writeAttribute(QStringLiteral("w:h"), QString::number(m_page.height));
    if (m_page.landscape)
        m_xml.writeAttribute(QStringLiteral("w:orient"), QStringLiteral("landscape"));
    m_xml.writeEmptyElement(QStringLiteral("w:pgMar"));
    m_xml.writeAttribute(QStringLiteral("w:top"), QString::number(m_page.top));
    m_xml.writeAttribute(QStringLiteral("w:right"), QString::number(m_page.right));
    m_xml.writeAttribute(QStringLiteral("w:bottom"), QString::number(m_page.bottom));
    m_xml.writeAttribute(QStringLiteral("w:left"), QString::number(m_page.left));
    m_xml.writeAttribute(QStringLiteral("w:header"), QString::number(m_page.header));
    m_xml.writeAttribute(QStringLiteral("w:footer"), QString::number(m_page.header));
    m_xml.writeAttribute(QStringLiteral("w:gutter"), QStringLiteral("0"));
    // Each unit's document numbers its own pages.
    m_xml.writeEmptyElement(QStringLiteral("w:pgNumType"));
    m_xml.writeAttribute(QStringLiteral("w:start"), QStringLiteral("1"));
    m_xml.writeEmptyElement(QStringLiteral("w:titlePg"));
    m_xml.writeEndElement(); // sectPr
}

void DocxBody::sectionEnd(bool last)
{
    // A section ends in a paragraph carrying its properties (the last one in the body's own
    // sectPr, after a paragraph: a document never ends on a table). The paragraph is a point
    // high, so that it never pushes anything onto a page of its own.
    Para end;
    end.exactLine = 20;
    end.markPt = 1;
    end.sectionBreak = !last;
    if (!last || m_afterTable)
        paragraph(end, {});
    if (last)
        sectionProperties();
}

} // namespace wp::reports
