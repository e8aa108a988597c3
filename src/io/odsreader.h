#pragma once

// Private to wp_io: the streaming OpenDocument spreadsheet (.ods) reader behind openTable().

#include "workbookreader.h"

#include <QStringList>

#include <memory>

namespace wp::io {

namespace xlsx {
class ZipArchive;
} // namespace xlsx

namespace ods {
class ContentParser;
} // namespace ods

/// Streams the rows of one sheet of an .ods file through the same zip + expat path as the
/// xlsx reader: content.xml is parsed in chunks and a row handed out as soon as it is complete.
/// Repeated rows and cells (table:number-rows/columns-repeated) are expanded only when they
/// hold data; covered cells of a merge are empty, the value staying in the first cell.
class OdsReader : public WorkbookReader
{
public:
    /// Opens @p path and the sheet chosen by @p options (by name, case-insensitive; empty:
    /// the first visible sheet). Returns nullptr and fills @p error when that fails.
    static std::unique_ptr<OdsReader> open(const QString& path, const ReadOptions& options, ReadError* error);
    ~OdsReader() override;

    bool next(Row& row) override;
    bool selectTable(int index) override;
    QVector<bool> hiddenColumns() const override;

    /// The sheets of @p path, in file order.
    static QVector<TableInfo> sheets(const QString& path, ReadError* error);

private:
    explicit OdsReader(const ReadLimits& limits);
    /// Starts streaming the sheet named @p sheet (empty: the first visible one).
    bool startSheet(const QString& sheet, ReadError* error);

    ReadLimits m_limits; // the parser keeps a reference to it
    QString m_path;
    std::unique_ptr<xlsx::ZipArchive> m_zip;
    std::unique_ptr<ods::ContentParser> m_parser;
    bool m_finished = false;
};

} // namespace wp::io
