#pragma once

#include "workprogram/reports/reportdata.h"
#include "workprogram/reports/textbox.h"

#include <QPageLayout>
#include <QStringList>
#include <QVector>

#include <memory>
#include <variant>

namespace wp::reports {

// What a report contains, apart from how it is laid out: the parts of each of its documents
// in order (the national header, titles and paragraphs, tables, a chart, the signature block),
// made once from a ReportData and written by every output — painted page by page for print
// and PDF (ReportRenderer), or as WordprocessingML for Word (DocxWriter). Sizes are the ones
// the printed page uses (points, millimetres): each writer maps them to its own units.

struct TableColumn
{
    QString title;
    double weight = 1; ///< share of the table width
    Qt::Alignment align = Qt::AlignLeft;
};

/// One row of a table.
struct TableRow
{
    enum class Kind
    {
        Normal,
        Heading, ///< a group heading: its number in the first column, its text across the others
        Total,   ///< bold
    };
    Kind kind = Kind::Normal;
    QStringList cells;
};

/// The rows of a table, produced on demand so that a long table is never held as text.
class TableRows
{
public:
    virtual ~TableRows() = default;
    virtual int count() const = 0;
    virtual TableRow row(int i) const = 0;
};

/// The national header (Nghị định 30/2020, appendix I): the bodies on the left, the national
/// name and motto on the right, then the number and the place and date on one line.
struct HeaderPart
{
    QString parentBody;   ///< in capitals; empty: none
    QString issuingBody;  ///< in capitals; a dotted blank when the settings have none
    QString number;       ///< "Số: …/BC-UBND"; empty: none (an appendix carries none)
    QString placeAndDate; ///< "Nam Từ Liêm, ngày 14 tháng 3 năm 2023"; empty: none

    static HeaderPart make(const storage::ReportSettings& settings, QString number, QString placeAndDate);
    /// "ỦY BAN NHÂN DÂN QUẬN NAM TỪ LIÊM" in two lines, the committee above the place, as the
    /// model documents set an issuing body too long for its column.
    QString issuingBodyInTwoLines() const;
};

/// A line of text across the body width: a title, a heading, a paragraph.
struct TextLine
{
    QString text;
    FontSpec font;
    Qt::Alignment align = Qt::AlignHCenter;
    double firstIndentMm = 0; ///< body paragraphs: 1–1.27 cm
    double spaceBeforeMm = 0;
};

/// Lines kept together, with an optional short centred rule under them (under a title).
struct TextPart
{
    QVector<TextLine> lines;
    double ruleMm = 0; ///< length of the rule; 0: none
};

/// Vertical space.
struct SpacePart
{
    double mm = 0;
};

/// A bordered table whose header row is repeated on every page.
struct TablePart
{
    QVector<TableColumn> columns;
    std::shared_ptr<const TableRows> rows;
    double fontPt = 12;
    double widthMm = 0; ///< 0: the body width; otherwise that width, centred
    /// A short table (a total of a few rows) kept whole on one page with its title when it fits.
    bool keepWhole = false;
};

/// One bar of a bar chart.
struct ChartBar
{
    QString label;
    double value = 0;
    QString text; ///< the figure written after the bar
};

/// A horizontal bar chart with a scale from 0 to @c maximum.
struct ChartPart
{
    QString title;
    QVector<ChartBar> bars;
    double maximum = 100;
    int ticks = 4;
    QString unit; ///< follows each figure of the scale ("%")
};

/// The end of a document: "Nơi nhận" on the left, the signer on the right.
struct SignaturePart
{
    QStringList recipients; ///< without the leading "- "; the last is always "Lưu: …"
    QString authority;      ///< "KT. CHỦ TỊCH", in capitals; may be empty
    QString title;          ///< "PHÓ CHỦ TỊCH", in capitals
    QString name;           ///< empty: left blank to be written at signing

    static SignaturePart make(const storage::ReportSettings& settings);
};

using PartContent = std::variant<HeaderPart, TextPart, SpacePart, TablePart, ChartPart, SignaturePart>;

struct Part
{
    PartContent content;
    /// Never the last thing on a page: kept on the page where what follows it begins (for a
    /// table: its last rows are kept with what follows).
    bool keepWithNext = false;
};

/// A document of its own inside a report: its pages are numbered from 1 (the unit summary has
/// one per unit).
struct ReportSection
{
    /// The trace line printed at the foot of every page but the first (not in the decree: it
    /// puts loose pages of a draft back together); it ends with @c source, never shortened.
    QString footer;
    QString source;
    /// Printed under the footer on every page, the first too: the SHA-256 of the snapshot the
    /// report was printed from, so that any loose page can be checked. Empty: none.
    QString fingerprint;
    QVector<Part> parts;

    void add(PartContent content, bool keepWithNext = false);
    void addSpace(double mm) { add(SpacePart{mm}); }
    /// Adds the signature block, and keeps what comes before it (the last rows of a table, a
    /// paragraph) on its page: the signer and "Nơi nhận" never stand alone on a page.
    void addSignature(const storage::ReportSettings& settings);
    /// The fingerprint line of a report of @p data: "SHA-256 của ảnh chụp: …", empty when its
    /// source has no hash.
    static QString fingerprintOf(const ReportData& data);
};

/// A whole report: what the printed page and the Word document both show. Its tables read
/// their rows from the ReportData it was made from, which must outlive it.
struct ReportContent
{
    QString title; ///< the document's title (PDF metadata, print job name, Word's properties)
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QVector<ReportSection> sections;

    static ReportContent make(const ReportData& data);
    /// Portrait, but landscape for the appendix's wide table (Nghị định 30/2020 allows it).
    static QPageLayout::Orientation orientationOf(ReportKind kind);
};

} // namespace wp::reports
