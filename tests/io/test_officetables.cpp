// Issue 16, "Tables as offices lay them out" and "Never a wrong result without a word": real
// xlsx files written with libxlsxwriter (merged header cells, hidden rows and columns, a cover
// sheet first, month-year date cells) and CSV files with two header rows, imported with the
// exact outcome of each case.
#include "officefile.h"
#include "testsupport.h"

#include "workprogram/io/importer.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <gtest/gtest.h>

using namespace wp;
using test::Merge;
using test::SheetSpec;
using test::textRows;

namespace {

std::string s(const QString& t)
{
    return t.toStdString();
}

struct OfficeTables : ::testing::Test
{
    test::TempDb temp;
    void SetUp() override { io::SampleData::addUnits(temp.db()); }

    QString csv(const QString& name, const QStringList& lines)
    {
        const QString path = temp.file(name);
        test::writeFile(path, "\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
        return path;
    }
    QString xlsx(const QString& name, const QVector<SheetSpec>& sheets)
    {
        const QString path = temp.file(name);
        EXPECT_TRUE(test::writeWorkbook(path, sheets));
        return path;
    }
    io::ImportResult run(const QString& path, io::ImportOptions options = {})
    {
        options.year = 2023;
        return io::Importer(temp.db()).run(path, options);
    }
    QVector<Item> written()
    {
        const std::optional<Program> p = storage::ProgramRepository(temp.db()).byYear(2023);
        return p ? storage::ItemRepository(temp.db()).list(p->id) : QVector<Item>();
    }
    qint64 unitId(const char* code) { return storage::UnitRepository(temp.db()).byCode(QString::fromLatin1(code))->id; }
    int unitCount() { return int(storage::UnitRepository(temp.db()).all().size()); }
};

QStringList formatted(const QVector<io::ImportIssue>& issues, io::IssueKind kind)
{
    QStringList out;
    for (const io::ImportIssue& i : issues)
        if (i.kind == kind)
            out.append(i.format(QStringLiteral("F")));
    return out;
}

QStringList allFormatted(const QVector<io::ImportIssue>& issues)
{
    QStringList out;
    for (const io::ImportIssue& i : issues)
        out.append(i.format(QStringLiteral("F")));
    return out;
}

} // namespace

// --- Co-operation written as phrases --------------------------------------------------------

TEST_F(OfficeTables, CoOperationPhrasesAreKeptAsTextWithOneWarningPerPhrase)
{
    const QString file = csv(QStringLiteral("phrases.csv"),
                             {QStringLiteral("STT;Nội dung công việc;Cơ quan chủ trì;Cơ quan phối hợp;Thời hạn"),
                              QStringLiteral("1;Việc một;Phòng Tư pháp;Các phòng, ban liên quan;Quý II"),
                              QStringLiteral("2;Việc hai;Phòng Tư pháp;UBND các phường;Quý II"),
                              QStringLiteral("3;Việc ba;Phòng Nội vụ;Các đơn vị có liên quan;Quý II"),
                              QStringLiteral("4;Việc bốn;Phòng Nội vụ;Phòng Tư pháp, các phòng liên quan;Quý II"),
                              QStringLiteral("5;Việc năm;Phòng Nội vụ;Các phòng, ban liên quan;Quý II"),
                              QStringLiteral("6;Việc sáu;Phòng Y tế;Các phòng;Quý II")});
    const io::ImportResult r = run(file);
    ASSERT_TRUE(r.ok) << s(allFormatted(r.errors).join(QLatin1Char('\n')));
    const QString tail = QStringLiteral(" không phải tên một đơn vị trong danh mục: giữ nguyên làm chữ ở cột cơ quan "
                                        "phối hợp");
    EXPECT_EQ(formatted(r.warnings, io::IssueKind::CoPhrase),
              (QStringList{QStringLiteral("F:2:Cơ quan phối hợp: \"Các phòng, ban liên quan\"") + tail,
                           QStringLiteral("F:3:Cơ quan phối hợp: \"UBND các phường\"") + tail,
                           QStringLiteral("F:4:Cơ quan phối hợp: \"Các đơn vị có liên quan\"") + tail,
                           QStringLiteral("F:5:Cơ quan phối hợp: \"các phòng liên quan\"") + tail,
                           QStringLiteral("F:7:Cơ quan phối hợp: \"Các phòng\"") + tail}));
    const QVector<Item> items = written();
    ASSERT_EQ(items.size(), 6);
    EXPECT_EQ(items[0].coUnitsText, QStringLiteral("Các phòng, ban liên quan"));
    EXPECT_TRUE(items[0].coUnitIds.isEmpty());
    EXPECT_EQ(items[1].coUnitsText, QStringLiteral("UBND các phường"));
    EXPECT_EQ(items[3].coUnitsText, QStringLiteral("các phòng liên quan"));
    EXPECT_EQ(items[3].coUnitIds, QVector<qint64>{unitId("TP")}) << "the named unit beside the phrase is matched";
    EXPECT_EQ(items[4].coUnitsText, QStringLiteral("Các phòng, ban liên quan"));
    EXPECT_EQ(unitCount(), 17);
}

TEST_F(OfficeTables, PhrasesAreNeverCreatedAsUnits)
{
    const QString file = csv(QStringLiteral("phrases.csv"),
                             {QStringLiteral("STT;Nội dung công việc;Cơ quan chủ trì;Cơ quan phối hợp"),
                              QStringLiteral("1;Việc một;Phòng Tư pháp;\"Các phòng, ban liên quan; Phòng Mới\"")});
    io::ImportOptions options;
    options.createUnits = true;
    const io::ImportResult r = run(file, options);
    ASSERT_TRUE(r.ok) << s(allFormatted(r.errors).join(QLatin1Char('\n')));
    EXPECT_EQ(r.createdUnits, QStringList{QStringLiteral("Phòng Mới")});
    ASSERT_EQ(written().size(), 1);
    EXPECT_EQ(written().first().coUnitsText, QStringLiteral("Các phòng, ban liên quan"));
}

TEST_F(OfficeTables, ALeadUnitMustStillBeOneRealUnit)
{
    const QString file = csv(QStringLiteral("lead.csv"), {QStringLiteral("STT;Nội dung công việc;Cơ quan chủ trì"),
                                                          QStringLiteral("1;Việc một;Phòng Tư pháp"),
                                                          QStringLiteral("2;Việc hai;Các phòng, ban liên quan")});
    io::ImportOptions options;
    options.createUnits = true;
    const io::ImportResult r = run(file, options);
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(allFormatted(r.errors),
              QStringList{QStringLiteral("F:3:Cơ quan chủ trì: \"Các phòng, ban liên quan\" không phải tên một đơn vị: "
                                         "cơ quan chủ trì phải là một đơn vị trong danh mục; ghi các đơn vị khác vào "
                                         "cột cơ quan phối hợp")});
    EXPECT_TRUE(written().isEmpty());
    EXPECT_EQ(unitCount(), 17);
}

// --- Two header rows -----------------------------------------------------------------------

TEST_F(OfficeTables, TwoHeaderRowsWithMergedCellsInXlsx)
{
    SheetSpec sheet;
    sheet.name = QStringLiteral("Phụ lục");
    sheet.rows = textRows({QStringLiteral("UBND QUẬN NAM TỪ LIÊM"), QString(), QString()});
    QVector<test::SheetCell> first = textRows({QStringLiteral("1|Kế hoạch cải cách hành chính|Phòng Tư pháp|Phòng "
                                                              "Nội vụ")})
                                         .first();
    first.append(test::numberCell(44958, "dd/mm/yyyy")); // 01/02/2023: the start
    first.append(test::numberCell(45107, "dd/mm/yyyy")); // 30/06/2023: the end
    first.append(test::SheetCell{QStringLiteral("ghi chú")});
    sheet.rows.append(first);
    sheet.rows += textRows({QStringLiteral("2|Báo cáo y tế|Phòng Y tế||Tháng 3|Quý II|")});
    sheet.merges = {{1, 0, 2, 0, QStringLiteral("STT")},
                    {1, 1, 2, 1, QStringLiteral("Nội dung công việc")},
                    {1, 2, 1, 3, QStringLiteral("Cơ quan thực hiện")},
                    {2, 2, 2, 2, QStringLiteral("Chủ trì")},
                    {2, 3, 2, 3, QStringLiteral("Phối hợp")},
                    {1, 4, 1, 5, QStringLiteral("Thời gian")},
                    {2, 4, 2, 4, QStringLiteral("Bắt đầu")},
                    {2, 5, 2, 5, QStringLiteral("Kết thúc")},
                    {1, 6, 2, 6, QStringLiteral("Ghi chú")}};
    const io::ImportResult r = run(xlsx(QStringLiteral("two-rows.xlsx"), {sheet}));
    ASSERT_TRUE(r.ok) << s(allFormatted(r.errors).join(QLatin1Char('\n')));
    EXPECT_EQ(r.header.rowNumber, 2);
    EXPECT_EQ(r.header.subHeaderRow, 3);
    EXPECT_EQ(r.header.names.value(5), QStringLiteral("Thời gian / Kết thúc"));
    EXPECT_EQ(formatted(r.warnings, io::IssueKind::ColumnChoice),
              QStringList{QStringLiteral("F:2: cột \"Thời gian / Bắt đầu\" (E) là ngày bắt đầu, không được nhập; thời "
                                         "hạn lấy ở cột \"Thời gian / Kết thúc\" (F)")});
    const QVector<Item> items = written();
    ASSERT_EQ(items.size(), 2) << "the second header row is not an item";
    EXPECT_EQ(items[0].leadUnitId, unitId("TP"));
    EXPECT_EQ(items[0].coUnitIds, QVector<qint64>{unitId("NV")});
    EXPECT_EQ(items[0].deadline.due(), QDate(2023, 6, 30));
    EXPECT_EQ(items[0].note, QStringLiteral("ghi chú"));
    EXPECT_EQ(items[1].deadline.text(), QStringLiteral("Quý II"));
}

TEST_F(OfficeTables, TwoHeaderRowsInCsvWithResultsSubColumns)
{
    const QString file =
        csv(QStringLiteral("two-rows.csv"),
            {QStringLiteral("STT;Nội dung công việc;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian;;Kết quả;"),
             QStringLiteral(";;;;Bắt đầu;Kết thúc;Sản phẩm;Tiến độ"),
             QStringLiteral("1;Việc một;Phòng Tư pháp;;01/03/2023;30/06/2023;Kế hoạch;Đang làm"),
             QStringLiteral("2;Việc hai;Phòng Y tế;Phòng Nội vụ;T3;Quý III;Báo cáo;")});
    const io::ImportResult r = run(file);
    ASSERT_TRUE(r.ok) << s(allFormatted(r.errors).join(QLatin1Char('\n')));
    EXPECT_EQ(r.header.subHeaderRow, 2);
    EXPECT_EQ(formatted(r.warnings, io::IssueKind::ColumnChoice),
              (QStringList{QStringLiteral("F:1: cột \"Thời gian / Kết thúc\" (F) được lấy làm \"Thời hạn\"; cột \"Kết "
                                          "quả / Tiến độ\" (H) cũng có thể là \"Thời hạn\" nhưng không được nhập"),
                           QStringLiteral("F:1: cột \"Thời gian / Bắt đầu\" (E) là ngày bắt đầu, không được nhập; thời "
                                          "hạn lấy ở cột \"Thời gian / Kết thúc\" (F)")}));
    const QVector<Item> items = written();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].deadline.due(), QDate(2023, 6, 30));
    EXPECT_EQ(items[0].form, QStringLiteral("Kế hoạch"));
    EXPECT_EQ(items[1].deadline.due(), QDate(2023, 9, 30));
}

// --- The table on another sheet ------------------------------------------------------------

namespace {
SheetSpec cover(const QString& name = QStringLiteral("Bìa"))
{
    SheetSpec s;
    s.name = name;
    s.rows = textRows({QStringLiteral("UBND QUẬN NAM TỪ LIÊM"), QStringLiteral("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2023")});
    return s;
}
SheetSpec table(const QString& name, int rows = 2)
{
    SheetSpec s;
    s.name = name;
    QStringList lines = {QStringLiteral("STT|Nội dung công việc|Cơ quan chủ trì|Thời hạn")};
    for (int i = 1; i <= rows; ++i)
        lines.append(QStringLiteral("%1|Việc %1 của %2|Phòng Tư pháp|Quý II").arg(i).arg(name));
    s.rows = textRows(lines);
    return s;
}
} // namespace

TEST_F(OfficeTables, TheTableOnTheSecondSheetIsFoundAndSaid)
{
    const io::ImportResult r = run(xlsx(QStringLiteral("cover.xlsx"), {cover(), table(QStringLiteral("Phụ lục"))}));
    ASSERT_TRUE(r.ok) << s(allFormatted(r.errors).join(QLatin1Char('\n')));
    EXPECT_EQ(r.table, 1);
    EXPECT_EQ(r.tableLabel(), QStringLiteral("trang tính \"Phụ lục\""));
    EXPECT_EQ(
        formatted(r.warnings, io::IssueKind::TableChoice),
        QStringList{QStringLiteral("F: trang tính \"Bìa\" không có dòng tiêu đề của bảng; đã đọc bảng ở trang tính "
                                   "\"Phụ lục\"")});
    ASSERT_EQ(written().size(), 2);
    EXPECT_EQ(written().first().content, QStringLiteral("Việc 1 của Phụ lục"));
}

TEST_F(OfficeTables, SeveralSheetsWithTablesAreListedNotGuessed)
{
    const QString file =
        xlsx(QStringLiteral("two.xlsx"), {cover(), table(QStringLiteral("PL1")), table(QStringLiteral("PL2"))});
    const io::ImportResult r = run(file);
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(
        allFormatted(r.errors),
        QStringList{QStringLiteral("F: trang tính \"Bìa\" không có dòng tiêu đề của bảng; các trang tính có bảng: "
                                   "\"PL1\", \"PL2\": hãy chọn một (chọn bằng --sheet TÊN)")});
    EXPECT_EQ(r.candidates, (QVector<int>{1, 2}));
    EXPECT_TRUE(written().isEmpty());

    io::ImportOptions options;
    options.read.sheet = QStringLiteral("PL2");
    const io::ImportResult chosen = run(file, options);
    ASSERT_TRUE(chosen.ok);
    EXPECT_EQ(written().first().content, QStringLiteral("Việc 1 của PL2"));
}

TEST_F(OfficeTables, NoHeaderAnywhereNamesTheSheetReadAndTheOthers)
{
    SheetSpec notes = cover(QStringLiteral("Ghi chú"));
    io::ImportResult r = run(xlsx(QStringLiteral("none.xlsx"), {cover(), notes}));
    EXPECT_EQ(allFormatted(r.errors),
              QStringList{QStringLiteral("F: không tìm thấy dòng tiêu đề của bảng (cần ít nhất các cột \"Nội dung công "
                                         "việc\" và \"Cơ quan chủ trì\") ở trang tính \"Bìa\"; các trang tính khác "
                                         "(\"Ghi chú\") cũng không có bảng")});

    SheetSpec empty;
    empty.name = QStringLiteral("Trống");
    r = run(xlsx(QStringLiteral("empty-first.xlsx"), {empty, notes}));
    EXPECT_EQ(allFormatted(r.errors),
              QStringList{QStringLiteral("F: trang tính \"Trống\" không có dữ liệu; các trang tính khác (\"Ghi chú\") "
                                         "cũng không có bảng")});

    io::ImportOptions options;
    options.read.sheet = QStringLiteral("Bìa");
    r = run(xlsx(QStringLiteral("asked.xlsx"), {cover(), table(QStringLiteral("Phụ lục"))}), options);
    EXPECT_EQ(allFormatted(r.errors),
              QStringList{QStringLiteral("F: không tìm thấy dòng tiêu đề của bảng (cần ít nhất các cột \"Nội dung công "
                                         "việc\" và \"Cơ quan chủ trì\") ở trang tính \"Bìa\"; tệp còn có các trang "
                                         "tính \"Phụ lục\" (chọn trang tính khác bằng --sheet TÊN)")});
    EXPECT_TRUE(written().isEmpty());
}

// --- Hidden columns and rows ---------------------------------------------------------------

namespace {
SheetSpec hiddenTable()
{
    SheetSpec s;
    s.name = QStringLiteral("Kế hoạch");
    s.rows = textRows({QStringLiteral("STT|Nội dung công việc|Cơ quan chủ trì|Thời hạn|Thời hạn|Ghi chú"),
                       QStringLiteral("1|Việc một|Phòng Tư pháp|Quý I|Quý II|"),
                       QStringLiteral("2|Việc hai|Phòng Tư pháp|Quý I|Quý III|"),
                       QStringLiteral("3|Việc ba (đã bỏ)|Phòng Tư pháp|Quý I|Quý IV|ẩn"),
                       QStringLiteral("4|Việc bốn|Phòng Y tế|Quý I|Tháng 5|")});
    s.hiddenColumns = {3}; // the old deadline column, D
    s.hiddenRows = {3};    // Excel row 4
    return s;
}
} // namespace

TEST_F(OfficeTables, AHiddenDuplicateColumnLosesToTheVisibleOneAndHiddenRowsAreImportedWithAWarning)
{
    const io::ImportResult r = run(xlsx(QStringLiteral("hidden.xlsx"), {hiddenTable()}));
    ASSERT_TRUE(r.ok) << s(allFormatted(r.errors).join(QLatin1Char('\n')));
    EXPECT_EQ(r.header.map[io::Field::Deadline], 4);
    EXPECT_EQ(
        formatted(r.warnings, io::IssueKind::HiddenColumn),
        QStringList{QStringLiteral("F:1: cột \"Thời hạn\" (D) bị ẩn và trùng tiêu đề với cột E đang hiện: lấy cột "
                                   "E, bỏ qua cột ẩn")});
    EXPECT_EQ(formatted(r.warnings, io::IssueKind::HiddenRow),
              QStringList{QStringLiteral("F:4: dòng bị ẩn trong tệp: vẫn được nhập như các dòng khác (nhập với "
                                         "--skip-hidden-rows để bỏ qua các dòng ẩn)")});
    const QVector<Item> items = written();
    ASSERT_EQ(items.size(), 4);
    EXPECT_EQ(items[0].deadline.text(), QStringLiteral("Quý II"));
}

TEST_F(OfficeTables, HiddenRowsAreSkippedWhenAskedAndSaidSo)
{
    io::ImportOptions options;
    options.hiddenRows = io::HiddenRows::Skip;
    const io::ImportResult r = run(xlsx(QStringLiteral("hidden.xlsx"), {hiddenTable()}), options);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(formatted(r.warnings, io::IssueKind::HiddenRow),
              QStringList{QStringLiteral("F:4: dòng bị ẩn trong tệp: không nhập (các dòng ẩn được bỏ qua)")});
    const QVector<Item> items = written();
    ASSERT_EQ(items.size(), 3);
    for (const Item& it : items)
        EXPECT_NE(it.content, QStringLiteral("Việc ba (đã bỏ)"));
}

// --- Start and end dates, columns without a header -------------------------------------------

TEST_F(OfficeTables, ATimeHeaderMergedOverStartAndEndWithoutItsSecondRowTakesTheEnd)
{
    SheetSpec sheet;
    sheet.name = QStringLiteral("Sheet1");
    sheet.rows = textRows({QStringLiteral("STT|Nội dung công việc|Cơ quan chủ trì|||Ghi chú")});
    for (int i = 1; i <= 3; ++i) {
        QVector<test::SheetCell> row = textRows({QStringLiteral("%1|Việc %1|Phòng Tư pháp").arg(i)}).first();
        row.append(test::numberCell(44958 + i, "dd/mm/yyyy"));
        row.append(test::numberCell(45107 - i, "dd/mm/yyyy"));
        sheet.rows.append(row);
    }
    sheet.merges = {{0, 3, 0, 4, QStringLiteral("Thời gian")}};
    const io::ImportResult r = run(xlsx(QStringLiteral("merged-time.xlsx"), {sheet}));
    ASSERT_TRUE(r.ok) << s(allFormatted(r.errors).join(QLatin1Char('\n')));
    EXPECT_EQ(formatted(r.warnings, io::IssueKind::ColumnChoice),
              QStringList{QStringLiteral("F:1: tiêu đề \"Thời gian\" (cột D) trải trên hai cột D và E có dữ liệu mà "
                                         "không có dòng tiêu đề thứ hai: lấy cột E (cột sau, như \"Kết thúc\") làm "
                                         "thời hạn; cột D (như \"Bắt đầu\") không được nhập")});
    const QVector<Item> items = written();
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items[0].deadline.due(), QDate(2023, 6, 29)) << "the end, not the start (02/02/2023)";
}

TEST_F(OfficeTables, AColumnWithDataButNoHeaderIsSaidOnce)
{
    const QString file = xlsx(QStringLiteral("unnamed.xlsx"),
                              {SheetSpec{QStringLiteral("Sheet1"),
                                         textRows({QStringLiteral("STT|Nội dung công việc|Cơ quan chủ trì||Ghi chú"),
                                                   QStringLiteral("1|Việc một|Phòng Tư pháp||"),
                                                   QStringLiteral("2|Việc hai|Phòng Tư pháp|x|"),
                                                   QStringLiteral("3|Việc ba|Phòng Tư pháp|y|")}),
                                         {},
                                         {},
                                         {},
                                         false}});
    const io::ImportResult r = run(file);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(formatted(r.warnings, io::IssueKind::UnnamedColumn),
              QStringList{QStringLiteral("F:3:D: cột D có dữ liệu nhưng không có tiêu đề: cột này không được nhập")});
}

// --- Month-year date cells -------------------------------------------------------------------

TEST_F(OfficeTables, MonthYearDateCellsAreMonthDeadlines)
{
    SheetSpec sheet;
    sheet.name = QStringLiteral("Sheet1");
    sheet.rows = textRows({QStringLiteral("STT|Nội dung công việc|Cơ quan chủ trì|Thời hạn")});
    const auto row = [](int n, const test::SheetCell& deadline) {
        QVector<test::SheetCell> r = textRows({QStringLiteral("%1|Việc %1|Phòng Tư pháp").arg(n)}).first();
        r.append(deadline);
        return r;
    };
    sheet.rows.append(row(1, test::numberCell(45078, "mm/yyyy")));   // what Excel makes of "6/2023"
    sheet.rows.append(row(2, test::numberCell(45078, nullptr, 17))); // built-in "mmm-yy"
    sheet.rows.append(row(3, test::numberCell(45078, "yyyy")));
    sheet.rows.append(row(4, test::numberCell(45078, "dd/mm/yyyy")));
    const io::ImportResult r = run(xlsx(QStringLiteral("month-year.xlsx"), {sheet}));
    ASSERT_TRUE(r.ok) << s(allFormatted(r.errors).join(QLatin1Char('\n')));
    const QVector<Item> items = written();
    ASSERT_EQ(items.size(), 4);
    for (int i : {0, 1}) {
        EXPECT_EQ(items[i].deadline.text(), QStringLiteral("06/2023")) << i;
        EXPECT_EQ(items[i].deadline.due(), QDate(2023, 6, 30)) << i;
        EXPECT_EQ(items[i].deadline.kind(), Deadline::Kind::Month) << i;
    }
    EXPECT_EQ(items[2].deadline.text(), QStringLiteral("Năm 2023"));
    EXPECT_EQ(items[2].deadline.due(), QDate(2023, 12, 31));
    EXPECT_EQ(items[3].deadline.due(), QDate(2023, 6, 1)) << "a day format keeps its day";
}

// --- --create-units guards -------------------------------------------------------------------

TEST_F(OfficeTables, CreateUnitsRefusesNumbersDatesFragmentsAndNearDuplicates)
{
    const QString file = csv(QStringLiteral("guards.csv"),
                             {QStringLiteral("STT;Nội dung công việc;Cơ quan chủ trì;Cơ quan phối hợp"),
                              QStringLiteral("1;Việc một;P.TCKH;"), QStringLiteral("2;Việc hai;Phòng Tư pháp;12"),
                              QStringLiteral("3;Việc ba;Phòng Tư pháp;15/06/2023"),
                              QStringLiteral("4;Việc bốn;Phòng Tư pháp;VP HĐND và UBND quận"),
                              QStringLiteral("5;Việc năm;Phòng Tư pháp;Phòng Nội vụ, ban"),
                              QStringLiteral("6;Việc sáu;Phòng Tư pháp;Phòng Mới Thành Lập")});
    io::ImportOptions options;
    options.createUnits = true;
    const io::ImportResult r = run(file, options);
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(
        allFormatted(r.errors),
        (QStringList{
            QStringLiteral("F:2:Cơ quan chủ trì: không tạo đơn vị mới \"P.TCKH\": có phải \"Phòng Tài chính - Kế "
                           "hoạch\" không? (nếu đúng, ghi tên như trong danh mục hoặc thêm tên này bằng lệnh "
                           "\"units alias\"; nếu thật là đơn vị mới, thêm bằng lệnh \"units add\")"),
            QStringLiteral("F:3:Cơ quan phối hợp: không tạo đơn vị mới từ \"12\": đây là một con số, không phải "
                           "tên đơn vị"),
            QStringLiteral("F:4:Cơ quan phối hợp: không tạo đơn vị mới từ \"15/06/2023\": đây là một ngày tháng, "
                           "không phải tên đơn vị"),
            QStringLiteral("F:5:Cơ quan phối hợp: không tạo đơn vị mới \"VP HĐND và UBND quận\": có phải \"Văn "
                           "phòng HĐND - UBND quận\" không? (nếu đúng, ghi tên như trong danh mục hoặc thêm tên "
                           "này bằng lệnh \"units alias\"; nếu thật là đơn vị mới, thêm bằng lệnh \"units add\")"),
            QStringLiteral("F:6:Cơ quan phối hợp: không tạo đơn vị mới từ \"ban\": đây là một từ chung, không "
                           "phải tên một đơn vị (có thể là phần còn lại của một cụm bị tách ở dấu phẩy)")}));
    EXPECT_EQ(r.errors.first().suggestions, QStringList{QStringLiteral("Phòng Tài chính - Kế hoạch")});
    EXPECT_EQ(unitCount(), 17) << "nothing created, not even the real new unit of row 7";
    EXPECT_TRUE(written().isEmpty());
}

TEST_F(OfficeTables, UnknownUnitsGetSuggestionsWithoutCreateUnits)
{
    const QString file = csv(QStringLiteral("suggest.csv"),
                             {QStringLiteral("STT;Nội dung công việc;Cơ quan chủ trì"),
                              QStringLiteral("1;Việc một;P.TCKH"), QStringLiteral("2;Việc hai;Phòng Hoàn Toàn Khác")});
    const io::ImportResult r = run(file);
    EXPECT_EQ(
        allFormatted(r.errors),
        (QStringList{QStringLiteral("F:2:Cơ quan chủ trì: không có đơn vị \"P.TCKH\" trong danh mục đơn vị; có "
                                    "phải \"Phòng Tài chính - Kế hoạch\" không? (nếu đúng, thêm tên này cho đơn "
                                    "vị đó bằng lệnh \"units alias\")"),
                     QStringLiteral("F:3:Cơ quan chủ trì: không có đơn vị \"Phòng Hoàn Toàn Khác\" trong danh mục "
                                    "đơn vị (thêm bằng lệnh \"units add\" hoặc nhập với --create-units)")}));
    // The window shows no command-line advice.
    EXPECT_EQ(r.errors.first().format(QStringLiteral("F"), false),
              QStringLiteral("F:2:Cơ quan chủ trì: không có đơn vị \"P.TCKH\" trong danh mục đơn vị; có phải \"Phòng "
                             "Tài chính - Kế hoạch\" không?"));
}

// --- Warnings capped -------------------------------------------------------------------------

TEST_F(OfficeTables, WarningsAreCappedAndCountedPerKind)
{
    SheetSpec sheet;
    sheet.name = QStringLiteral("Sheet1");
    QStringList lines = {QStringLiteral("STT|Nội dung công việc|Cơ quan chủ trì")};
    for (int i = 1; i <= 3000; ++i)
        lines.append(QStringLiteral("%1|Việc %1|Phòng Tư pháp||ghi bên cạnh").arg(i));
    sheet.rows = textRows(lines);
    sheet.hiddenRows = {5, 6, 7};
    const io::ImportResult r = run(xlsx(QStringLiteral("many.xlsx"), {sheet}));
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.warningCount(io::IssueKind::OutsideTable), 3000);
    EXPECT_EQ(formatted(r.warnings, io::IssueKind::OutsideTable).size(), io::ImportResult::MaxWarningsPerKind);
    EXPECT_EQ(r.warningCount(io::IssueKind::HiddenRow), 3) << "other kinds are kept apart";
    EXPECT_EQ(formatted(r.warnings, io::IssueKind::HiddenRow).size(), 3);
    EXPECT_EQ(r.warnings.size(), io::ImportResult::MaxWarningsPerKind + 3);
}

// --- Flat memory: the check keeps no rows ---------------------------------------------------

TEST_F(OfficeTables, TheCheckOfADryRunKeepsNoItems)
{
    QVector<test::OfficeRow> rows = test::numberedRows(3000);
    for (test::OfficeRow& r : rows)
        r.number.clear(); // no STT: numbered anew
    const QString path = temp.file(QStringLiteral("nostt.csv"));
    ASSERT_TRUE(test::writeOfficeCsv(path, rows));
    io::ImportOptions options;
    options.year = 2023;
    const io::ImportPlan p = io::Importer(temp.db()).check(path, options);
    EXPECT_TRUE(p.result.ok);
    EXPECT_TRUE(p.items.isEmpty());
    EXPECT_EQ(p.result.itemsAdded, 3000);
    EXPECT_TRUE(p.result.renumbered);
    EXPECT_EQ(p.renumberFrom, 1);

    const io::ImportResult r = run(path);
    ASSERT_TRUE(r.ok);
    EXPECT_GT(r.streamedBatches, 0) << "written in a second streaming pass, not from a plan in memory";
    const QVector<Item> items = written();
    ASSERT_EQ(items.size(), 3000);
    EXPECT_EQ(items.first().number, 1);
    EXPECT_EQ(items.last().number, 3000);
}

TEST_F(OfficeTables, NewUnitsAreCreatedOnceInTheStreamingPass)
{
    const QString file = csv(QStringLiteral("new.csv"),
                             {QStringLiteral("STT;Nội dung công việc;Cơ quan chủ trì;Cơ quan phối hợp"),
                              QStringLiteral("1;Việc một;Ban Chỉ huy Quân sự;Phòng Tư pháp"),
                              QStringLiteral("2;Việc hai;Phòng Tư pháp;\"Ban Chỉ huy Quân sự; Công an quận\"")});
    io::ImportOptions options;
    options.createUnits = true;
    const io::ImportResult r = run(file, options);
    ASSERT_TRUE(r.ok) << s(allFormatted(r.errors).join(QLatin1Char('\n')));
    EXPECT_EQ(r.createdUnits, (QStringList{QStringLiteral("Ban Chỉ huy Quân sự"), QStringLiteral("Công an quận")}));
    EXPECT_GT(r.streamedBatches, 0);
    EXPECT_EQ(unitCount(), 19);
    const QVector<Item> items = written();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[1].coUnitIds.size(), 2);
}

// --- The lead unit in section headings -------------------------------------------------------

// A table grouped by unit, as the appendix and many offices' tables are: no "Cơ quan chủ trì"
// column, a heading row naming the unit above its items. Each item takes the unit of the heading
// above it, and the import says so once, naming the header row and the first heading.
TEST_F(OfficeTables, LeadUnitsAreTakenFromSectionHeadingsWhenTheTableHasNoLeadColumn)
{
    const QString path =
        csv(QStringLiteral("theo-don-vi.csv"),
            {QStringLiteral("STT,Nội dung công việc,Thời hạn"), QStringLiteral("I,PHÒNG TƯ PHÁP (2 nội dung),"),
             QStringLiteral("1,Kế hoạch phổ biến pháp luật,Quý I"), QStringLiteral("2,Báo cáo công tác hộ tịch,Quý II"),
             QStringLiteral("II,PHÒNG Y TẾ,"), QStringLiteral("3,Kế hoạch tiêm chủng,Tháng 6")});
    const io::ImportResult r = run(path);
    ASSERT_TRUE(r.ok) << s(allFormatted(r.errors).join(QLatin1Char('\n')));
    EXPECT_EQ(formatted(r.warnings, io::IssueKind::ColumnChoice),
              QStringList{QStringLiteral("F:1: bảng không có cột \"Cơ quan chủ trì\": đơn vị chủ trì của mỗi nội "
                                         "dung là đơn vị ghi ở dòng tiêu đề mục đứng trên nó (như \"PHÒNG TƯ PHÁP "
                                         "(2 nội dung)\" ở dòng 2)")});
    const QVector<Item> items = written();
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items.at(0).leadUnitId, unitId("TP"));
    EXPECT_EQ(items.at(1).leadUnitId, unitId("TP"));
    EXPECT_EQ(items.at(2).leadUnitId, unitId("YT"));
}

// Headings that name no unit (groups of tasks) do not stand in for the lead unit column: the
// missing column is the error, as before, and nothing is written.
TEST_F(OfficeTables, HeadingsNamingNoUnitLeaveTheLeadColumnMissing)
{
    const QString path = csv(QStringLiteral("theo-nhom.csv"), {QStringLiteral("STT,Nội dung công việc,Thời hạn"),
                                                               QStringLiteral("A,NHIỆM VỤ TRỌNG TÂM,"),
                                                               QStringLiteral("1,Kế hoạch phổ biến pháp luật,Quý I")});
    const io::ImportResult r = run(path);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(allFormatted(r.errors),
              QStringList{QStringLiteral("F:1: thiếu cột bắt buộc \"Cơ quan chủ trì\" trong dòng tiêu đề")});
    EXPECT_TRUE(written().isEmpty());
}
