// The pure parts of the reports: progress categories and the wording of documents.
#include "workprogram/reports/formatting.h"
#include "workprogram/reports/progress.h"

#include <gtest/gtest.h>

using namespace wp;
using namespace wp::reports;

namespace {

const QDate due(2023, 6, 30);
const QDate before(2023, 1, 10);
const QDate after(2023, 7, 15);

} // namespace

TEST(ProgressCategory, DoneBeforeTheDueDateIsOnTime)
{
    EXPECT_EQ(classifyProgress(Status::Done, due, before, QDate(2023, 6, 30), after), ProgressCategory::DoneOnTime);
    EXPECT_EQ(classifyProgress(Status::Done, due, before, QDate(2023, 5, 2), after), ProgressCategory::DoneOnTime);
}

TEST(ProgressCategory, DoneAndLastChangedAfterTheDueDateIsLate)
{
    EXPECT_EQ(classifyProgress(Status::Done, due, before, QDate(2023, 7, 1), after), ProgressCategory::DoneLate);
}

TEST(ProgressCategory, ItemEnteredAfterItsDeadlineCarriesNoEvidenceOfLateness)
{
    // A past program imported later: created and changed after every deadline.
    EXPECT_EQ(classifyProgress(Status::Done, due, QDate(2024, 2, 1), QDate(2024, 2, 1), after),
              ProgressCategory::DoneOnTime);
}

TEST(ProgressCategory, DoneWithoutDueDateIsOnTime)
{
    EXPECT_EQ(classifyProgress(Status::Done, QDate(), before, after, after), ProgressCategory::DoneOnTime);
    EXPECT_EQ(classifyProgress(Status::Done, due, QDate(), QDate(), after), ProgressCategory::DoneOnTime);
}

TEST(ProgressCategory, OpenItemsAreOverdueOnlyAfterTheDueDay)
{
    for (Status s :
         {Status::Draft, Status::Proposed, Status::Returned, Status::InDraft, Status::Approved, Status::InProgress}) {
        EXPECT_EQ(classifyProgress(s, due, before, before, QDate(2023, 6, 30)), ProgressCategory::OpenInTime);
        EXPECT_EQ(classifyProgress(s, due, before, before, QDate(2023, 7, 1)), ProgressCategory::OpenOverdue);
        EXPECT_EQ(classifyProgress(s, QDate(), before, before, QDate(2030, 1, 1)), ProgressCategory::OpenInTime)
            << "an ongoing item is never overdue";
    }
}

TEST(ProgressCategory, WithdrawnAndRejectedAreOutsideTheCategories)
{
    EXPECT_EQ(classifyProgress(Status::Withdrawn, due, before, after, after), ProgressCategory::Dropped);
    EXPECT_EQ(classifyProgress(Status::Rejected, due, before, after, after), ProgressCategory::Dropped);
}

TEST(ProgressCategory, ItemOverloadReadsLocalDates)
{
    Item it;
    it.status = Status::Done;
    it.deadline = Deadline::fromDate(due);
    it.createdAt = QDateTime(before, QTime(9, 0));
    it.updatedAt = QDateTime(QDate(2023, 7, 2), QTime(9, 0));
    EXPECT_EQ(classifyProgress(it, after), ProgressCategory::DoneLate);
    it.updatedAt = QDateTime(QDate(2023, 6, 29), QTime(9, 0));
    EXPECT_EQ(classifyProgress(it, after), ProgressCategory::DoneOnTime);
}

TEST(ProgressCategory, DaysOverdue)
{
    EXPECT_EQ(daysOverdue(due, QDate(2023, 6, 30)), 0);
    EXPECT_EQ(daysOverdue(due, QDate(2023, 7, 1)), 1);
    EXPECT_EQ(daysOverdue(due, QDate(2023, 12, 31)), 184);
    EXPECT_EQ(daysOverdue(QDate(), QDate(2023, 12, 31)), 0);
}

TEST(ProgressTally, CountsAndRate)
{
    ProgressTally t;
    for (ProgressCategory c : {ProgressCategory::DoneOnTime, ProgressCategory::DoneOnTime, ProgressCategory::DoneLate,
                               ProgressCategory::OpenInTime, ProgressCategory::OpenOverdue, ProgressCategory::Dropped})
        t.add(c);
    EXPECT_EQ(t.counted(), 5);
    EXPECT_EQ(t.done(), 3);
    EXPECT_EQ(t.dropped, 1);
    EXPECT_EQ(Format::percent(t.done(), t.counted()), QStringLiteral("60,0"));
    ProgressTally sum;
    sum += t;
    sum += t;
    EXPECT_EQ(sum.counted(), 10);
    EXPECT_EQ(Format::percent(0, 0), QStringLiteral("-"));
}

TEST(ProgressTally, ByLeadUnitClassifiesEachItem)
{
    QVector<Item> items(4);
    items[0].leadUnitId = 1;
    items[0].status = Status::Done;
    items[1].leadUnitId = 1;
    items[1].status = Status::InProgress;
    items[1].deadline = Deadline::fromDate(due);
    items[2].leadUnitId = 2;
    items[2].status = Status::Withdrawn;
    items[3].leadUnitId = 2;
    items[3].status = Status::Approved;
    const QHash<qint64, ProgressTally> t = tallyByLeadUnit(items, after);
    ASSERT_EQ(t.size(), 2);
    EXPECT_EQ(t.value(1).onTime, 1);
    EXPECT_EQ(t.value(1).overdue, 1);
    EXPECT_EQ(t.value(1).counted(), 2);
    EXPECT_EQ(t.value(2).dropped, 1);
    EXPECT_EQ(t.value(2).openInTime, 1);
    EXPECT_EQ(t.value(2).done(), 0);
}

TEST(Format, PlaceAndDateFollowsDecree30)
{
    EXPECT_EQ(Format::placeAndDate(QStringLiteral("Nam Từ Liêm"), QDate(2023, 3, 14), 2023),
              QStringLiteral("Nam Từ Liêm, ngày 14 tháng 3 năm 2023"));
    // Days under 10 and the months January and February take a leading zero.
    EXPECT_EQ(Format::placeAndDate(QStringLiteral("Hà Nội"), QDate(2023, 2, 5), 2023),
              QStringLiteral("Hà Nội, ngày 05 tháng 02 năm 2023"));
    EXPECT_EQ(Format::placeAndDate(QStringLiteral("Hà Nội"), QDate(2023, 12, 1), 2023),
              QStringLiteral("Hà Nội, ngày 01 tháng 12 năm 2023"));
    EXPECT_TRUE(Format::placeAndDate(QStringLiteral("Hà Nội"), QDate(), 2023).endsWith(QStringLiteral("năm 2023")));
}

TEST(Format, BodyNames)
{
    const QString body = QStringLiteral("ỦY BAN NHÂN DÂN QUẬN NAM TỪ LIÊM");
    EXPECT_EQ(Format::shortBodyName(body), QStringLiteral("UBND quận Nam Từ Liêm"));
    EXPECT_EQ(Format::shortBodyName(QStringLiteral("Ủy ban nhân dân thành phố Hà Nội")),
              QStringLiteral("UBND thành phố Hà Nội"));
    EXPECT_EQ(Format::bodyAbbreviation(body), QStringLiteral("UBND"));
    EXPECT_EQ(Format::documentNumber(QStringLiteral("15/BC-UBND"), QStringLiteral("BC"), body),
              QStringLiteral("Số: 15/BC-UBND"));
    EXPECT_TRUE(Format::documentNumber(QString(), QStringLiteral("BC"), body).endsWith(QStringLiteral("/BC-UBND")));
}

TEST(Format, RomanNumerals)
{
    EXPECT_EQ(Format::roman(1), QStringLiteral("I"));
    EXPECT_EQ(Format::roman(4), QStringLiteral("IV"));
    EXPECT_EQ(Format::roman(9), QStringLiteral("IX"));
    EXPECT_EQ(Format::roman(17), QStringLiteral("XVII"));
    EXPECT_EQ(Format::roman(2023), QStringLiteral("MMXXIII"));
}
