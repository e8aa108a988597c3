#include "workprogram/core/deadline.h"

#include <gtest/gtest.h>

using wp::Deadline;

namespace {

struct DeadlineCase
{
    const char* text;
    int year;
    QDate due;
    Deadline::Kind kind;
};

class DeadlineForms : public ::testing::TestWithParam<DeadlineCase>
{};

TEST_P(DeadlineForms, ResolvesToTheLastDayOfThePeriod)
{
    const DeadlineCase& c = GetParam();
    QString error;
    const std::optional<Deadline> d = Deadline::parse(QString::fromUtf8(c.text), c.year, &error);
    ASSERT_TRUE(d.has_value()) << c.text << ": " << error.toStdString();
    EXPECT_EQ(d->due(), c.due) << c.text;
    EXPECT_EQ(d->kind(), c.kind) << c.text;
    EXPECT_EQ(d->text(), QString::fromUtf8(c.text).simplified()) << "the text is kept as written";
}

INSTANTIATE_TEST_SUITE_P(
    AsProgramsWriteThem, DeadlineForms,
    ::testing::Values(DeadlineCase{"15/06/2023", 2023, QDate(2023, 6, 15), Deadline::Kind::Date},
                      DeadlineCase{"5/6/2023", 2023, QDate(2023, 6, 5), Deadline::Kind::Date},
                      DeadlineCase{"15-06-2023", 2023, QDate(2023, 6, 15), Deadline::Kind::Date},
                      DeadlineCase{"15.06.2023", 2023, QDate(2023, 6, 15), Deadline::Kind::Date},
                      DeadlineCase{"2023-06-15", 2023, QDate(2023, 6, 15), Deadline::Kind::Date},
                      DeadlineCase{"15/6", 2023, QDate(2023, 6, 15), Deadline::Kind::Date},
                      DeadlineCase{"Tháng 6", 2023, QDate(2023, 6, 30), Deadline::Kind::Month},
                      DeadlineCase{"tháng 02", 2024, QDate(2024, 2, 29), Deadline::Kind::Month},
                      DeadlineCase{"Tháng 6/2023", 2024, QDate(2023, 6, 30), Deadline::Kind::Month},
                      DeadlineCase{"Tháng 6 năm 2023", 2023, QDate(2023, 6, 30), Deadline::Kind::Month},
                      DeadlineCase{"Tháng 3-4", 2023, QDate(2023, 4, 30), Deadline::Kind::Month},
                      DeadlineCase{"THÁNG 12", 2023, QDate(2023, 12, 31), Deadline::Kind::Month},
                      DeadlineCase{"Quý II", 2023, QDate(2023, 6, 30), Deadline::Kind::Quarter},
                      DeadlineCase{"Quý I", 2023, QDate(2023, 3, 31), Deadline::Kind::Quarter},
                      DeadlineCase{"Quý III", 2023, QDate(2023, 9, 30), Deadline::Kind::Quarter},
                      DeadlineCase{"Quý IV", 2023, QDate(2023, 12, 31), Deadline::Kind::Quarter},
                      DeadlineCase{"Quý 2", 2023, QDate(2023, 6, 30), Deadline::Kind::Quarter},
                      DeadlineCase{"Quý II/2023", 2022, QDate(2023, 6, 30), Deadline::Kind::Quarter},
                      DeadlineCase{"Quý II năm 2023", 2023, QDate(2023, 6, 30), Deadline::Kind::Quarter},
                      DeadlineCase{"Quý I-II", 2023, QDate(2023, 6, 30), Deadline::Kind::Quarter},
                      DeadlineCase{"6 tháng đầu năm", 2023, QDate(2023, 6, 30), Deadline::Kind::Half},
                      DeadlineCase{"6 tháng cuối năm", 2023, QDate(2023, 12, 31), Deadline::Kind::Half},
                      DeadlineCase{"6 tháng đầu năm 2024", 2023, QDate(2024, 6, 30), Deadline::Kind::Half},
                      DeadlineCase{"Cả năm", 2023, QDate(2023, 12, 31), Deadline::Kind::Year},
                      DeadlineCase{"Năm 2023", 2023, QDate(2023, 12, 31), Deadline::Kind::Year},
                      DeadlineCase{"Trong năm", 2023, QDate(2023, 12, 31), Deadline::Kind::Year},
                      DeadlineCase{"Trước 30/6", 2023, QDate(2023, 6, 30), Deadline::Kind::Before},
                      DeadlineCase{"Trước ngày 15/3/2023", 2023, QDate(2023, 3, 15), Deadline::Kind::Before},
                      DeadlineCase{"Trước tháng 6", 2023, QDate(2023, 5, 31), Deadline::Kind::Before},
                      DeadlineCase{"Thường xuyên", 2023, QDate(), Deadline::Kind::Ongoing},
                      DeadlineCase{"thuong xuyen", 2023, QDate(), Deadline::Kind::Ongoing},
                      DeadlineCase{"Hằng tháng", 2023, QDate(), Deadline::Kind::Recurring},
                      DeadlineCase{"Hàng quý", 2023, QDate(), Deadline::Kind::Recurring},
                      DeadlineCase{"Định kỳ", 2023, QDate(), Deadline::Kind::Recurring}));

class DeadlineErrors : public ::testing::TestWithParam<std::pair<const char*, const char*>>
{};

TEST_P(DeadlineErrors, AreReportedNeverDropped)
{
    QString error;
    const std::optional<Deadline> d = Deadline::parse(QString::fromUtf8(GetParam().first), 2023, &error);
    EXPECT_FALSE(d.has_value()) << GetParam().first;
    EXPECT_TRUE(error.contains(QString::fromUtf8(GetParam().second))) << error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Unreadable, DeadlineErrors,
    ::testing::Values(std::make_pair("Quý V", "không có quý \"Quý V\""), std::make_pair("Quý 0", "không có quý"),
                      std::make_pair("31/02/2023", "ngày \"31/02/2023\" không tồn tại"),
                      std::make_pair("30/2", "không tồn tại"), std::make_pair("Tháng 13", "không có tháng 13"),
                      std::make_pair("Tháng 0", "không có tháng 0"), std::make_pair("Quý III-II", "không có quý"),
                      std::make_pair("sớm nhất có thể", "không đọc được thời hạn \"sớm nhất có thể\""),
                      std::make_pair("Trước Tết", "không đọc được ngày sau chữ \"Trước\""),
                      std::make_pair("Năm", "không đọc được thời hạn")));

TEST(Deadline, EmptyTextIsNoDeadline)
{
    const std::optional<Deadline> d = Deadline::parse(QStringLiteral("   "), 2023);
    ASSERT_TRUE(d.has_value());
    EXPECT_TRUE(d->isEmpty());
    EXPECT_FALSE(d->hasDueDate());
}

TEST(Deadline, FromDateWritesDayMonthYear)
{
    const Deadline d = Deadline::fromDate(QDate(2023, 6, 5));
    EXPECT_EQ(d.text(), QStringLiteral("05/06/2023"));
    EXPECT_EQ(d.kind(), Deadline::Kind::Date);
    const std::optional<Deadline> back = Deadline::parse(d.text(), 1999);
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, d);
}

TEST(Deadline, ExcelSerialDatesInBothDateSystems)
{
    EXPECT_EQ(wp::excelSerialToDate(45092), QDate(2023, 6, 15));
    EXPECT_EQ(wp::excelSerialToDate(1), QDate(1900, 1, 1));
    EXPECT_EQ(wp::excelSerialToDate(61), QDate(1900, 3, 1)); // after Excel's phantom 29/02/1900
    EXPECT_EQ(wp::excelSerialToDate(45092 - 1462, true), QDate(2023, 6, 15));
    EXPECT_FALSE(wp::excelSerialToDate(-5).isValid());
    EXPECT_FALSE(wp::excelSerialToDate(1e12).isValid());
}

TEST(Deadline, KindKeysRoundTrip)
{
    for (int k = 0; k <= int(Deadline::Kind::Recurring); ++k)
        EXPECT_EQ(Deadline::kindFromKey(Deadline::kindKey(Deadline::Kind(k))), Deadline::Kind(k));
}

TEST(Deadline, UserDates)
{
    EXPECT_EQ(wp::parseUserDate(QStringLiteral("01/07/2023")), QDate(2023, 7, 1));
    EXPECT_EQ(wp::parseUserDate(QStringLiteral("2023-07-01")), QDate(2023, 7, 1));
    EXPECT_FALSE(wp::parseUserDate(QStringLiteral("31/02/2023")).isValid());
    EXPECT_FALSE(wp::parseUserDate(QStringLiteral("hôm nay")).isValid());
}

} // namespace

TEST(FormatDate, WritesDayMonthYearWithLeadingZeros)
{
    EXPECT_EQ(wp::formatDate(QDate(2023, 6, 5)), QStringLiteral("05/06/2023"));
    EXPECT_EQ(wp::formatDate(QDate(2023, 12, 31)), QStringLiteral("31/12/2023"));
    EXPECT_EQ(wp::formatDate(QDate()), QString());
    // Outside four-digit years the general path writes what QDate::toString() writes.
    for (const QDate d : {QDate(999, 1, 2), QDate(10000, 3, 4), QDate(1000, 1, 1), QDate(9999, 12, 31)})
        EXPECT_EQ(wp::formatDate(d), d.toString(QStringLiteral("dd/MM/yyyy"))) << d.year();
    for (QDate d(2020, 1, 1); d.year() < 2030; d = d.addDays(1))
        ASSERT_EQ(wp::formatDate(d), d.toString(QStringLiteral("dd/MM/yyyy")));
}
