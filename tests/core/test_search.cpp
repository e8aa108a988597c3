// Searching by words (issue 16): the query parser, the search text and the matcher that every
// search of the program uses, and the marks the window paints.
#include "workprogram/core/search.h"
#include "workprogram/core/text.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using wp::Item;
using wp::Unit;
using wp::search::Mark;
using wp::search::Query;

namespace {

/// Whether @p query finds an item whose content is @p content (and the other fields given).
bool finds(const QString& query, const QString& content, const QString& note = QString(),
           const QString& leader = QString(), const QString& group = QString())
{
    Item it;
    it.content = content;
    it.note = note;
    it.leader = leader;
    it.group = group;
    return Query(query).matches(wp::search::itemText(it));
}

/// The parts of @p text that @p query marks, as written.
QStringList marked(const QString& query, const QString& text)
{
    QStringList out;
    for (const Mark& m : Query(query).marks(text))
        out.append(text.mid(m.start, m.length));
    return out;
}

QVector<QStringList> terms(const QString& query)
{
    const Query q(query);
    QVector<QStringList> out;
    for (int i = 0; i < q.termCount(); ++i)
        out.append(q.termWords(i));
    return out;
}

} // namespace

TEST(SearchText, FoldedWordsOneSpaceEachFieldClosed)
{
    EXPECT_EQ(wp::search::words(QStringLiteral("Phòng TC-KH (Đô thị), năm 2024!")),
              (QStringList{"phong", "tc", "kh", "do", "thi", "nam", "2024"}));
    Item it;
    it.content = QStringLiteral("Hợp tác Việt – Hàn");
    it.note = QStringLiteral("  …  ");
    it.leader = QStringLiteral("Chủ tịch UBND");
    it.group = QStringLiteral("Nhóm 1");
    EXPECT_EQ(wp::search::itemText(it), QByteArray(" hop tac viet han| chu tich ubnd| nhom 1|"))
        << "a field without words (the note) adds nothing";
    Unit u;
    u.name = QStringLiteral("Phòng Tài chính - Kế hoạch");
    u.shortName = QStringLiteral("Phòng TC-KH");
    u.code = QStringLiteral("TCKH");
    u.aliases = {QStringLiteral("P.TCKH")};
    EXPECT_EQ(wp::search::unitText(u), QByteArray(" phong tai chinh ke hoach| phong tc kh| tckh| p tckh|"));
    QByteArray out;
    wp::search::appendField(QStringLiteral(" -- ; ! "), out);
    EXPECT_TRUE(out.isEmpty());
}

TEST(SearchText, DecomposedAccentsAndOtherScriptsFoldLikeComposed)
{
    const QString composed = QStringLiteral("Nguyễn Thị Đào tuyên truyền");
    EXPECT_EQ(wp::search::words(composed.normalized(QString::NormalizationForm_D)), wp::search::words(composed));
    // Letters of other scripts are words; symbols and emoji separate them; U+037E (which
    // decomposes to ';') is punctuation.
    EXPECT_EQ(wp::search::words(QStringLiteral("ĐẠI HỌC 東京 a😀b x\u037Ey")),
              (QStringList{"dai", "hoc", QStringLiteral("東京"), "a", "b", "x", "y"}));
}

// Every character of the BMP, alone and between letters: the words are text::fold()'s letters,
// digits and marks, and the search text is those words written as UTF-8.
TEST(SearchText, WordsAreWhatFoldKeepsOfLettersDigitsAndMarksOnEveryBmpCharacter)
{
    for (char32_t cp = 1; cp < 0x10000; ++cp) {
        const QString c{QChar(char16_t(cp))};
        for (const QString& s : {c, QStringLiteral("A") + c + QStringLiteral("b"), QStringLiteral("x ") + c + c}) {
            QString expected;
            for (QChar f : wp::text::fold(s))
                if (f.isLetterOrNumber() || f.isMark())
                    expected.append(f);
            const QStringList words = wp::search::words(s);
            ASSERT_EQ(words.join(QString()), expected) << "U+" << QString::number(cp, 16).toStdString();
            QByteArray written;
            wp::search::appendField(s, written);
            QByteArray fromWords;
            for (const QString& w : words)
                fromWords += ' ' + w.toUtf8();
            if (!words.isEmpty())
                fromWords += wp::search::FieldEnd;
            ASSERT_EQ(written, fromWords) << "U+" << QString::number(cp, 16).toStdString();
        }
    }
}

TEST(SearchQuery, TheIssuesExamples)
{
    EXPECT_TRUE(finds(QStringLiteral("viet han"), QStringLiteral("Hợp tác Việt – Hàn")));
    EXPECT_TRUE(finds(QStringLiteral("tuyen truyen phap luat 2024"),
                      QStringLiteral("Kế hoạch tuyên truyền pháp luật năm 2024")));
    EXPECT_TRUE(finds(QStringLiteral("2024 phap luat tuyen truyen"),
                      QStringLiteral("Kế hoạch tuyên truyền pháp luật năm 2024")))
        << "in any order";
    EXPECT_FALSE(finds(QStringLiteral("qlđt"), QStringLiteral("Phòng Quản lý đô thị"))) << "initials are not expanded";
    EXPECT_TRUE(finds(QStringLiteral("qlđt"), QStringLiteral("Phòng QLĐT")));
}

TEST(SearchQuery, EveryWordMustOccur)
{
    EXPECT_FALSE(finds(QStringLiteral("tuyen truyen phap luat 2023"),
                       QStringLiteral("Kế hoạch tuyên truyền pháp luật năm 2024")));
    EXPECT_FALSE(finds(QStringLiteral("viet han nhat"), QStringLiteral("Hợp tác Việt – Hàn")));
}

TEST(SearchQuery, AccentsCaseDdAndPunctuationAreIgnored)
{
    const QString content = QStringLiteral("Đề án “Phát triển đô thị” (giai đoạn 2021-2025)");
    for (const char* q : {"de an", "ĐỀ ÁN", "Đề Án", "đe an", "phat trien do thi", "PHÁT-TRIỂN, ĐÔ THỊ!",
                          "giai doan 2021 2025", "2021-2025", "(2025)", "d"})
        EXPECT_TRUE(finds(QString::fromUtf8(q), content)) << q;
    EXPECT_TRUE(finds(QStringLiteral("de an"), content.normalized(QString::NormalizationForm_D)));
    EXPECT_TRUE(finds(QStringLiteral("de an").normalized(QString::NormalizationForm_D), content));
}

TEST(SearchQuery, AWordOccursWhenAWordOfTheTextBeginsWithIt)
{
    const QString content = QStringLiteral("Kế hoạch tuyên truyền năm 2024");
    EXPECT_TRUE(finds(QStringLiteral("tuy"), content)) << "the beginning of a word: typing shows results";
    EXPECT_TRUE(finds(QStringLiteral("tuyen tru"), content));
    EXPECT_TRUE(finds(QStringLiteral("202"), content));
    EXPECT_FALSE(finds(QStringLiteral("uyen"), content)) << "not the middle of a word";
    EXPECT_FALSE(finds(QStringLiteral("024"), content));
    EXPECT_FALSE(finds(QStringLiteral("an"), QStringLiteral("Thanh tra quận"))) << "not 'an' inside 'thanh', 'quan'";
    EXPECT_TRUE(finds(QStringLiteral("han"), QStringLiteral("Cải cách hành chính"))) << "'han' begins 'hanh'";
    EXPECT_FALSE(finds(QStringLiteral("tuyentruyen"), content)) << "words are not glued";
}

TEST(SearchQuery, QuotesMakeAPhraseAdjacentAndInOrder)
{
    const QString content = QStringLiteral("Kế hoạch tuyên truyền pháp luật năm 2024");
    EXPECT_TRUE(finds(QStringLiteral("\"phap luat\""), content));
    EXPECT_TRUE(finds(QStringLiteral("\"truyen phap lu\""), content)) << "the last word of a phrase may be begun";
    EXPECT_FALSE(finds(QStringLiteral("\"luat phap\""), content)) << "in order";
    EXPECT_FALSE(finds(QStringLiteral("\"tuyen phap\""), content)) << "adjacent";
    EXPECT_FALSE(finds(QStringLiteral("\"tuy truyen\""), content)) << "words before the last are whole words";
    EXPECT_TRUE(finds(QStringLiteral("luat phap"), content)) << "without quotes, any order";
    EXPECT_TRUE(finds(QStringLiteral("“phap luat” 2024"), content)) << "typographic quotes";
    EXPECT_TRUE(finds(QStringLiteral("\"viet han\""), QStringLiteral("Hợp tác Việt – Hàn")))
        << "punctuation between the words of a phrase does not part them";
    EXPECT_EQ(terms(QStringLiteral("ke \"tuyen truyen\" 2024")),
              (QVector<QStringList>{{"ke"}, {"tuyen", "truyen"}, {"2024"}}));
}

TEST(SearchQuery, PunctuationInsideAPieceMakesAPhrase)
{
    EXPECT_EQ(terms(QStringLiteral("Việt–Hàn 30/6 tc-kh")),
              (QVector<QStringList>{{"viet", "han"}, {"30", "6"}, {"tc", "kh"}}));
    EXPECT_TRUE(finds(QStringLiteral("Việt–Hàn"), QStringLiteral("Hợp tác Việt - Hàn")));
    EXPECT_FALSE(finds(QStringLiteral("Hàn–Việt"), QStringLiteral("Hợp tác Việt - Hàn")));
    EXPECT_TRUE(finds(QStringLiteral("30/6"), QStringLiteral("Trước ngày 30/6/2023")));
    EXPECT_FALSE(finds(QStringLiteral("30/6"), QStringLiteral("Ngày 6 và ngày 30")));
}

TEST(SearchQuery, APhraseStaysInOneField)
{
    EXPECT_TRUE(finds(QStringLiteral("viet han"), QStringLiteral("Hợp tác Việt"), QStringLiteral("Hàn Quốc")));
    EXPECT_FALSE(finds(QStringLiteral("\"viet han\""), QStringLiteral("Hợp tác Việt"), QStringLiteral("Hàn Quốc")));
    EXPECT_TRUE(finds(QStringLiteral("chu tich"), QStringLiteral("Báo cáo"), QString(), QStringLiteral("Chủ tịch")))
        << "the leader is searched";
    EXPECT_TRUE(finds(QStringLiteral("cai cach"), QStringLiteral("Báo cáo"), QString(), QString(),
                      QStringLiteral("Cải cách hành chính")))
        << "the task group is searched";
}

TEST(SearchQuery, OddQueriesHaveDefinedOutcomes)
{
    // No letter or digit: no term, the query is empty and matches everything (like an empty box).
    for (const char* q : {"", "   ", "\"", "\"\"", "\" \"", "-", "---", "% _ \\", "…", "“”", ",;.!?()"}) {
        const Query query{QString::fromUtf8(q)};
        EXPECT_TRUE(query.isEmpty()) << q;
        EXPECT_TRUE(query.matches(QByteArray())) << q;
        EXPECT_TRUE(query.matches(QByteArray(" abc|"))) << q;
    }
    // An unclosed quote runs to the end of the query: the phrase being typed.
    EXPECT_EQ(terms(QStringLiteral("2024 \"tuyen truyen")), (QVector<QStringList>{{"2024"}, {"tuyen", "truyen"}}));
    EXPECT_TRUE(finds(QStringLiteral("\"tuyen tru"), QStringLiteral("Kế hoạch tuyên truyền")));
    // A quote inside a piece starts a phrase there.
    EXPECT_EQ(terms(QStringLiteral("ke\"hoach nam\"2024")), (QVector<QStringList>{{"ke"}, {"hoach", "nam"}, {"2024"}}));
    // The same term twice is one term; LIKE's wildcards are punctuation, not wildcards.
    EXPECT_EQ(terms(QStringLiteral("ke KẾ kế")), (QVector<QStringList>{{"ke"}}));
    EXPECT_EQ(terms(QStringLiteral("50% 5_%")), (QVector<QStringList>{{"50"}, {"5"}}));
    EXPECT_FALSE(finds(QStringLiteral("50%"), QStringLiteral("Đạt 5 phần trăm")));
    // Nothing matches the empty text but the empty query.
    EXPECT_FALSE(Query(QStringLiteral("a")).matches(QByteArray()));
}

TEST(SearchQuery, LikePatternsForTheDatabase)
{
    const Query q(QStringLiteral("Tuyên truyền \"pháp luật\""));
    ASSERT_EQ(q.termCount(), 3);
    EXPECT_EQ(q.likePattern(0), QStringLiteral("% tuyen%"));
    EXPECT_EQ(q.likePattern(1), QStringLiteral("% truyen%"));
    EXPECT_EQ(q.likePattern(2), QStringLiteral("% phap luat%"));
    EXPECT_EQ(q.termPattern(2), QByteArray(" phap luat"));
}

TEST(SearchQuery, TypingOnNarrows)
{
    auto narrows = [](const char* typed, const char* before) {
        return Query(QString::fromUtf8(typed)).narrows(Query(QString::fromUtf8(before)));
    };
    EXPECT_TRUE(narrows("tuyen truy", "tuyen tru"));
    EXPECT_TRUE(narrows("tuyen ", "tuyen"));
    EXPECT_TRUE(narrows("tuyen truyen", "truyen tuy"));
    EXPECT_TRUE(narrows("\"tuyen truyen\"", "tuyen"));
    EXPECT_TRUE(narrows("anything", ""));
    EXPECT_FALSE(narrows("tuyen", "tuyen tru")) << "a word deleted widens";
    EXPECT_FALSE(narrows("tuyen", "tuyenx"));
    EXPECT_FALSE(narrows("", "a"));
    EXPECT_TRUE(Query(QStringLiteral("Ke  HOACH")) == Query(QStringLiteral("ke hoach")));
    EXPECT_FALSE(Query(QStringLiteral("ke hoach")) == Query(QStringLiteral("\"ke hoach\"")));
}

TEST(SearchMarks, TheWordsAsWrittenAccentsKept)
{
    EXPECT_EQ(marked(QStringLiteral("viet han"), QStringLiteral("Hợp tác Việt – Hàn")), (QStringList{"Việt", "Hàn"}));
    EXPECT_EQ(marked(QStringLiteral("\"viet han\""), QStringLiteral("Hợp tác Việt – Hàn")),
              (QStringList{QStringLiteral("Việt – Hàn")}));
    EXPECT_EQ(marked(QStringLiteral("tuy 2024"), QStringLiteral("Tuyên truyền, tuyển dụng năm 2024")),
              (QStringList{"Tuy", "tuy", "2024"}))
        << "only the typed part of a begun word";
    EXPECT_EQ(marked(QStringLiteral("do"), QStringLiteral("Đô thị, ĐỘI, độ")), (QStringList{"Đô", "ĐỘ", "độ"}));
    EXPECT_TRUE(marked(QStringLiteral("uyen"), QStringLiteral("Tuyên truyền")).isEmpty());
    EXPECT_TRUE(marked(QString(), QStringLiteral("Tuyên truyền")).isEmpty());
    // Overlapping terms give one mark.
    EXPECT_EQ(marked(QStringLiteral("ke \"ke hoach\""), QStringLiteral("Kế hoạch")), (QStringList{"Kế hoạch"}));
}

TEST(SearchMarks, DecomposedAccentsStayWithTheirLetter)
{
    const QString text = QStringLiteral("tuyên truyền").normalized(QString::NormalizationForm_D);
    const QVector<Mark> marks = Query(QStringLiteral("tuye")).marks(text);
    ASSERT_EQ(marks.size(), 1);
    EXPECT_EQ(marks[0].start, 0);
    EXPECT_EQ(text.mid(0, marks[0].length), QStringLiteral("tuyê").normalized(QString::NormalizationForm_D));
}

// The matcher over search texts against the definition written plainly over lists of words:
// a term occurs when, in one field, its words are words of the text, adjacent and in order,
// the last one possibly only begun. Random texts and queries from a small vocabulary with
// accents, đ, capitals and punctuation, so that matches and near misses are frequent.
TEST(SearchQuery, MatcherAgreesWithTheDefinitionOnRandomTexts)
{
    const QStringList vocabulary = {"Kế",    "hoạch", "KẾ",   "tuyên", "Tuyển", "truyền", "đô",  "Đồ",  "do",
                                    "thị",   "thi",   "Việt", "Hàn",   "hành",  "2024",   "202", "20",  "an",
                                    "thanh", "–",     ",",    "(",     ")",     "\"",     "/",   "năm", "nam"};
    QRandomGenerator rng(16);
    auto pick = [&] { return vocabulary.at(int(rng.bounded(vocabulary.size()))); };
    auto sentence = [&](int maxWords) {
        QString s;
        const int n = int(rng.bounded(maxWords + 1));
        for (int i = 0; i < n; ++i)
            s += pick() + (rng.bounded(4) ? QStringLiteral(" ") : QString());
        return s;
    };
    int matched = 0;
    for (int round = 0; round < 3000; ++round) {
        QStringList fields = {sentence(8), sentence(3), sentence(2)};
        QByteArray searchText;
        for (const QString& f : fields)
            wp::search::appendField(f, searchText);
        const Query q(sentence(3));
        bool expected = true;
        for (int t = 0; t < q.termCount(); ++t) {
            const QStringList tw = q.termWords(t);
            bool occurs = false;
            for (const QString& f : fields) {
                const QStringList w = wp::search::words(f);
                for (qsizetype i = 0; i + tw.size() <= w.size() && !occurs; ++i) {
                    bool ok = true;
                    for (qsizetype j = 0; j + 1 < tw.size() && ok; ++j)
                        ok = w[i + j] == tw[j];
                    occurs = ok && w[i + tw.size() - 1].startsWith(tw.last());
                }
            }
            expected = expected && occurs;
        }
        ASSERT_EQ(q.matches(searchText), expected) << searchText.constData();
        // The marks in the first field are there exactly when every term occurs in it alone.
        QByteArray first;
        wp::search::appendField(fields[0], first);
        bool inFirst = !q.isEmpty();
        for (int t = 0; t < q.termCount(); ++t)
            inFirst = inFirst && q.termOccurs(t, first);
        if (inFirst) {
            EXPECT_FALSE(q.marks(fields[0]).isEmpty());
        }
        if (q.marks(fields[0]).isEmpty() && !q.isEmpty()) {
            for (int t = 0; t < q.termCount(); ++t)
                EXPECT_FALSE(q.termOccurs(t, first)) << fields[0].toStdString();
        }
        matched += expected && !q.isEmpty();
    }
    EXPECT_GT(matched, 300) << "the random texts match often enough to test something";
}
