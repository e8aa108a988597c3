// The Word reader on documents made by real programs (tests/data/office, make_office.sh):
// LibreOffice Writer's .docx, python-docx's (Word's own template and styles), and hand-made XML
// for what neither writes.
#include "officetables.h"

#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace wp::io;
using wp::test::joined;
using wp::test::officeFile;
using wp::test::readOffice;
using wp::test::TableRead;

namespace {

const QString Header =
    QStringLiteral("STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn | Lãnh đạo phụ trách");

ReadOptions table(int n)
{
    ReadOptions o;
    o.table = n;
    return o;
}

/// The list numbers LibreOffice shows in the STT column ("    1. " lines of its text export).
QStringList numbersLibreOfficeShows(const QString& txt)
{
    QFile f(txt);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QStringList out;
    static const QRegularExpression number(QStringLiteral("^\\s+(\\d+\\.)\\s*$"));
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')))
        if (const QRegularExpressionMatch m = number.match(line); m.hasMatch())
            out.append(m.captured(1));
    return out;
}

} // namespace

TEST(DocxReader, LibreOfficeAppendixRowsAsWordLaysThemOut)
{
    const TableRead r = readOffice(officeFile(QStringLiteral("lo-appendix.docx")));
    ASSERT_TRUE(r.opened) << r.error.message.toStdString();
    ASSERT_EQ(r.rows.size(), 10);
    EXPECT_EQ(joined(r.rows.at(0)), Header);
    // The section heading spans the table: its text goes to the content column, flagged.
    EXPECT_TRUE(r.rows.at(1).heading);
    EXPECT_EQ(joined(r.rows.at(1)), QStringLiteral(" | I. VĂN PHÒNG HĐND - UBND QUẬN"));
    EXPECT_FALSE(r.rows.at(2).heading);
    EXPECT_EQ(joined(r.rows.at(2)), QStringLiteral("1. | Báo cáo công tác chỉ đạo, điều hành của UBND quận | Văn phòng "
                                                   "HĐND - UBND quận | Phòng Nội vụ | Hằng tháng | Chủ tịch"));
    // A line break in the content, two paragraphs in the co-operation cell.
    EXPECT_EQ(joined(r.rows.at(5)),
              QStringLiteral("3. | Báo cáo kinh tế - xã hội\n6 tháng đầu năm | Phòng TC-KH | Phòng "
                             "Kinh tế\nPhòng QLĐT | Tháng 6 | Phó Chủ tịch"));
    EXPECT_EQ(r.labels.at(5), QStringLiteral("bảng 1, dòng 6"));
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.join(QLatin1Char('\n')).toStdString();

    // The STT numbers are Word's automatic list numbers: the same ones LibreOffice shows.
    QStringList numbers;
    for (const Row& row : r.rows)
        if (!row.heading && row.number > 1)
            numbers.append(row.cells.at(0).text);
    EXPECT_EQ(numbers, numbersLibreOfficeShows(officeFile(QStringLiteral("lo-appendix.docx.txt"))));
    EXPECT_EQ(numbers, (QStringList{"1.", "2.", "3.", "4.", "5.", "6."}));
}

TEST(DocxReader, PythonDocxStyleNumberingAndTheProgramTableAmongTwo)
{
    const TableRead r = readOffice(officeFile(QStringLiteral("pd-appendix.docx")));
    ASSERT_TRUE(r.opened) << r.error.message.toStdString();
    ASSERT_EQ(r.rows.size(), 10);
    EXPECT_EQ(joined(r.rows.at(0)), Header);
    // "List Number" is a paragraph style carrying the list: the numbers come from styles.xml.
    EXPECT_EQ(joined(r.rows.at(2)),
              QStringLiteral("1. | Báo cáo công\ntác chỉ đạo, điều hành của UBND quận | Văn phòng "
                             "HĐND - UBND quận | Phòng Nội vụ | Hằng tháng | Chủ tịch"));
    EXPECT_EQ(r.rows.at(9).cells.at(0).text, QStringLiteral("6."));
    EXPECT_EQ(r.labels.at(2), QStringLiteral("bảng 2, dòng 3"));
    EXPECT_EQ(r.warnings,
              QStringList{"tài liệu có 2 bảng; đã đọc bảng 2; không đọc bảng 1 (chọn bảng khác bằng --table N)"});

    const TableRead first = readOffice(officeFile(QStringLiteral("pd-appendix.docx")), table(1));
    ASSERT_EQ(first.rows.size(), 2);
    EXPECT_EQ(joined(first.rows.at(0)), QStringLiteral("Họ và tên | Chức vụ"));
    EXPECT_EQ(first.labels.at(1), QStringLiteral("bảng 1, dòng 2"));
}

TEST(DocxReader, TwoHeaderRowsComeOutLikeASpreadsheetsMergedCells)
{
    const TableRead r = readOffice(officeFile(QStringLiteral("lo-appendix-two-header-rows.docx")));
    ASSERT_TRUE(r.opened) << r.error.message.toStdString();
    ASSERT_EQ(r.rows.size(), 11);
    // "Cơ quan" spans two grid columns: its value in the first, the second empty; the cells merged
    // down from the first row (STT, content ...) are empty in the second.
    EXPECT_EQ(joined(r.rows.at(0)),
              QStringLiteral("STT | Nội dung công việc | Cơ quan |  | Thời hạn | Lãnh đạo phụ trách"));
    EXPECT_EQ(joined(r.rows.at(1)), QStringLiteral(" |  | Chủ trì | Phối hợp"));
    EXPECT_TRUE(r.rows.at(2).heading);
    EXPECT_EQ(joined(r.rows.at(3)).left(5), QStringLiteral("1. | "));
}

TEST(DocxReader, WordListNumbersWithLevelsOverridesAndStyles)
{
    // Sections I., II. at level 0 and items at level 1, numbered again in each section.
    TableRead r = readOffice(officeFile(QStringLiteral("hx-numbering.docx")), table(1));
    ASSERT_EQ(r.rows.size(), 6);
    QStringList stt;
    for (const Row& row : r.rows)
        stt.append(row.heading ? row.cells.value(1).text : row.cells.at(0).text);
    EXPECT_EQ(stt, (QStringList{"STT", "I. VĂN PHÒNG HĐND - UBND QUẬN", "1.", "2.", "II. PHÒNG NỘI VỤ", "1."}));
    // A bullet list in a cell: the bullet is no text.
    EXPECT_EQ(r.rows.at(3).cells.at(3).text, QStringLiteral("Phòng Tư pháp"));

    // Two list instances of one definition: the second (startOverride 5) begins again at 5.
    r = readOffice(officeFile(QStringLiteral("hx-numbering.docx")), table(2));
    ASSERT_EQ(r.rows.size(), 5);
    EXPECT_EQ(r.rows.at(1).cells.at(0).text, QStringLiteral("1."));
    EXPECT_EQ(r.rows.at(2).cells.at(0).text, QStringLiteral("2."));
    EXPECT_EQ(r.rows.at(3).cells.at(0).text, QStringLiteral("5."));
    EXPECT_EQ(r.rows.at(4).cells.at(0).text, QStringLiteral("6."));

    // An outline "%1.%2" with legal numbering (the letter format shown as digits).
    r = readOffice(officeFile(QStringLiteral("hx-numbering.docx")), table(3));
    ASSERT_EQ(r.rows.size(), 5);
    QStringList outline;
    for (const Row& row : r.rows.mid(1))
        outline.append(row.cells.at(0).text);
    EXPECT_EQ(outline, (QStringList{"1.", "1.1", "1.2", "2."}));

    // A list bound to a paragraph style through w:basedOn, in the "01)" format.
    r = readOffice(officeFile(QStringLiteral("hx-numbering.docx")), table(4));
    ASSERT_EQ(r.rows.size(), 4);
    EXPECT_EQ(r.rows.at(1).cells.at(0).text, QStringLiteral("01)"));
    EXPECT_EQ(r.rows.at(3).cells.at(0).text, QStringLiteral("03)"));
    EXPECT_EQ(r.warnings, QStringList{"tài liệu có 4 bảng; đã đọc bảng 4; không đọc bảng 1 (cũng có các cột của chương "
                                      "trình), 2 (cũng có các cột của chương trình), 3 (cũng có các cột của chương "
                                      "trình) (chọn bảng khác bằng --table N)"});
}

TEST(DocxReader, ATableSplitAcrossPagesIsReadWholeAndItsRepeatedHeaderSkipped)
{
    const TableRead r = readOffice(officeFile(QStringLiteral("hx-split.docx")));
    ASSERT_TRUE(r.opened) << r.error.message.toStdString();
    QStringList contents;
    for (const Row& row : r.rows)
        contents.append(row.cells.value(1).text);
    EXPECT_EQ(contents, (QStringList{"Nội dung công việc", "Nội dung 1", "Nội dung 2", "Nội dung 3", "Nội dung 4",
                                     "Nội dung 5", "Nội dung 6", "Nội dung 7"}));
    // Numbered through the tables read, named as Word shows them.
    EXPECT_EQ(r.labels, (QStringList{"bảng 1, dòng 1", "bảng 1, dòng 2", "bảng 1, dòng 3", "bảng 1, dòng 4",
                                     "bảng 2, dòng 2", "bảng 2, dòng 3", "bảng 3, dòng 1", "bảng 3, dòng 2"}));
    EXPECT_EQ(r.rows.at(4).number, 6);
    EXPECT_EQ(r.warnings, (QStringList{"tài liệu có 4 bảng; đã đọc bảng 1 và bảng 2, 3 nối tiếp nó; không đọc bảng 4 "
                                       "(chọn bảng khác bằng --table N)",
                                       "bỏ qua 1 dòng tiêu đề lặp lại (bảng 2, dòng 1)"}));
}

TEST(DocxReader, AHeaderCopiedByHandAtAPageBreakIsSkipped)
{
    const TableRead r = readOffice(officeFile(QStringLiteral("hx-repeated-header.docx")));
    ASSERT_EQ(r.rows.size(), 7);
    EXPECT_EQ(joined(r.rows.at(0)), Header);
    EXPECT_EQ(joined(r.rows.at(1)), QStringLiteral("(1) | (2) | (3) | (4) | (5) | (6)")); // part of the header
    EXPECT_EQ(r.rows.at(5).number, 8);
    EXPECT_EQ(r.warnings, QStringList{"bỏ qua 2 dòng tiêu đề lặp lại (bảng 1, dòng 6; bảng 1, dòng 7)"});
}

TEST(DocxReader, OnlyTheTextAReaderSeesIsRead)
{
    const TableRead r = readOffice(officeFile(QStringLiteral("hx-revisions.docx")));
    ASSERT_EQ(r.rows.size(), 5);
    // Deleted text and hidden text out, inserted text in.
    EXPECT_EQ(joined(r.rows.at(1)), QStringLiteral("1 | Kế hoạch mới | Phòng Nội vụ |  | Quý I"));
    // A non-breaking hyphen, a cell inside a content control, alternate content read once, a
    // field's result without its code.
    EXPECT_EQ(joined(r.rows.at(2)), QStringLiteral("2 | Báo cáo | Phòng TC-KH | Phòng Tư pháp | 30/06/2023"));
    // A row starting one grid column in; a nested table's cells as lines; a hyperlink and a tab.
    EXPECT_EQ(joined(r.rows.at(3)), QStringLiteral(" | Đề án | Phòng Kinh tế | Phòng Y tế\nPhòng Kinh tế | Quý\tII"));
    // The old horizontal merge: the covered cell is empty.
    EXPECT_EQ(joined(r.rows.at(4)), QStringLiteral("4 | Tờ trình | Phòng Y tế | Phòng Tư pháp"));
}

TEST(DocxReader, TablesByNumberAndTheirList)
{
    const TableRead r = readOffice(officeFile(QStringLiteral("hx-two-programs.docx")));
    EXPECT_EQ(r.rows.size(), 3);
    EXPECT_EQ(r.warnings, QStringList{"tài liệu có 2 bảng; đã đọc bảng 1; không đọc bảng 2 (cũng có các cột của chương "
                                      "trình) (chọn bảng khác bằng --table N)"});
    const TableRead second = readOffice(officeFile(QStringLiteral("hx-two-programs.docx")), table(2));
    ASSERT_EQ(second.rows.size(), 2);
    EXPECT_EQ(second.rows.at(1).cells.at(1).text, QStringLiteral("Nội dung 3"));

    ReadOptions bySheet;
    bySheet.sheet = QStringLiteral("Sheet1");
    const TableRead sheet = readOffice(officeFile(QStringLiteral("hx-two-programs.docx")), bySheet);
    EXPECT_FALSE(sheet.opened);
    EXPECT_EQ(sheet.error.message, QStringLiteral("tài liệu Word không có trang tính; chọn bảng bằng --table N"));
    const TableRead onXls = readOffice(officeFile(QStringLiteral("lo-good.xls")), table(1));
    EXPECT_FALSE(onXls.opened);
    EXPECT_EQ(onXls.error.message, QStringLiteral("--table chỉ dùng cho bảng trong tài liệu Word; với bảng tính hãy "
                                                  "chọn trang bằng --sheet"));

    const TableRead none = readOffice(officeFile(QStringLiteral("hx-two-programs.docx")), table(3));
    EXPECT_FALSE(none.opened);
    EXPECT_EQ(none.error.message,
              QStringLiteral("tài liệu không có bảng 3; tài liệu có 2 bảng: bảng 1 (3 dòng: \"STT | "
                             "Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợ…\"); bảng 2 (2 "
                             "dòng: \"STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối "
                             "hợ…\")"));

    ReadError error;
    const QVector<TableInfo> tables = listTables(officeFile(QStringLiteral("pd-appendix.docx")), &error);
    ASSERT_EQ(tables.size(), 2) << error.message.toStdString();
    EXPECT_EQ(tables.at(0).name, QStringLiteral("Bảng 1"));
    EXPECT_EQ(tables.at(0).rows, 2);
    EXPECT_EQ(tables.at(0).firstRow, QStringLiteral("Họ và tên | Chức vụ"));
    EXPECT_FALSE(tables.at(0).programColumns);
    EXPECT_EQ(tables.at(1).rows, 10);
    EXPECT_TRUE(tables.at(1).programColumns);
}

TEST(DocxReader, TcvnTextInWordIsConvertedWithTheSoftHyphenAsU)
{
    // Word keeps TCVN3's ư (byte 0xAD) as a soft hyphen: it must come back as the letter.
    const TableRead r = readOffice(officeFile(QStringLiteral("lo-appendix-tcvn3.docx")));
    ASSERT_EQ(r.rows.size(), 10);
    EXPECT_EQ(joined(r.rows.at(0)), Header);
    EXPECT_EQ(joined(r.rows.at(9)),
              QStringLiteral("6. | Kế hoạch cải cách hành chính năm 2023 | Phòng Nội vụ | Phòng Tư "
                             "pháp | Quý I | Chủ tịch"));
    EXPECT_EQ(r.warnings.first(), QStringLiteral("cột 2: đã chuyển 10 ô từ mã TCVN3 (ABC, phông .VnTime) sang Unicode, "
                                                 "ví dụ \"Néi dung c«ng viÖc\" thành \"Nội dung công việc\""));
}

TEST(DocxReader, ListDefinitionsThatLeadNowhereGiveNoNumberAndNoHang)
{
    const TableRead r = readOffice(QStringLiteral(WP_TEST_DATA_DIR "/bad/d-numbering-odd.docx"));
    ASSERT_EQ(r.rows.size(), 5);
    // A start far past Word's own limit, clamped; levels never used show their start value.
    EXPECT_EQ(r.rows.at(1).cells.at(0).text, QStringLiteral("1000000000111."));
    EXPECT_EQ(r.rows.at(2).cells.at(0).text, QStringLiteral("1000000001111."));
    EXPECT_TRUE(r.rows.at(3).cells.at(0).isEmpty()); // a list whose definition is missing
    EXPECT_TRUE(r.rows.at(4).cells.at(0).isEmpty()); // styles based on each other in a loop
}
