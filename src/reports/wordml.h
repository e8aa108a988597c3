#pragma once

// Private to wp_reports: WordprocessingML (word/document.xml) written element by element.

#include "workprogram/reports/textbox.h"

#include <QPageLayout>
#include <QVector>
#include <QXmlStreamWriter>

#include <initializer_list>
#include <utility>

namespace wp::reports {

/// An empty element with its attributes, in the order given: `<w:spacing w:after="0" …/>`.
void emptyElement(QXmlStreamWriter& xml, const QString& name,
                  std::initializer_list<std::pair<QString, QString>> attributes);
void emptyElement(QXmlStreamWriter& xml, const QString& namespaceUri, const QString& name,
                  std::initializer_list<std::pair<QString, QString>> attributes);

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

/// A picture of the document (a chart): its relationship id, its file name and its size in EMU.
struct DocxPicture
{
    QString relationId;
    QString name;
    qint64 cx = 0;
    qint64 cy = 0;
};

/// The elements of a Word document's body — paragraphs of runs, tables, an inline picture, a
/// section's properties — written with direct formatting, each element's children in the order
/// the schema lists them (Word refuses a file that mixes them). Knows nothing of reports.
class WordML
{
public:
    /// A run of text in one font; "\n" is a line break, "\t" a tab.
    struct Run
    {
        QString text;
        FontSpec font;
    };
    /// How a paragraph is set; lengths in twips.
    struct Para
    {
        Qt::Alignment align = Qt::AlignLeft;
        bool keepNext = false;
        bool keepLines = false;
        int spaceBefore = 0;
        int spaceAfter = 0;
        int firstIndent = 0;
        int indentLeft = 0;
        int indentRight = 0;
        int exactLine = 0; ///< 0: single spacing
        bool ruleBelow = false;
        double markPt = 0;         ///< size of the paragraph mark (an empty paragraph's height); 0: default
        bool sectionBreak = false; ///< ends a section (not the last: that one is the body's)
    };

    /// Relationship ids of the page headers, declared in word/_rels/document.xml.rels.
    static QString headerRelation() { return QStringLiteral("rIdHeader"); }
    static QString firstHeaderRelation() { return QStringLiteral("rIdFirstHeader"); }

    WordML(QIODevice& out, DocxPage page);
    void beginDocument();
    /// Writes the last section's properties and closes the document. False when writing failed.
    bool endDocument();

    void paragraph(const Para& p, const QVector<Run>& runs);
    /// An empty paragraph carrying a rule of @p length twips, @p left from the left edge of an
    /// area @p width wide (a cell, the body): plain WordprocessingML every reader draws, where a
    /// drawn line would float.
    void rule(int left, int length, int width, bool keepNext);
    /// A table of @p columns (twips) with borders or none, centred or against the left margin;
    /// @p cellMargin the side padding of its cells (0: none, nor above and below).
    void beginTable(const QVector<int>& columns, bool borders, bool centred, int cellMargin);
    void beginRow(bool header, bool cantSplit);
    /// Opens a cell; the caller writes its paragraphs and closes it with end(). @p open: without
    /// borders but the top one, and without side padding (the signature under a table).
    void cell(int width, int span, bool centreVertically, bool open = false);
    /// Closes the open cell or row.
    void end();
    void endTable();
    /// True when the last thing written was a table: two tables in a row are one to Word.
    bool afterTable() const { return m_afterTable; }
    /// A paragraph holding @p picture alone, centred; @p id numbers the drawing in the document.
    void picture(const DocxPicture& picture, int id, const QString& description);

private:
    void runs(const QVector<Run>& runs);
    /// The page, its numbers in the header from page 2 (w:titlePg), numbered from 1.
    void sectionProperties();
    static Para tinyParagraph();

    QXmlStreamWriter m_xml;
    DocxPage m_page;
    bool m_afterTable = false;
};

} // namespace wp::reports
