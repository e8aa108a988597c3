// Issue 16: what the xlsx reader tells about files Office opens — several sheets, hidden rows and
// columns, month-year date formats, part names with Windows separators, empty <v/> — and XML
// errors in Vietnamese naming the part and the table row.
#include "officefile.h"
#include "xlsxfixture.h"

using namespace xlsxtest;
namespace test = wp::test;

TEST_F(XlsxReaderTest, ListsItsSheetsAndReadsAnotherOne)
{
    test::SheetSpec cover{QStringLiteral("Bìa"), wp::test::textRows({QStringLiteral("Bìa")}), {}, {}, {}, false};
    test::SheetSpec annex{
        QStringLiteral("Phụ lục"), wp::test::textRows({QStringLiteral("a|b"), QStringLiteral("c")}), {}, {}, {}, false};
    test::SheetSpec hidden{QStringLiteral("Ẩn"), wp::test::textRows({QStringLiteral("x")}), {}, {}, {}, true};
    const QString file = path(QStringLiteral("sheets.xlsx"));
    ASSERT_TRUE(wp::test::writeWorkbook(file, {cover, annex, hidden}));
    ReadError error;
    std::unique_ptr<TableReader> reader = openTable(file, {}, &error);
    ASSERT_TRUE(reader) << s(error.message);
    const QVector<TableInfo> tables = reader->tables();
    ASSERT_EQ(tables.size(), 3);
    EXPECT_EQ(tables[1].name, QStringLiteral("Phụ lục"));
    EXPECT_EQ(tables[1].label, QStringLiteral("trang tính \"Phụ lục\""));
    EXPECT_TRUE(tables[2].hidden);
    EXPECT_EQ(reader->currentTable(), 0);
    Row row;
    ASSERT_TRUE(reader->next(row));
    EXPECT_EQ(row.cells[0].text, QStringLiteral("Bìa"));

    ASSERT_TRUE(reader->selectTable(1));
    EXPECT_EQ(reader->currentTable(), 1);
    QStringList seen;
    while (reader->next(row))
        seen.append(row.cells[0].text);
    EXPECT_EQ(seen, (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    ASSERT_TRUE(reader->selectTable(0)) << "back to the first, from its first row";
    ASSERT_TRUE(reader->next(row));
    EXPECT_EQ(row.cells[0].text, QStringLiteral("Bìa"));

    EXPECT_FALSE(reader->selectTable(7));
    EXPECT_TRUE(reader->failed());
    EXPECT_EQ(s(reader->error().message), "tệp không có trang tính thứ 8");
}

TEST_F(XlsxReaderTest, HiddenRowsAndColumnsAreMarked)
{
    test::SheetSpec sheet{
        QStringLiteral("Sheet1"),
        wp::test::textRows({QStringLiteral("a|b|c|d"), QStringLiteral("e|f|g|h"), QStringLiteral("i|j|k|l")}),
        {1},
        {1, 3},
        {},
        false};
    const QString file = path(QStringLiteral("hidden.xlsx"));
    ASSERT_TRUE(wp::test::writeWorkbook(file, {sheet}));
    ReadError error;
    std::unique_ptr<TableReader> reader = openTable(file, {}, &error);
    ASSERT_TRUE(reader);
    Row row;
    QVector<bool> hiddenRows;
    while (reader->next(row))
        hiddenRows.append(row.hidden);
    EXPECT_EQ(hiddenRows, (QVector<bool>{false, true, false}));
    EXPECT_EQ(reader->hiddenColumns(), (QVector<bool>{false, true, false, true}));
    EXPECT_TRUE(reader->isColumnHidden(3));
    EXPECT_FALSE(reader->isColumnHidden(2));
    EXPECT_FALSE(reader->isColumnHidden(200));
}

TEST_F(XlsxReaderTest, MonthYearFormatsShowAMonth)
{
    test::SheetSpec sheet{QStringLiteral("Sheet1"), {}, {}, {}, {}, false};
    sheet.rows.append({wp::test::numberCell(45078, "mm/yyyy"), wp::test::numberCell(45078, nullptr, 17),
                       wp::test::numberCell(45078, "yyyy"), wp::test::numberCell(45078, "dd/mm/yyyy"),
                       wp::test::numberCell(45078, "mmmm yyyy")});
    const QString file = path(QStringLiteral("months.xlsx"));
    ASSERT_TRUE(wp::test::writeWorkbook(file, {sheet}));
    const ReadResult r = readTable(file);
    ASSERT_EQ(r.rows.size(), 1) << s(r.error.message);
    const QVector<Cell>& c = r.rows[0].cells;
    EXPECT_EQ(c[0].dateShows, Cell::DateShows::Month);
    EXPECT_EQ(s(c[0].text), "06/2023");
    EXPECT_EQ(c[0].date, QDate(2023, 6, 1));
    EXPECT_EQ(c[1].dateShows, Cell::DateShows::Month);
    EXPECT_EQ(c[2].dateShows, Cell::DateShows::Year);
    EXPECT_EQ(s(c[2].text), "2023");
    EXPECT_EQ(c[3].dateShows, Cell::DateShows::Day);
    EXPECT_EQ(s(c[3].text), "01/06/2023");
    EXPECT_EQ(c[4].dateShows, Cell::DateShows::Month);
}

TEST_F(XlsxReaderTest, PartNamesWithWindowsSeparators)
{
    Parts p;
    p.sharedStrings = sst("<si><t>Phòng Tư pháp</t></si>");
    p.sheetData = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
    Entries e = entries(p);
    for (auto& [name, data] : e)
        for (char& ch : name)
            if (ch == '/')
                ch = '\\'; // "xl\workbook.xml", as some Windows tools write them; Office opens these
    const QString file = path(QStringLiteral("backslash.xlsx"));
    ASSERT_TRUE(writeZip(file, e));
    const ReadResult r = readTable(file);
    ASSERT_TRUE(r.opened) << s(r.error.message);
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(s(r.rows[0].cells[0].text), "Phòng Tư pháp");
}

TEST_F(XlsxReaderTest, AnEmptyValueInASharedStringCellIsAnEmptyCell)
{
    Parts p;
    p.sharedStrings = sst("<si><t>có</t></si>");
    p.sheetData = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v/></c><c r=\"B1\" t=\"s\"><v>0</v></c>"
                  "<c r=\"C1\" t=\"s\"><v> </v></c></row>";
    const ReadResult r = readTable(zipFixture(QStringLiteral("emptyv.xlsx"), p));
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.rows[0].cells[0].type, Cell::Type::Empty);
    EXPECT_EQ(s(r.rows[0].cells[1].text), "có");
    EXPECT_EQ(cellAt(r.rows[0], 2).type, Cell::Type::Empty);
}

TEST_F(XlsxReaderTest, XmlErrorsBetweenRowsNameTheLastRowRead)
{
    Parts p;
    p.sheetData = "<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c></row>"
                  "<row r=\"2\"><c t=\"inlineStr\"><is><t>b</t></is></c></row><bad attr=\"1\" attr=\"2\"/>";
    const ReadResult r = readTable(zipFixture(QStringLiteral("between.xlsx"), p));
    EXPECT_TRUE(r.failed);
    EXPECT_EQ(r.rows.size(), 2);
    EXPECT_EQ(r.error.row, 0);
    EXPECT_EQ(s(r.error.message), "XML không hợp lệ trong phần xl/worksheets/sheet1.xml của tệp, sau dòng 2 của bảng "
                                  "(dòng 1 của XML): một thuộc tính được ghi hai lần (duplicate attribute)");
}

// Excel writes what XML cannot hold as "_xHHHH_" (a Windows line break in a cell is
// "_x000D_\n"), and a literal "_x" as "_x005F_x": both are decoded, in shared and inline strings.
TEST_F(XlsxReaderTest, EscapedCharactersInStringsAreDecoded)
{
    Parts p;
    p.sharedStrings = sst("<si><t>Dòng một_x000D_\nDòng hai</t></si>"
                          "<si><t>Mã _x005F_x0041_ và _x0041_</t></si>"
                          "<si><t>Tab_x0009_ở giữa, emoji _xD83D__xDE00_, lẻ _xD83D_ và _x12_</t></si>");
    p.sheetData = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                  "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"inlineStr\"><is><t>Kế hoạch_x000D_</t></is></c>"
                  "<c r=\"E1\" t=\"str\"><f>A1</f><v>a_x000D_\nb</v></c></row>";
    const ReadResult r = readTable(zipFixture(QStringLiteral("escapes.xlsx"), p));
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 1);
    const QVector<Cell>& c = r.rows[0].cells;
    EXPECT_EQ(s(c[0].text), "Dòng một\nDòng hai");
    EXPECT_EQ(s(c[1].text), "Mã _x0041_ và A");
    EXPECT_EQ(s(c[2].text), "Tab\tở giữa, emoji \U0001F600, lẻ _xD83D_ và _x12_");
    EXPECT_EQ(s(c[3].text), "Kế hoạch\r");
    EXPECT_EQ(s(c[4].text), "a\nb");
}
