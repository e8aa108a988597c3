#include "workprogram/core/counts.h"
#include "workprogram/core/status.h"
#include "workprogram/core/unitmatcher.h"

#include <gtest/gtest.h>

using namespace wp;

namespace {

QVector<Unit> sampleUnits()
{
    Unit tckh;
    tckh.id = 1;
    tckh.code = QStringLiteral("TCKH");
    tckh.name = QStringLiteral("Phòng Tài chính - Kế hoạch");
    tckh.shortName = QStringLiteral("Phòng TC-KH");
    tckh.aliases = {QStringLiteral("TC-KH")};
    Unit doi;
    doi.id = 2;
    doi.code = QStringLiteral("DTTXD");
    doi.name = QStringLiteral("Đội Quản lý trật tự xây dựng đô thị quận");
    Unit vh;
    vh.id = 3;
    vh.code = QStringLiteral("VHTT");
    vh.name = QStringLiteral("Phòng Văn hóa, Thông tin");
    Unit tp;
    tp.id = 4;
    tp.code = QStringLiteral("TP");
    tp.name = QStringLiteral("Phòng Tư pháp");
    return {tckh, doi, vh, tp};
}

} // namespace

TEST(UnitMatcher, MatchesCodeNamesAndAliasesIgnoringAccentsAndPunctuation)
{
    const UnitMatcher m(sampleUnits());
    for (const char* written : {"TCKH", "Phòng TC-KH", "TC-KH", "tc kh", "Phòng Tài chính - Kế hoạch",
                                "PHONG TAI CHINH KE HOACH", "phòng tài chính – kế hoạch"}) {
        const UnitMatcher::Match r = m.match(QString::fromUtf8(written));
        EXPECT_EQ(r.kind, UnitMatcher::Match::Kind::Found) << written;
        EXPECT_EQ(r.unitId, 1) << written;
    }
    EXPECT_EQ(m.match(QStringLiteral("doi quan ly trat tu xay dung do thi quan")).unitId, 2);
}

TEST(UnitMatcher, GenericWordsAreASecondChance)
{
    const UnitMatcher m(sampleUnits());
    EXPECT_EQ(m.match(QStringLiteral("Tư pháp")).unitId, 4);
    EXPECT_EQ(m.match(QStringLiteral("Tư pháp quận")).unitId, 4);
    EXPECT_EQ(m.match(QStringLiteral("Phòng Giáo dục")).kind, UnitMatcher::Match::Kind::NotFound);
    EXPECT_EQ(m.match(QString()).kind, UnitMatcher::Match::Kind::NotFound);
}

TEST(UnitMatcher, SameAliasOnTwoUnitsIsAmbiguous)
{
    QVector<Unit> units = sampleUnits();
    units[0].aliases.append(QStringLiteral("Phòng chung"));
    units[3].aliases.append(QStringLiteral("phong-chung"));
    const UnitMatcher::Match r = UnitMatcher(units).match(QStringLiteral("Phòng Chung"));
    EXPECT_EQ(r.kind, UnitMatcher::Match::Kind::Ambiguous);
    EXPECT_EQ(r.candidates.size(), 2);
}

TEST(UnitMatcher, SplitsCoUnitCellsButKeepsNamesWithCommas)
{
    const UnitMatcher m(sampleUnits());
    EXPECT_EQ(m.splitNames(QStringLiteral("Phòng TC-KH; Tư pháp, Đội Quản lý trật tự xây dựng đô thị quận")),
              (QStringList{QStringLiteral("Phòng TC-KH"), QStringLiteral("Tư pháp"),
                           QStringLiteral("Đội Quản lý trật tự xây dựng đô thị quận")}));
    EXPECT_EQ(m.splitNames(QStringLiteral("Phòng Văn hóa, Thông tin")),
              QStringList{QStringLiteral("Phòng Văn hóa, Thông tin")});
    EXPECT_EQ(m.splitNames(QStringLiteral("- TC-KH\n- Tư pháp.\n\n")),
              (QStringList{QStringLiteral("TC-KH"), QStringLiteral("Tư pháp")}));
    EXPECT_TRUE(m.splitNames(QStringLiteral("  ")).isEmpty());
}

TEST(Status, KeysLabelsAndParsing)
{
    EXPECT_EQ(StatusInfo::key(Status::InDraft), QStringLiteral("in-draft"));
    EXPECT_EQ(StatusInfo::label(Status::Returned), QStringLiteral("Yêu cầu điều chỉnh"));
    for (Status s : StatusInfo::all()) {
        EXPECT_EQ(StatusInfo::parse(StatusInfo::key(s)), s);
        EXPECT_EQ(StatusInfo::parse(StatusInfo::label(s)), s);
        EXPECT_EQ(StatusInfo::parse(StatusInfo::label(s).toUpper()), s);
    }
    EXPECT_EQ(StatusInfo::parse(QStringLiteral("hoan thanh")), Status::Done);
    EXPECT_EQ(StatusInfo::parse(QStringLiteral("Khong dua vao chuong trinh")), Status::Rejected);
    EXPECT_EQ(StatusInfo::parse(QStringLiteral("In progress")), Status::InProgress);
    EXPECT_FALSE(StatusInfo::parse(QStringLiteral("xyz")).has_value());
    EXPECT_FALSE(StatusInfo::parse(QString()).has_value());
}

TEST(Status, OverdueIsComputedFromDueDateStatusAndToday)
{
    const QDate today(2023, 7, 1);
    EXPECT_TRUE(isOverdue(QDate(2023, 6, 30), Status::InProgress, today));
    EXPECT_FALSE(isOverdue(QDate(2023, 7, 1), Status::InProgress, today)) << "due today is not yet overdue";
    EXPECT_FALSE(isOverdue(QDate(2023, 6, 30), Status::Done, today));
    EXPECT_FALSE(isOverdue(QDate(2023, 6, 30), Status::Withdrawn, today));
    EXPECT_FALSE(isOverdue(QDate(2023, 6, 30), Status::Rejected, today));
    EXPECT_FALSE(isOverdue(QDate(), Status::InProgress, today)) << "ongoing items are never overdue";
}

TEST(CountTable, TotalsAreTheSumOfTheRowsAndEmptyUnitsShowZero)
{
    const QVector<Unit> units = sampleUnits();
    const QVector<UnitStatusCount> raw = {
        {1, Status::Done, 3}, {1, Status::InProgress, 2}, {2, Status::Done, 1}, {9, Status::Proposed, 4}};
    Unit retired;
    retired.id = 9;
    retired.name = QStringLiteral("Đơn vị đã giải thể");
    const CountTable t(units, raw, units + QVector<Unit>{retired});
    ASSERT_EQ(t.rows().size(), 5) << "a unit outside the year that still has items is not lost";
    EXPECT_EQ(t.rows()[0].total(), 5);
    EXPECT_EQ(t.rows()[2].total(), 0);
    EXPECT_EQ(t.rows()[4].unit.name, QStringLiteral("Đơn vị đã giải thể"));
    EXPECT_EQ(t.total(), 10);
    EXPECT_EQ(t.totalFor(Status::Done), 4);
    int sum = 0;
    for (const CountTable::Row& r : t.rows())
        sum += r.total();
    EXPECT_EQ(sum, t.total());
}
