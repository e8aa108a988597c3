// `items --search` and `edit`'s --search (issue 16): words in any order, quotes for a phrase,
// punctuation and accents ignored; a search without a word is no condition for `items` (with a
// warning) and refused by `edit`.
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using wp::test::CliResult;
using wp::test::runCli;

namespace {

struct CliSearch : ::testing::Test
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("wp.sqlite"));
    CliResult cli(QStringList args, const QStringList& env = {})
    {
        args << QStringLiteral("--db") << db;
        return runCli(args, env);
    }
    void SetUp() override { ASSERT_EQ(cli({QStringLiteral("demo")}).exitCode, 0); }
    /// The contents `items --search @p text` lists, in order.
    QStringList found(const QString& text, CliResult* result = nullptr)
    {
        const CliResult r = cli({QStringLiteral("items"), QStringLiteral("--year"), QStringLiteral("2023"),
                                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--search"), text});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        if (result)
            *result = r;
        QStringList contents;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            contents.append(v.toObject().value(QStringLiteral("content")).toString());
        return contents;
    }
    QByteArray fileHash()
    {
        QFile f(db);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
};

} // namespace

TEST_F(CliSearch, WordsInAnyOrderAccentsAndPunctuationIgnored)
{
    const QStringList vietHan = {QStringLiteral("Đề án xây dựng Con đường văn hóa hữu nghị Việt – Hàn")};
    EXPECT_EQ(found(QStringLiteral("viet han")), vietHan);
    EXPECT_EQ(found(QStringLiteral("HÀN, việt")), vietHan);
    EXPECT_EQ(found(QStringLiteral("\"viet han\"")), vietHan);
    EXPECT_EQ(found(QStringLiteral("Việt–Hàn")), vietHan) << "a piece split by punctuation is a phrase";
    EXPECT_TRUE(found(QStringLiteral("\"han viet\"")).isEmpty()) << "a phrase is in order";

    const QStringList law = found(QStringLiteral("tuyen truyen phap luat"));
    ASSERT_FALSE(law.isEmpty());
    for (const QString& c : law)
        EXPECT_TRUE(c.contains(QStringLiteral("tuyên truyền, phổ biến, giáo dục pháp luật"))) << c.toStdString();
    EXPECT_EQ(found(QStringLiteral("luat phap truyen tuyen")), law) << "in any order";
    EXPECT_TRUE(found(QStringLiteral("\"tuyen truyen phap luat\"")).isEmpty())
        << "as a phrase it is not there: \"phổ biến, giáo dục\" stands between";
    EXPECT_EQ(found(QStringLiteral("\"giao duc phap luat")), law) << "an unclosed quote runs to the end";
}

TEST_F(CliSearch, AWordIsFoundByItsBeginningNotItsMiddle)
{
    const QStringList whole = found(QStringLiteral("tuyen truyen"));
    const QStringList begun = found(QStringLiteral("tuy truy"));
    ASSERT_FALSE(whole.isEmpty());
    for (const QString& c : whole)
        EXPECT_TRUE(begun.contains(c)) << c.toStdString();
    EXPECT_GT(found(QStringLiteral("pha")).size(), found(QStringLiteral("phap")).size())
        << "\"pha\" also begins \"phát triển\"";
    EXPECT_TRUE(found(QStringLiteral("uyen ruyen")).isEmpty()) << "not inside a word";
}

TEST_F(CliSearch, ASearchWithoutAWordListsWithAWarning)
{
    CliResult r;
    EXPECT_EQ(found(QStringLiteral(" – \" ; "), &r).size(), 535);
    EXPECT_EQ(r.err, QStringLiteral("cảnh báo: --search \" – \" ; \" không có từ nào để tìm, bỏ qua\n"));
    const CliResult withUnit = cli({QStringLiteral("items"), QStringLiteral("--year"), QStringLiteral("2023"),
                                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--unit"),
                                    QStringLiteral("TP"), QStringLiteral("--search"), QStringLiteral("%")});
    EXPECT_EQ(withUnit.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(withUnit.out.toUtf8()).array().size(), 23) << "the other filters still hold";
}

TEST_F(CliSearch, EditRefusesASearchWithoutAWord)
{
    const QByteArray before = fileHash();
    const CliResult r = cli({QStringLiteral("edit"), QStringLiteral("--year"), QStringLiteral("2023"),
                             QStringLiteral("--search"), QStringLiteral("--"), QStringLiteral("--set"),
                             QStringLiteral("note=x"), QStringLiteral("--as"), QStringLiteral("nobody")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.section(QLatin1Char('\n'), 0, 0),
              QStringLiteral("lỗi: --search \"--\" không có từ nào để tìm; để sửa mọi nội dung hãy dùng --all"));
    EXPECT_EQ(fileHash(), before) << "nothing written";
}
