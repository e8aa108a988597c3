// The styled xlsx export, written with libxlsxwriter (never together with QuaZip: they clash).
#include "workprogram/core/counts.h"
#include "workprogram/io/exporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <xlsxwriter.h>

#include <stdexcept>
#include <utility>

namespace wp::io {
namespace {

QByteArray utf8(const QString& s)
{
    return s.toUtf8();
}

lxw_format* makeFormat(lxw_workbook* wb, bool bold, bool border, bool wrap, int size = 11)
{
    lxw_format* f = workbook_add_format(wb);
    format_set_font_name(f, "Times New Roman");
    format_set_font_size(f, size);
    if (bold)
        format_set_bold(f);
    if (border)
        format_set_border(f, LXW_BORDER_THIN);
    if (wrap)
        format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

} // namespace

void Exporter::writeXlsx(const QString& path, const QString& title) const
{
    // Written beside the target and renamed over it, so a failure never leaves half a file.
    const QString temp = path + QStringLiteral(".part");
    {
        // libxlsxwriter reports a file it cannot create on stderr itself, at the very end: ask
        // first, and say it in our words.
        QFile probe(temp);
        if (!probe.open(QIODevice::WriteOnly))
            throw ExportError(tr("không ghi được tệp %1: %2").arg(path, probe.errorString()).toStdString());
    }
    // Constant memory: each row goes to a temporary file as soon as the next one starts, so
    // 100 000 items take no more memory than ten. Rows must then come in order (they do), and
    // strings are written in their cells (inline) instead of a shared-strings table: the file
    // holds the same cells, styles and widths, and is larger before zipping.
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* wb = workbook_new_opt(utf8(temp).constData(), &options);
    if (!wb) {
        QFile::remove(temp);
        throw ExportError(tr("không tạo được tệp %1").arg(path).toStdString());
    }
    // Whatever the item source throws: close the workbook (its temporary files go with it) and
    // remove the half-written file before passing the error on.
    struct Abandon
    {
        lxw_workbook*& wb;
        const QString& temp;
        ~Abandon()
        {
            if (wb) {
                workbook_close(wb);
                QFile::remove(temp);
            }
        }
    } abandon{wb, temp};

    lxw_format* titleFormat = makeFormat(wb, true, false, false, 14);
    format_set_align(titleFormat, LXW_ALIGN_CENTER);
    lxw_format* header = makeFormat(wb, true, true, true);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(header, 0xDDEBF7);
    lxw_format* cell = makeFormat(wb, false, true, true);
    lxw_format* number = makeFormat(wb, false, true, false);
    format_set_align(number, LXW_ALIGN_CENTER);
    lxw_format* bold = makeFormat(wb, true, true, false);

    lxw_worksheet* sheet = workbook_add_worksheet(wb, utf8(tr("Chương trình")).constData());
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9); // A4
    worksheet_set_margins(sheet, 0.8, 0.6, 0.8, 0.8);
    const std::array<double, FieldCount> widths = {6, 60, 28, 28, 16, 18, 22, 10, 12, 18, 30};
    for (int c = 0; c < FieldCount; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[size_t(c)], nullptr);
    // One row: the merge is written within row 0, which constant memory allows.
    worksheet_merge_range(sheet, 0, 0, 0, FieldCount - 1, utf8(title).constData(), titleFormat);
    const lxw_row_t headerRow = 2;
    for (int c = 0; c < FieldCount; ++c)
        worksheet_write_string(sheet, headerRow, lxw_col_t(c),
                               utf8(FieldInfo::header(FieldInfo::all()[size_t(c)])).constData(), header);
    worksheet_freeze_panes(sheet, headerRow + 1, 0);
    worksheet_repeat_rows(sheet, headerRow, headerRow);
    lxw_row_t r = headerRow + 1;
    // Items per lead unit and status, for the second sheet, counted on the way.
    // (Units in the order their first item came, as the counts of units missing from m_units
    // are listed in that order.)
    QHash<qint64, decltype(CountTable::Row::byStatus)> perUnit;
    QVector<qint64> unitOrder;
    m_items([&](const Item& it) {
        const QStringList cells = row(it);
        worksheet_write_number(sheet, r, 0, it.number, number);
        // Every text cell is written as a string, so nothing a user typed ever runs as a formula.
        for (int c = 1; c < cells.size(); ++c)
            worksheet_write_string(sheet, r, lxw_col_t(c), utf8(cells.at(c)).constData(), cell);
        ++r;
        auto counted = perUnit.find(it.leadUnitId);
        if (counted == perUnit.end()) {
            counted = perUnit.insert(it.leadUnitId, {});
            unitOrder.append(it.leadUnitId);
        }
        (*counted)[size_t(it.status)] += 1;
    });
    worksheet_autofilter(sheet, headerRow, 0, r > headerRow + 1 ? r - 1 : headerRow, FieldCount - 1);

    // Second sheet: items per lead unit, the total summed here, no formula to go stale.
    lxw_worksheet* counts = workbook_add_worksheet(wb, utf8(tr("Theo đơn vị")).constData());
    worksheet_set_column(counts, 0, 0, 6, nullptr);
    worksheet_set_column(counts, 1, 1, 50, nullptr);
    worksheet_set_column(counts, 2, 2, 14, nullptr);
    worksheet_write_string(counts, 0, 0, utf8(tr("STT")).constData(), header);
    worksheet_write_string(counts, 0, 1, utf8(tr("Đơn vị chủ trì")).constData(), header);
    worksheet_write_string(counts, 0, 2, utf8(tr("Số nội dung")).constData(), header);
    QVector<UnitStatusCount> raw;
    for (qint64 unit : unitOrder) {
        const auto& byStatus = perUnit[unit];
        for (size_t s = 0; s < byStatus.size(); ++s)
            if (byStatus[s] > 0)
                raw.append(UnitStatusCount{unit, Status(s), byStatus[s]});
    }
    QVector<Unit> shown;
    for (const Unit& u : m_units)
        if (perUnit.contains(u.id))
            shown.append(u);
    const CountTable table(shown, raw, m_units);
    lxw_row_t cr = 1;
    for (const CountTable::Row& row : table.rows()) {
        worksheet_write_number(counts, cr, 0, cr, number);
        worksheet_write_string(counts, cr, 1, utf8(row.unit.name).constData(), cell);
        worksheet_write_number(counts, cr, 2, row.total(), number);
        ++cr;
    }
    worksheet_write_string(counts, cr, 0, "", bold);
    worksheet_write_string(counts, cr, 1, utf8(tr("Tổng cộng")).constData(), bold);
    worksheet_write_number(counts, cr, 2, table.total(), bold);
    worksheet_freeze_panes(counts, 1, 0);

    const lxw_error err = workbook_close(std::exchange(wb, nullptr));
    if (err != LXW_NO_ERROR) {
        QFile::remove(temp);
        throw ExportError(
            tr("không ghi được tệp %1: %2").arg(path, QString::fromUtf8(lxw_strerror(err))).toStdString());
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        throw ExportError(tr("không ghi được tệp %1").arg(path).toStdString());
    }
}

} // namespace wp::io
