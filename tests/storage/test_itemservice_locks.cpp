// ItemService (no signed-in person: import, demo, the GUI of a database without users) keeps the
// workflow's locks as for the widest role: locked fields, impossible status changes and deleting
// anything but a draft are refused with the message, and nothing is written.
#include "testsupport.h"

#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <gtest/gtest.h>

#include <functional>

using namespace wp;
using namespace wp::storage;

namespace {

/// On SQLite and on PostgreSQL (skipped without WP_TEST_PG).
struct ItemLocks : ::testing::TestWithParam<test::Backend>
{
    test::TestDb tmp{GetParam()};
    test::TempDb placeholder; ///< stands in for an unavailable server (the test is skipped)
    Database& db = tmp.unavailable().isEmpty() ? tmp.db() : placeholder.db();
    Program program;
    QVector<Item> items; // numbers 1..8: one item in each status below
    const QVector<Status> statuses{Status::Draft,      Status::Proposed, Status::InDraft,  Status::Approved,
                                   Status::InProgress, Status::Done,     Status::Rejected, Status::Withdrawn};

    void SetUp() override
    {
        WP_SKIP_UNLESS_AVAILABLE(tmp);
        Unit u;
        u.code = QStringLiteral("TP");
        u.name = QStringLiteral("Phòng Tư pháp");
        const qint64 unit = UnitRepository(db).add(u);
        program.year = 2024;
        program.title = Program::defaultTitle(2024);
        program.id = ProgramRepository(db).add(program);
        for (Status s : statuses) {
            Item it;
            it.programId = program.id;
            it.content = QStringLiteral("Việc ") + StatusInfo::key(s);
            it.leadUnitId = unit;
            it.status = s;
            items.append(it);
        }
        ItemService(db).add(items);
    }
    Item stored(int number) { return *ItemRepository(db).byId(items[number - 1].id); }
    // Updates item @p number changed by @p change; returns the refusal, empty when written.
    QString update(int number, const std::function<void(Item&)>& change)
    {
        Item it = stored(number);
        change(it);
        try {
            ItemService(db).update(it);
        } catch (const PermissionError& e) {
            return e.message();
        }
        return QString();
    }
    QString remove(const QVector<int>& numbers)
    {
        QVector<qint64> ids;
        for (int n : numbers)
            ids.append(items[n - 1].id);
        try {
            ItemService(db).remove(ids);
        } catch (const PermissionError& e) {
            return e.message();
        }
        return QString();
    }
};

} // namespace

TEST_P(ItemLocks, DraftsProposalsAndTheDraftProgramAreEditable)
{
    for (int n : {1, 2, 3}) {
        EXPECT_EQ(update(n, [](Item& it) { it.content += QStringLiteral(" (sửa)"); }), QString());
        EXPECT_TRUE(stored(n).content.endsWith(QStringLiteral(" (sửa)")));
    }
}

TEST_P(ItemLocks, ApprovedAndInProgressItemsKeepAllButTheNote)
{
    for (int n : {4, 5}) {
        const Item before = stored(n);
        EXPECT_EQ(update(n,
                         [](Item& it) {
                             it.content = QStringLiteral("Việc khác");
                             it.leader = QStringLiteral("PCT");
                         }),
                  QStringLiteral("nội dung số %1 đang ở trạng thái \"%2\": không ai được sửa Nội dung công việc, Lãnh "
                                 "đạo phụ trách; chỉ sửa được bằng điều chỉnh chương trình")
                      .arg(n)
                      .arg(StatusInfo::label(before.status)));
        const Item after = stored(n);
        EXPECT_EQ(after.content, before.content);
        EXPECT_EQ(after.leader, before.leader);
        EXPECT_EQ(after.rowVersion, before.rowVersion);
        EXPECT_EQ(update(n, [](Item& it) { it.note = QStringLiteral("Đang triển khai"); }), QString());
        EXPECT_EQ(stored(n).note, QStringLiteral("Đang triển khai"));
    }
}

TEST_P(ItemLocks, DoneRejectedAndWithdrawnItemsAreLockedWhole)
{
    for (int n : {6, 7, 8}) {
        const Item before = stored(n);
        EXPECT_EQ(update(n, [](Item& it) { it.note = QStringLiteral("Ghi thêm"); }),
                  QStringLiteral("nội dung số %1 đang ở trạng thái \"%2\": không ai được sửa Ghi chú; chỉ sửa được "
                                 "bằng điều chỉnh chương trình")
                      .arg(n)
                      .arg(StatusInfo::label(before.status)));
        EXPECT_EQ(stored(n).note, before.note);
        EXPECT_EQ(stored(n).rowVersion, before.rowVersion);
    }
}

TEST_P(ItemLocks, WhileTheProgramIsAmendedApprovedItemsAreEditable)
{
    program.state = ProgramState::Amending;
    ProgramRepository(db).update(program);
    EXPECT_EQ(update(4, [](Item& it) { it.content = QStringLiteral("Việc đã điều chỉnh"); }), QString());
    EXPECT_EQ(stored(4).content, QStringLiteral("Việc đã điều chỉnh"));
    // Done items stay locked in an amendment too.
    EXPECT_EQ(update(6, [](Item& it) { it.content = QStringLiteral("Việc khác"); }),
              QStringLiteral("nội dung số 6 đang ở trạng thái \"Hoàn thành\": không ai được sửa Nội dung công việc; "
                             "chỉ sửa được bằng điều chỉnh chương trình"));
}

TEST_P(ItemLocks, StatusChangesFollowTheWorkflowTable)
{
    // Not around the locks: a done item cannot be taken back to a draft, edited and closed again.
    EXPECT_EQ(update(6, [](Item& it) { it.status = Status::Draft; }),
              QStringLiteral("nội dung số 6 không chuyển được từ \"Hoàn thành\" sang \"Nháp\"; từ \"Hoàn thành\" chỉ "
                             "chuyển được sang: \"Đang thực hiện\""));
    EXPECT_EQ(stored(6).status, Status::Done);
    EXPECT_EQ(update(7, [](Item& it) { it.status = Status::Proposed; }),
              QStringLiteral("nội dung số 7 đang ở trạng thái \"Không đưa vào chương trình\": không chuyển được sang "
                             "trạng thái khác"));
    EXPECT_EQ(stored(7).status, Status::Rejected);
    EXPECT_EQ(update(4, [](Item& it) { it.status = Status::InProgress; }), QString());
    EXPECT_EQ(stored(4).status, Status::InProgress);
    EXPECT_EQ(update(1, [](Item& it) { it.status = Status::Proposed; }), QString());
}

TEST_P(ItemLocks, OneLockedItemRefusesTheWholeBatch)
{
    QVector<Item> batch{stored(1), stored(4)};
    batch[0].leader = QStringLiteral("PCT mới");
    batch[1].leader = QStringLiteral("PCT mới");
    try {
        ItemService(db).update(batch);
        FAIL() << "written";
    } catch (const PermissionError& e) {
        EXPECT_EQ(e.message(), QStringLiteral("nội dung số 4 đang ở trạng thái \"Đã phê duyệt\": không ai được sửa "
                                              "Lãnh đạo phụ trách; chỉ sửa được bằng điều chỉnh chương trình"));
    }
    EXPECT_EQ(stored(1).leader, QString());
    EXPECT_EQ(stored(1).rowVersion, 1);
}

TEST_P(ItemLocks, OnlyDraftsAreDeleted)
{
    for (int n = 2; n <= 8; ++n)
        EXPECT_EQ(remove({n}), QStringLiteral("nội dung số %1 đang ở trạng thái \"%2\": chỉ xóa được nội dung "
                                              "\"Nháp\"; nội dung đã gửi đi thì chuyển sang \"Rút khỏi chương trình\" "
                                              "hoặc \"Không đưa vào chương trình\" để còn dấu vết")
                                   .arg(n)
                                   .arg(StatusInfo::label(statuses[n - 1])));
    // A draft and a proposal together: neither is deleted.
    EXPECT_FALSE(remove({1, 2}).isEmpty());
    EXPECT_EQ(ItemRepository(db).count(program.id), 8);
    EXPECT_EQ(remove({1}), QString());
    EXPECT_EQ(ItemRepository(db).count(program.id), 7);
}

TEST_P(ItemLocks, CreationAndDeletionAreInTheChainedHistory)
{
    Item it;
    it.programId = program.id;
    it.content = QStringLiteral("Việc mới");
    it.leadUnitId = items[0].leadUnitId;
    it.deadline = *Deadline::parse(QStringLiteral("Quý III"), 2024);
    it.status = Status::Draft;
    QVector<Item> added{it};
    ItemService(db).create(added, QStringLiteral("vanphong"));
    const qint64 id = added[0].id;
    QVector<HistoryEntry> h = HistoryRepository(db).forItem(id);
    ASSERT_EQ(h.size(), 1);
    EXPECT_EQ(h[0].kind, HistoryEntry::Kind::Create);
    EXPECT_EQ(h[0].login, QStringLiteral("vanphong"));
    EXPECT_EQ(h[0].to, Status::Draft);
    EXPECT_EQ(h[0].comment, QStringLiteral("thêm nội dung số 9"));
    ASSERT_EQ(h[0].changes.size(), 4); // the three fields written, and the number (STT)
    EXPECT_EQ(h[0].changes[3].field, QStringLiteral("number"));
    EXPECT_EQ(h[0].changes[3].newValue, QStringLiteral("9"));
    EXPECT_EQ(h[0].changes[0].field, QStringLiteral("content"));
    EXPECT_EQ(h[0].changes[0].oldValue, QString());
    EXPECT_EQ(h[0].changes[0].newValue, QStringLiteral("Việc mới"));
    EXPECT_EQ(h[0].changes[2].newValue, QStringLiteral("Quý III"));

    ItemService(db).remove({id}); // nobody signed in: an empty login
    EXPECT_FALSE(ItemRepository(db).byId(id));
    h = HistoryRepository(db).forItem(id);
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h[1].kind, HistoryEntry::Kind::Delete);
    EXPECT_EQ(h[1].login, QString());
    EXPECT_EQ(h[1].from, Status::Draft);
    EXPECT_EQ(h[1].comment, QStringLiteral("xóa nội dung số 9"));
    EXPECT_EQ(h[1].changes[0].oldValue, QStringLiteral("Việc mới"));
    EXPECT_EQ(h[1].changes[0].newValue, QString());
    EXPECT_TRUE(HistoryRepository(db).verify().isEmpty());
    // A refused deletion records nothing.
    const int recorded = HistoryRepository(db).count();
    EXPECT_FALSE(remove({4}).isEmpty());
    EXPECT_EQ(HistoryRepository(db).count(), recorded);
}

INSTANTIATE_TEST_SUITE_P(Backends, ItemLocks, ::testing::Values(test::Backend::Sqlite, test::Backend::Postgres),
                         test::backendName);
