#include "officefile.h"

#include <QDate>
#include <QFile>
#include <QHash>

#include <xlsxwriter.h>

namespace wp::test {

QVector<ArticleUnit> articleUnits()
{
    return {
        {QStringLiteral("Văn phòng HĐND - UBND"), QStringLiteral("Văn phòng HĐND - UBND quận"), 30},
        {QStringLiteral("Phòng TC-KH"), QStringLiteral("Phòng Tài chính - Kế hoạch"), 34},
        {QStringLiteral("Phòng Kinh tế"), QStringLiteral("Phòng Kinh tế"), 28},
        {QStringLiteral("Phòng Tư pháp"), QStringLiteral("Phòng Tư pháp"), 23},
        {QStringLiteral("Nội vụ"), QStringLiteral("Phòng Nội vụ"), 54},
        {QStringLiteral("LĐTB&XH"), QStringLiteral("Phòng Lao động - Thương binh và Xã hội"), 26},
        {QStringLiteral("GD&ĐT"), QStringLiteral("Phòng Giáo dục và Đào tạo"), 19},
        {QStringLiteral("Quản lý đô thị"), QStringLiteral("Phòng Quản lý đô thị"), 41},
        {QStringLiteral("TN&MT"), QStringLiteral("Phòng Tài nguyên và Môi trường"), 32},
        {QStringLiteral("Y tế"), QStringLiteral("Phòng Y tế"), 32},
        {QStringLiteral("VH&TT"), QStringLiteral("Phòng Văn hóa và Thông tin"), 34},
        {QStringLiteral("Thanh tra quận"), QStringLiteral("Thanh tra quận"), 48},
        {QStringLiteral("Ban Quản lý dự án đầu tư xây dựng quận"),
         QStringLiteral("Ban Quản lý dự án đầu tư xây dựng quận"), 66},
        {QStringLiteral("Trung tâm phát triển quỹ đất"), QStringLiteral("Trung tâm Phát triển quỹ đất"), 60},
        {QStringLiteral("Ban Quản lý chợ"), QStringLiteral("Ban Quản lý chợ"), 6},
        {QStringLiteral("Đội Quản lý trật tự xây dựng đô thị quận"),
         QStringLiteral("Đội Quản lý trật tự xây dựng đô thị quận"), 1},
        {QStringLiteral("Trung tâm VH-TT&TT"), QStringLiteral("Trung tâm Văn hóa - Thông tin và Thể thao"), 1},
    };
}

QVector<OfficeRow> articleRows()
{
    static const char* const periods[] = {
        "Quý I",  "Quý II",   "Tháng 6",    "Tháng 6/2023", "Quý II/2023", "6 tháng đầu năm", "6 tháng cuối năm",
        "Cả năm", "Năm 2023", "Trước 30/6", "Thường xuyên", "Tháng 10",    "Quý IV",          "15/09/2023"};
    static const char* const romans[] = {"I", "II", "III", "IV",   "V",   "VI", "VII", "VIII", "IX",
                                         "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"};
    const QVector<ArticleUnit> units = articleUnits();
    QVector<OfficeRow> rows;
    int n = 0;
    for (int u = 0; u < units.size(); ++u) {
        OfficeRow heading;
        heading.number = QString::fromLatin1(romans[u]);
        heading.content = units[u].officialName.toUpper();
        heading.heading = true;
        rows.append(heading);
        for (int i = 0; i < units[u].count; ++i) {
            OfficeRow r;
            r.number = QString::number(++n);
            r.content = QStringLiteral("Nội dung %1 của %2: kế hoạch, báo cáo thực hiện nhiệm vụ năm 2023")
                            .arg(i + 1)
                            .arg(units[u].written);
            r.lead = units[u].written;
            if (i % 3 == 1)
                r.coUnits = units[(u + 1) % units.size()].written + QStringLiteral("; ") +
                            units[(u + 2) % units.size()].written;
            if (i % 5 == 4)
                r.deadlineSerial = 44927 + (n * 7) % 365; // an Excel date cell in 2023
            else
                r.deadline = QString::fromUtf8(periods[n % std::size(periods)]);
            r.leader = (n % 2) ? QStringLiteral("Chủ tịch UBND quận") : QStringLiteral("PCT Nguyễn Văn A");
            r.note = (n % 7 == 0) ? QStringLiteral("Nhiệm vụ trọng tâm kỷ niệm 10 năm thành lập quận") : QString();
            rows.append(r);
        }
    }
    return rows;
}

QVector<OfficeRow> articleRowsWithStatedCounts()
{
    QVector<OfficeRow> rows = articleRows();
    const QVector<ArticleUnit> units = articleUnits();
    int unit = 0;
    for (OfficeRow& r : rows)
        if (r.heading)
            r.content += QStringLiteral(" (%1 nội dung)").arg(units.at(unit++).count);
    OfficeRow total;
    total.content = QStringLiteral("Tổng cộng: 534 nội dung");
    rows.append(total);
    return rows;
}

bool writeOfficeXlsx(const QString& path, const QVector<OfficeRow>& rows, bool constantMemory)
{
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook* wb = workbook_new_opt(path.toUtf8().constData(), &options);
    if (!wb)
        return false;
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Phụ lục");
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    auto text = [&](int r, int c, const QString& s, lxw_format* f = nullptr) {
        if (!s.isEmpty())
            worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), s.toUtf8().constData(), f);
    };
    if (!constantMemory) {
        worksheet_merge_range(ws, 0, 0, 0, 2, "UBND QUẬN NAM TỪ LIÊM", bold);
        worksheet_merge_range(ws, 3, 0, 3, 6, "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2023", bold);
    } else {
        text(0, 0, QStringLiteral("UBND QUẬN NAM TỪ LIÊM"), bold);
        text(3, 0, QStringLiteral("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2023"), bold);
    }
    text(1, 0, QStringLiteral("VĂN PHÒNG HĐND - UBND"), bold);
    text(4, 0, QStringLiteral("(Kèm theo Quyết định số 123/QĐ-UBND ngày 14/3/2023)"));
    const QStringList header = {QStringLiteral("STT"),
                                QStringLiteral("Nội dung công việc"),
                                QStringLiteral("Cơ quan chủ trì"),
                                QStringLiteral("Cơ quan phối hợp"),
                                QStringLiteral("Thời gian hoàn thành"),
                                QStringLiteral("Lãnh đạo phụ trách"),
                                QStringLiteral("Ghi chú")};
    for (int c = 0; c < header.size(); ++c)
        text(5, c, header[c], bold);
    for (int c = 0; c < header.size(); ++c)
        text(6, c, QStringLiteral("(%1)").arg(c + 1));
    int r = 7;
    for (const OfficeRow& row : rows) {
        if (!row.heading && row.number.toInt() > 0)
            worksheet_write_number(ws, lxw_row_t(r), 0, row.number.toInt(), nullptr);
        else
            text(r, 0, row.number, bold);
        text(r, 1, row.content, row.heading ? bold : nullptr);
        text(r, 2, row.lead);
        text(r, 3, row.coUnits);
        if (row.deadlineSerial > 0)
            worksheet_write_number(ws, lxw_row_t(r), 4, row.deadlineSerial, date);
        else
            text(r, 4, row.deadline);
        text(r, 5, row.leader);
        text(r, 6, row.note);
        ++r;
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

bool writeOfficeCsv(const QString& path, const QVector<OfficeRow>& rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    auto field = [](QString s) {
        if (s.contains(QLatin1Char(';')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))) {
            s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            s = QLatin1Char('"') + s + QLatin1Char('"');
        }
        return s;
    };
    QString out = QStringLiteral("UBND QUẬN NAM TỪ LIÊM;;;;;;\r\nCHƯƠNG TRÌNH CÔNG TÁC NĂM 2023;;;;;;\r\n;;;;;;\r\n"
                                 "STT;Nội dung công việc;Cơ quan chủ trì;Cơ quan phối hợp;Thời hạn;Lãnh đạo phụ trách;"
                                 "Ghi chú\r\n");
    for (const OfficeRow& row : rows) {
        const QString deadline =
            row.deadlineSerial > 0
                ? QDate(1899, 12, 30).addDays(row.deadlineSerial).toString(QStringLiteral("dd/MM/yyyy"))
                : row.deadline;
        out += QStringList{field(row.number), field(row.content), field(row.lead), field(row.coUnits),
                           field(deadline),   field(row.leader),  field(row.note)}
                   .join(QLatin1Char(';')) +
               QStringLiteral("\r\n");
    }
    f.write("\xEF\xBB\xBF");
    f.write(out.toUtf8());
    return true;
}

SheetCell numberCell(double value, const char* numberFormat, int builtinFormat)
{
    SheetCell c;
    c.number = value;
    c.isNumber = true;
    c.numberFormat = numberFormat;
    c.builtinFormat = builtinFormat;
    return c;
}

QVector<QVector<SheetCell>> textRows(const QStringList& lines)
{
    QVector<QVector<SheetCell>> rows;
    for (const QString& line : lines) {
        QVector<SheetCell> row;
        for (const QString& text : line.split(QLatin1Char('|')))
            row.append(SheetCell{text});
        rows.append(row);
    }
    return rows;
}

bool writeWorkbook(const QString& path, const QVector<SheetSpec>& sheets)
{
    lxw_workbook* wb = workbook_new(path.toUtf8().constData());
    if (!wb)
        return false;
    QHash<QString, lxw_format*> formats;
    const auto formatFor = [&](const SheetCell& c) -> lxw_format* {
        if (!c.numberFormat && c.builtinFormat == 0)
            return nullptr;
        const QString key = c.numberFormat ? QString::fromUtf8(c.numberFormat) : QString::number(c.builtinFormat);
        if (!formats.contains(key)) {
            lxw_format* f = workbook_add_format(wb);
            if (c.numberFormat)
                format_set_num_format(f, c.numberFormat);
            else
                format_set_num_format_index(f, uint8_t(c.builtinFormat));
            formats.insert(key, f);
        }
        return formats.value(key);
    };
    for (const SheetSpec& spec : sheets) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, spec.name.toUtf8().constData());
        for (int r = 0; r < spec.rows.size(); ++r) {
            for (int c = 0; c < spec.rows.at(r).size(); ++c) {
                const SheetCell& cell = spec.rows.at(r).at(c);
                if (cell.isNumber)
                    worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(c), cell.number, formatFor(cell));
                else if (!cell.text.isEmpty())
                    worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), cell.text.toUtf8().constData(), nullptr);
            }
        }
        for (const Merge& m : spec.merges) {
            if (m.firstRow == m.lastRow && m.firstColumn == m.lastColumn) // Excel merges no single cell
                worksheet_write_string(ws, lxw_row_t(m.firstRow), lxw_col_t(m.firstColumn), m.text.toUtf8().constData(),
                                       nullptr);
            else
                worksheet_merge_range(ws, lxw_row_t(m.firstRow), lxw_col_t(m.firstColumn), lxw_row_t(m.lastRow),
                                      lxw_col_t(m.lastColumn), m.text.toUtf8().constData(), nullptr);
        }
        lxw_row_col_options hide = {};
        hide.hidden = 1;
        for (int r : spec.hiddenRows)
            worksheet_set_row_opt(ws, lxw_row_t(r), LXW_DEF_ROW_HEIGHT, nullptr, &hide);
        for (int c : spec.hiddenColumns)
            worksheet_set_column_opt(ws, lxw_col_t(c), lxw_col_t(c), LXW_DEF_COL_WIDTH, nullptr, &hide);
        if (spec.hidden)
            worksheet_hide(ws);
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

QVector<OfficeRow> numberedRows(int n)
{
    const QVector<ArticleUnit> units = articleUnits();
    QVector<OfficeRow> rows;
    rows.reserve(n);
    for (int i = 0; i < n; ++i) {
        OfficeRow r;
        r.number = QString::number(i + 1);
        r.content = QStringLiteral("Nhiệm vụ số %1 về chuyển đổi số").arg(i + 1);
        r.lead = units[i % units.size()].written;
        r.deadline = QStringLiteral("Quý III");
        rows.append(r);
    }
    return rows;
}

} // namespace wp::test
