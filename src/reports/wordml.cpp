#include "wordml.h"

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

constexpr int cellMarginY = 57; // 1 mm above and below, as the printed tables

} // namespace

void emptyElement(QXmlStreamWriter& xml, const QString& name,
                  std::initializer_list<std::pair<QString, QString>> attributes)
{
    xml.writeEmptyElement(name);
    for (const auto& [attribute, value] : attributes)
        xml.writeAttribute(attribute, value);
}

void emptyElement(QXmlStreamWriter& xml, const QString& namespaceUri, const QString& name,
                  std::initializer_list<std::pair<QString, QString>> attributes)
{
    xml.writeEmptyElement(namespaceUri, name);
    for (const auto& [attribute, value] : attributes)
        xml.writeAttribute(attribute, value);
}

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

WordML::WordML(QIODevice& out, DocxPage page) : m_xml(&out), m_page(page)
{
    m_xml.setAutoFormatting(false);
}

void WordML::beginDocument()
{
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
}

bool WordML::endDocument()
{
    sectionProperties();     // the last section's, the body's own
    m_xml.writeEndElement(); // body
    m_xml.writeEndElement(); // document
    m_xml.writeEndDocument();
    return !m_xml.hasError();
}

void WordML::end()
{
    m_xml.writeEndElement();
}

// --- paragraphs -------------------------------------------------------------------------

void WordML::runs(const QVector<Run>& list)
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
        emptyElement(m_xml, QStringLiteral("w:sz"), {{QStringLiteral("w:val"), halfPoints}});
        emptyElement(m_xml, QStringLiteral("w:szCs"), {{QStringLiteral("w:val"), halfPoints}});
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

void WordML::paragraph(const Para& p, const QVector<Run>& content)
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
        emptyElement(m_xml, QStringLiteral("w:bottom"),
                     {{QStringLiteral("w:val"), QStringLiteral("single")},
                      {QStringLiteral("w:sz"), QStringLiteral("4")},
                      {QStringLiteral("w:space"), QStringLiteral("0")},
                      {QStringLiteral("w:color"), QStringLiteral("000000")}});
        m_xml.writeEndElement();
    }
    emptyElement(m_xml, QStringLiteral("w:spacing"),
                 {{QStringLiteral("w:before"), QString::number(p.spaceBefore)},
                  {QStringLiteral("w:after"), QString::number(p.spaceAfter)},
                  {QStringLiteral("w:line"), QString::number(p.exactLine > 0 ? p.exactLine : 240)},
                  {QStringLiteral("w:lineRule"), p.exactLine > 0 ? QStringLiteral("exact") : QStringLiteral("auto")}});
    if (p.indentLeft || p.indentRight || p.firstIndent) {
        emptyElement(m_xml, QStringLiteral("w:ind"),
                     {{QStringLiteral("w:left"), QString::number(p.indentLeft)},
                      {QStringLiteral("w:right"), QString::number(p.indentRight)}});
        if (p.firstIndent)
            m_xml.writeAttribute(QStringLiteral("w:firstLine"), QString::number(p.firstIndent));
    }
    emptyElement(m_xml, QStringLiteral("w:jc"), {{QStringLiteral("w:val"), justification(p.align)}});
    if (p.markPt > 0) {
        const QString halfPoints = QString::number(std::lround(p.markPt * 2));
        m_xml.writeStartElement(QStringLiteral("w:rPr"));
        emptyElement(m_xml, QStringLiteral("w:sz"), {{QStringLiteral("w:val"), halfPoints}});
        emptyElement(m_xml, QStringLiteral("w:szCs"), {{QStringLiteral("w:val"), halfPoints}});
        m_xml.writeEndElement();
    }
    if (p.sectionBreak)
        sectionProperties();
    m_xml.writeEndElement(); // pPr
    runs(content);
    m_xml.writeEndElement(); // p
}

void WordML::rule(int left, int length, int width, bool keepNext)
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

// --- tables -----------------------------------------------------------------------------

void WordML::beginTable(const QVector<int>& columns, bool borders, bool centred, int cellMargin)
{
    // Two tables with nothing between them are one table to Word: part them.
    if (m_afterTable)
        paragraph(tinyParagraph(), {});
    const int width = std::accumulate(columns.cbegin(), columns.cend(), 0);
    m_xml.writeStartElement(QStringLiteral("w:tbl"));
    m_xml.writeStartElement(QStringLiteral("w:tblPr"));
    emptyElement(m_xml, QStringLiteral("w:tblW"),
                 {{QStringLiteral("w:w"), QString::number(width)}, {QStringLiteral("w:type"), QStringLiteral("dxa")}});
    if (centred) {
        emptyElement(m_xml, QStringLiteral("w:jc"), {{QStringLiteral("w:val"), QStringLiteral("center")}});
    } else {
        emptyElement(m_xml, QStringLiteral("w:tblInd"),
                     {{QStringLiteral("w:w"), QStringLiteral("0")}, {QStringLiteral("w:type"), QStringLiteral("dxa")}});
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
    emptyElement(m_xml, QStringLiteral("w:tblLayout"), {{QStringLiteral("w:type"), QStringLiteral("fixed")}});
    m_xml.writeStartElement(QStringLiteral("w:tblCellMar"));
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
        const bool vertical = side == std::string_view("w:top") || side == std::string_view("w:bottom");
        emptyElement(
            m_xml, QLatin1String(side),
            {{QStringLiteral("w:w"), QString::number(cellMargin > 0 ? (vertical ? cellMarginY : cellMargin) : 0)},
             {QStringLiteral("w:type"), QStringLiteral("dxa")}});
    }
    m_xml.writeEndElement(); // tblCellMar
    m_xml.writeEndElement(); // tblPr
    m_xml.writeStartElement(QStringLiteral("w:tblGrid"));
    for (int w : columns) {
        emptyElement(m_xml, QStringLiteral("w:gridCol"), {{QStringLiteral("w:w"), QString::number(w)}});
    }
    m_xml.writeEndElement(); // tblGrid
}

void WordML::beginRow(bool header, bool cantSplit)
{
    m_xml.writeStartElement(QStringLiteral("w:tr"));
    m_xml.writeStartElement(QStringLiteral("w:trPr"));
    if (cantSplit)
        m_xml.writeEmptyElement(QStringLiteral("w:cantSplit"));
    if (header)
        m_xml.writeEmptyElement(QStringLiteral("w:tblHeader"));
    m_xml.writeEndElement();
}

void WordML::cell(int width, int span, bool centreVertically, bool open)
{
    m_xml.writeStartElement(QStringLiteral("w:tc"));
    m_xml.writeStartElement(QStringLiteral("w:tcPr"));
    emptyElement(m_xml, QStringLiteral("w:tcW"),
                 {{QStringLiteral("w:w"), QString::number(width)}, {QStringLiteral("w:type"), QStringLiteral("dxa")}});
    if (span > 1) {
        emptyElement(m_xml, QStringLiteral("w:gridSpan"), {{QStringLiteral("w:val"), QString::number(span)}});
    }
    if (open) { // no border but the one above it, and the text against the table's edges
        m_xml.writeStartElement(QStringLiteral("w:tcBorders"));
        for (const char* side : {"w:left", "w:bottom", "w:right"}) {
            emptyElement(m_xml, QLatin1String(side), {{QStringLiteral("w:val"), QStringLiteral("nil")}});
        }
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("w:tcMar"));
        for (const char* side : {"w:left", "w:right"}) {
            emptyElement(
                m_xml, QLatin1String(side),
                {{QStringLiteral("w:w"), QStringLiteral("0")}, {QStringLiteral("w:type"), QStringLiteral("dxa")}});
        }
        m_xml.writeEndElement();
    }
    if (centreVertically) {
        emptyElement(m_xml, QStringLiteral("w:vAlign"), {{QStringLiteral("w:val"), QStringLiteral("center")}});
    }
    m_xml.writeEndElement(); // tcPr
}

void WordML::endTable()
{
    m_xml.writeEndElement(); // tbl
    m_afterTable = true;
}

// --- pictures and sections ----------------------------------------------------------------

void WordML::picture(const DocxPicture& picture, int id, const QString& description)
{
    m_xml.writeStartElement(QStringLiteral("w:p"));
    m_xml.writeStartElement(QStringLiteral("w:pPr"));
    emptyElement(m_xml, QStringLiteral("w:jc"), {{QStringLiteral("w:val"), QStringLiteral("center")}});
    m_xml.writeEndElement();
    m_xml.writeStartElement(QStringLiteral("w:r"));
    m_xml.writeStartElement(QStringLiteral("w:drawing"));
    m_xml.writeStartElement(QStringLiteral("wp:inline"));
    for (const char* d : {"distT", "distB", "distL", "distR"})
        m_xml.writeAttribute(QLatin1String(d), QStringLiteral("0"));
    emptyElement(
        m_xml, QStringLiteral("wp:extent"),
        {{QStringLiteral("cx"), QString::number(picture.cx)}, {QStringLiteral("cy"), QString::number(picture.cy)}});
    emptyElement(m_xml, QStringLiteral("wp:docPr"),
                 {{QStringLiteral("id"), QString::number(id)},
                  {QStringLiteral("name"), picture.name},
                  {QStringLiteral("descr"), xmlSafe(description)}});
    m_xml.writeStartElement(QStringLiteral("wp:cNvGraphicFramePr"));
    emptyElement(m_xml, QStringLiteral("a:graphicFrameLocks"),
                 {{QStringLiteral("noChangeAspect"), QStringLiteral("1")}});
    m_xml.writeEndElement();
    m_xml.writeStartElement(QStringLiteral("a:graphic"));
    m_xml.writeStartElement(QStringLiteral("a:graphicData"));
    m_xml.writeAttribute(QStringLiteral("uri"),
                         QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
    m_xml.writeStartElement(QStringLiteral("pic:pic"));
    m_xml.writeStartElement(QStringLiteral("pic:nvPicPr"));
    emptyElement(m_xml, QStringLiteral("pic:cNvPr"),
                 {{QStringLiteral("id"), QString::number(id)}, {QStringLiteral("name"), picture.name}});
    m_xml.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
    m_xml.writeEndElement(); // nvPicPr
    m_xml.writeStartElement(QStringLiteral("pic:blipFill"));
    emptyElement(m_xml, QStringLiteral("a:blip"), {{QStringLiteral("r:embed"), picture.relationId}});
    m_xml.writeStartElement(QStringLiteral("a:stretch"));
    m_xml.writeEmptyElement(QStringLiteral("a:fillRect"));
    m_xml.writeEndElement();
    m_xml.writeEndElement(); // blipFill
    m_xml.writeStartElement(QStringLiteral("pic:spPr"));
    m_xml.writeStartElement(QStringLiteral("a:xfrm"));
    emptyElement(m_xml, QStringLiteral("a:off"),
                 {{QStringLiteral("x"), QStringLiteral("0")}, {QStringLiteral("y"), QStringLiteral("0")}});
    emptyElement(
        m_xml, QStringLiteral("a:ext"),
        {{QStringLiteral("cx"), QString::number(picture.cx)}, {QStringLiteral("cy"), QString::number(picture.cy)}});
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

void WordML::sectionProperties()
{
    m_xml.writeStartElement(QStringLiteral("w:sectPr"));
    // Page numbers centred in the top margin from page 2 (Nghị định 30/2020): the first page
    // has a header of its own, empty.
    emptyElement(m_xml, QStringLiteral("w:headerReference"),
                 {{QStringLiteral("w:type"), QStringLiteral("default")}, {QStringLiteral("r:id"), headerRelation()}});
    emptyElement(
        m_xml, QStringLiteral("w:headerReference"),
        {{QStringLiteral("w:type"), QStringLiteral("first")}, {QStringLiteral("r:id"), firstHeaderRelation()}});
    emptyElement(m_xml, QStringLiteral("w:pgSz"),
                 {{QStringLiteral("w:w"), QString::number(m_page.width)},
                  {QStringLiteral("w:h"), QString::number(m_page.height)}});
    if (m_page.landscape)
        m_xml.writeAttribute(QStringLiteral("w:orient"), QStringLiteral("landscape"));
    emptyElement(m_xml, QStringLiteral("w:pgMar"),
                 {{QStringLiteral("w:top"), QString::number(m_page.top)},
                  {QStringLiteral("w:right"), QString::number(m_page.right)},
                  {QStringLiteral("w:bottom"), QString::number(m_page.bottom)},
                  {QStringLiteral("w:left"), QString::number(m_page.left)},
                  {QStringLiteral("w:header"), QString::number(m_page.header)},
                  {QStringLiteral("w:footer"), QString::number(m_page.header)},
                  {QStringLiteral("w:gutter"), QStringLiteral("0")}});
    // Each unit's document numbers its own pages.
    emptyElement(m_xml, QStringLiteral("w:pgNumType"), {{QStringLiteral("w:start"), QStringLiteral("1")}});
    m_xml.writeEmptyElement(QStringLiteral("w:titlePg"));
    m_xml.writeEndElement(); // sectPr
}

WordML::Para WordML::tinyParagraph()
{
    Para p;
    p.exactLine = 20;
    p.markPt = 1;
    return p;
}

} // namespace wp::reports
