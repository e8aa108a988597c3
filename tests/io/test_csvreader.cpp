// CsvReader through openTable(): encodings, delimiter detection, RFC 4180 quoting, line
// numbers with every kind of line end, and the errors of broken or hostile files.

#include "workprogram/io/table.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <string>

using namespace wp::io;

namespace {

std::string s(const QString& text)
{
    return text.toStdString();
}

struct ReadResult
{
    bool opened = false;
    bool failed = false;
    ReadError error;
    QVector<Row> rows;
};

ReadResult readTable(const QString& path, const ReadOptions& options = {})
{
    ReadResult r;
    std::unique_ptr<TableReader> reader = openTable(path, options, &r.error);
    r.opened = reader != nullptr;
    if (!reader)
        return r;
    Row row;
    while (reader->next(row))
        r.rows.append(row);
    r.failed = reader->failed();
    if (r.failed)
        r.error = reader->error();
    return r;
}

/// The texts of a row's cells.
std::vector<std::string> texts(const Row& row)
{
    std::vector<std::string> out;
    for (const Cell& c : row.cells)
        out.push_back(s(c.text));
    return out;
}

using Texts = std::vector<std::string>;

class CsvReaderTest : public ::testing::Test
{
protected:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString file = m_dir.filePath(name);
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return file;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CsvReaderTest, Utf8WithAndWithoutBom)
{
    const QByteArray body = "STT,Nội dung,Đơn vị\n1,Lập kế hoạch,Sở Nội vụ\n";
    for (const QByteArray& bytes : {QByteArray("\xEF\xBB\xBF") + body, body}) {
        const ReadResult r = readTable(write(QStringLiteral("bom.csv"), bytes));
        ASSERT_FALSE(r.failed) << s(r.error.message);
        ASSERT_EQ(r.rows.size(), 2);
        EXPECT_EQ(r.rows.at(0).number, 1);
        EXPECT_EQ(texts(r.rows.at(0)), (Texts{"STT", "Nội dung", "Đơn vị"}));
        EXPECT_EQ(r.rows.at(1).number, 2);
        EXPECT_EQ(texts(r.rows.at(1)), (Texts{"1", "Lập kế hoạch", "Sở Nội vụ"}));
        // No type guessing: a number stays text.
        EXPECT_EQ(r.rows.at(1).cells[0].type, Cell::Type::Text);
    }
}

TEST_F(CsvReaderTest, DetectsSemicolonDespiteCommasInText)
{
    const QByteArray bytes = "ỦY BAN NHÂN DÂN TỈNH, THÀNH PHỐ;;;\n"
                             "STT;Nội dung;Số lượng;Ghi chú\n"
                             "1;Việc A, việc B;1,5;\n"
                             ";;;\n"
                             "2;Việc C;2,25;x\n";
    const ReadResult r = readTable(write(QStringLiteral("semi.csv"), bytes));
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 4);
    EXPECT_EQ(texts(r.rows.at(0)), (Texts{"ỦY BAN NHÂN DÂN TỈNH, THÀNH PHỐ"})); // trailing empties dropped
    EXPECT_EQ(texts(r.rows.at(2)), (Texts{"1", "Việc A, việc B", "1,5"}));
    EXPECT_EQ(r.rows.at(3).number, 5); // line 4 has only delimiters: skipped
    EXPECT_EQ(texts(r.rows.at(3)), (Texts{"2", "Việc C", "2,25", "x"}));
}

TEST_F(CsvReaderTest, DetectsTab)
{
    const QByteArray bytes = "STT\tNội dung, chi tiết\tĐơn vị\n1\tA, B; C\tSở Y tế\n2\t\tSở Tài chính\n";
    const ReadResult r = readTable(write(QStringLiteral("tab.txt"), bytes));
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 3);
    EXPECT_EQ(texts(r.rows.at(1)), (Texts{"1", "A, B; C", "Sở Y tế"}));
    EXPECT_EQ(r.rows.at(2).cells[1].type, Cell::Type::Empty);
    EXPECT_EQ(texts(r.rows.at(2)), (Texts{"2", "", "Sở Tài chính"}));
}

TEST_F(CsvReaderTest, QuotedMultilineFieldsKeepLineNumbers)
{
    const QByteArray bytes = "STT,Nội dung,Ghi chú\n"
                             "1,\"Dòng một\n"
                             "dòng hai, có dấu phẩy\n"
                             "và \"\"ngoặc kép\"\"\",x\n"
                             "2,Việc khác,y\n"
                             "\n"
                             "3,\"\",\"ab\"c\n";
    const ReadResult r = readTable(write(QStringLiteral("quoted.csv"), bytes));
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 4);
    EXPECT_EQ(r.rows.at(1).number, 2);
    EXPECT_EQ(texts(r.rows.at(1)), (Texts{"1", "Dòng một\ndòng hai, có dấu phẩy\nvà \"ngoặc kép\"", "x"}));
    EXPECT_EQ(r.rows.at(2).number, 5);
    EXPECT_EQ(r.rows.at(3).number, 7);
    EXPECT_EQ(r.rows.at(3).cells[1].type, Cell::Type::Empty);
    EXPECT_EQ(texts(r.rows.at(3)), (Texts{"3", "", "abc"})); // text after a closing quote is kept
}

TEST_F(CsvReaderTest, MixedLineEndings)
{
    const QByteArray bytes = "a,1\r\nb,2\nc,3\rd,4\r\n\r\ne,\"x\r\ny\"\rf,\"p\rq\"\n\ng,7";
    const ReadResult r = readTable(write(QStringLiteral("mixed.csv"), bytes));
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 7);
    const int expected[] = {1, 2, 3, 4, 6, 8, 11};
    for (int i = 0; i < 7; ++i)
        EXPECT_EQ(r.rows.at(i).number, expected[i]) << "row " << i;
    EXPECT_EQ(texts(r.rows.at(4)), (Texts{"e", "x\ny"}));
    EXPECT_EQ(texts(r.rows.at(5)), (Texts{"f", "p\nq"}));
    EXPECT_EQ(texts(r.rows.at(6)), (Texts{"g", "7"}));
}

TEST_F(CsvReaderTest, UnbalancedQuote)
{
    const QByteArray bytes = "a,b\nc,d\n\"e\",\"mở\nnữa\n";
    const ReadResult r = readTable(write(QStringLiteral("open.csv"), bytes));
    ASSERT_TRUE(r.opened);
    EXPECT_TRUE(r.failed);
    EXPECT_EQ(r.rows.size(), 2);
    EXPECT_EQ(r.error.row, 3);
    EXPECT_EQ(r.error.column, 1);
    EXPECT_EQ(s(r.error.message), "dấu ngoặc kép mở ở dòng 3 không được đóng");
}

TEST_F(CsvReaderTest, NulByteIsBinary)
{
    const QByteArray bytes("a,b\nc,d\ne\0f,g\n", 15);
    const ReadResult r = readTable(write(QStringLiteral("nul.csv"), bytes));
    EXPECT_TRUE(r.failed);
    EXPECT_EQ(r.rows.size(), 2);
    EXPECT_EQ(r.error.row, 3);
    EXPECT_EQ(s(r.error.message), "tệp có byte NUL ở dòng 3: có vẻ là tệp nhị phân, không phải văn bản CSV");
}

TEST_F(CsvReaderTest, Windows1258)
{
    // "Hà Nội" and "Nguyễn" in Windows-1258, with combining tone marks (F2 dot below, DE tilde).
    const QByteArray bytes = "STT;Tên\n1;H\xE0 N\xF4\xF2i\n2;Nguy\xEA\xDEn\n";
    const QString file = write(QStringLiteral("cp1258.csv"), bytes);

    ReadResult r = readTable(file);
    EXPECT_TRUE(r.failed);
    EXPECT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.error.row, 2);
    EXPECT_EQ(s(r.error.message), "tệp không phải UTF-8 (dòng 2); hãy lưu lại dưới dạng CSV UTF-8 hoặc dùng "
                                  "--encoding WINDOWS-1258");

    ReadOptions options;
    options.encoding = QStringLiteral("WINDOWS-1258");
    r = readTable(file, options);
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 3);
    const QString hanoi = r.rows.at(1).cells[1].text;
    EXPECT_EQ(s(hanoi), s(QStringLiteral("Hà Nội").normalized(QString::NormalizationForm_C)));
    EXPECT_EQ(hanoi.size(), 6); // precomposed
    EXPECT_EQ(s(r.rows.at(2).cells[1].text), "Nguyễn");

    options.encoding = QStringLiteral("KLINGON-1");
    r = readTable(file, options);
    EXPECT_FALSE(r.opened);
    EXPECT_NE(s(r.error.message).find("không hỗ trợ bảng mã \"KLINGON-1\""), std::string::npos) << s(r.error.message);
}

TEST_F(CsvReaderTest, CombiningMarksInUtf8AreComposed)
{
    const QByteArray bytes = "Ha\xCC\x80 No\xCC\x82\xCC\xA3i,x\n"; // a + grave, o + circumflex + dot below
    const ReadResult r = readTable(write(QStringLiteral("nfd.csv"), bytes));
    ASSERT_EQ(r.rows.size(), 1) << s(r.error.message);
    EXPECT_EQ(s(r.rows.at(0).cells[0].text), "Hà Nội");
}

TEST_F(CsvReaderTest, Utf16LeWithBomAsExcelUnicodeText)
{
    const QString text = QStringLiteral("STT\tNội dung\tĐơn vị\r\n1\tRà soát, bổ sung\tSở Tư pháp\r\n");
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    const ReadResult r = readTable(write(QStringLiteral("unicode.txt"), bytes));
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 2);
    EXPECT_EQ(texts(r.rows.at(0)), (Texts{"STT", "Nội dung", "Đơn vị"}));
    EXPECT_EQ(texts(r.rows.at(1)), (Texts{"1", "Rà soát, bổ sung", "Sở Tư pháp"}));
    EXPECT_EQ(r.rows.at(1).number, 2);
}

TEST_F(CsvReaderTest, MillionEmptyLinesAreFast)
{
    QByteArray bytes = "a,b\n";
    bytes += QByteArray("\n").repeated(500000);
    bytes += QByteArray(",,\r\n").repeated(500000);
    bytes += "c,d\n";
    const QString file = write(QStringLiteral("empty-lines.csv"), bytes);
    QElapsedTimer timer;
    timer.start();
    const ReadResult r = readTable(file);
    const qint64 ms = timer.elapsed();
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), 2);
    EXPECT_EQ(r.rows.at(1).number, 1000002);
    EXPECT_EQ(texts(r.rows.at(1)), (Texts{"c", "d"}));
    EXPECT_LT(ms, 5000) << "a million empty lines took " << ms << " ms";
}

TEST_F(CsvReaderTest, OverlongCell)
{
    ReadResult r = readTable(write(QStringLiteral("long.csv"), "a,b\nx," + QByteArray(40000, 'y') + "\n"));
    EXPECT_TRUE(r.failed);
    EXPECT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.error.row, 2);
    EXPECT_EQ(r.error.column, 1);
    EXPECT_EQ(s(r.error.message), "ô dài hơn 32 767 ký tự (B2)");

    // An opening quote never closed swallows the rest of the file: the limit names it.
    r = readTable(write(QStringLiteral("long2.csv"), "a,b\n\"x\n" + QByteArray(40000, 'y') + "\n"));
    EXPECT_TRUE(r.failed);
    EXPECT_EQ(r.error.row, 2);
    EXPECT_EQ(r.error.column, 0);
    EXPECT_EQ(s(r.error.message),
              "ô dài hơn 32 767 ký tự (A2); có thể thiếu dấu ngoặc kép đóng của ô bắt đầu ở dòng 2");
}

TEST_F(CsvReaderTest, TooManyColumns)
{
    ReadOptions options;
    options.limits.maxColumns = 5;
    const ReadResult r = readTable(write(QStringLiteral("wide.csv"), "a,b,c,d,e\n1,2,3,4,5,6\n"), options);
    EXPECT_TRUE(r.failed);
    EXPECT_EQ(r.rows.size(), 1);
    EXPECT_EQ(r.error.row, 2);
    EXPECT_EQ(s(r.error.message), "dòng có hơn 5 cột");
}

TEST_F(CsvReaderTest, InvalidUtf8AfterAChunkBoundaryNamesTheLine)
{
    // 12-byte lines of 3-byte characters: characters straddle the 64 KiB chunk boundaries.
    QByteArray bytes;
    for (int line = 1; line < 8000; ++line)
        bytes += "ệệệ,x\n";
    bytes += "bad\xFF,x\nafter,x\n";
    const ReadResult r = readTable(write(QStringLiteral("late.csv"), bytes));
    EXPECT_TRUE(r.failed);
    EXPECT_EQ(r.rows.size(), 7999);
    EXPECT_EQ(s(r.rows.at(5462).cells[0].text), "ệệệ");
    EXPECT_EQ(r.error.row, 8000);
    EXPECT_NE(s(r.error.message).find("tệp không phải UTF-8 (dòng 8000)"), std::string::npos) << s(r.error.message);

    // A truncated character at the very end is invalid too.
    const ReadResult cut = readTable(write(QStringLiteral("cut.csv"), "a,b\nc,\xE1\xBB"));
    EXPECT_TRUE(cut.failed);
    EXPECT_EQ(cut.error.row, 2);
}

TEST_F(CsvReaderTest, OpenTableDecidesByContent)
{
    // Text with an unknown suffix is read as CSV; binary is refused; empty is named.
    ReadResult r = readTable(write(QStringLiteral("table.dat"), "x;y\n1;2\n"));
    ASSERT_EQ(r.rows.size(), 2) << s(r.error.message);
    EXPECT_EQ(texts(r.rows.at(1)), (Texts{"1", "2"}));

    QByteArray binary;
    for (int i = 0; i < 1000; ++i)
        binary.append(char(i % 7 == 0 ? 0 : i % 256));
    r = readTable(write(QStringLiteral("blob.bin"), binary));
    EXPECT_FALSE(r.opened);
    EXPECT_EQ(s(r.error.message), "định dạng tệp không được hỗ trợ: cần bảng Excel (.xlsx, .xls), OpenDocument (.ods), "
                                  "Word (.docx) hoặc CSV");

    r = readTable(write(QStringLiteral("empty.csv"), QByteArray()));
    EXPECT_FALSE(r.opened);
    EXPECT_EQ(s(r.error.message), "tệp rỗng");

    r = readTable(m_dir.path());
    EXPECT_FALSE(r.opened);
    EXPECT_NE(s(r.error.message).find("không mở được tệp"), std::string::npos);

    // A single column has no delimiter at all.
    r = readTable(write(QStringLiteral("one.csv"), "Nội dung\nViệc một\n\nViệc hai"));
    ASSERT_EQ(r.rows.size(), 3);
    EXPECT_EQ(r.rows.at(2).number, 4);
    EXPECT_EQ(texts(r.rows.at(2)), (Texts{"Việc hai"}));
}

TEST(ColumnLetter, Letters)
{
    EXPECT_EQ(s(columnLetter(0)), "A");
    EXPECT_EQ(s(columnLetter(25)), "Z");
    EXPECT_EQ(s(columnLetter(26)), "AA");
    EXPECT_EQ(s(columnLetter(701)), "ZZ");
    EXPECT_EQ(s(columnLetter(702)), "AAA");
    EXPECT_EQ(s(columnLetter(16383)), "XFD");
    EXPECT_EQ(s(columnLetter(-1)), "");
}

// The readers skip Qt's normalization for text that is surely NFC already (readhelpers.cpp):
// every BMP character, alone, after a letter and before a combining mark, must still come out
// exactly as QString::normalized(NFC) makes it.
TEST(CsvNormalization, EveryBmpCharacterComesOutInFormC)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bmp.csv"));
    QVector<QString> written;
    QByteArray bytes("a\n");
    for (char32_t cp = 0x80; cp < 0x10000; ++cp) {
        if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFEFF) // surrogates; a byte-order mark the reader drops
            continue;
        const QString c{QChar(char16_t(cp))};
        for (const QString& cell :
             {QStringLiteral("a") + c, c + QChar(0x0301), QStringLiteral("x") + c + QChar(0x0323)}) {
            written.append(cell);
            bytes += '"' + cell.toUtf8() + "\"\n";
        }
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const ReadResult r = readTable(path);
    ASSERT_TRUE(r.opened);
    ASSERT_FALSE(r.failed) << s(r.error.message);
    ASSERT_EQ(r.rows.size(), written.size() + 1);
    for (qsizetype i = 0; i < written.size(); ++i)
        ASSERT_EQ(r.rows.at(i + 1).cells.value(0).text, written.at(i).normalized(QString::NormalizationForm_C))
            << "row " << i + 2 << ": U+" << QString::number(written.at(i).at(1).unicode(), 16).toStdString();
}
