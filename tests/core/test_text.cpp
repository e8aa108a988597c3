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

namespace {

// The folding as first written (one append per character, Qt's decomposition per character):
// the reference the table-driven text::fold must agree with on every input.
QString referenceFold(QStringView s)
{
    QString out;
    bool pendingSpace = false;
    for (QChar qc : s) {
        char16_t c = qc.unicode();
        if (c == 0x0110 || c == 0x0111) {
            c = u'd';
        } else if (c >= 0x0300 && c <= 0x036F) {
            continue;
        } else if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2212) {
            c = u'-';
        } else if (c == 0x2018 || c == 0x2019) {
            c = u'\'';
        } else if (c == 0x201C || c == 0x201D) {
            c = u'"';
        } else if (qc.isSpace() && (c >= 0x80 || c == ' ' || (c >= '\t' && c <= '\r'))) {
            pendingSpace = !out.isEmpty();
            continue;
        } else if (c >= 0x00C0 && c <= 0x1EFF) {
            const QString d = QString(qc).normalized(QString::NormalizationForm_D);
            c = (d.size() > 1 && d.at(0).unicode() < 0x80) ? d.at(0).toLower().unicode() : qc.toLower().unicode();
        } else {
            c = qc.toLower().unicode();
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(QChar(c));
    }
    return out;
}

} // namespace

TEST(TextFold, AgreesWithTheReferenceOnEveryBmpCharacter)
{
    for (char32_t cp = 1; cp < 0x10000; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        // The character alone, between letters, and after spaces (pending-space handling).
        const QString c{QChar(char16_t(cp))};
        for (const QString& s : {c, QStringLiteral("A") + c + QStringLiteral("b"), QStringLiteral("x  ") + c + c})
            ASSERT_EQ(text::fold(s), referenceFold(s)) << "U+" << QString::number(cp, 16).toStdString();
    }
}

TEST(TextFold, KeyKeepsOnlyLettersAndDigitsOfTheFoldedText)
{
    for (char32_t cp = 1; cp < 0x10000; cp += 7) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        const QString s = QStringLiteral("Ph") + QChar(char16_t(cp)) + QStringLiteral("ng-Tư 9");
        QString expected;
        for (QChar c : referenceFold(s))
            if (c.isLetterOrNumber())
                expected.append(c);
        ASSERT_EQ(text::foldKey(s), expected) << "U+" << QString::number(cp, 16).toStdString();
    }
}

TEST(TextFoldUtf8, WritesWhatToUtf8WritesOnEveryBmpCharacter)
{
    for (char32_t cp = 1; cp < 0x10000; ++cp) {
        // Lone surrogates included: both sides write "?" for them.
        const QString c{QChar(char16_t(cp))};
        for (const QString& s : {c, QStringLiteral("A") + c + QStringLiteral("b"), QStringLiteral("x  ") + c + c}) {
            QByteArray plain("p");
            text::appendUtf8(s, plain);
            ASSERT_EQ(plain, "p" + s.toUtf8()) << "U+" << QString::number(cp, 16).toStdString();
        }
    }
}

TEST(TextFoldUtf8, PairsSurrogatesAndReplacesLoneOnes)
{
    const QString emoji = QString::fromUtf8("Tổ \xF0\x9F\x93\x8C ghim");
    QByteArray out;
    text::appendUtf8(emoji, out);
    EXPECT_EQ(out, emoji.toUtf8());
    const QString lone = QString(QChar(0xD83D)) + QStringLiteral("a") + QChar(0xDCCC);
    out.clear();
    text::appendUtf8(lone, out);
    EXPECT_EQ(out, lone.toUtf8());
    EXPECT_EQ(out, QByteArray("?a?"));
}
