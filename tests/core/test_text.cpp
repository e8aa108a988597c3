#include "workprogram/core/text.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <algorithm>

namespace text = wp::text;

TEST(TextFold, DropsAccentsCaseAndFoldsDd)
{
    EXPECT_EQ(text::fold(QStringLiteral("Quản lý Đô thị")), QStringLiteral("quan ly do thi"));
    EXPECT_EQ(text::fold(QStringLiteral("ĐỘI QUẢN LÝ TRẬT TỰ")), QStringLiteral("doi quan ly trat tu"));
    EXPECT_EQ(text::fold(QStringLiteral("Phường Mỹ Đình  1\n")), QStringLiteral("phuong my dinh 1"));
    EXPECT_EQ(text::fold(QStringLiteral("ưu tiên, ơn, ắt")), QStringLiteral("uu tien, on, at"));
}

TEST(TextFold, DashesAndQuotesAsPeopleTypeThem)
{
    EXPECT_EQ(text::fold(QStringLiteral("Việt – Hàn — “Mỹ Đình”")), QStringLiteral("viet - han - \"my dinh\""));
}

TEST(TextFold, DecomposedInputFoldsLikeComposed)
{
    const QString composed = QStringLiteral("Nguyễn Thị Đào");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    ASSERT_NE(composed, decomposed);
    EXPECT_EQ(text::fold(decomposed), text::fold(composed));
}

TEST(TextFold, SearchIgnoresAccentsAndDd)
{
    EXPECT_TRUE(text::containsFolded(QStringLiteral("Phòng Quản lý đô thị"), QStringLiteral("quan ly do thi")));
    EXPECT_TRUE(text::containsFolded(QStringLiteral("Đội Quản lý trật tự"), QStringLiteral("doi")));
    EXPECT_TRUE(text::containsFolded(QStringLiteral("Đội Quản lý trật tự"), QStringLiteral("ĐỘI")));
    EXPECT_FALSE(text::containsFolded(QStringLiteral("Phòng Y tế"), QStringLiteral("giao duc")));
}

TEST(TextFold, KeyDropsSpacesAndPunctuation)
{
    EXPECT_EQ(text::foldKey(QStringLiteral("Phòng TC-KH")), QStringLiteral("phongtckh"));
    EXPECT_EQ(text::foldKey(QStringLiteral("LĐTB&XH")), QStringLiteral("ldtbxh"));
    EXPECT_EQ(text::foldKey(QStringLiteral(" VH - TT & TT ")), QStringLiteral("vhtttt"));
}

TEST(TextOrder, VietnameseOrderNotCodePoints)
{
    QStringList names = {QStringLiteral("Đội"), QStringLiteral("Y tế"), QStringLiteral("Ban"), QStringLiteral("Dân"),
                         QStringLiteral("Âm"),  QStringLiteral("An"),   QStringLiteral("Ăn"),  QStringLiteral("Zeta")};
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) { return text::compare(a, b) < 0; });
    const QStringList expected = {QStringLiteral("An"),   QStringLiteral("Ăn"),  QStringLiteral("Âm"),
                                  QStringLiteral("Ban"),  QStringLiteral("Dân"), QStringLiteral("Đội"),
                                  QStringLiteral("Y tế"), QStringLiteral("Zeta")};
    EXPECT_EQ(names, expected);
}

TEST(TextOrder, NumbersInNamesSortNumerically)
{
    EXPECT_LT(text::compare(QStringLiteral("Phường 2"), QStringLiteral("Phường 10")), 0);
}

TEST(TextLike, EscapesWildcards)
{
    EXPECT_EQ(text::likeEscape(QStringLiteral("50%_a\\")), QStringLiteral("50\\%\\_a\\\\"));
}
