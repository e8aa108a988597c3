// Canonical snapshot JSON and the comparison of two rounds.
#include "workprogram/core/comparison.h"
#include "workprogram/core/snapshot.h"

#include <gtest/gtest.h>

using namespace wp;

namespace {

Item item(qint64 id, int number, qint64 unit, const QString& content, Status status = Status::Proposed)
{
    Item it;
    it.id = id;
    it.number = number;
    it.leadUnitId = unit;
    it.content = content;
    it.status = status;
    return it;
}

} // namespace

TEST(SnapshotJson, TheSameItemsGiveTheSameBytesInAnyOrder)
{
    QVector<Item> items = {item(1, 1, 10, QStringLiteral("Một")), item(2, 2, 11, QStringLiteral("Hai \"trích\""))};
    items[0].coUnitIds = {11, 12};
    items[0].deadline = *Deadline::parse(QStringLiteral("Quý II"), 2024);
    const QHash<qint64, QString> codes{{10, QStringLiteral("TP")}, {11, QStringLiteral("YT")}};
    const QByteArray a = SnapshotJson::write(2024, items, codes);
    const QByteArray b = SnapshotJson::write(2024, {items[1], items[0]}, codes);
    EXPECT_EQ(a, b);
    EXPECT_TRUE(a.startsWith(
        "{\"format\":1,\"items\":[{\"co_unit_ids\":[11,12],\"co_units\":[\"YT\",\"\"],\"content\":\"Một\""))
        << a.toStdString();
    EXPECT_EQ(SnapshotJson::sha256(a), SnapshotJson::sha256(b));
    EXPECT_EQ(SnapshotJson::sha256("abc"),
              QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    const std::optional<QVector<Item>> back = SnapshotJson::read(a);
    ASSERT_TRUE(back);
    ASSERT_EQ(back->size(), 2);
    EXPECT_EQ((*back)[0].coUnitIds, (QVector<qint64>{11, 12}));
    EXPECT_EQ((*back)[0].deadline, items[0].deadline);
    EXPECT_EQ((*back)[1].content, items[1].content);
    EXPECT_FALSE(SnapshotJson::read("{\"items\":[{\"status\":\"nope\"}]}"));
    EXPECT_FALSE(SnapshotJson::read("not json"));
}

TEST(Comparison, CountsAddedRemovedChangedMergedPerUnitAndInTotal)
{
    const QVector<Item> before = {
        item(1, 1, 10, QStringLiteral("Giữ nguyên")),
        item(2, 2, 10, QStringLiteral("Sẽ sửa")),
        item(3, 3, 10, QStringLiteral("Sẽ bớt")),
        item(4, 4, 11, QStringLiteral("Gộp A")),
        item(5, 5, 12, QStringLiteral("Gộp B")),
        item(6, 6, 11, QStringLiteral("Đổi chủ trì")),
        item(7, 7, 11, QStringLiteral("Đã rút từ trước"), Status::Withdrawn),
        item(8, 8, 12, QStringLiteral("Chỉ đổi trạng thái")),
    };
    QVector<Item> after = before;
    after[0].status = Status::Proposed;
    after[1].content = QStringLiteral("Đã sửa");
    after[1].deadline = *Deadline::parse(QStringLiteral("Quý III"), 2024);
    after[2].status = Status::Rejected;
    after[3].status = after[4].status = Status::Withdrawn;
    after[3].mergedInto = after[4].mergedInto = 20;
    after[5].leadUnitId = 12;
    after[7].status = Status::InDraft;
    after.append(item(20, 20, 11, QStringLiteral("Gộp A và B"), Status::InDraft));
    after.append(item(21, 21, 12, QStringLiteral("Văn phòng thêm")));
    const QHash<qint64, QString> names{
        {10, QStringLiteral("Tư pháp")}, {11, QStringLiteral("Y tế")}, {12, QStringLiteral("Nội vụ")}};

    const Comparison c = Comparison::compare(before, after, names);
    EXPECT_EQ(c.before, 7);
    EXPECT_EQ(c.after, 6);
    ASSERT_EQ(c.added.size(), 1);
    EXPECT_EQ(c.added[0].id, 21);
    ASSERT_EQ(c.removed.size(), 1);
    EXPECT_EQ(c.removed[0].id, 3);
    ASSERT_EQ(c.merged.size(), 2);
    EXPECT_EQ(c.merged[0].mergedInto, 20);
    ASSERT_EQ(c.mergeResults.size(), 1);
    EXPECT_EQ(c.mergeResults[0].id, 20);
    EXPECT_EQ(c.statusChanged, 1);
    ASSERT_EQ(c.changed.size(), 2);
    EXPECT_EQ(c.changed[0].after.id, 2);
    ASSERT_EQ(c.changed[0].fields.size(), 3);
    EXPECT_EQ(c.changed[0].fields[0].field, QStringLiteral("content"));
    EXPECT_EQ(c.changed[0].fields[0].oldValue, QStringLiteral("Sẽ sửa"));
    EXPECT_EQ(c.changed[0].fields[0].newValue, QStringLiteral("Đã sửa"));
    EXPECT_EQ(c.changed[0].fields[1].field, QStringLiteral("deadline"));
    EXPECT_EQ(c.changed[0].fields[2].field, QStringLiteral("due_date"));
    EXPECT_EQ(c.changed[1].fields[0].field, QStringLiteral("lead_unit"));
    EXPECT_EQ(c.changed[1].fields[0].oldValue, QStringLiteral("Y tế"));
    EXPECT_EQ(c.changed[1].fields[0].newValue, QStringLiteral("Nội vụ"));
    EXPECT_EQ(c.after, c.before + c.added.size() - c.removed.size() - c.merged.size() + c.mergeResults.size());

    ASSERT_EQ(c.units.size(), 3);
    const UnitDiff& tp = c.units[0];
    EXPECT_EQ(tp.unitId, 10);
    EXPECT_EQ(tp.before, 3);
    EXPECT_EQ(tp.after, 2);
    EXPECT_EQ(tp.removed, 1);
    EXPECT_EQ(tp.changed, 1);
    const UnitDiff& yt = c.units[1];
    EXPECT_EQ(yt.before, 2);
    EXPECT_EQ(yt.after, 1);
    EXPECT_EQ(yt.merged, 1);
    EXPECT_EQ(yt.mergeResults, 1);
    EXPECT_EQ(yt.movedOut, 1);
    const UnitDiff& nv = c.units[2];
    EXPECT_EQ(nv.before, 2);
    EXPECT_EQ(nv.after, 3);
    EXPECT_EQ(nv.added, 1);
    EXPECT_EQ(nv.merged, 1);
    EXPECT_EQ(nv.movedIn, 1);
    EXPECT_EQ(nv.changed, 1);
    for (const UnitDiff& u : c.units)
        EXPECT_EQ(u.after, u.before + u.added - u.removed - u.merged + u.mergeResults + u.movedIn - u.movedOut)
            << u.unitId;
}

TEST(Comparison, IdenticalRoundsHaveNoDifferences)
{
    const QVector<Item> items = {item(1, 1, 10, QStringLiteral("Một")), item(2, 2, 11, QStringLiteral("Hai"))};
    const Comparison c = Comparison::compare(items, items);
    EXPECT_EQ(c.before, 2);
    EXPECT_EQ(c.after, 2);
    EXPECT_TRUE(c.added.isEmpty() && c.removed.isEmpty() && c.changed.isEmpty() && c.merged.isEmpty());
    EXPECT_EQ(c.statusChanged, 0);
}

#include "workprogram/core/rollover.h"

TEST(Rollover, PeriodsMoveIntoTheNewYearAndDatesNeedReview)
{
    struct Case
    {
        const char* text;
        const char* movedText;
        QDate due;
        bool review;
    };
    const Case cases[] = {
        {"Quý II", "Quý II", QDate(2024, 6, 30), false},
        {"Tháng 6/2023", "Tháng 6/2024", QDate(2024, 6, 30), false},
        {"6 tháng đầu năm", "6 tháng đầu năm", QDate(2024, 6, 30), false},
        {"Năm 2023", "Năm 2024", QDate(2024, 12, 31), false},
        {"Trước 30/6", "Trước 30/6", QDate(2024, 6, 30), false},
        {"15/06/2023", "15/06/2023", QDate(2023, 6, 15), true},
        {"Thường xuyên", "Thường xuyên", QDate(), false},
    };
    for (const Case& c : cases) {
        const std::optional<Deadline> d = Deadline::parse(QString::fromUtf8(c.text), 2023);
        ASSERT_TRUE(d) << c.text;
        const CarriedDeadline moved = Rollover::carry(*d, 2023, 2024);
        EXPECT_EQ(moved.deadline.text(), QString::fromUtf8(c.movedText)) << c.text;
        EXPECT_EQ(moved.deadline.due(), c.due) << c.text;
        EXPECT_EQ(moved.needsReview, c.review) << c.text;
    }
    EXPECT_TRUE(Rollover::isUnfinished(Status::InProgress));
    EXPECT_TRUE(Rollover::isUnfinished(Status::Approved));
    EXPECT_FALSE(Rollover::isUnfinished(Status::Done));
    EXPECT_FALSE(Rollover::isUnfinished(Status::Withdrawn));
    EXPECT_FALSE(Rollover::isUnfinished(Status::Rejected));
}
