#pragma once

// Private to wp_io: the streaming .xlsx reader behind openTable().

#include "workbookreader.h"
#include "xlsxparts.h"

#include <QStringList>

#include <memory>

namespace wp::io {

namespace xlsx {
class SheetParser;
} // namespace xlsx

/// Streams the rows of one sheet of an .xlsx file: the zip entry is inflated and parsed in
/// chunks of 64 KiB, and next() returns as soon as one row with data is complete, so memory
/// stays flat whatever the size of the sheet. Shared strings and styles are read first.
class XlsxReader : public WorkbookReader
{
public:
    /// Opens @p path and the sheet chosen by @p options (by name, case-insensitive; empty:
    /// the first visible sheet). Returns nullptr and fills @p error when that fails.
    static std::unique_ptr<XlsxReader> open(const QString& path, const ReadOptions& options, ReadError* error);
    ~XlsxReader() override;

    bool next(Row& row) override;
    bool selectTable(int index) override;
    QVector<bool> hiddenColumns() const override;

private:
    explicit XlsxReader(const ReadLimits& limits);
    /// The workbook part, its relationships and the list of sheets.
    bool openWorkbook(const QString& path, ReadError* error);
    /// Shared strings and styles, read once for every sheet.
    bool readSharedParts(ReadError* error);
    /// Starts streaming sheet @p index.
    bool startSheet(int index, ReadError* error);

    ReadLimits m_limits; // the parsers keep a reference to it
    std::unique_ptr<xlsx::ZipArchive> m_zip;
    xlsx::WorkbookInfo m_workbook;
    QVector<xlsx::Relationship> m_relationships;
    QString m_prefix; ///< the workbook's folder with a slash ("xl/")
    bool m_sharedPartsRead = false;
    xlsx::SharedStrings m_strings;
    std::vector<xlsx::DateFormat> m_dateStyles;
    std::unique_ptr<xlsx::SheetParser> m_sheet;
    bool m_finished = false;
};

} // namespace wp::io
