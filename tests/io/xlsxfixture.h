#pragma once

// Shared by the xlsx reader tests: reading a whole table through openTable(), and hand-made
// workbooks (minizip) whose parts a test writes itself.

#include "workprogram/io/table.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <minizip/zip.h>

#include <string>
#include <utility>
#include <vector>

namespace xlsxtest {

using namespace wp::io;

inline std::string s(const QString& text)
{
    return text.toStdString();
}

struct ReadResult
{
    bool opened = false;
    bool failed = false;
    ReadError error;
    QVector<Row> rows;
};

inline ReadResult readTable(const QString& path, const ReadOptions& options = {})
{
    ReadResult r;
    std::unique_ptr<TableReader> reader = openTable(path, options, &r.error);
    r.opened = reader != nullptr;
    if (!reader)
        return r;
    Row row;
    while (reader->next(row))
        r.rows.append(row);
    r.failed = reader->failed();
    if (r.failed)
        r.error = reader->error();
    return r;
}

inline const Cell& cellAt(const Row& row, int column)
{
    static const Cell empty;
    return column < row.cells.size() ? row.cells.at(column) : empty;
}

using Entries = std::vector<std::pair<std::string, QByteArray>>;

/// Writes a zip with minizip, deflated.
inline bool writeZip(const QString& path, const Entries& entries)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto& [name, data] : entries) {
        zip_fileinfo info{};
        ok = ok && zipOpenNewFileInZip64(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                         Z_BEST_SPEED, 1) == ZIP_OK;
        for (qsizetype offset = 0; ok && offset < data.size(); offset += 1 << 20) {
            const auto length = unsigned(std::min<qsizetype>(1 << 20, data.size() - offset));
            ok = zipWriteInFileInZip(zip, data.constData() + offset, length) == ZIP_OK;
        }
        ok = ok && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

inline const QByteArray MainNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
inline const QByteArray RelNs = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
inline const QByteArray RelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/// The parts of a hand-made workbook with one sheet; empty parts are left out of the zip.
struct Parts
{
    QByteArray sheetData;     ///< the inside of <sheetData>
    QByteArray sheetXml;      ///< the whole sheet part, when set (instead of sheetData)
    QByteArray sharedStrings; ///< the whole part
    QByteArray styles;        ///< the whole part
    QByteArray workbookPr = "<workbookPr/>";
    QByteArray sheets = "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>";
    QByteArray sheetTarget = "worksheets/sheet1.xml";
    bool withWorkbook = true;
};

inline Entries entries(const Parts& p)
{
    Entries e;
    e.emplace_back("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                                          "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    e.emplace_back("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                  "<Relationship Id=\"rId1\" Type=\"" +
                                      RelType + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    if (p.withWorkbook)
        e.emplace_back("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook " + MainNs + " " +
                                              RelNs + ">" + p.workbookPr + "<sheets>" + p.sheets +
                                              "</sheets></workbook>");
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" Type=\"" +
                      RelType + "worksheet\" Target=\"" + p.sheetTarget +
                      "\"/>"
                      "<Relationship Id=\"rId2\" Type=\"" +
                      RelType + "worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>";
    if (!p.sharedStrings.isEmpty())
        rels += "<Relationship Id=\"rId3\" Type=\"" + RelType + "sharedStrings\" Target=\"sharedStrings.xml\"/>";
    if (!p.styles.isEmpty())
        rels += "<Relationship Id=\"rId4\" Type=\"" + RelType + "styles\" Target=\"styles.xml\"/>";
    e.emplace_back("xl/_rels/workbook.xml.rels", rels + "</Relationships>");
    e.emplace_back("xl/worksheets/sheet1.xml", p.sheetXml.isEmpty()
                                                   ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet " + MainNs +
                                                         "><sheetData>" + p.sheetData + "</sheetData></worksheet>"
                                                   : p.sheetXml);
    if (!p.sharedStrings.isEmpty())
        e.emplace_back("xl/sharedStrings.xml", p.sharedStrings);
    if (!p.styles.isEmpty())
        e.emplace_back("xl/styles.xml", p.styles);
    return e;
}

inline QByteArray sst(const QByteArray& items)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst " + MainNs + ">" + items + "</sst>";
}

/// Style 0 General, 1 built-in date (14), 2 custom dd/mm/yyyy, 3 custom time h:mm, 4 text with
/// a quoted "d" and [Red].
inline const QByteArray DateStyles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet " + MainNs +
    "><numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"h:mm\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"[Red]0.00 &quot;d&quot;\"/></numFmts>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
    "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
    "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/></cellXfs></styleSheet>";

class XlsxReaderTest : public ::testing::Test
{
protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString zipFixture(const QString& name, const Parts& parts)
    {
        const QString file = path(name);
        EXPECT_TRUE(writeZip(file, entries(parts)));
        return file;
    }

    QTemporaryDir m_dir;
};

} // namespace xlsxtest
