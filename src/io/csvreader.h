#pragma once

// Private to wp_io: the streaming CSV reader behind openTable().

#include "csvsource.h"

#include <memory>
#include <string>
#include <vector>

namespace wp::io {

/// Streams the records of a CSV (or tab-separated text) file, RFC 4180 style: quoted fields
/// may hold delimiters, doubled quotes and line breaks. The delimiter (, ; or tab) is guessed
/// from the first lines. Every non-empty field is Text: the reader never guesses types.
/// Row::number is the physical line where a record starts (\n, \r\n and a lone \r all end a line).
class CsvReader : public TableReader
{
public:
    /// Returns nullptr and fills @p error when the file cannot be opened or the encoding
    /// named in @p options is unknown.
    static std::unique_ptr<CsvReader> open(const QString& path, const ReadOptions& options, ReadError* error);

    bool next(Row& row) override;
    char delimiter() const { return m_delimiter; }

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted
    };

    explicit CsvReader(const ReadLimits& limits) : m_limits(limits) {}
    /// Refills the buffer; false at the end of the file or after failing on a decoding problem.
    bool fill();
    bool append(char c);
    bool endField();
    bool lineEnd(char c);
    /// Ends the record; true when it had data and is now in @p row.
    bool endRecord(Row& row);
    bool failOnProblem();

    csv::Utf8Source m_source;
    ReadLimits m_limits;
    std::string m_buffer;
    size_t m_pos = 0;
    char m_delimiter = ',';
    State m_state = State::FieldStart;
    std::vector<std::string> m_fields{1}; ///< reused between records; the current one is m_fields[m_fieldCount]
    int m_fieldCount = 0;
    qint64 m_units = 0;      ///< the current field's length in UTF-16 units
    bool m_quoted = false;   ///< the current field started with a quote
    qint64 m_line = 1;       ///< the physical line being read
    qint64 m_recordLine = 1; ///< the line where the current record started
    qint64 m_quoteLine = 0;  ///< the line where the open quoted field started
    bool m_afterCR = false;  ///< the last byte was \r: a following \n belongs to the same line end
    bool m_done = false;
};

} // namespace wp::io
