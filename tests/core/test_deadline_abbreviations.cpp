// Issue 16: deadlines as people abbreviate them in office tables.
#include "workprogram/core/deadline.h"

#include <gtest/gtest.h>

using wp::Deadline;

namespace {

struct Abbreviation
{
    const char* text;
    QDate due;
    Deadline::Kind kind;
};

class DeadlineAbbreviations : public ::testing::TestWithParam<Abbreviation>
{};

TEST_P(DeadlineAbbreviations, ResolveLikeTheFullForm)
{
    const Abbreviation& c = GetParam();
    QString error;
    const std::optional<Deadline> d = Deadline::parse(QString::fromUtf8(c.text), 2023, &error);
    ASSERT_TRUE(d.has_value()) << c.text << ": " << error.toStdString();
    EXPECT_EQ(d->due(), c.due) << c.text;
    EXPECT_EQ(d->kind(), c.kind) << c.text;
    EXPECT_EQ(d->text(), QString::fromUtf8(c.text)) << "kept as written";
}

INSTANTIATE_TEST_SUITE_P(Issue16, DeadlineAbbreviations,
                         ::testing::Values(Abbreviation{"T6/2023", QDate(2023, 6, 30), Deadline::Kind::Month},
                                           Abbreviation{"T6", QDate(2023, 6, 30), Deadline::Kind::Month},
                                           Abbreviation{"t.11", QDate(2023, 11, 30), Deadline::Kind::Month},
                                           Abbreviation{"T2/2024", QDate(2024, 2, 29), Deadline::Kind::Month},
                                           Abbreviation{"Q2", QDate(2023, 6, 30), Deadline::Kind::Quarter},
                                           Abbreviation{"QII", QDate(2023, 6, 30), Deadline::Kind::Quarter},
                                           Abbreviation{"Q.IV/2023", QDate(2023, 12, 31), Deadline::Kind::Quarter},
                                           Abbreviation{"Quý 2/2023", QDate(2023, 6, 30), Deadline::Kind::Quarter},
                                           Abbreviation{"Tháng 6 năm 2023", QDate(2023, 6, 30), Deadline::Kind::Month},
                                           Abbreviation{"Trong tháng 6", QDate(2023, 6, 30), Deadline::Kind::Month},
                                           Abbreviation{"Trong quý III", QDate(2023, 9, 30), Deadline::Kind::Quarter},
                                           Abbreviation{"trong T9", QDate(2023, 9, 30), Deadline::Kind::Month},
                                           Abbreviation{"Trước ngày 30/6/2023", QDate(2023, 6, 30),
                                                        Deadline::Kind::Before},
                                           Abbreviation{"Trước T7", QDate(2023, 6, 30), Deadline::Kind::Before},
                                           Abbreviation{"30-6-2023", QDate(2023, 6, 30), Deadline::Kind::Date},
                                           Abbreviation{"30.6.2023", QDate(2023, 6, 30), Deadline::Kind::Date}));

TEST(DeadlineAbbreviationErrors, ImpossiblePeriodsAreNamed)
{
    QString error;
    EXPECT_FALSE(Deadline::parse(QStringLiteral("T13"), 2023, &error));
    EXPECT_EQ(error, QStringLiteral("không có tháng 13 trong \"T13\""));
    EXPECT_FALSE(Deadline::parse(QStringLiteral("Q5"), 2023, &error));
    EXPECT_EQ(error, QStringLiteral("không có quý \"Q5\" (một năm có các quý I đến IV)"));
    EXPECT_FALSE(Deadline::parse(QStringLiteral("Trong tuần"), 2023, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("không đọc được thời hạn \"Trong tuần\"; các cách viết được chấp "
                                                "nhận: dd/MM/yyyy, \"Tháng 6\", \"Tháng 6/2023\", \"T6/2023\", "
                                                "\"Trong tháng 6\", \"Quý II\"")))
        << error.toStdString();
}

} // namespace
