// Importing the office-file corpus (tests/data/office): Word, old Excel, OpenDocument and legacy
// Vietnamese text give the same items as the tidy files, errors are named as the file's program
// shows the place, and a refused file writes nothing.
#include "officetables.h"
#include "testsupport.h"

#include "workprogram/io/importer.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"

#include <gtest/gtest.h>

using namespace wp;
using test::described;
using test::officeFile;

namespace {

struct OfficeImport : ::testing::Test
{
    test::TempDb temp;
    void SetUp() override { io::SampleData::addUnits(temp.db()); }

    io::ImportOptions options(io::LegacyEncoding legacy = io::LegacyEncoding::Auto) const
    {
        io::ImportOptions o;
        o.year = 2023;
        o.read.legacyEncoding = legacy;
        return o;
    }
    io::ImportPlan plan(const QString& path, const io::ImportOptions& o)
    {
        return io::Importer(temp.db()).plan(path, o);
    }
    io::ImportPlan plan(const QString& path) { return plan(path, options()); }
    QVector<Item> written()
    {
        const std::optional<Program> p = storage::ProgramRepository(temp.db()).byYear(2023);
        return p ? storage::ItemRepository(temp.db()).list(p->id) : QVector<Item>();
    }
    static QStringList issues(const QVector<io::ImportIssue>& list)
    {
        QStringList out;
        for (const io::ImportIssue& i : list)
            out.append(i.format(QStringLiteral("F")));
        return out;
    }
};

QString badFile(const QString& name)
{
    return QStringLiteral(WP_TEST_DATA_DIR "/bad/") + name;
}

} // namespace

TEST_F(OfficeImport, TheWordAppendixGivesItsItemsUnderTheSectionsUnits)
{
    for (const char* file : {"lo-appendix.docx", "pd-appendix.docx"}) {
        const io::ImportPlan p = plan(officeFile(QString::fromLatin1(file)));
        ASSERT_TRUE(p.result.ok) << issues(p.result.errors).join(QLatin1Char('\n')).toStdString();
        ASSERT_EQ(p.items.size(), 6) << file;
        const QVector<QPair<QString, int>> perUnit{{QStringLiteral("Văn phòng HĐND - UBND quận"), 2},
                                                   {QStringLiteral("Phòng Tài chính - Kế hoạch"), 3},
                                                   {QStringLiteral("Phòng Nội vụ"), 1}};
        EXPECT_EQ(p.result.perUnit, perUnit) << file;
        // Word's list numbers are the items' numbers.
        EXPECT_FALSE(p.result.renumbered) << file;
        for (int i = 0; i < p.items.size(); ++i)
            EXPECT_EQ(p.items.at(i).item.number, i + 1) << file;
        // Paragraphs of the co-operation cell are one unit each.
        EXPECT_EQ(p.items.at(2).item.coUnitIds.size(), 2) << file;
    }
    const io::ImportPlan lo = plan(officeFile(QStringLiteral("lo-appendix.docx")));
    EXPECT_EQ(lo.items.at(2).item.content, QStringLiteral("Báo cáo kinh tế - xã hội\n6 tháng đầu năm"));
    EXPECT_TRUE(lo.result.warnings.isEmpty()) << issues(lo.result.warnings).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(issues(plan(officeFile(QStringLiteral("pd-appendix.docx"))).result.warnings),
              QStringList{"F: tài liệu có 2 bảng; đã đọc bảng 2; không đọc bảng 1 (chọn bảng khác bằng --table N)"});
}

TEST_F(OfficeImport, ErrorsInAWordTableNameTheTableRowAndColumnAndNothingIsWritten)
{
    const io::ImportResult r =
        io::Importer(temp.db()).run(officeFile(QStringLiteral("pd-merged-lead.docx")), options());
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.written);
    // A lead unit merged down over two items: the second row has none, as in Excel.
    EXPECT_EQ(issues(r.errors), QStringList{"F:bảng 1, dòng 3:Cơ quan chủ trì: thiếu cơ quan chủ trì"});
    EXPECT_TRUE(written().isEmpty());
}

TEST_F(OfficeImport, TheExportedProgramSavedAsXlsAndOdsByLibreOfficeImportsWhole)
{
    for (const char* file : {"lo-article.xls", "lo-article.ods"}) {
        const io::ImportPlan p = plan(officeFile(QString::fromLatin1(file)));
        // Read whole; the workflow refuses to bring its finished items in by import (issue 12).
        ASSERT_EQ(p.result.errorCount(), 0) << file << issues(p.result.errors).join(QLatin1Char('\n')).toStdString();
        EXPECT_TRUE(p.result.refusal.contains(QStringLiteral("không nhập được"))) << file;
        ASSERT_EQ(p.items.size(), 535) << file;
        int i = 0;
        for (const io::SampleData::SampleUnit& u : io::SampleData::units()) {
            ASSERT_LT(i, p.result.perUnit.size());
            EXPECT_EQ(p.result.perUnit.at(i).first, QString::fromUtf8(u.name)) << file;
            EXPECT_EQ(p.result.perUnit.at(i).second, u.items) << file;
            ++i;
        }
        EXPECT_TRUE(p.result.warnings.isEmpty()) << file;
    }
    EXPECT_EQ(described(plan(officeFile(QStringLiteral("lo-article.xls")))),
              described(plan(officeFile(QStringLiteral("lo-article.ods")))));
}

TEST_F(OfficeImport, TcvnAndVniTablesGiveTheSameItemsAsUnicodeOnesWithAWarningPerColumn)
{
    const QStringList csv = described(plan(badFile(QStringLiteral("c-good.csv"))));
    ASSERT_EQ(csv.size(), 3);
    for (const char* file : {"c-tcvn3.csv", "c-vni.csv", "c-tcvn3-utf8.csv", "c-tcvn3-mixed.csv"})
        EXPECT_EQ(described(plan(officeFile(QString::fromLatin1(file)))), csv) << file;
    const QStringList appendix = described(plan(officeFile(QStringLiteral("lo-appendix.xls"))));
    ASSERT_EQ(appendix.size(), 6);
    for (const char* file : {"lo-tcvn3.xls", "lo-tcvn3.xlsx", "lo-vni.xls", "lo-vni.ods"})
        EXPECT_EQ(described(plan(officeFile(QString::fromLatin1(file)))), appendix) << file;
    EXPECT_EQ(described(plan(officeFile(QStringLiteral("lo-appendix-tcvn3.docx")))),
              described(plan(officeFile(QStringLiteral("lo-appendix.docx")))));

    // A CSV of TCVN3 bytes (not UTF-8) is read byte for byte and converted, column by column.
    const io::ImportResult r = io::Importer(temp.db()).run(officeFile(QStringLiteral("c-tcvn3.csv")), options());
    ASSERT_TRUE(r.ok) << issues(r.errors).join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(r.written);
    EXPECT_EQ(issues(r.warnings),
              (QStringList{"F:Nội dung công việc: đã chuyển 4 ô từ mã TCVN3 (ABC, phông .VnTime) sang Unicode, ví dụ "
                           "\"Néi dung c«ng viÖc\" thành \"Nội dung công việc\"",
                           "F:Cơ quan chủ trì: đã chuyển 4 ô từ mã TCVN3 (ABC, phông .VnTime) sang Unicode, ví dụ "
                           "\"C¬ quan chñ tr×\" thành \"Cơ quan chủ trì\"",
                           "F:Cơ quan phối hợp: đã chuyển 3 ô từ mã TCVN3 (ABC, phông .VnTime) sang Unicode, ví dụ "
                           "\"C¬ quan phèi hîp\" thành \"Cơ quan phối hợp\"",
                           "F:Thời hạn: đã chuyển 2 ô từ mã TCVN3 (ABC, phông .VnTime) sang Unicode, ví dụ \"Thêi "
                           "h¹n\" thành \"Thời hạn\"",
                           "F:Lãnh đạo phụ trách: đã chuyển 3 ô từ mã TCVN3 (ABC, phông .VnTime) sang Unicode, ví "
                           "dụ \"L·nh ®¹o phô tr¸ch\" thành \"Lãnh đạo phụ trách\""}));
    ASSERT_EQ(written().size(), 3);
    EXPECT_EQ(written().first().content, QStringLiteral("Kế hoạch cải cách hành chính"));
}

TEST_F(OfficeImport, AUnicodeRowAddedToATcvnTableStaysAsTyped)
{
    const io::ImportPlan p = plan(officeFile(QStringLiteral("c-tcvn3-mixed.csv")));
    ASSERT_TRUE(p.result.ok);
    EXPECT_EQ(p.items.at(2).item.content, QStringLiteral("Đề án phố đi bộ và chợ đêm"));
    EXPECT_EQ(issues(p.result.warnings).first(),
              QStringLiteral("F:Nội dung công việc: đã chuyển 2 ô từ mã TCVN3 (ABC, phông .VnTime) sang Unicode, ví dụ "
                             "\"KÕ ho¹ch c¶i c¸ch hµnh chÝnh\" thành \"Kế hoạch cải cách hành chính\""));
}

TEST_F(OfficeImport, LegacyEncodingNoneAndForced)
{
    // None: the bytes are not UTF-8, and the CSV reader says so as before.
    io::ImportPlan p = plan(officeFile(QStringLiteral("c-tcvn3.csv")), options(io::LegacyEncoding::None));
    EXPECT_EQ(issues(p.result.errors),
              QStringList{"F:1: tệp không phải UTF-8 (dòng 1); hãy lưu lại dưới dạng CSV UTF-8 hoặc dùng --encoding "
                          "WINDOWS-1258"});
    // None on a spreadsheet: the text stays as the fonts' codes, and the header is not found.
    p = plan(officeFile(QStringLiteral("lo-tcvn3.xls")), options(io::LegacyEncoding::None));
    EXPECT_EQ(issues(p.result.errors),
              QStringList{"F: không tìm thấy dòng tiêu đề của bảng (cần ít nhất các cột \"Nội dung công việc\" và "
                          "\"Cơ quan chủ trì\")"});
    // Forced: the same as detected, for a file that is one encoding throughout.
    p = plan(officeFile(QStringLiteral("lo-vni.ods")), options(io::LegacyEncoding::Vni));
    EXPECT_EQ(described(p), described(plan(officeFile(QStringLiteral("lo-vni.ods")))));
    EXPECT_EQ(p.items.size(), 6);
}

TEST_F(OfficeImport, MojibakeIsRefusedWithHowToFixIt)
{
    io::ImportResult r = io::Importer(temp.db()).run(officeFile(QStringLiteral("c-mojibake.csv")), options());
    EXPECT_FALSE(r.written);
    EXPECT_EQ(issues(r.errors),
              QStringList{"F:1:B: chữ bị lỗi bảng mã: \"Ná»™i dung cÃ´ng viá»‡c\" là chữ UTF-8 bị đọc thành "
                          "Windows-1252 (đúng ra là \"Nội dung công việc\"); tệp đã bị lưu lại sau khi mở sai bảng mã; "
                          "hãy dùng tệp gốc, hoặc mở tệp CSV gốc trong Excel bằng Dữ liệu > Từ Văn bản/CSV, chọn "
                          "\"65001: Unicode (UTF-8)\" rồi lưu lại (--legacy-encoding none để nhập nguyên văn)"});
    // A UTF-8 file read with --encoding ISO-8859-1 makes the same mojibake: drop the option. (With
    // WINDOWS-1252 iconv stops earlier, at a byte that code page leaves undefined.)
    io::ImportOptions o = options();
    o.read.encoding = QStringLiteral("ISO-8859-1");
    r = io::Importer(temp.db()).run(badFile(QStringLiteral("c-good.csv")), o);
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(issues(r.errors),
              QStringList{"F:1:B: chữ bị lỗi bảng mã: \"Ná»™i dung cÃ´ng viá»‡c\" là chữ UTF-8 bị đọc thành "
                          "Windows-1252 (đúng ra là \"Nội dung công việc\"); tệp là UTF-8: hãy nhập lại không có "
                          "--encoding"});
    EXPECT_TRUE(written().isEmpty());
}

// The importer finds the table on the second sheet of an .ods or .xls, takes the visible one of
// two columns with the same header, and warns of the hidden row, as for an .xlsx.
TEST_F(OfficeImport, ACoverSheetAHiddenColumnAndAHiddenRowInOdsAndXls)
{
    for (const char* file : {"lo-cover-hidden.ods", "lo-cover-hidden.xls"}) {
        const io::ImportPlan p = plan(officeFile(QString::fromLatin1(file)));
        ASSERT_TRUE(p.result.ok) << file << issues(p.result.errors).join(QLatin1Char('\n')).toStdString();
        EXPECT_EQ(p.result.tableLabel(), QStringLiteral("trang tính \"Chương trình\"")) << file;
        QStringList contents;
        for (const io::PlannedItem& it : p.items)
            contents.append(it.item.content);
        EXPECT_EQ(contents,
                  (QStringList{QStringLiteral("Kế hoạch cải cách hành chính"), QStringLiteral("Việc đã bỏ, dòng ẩn"),
                               QStringLiteral("Báo cáo kinh tế - xã hội 6 tháng")}))
            << file;
        const QString warnings = issues(p.result.warnings).join(QLatin1Char('\n'));
        EXPECT_TRUE(warnings.contains(QStringLiteral("đã đọc bảng ở trang tính \"Chương trình\"")))
            << file << "\n"
            << warnings.toStdString();
        EXPECT_TRUE(warnings.contains(QStringLiteral("ẩn"))) << file << "\n" << warnings.toStdString();
    }
}
