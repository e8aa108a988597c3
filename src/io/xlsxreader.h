#pragma once

// Private to wp_io: the streaming .xlsx reader behind openTable().

#include "workprogram/io/table.h"

#include <QStringList>

#include <memory>

namespace wp::io {

namespace xlsx {
class ZipArchive;
class SheetParser;
} // namespace xlsx

/// Streams the rows of one sheet of an .xlsx file: the zip entry is inflated and parsed in
/// chunks of 64 KiB, and next() returns as soon as one row with data is complete, so memory
/// stays flat whatever the size of the sheet. Shared strings and styles are read first.
class XlsxReader : public TableReader
{
public:
    /// Opens @p path and the sheet chosen by @p options (by name, case-insensitive; empty:
    /// the first visible sheet). Returns nullptr and fills @p error when that fails.
    static std::unique_ptr<XlsxReader> open(const QString& path, const ReadOptions& options, ReadError* error);
    ~XlsxReader() override;

    bool next(Row& row) override;

    /// All sheet names, in workbook order, and the name of the sheet being read.
    const QStringList& sheetNames() const { return m_sheetNames; }
    const QString& sheetName() const { return m_sheetName; }

private:
    explicit XlsxReader(const ReadLimits& limits);
    bool openSheet(const QString& path, const ReadOptions& options, ReadError* error);

    ReadLimits m_limits; // the parsers keep a reference to it
    std::unique_ptr<xlsx::ZipArchive> m_zip;
    std::unique_ptr<xlsx::SheetParser> m_sheet;
    QStringList m_sheetNames;
    QString m_sheetName;
    bool m_finished = false;
};

} // namespace wp::io
