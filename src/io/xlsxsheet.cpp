#include "xlsxsheet.h"

#include "readhelpers.h"
#include "workprogram/core/deadline.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace wp::io::xlsx {

namespace {
constexpr int MaxExcelRow = 1048576;

std::string_view trimmed(std::string_view v)
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.front() == '\n' || v.front() == '\r'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\n' || v.back() == '\r'))
        v.remove_suffix(1);
    return v;
}

/// A non-negative decimal integer, or -1.
qint64 parseIndex(std::string_view s)
{
    qint64 value = -1;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || value < 0)
        return -1;
    return value;
}

bool parseDouble(std::string_view s, double* value)
{
    if (!s.empty() && s.front() == '+') // from_chars takes no plus sign
        s.remove_prefix(1);
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *value);
    return ec == std::errc() && end == s.data() + s.size() && !s.empty() && std::isfinite(*value);
}

/// The serial day number of @p date, the inverse of excelSerialToDate().
double dateToSerial(QDate date, bool date1904)
{
    if (date1904)
        return double(QDate(1904, 1, 1).daysTo(date));
    const qint64 days = QDate(1899, 12, 31).daysTo(date);
    return double(days >= 60 ? days + 1 : days); // Excel's phantom 29/02/1900
}

bool isTrue(const char* value)
{
    return value && (std::strcmp(value, "1") == 0 || std::strcmp(value, "true") == 0);
}

QString shortened(const char* value)
{
    const QString s = QString::fromUtf8(value);
    return s.size() > 20 ? s.left(20) + QStringLiteral("…") : s;
}
} // namespace

SheetParser::SheetParser(ZipArchive& zip, const ReadLimits& limits, const SharedStrings& strings,
                         const std::vector<DateFormat>& dateStyles, bool date1904)
    : XmlPart(zip, limits), m_strings(strings), m_dateStyles(dateStyles), m_date1904(date1904)
{}

bool SheetParser::takeRow(Row& row)
{
    return takeFirst(m_rows, row);
}

QString SheetParser::cellReference(int column) const
{
    return columnLetter(column) + QString::number(m_rowNumber);
}

void SheetParser::startElement(std::string_view name, const char** attributes)
{
    if (name == "row") {
        startRow(attributes);
    } else if (name == "col") {
        if (!m_inRow)
            readColumn(attributes);
    } else if (name == "c") {
        if (m_inRow)
            startCell(attributes);
    } else if (!m_inCell) {
        return;
    } else if (name == "v") {
        m_inValue = true;
        m_text.clear();
        m_units = 0;
    } else if (name == "f") {
        m_formula = true;
    } else if (name == "is") {
        m_inInline = true;
        m_text.clear();
        m_units = 0;
    } else if (name == "rPh") {
        ++m_phonetic; // the reading of East Asian text, not part of the value
    } else if (name == "t") {
        m_inInlineText = m_inInline && m_phonetic == 0;
    }
}

void SheetParser::readColumn(const char** attributes)
{
    // <col min="3" max="5" hidden="1"/>: columns C to E hidden (1-based, inclusive).
    if (!isTrue(attribute(attributes, "hidden")))
        return;
    const char* minText = attribute(attributes, "min");
    const char* maxText = attribute(attributes, "max");
    const qint64 first = minText ? parseIndex(trimmed(minText)) : -1;
    const qint64 last = maxText ? parseIndex(trimmed(maxText)) : first;
    if (first < 1 || last < first || first > limits().maxColumns)
        return;
    const int end = int(std::min<qint64>(last, limits().maxColumns));
    if (m_hiddenColumns.size() < end)
        m_hiddenColumns.resize(end);
    for (int c = int(first); c <= end; ++c)
        m_hiddenColumns[c - 1] = true;
}

void SheetParser::startRow(const char** attributes)
{
    const char* r = attribute(attributes, "r");
    const qint64 number = r ? parseIndex(trimmed(r)) : m_lastRow + 1;
    if (number < 1 || number > MaxExcelRow) {
        abort(0, -1,
              QCoreApplication::translate("wp::io", "số dòng \"%1\" trong trang tính không hợp lệ (Excel có %2 dòng)")
                  .arg(r ? shortened(r) : QString::number(number), detail::groupDigits(MaxExcelRow)));
        return;
    }
    m_inRow = true;
    m_rowHasData = false;
    m_rowNumber = int(number);
    m_lastColumn = -1;
    m_row = Row();
    m_row.number = m_rowNumber;
    m_row.hidden = isTrue(attribute(attributes, "hidden"));
    m_row.cells.reserve(std::min(m_lastWidth, 256)); // rows of a table are mostly as wide as the last one
}

void SheetParser::startCell(const char** attributes)
{
    const qint64 maxColumns = limits().maxColumns;
    qint64 column = 0;
    if (const char* r = attribute(attributes, "r")) {
        for (const char* p = r; column <= maxColumns; ++p) {
            const char c = *p;
            if (c >= 'A' && c <= 'Z')
                column = column * 26 + (c - 'A' + 1);
            else if (c >= 'a' && c <= 'z')
                column = column * 26 + (c - 'a' + 1);
            else
                break;
        }
        if (column > maxColumns) {
            abort(m_rowNumber, -1,
                  QCoreApplication::translate("wp::io", "ô %1 nằm ngoài giới hạn %2 cột")
                      .arg(shortened(r), detail::groupDigits(maxColumns)));
            return;
        }
    }
    // Without a usable reference a cell follows the previous one.
    const qint64 index = column > 0 ? column - 1 : qint64(m_lastColumn) + 1;
    if (index >= maxColumns) {
        abort(m_rowNumber, -1,
              QCoreApplication::translate("wp::io", "dòng có ô nằm ngoài giới hạn %1 cột")
                  .arg(detail::groupDigits(maxColumns)));
        return;
    }
    m_inCell = true;
    m_column = int(index);
    const std::string_view t = [&] {
        const char* type = attribute(attributes, "t");
        return std::string_view(type ? type : "n");
    }();
    if (t == "s")
        m_type = ValueType::SharedString;
    else if (t == "inlineStr")
        m_type = ValueType::InlineString;
    else if (t == "str")
        m_type = ValueType::String;
    else if (t == "b")
        m_type = ValueType::Boolean;
    else if (t == "e")
        m_type = ValueType::Error;
    else if (t == "d")
        m_type = ValueType::IsoDate;
    else
        m_type = ValueType::Number;
    const char* s = attribute(attributes, "s");
    const qint64 style = s ? parseIndex(s) : 0;
    m_dateStyle = style >= 0 && style < qint64(m_dateStyles.size()) ? m_dateStyles[size_t(style)] : DateFormat::None;
    m_formula = m_hasValue = m_inValue = m_inInline = m_inInlineText = false;
    m_phonetic = 0;
    m_text.clear();
    m_units = 0;
}

void SheetParser::characters(const char* data, int length)
{
    if (!m_inValue && !m_inInlineText)
        return;
    for (int i = 0; i < length; ++i)
        m_units += detail::utf16Units(static_cast<unsigned char>(data[i]));
    if (m_units > limits().maxCellChars) {
        abort(m_rowNumber, m_column,
              QCoreApplication::translate("wp::io", "ô dài hơn %1 ký tự (%2)")
                  .arg(detail::groupDigits(limits().maxCellChars), cellReference(m_column)));
        return;
    }
    m_text.append(data, size_t(length));
}

void SheetParser::endElement(std::string_view name)
{
    if (name == "v") {
        if (m_inValue) {
            m_inValue = false;
            m_hasValue = true;
        }
    } else if (name == "t") {
        m_inInlineText = false;
    } else if (name == "rPh") {
        --m_phonetic;
    } else if (name == "is") {
        if (m_inInline) {
            m_inInline = false;
            m_hasValue = true;
        }
    } else if (name == "c") {
        if (m_inCell) {
            m_inCell = false;
            m_lastColumn = m_column;
            finishCell();
        }
    } else if (name == "row") {
        if (m_inRow) {
            m_inRow = false;
            m_lastRow = m_rowNumber;
            if (m_rowHasData) {
                m_lastWidth = int(m_row.cells.size());
                m_rows.push_back(std::move(m_row));
                suspend(); // hand this row out before reading on
            }
            m_row = Row();
        }
    }
}

void SheetParser::finishCell()
{
    if (!m_hasValue)
        return;
    Cell cell;
    cell.formula = m_formula;
    if (!makeCell(cell) || cell.type == Cell::Type::Empty)
        return;
    if (m_row.cells.size() <= m_column)
        m_row.cells.resize(m_column + 1);
    m_rowHasData = m_rowHasData || !cell.isEmpty();
    m_row.cells[m_column] = std::move(cell);
}

bool SheetParser::makeCell(Cell& cell)
{
    switch (m_type) {
    case ValueType::SharedString: {
        if (trimmed(m_text).empty())
            return true; // <v/>: an empty cell, as Excel and calamine read it
        const qint64 index = parseIndex(trimmed(m_text));
        if (index < 0 || index >= m_strings.strings.size()) {
            abort(m_rowNumber, m_column,
                  QCoreApplication::translate("wp::io", "ô %1 tham chiếu chuỗi dùng chung số \"%2\" nhưng tệp "
                                                        "chỉ có %3 chuỗi")
                      .arg(cellReference(m_column), QString::fromUtf8(m_text).left(20),
                           detail::groupDigits(m_strings.strings.size())));
            return false;
        }
        if (m_strings.tooLong.contains(index)) {
            abort(m_rowNumber, m_column,
                  QCoreApplication::translate("wp::io", "ô dài hơn %1 ký tự (%2)")
                      .arg(detail::groupDigits(limits().maxCellChars), cellReference(m_column)));
            return false;
        }
        cell.text = m_strings.strings.at(index);
        cell.type = cell.text.isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
        return true;
    }
    case ValueType::InlineString:
    case ValueType::String:
        detail::decodeXmlEscapes(m_text);
        cell.text = detail::textFromUtf8(m_text);
        cell.type = cell.text.isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
        return true;
    case ValueType::Boolean: {
        const std::string_view v = trimmed(m_text);
        if (v.empty())
            return true;
        cell.type = Cell::Type::Boolean;
        cell.number = (v == "1" || v == "true") ? 1 : 0;
        cell.text = cell.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        return true;
    }
    case ValueType::Error:
        cell.text = QString::fromUtf8(m_text).trimmed();
        cell.type = cell.text.isEmpty() ? Cell::Type::Empty : Cell::Type::Error;
        return true;
    case ValueType::IsoDate: {
        const QString text = QString::fromUtf8(m_text).trimmed();
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        if (date.isValid()) {
            cell.type = Cell::Type::Date;
            cell.date = date;
            cell.number = dateToSerial(date, m_date1904);
            cell.text = formatDate(date);
        } else {
            cell.text = text;
            cell.type = text.isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
        }
        return true;
    }
    case ValueType::Number: {
        const std::string_view v = trimmed(m_text);
        double value = 0;
        if (v.empty())
            return true;
        if (parseDouble(v, &value)) {
            makeNumber(cell, value);
        } else { // not a number after all: keep what the file says rather than lose it
            cell.text = detail::textFromUtf8(std::string(v));
            cell.type = Cell::Type::Text;
        }
        return true;
    }
    }
    return true;
}

void SheetParser::makeNumber(Cell& cell, double value) const
{
    if (value == 0)
        value = 0; // no "-0"
    cell.number = value;
    if (m_dateStyle != DateFormat::None) {
        const QDate date = excelSerialToDate(value, m_date1904);
        if (date.isValid()) {
            cell.type = Cell::Type::Date;
            cell.date = date;
            switch (m_dateStyle) {
            case DateFormat::Month:
                cell.dateShows = Cell::DateShows::Month;
                cell.text = formatDate(date).mid(3); // MM/yyyy
                break;
            case DateFormat::Year:
                cell.dateShows = Cell::DateShows::Year;
                cell.text = QString::number(date.year());
                break;
            default:
                cell.text = formatDate(date);
                break;
            }
            return;
        }
    }
    cell.type = Cell::Type::Number;
    // 15 significant digits, as Excel shows numbers: "12", "0.1", not "12.0" or "0.1000000000000000055".
    // Whole numbers, the common case, skip the slower general formatting.
    if (std::abs(value) < 1e15 && value == std::trunc(value))
        cell.text = QString::number(qint64(value));
    else
        cell.text = QString::number(value, 'g', 15);
}

} // namespace wp::io::xlsx
