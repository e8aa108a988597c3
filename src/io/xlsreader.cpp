#include "xlsreader.h"

#include "cfbfile.h"
#include "readhelpers.h"

#include "workprogram/core/deadline.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <freexl.h>

#include <algorithm>

namespace wp::io {

namespace {

/// The workbook of @p path as the BIFF scan sees it, after the checks that come before freexl.
struct Scanned
{
    xls::Workbook workbook;
    QByteArray stream;
};

QString whyNotWorkbook(const cfb::CompoundFile& file)
{
    const QStringList& names = file.names();
    const auto has = [&names](const char* name) { return names.contains(QLatin1String(name), Qt::CaseInsensitive); };
    if (has("EncryptedPackage") || has("EncryptionInfo"))
        return QCoreApplication::translate("wp::io", "tệp Office có đặt mật khẩu; hãy mở bằng mật khẩu, bỏ mật khẩu "
                                                     "rồi lưu lại");
    if (has("WordDocument"))
        return QCoreApplication::translate("wp::io", "tệp Word 97-2003 (.doc) chưa đọc được; hãy mở bằng Word hoặc "
                                                     "LibreOffice và lưu lại dưới dạng .docx");
    if (has("PowerPoint Document"))
        return QCoreApplication::translate("wp::io", "tệp PowerPoint không phải bảng công việc");
    return QCoreApplication::translate("wp::io", "tệp OLE không phải tệp Excel 97-2003 (.xls): không có luồng "
                                                 "Workbook");
}

bool scan(const QString& path, const ReadLimits& limits, Scanned* out, ReadError* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            ReadError{0, -1, QCoreApplication::translate("wp::io", "không mở được tệp: %1").arg(file.errorString())};
        return false;
    }
    if (file.size() > limits.maxInflatedBytes) {
        *error = ReadError{0, -1,
                           QCoreApplication::translate("wp::io", "tệp .xls lớn hơn %1; hãy lưu lại dưới dạng .xlsx")
                               .arg(detail::formatBytes(limits.maxInflatedBytes))};
        return false;
    }
    cfb::CompoundFile compound(file.readAll());
    if (!compound.isValid()) {
        *error = ReadError{0, -1, compound.error()};
        return false;
    }
    std::optional<QByteArray> stream = compound.stream(QStringLiteral("Workbook"));
    if (!stream)
        stream = compound.stream(QStringLiteral("Book")); // Excel 5/95
    if (!stream) {
        *error = ReadError{0, -1, compound.isValid() ? whyNotWorkbook(compound) : compound.error()};
        return false;
    }
    if (!xls::scanWorkbook(*stream, &out->workbook, error))
        return false;
    if (out->workbook.encrypted) {
        *error = ReadError{0, -1,
                           QCoreApplication::translate("wp::io", "tệp .xls có đặt mật khẩu; hãy mở bằng mật khẩu, bỏ "
                                                                 "mật khẩu rồi lưu lại")};
        return false;
    }
    if (out->workbook.sheets.isEmpty()) {
        *error = ReadError{0, -1, QCoreApplication::translate("wp::io", "tệp .xls không có trang tính nào")};
        return false;
    }
    out->stream = std::move(*stream);
    return true;
}

QString freexlError(int code)
{
    if (code == FREEXL_INSUFFICIENT_MEMORY)
        return QCoreApplication::translate("wp::io", "không đủ bộ nhớ để đọc tệp .xls");
    if (code == FREEXL_BIFF_ILLEGAL_SST_INDEX)
        return QCoreApplication::translate("wp::io", "tệp .xls bị hỏng (một ô tham chiếu chuỗi dùng chung không có "
                                                     "trong tệp)");
    if (code == FREEXL_BIFF_INVALID_SST)
        return QCoreApplication::translate("wp::io", "tệp .xls bị hỏng (bảng chuỗi dùng chung không đọc được)");
    if (code == FREEXL_INVALID_CHARACTER || code == FREEXL_UNSUPPORTED_CHARSET)
        return QCoreApplication::translate("wp::io", "tệp .xls có chữ không đọc được trong bảng mã của nó");
    return QCoreApplication::translate("wp::io", "tệp .xls bị hỏng (thư viện freexl báo lỗi %1); hãy mở bằng Excel "
                                                 "hoặc LibreOffice và lưu lại dưới dạng .xlsx")
        .arg(code);
}

/// A cell as freexl gives it.
Cell cellFrom(const FreeXL_CellValue& v)
{
    Cell cell;
    switch (v.type) {
    case FREEXL_CELL_INT:
        detail::setNumber(cell, v.value.int_value);
        break;
    case FREEXL_CELL_DOUBLE:
        detail::setNumber(cell, v.value.double_value);
        break;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
        cell.text = v.value.text_value ? detail::textFromUtf8(v.value.text_value) : QString();
        cell.type = cell.text.isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
        break;
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME: {
        const QString text = QString::fromLatin1(v.value.text_value ? v.value.text_value : "");
        QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        if (text.startsWith(QLatin1String("1900-02-29")))
            date = QDate(1900, 2, 28); // Excel's phantom day 60, read as the xlsx reader reads it
        if (date.isValid()) {
            cell.type = Cell::Type::Date;
            cell.date = date;
            cell.number = double(QDate(1899, 12, 30).daysTo(date));
            cell.text = formatDate(date);
        } else {
            cell.type = text.isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
            cell.text = text;
        }
        break;
    }
    case FREEXL_CELL_TIME:
        cell.text = QString::fromLatin1(v.value.text_value ? v.value.text_value : "");
        cell.type = cell.text.isEmpty() ? Cell::Type::Empty : Cell::Type::Text;
        break;
    default:
        break;
    }
    return cell;
}

} // namespace

XlsReader::~XlsReader()
{
    if (m_handle)
        freexl_close(m_handle);
}

std::unique_ptr<XlsReader> XlsReader::open(const QString& path, const ReadOptions& options, ReadError* error)
{
    Scanned scanned;
    if (!scan(path, options.limits, &scanned, error))
        return nullptr;
    const xls::Workbook& wb = scanned.workbook;

    int chosen = -1;
    if (!options.sheet.isEmpty()) {
        for (int i = 0; i < wb.sheets.size() && chosen < 0; ++i)
            if (wb.sheets.at(i).name.compare(options.sheet.trimmed(), Qt::CaseInsensitive) == 0)
                chosen = i;
        if (chosen < 0) {
            QStringList quoted;
            for (const xls::SheetEntry& s : wb.sheets)
                quoted.append(QLatin1Char('"') + s.name + QLatin1Char('"'));
            *error = ReadError{0, -1,
                               QCoreApplication::translate("wp::io", "không có trang tính \"%1\"; tệp có các trang "
                                                                     "tính: %2")
                                   .arg(options.sheet, quoted.join(QStringLiteral(", ")))};
            return nullptr;
        }
        if (wb.sheets.at(chosen).type != 0) {
            *error = ReadError{0, -1,
                               QCoreApplication::translate("wp::io", "trang tính \"%1\" là biểu đồ, không có ô dữ liệu")
                                   .arg(wb.sheets.at(chosen).name)};
            return nullptr;
        }
    } else {
        for (int i = 0; i < wb.sheets.size() && chosen < 0; ++i)
            if (wb.sheets.at(i).visibility == 0 && wb.sheets.at(i).type == 0)
                chosen = i;
        for (int i = 0; i < wb.sheets.size() && chosen < 0; ++i) // every worksheet hidden: read the first
            if (wb.sheets.at(i).type == 0)
                chosen = i;
        if (chosen < 0) {
            *error = ReadError{0, -1, QCoreApplication::translate("wp::io", "tệp .xls không có trang tính nào")};
            return nullptr;
        }
    }

    std::unique_ptr<XlsReader> reader(new XlsReader);
    reader->m_workbook = std::move(scanned.workbook);
    reader->m_stream = std::move(scanned.stream);
    for (const xls::SheetEntry& s : std::as_const(reader->m_workbook.sheets)) {
        TableInfo info;
        info.index = int(reader->m_tables.size()) + 1;
        info.name = s.name;
        info.label = QCoreApplication::translate("wp::io", "trang tính \"%1\"").arg(s.name);
        info.hidden = s.visibility != 0;
        info.hasCells = s.type == 0;
        reader->m_tables.append(info);
    }
    const int rc = freexl_open(QFile::encodeName(path).constData(), &reader->m_handle);
    if (rc != FREEXL_OK) {
        *error = ReadError{0, -1, freexlError(rc)};
        return nullptr;
    }
    if (!reader->startSheet(chosen, error))
        return nullptr;
    return reader;
}

bool XlsReader::startSheet(int index, ReadError* error)
{
    const xls::SheetEntry& sheet = m_workbook.sheets.at(index);
    if (sheet.type != 0) {
        *error = ReadError{
            0, -1,
            QCoreApplication::translate("wp::io", "trang tính \"%1\" là biểu đồ, không có ô dữ liệu").arg(sheet.name)};
        return false;
    }
    m_extra.clear();
    m_layout = xls::SheetLayout();
    QString why;
    if (!xls::scanSheetCells(m_stream, m_workbook, index, &m_extra, &why, &m_layout)) {
        *error = ReadError{0, -1, why};
        return false;
    }
    int rc = freexl_select_active_worksheet(m_handle, quint16(index));
    unsigned short columns = 0;
    if (rc == FREEXL_OK)
        rc = freexl_worksheet_dimensions(m_handle, &m_rows, &columns);
    if (rc != FREEXL_OK) {
        *error = ReadError{0, -1, freexlError(rc)};
        return false;
    }
    m_columns = columns;
    // Formula cells are not in freexl's area when they are the last ones of the sheet.
    for (auto it = m_extra.cbegin(); it != m_extra.cend(); ++it) {
        m_rows = std::max(m_rows, quint32(it.key() >> 16) + 1);
        m_columns = std::max(m_columns, quint32(it.key() & 0xFFFF) + 1);
    }
    m_row = 0;
    m_current = index;
    return true;
}

bool XlsReader::selectTable(int index)
{
    if (!beginSelect(index))
        return false;
    ReadError error;
    if (!startSheet(index, &error)) {
        m_rows = 0;
        return fail(error);
    }
    return true;
}

bool XlsReader::next(Row& row)
{
    if (failed() || !m_handle)
        return false;
    // Only the rows that have cell records, each up to its last cell (see SheetLayout::rowEnds).
    for (auto next = m_layout.rowEnds.lowerBound(m_row); next != m_layout.rowEnds.cend(); ++next) {
        m_row = next.key();
        if (m_row >= m_rows)
            break;
        row = Row();
        row.number = int(m_row) + 1;
        bool hasData = false;
        const quint32 columns = std::min(m_columns, next.value());
        for (quint32 c = 0; c < columns; ++c) {
            Cell cell;
            if (const auto it = m_extra.constFind(xls::cellKey(m_row, c)); it != m_extra.cend()) {
                cell = *it;
            } else {
                FreeXL_CellValue v;
                if (c < 0x10000 && freexl_get_cell_value(m_handle, m_row, quint16(c), &v) == FREEXL_OK)
                    cell = cellFrom(v);
            }
            if (cell.type == Cell::Type::Empty)
                continue;
            if (row.cells.size() <= int(c))
                row.cells.resize(int(c) + 1);
            hasData = hasData || !cell.isEmpty();
            row.cells[int(c)] = std::move(cell);
        }
        if (hasData) {
            row.hidden = m_layout.hiddenRows.contains(m_row);
            ++m_row;
            return true;
        }
    }
    m_row = m_rows;
    return false;
}

QVector<TableInfo> XlsReader::sheets(const QString& path, const ReadLimits& limits, ReadError* error)
{
    Scanned scanned;
    if (!scan(path, limits, &scanned, error))
        return {};
    QVector<TableInfo> out;
    for (const xls::SheetEntry& s : std::as_const(scanned.workbook.sheets)) {
        TableInfo info;
        info.index = int(out.size()) + 1;
        info.name = s.name;
        info.hidden = s.visibility != 0;
        out.append(info);
    }
    return out;
}

} // namespace wp::io
