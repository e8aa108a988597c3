// Issue 16 through the real workprogram-cli: import --strict, --dry-run and --skip-hidden-rows,
// the summary of stated numbers, warnings capped per kind, "có phải … không?" suggestions, and
// counts --stated.
#include "officefile.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using wp::test::CliResult;
using wp::test::runCli;

namespace {

struct CliTables : ::testing::Test
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("wp.sqlite"));
    QString file(const QString& name) const { return dir.filePath(name); }
    CliResult cli(QStringList args)
    {
        args << QStringLiteral("--db") << db;
        return runCli(args);
    }
    void SetUp() override { ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--units-only")}).exitCode, 0); }
    QString seed()
    {
        const QString path = file(QStringLiteral("du-thao.xlsx"));
        EXPECT_TRUE(wp::test::writeOfficeXlsx(path, wp::test::articleRowsWithStatedCounts()));
        return path;
    }
    CliResult import(const QString& path, const QStringList& extra = {})
    {
        return cli(QStringList{QStringLiteral("import"), path, QStringLiteral("--year"), QStringLiteral("2023")} +
                   extra);
    }
    QString programs()
    {
        return cli({QStringLiteral("programs"), QStringLiteral("--format"), QStringLiteral("csv")}).out;
    }
};

QStringList lines(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_F(CliTables, StrictRefusesAStatedTotalThatDiffersExitTwoNothingWritten)
{
    const QString path = seed();
    const CliResult r = import(path, {QStringLiteral("--strict")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(
        lines(r.err),
        (QStringList{path + QStringLiteral(":560: ghi 534 nội dung, đếm được 535 (Tổng cộng) (bỏ --strict để nhập "
                                           "mà chỉ cảnh báo)"),
                     QStringLiteral("Không nhập gì: 1 lỗi; cơ sở dữ liệu không thay đổi.")}));
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(programs(), QStringLiteral("year,title,state,items\n"));
}

TEST_F(CliTables, ADryRunReportsTheStatedNumbersAndWritesNothing)
{
    const QString path = seed();
    const CliResult r = import(path, {QStringLiteral("--dry-run")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(lines(r.err), QStringList{QStringLiteral("cảnh báo: ") + path +
                                        QStringLiteral(":560: ghi 534 nội dung, đếm được 535 (Tổng cộng) (nhập với "
                                                       "--strict để từ chối tệp khi số liệu không khớp)")});
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Kiểm tra xong (không ghi): 535 nội dung hợp lệ cho chương trình năm "
                                                "2023\n")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.endsWith(QStringLiteral("Số liệu ghi trong tệp: 18, khớp với số đếm được: 17, không khớp: 1\n"
                                              "  dòng 560: ghi 534 nội dung, đếm được 535 (Tổng cộng)\n")))
        << r.out.toStdString();
    EXPECT_EQ(programs(), QStringLiteral("year,title,state,items\n"));
}

TEST_F(CliTables, CountsStatedAnswersWhyTheListSays534)
{
    const CliResult none =
        cli({QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--stated")});
    EXPECT_EQ(none.exitCode, 2) << "no program yet";

    const QString path = seed();
    ASSERT_EQ(import(path).exitCode, 0);
    const CliResult csv = cli({QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023"),
                               QStringLiteral("--stated"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList rows = lines(csv.out);
    ASSERT_EQ(rows.size(), 19);
    EXPECT_EQ(rows.first(), QStringLiteral("row,label,stated,counted,difference"));
    EXPECT_EQ(rows.at(1), QStringLiteral("8,Văn phòng HĐND - UBND quận,30,30,0"));
    EXPECT_EQ(rows.last(), QStringLiteral("560,Tổng cộng,534,535,+1"));

    const CliResult table =
        cli({QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--stated")});
    ASSERT_EQ(table.exitCode, 0);
    const QStringList t = lines(table.out);
    EXPECT_TRUE(t.first().startsWith(QStringLiteral("Lần nhập cuối của chương trình năm 2023: du-thao.xlsx, lúc ")))
        << t.first().toStdString();
    EXPECT_TRUE(t.first().endsWith(QStringLiteral(", 535 nội dung")));
    EXPECT_TRUE(t.at(1).startsWith(QStringLiteral("Dòng"))) << t.at(1).toStdString();
    EXPECT_EQ(t.at(t.size() - 2).simplified(), QStringLiteral("560 Tổng cộng 534 535 +1"));
    EXPECT_EQ(t.last(), QStringLiteral("1 số liệu ghi trong tệp khác số đếm được."));

    const CliResult json = cli({QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023"),
                                QStringLiteral("--stated"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject imp = doc.value(QStringLiteral("import")).toObject();
    EXPECT_EQ(imp.value(QStringLiteral("file")).toString(), QStringLiteral("du-thao.xlsx"));
    EXPECT_EQ(imp.value(QStringLiteral("items")).toInt(), 535);
    const QJsonArray stated = imp.value(QStringLiteral("stated")).toArray();
    ASSERT_EQ(stated.size(), 18);
    EXPECT_EQ(stated.at(0).toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("VP"));
    EXPECT_EQ(stated.at(17).toObject().value(QStringLiteral("difference")).toInt(), 1);
    EXPECT_TRUE(stated.at(17).toObject().value(QStringLiteral("total")).toBool());

    // The counts themselves are still computed from the items.
    const CliResult counts = cli({QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023"),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_TRUE(counts.out.endsWith(QStringLiteral("Tổng cộng,535\n")));
}

TEST_F(CliTables, CountsStatedWithoutARecordedImportSaysSo)
{
    const QString path = file(QStringLiteral("plain.csv"));
    wp::test::writeFile(path, "STT;Nội dung công việc;Cơ quan chủ trì\n1;Việc một;Phòng Tư pháp\n");
    ASSERT_EQ(import(path).exitCode, 0);
    CliResult r =
        cli({QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--stated")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(lines(r.out).last(),
              QStringLiteral("Tệp không ghi số nội dung nào (không có tiêu đề mục ghi số lượng, không có dòng tổng "
                             "cộng)."));
    r = cli({QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--stated"),
             QStringLiteral("--by"), QStringLiteral("unit")});
    EXPECT_EQ(r.exitCode, 1);
}

TEST_F(CliTables, WarningsAreCappedPerKindAndCounted)
{
    wp::test::SheetSpec sheet;
    sheet.name = QStringLiteral("Sheet1");
    QStringList rows = {QStringLiteral("STT|Nội dung công việc|Cơ quan chủ trì")};
    for (int i = 1; i <= 3000; ++i)
        rows.append(QStringLiteral("%1|Việc %1|Phòng Tư pháp||ghi bên cạnh").arg(i));
    sheet.rows = wp::test::textRows(rows);
    const QString path = file(QStringLiteral("notes.xlsx"));
    ASSERT_TRUE(wp::test::writeWorkbook(path, {sheet}));
    const CliResult r = import(path);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList err = lines(r.err);
    ASSERT_EQ(err.size(), 21) << "20 warnings and one line for the rest, not 3 000 lines";
    EXPECT_EQ(err.first(), QStringLiteral("cảnh báo: ") + path +
                               QStringLiteral(":2:E: dòng có dữ liệu ngoài bảng (cột E không có tiêu đề)"));
    EXPECT_EQ(err.last(),
              QStringLiteral("cảnh báo: ... và 2980 cảnh báo khác cùng loại (dữ liệu ngoài bảng); tổng cộng "
                             "3000"));
}

TEST_F(CliTables, SuggestionsInsteadOfNewUnits)
{
    const QString path = file(QStringLiteral("units.csv"));
    wp::test::writeFile(path, "STT;Nội dung công việc;Cơ quan chủ trì;Cơ quan phối hợp\n"
                              "1;Việc một;P.TCKH;\n2;Việc hai;Phòng Tư pháp;VP HĐND và UBND quận\n");
    const CliResult r = import(path, {QStringLiteral("--create-units")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(
        lines(r.err),
        (QStringList{path + QStringLiteral(":2:Cơ quan chủ trì: không tạo đơn vị mới \"P.TCKH\": có phải \"Phòng "
                                           "Tài chính - Kế hoạch\" không? (nếu đúng, ghi tên như trong danh mục "
                                           "hoặc thêm tên này bằng lệnh \"units alias\"; nếu thật là đơn vị mới, "
                                           "thêm bằng lệnh \"units add\")"),
                     path + QStringLiteral(":3:Cơ quan phối hợp: không tạo đơn vị mới \"VP HĐND và UBND quận\": có "
                                           "phải \"Văn phòng HĐND - UBND quận\" không? (nếu đúng, ghi tên như "
                                           "trong danh mục hoặc thêm tên này bằng lệnh \"units alias\"; nếu thật "
                                           "là đơn vị mới, thêm bằng lệnh \"units add\")"),
                     QStringLiteral("Không nhập gì: 2 lỗi; cơ sở dữ liệu không thay đổi.")}));
    EXPECT_EQ(lines(cli({QStringLiteral("units"), QStringLiteral("list")}).out).size(), 19)
        << "a header, a rule, 17 units";
}

TEST_F(CliTables, HiddenRowsImportedOrSkippedByTheStatedRule)
{
    wp::test::SheetSpec sheet;
    sheet.name = QStringLiteral("Sheet1");
    sheet.rows = wp::test::textRows(
        {QStringLiteral("STT|Nội dung công việc|Cơ quan chủ trì"), QStringLiteral("1|Việc một|Phòng Tư pháp"),
         QStringLiteral("2|Việc hai|Phòng Tư pháp"), QStringLiteral("3|Việc ba|Phòng Tư pháp")});
    sheet.hiddenRows = {2};
    const QString path = file(QStringLiteral("hidden.xlsx"));
    ASSERT_TRUE(wp::test::writeWorkbook(path, {sheet}));
    CliResult r = import(path, {QStringLiteral("--dry-run")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(lines(r.err),
              QStringList{QStringLiteral("cảnh báo: ") + path +
                          QStringLiteral(":3: dòng bị ẩn trong tệp: vẫn được nhập như các dòng khác (nhập "
                                         "với --skip-hidden-rows để bỏ qua các dòng ẩn)")});
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Kiểm tra xong (không ghi): 3 nội dung")));
    r = import(path, {QStringLiteral("--skip-hidden-rows")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(lines(r.err),
              QStringList{QStringLiteral("cảnh báo: ") + path +
                          QStringLiteral(":3: dòng bị ẩn trong tệp: không nhập (các dòng ẩn được bỏ qua)")});
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Đã nhập 2 nội dung vào chương trình năm 2023\n")));
}

TEST_F(CliTables, TheSheetReadIsNamed)
{
    wp::test::SheetSpec cover{
        QStringLiteral("Bìa"), wp::test::textRows({QStringLiteral("UBND QUẬN NAM TỪ LIÊM")}), {}, {}, {}, false};
    wp::test::SheetSpec annex{QStringLiteral("Phụ lục"),
                              wp::test::textRows({QStringLiteral("STT|Nội dung công việc|Cơ quan chủ trì"),
                                                  QStringLiteral("1|Việc một|Phòng Tư pháp")}),
                              {},
                              {},
                              {},
                              false};
    const QString path = file(QStringLiteral("cover.xlsx"));
    ASSERT_TRUE(wp::test::writeWorkbook(path, {cover, annex}));
    const CliResult r = import(path);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(lines(r.out).value(1), QStringLiteral("Bảng đọc ở trang tính \"Phụ lục\""));
    EXPECT_EQ(lines(r.err),
              QStringList{QStringLiteral("cảnh báo: ") + path +
                          QStringLiteral(": trang tính \"Bìa\" không có dòng tiêu đề của bảng; đã đọc bảng "
                                         "ở trang tính \"Phụ lục\"")});
}
