// The .xls (freexl + BIFF scan) and .ods readers on files LibreOffice wrote from the project's
// own fixtures: the same table in .xlsx, .xls and .ods reads as the same cells.
#include "officetables.h"

#include <gtest/gtest.h>

using namespace wp::io;
using wp::test::joined;
using wp::test::officeFile;
using wp::test::readOffice;
using wp::test::TableRead;

namespace {

QString badFile(const QString& name)
{
    return QStringLiteral(WP_TEST_DATA_DIR "/bad/") + name;
}

/// Cells compared by what the importer uses: type, text, date, number.
void expectSameCells(const TableRead& a, const TableRead& b, const char* what)
{
    ASSERT_EQ(a.rows.size(), b.rows.size()) << what;
    for (int r = 0; r < a.rows.size(); ++r) {
        const Row& x = a.rows.at(r);
        const Row& y = b.rows.at(r);
        EXPECT_EQ(x.number, y.number) << what << " row " << r;
        EXPECT_EQ(joined(x), joined(y)) << what << " row " << x.number;
        for (int c = 0; c < std::min(x.cells.size(), y.cells.size()); ++c) {
            const Cell& p = x.cells.at(c);
            const Cell& q = y.cells.at(c);
            if (p.isEmpty() && q.isEmpty())
                continue;
            EXPECT_EQ(int(p.type), int(q.type)) << what << " row " << x.number << " column " << c;
            EXPECT_EQ(p.date, q.date) << what << " row " << x.number << " column " << c;
            if (p.type == Cell::Type::Number) {
                EXPECT_EQ(p.number, q.number) << what << " row " << x.number << " column " << c;
            }
        }
    }
}

ReadOptions sheet(const QString& name)
{
    ReadOptions o;
    o.sheet = name;
    return o;
}

} // namespace

TEST(XlsOdsReader, TheSameTableReadsTheSameInXlsxXlsAndOds)
{
    const TableRead xlsx = readOffice(badFile(QStringLiteral("x-good.xlsx")));
    ASSERT_EQ(xlsx.rows.size(), 4);
    expectSameCells(xlsx, readOffice(officeFile(QStringLiteral("lo-good.xls"))), "lo-good.xls");
    expectSameCells(xlsx, readOffice(officeFile(QStringLiteral("lo-good.ods"))), "lo-good.ods");
    // Title rows above the header keep their Excel row numbers.
    expectSameCells(readOffice(badFile(QStringLiteral("x-title-rows-then-header.xlsx"))),
                    readOffice(officeFile(QStringLiteral("lo-title-rows.xls"))), "lo-title-rows.xls");
    // Date cells, Excel's phantom 29/02/1900 included (read as the xlsx reader reads serial 60).
    const TableRead dates = readOffice(officeFile(QStringLiteral("lo-dates.xls")));
    expectSameCells(readOffice(badFile(QStringLiteral("x-date-1900.xlsx"))), dates, "lo-dates.xls");
    ASSERT_EQ(dates.rows.size(), 3);
    EXPECT_EQ(dates.rows.at(1).cells.at(4).type, Cell::Type::Date);
    EXPECT_EQ(dates.rows.at(1).cells.at(4).date, QDate(2023, 6, 30));
    // And an appendix typed in LibreOffice, saved both ways.
    expectSameCells(readOffice(officeFile(QStringLiteral("lo-appendix.xls"))),
                    readOffice(officeFile(QStringLiteral("lo-appendix.ods"))), "lo-appendix");
}

TEST(XlsOdsReader, TypedCellsFormulasAndRepeatedRows)
{
    const TableRead xls = readOffice(officeFile(QStringLiteral("lo-types.xls")));
    const TableRead ods = readOffice(officeFile(QStringLiteral("lo-types.ods")));
    ASSERT_EQ(xls.rows.size(), 6);
    // LibreOffice saves a text formula's result in .xls as the number 0: unknown, so empty.
    TableRead sameAsXls = ods;
    sameAsXls.rows[3].cells[1] = Cell();
    expectSameCells(xls, sameAsXls, "lo-types");
    EXPECT_TRUE(xls.rows.at(3).cells.at(1).isEmpty());
    ASSERT_EQ(ods.rows.size(), 6);
    const Row& dated = ods.rows.at(1);
    EXPECT_EQ(dated.cells.at(0).type, Cell::Type::Number);
    EXPECT_EQ(dated.cells.at(0).text, QStringLiteral("1"));
    EXPECT_EQ(dated.cells.at(4).type, Cell::Type::Date);
    EXPECT_EQ(dated.cells.at(4).text, QStringLiteral("30/06/2023"));
    // A formula's saved result (freexl alone reads it as empty).
    for (const TableRead* r : {&xls, &ods}) {
        const Cell& stt = r->rows.at(2).cells.at(0);
        EXPECT_TRUE(stt.formula);
        EXPECT_EQ(stt.type, Cell::Type::Number);
        EXPECT_EQ(stt.text, QStringLiteral("2"));
        EXPECT_EQ(r->rows.at(2).cells.at(6).text, QStringLiteral("0.5"));
    }
    // A text formula's result.
    const Cell& text = ods.rows.at(3).cells.at(1);
    EXPECT_TRUE(text.formula);
    EXPECT_EQ(text.type, Cell::Type::Text);
    EXPECT_EQ(text.text, QStringLiteral("Việc ba"));
    // Two identical rows, each read (number-rows-repeated with data: tests/data/bad/o-*).
    EXPECT_EQ(ods.rows.at(4).number, 5);
    EXPECT_EQ(ods.rows.at(5).number, 6);
    EXPECT_EQ(joined(ods.rows.at(5)), QStringLiteral("4 | Việc bốn | Phòng Y tế |  | Thường xuyên"));

    // Text, error and date formula results of an .xls (x-formulas-with-cache.xlsx saved by
    // LibreOffice: its CONCAT is "#NAME?" in Excel 97, as Excel 97 would show it).
    const TableRead formulas = readOffice(officeFile(QStringLiteral("lo-formulas.xls")));
    ASSERT_EQ(formulas.rows.size(), 2);
    const Cell& content = formulas.rows.at(1).cells.at(1);
    EXPECT_TRUE(content.formula);
    EXPECT_EQ(content.type, Cell::Type::Error);
    EXPECT_EQ(content.text, QStringLiteral("#NAME?"));
    const Cell& deadline = formulas.rows.at(1).cells.at(4);
    EXPECT_TRUE(deadline.formula);
    EXPECT_EQ(deadline.type, Cell::Type::Date);
    EXPECT_EQ(deadline.date, QDate(2023, 6, 30));
}

TEST(XlsOdsReader, SheetsByNameHiddenSheetsAndTheirList)
{
    // The hidden first sheet is passed over (LibreOffice keeps it hidden in .ods).
    const TableRead first = readOffice(officeFile(QStringLiteral("lo-sheets.ods")));
    ASSERT_EQ(first.rows.size(), 4);
    EXPECT_EQ(first.rows.at(0).cells.at(0).text, QStringLiteral("STT"));
    for (const char* file : {"lo-sheets.ods", "lo-sheets.xls"}) {
        const TableRead named = readOffice(officeFile(QString::fromLatin1(file)), sheet(QStringLiteral("ghi chú")));
        ASSERT_EQ(named.rows.size(), 3) << file;
        EXPECT_EQ(joined(named.rows.at(2)), QStringLiteral("Việc khác | Phòng Y tế")) << file;
        const TableRead missing = readOffice(officeFile(QString::fromLatin1(file)), sheet(QStringLiteral("Bìa")));
        EXPECT_FALSE(missing.opened) << file;
        EXPECT_EQ(missing.error.message,
                  QStringLiteral("không có trang tính \"Bìa\"; tệp có các trang tính: \"Ẩn\", \"Chương trình\", "
                                 "\"Ghi chú\""))
            << file;
    }
    ReadError error;
    const QVector<TableInfo> ods = listTables(officeFile(QStringLiteral("lo-sheets.ods")), &error);
    ASSERT_EQ(ods.size(), 3) << error.message.toStdString();
    EXPECT_EQ(ods.at(0).name, QStringLiteral("Ẩn"));
    EXPECT_TRUE(ods.at(0).hidden);
    EXPECT_FALSE(ods.at(1).hidden);
    const QVector<TableInfo> xls = listTables(officeFile(QStringLiteral("lo-sheets.xls")), &error);
    ASSERT_EQ(xls.size(), 3);
    EXPECT_EQ(xls.at(2).name, QStringLiteral("Ghi chú"));
    const QVector<TableInfo> xlsx = listTables(officeFile(QStringLiteral("lo-tcvn3.xlsx")), &error);
    ASSERT_EQ(xlsx.size(), 1);
    EXPECT_EQ(xlsx.at(0).name, QStringLiteral("Sheet1"));
}

TEST(XlsOdsReader, LegacyTextInXlsAndOdsIsConverted)
{
    const TableRead unicode = readOffice(officeFile(QStringLiteral("lo-appendix.xls")));
    for (const char* file : {"lo-tcvn3.xls", "lo-tcvn3.xlsx", "lo-vni.xls", "lo-vni.ods"}) {
        const TableRead r = readOffice(officeFile(QString::fromLatin1(file)));
        expectSameCells(unicode, r, file);
        EXPECT_EQ(r.warnings.size(), 6) << file; // one for each column, the title's included
    }
    ReadOptions none;
    none.legacyEncoding = LegacyEncoding::None;
    const TableRead raw = readOffice(officeFile(QStringLiteral("lo-vni.ods")), none);
    EXPECT_EQ(raw.rows.at(2).cells.at(1).text, QStringLiteral("Noäi dung coâng vieäc"));
    EXPECT_TRUE(raw.warnings.isEmpty());
}

TEST(XlsOdsReader, RepeatedRowsCoveredCellsAndCommentsInHandMadeOds)
{
    // A data row stored once with number-rows-repeated="3": three rows, numbered.
    TableRead r = readOffice(badFile(QStringLiteral("o-repeated-data-rows.ods")));
    ASSERT_EQ(r.rows.size(), 4);
    EXPECT_EQ(r.rows.at(3).number, 4);
    EXPECT_EQ(joined(r.rows.at(3)), joined(r.rows.at(1)));
    // A comment is not the cell's text; a merged cell's value stays in its first column.
    r = readOffice(badFile(QStringLiteral("o-covered-and-annotation.ods")));
    ASSERT_EQ(r.rows.size(), 2);
    EXPECT_EQ(joined(r.rows.at(1)), QStringLiteral("1 | Việc có ghi chú | Phòng Y tế |  | Quý II"));
    // What LibreOffice leaves below a table (a million empty rows of 1024 empty cells) costs nothing.
    r = readOffice(badFile(QStringLiteral("o-empty-repeats.ods")));
    EXPECT_EQ(r.rows.size(), 4);
    // A repeated data row past the sheet's end is refused, naming the row.
    r = readOffice(badFile(QStringLiteral("o-repeated-rows-huge.ods")));
    EXPECT_EQ(r.error.row, 2);
    EXPECT_EQ(r.error.message,
              QStringLiteral("dòng được lặp lại 2 000 000 lần, quá 1 048 576 dòng của một trang tính"));
}

TEST(XlsOdsReader, DamagedXlsFilesAreNamedBeforeFreexlSeesThem)
{
    // A shared-string index past the table: freexl would look it up unchecked.
    TableRead r = readOffice(badFile(QStringLiteral("s-sst-index-bad.xls")));
    EXPECT_FALSE(r.opened);
    EXPECT_EQ(r.error.row, 1);
    EXPECT_EQ(r.error.column, 0);
    EXPECT_EQ(r.error.message,
              QStringLiteral("ô A1 tham chiếu chuỗi dùng chung số \"99999\" nhưng tệp chỉ có 22 chuỗi"));
    // An extent beyond Excel 97's would size freexl's tables: refused first.
    r = readOffice(badFile(QStringLiteral("s-dimension-huge.xls")));
    EXPECT_EQ(r.error.message, QStringLiteral("tệp .xls bị hỏng (trang tính \"Sheet1\" vượt quá 65 536 dòng × 256 cột "
                                              "của Excel 97-2003)"));
    // A directory entry whose name is longer than its 64-byte field: freexl would convert the
    // stated length from its stack (found by fuzz_xls).
    r = readOffice(badFile(QStringLiteral("s-directory-name-too-long.xls")));
    EXPECT_FALSE(r.opened);
    EXPECT_EQ(r.error.message, QStringLiteral("tệp Excel 97-2003 (.xls) bị hỏng (cấu trúc OLE: mục thư mục số 1 ghi "
                                              "tên dài 63210 byte, quá 64 byte)"));
    // The first visible sheet, when the first is hidden.
    r = readOffice(badFile(QStringLiteral("s-hidden-first-sheet.xls")));
    ASSERT_EQ(r.rows.size(), 4);
    EXPECT_EQ(r.rows.at(0).cells.at(0).text, QStringLiteral("STT"));
}

// A cover sheet first, the table on the second sheet with a hidden old column and a hidden row
// (tests/data/office/make_hidden.sh: hand-made .ods saved by LibreOffice as .ods and .xls). The
// readers list their sheets, start another one on request, and say what is hidden.
TEST(XlsOdsReader, SheetsAreListedAndSelectedAndHiddenRowsAndColumnsMarked)
{
    for (const char* file : {"lo-cover-hidden.ods", "lo-cover-hidden.xls"}) {
        ReadError error;
        std::unique_ptr<TableReader> reader = openTable(officeFile(QString::fromLatin1(file)), {}, &error);
        ASSERT_TRUE(reader) << file << ": " << error.message.toStdString();
        const QVector<TableInfo> tables = reader->tables();
        ASSERT_EQ(tables.size(), 2) << file;
        EXPECT_EQ(tables.at(0).name, QStringLiteral("Bìa")) << file;
        EXPECT_EQ(tables.at(1).name, QStringLiteral("Chương trình")) << file;
        EXPECT_EQ(reader->currentTable(), 0) << file;
        Row row;
        ASSERT_TRUE(reader->next(row)) << file;
        EXPECT_EQ(row.cells.at(0).text, QStringLiteral("ỦY BAN NHÂN DÂN QUẬN")) << file;

        ASSERT_TRUE(reader->selectTable(1)) << file << ": " << reader->error().message.toStdString();
        EXPECT_EQ(reader->currentTable(), 1) << file;
        QVector<Row> rows;
        while (reader->next(row))
            rows.append(row);
        ASSERT_FALSE(reader->failed()) << file << ": " << reader->error().message.toStdString();
        ASSERT_EQ(rows.size(), 4) << file;
        EXPECT_EQ(joined(rows.at(0)),
                  QStringLiteral("STT | Nội dung công việc | Nội dung công việc | Cơ quan chủ trì | "
                                 "Thời hạn"))
            << file;
        EXPECT_FALSE(rows.at(0).hidden) << file;
        EXPECT_FALSE(rows.at(1).hidden) << file;
        EXPECT_TRUE(rows.at(2).hidden) << file;
        EXPECT_EQ(rows.at(2).number, 3) << file;
        EXPECT_FALSE(rows.at(3).hidden) << file;
        EXPECT_FALSE(reader->isColumnHidden(0)) << file;
        EXPECT_TRUE(reader->isColumnHidden(1)) << file;
        EXPECT_FALSE(reader->isColumnHidden(2)) << file;
        EXPECT_FALSE(reader->isColumnHidden(40)) << file;

        // Back to the first sheet, from its first row; a sheet that is not there is refused.
        ASSERT_TRUE(reader->selectTable(0)) << file;
        ASSERT_TRUE(reader->next(row)) << file;
        EXPECT_EQ(row.number, 1) << file;
        EXPECT_FALSE(reader->isColumnHidden(1)) << file;
        EXPECT_FALSE(reader->selectTable(5)) << file;
        EXPECT_TRUE(reader->failed()) << file;
    }
}
