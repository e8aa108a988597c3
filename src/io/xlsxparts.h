#pragma once

// Private to wp_io: the pieces of the .xlsx reader below the sheet itself: a zip archive
// read entry by entry with a cap on inflated bytes, an expat parser fed in chunks that
// refuses DOCTYPE and deep nesting, and the small parts (workbook, relationships, shared
// strings, styles) read before the sheet is streamed.

#include "workprogram/io/table.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

#include <expat.h>
#include <minizip/unzip.h>

#include <deque>
#include <string_view>
#include <utility>
#include <vector>

namespace wp::io::xlsx {

/// A zip archive whose entries are read one at a time, in chunks, counting the inflated bytes
/// against a limit: the sizes in the zip headers are written by whoever made the file and
/// prove nothing.
class ZipArchive
{
public:
    enum class Error
    {
        None,
        Corrupt,
        TooLarge
    };

    explicit ZipArchive(const QString& path);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    /// True when the archive has @p entry. Part names compare case-insensitively, as in OPC, and
    /// a backslash is a slash: some Windows tools write "xl\\workbook.xml", which Office opens.
    bool contains(const QString& entry);
    /// Opens @p entry for reading; a previously open entry is closed.
    bool openEntry(const QString& entry, qint64 maxInflatedBytes);
    /// Reads the next inflated bytes of the open entry: the count, 0 at its end (after the
    /// CRC check), -1 on error (see lastError()).
    int read(char* buffer, int size);
    Error lastError() const { return m_error; }

private:
    void closeEntry();
    /// The name as looked up: lower case, backslashes as slashes.
    static QString key(const QString& entry);

    unzFile m_zip = nullptr;
    QHash<QString, unz64_file_pos> m_entries; ///< key() of each entry -> where it is
    bool m_entryOpen = false;
    qint64 m_inflated = 0;
    qint64 m_limit = 0;
    Error m_error = Error::None;
};

/// An XML part of the archive, parsed by expat in chunks of 64 KiB. Subclasses get local
/// element names (namespace prefixes dropped: some writers use "x:row") and may suspend
/// the parser from a handler to hand out data one piece at a time.
class XmlPart
{
public:
    enum class Status
    {
        Suspended,
        Finished,
        Failed
    };

    XmlPart(ZipArchive& zip, const ReadLimits& limits);
    virtual ~XmlPart();
    XmlPart(const XmlPart&) = delete;
    XmlPart& operator=(const XmlPart&) = delete;

    /// Opens @p entry with a fresh parser. @p isSheet picks the wording of "too large".
    bool begin(const QString& entry, bool isSheet);
    /// Feeds the part to the parser until a handler suspends it, the part ends, or an error.
    Status parse();
    /// Parses the whole part.
    bool parseAll();
    const ReadError& error() const { return m_error; }
    const QString& entry() const { return m_entry; }

    /// The value of the attribute with local name @p name, or nullptr.
    static const char* attribute(const char** attributes, std::string_view name);
    /// The same as text (empty when absent).
    static QString attributeText(const char** attributes, std::string_view name);
    /// The attribute as a whole number, or @p fallback when absent or not a number.
    static int attributeInt(const char** attributes, std::string_view name, int fallback);
    /// An OOXML on/off property (w:b, w:vanish, w:isLgl…): present means on unless its w:val
    /// says "0", "false" or "off".
    static bool onOff(const char** attributes);

protected:
    virtual void startElement(std::string_view name, const char** attributes) = 0;
    virtual void endElement(std::string_view name) = 0;
    virtual void characters(const char* /*data*/, int /*length*/) {}
    /// The Excel row that errors found by expat are reported at (0 outside a sheet's row).
    virtual int currentRow() const { return 0; }
    /// The last row of the table read whole, for errors between rows (0 outside a sheet).
    virtual int lastRow() const { return 0; }

    /// From a handler: stop after the current event; parse() returns Suspended.
    void suspend();
    /// From a handler: stop for good with this error.
    void abort(int row, int column, const QString& message);
    bool aborted() const { return m_aborted; }
    const ReadLimits& limits() const { return m_limits; }

private:
    static void XMLCALL onStart(void* data, const XML_Char* name, const XML_Char** attributes);
    static void XMLCALL onEnd(void* data, const XML_Char* name);
    static void XMLCALL onCharacters(void* data, const XML_Char* s, int length);
    static void XMLCALL onDoctype(void* data, const XML_Char* name, const XML_Char* sysid, const XML_Char* pubid,
                                  int hasInternalSubset);
    static void XMLCALL onEntityDecl(void* data, const XML_Char* name, int parameter, const XML_Char* value, int length,
                                     const XML_Char* base, const XML_Char* sysid, const XML_Char* pubid,
                                     const XML_Char* notation);
    void failFromExpat();
    void failFromZip();
    void release();

    ZipArchive& m_zip;
    const ReadLimits& m_limits;
    QString m_entry;
    bool m_isSheet = false;
    XML_Parser m_parser = nullptr;
    std::vector<char> m_buffer;
    bool m_suspended = false;
    bool m_suspendRequested = false;
    bool m_lastChunk = false;
    bool m_finished = false;
    bool m_aborted = false;
    int m_depth = 0;
    ReadError m_error;
};

/// What pulling the next row out of a part read as a stream gave.
enum class Pull
{
    Row,   ///< @p take handed a row
    End,   ///< the part (or what the reader wants of it) is done
    Failed ///< the parser failed: its error says where
};

/// The pump the streaming readers share: @p take is asked for a row, and while it has none the
/// part is parsed on until a handler suspends it (a row is ready), it ends, or it fails.
/// @p finished remembers across calls that the part has ended; @p done can end it earlier
/// (an OpenDocument sheet ends before its file does).
template <typename Take, typename Done>
Pull pullRow(XmlPart& part, bool& finished, Take&& take, Done&& done)
{
    while (!take()) {
        if (finished || done())
            return Pull::End;
        switch (part.parse()) {
        case XmlPart::Status::Failed:
            return Pull::Failed;
        case XmlPart::Status::Finished:
            finished = true;
            break;
        case XmlPart::Status::Suspended:
            break;
        }
    }
    return Pull::Row;
}

/// Hands out the first of the rows a parser has completed; false when it has none (parse on).
template <typename Row>
bool takeFirst(std::deque<Row>& rows, Row& row)
{
    if (rows.empty())
        return false;
    row = std::move(rows.front());
    rows.pop_front();
    return true;
}

template <typename Take>
Pull pullRow(XmlPart& part, bool& finished, Take&& take)
{
    return pullRow(part, finished, std::forward<Take>(take), [] { return false; });
}

struct SheetInfo
{
    QString name;
    QString relationId;
    bool hidden = false; ///< state="hidden" or "veryHidden"
};

/// How much of a date a number format shows (Cell::DateShows), or that it is no date format.
enum class DateFormat : quint8
{
    None,
    Day,
    Month,
    Year
};

struct WorkbookInfo
{
    QVector<SheetInfo> sheets;
    bool date1904 = false;
};

struct Relationship
{
    QString id;
    QString type;   ///< the type URI; compared by its last segment ("worksheet", "sharedStrings")
    QString target; ///< the part name inside the archive, resolved against the source part
};

struct SharedStrings
{
    QVector<QString> strings;
    QSet<qsizetype> tooLong; ///< indexes of strings over the cell limit, kept empty
};

/// The part name @p target refers to from a part in folder @p baseDir ("xl"): relative
/// ("worksheets/sheet1.xml", "../x.xml") or absolute ("/xl/worksheets/sheet1.xml").
QString resolveTarget(const QString& baseDir, const QString& target);

/// Whether a number format shows a date, and how much of it: the built-in ids Excel uses for
/// dates and times, and custom codes with day, month or year letters outside quotes and
/// brackets. A code without a day ("mm/yyyy", "mmm-yy", built-in 17) shows a month; "yyyy" a year.
DateFormat dateFormatOf(int numFmtId, const QString& code);
inline bool isDateFormat(int numFmtId, const QString& code)
{
    return dateFormatOf(numFmtId, code) != DateFormat::None;
}

/// The last segment of a relationship type URI: ".../relationships/worksheet" -> "worksheet".
/// Transitional and Strict OOXML differ only before it.
QString relationKind(const Relationship& r);

/// False, with the reason worded by @p notFormat ("tệp không phải là … hợp lệ (%1)"), when
/// @p zip could not be opened as a zip archive.
bool checkOpened(const ZipArchive& zip, QString (*notFormat)(const QString&), ReadError* error);
/// The main part of an OOXML package: the officeDocument the package relationships name when the
/// archive holds it; otherwise @p part keeps the name every writer uses ("xl/workbook.xml").
/// False when the relationships cannot be read.
bool findOfficeDocument(ZipArchive& zip, const ReadLimits& limits, QString* part, ReadError* error);
bool readRelationships(ZipArchive& zip, const QString& entry, const ReadLimits& limits,
                       QVector<Relationship>* relationships, ReadError* error);
bool readWorkbook(ZipArchive& zip, const QString& entry, const ReadLimits& limits, WorkbookInfo* workbook,
                  ReadError* error);
bool readSharedStrings(ZipArchive& zip, const QString& entry, const ReadLimits& limits, SharedStrings* strings,
                       ReadError* error);
/// For each cell style index (cellXfs/xf), what date its number format shows.
bool readDateStyles(ZipArchive& zip, const QString& entry, const ReadLimits& limits,
                    std::vector<DateFormat>* dateStyles, ReadError* error);

} // namespace wp::io::xlsx
