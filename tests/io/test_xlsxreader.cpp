// XlsxReader through openTable(): well-formed workbooks written by libxlsxwriter, and
// hand-made zips (minizip) with hostile or unusual XML that must give a clear error.

#include "xlsxfixture.h"

#include "workprogram/io/table.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <minizip/zip.h>
#include <xlsxwriter.h>

#include <string>
#include <utility>
#include <vector>

using namespace wp::io;

using namespace xlsxtest;

TEST_F(XlsxReaderTest, ReadsTypesFromLibxlsxwriter)
{
    const QString file = path(QStringLiteral("types.xlsx"));
    lxw_workbook* wb = workbook_new(QFile::encodeName(file).constData());
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Kế hoạch");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format* time = workbook_add_format(wb);
    format_set_num_format(time, "hh:mm");
    worksheet_write_string(ws, 0, 0, "Nội dung công việc", nullptr);
    worksheet_write_number(ws, 0, 1, 12, nullptr);
    worksheet_write_number(ws, 0, 2, 3.25, nullptr);
    worksheet_write_number(ws, 0, 3, 0.1 + 0.2, nullptr);
    worksheet_write_number(ws, 2, 0, 45092, date); // row 2 has nothing: skipped
    lxw_datetime dt = {2023, 12, 31, 0, 0, 0};
    worksheet_write_datetime(ws, 2, 1, &dt, date);
    worksheet_write_boolean(ws, 2, 2, 1, nullptr);
    worksheet_write_formula_num(ws, 2, 3, "=B1*2", nullptr, 24);
    worksheet_write_number(ws, 2, 4, 1.5, time);
    worksheet_write_string(ws, 4, 5, "Phòng Tài chính", nullptr);
    worksheet_write_blank(ws, 6, 0, date);                           // formatted but empty: skipped
    worksheet_write_string(ws, 7, 0, "   ", nullptr);                // only spaces: skipped
    worksheet_write_string(ws, 9, 0, "Nội dung công việc", nullptr); // the same shared string again
    ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);

    const ReadResult r = readTable(file);
    ASSERT_TRUE(r.opened) << s(r.error.message);
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 4);

    const Row& first = r.rows.at(0);
    EXPECT_EQ(first.number, 1);
    ASSERT_EQ(first.cells.size(), 4);
    EXPECT_EQ(first.cells[0].type, Cell::Type::Text);
    EXPECT_EQ(s(first.cells[0].text), "Nội dung công việc");
    EXPECT_EQ(first.cells[1].type, Cell::Type::Number);
    EXPECT_EQ(s(first.cells[1].text), "12");
    EXPECT_EQ(first.cells[1].number, 12);
    EXPECT_EQ(s(first.cells[2].text), "3.25");
    EXPECT_EQ(s(first.cells[3].text), "0.3");

    const Row& third = r.rows.at(1);
    EXPECT_EQ(third.number, 3);
    ASSERT_EQ(third.cells.size(), 5);
    EXPECT_EQ(third.cells[0].type, Cell::Type::Date);
    EXPECT_EQ(third.cells[0].date, QDate(2023, 6, 15));
    EXPECT_EQ(s(third.cells[0].text), "15/06/2023");
    EXPECT_EQ(third.cells[0].number, 45092);
    EXPECT_EQ(third.cells[1].type, Cell::Type::Date);
    EXPECT_EQ(third.cells[1].date, QDate(2023, 12, 31));
    EXPECT_EQ(third.cells[2].type, Cell::Type::Boolean);
    EXPECT_EQ(third.cells[2].number, 1);
    EXPECT_EQ(s(third.cells[2].text), "TRUE");
    EXPECT_EQ(third.cells[3].type, Cell::Type::Number);
    EXPECT_TRUE(third.cells[3].formula);
    EXPECT_EQ(s(third.cells[3].text), "24");
    EXPECT_FALSE(third.cells[2].formula);
    // A time of day is not a date: "h:mm" has minutes, not months.
    EXPECT_EQ(third.cells[4].type, Cell::Type::Number);
    EXPECT_EQ(s(third.cells[4].text), "1.5");

    EXPECT_EQ(r.rows.at(2).number, 5);
    ASSERT_EQ(r.rows.at(2).cells.size(), 6);
    EXPECT_EQ(r.rows.at(2).cells[0].type, Cell::Type::Empty);
    EXPECT_EQ(s(r.rows.at(2).cells[5].text), "Phòng Tài chính");
    EXPECT_EQ(r.rows.at(3).number, 10);
    EXPECT_EQ(s(r.rows.at(3).cells[0].text), "Nội dung công việc");
}

TEST_F(XlsxReaderTest, ConstantMemoryInlineStringsAndRichText)
{
    const QString file = path(QStringLiteral("inline.xlsx"));
    lxw_workbook_options options = {LXW_TRUE, nullptr, LXW_FALSE};
    lxw_workbook* wb = workbook_new_opt(QFile::encodeName(file).constData(), &options);
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    for (int row = 0; row < 3; ++row) {
        worksheet_write_string(ws, row, 0, "Sở Tư pháp", nullptr);
        worksheet_write_number(ws, row, 1, row, nullptr);
    }
    ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
    ReadResult r = readTable(file);
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 3);
    EXPECT_EQ(s(r.rows.at(2).cells[0].text), "Sở Tư pháp");
    EXPECT_EQ(s(r.rows.at(2).cells[1].text), "2");
    // Row 1 has a number 0 in B: a value, not an empty cell.
    EXPECT_EQ(r.rows.at(0).cells[1].type, Cell::Type::Number);
    EXPECT_EQ(s(r.rows.at(0).cells[1].text), "0");

    const QString rich = path(QStringLiteral("rich.xlsx"));
    wb = workbook_new(QFile::encodeName(rich).constData());
    ws = workbook_add_worksheet(wb, nullptr);
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_rich_string_tuple a = {bold, const_cast<char*>("Ủy ban ")};
    lxw_rich_string_tuple b = {nullptr, const_cast<char*>("nhân dân")};
    lxw_rich_string_tuple* fragments[] = {&a, &b, nullptr};
    worksheet_write_rich_string(ws, 1, 1, fragments, nullptr);
    ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
    r = readTable(rich);
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.rows.at(0).number, 2);
    EXPECT_EQ(s(cellAt(r.rows.at(0), 1).text), "Ủy ban nhân dân");
}

TEST_F(XlsxReaderTest, HiddenFirstSheetAndSheetByName)
{
    const QString file = path(QStringLiteral("sheets.xlsx"));
    lxw_workbook* wb = workbook_new(QFile::encodeName(file).constData());
    lxw_worksheet* hidden = workbook_add_worksheet(wb, "Ẩn");
    lxw_worksheet* plan = workbook_add_worksheet(wb, "Kế hoạch");
    lxw_worksheet* annex = workbook_add_worksheet(wb, "Phụ lục");
    worksheet_write_string(hidden, 0, 0, "hidden", nullptr);
    worksheet_write_string(plan, 0, 0, "plan", nullptr);
    worksheet_write_string(annex, 0, 0, "annex", nullptr);
    worksheet_activate(plan);
    worksheet_set_first_sheet(plan);
    worksheet_hide(hidden);
    ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);

    ReadResult r = readTable(file);
    ASSERT_EQ(r.rows.size(), 1) << s(r.error.message);
    EXPECT_EQ(s(r.rows.at(0).cells[0].text), "plan");

    ReadOptions options;
    options.sheet = QStringLiteral("phụ lục"); // case-insensitive
    r = readTable(file, options);
    ASSERT_EQ(r.rows.size(), 1) << s(r.error.message);
    EXPECT_EQ(s(r.rows.at(0).cells[0].text), "annex");

    options.sheet = QStringLiteral("Ẩn"); // a hidden sheet named explicitly is read
    r = readTable(file, options);
    ASSERT_EQ(r.rows.size(), 1) << s(r.error.message);
    EXPECT_EQ(s(r.rows.at(0).cells[0].text), "hidden");

    options.sheet = QStringLiteral("Tổng hợp");
    r = readTable(file, options);
    EXPECT_FALSE(r.opened);
    EXPECT_EQ(s(r.error.message),
              "không có trang tính \"Tổng hợp\"; tệp có các trang tính: \"Ẩn\", \"Kế hoạch\", \"Phụ lục\"");
}

TEST_F(XlsxReaderTest, Date1904FormulasErrorsAndIsoDates)
{
    Parts p;
    p.workbookPr = "<workbookPr date1904=\"1\"/>";
    p.styles = DateStyles;
    p.sheetData = "<row r=\"2\">"
                  "<c r=\"A2\" s=\"1\"><v>43630</v></c>"
                  "<c r=\"B2\" s=\"2\"><f>A2+1</f><v>43631</v></c>"
                  "<c r=\"C2\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>"
                  "<c r=\"D2\" t=\"e\"><f>NA()</f><v>#N/A</v></c>"
                  "<c r=\"E2\" t=\"b\"><v>0</v></c>"
                  "<c r=\"F2\" t=\"d\"><v>2023-06-15T00:00:00Z</v></c>"
                  "<c r=\"G2\" s=\"4\"><v>7</v></c>"
                  "<c r=\"H2\"><f>SUM(A1:A3)</f></c>" // no cached value: empty
                  "<c r=\"I2\" s=\"3\"><v>0.5</v></c>"
                  "</row>";
    const ReadResult r = readTable(zipFixture(QStringLiteral("1904.xlsx"), p));
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 1);
    const Row& row = r.rows.at(0);
    EXPECT_EQ(row.number, 2);
    ASSERT_EQ(row.cells.size(), 9);
    EXPECT_EQ(row.cells[0].type, Cell::Type::Date);
    EXPECT_EQ(s(row.cells[0].text), "15/06/2023");
    EXPECT_EQ(row.cells[1].date, QDate(2023, 6, 16));
    EXPECT_TRUE(row.cells[1].formula);
    EXPECT_EQ(row.cells[2].type, Cell::Type::Text);
    EXPECT_EQ(s(row.cells[2].text), "ab");
    EXPECT_TRUE(row.cells[2].formula);
    EXPECT_EQ(row.cells[3].type, Cell::Type::Error);
    EXPECT_EQ(s(row.cells[3].text), "#N/A");
    EXPECT_EQ(row.cells[4].type, Cell::Type::Boolean);
    EXPECT_EQ(s(row.cells[4].text), "FALSE");
    EXPECT_EQ(row.cells[5].type, Cell::Type::Date);
    EXPECT_EQ(row.cells[5].date, QDate(2023, 6, 15));
    EXPECT_EQ(row.cells[5].number, 43630);            // in the workbook's 1904 system
    EXPECT_EQ(row.cells[6].type, Cell::Type::Number); // "d" in quotes is not a day
    EXPECT_EQ(row.cells[7].type, Cell::Type::Empty);
    EXPECT_EQ(row.cells[8].type, Cell::Type::Number);
}

TEST_F(XlsxReaderTest, InlineStringsRichSharedStringsAndMissingReferences)
{
    Parts p;
    p.sharedStrings = sst("<si><t>Sở Nội vụ</t></si>"
                          "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Hà </t></r><r><t>Nội</t></r>"
                          "<rPh sb=\"0\" eb=\"1\"><t>ハノイ</t></rPh></si>"
                          "<si><t/></si>");
    // Rows and cells without r follow the previous ones.
    p.sheetData = "<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row>"
                  "<row r=\"4\"><c r=\"C4\" t=\"inlineStr\"><is><t>Phòng </t><r><t>Tư pháp</t></r>"
                  "<rPh><t>x</t></rPh></is></c><c t=\"s\"><v>2</v></c><c><v>5</v></c></row>"
                  "<row><c r=\"B5\" t=\"s\"><v>1</v></c></row>";
    const ReadResult r = readTable(zipFixture(QStringLiteral("strings.xlsx"), p));
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 3);
    EXPECT_EQ(r.rows.at(0).number, 1);
    EXPECT_EQ(s(r.rows.at(0).cells[0].text), "Sở Nội vụ");
    EXPECT_EQ(s(r.rows.at(0).cells[1].text), "Hà Nội");
    EXPECT_EQ(r.rows.at(1).number, 4);
    ASSERT_EQ(r.rows.at(1).cells.size(), 5);
    EXPECT_EQ(s(r.rows.at(1).cells[2].text), "Phòng Tư pháp");
    EXPECT_EQ(r.rows.at(1).cells[3].type, Cell::Type::Empty); // the empty shared string
    EXPECT_EQ(s(r.rows.at(1).cells[4].text), "5");
    EXPECT_EQ(r.rows.at(2).number, 5);
    EXPECT_EQ(s(cellAt(r.rows.at(2), 1).text), "Hà Nội");
}

TEST_F(XlsxReaderTest, PrefixedElementsAndAbsoluteTargets)
{
    Parts p;
    p.sheetTarget = "/xl/worksheets/sheet1.xml";
    p.sheetXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><x:worksheet "
                 "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"
                 "<x:row r=\"3\"><x:c r=\"A3\" t=\"inlineStr\"><x:is><x:t>ok</x:t></x:is></x:c></x:row>"
                 "</x:sheetData></x:worksheet>";
    const ReadResult r = readTable(zipFixture(QStringLiteral("prefixed.xlsx"), p));
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.rows.at(0).number, 3);
    EXPECT_EQ(s(r.rows.at(0).cells[0].text), "ok");
}

TEST_F(XlsxReaderTest, RefusesDoctypeEntityBomb)
{
    const QByteArray bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                            "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                            "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";
    Parts p;
    p.sheetXml = bomb + "<worksheet " + MainNs +
                 "><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&lol3;"
                 "</t></is></c></row></sheetData></worksheet>";
    ReadResult r = readTable(zipFixture(QStringLiteral("bomb.xlsx"), p));
    ASSERT_TRUE(r.opened);
    EXPECT_TRUE(r.failed);
    EXPECT_TRUE(r.rows.isEmpty());
    EXPECT_NE(s(r.error.message).find("DOCTYPE"), std::string::npos) << s(r.error.message);
    EXPECT_NE(s(r.error.message).find("xl/worksheets/sheet1.xml"), std::string::npos);

    Parts q;
    q.sharedStrings = bomb + "<sst " + MainNs + "><si><t>&lol3;</t></si></sst>";
    q.sheetData = "<row r=\"1\"><c t=\"s\"><v>0</v></c></row>";
    r = readTable(zipFixture(QStringLiteral("bomb2.xlsx"), q));
    EXPECT_FALSE(r.opened);
    EXPECT_NE(s(r.error.message).find("DOCTYPE"), std::string::npos) << s(r.error.message);
}

TEST_F(XlsxReaderTest, RefusesDeepNesting)
{
    Parts p;
    p.sheetData = "<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c></row><row r=\"2\">" +
                  QByteArray("<x>").repeated(100000) + QByteArray("</x>").repeated(100000) + "</row>";
    const ReadResult r = readTable(zipFixture(QStringLiteral("deep.xlsx"), p));
    ASSERT_TRUE(r.opened);
    EXPECT_TRUE(r.failed);
    EXPECT_EQ(r.rows.size(), 1); // the row before the nesting is read
    EXPECT_EQ(r.error.row, 2);
    EXPECT_NE(s(r.error.message).find("lồng quá sâu (hơn 64 cấp)"), std::string::npos) << s(r.error.message);
}

TEST_F(XlsxReaderTest, SharedStringIndexOutOfRange)
{
    Parts p;
    p.sharedStrings = sst("<si><t>một</t></si><si><t>hai</t></si>");
    p.sheetData = "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>1</v></c></row>"
                  "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>0</v></c><c r=\"B5\" t=\"s\"><v>2</v></c></row>";
    const ReadResult r = readTable(zipFixture(QStringLiteral("sst.xlsx"), p));
    ASSERT_TRUE(r.opened);
    EXPECT_TRUE(r.failed);
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(s(r.rows.at(0).cells[0].text), "hai");
    EXPECT_EQ(r.error.row, 5);
    EXPECT_EQ(r.error.column, 1);
    EXPECT_EQ(s(r.error.message), "ô B5 tham chiếu chuỗi dùng chung số \"2\" nhưng tệp chỉ có 2 chuỗi");
}

TEST_F(XlsxReaderTest, TooManySharedStrings)
{
    Parts p;
    p.sharedStrings = sst(QByteArray("<si><t>x</t></si>").repeated(4));
    p.sheetData = "<row r=\"1\"><c t=\"s\"><v>0</v></c></row>";
    ReadOptions options;
    options.limits.maxSharedStrings = 3;
    const ReadResult r = readTable(zipFixture(QStringLiteral("many.xlsx"), p), options);
    EXPECT_FALSE(r.opened);
    EXPECT_EQ(s(r.error.message), "tệp có hơn 3 chuỗi dùng chung (sharedStrings)");
}

TEST_F(XlsxReaderTest, InvalidUtf8InSheet)
{
    Parts p;
    p.sheetData = "<row r=\"1\"><c t=\"inlineStr\"><is><t>tốt</t></is></c></row>\n"
                  "<row r=\"2\"><c t=\"inlineStr\"><is><t>H\xE0 N\xF4i</t></is></c></row>";
    const ReadResult r = readTable(zipFixture(QStringLiteral("utf8.xlsx"), p));
    ASSERT_TRUE(r.opened);
    EXPECT_TRUE(r.failed);
    EXPECT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.error.row, 2);
    EXPECT_EQ(s(r.error.message), "XML không hợp lệ trong phần xl/worksheets/sheet1.xml của tệp, ở dòng 2 của bảng "
                                  "(dòng 2 của XML): có ký tự không hợp lệ (byte không phải UTF-8 hoặc ký tự điều "
                                  "khiển) (not well-formed (invalid token))");
}

TEST_F(XlsxReaderTest, MalformedXml)
{
    Parts p;
    p.sheetData = "<row r=\"1\"><c><v>1</v></row>";
    const ReadResult r = readTable(zipFixture(QStringLiteral("malformed.xlsx"), p));
    EXPECT_TRUE(r.failed);
    EXPECT_EQ(r.error.row, 1);
    EXPECT_EQ(s(r.error.message), "XML không hợp lệ trong phần xl/worksheets/sheet1.xml của tệp, ở dòng 1 của bảng "
                                  "(dòng 1 của XML): thẻ đóng không khớp với thẻ mở (mismatched tag)");
}

TEST_F(XlsxReaderTest, SheetInflatingPastTheLimit)
{
    Parts p;
    p.sheetData = "<row r=\"1\"><c t=\"inlineStr\"><is><t>đầu</t></is></c></row>";
    for (int i = 2; i < 20000; ++i)
        p.sheetData += "<row r=\"" + QByteArray::number(i) + "\"><c><v>" + QByteArray::number(i) + "</v></c></row>";
    ReadOptions options;
    options.limits.maxInflatedBytes = 256 * 1024;
    const ReadResult r = readTable(zipFixture(QStringLiteral("large.xlsx"), p), options);
    ASSERT_TRUE(r.opened) << s(r.error.message);
    EXPECT_TRUE(r.failed);
    EXPECT_GT(r.rows.size(), 1000); // rows before the limit are read
    EXPECT_LT(r.rows.size(), 19999);
    EXPECT_EQ(s(r.error.message), "trang tính quá lớn: xl/worksheets/sheet1.xml giải nén ra hơn 262 144 byte");

    // The same limit applies to the parts read before the sheet.
    Parts q;
    q.sharedStrings = sst(QByteArray("<si><t>chuỗi dùng chung</t></si>").repeated(20000));
    q.sheetData = "<row r=\"1\"><c t=\"s\"><v>0</v></c></row>";
    const ReadResult r2 = readTable(zipFixture(QStringLiteral("large2.xlsx"), q), options);
    EXPECT_FALSE(r2.opened);
    EXPECT_EQ(s(r2.error.message), "tệp Excel quá lớn: phần xl/sharedStrings.xml giải nén ra hơn 262 144 byte");
}

TEST_F(XlsxReaderTest, OverlongCells)
{
    const QByteArray text(40000, 'a');
    Parts p;
    p.sheetData = "<row r=\"1\"><c t=\"inlineStr\"><is><t>ngắn</t></is></c></row>"
                  "<row r=\"3\"><c r=\"C3\" t=\"inlineStr\"><is><t>" +
                  text + "</t></is></c></row>";
    ReadResult r = readTable(zipFixture(QStringLiteral("long.xlsx"), p));
    EXPECT_TRUE(r.failed);
    EXPECT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.error.row, 3);
    EXPECT_EQ(r.error.column, 2);
    EXPECT_EQ(s(r.error.message), "ô dài hơn 32 767 ký tự (C3)");

    // A shared string over the limit is reported at the cell that uses it.
    Parts q;
    q.sharedStrings = sst("<si><t>ngắn</t></si><si><t>" + text + "</t></si>");
    q.sheetData =
        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row><row r=\"7\"><c r=\"D7\" t=\"s\"><v>1</v></c></row>";
    r = readTable(zipFixture(QStringLiteral("long2.xlsx"), q));
    ASSERT_TRUE(r.opened) << s(r.error.message);
    EXPECT_TRUE(r.failed);
    EXPECT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.error.row, 7);
    EXPECT_EQ(r.error.column, 3);
    EXPECT_EQ(s(r.error.message), "ô dài hơn 32 767 ký tự (D7)");

    // Exactly at the limit is fine, counted in UTF-16 units like Excel.
    Parts exact;
    exact.sheetData =
        "<row r=\"1\"><c t=\"inlineStr\"><is><t>" + QString(32767, QChar(0x1EC7)).toUtf8() + "</t></is></c></row>";
    r = readTable(zipFixture(QStringLiteral("exact.xlsx"), exact));
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.rows.at(0).cells[0].text.size(), 32767);
}

TEST_F(XlsxReaderTest, ColumnAndRowLimits)
{
    Parts p;
    p.sheetData = "<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row><row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>";
    ReadResult r = readTable(zipFixture(QStringLiteral("wide.xlsx"), p));
    EXPECT_TRUE(r.failed);
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.rows.at(0).cells.size(), 16384);
    EXPECT_EQ(r.error.row, 2);
    EXPECT_EQ(s(r.error.message), "ô XFE2 nằm ngoài giới hạn 16 384 cột");

    Parts q;
    q.sheetData = "<row r=\"99999999999999999999\"><c><v>1</v></c></row>";
    r = readTable(zipFixture(QStringLiteral("tall.xlsx"), q));
    EXPECT_TRUE(r.failed);
    EXPECT_NE(s(r.error.message).find("số dòng \"99999999999999999999\""), std::string::npos) << s(r.error.message);
}

TEST_F(XlsxReaderTest, BrokenArchives)
{
    // A valid file cut in half.
    const QString good = path(QStringLiteral("good.xlsx"));
    lxw_workbook* wb = workbook_new(QFile::encodeName(good).constData());
    worksheet_write_string(workbook_add_worksheet(wb, nullptr), 0, 0, "x", nullptr);
    ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
    QFile in(good);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    const QString half = path(QStringLiteral("half.xlsx"));
    QFile out(half);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2));
    out.close();
    ReadResult r = readTable(half);
    EXPECT_FALSE(r.opened);
    EXPECT_NE(s(r.error.message).find("tệp không phải là tệp Excel .xlsx hợp lệ ("), std::string::npos)
        << s(r.error.message);

    // Random bytes named .xlsx.
    const QString random = path(QStringLiteral("random.xlsx"));
    QFile rnd(random);
    ASSERT_TRUE(rnd.open(QIODevice::WriteOnly));
    QByteArray noise;
    for (int i = 0; i < 5000; ++i)
        noise.append(char((i * 7919 + 13) % 256));
    rnd.write(noise);
    rnd.close();
    r = readTable(random);
    EXPECT_FALSE(r.opened);
    EXPECT_NE(s(r.error.message).find("không phải tệp .xlsx hợp lệ"), std::string::npos) << s(r.error.message);

    // A zip without a workbook, and a workbook whose sheet part is missing.
    const QString noWorkbook = path(QStringLiteral("noworkbook.xlsx"));
    ASSERT_TRUE(writeZip(noWorkbook, {{"hello.txt", "hello"}}));
    r = readTable(noWorkbook);
    EXPECT_FALSE(r.opened);
    EXPECT_EQ(s(r.error.message), "tệp không phải là tệp Excel .xlsx hợp lệ (thiếu xl/workbook.xml)");

    Parts p;
    p.sheetTarget = "worksheets/missing.xml";
    r = readTable(zipFixture(QStringLiteral("nosheet.xlsx"), p));
    EXPECT_FALSE(r.opened);
    EXPECT_EQ(s(r.error.message), "tệp không phải là tệp Excel .xlsx hợp lệ "
                                  "(thiếu phần xl/worksheets/missing.xml của trang tính \"Sheet1\")");
}

TEST_F(XlsxReaderTest, OldExcelAndEmptyFiles)
{
    const QString xls = path(QStringLiteral("old.xls"));
    QFile f(xls);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    f.close();
    ReadResult r = readTable(xls);
    EXPECT_FALSE(r.opened);
    // Read as .xls since issue 16; an OLE header followed by nothing is a damaged one.
    EXPECT_EQ(s(r.error.message), "tệp Excel 97-2003 (.xls) bị hỏng (cấu trúc OLE: kích thước sector không hợp lệ)");

    const QString empty = path(QStringLiteral("empty.xlsx"));
    QFile e(empty);
    ASSERT_TRUE(e.open(QIODevice::WriteOnly));
    e.close();
    r = readTable(empty);
    EXPECT_FALSE(r.opened);
    EXPECT_EQ(s(r.error.message), "tệp rỗng");

    r = readTable(path(QStringLiteral("không-có.xlsx")));
    EXPECT_FALSE(r.opened);
    EXPECT_NE(s(r.error.message).find("không mở được tệp: "), std::string::npos);
    EXPECT_NE(s(r.error.message).find("No such file"), std::string::npos) << s(r.error.message);
}

TEST_F(XlsxReaderTest, MillionEmptyRowsStreamFast)
{
    Parts p;
    p.styles = DateStyles;
    QByteArray data;
    data.reserve(50'000'000);
    for (int i = 1; i <= 1'000'000; ++i) {
        const QByteArray n = QByteArray::number(i);
        data += "<row r=\"" + n + "\"><c r=\"A" + n + "\" s=\"1\"/><c r=\"B" + n + "\" t=\"inlineStr\"><is><t>" +
                "</t></is></c></row>";
    }
    data += "<row r=\"1000001\"><c r=\"C1000001\" t=\"inlineStr\"><is><t>cuối</t></is></c></row>";
    p.sheetData = data;
    data.clear();
    data.squeeze();
    const QString file = zipFixture(QStringLiteral("million.xlsx"), p);
    p.sheetData.clear();
    p.sheetData.squeeze();

    QElapsedTimer timer;
    timer.start();
    const ReadResult r = readTable(file);
    const qint64 ms = timer.elapsed();
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.rows.at(0).number, 1000001);
    EXPECT_EQ(s(cellAt(r.rows.at(0), 2).text), "cuối");
    EXPECT_LT(ms, 15000) << "streaming a million empty rows took " << ms << " ms";
}
