// import of Word, old Excel, OpenDocument and legacy-font files through the real CLI: exact
// output, exit codes, and nothing written on a refusal.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <ostream>

static void PrintTo(const QString& s, std::ostream* os)
{
    *os << s.toStdString();
}

using wp::test::CliResult;
using wp::test::runCli;

namespace {

QString office(const QString& name)
{
    return QStringLiteral(WP_TEST_DATA_DIR "/office/") + name;
}

struct OfficeCli : ::testing::Test
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("wp.sqlite"));
    void SetUp() override
    {
        ASSERT_EQ(runCli({QStringLiteral("demo"), QStringLiteral("--units-only"), QStringLiteral("--db"), db}).exitCode,
                  0);
    }
    CliResult import(const QString& file, const QStringList& extra = {})
    {
        return runCli(QStringList{QStringLiteral("import"), file, QStringLiteral("--year"), QStringLiteral("2023"),
                                  QStringLiteral("--db"), db} +
                      extra);
    }
    int itemCount()
    {
        const CliResult r = runCli({QStringLiteral("items"), QStringLiteral("--year"), QStringLiteral("2023"),
                                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), db});
        return r.exitCode == 0 ? int(QJsonDocument::fromJson(r.out.toUtf8()).array().size()) : 0;
    }
};

const QString AppendixSummary = QStringLiteral("Đã nhập 6 nội dung vào chương trình năm 2023\n"
                                               "  Văn phòng HĐND - UBND quận: 2\n"
                                               "  Phòng Tài chính - Kế hoạch: 3\n"
                                               "  Phòng Nội vụ: 1\n");

} // namespace

TEST_F(OfficeCli, ImportsAWordAppendix)
{
    const CliResult r = import(office(QStringLiteral("lo-appendix.docx")));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, AppendixSummary);
    EXPECT_EQ(r.err, QString());
    EXPECT_EQ(itemCount(), 6);
}

TEST_F(OfficeCli, ImportsXlsAndOdsSavedByLibreOffice)
{
    for (const char* file : {"lo-appendix.xls", "lo-appendix.ods"}) {
        QTemporaryDir other;
        const QString otherDb = other.filePath(QStringLiteral("wp.sqlite"));
        ASSERT_EQ(
            runCli({QStringLiteral("demo"), QStringLiteral("--units-only"), QStringLiteral("--db"), otherDb}).exitCode,
            0);
        const CliResult r = runCli({QStringLiteral("import"), office(QString::fromLatin1(file)),
                                    QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--db"), otherDb});
        EXPECT_EQ(r.exitCode, 0) << file << r.err.toStdString();
        EXPECT_EQ(r.out, AppendixSummary) << file;
    }
}

TEST_F(OfficeCli, AWordErrorNamesTableRowAndColumnAndWritesNothing)
{
    const QString file = office(QStringLiteral("pd-merged-lead.docx"));
    const CliResult r = import(file);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.out, QString());
    EXPECT_EQ(r.err, file + QStringLiteral(":bảng 1, dòng 3:Cơ quan chủ trì: thiếu cơ quan chủ trì\n"
                                           "Không nhập gì: 1 lỗi; cơ sở dữ liệu không thay đổi.\n"));
    EXPECT_EQ(itemCount(), 0);
}

TEST_F(OfficeCli, TableChoosesTheWordTable)
{
    const QString file = office(QStringLiteral("hx-two-programs.docx"));
    CliResult r = import(file, {QStringLiteral("--dry-run")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.err, QStringLiteral("cảnh báo: ") + file +
                         QStringLiteral(": tài liệu có 2 bảng; đã đọc bảng 1; không đọc bảng 2 (cũng có các cột của "
                                        "chương trình) (chọn bảng khác bằng --table N)\n"));
    r = import(file, {QStringLiteral("--table"), QStringLiteral("2"), QStringLiteral("--dry-run")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("Kiểm tra xong (không ghi): 1 nội dung hợp lệ cho chương trình năm 2023\n"
                                    "  Phòng Kinh tế: 1\n"));

    r = import(file, {QStringLiteral("--table"), QStringLiteral("3")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(
        r.err.startsWith(file + QStringLiteral(": tài liệu không có bảng 3; tài liệu có 2 bảng: bảng 1 (3 dòng")))
        << r.err.toStdString();
    for (const char* bad : {"0", "hai", "-1"}) {
        r = import(file, {QStringLiteral("--table"), QString::fromLatin1(bad)});
        EXPECT_EQ(r.exitCode, 1) << bad;
        EXPECT_EQ(r.err, QStringLiteral("lỗi: --table cần số thứ tự của một bảng (1, 2, …), không phải \"%1\"\n"
                                        "Xem: workprogram-cli import --help\n")
                             .arg(QString::fromLatin1(bad)));
    }
    EXPECT_EQ(itemCount(), 0);
}

TEST_F(OfficeCli, LegacyEncodingAutoNoneAndWrong)
{
    const QString file = office(QStringLiteral("c-vni.csv"));
    CliResult r = import(file, {QStringLiteral("--dry-run")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList warnings = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(warnings.size(), 5);
    EXPECT_EQ(warnings.at(1), QStringLiteral("cảnh báo: ") + file +
                                  QStringLiteral(":Cơ quan chủ trì: đã chuyển 4 ô từ mã VNI (phông VNI-Times) sang "
                                                 "Unicode, ví dụ \"Cô quan chuû trì\" thành \"Cơ quan chủ trì\""));

    r = import(file, {QStringLiteral("--legacy-encoding"), QStringLiteral("none")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, file + QStringLiteral(":1: tệp không phải UTF-8 (dòng 1); hãy lưu lại dưới dạng CSV UTF-8 hoặc "
                                           "dùng --encoding WINDOWS-1258\n"
                                           "Không nhập gì: 1 lỗi; cơ sở dữ liệu không thay đổi.\n"));

    r = import(file, {QStringLiteral("--legacy-encoding"), QStringLiteral("vni")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(itemCount(), 3);

    r = import(file, {QStringLiteral("--legacy-encoding"), QStringLiteral("abc")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, QStringLiteral("lỗi: không hiểu --legacy-encoding \"abc\" (dùng auto, tcvn3, vni hoặc none)\n"
                                    "Xem: workprogram-cli import --help\n"));
}

TEST_F(OfficeCli, MojibakeIsRefused)
{
    const QString file = office(QStringLiteral("c-mojibake.csv"));
    const CliResult r = import(file);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(file + QStringLiteral(":1:B: chữ bị lỗi bảng mã: \"Ná»™i dung cÃ´ng viá»‡c\" là chữ "
                                                       "UTF-8 bị đọc thành Windows-1252 (đúng ra là \"Nội dung công "
                                                       "việc\"); tệp đã bị lưu lại sau khi mở sai bảng mã;")))
        << r.err.toStdString();
    EXPECT_EQ(itemCount(), 0);
}
