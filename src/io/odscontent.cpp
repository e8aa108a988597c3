#include "odscontent.h"

#include "readhelpers.h"
#include "workprogram/core/deadline.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

namespace wp::io::ods {

namespace {
constexpr qint64 MaxRows = 1048576; // what LibreOffice and Excel open

/// A repeat count: at least 1; absurd values are kept (the caller checks them against limits).
qint64 repeatCount(const char** attributes, std::string_view name)
{
    const char* value = xlsx::XmlPart::attribute(attributes, name);
    if (!value)
        return 1;
    qint64 n = 0;
    const std::string_view s(value);
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec == std::errc::result_out_of_range)
        return std::numeric_limits<qint64>::max() / 4;
    return ec == std::errc() && end == s.data() + s.size() && n >= 1 ? n : 1;
}

/// Excel's serial day number of @p date (1900 system), as the other readers give it.
double serialOf(QDate date)
{
    return double(QDate(1899, 12, 30).daysTo(date));
}

void setText(Cell& cell, const QString& text)
{
    cell.type = text.isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
    cell.text = text;
}
} // namespace

ContentParser::ContentParser(xlsx::ZipArchive& zip, const ReadLimits& limits, Mode mode, const QString& sheet)
    : XmlPart(zip, limits), m_mode(mode), m_wanted(sheet.trimmed())
{}

bool ContentParser::takeRow(Row& row)
{
    if (m_rows.empty())
        return false;
    auto& [pending, left] = m_rows.front();
    if (left > 1) {
        row = pending;
        ++pending.number;
        --left;
    } else {
        row = std::move(pending);
        m_rows.pop_front();
    }
    return true;
}

void ContentParser::startElement(std::string_view name, const char** attributes)
{
    if (m_ignoredDepth > 0) {
        ++m_ignoredDepth;
        return;
    }
    if (name == "style") {
        m_styleName = attributeText(attributes, "name");
        m_styleFamily = attributeText(attributes, "family");
    } else if (name == "table-properties") {
        if (m_styleFamily == QLatin1String("table") && attributeText(attributes, "display") == QLatin1String("false"))
            m_hiddenStyles.insert(m_styleName);
    } else if (name == "table") {
        if (m_inCell) {
            m_ignoredDepth = 1; // a table inside a cell: not rows of this sheet
            return;
        }
        ++m_tableDepth;
        if (m_tableDepth == 1)
            startTable(attributes);
    } else if (!m_active) {
        return;
    } else if (name == "table-column") {
        startColumn(attributes);
    } else if (name == "table-row") {
        startRow(attributes);
    } else if (name == "table-cell" || name == "covered-table-cell") {
        if (m_inRow)
            startCell(attributes, name == "covered-table-cell");
    } else if (!m_inCell) {
        return;
    } else if (name == "annotation") {
        m_ignoredDepth = 1; // a comment, not the cell's value
    } else if (name == "p" || name == "h") {
        if (m_paragraphs++ > 0)
            appendText("\n", 1);
        ++m_paragraphDepth;
    } else if (m_paragraphDepth > 0) {
        if (name == "s") {
            const qint64 n = std::min<qint64>(repeatCount(attributes, "c"), limits().maxCellChars + 1);
            appendText(std::string(size_t(n), ' ').data(), size_t(n));
        } else if (name == "tab") {
            appendText("\t", 1);
        } else if (name == "line-break") {
            appendText("\n", 1);
        }
    }
}

void ContentParser::startTable(const char** attributes)
{
    TableInfo info;
    info.index = int(m_sheets.size()) + 1;
    info.name = attributeText(attributes, "name");
    info.label = QCoreApplication::translate("wp::io", "trang tính \"%1\"").arg(info.name);
    info.hidden = m_hiddenStyles.contains(attributeText(attributes, "style-name"));
    m_sheets.append(info);
    if (m_mode == Mode::List || m_found)
        return;
    m_active = m_wanted.isEmpty() ? !info.hidden : info.name.compare(m_wanted, Qt::CaseInsensitive) == 0;
    if (m_active) {
        m_found = true;
        m_rowIndex = 0;
        m_columnIndex = 0;
        m_hiddenColumns.clear();
    }
}

namespace {
/// table:visibility "collapse" (hidden) or "filter" (filtered out); "visible" is the default.
bool hiddenByVisibility(const QString& visibility)
{
    return visibility == QLatin1String("collapse") || visibility == QLatin1String("filter");
}
} // namespace

void ContentParser::startColumn(const char** attributes)
{
    const qint64 first = m_columnIndex;
    m_columnIndex = std::min<qint64>(first + repeatCount(attributes, "number-columns-repeated"), limits().maxColumns);
    if (!hiddenByVisibility(attributeText(attributes, "visibility")))
        return;
    if (m_hiddenColumns.size() < m_columnIndex)
        m_hiddenColumns.resize(int(m_columnIndex), false);
    for (qint64 c = first; c < m_columnIndex; ++c)
        m_hiddenColumns[int(c)] = true;
}

void ContentParser::startRow(const char** attributes)
{
    m_inRow = true;
    m_rowRepeat = repeatCount(attributes, "number-rows-repeated");
    m_row = Row();
    m_row.hidden = hiddenByVisibility(attributeText(attributes, "visibility"));
    m_row.number = int(std::min(m_rowIndex + 1, MaxRows + 1));
    m_rowHasData = false;
    m_column = 0;
}

void ContentParser::startCell(const char** attributes, bool covered)
{
    m_inCell = true;
    m_cellRepeat = repeatCount(attributes, "number-columns-repeated");
    m_cell = Cell();
    m_cell.formula = XmlPart::attribute(attributes, "formula") != nullptr;
    m_valueType.clear();
    m_value.clear();
    m_paragraphs = 0;
    m_paragraphDepth = 0;
    m_text.clear();
    m_units = 0;
    if (covered)
        return; // the merged area's value is in its first cell
    // calcext:value-type says "error" where office:value-type says "string".
    const QString calc = attributeText(attributes, "value-type");
    for (int i = 0; attributes[i]; i += 2) {
        const std::string_view qualified(attributes[i]);
        if (qualified == "office:value-type" || qualified == "value-type")
            m_valueType = QString::fromUtf8(attributes[i + 1]);
        else if (qualified == "calcext:value-type" && std::string_view(attributes[i + 1]) == "error")
            m_valueType = QStringLiteral("error");
    }
    if (m_valueType.isEmpty())
        m_valueType = calc;
    if (m_valueType == QLatin1String("date"))
        m_value = attributeText(attributes, "date-value");
    else if (m_valueType == QLatin1String("boolean"))
        m_value = attributeText(attributes, "boolean-value");
    else if (m_valueType == QLatin1String("string"))
        m_value = attributeText(attributes, "string-value");
    else if (m_valueType == QLatin1String("float") || m_valueType == QLatin1String("percentage") ||
             m_valueType == QLatin1String("currency"))
        m_value = attributeText(attributes, "value");
}

void ContentParser::appendText(const char* data, size_t length)
{
    if (aborted())
        return;
    for (size_t i = 0; i < length; ++i)
        m_units += detail::utf16Units(static_cast<unsigned char>(data[i]));
    if (m_units > limits().maxCellChars) {
        abort(int(m_row.number), m_column,
              QCoreApplication::translate("wp::io", "ô dài hơn %1 ký tự (%2)")
                  .arg(detail::groupDigits(limits().maxCellChars),
                       columnLetter(m_column) + QString::number(m_row.number)));
        return;
    }
    m_text.append(data, length);
}

void ContentParser::characters(const char* data, int length)
{
    if (m_ignoredDepth == 0 && m_inCell && m_paragraphDepth > 0)
        appendText(data, size_t(length));
}

void ContentParser::finishCell()
{
    m_inCell = false;
    Cell& cell = m_cell;
    const QString text = detail::textFromUtf8(m_text);
    if (m_valueType == QLatin1String("float") || m_valueType == QLatin1String("percentage") ||
        m_valueType == QLatin1String("currency")) {
        bool ok = false;
        const double v = m_value.toDouble(&ok);
        if (ok && std::isfinite(v))
            detail::setNumber(cell, v);
        else
            setText(cell, text);
    } else if (m_valueType == QLatin1String("date")) {
        const QDate date = QDate::fromString(m_value.left(10), Qt::ISODate);
        if (date.isValid()) {
            cell.type = Cell::Type::Date;
            cell.date = date;
            cell.number = serialOf(date);
            cell.text = formatDate(date);
        } else {
            setText(cell, text);
        }
    } else if (m_valueType == QLatin1String("boolean")) {
        cell.type = Cell::Type::Boolean;
        cell.number = m_value == QLatin1String("true") ? 1 : 0;
        cell.text = cell.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (m_valueType == QLatin1String("error")) {
        cell.type = text.trimmed().isEmpty() ? Cell::Type::Empty : Cell::Type::Error;
        cell.text = text.trimmed();
    } else {
        const QString value = m_valueType == QLatin1String("string") && !m_value.isEmpty() ? m_value : text;
        cell.type = value.isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
        cell.text = value;
    }

    const qint64 first = m_column;
    const qint64 end = first + m_cellRepeat;
    m_column = int(std::min<qint64>(end, limits().maxColumns + 1));
    if (cell.type == Cell::Type::Empty)
        return;
    if (end > limits().maxColumns) {
        abort(int(m_row.number), -1,
              QCoreApplication::translate("wp::io", "dòng có ô nằm ngoài giới hạn %1 cột")
                  .arg(detail::groupDigits(limits().maxColumns)));
        return;
    }
    if (m_row.cells.size() < end)
        m_row.cells.resize(int(end));
    for (qint64 c = first; c < end; ++c)
        m_row.cells[int(c)] = cell;
    m_rowHasData = m_rowHasData || !cell.isEmpty();
}

void ContentParser::finishRow()
{
    m_inRow = false;
    const qint64 first = m_rowIndex;
    m_rowIndex = first + std::min<qint64>(m_rowRepeat, MaxRows + 1);
    if (!m_rowHasData)
        return;
    if (m_rowIndex > MaxRows) {
        abort(int(first + 1), -1,
              QCoreApplication::translate("wp::io", "dòng được lặp lại %1 lần, quá %2 dòng của một trang tính")
                  .arg(detail::groupDigits(m_rowRepeat), detail::groupDigits(MaxRows)));
        return;
    }
    m_rows.emplace_back(std::move(m_row), m_rowIndex - first);
    m_row = Row();
    suspend(); // hand the row out before reading on
}

void ContentParser::endElement(std::string_view name)
{
    if (m_ignoredDepth > 0) {
        --m_ignoredDepth;
        return;
    }
    if (name == "table") {
        if (--m_tableDepth == 0 && m_active) {
            m_active = false;
            m_sheetDone = true;
            suspend();
        }
    } else if (!m_active) {
        return;
    } else if (name == "table-cell" || name == "covered-table-cell") {
        if (m_inCell)
            finishCell();
    } else if (name == "table-row") {
        if (m_inRow)
            finishRow();
    } else if ((name == "p" || name == "h") && m_paragraphDepth > 0) {
        --m_paragraphDepth;
    }
}

} // namespace wp::io::ods
