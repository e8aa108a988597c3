// Issue 16: "có phải … không?" — the registry names a written name probably means, the names a
// unit is never created from, and co-operation phrases kept whole.
#include "workprogram/core/unitmatcher.h"
#include "workprogram/core/unitsuggester.h"

#include <gtest/gtest.h>

using namespace wp;

namespace {

Unit unit(qint64 id, const char* code, const char* name, const char* shortName = "", QStringList aliases = {})
{
    Unit u;
    u.id = id;
    u.code = QString::fromLatin1(code);
    u.name = QString::fromUtf8(name);
    u.shortName = QString::fromUtf8(shortName);
    u.aliases = aliases;
    return u;
}

QVector<Unit> registry()
{
    return {unit(1, "VP", "Văn phòng HĐND - UBND quận", "Văn phòng HĐND - UBND"),
            unit(2, "TCKH", "Phòng Tài chính - Kế hoạch", "Phòng TC-KH"),
            unit(3, "TP", "Phòng Tư pháp"),
            unit(4, "LDTBXH", "Phòng Lao động - Thương binh và Xã hội"),
            unit(5, "TTPTQD", "Trung tâm Phát triển quỹ đất"),
            unit(6, "NV", "Phòng Nội vụ")};
}

} // namespace

TEST(UnitSuggester, NearDuplicatesOfRegistryNames)
{
    const UnitSuggester s(registry());
    EXPECT_EQ(s.suggest(QStringLiteral("P.TCKH")), QVector<qint64>{2});
    EXPECT_EQ(s.suggest(QStringLiteral("VP HĐND và UBND quận")), QVector<qint64>{1});
    EXPECT_EQ(s.suggest(QStringLiteral("LĐTB&XH")), QVector<qint64>{4});
    EXPECT_EQ(s.suggest(QStringLiteral("TT PTQĐ")), QVector<qint64>{5});
    EXPECT_EQ(s.suggest(QStringLiteral("Phòng Tài chính")), QVector<qint64>{2}) << "a name inside another";
    EXPECT_EQ(s.suggest(QStringLiteral("Phòng Nội vụu")), QVector<qint64>{6}) << "a typing slip";
    EXPECT_TRUE(s.suggest(QStringLiteral("Công an quận")).isEmpty());
    EXPECT_TRUE(s.suggest(QStringLiteral("Phòng")).isEmpty()) << "a generic word alone suggests nothing";
}

TEST(UnitSuggester, NamesNeverMadeIntoUnits)
{
    using N = UnitSuggester::NotAName;
    EXPECT_EQ(UnitSuggester::notAName(QStringLiteral("12")), N::Number);
    EXPECT_EQ(UnitSuggester::notAName(QStringLiteral("3,5")), N::Number);
    EXPECT_EQ(UnitSuggester::notAName(QStringLiteral("15/06/2023")), N::Date);
    EXPECT_EQ(UnitSuggester::notAName(QStringLiteral("2023-06-15")), N::Date);
    EXPECT_EQ(UnitSuggester::notAName(QStringLiteral("ban")), N::Generic);
    EXPECT_EQ(UnitSuggester::notAName(QStringLiteral("Phòng ban")), N::Generic);
    EXPECT_EQ(UnitSuggester::notAName(QStringLiteral("UBND phường")), N::Generic);
    EXPECT_EQ(UnitSuggester::notAName(QStringLiteral("x")), N::Generic);
    EXPECT_EQ(UnitSuggester::notAName(QStringLiteral("Các phòng, ban")), N::Phrase);
    EXPECT_EQ(UnitSuggester::notAName(QStringLiteral("Các đơn vị có liên quan")), N::Phrase);
    EXPECT_EQ(UnitSuggester::notAName(QStringLiteral("Công an quận")), N::No);
    EXPECT_EQ(UnitSuggester::notAName(QStringLiteral("Quận ủy")), N::No);
    EXPECT_EQ(UnitSuggester::notAName(QStringLiteral("Ban Chỉ huy Quân sự")), N::No);
}

TEST(UnitMatcher, SplitPartsKeepsPhrasesWhole)
{
    const UnitMatcher m(registry());
    const auto parts = [&](const char* cell) {
        QStringList out;
        for (const UnitMatcher::Part& p : m.splitParts(QString::fromUtf8(cell)))
            out.append((p.phrase ? QStringLiteral("~") : QString()) + p.text);
        return out;
    };
    EXPECT_EQ(parts("Các phòng, ban liên quan"), QStringList{QStringLiteral("~Các phòng, ban liên quan")});
    EXPECT_EQ(parts("Các phòng, ban, ngành; Phòng Tư pháp"),
              (QStringList{QStringLiteral("~Các phòng, ban, ngành"), QStringLiteral("Phòng Tư pháp")}));
    EXPECT_EQ(parts("Phòng Tư pháp, các phòng liên quan"),
              (QStringList{QStringLiteral("Phòng Tư pháp"), QStringLiteral("~các phòng liên quan")}));
    EXPECT_EQ(parts("UBND các phường"), QStringList{QStringLiteral("~UBND các phường")});
    EXPECT_EQ(parts("Các phòng, Phòng Nội vụ"),
              (QStringList{QStringLiteral("~Các phòng"), QStringLiteral("Phòng Nội vụ")}))
        << "a unit ends the phrase";
    EXPECT_EQ(parts("Phòng Nội vụ, Công an quận"),
              (QStringList{QStringLiteral("Phòng Nội vụ"), QStringLiteral("Công an quận")}));
}

// A registered name with a comma in it is one unit, also among others in a comma-separated list.
TEST(UnitMatcher, SplitPartsKeepsARegisteredNameWithACommaWhole)
{
    QVector<Unit> units = registry();
    units.append(unit(7, "VHTT", "Phòng Văn hóa, Thông tin và Thể thao"));
    const UnitMatcher m(units);
    const auto parts = [&](const char* cell) {
        QStringList out;
        for (const UnitMatcher::Part& p : m.splitParts(QString::fromUtf8(cell)))
            out.append((p.phrase ? QStringLiteral("~") : QString()) + p.text);
        return out;
    };
    EXPECT_EQ(parts("Phòng Văn hóa, Thông tin và Thể thao"),
              QStringList{QStringLiteral("Phòng Văn hóa, Thông tin và Thể thao")});
    EXPECT_EQ(parts("Phòng Tư pháp, Phòng Văn hóa, Thông tin và Thể thao, Phòng Nội vụ"),
              (QStringList{QStringLiteral("Phòng Tư pháp"), QStringLiteral("Phòng Văn hóa, Thông tin và Thể thao"),
                           QStringLiteral("Phòng Nội vụ")}));
    EXPECT_EQ(
        parts("Phòng Văn hóa,Thông tin và Thể thao, các phòng liên quan"),
        (QStringList{QStringLiteral("Phòng Văn hóa, Thông tin và Thể thao"), QStringLiteral("~các phòng liên quan")}));
    EXPECT_EQ(parts("Các phòng, Phòng Văn hóa, Thông tin và Thể thao"),
              (QStringList{QStringLiteral("~Các phòng"), QStringLiteral("Phòng Văn hóa, Thông tin và Thể thao")}));
}
