#include "csvreader.h"

#include "readhelpers.h"

#include <QCoreApplication>

#include <array>
#include <climits>
#include <map>
#include <string_view>

namespace wp::io {

namespace {

/// Guesses the delimiter from the first lines of @p text (quoted parts skipped): of , ; and
/// tab, the one found the same number of times on the most lines, then the most frequent.
/// @p complete: @p text is the whole file, so its last line counts even without a line end.
char sniffDelimiter(std::string_view text, bool complete)
{
    constexpr std::array<char, 3> candidates = {',', ';', '\t'};
    constexpr size_t MaxLines = 30;
    std::vector<std::array<int, 3>> lines;
    std::array<int, 3> current{};
    bool inQuotes = false;
    bool nonEmpty = false;
    for (size_t i = 0; i < text.size() && lines.size() < MaxLines; ++i) {
        const char c = text[i];
        if (c == '"') {
            inQuotes = !inQuotes;
            nonEmpty = true;
        } else if (inQuotes) {
            continue;
        } else if (c == '\n' || c == '\r') {
            if (nonEmpty)
                lines.push_back(current);
            current = {};
            nonEmpty = false;
        } else {
            nonEmpty = true;
            for (size_t k = 0; k < candidates.size(); ++k)
                current[k] += c == candidates[k] ? 1 : 0;
        }
    }
    if (nonEmpty && (complete || lines.empty())) // a first line longer than the sample counts too
        lines.push_back(current);

    char best = ',';
    int bestConsistent = 0;
    int bestTotal = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        std::map<int, int> frequency; // count per line -> number of lines with that count
        int total = 0;
        for (const auto& line : lines) {
            total += line[k];
            if (line[k] > 0)
                ++frequency[line[k]];
        }
        int consistent = 0;
        for (const auto& [count, linesWithCount] : frequency)
            consistent = std::max(consistent, linesWithCount);
        if (consistent > bestConsistent || (consistent == bestConsistent && consistent > 0 && total > bestTotal)) {
            best = candidates[k];
            bestConsistent = consistent;
            bestTotal = total;
        }
    }
    return best;
}

} // namespace

std::unique_ptr<CsvReader> CsvReader::open(const QString& path, const ReadOptions& options, ReadError* error)
{
    std::unique_ptr<CsvReader> reader(new CsvReader(options.limits));
    if (!reader->m_source.open(path, options.encoding, error))
        return nullptr;
    // The first chunk (64 KiB) is enough to see the delimiter of the first lines.
    reader->m_source.read(reader->m_buffer);
    const bool whole = reader->m_source.atEnd() && reader->m_source.problem() == csv::Utf8Source::Problem::None;
    reader->m_delimiter = sniffDelimiter(reader->m_buffer, whole);
    return reader;
}

bool CsvReader::fill()
{
    while (m_pos >= m_buffer.size()) {
        if (m_source.atEnd())
            return m_source.problem() == csv::Utf8Source::Problem::None ? false : failOnProblem();
        m_pos = 0;
        m_source.read(m_buffer);
    }
    return true;
}

bool CsvReader::failOnProblem()
{
    const int line = int(m_line);
    switch (m_source.problem()) {
    case csv::Utf8Source::Problem::InvalidUtf8:
        return fail(line, -1,
                    QCoreApplication::translate("wp::io", "tệp không phải UTF-8 (dòng %1); hãy lưu lại dưới dạng CSV "
                                                          "UTF-8 hoặc dùng --encoding WINDOWS-1258")
                        .arg(line));
    case csv::Utf8Source::Problem::NulByte:
        return fail(line, -1,
                    QCoreApplication::translate("wp::io", "tệp có byte NUL ở dòng %1: có vẻ là tệp nhị phân, "
                                                          "không phải văn bản CSV")
                        .arg(line));
    case csv::Utf8Source::Problem::InvalidInEncoding:
        return fail(line, -1,
                    QCoreApplication::translate("wp::io", "tệp có byte không hợp lệ trong bảng mã %1 (dòng %2)")
                        .arg(m_source.encoding(), QString::number(line)));
    case csv::Utf8Source::Problem::TruncatedInEncoding:
        return fail(line, -1,
                    QCoreApplication::translate("wp::io", "tệp kết thúc giữa một ký tự của bảng mã %1 (dòng %2)")
                        .arg(m_source.encoding(), QString::number(line)));
    case csv::Utf8Source::Problem::ReadFailed:
        return fail(
            line, -1,
            QCoreApplication::translate("wp::io", "lỗi đọc tệp ở dòng %1: %2").arg(line).arg(m_source.readError()));
    case csv::Utf8Source::Problem::None:
        break;
    }
    return false;
}

bool CsvReader::append(char c)
{
    m_units += detail::utf16Units(static_cast<unsigned char>(c));
    if (m_units > m_limits.maxCellChars) {
        const QString limit = detail::groupDigits(m_limits.maxCellChars);
        const QString where = columnLetter(m_fieldCount) + QString::number(m_recordLine);
        return fail(int(m_recordLine), m_fieldCount,
                    m_quoted ? QCoreApplication::translate("wp::io", "ô dài hơn %1 ký tự (%2); có thể thiếu dấu "
                                                                     "ngoặc kép đóng của ô bắt đầu ở dòng %3")
                                   .arg(limit, where, QString::number(m_quoteLine))
                             : QCoreApplication::translate("wp::io", "ô dài hơn %1 ký tự (%2)").arg(limit, where));
    }
    m_fields[size_t(m_fieldCount)].push_back(c);
    return true;
}

bool CsvReader::endField()
{
    if (m_fieldCount + 1 >= m_limits.maxColumns)
        return fail(
            int(m_recordLine), -1,
            QCoreApplication::translate("wp::io", "dòng có hơn %1 cột").arg(detail::groupDigits(m_limits.maxColumns)));
    ++m_fieldCount;
    if (m_fields.size() <= size_t(m_fieldCount))
        m_fields.emplace_back();
    else
        m_fields[size_t(m_fieldCount)].clear();
    m_units = 0;
    m_quoted = false;
    return true;
}

bool CsvReader::lineEnd(char c)
{
    m_afterCR = c == '\r';
    if (++m_line >= INT_MAX)
        return fail(INT_MAX, -1, QCoreApplication::translate("wp::io", "tệp có quá nhiều dòng"));
    return true;
}

bool CsvReader::endRecord(Row& row)
{
    const int count = m_fieldCount + 1;
    const int number = int(m_recordLine);
    m_recordLine = m_line;
    m_fieldCount = 0;
    m_units = 0;
    m_quoted = false;

    bool anyBytes = false;
    for (int i = 0; i < count && !anyBytes; ++i)
        anyBytes = !m_fields[size_t(i)].empty();
    if (!anyBytes) { // the common empty line: nothing to convert
        m_fields[0].clear();
        return false;
    }
    row.number = number;
    row.cells.clear();
    row.cells.resize(count);
    bool hasData = false;
    int last = -1;
    for (int i = 0; i < count; ++i) {
        std::string& field = m_fields[size_t(i)];
        if (field.empty())
            continue;
        Cell& cell = row.cells[i];
        cell.type = Cell::Type::Text;
        cell.text = detail::textFromUtf8(field);
        field.clear();
        hasData = hasData || !cell.isEmpty();
        last = i;
    }
    row.cells.resize(last + 1); // trailing empty fields (Excel pads rows with delimiters)
    return hasData;
}

bool CsvReader::next(Row& row)
{
    if (m_done || failed())
        return false;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            m_done = true;
            if (failed())
                return false;
            if (m_state == State::Quoted)
                return fail(int(m_quoteLine), m_fieldCount,
                            QCoreApplication::translate("wp::io", "dấu ngoặc kép mở ở dòng %1 không được đóng")
                                .arg(m_quoteLine));
            m_state = State::FieldStart;
            return endRecord(row);
        }
        const char c = m_buffer[m_pos++];
        if (m_afterCR) {
            m_afterCR = false;
            if (c == '\n')
                continue; // the second half of \r\n
        }
        switch (m_state) {
        case State::FieldStart:
            if (c == '"') {
                m_state = State::Quoted;
                m_quoted = true;
                m_quoteLine = m_line;
                break;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
        case State::QuoteInQuoted:
            if (c == m_delimiter) {
                if (!endField())
                    return false;
                m_state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                m_state = State::FieldStart;
                if (!lineEnd(c))
                    return false;
                if (endRecord(row))
                    return true;
            } else if (m_state == State::QuoteInQuoted && c == '"') {
                if (!append('"')) // "" inside quotes
                    return false;
                m_state = State::Quoted;
            } else {
                // After a closing quote, more text is kept as it is, as Excel does.
                m_state = State::Unquoted;
                if (!append(c))
                    return false;
            }
            break;
        case State::Quoted:
            if (c == '"') {
                m_state = State::QuoteInQuoted;
            } else if (c == '\n' || c == '\r') { // a line break inside the cell, kept as \n
                if (!lineEnd(c) || !append('\n'))
                    return false;
            } else if (!append(c)) {
                return false;
            }
            break;
        }
    }
}

} // namespace wp::io
