#pragma once

// Private to wp_io: where the table is in a file, and what its columns are.

#include "workprogram/io/importer.h"

#include <deque>
#include <optional>

namespace wp::io {

/// Finds the table among the rows of any TableReader: the header row among the first rows, a
/// second header row under it ("Thời gian" over "Bắt đầu | Kết thúc"), the deadline of a header
/// merged over two columns without its second row, and — when the table read first has no
/// header and none was asked for — the one other table of the file that has it.
class TableFinder
{
    Q_DECLARE_TR_FUNCTIONS(wp::io::TableFinder)

public:
    /// Rows searched for the header, from the top of a table.
    static constexpr int HeaderSearchRows = 60;
    /// Data rows read ahead to see whether a header spans two columns of data.
    static constexpr int LookAheadRows = 20;

    /// With @p units, a table without a lead unit column is taken when its section headings name
    /// units ("I. PHÒNG TƯ PHÁP"), as in the appendix grouped by unit.
    TableFinder(TableReader& reader, const ImportOptions& options, const QVector<Unit>* units = nullptr)
        : m_reader(reader), m_options(options), m_units(units)
    {}

    /// Positions the reader after the header. Fills result.header, tables, table, candidates and
    /// the header's warnings; on failure adds the error and returns false (a reading error is left
    /// in the reader).
    bool find(ImportResult& result);
    /// Data rows read while finding the header, to be interpreted before the reader's next rows.
    QVector<Row>& pending() { return m_pending; }

private:
    struct Search
    {
        std::optional<HeaderMatch> header;  ///< a header with content and lead unit
        std::optional<HeaderMatch> partial; ///< the first header-like row without them
        QString duplicate;                  ///< two columns naming one field
        int duplicateRow = 0;
        int rowsSeen = 0;
    };
    /// Searches the current table from its first row; leaves the first data row in m_pending.
    Search search();
    void lookAhead(HeaderMatch& header);
    /// Whether a header with content but no lead unit heads a table whose section headings name
    /// the lead units: reads up to LookAheadRows rows into @p ahead to see; notes it in @p header.
    bool ledBySections(HeaderMatch& header, std::deque<Row>& ahead);
    QString tableList(const QVector<int>& indexes) const;

    TableReader& m_reader;
    const ImportOptions& m_options;
    const QVector<Unit>* m_units = nullptr;
    QVector<Row> m_pending;
};

} // namespace wp::io
