// Snapshots taken at program steps and at sign-off: immutable, hashed, verifiable.
#include "testsupport.h"
#include "twounitsdb.h"

#include "workprogram/core/snapshot.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/snapshotrepository.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace wp;
using namespace wp::storage;

namespace {

struct SnapshotDb : test::TwoUnitsDb
{
    QVector<Item> items;
    User office, leader;

    void SetUp() override
    {
        TwoUnitsDb::SetUp();
        if (IsSkipped())
            return;
        items.resize(2);
        items[0].programId = items[1].programId = program.id;
        items[0].content = QStringLiteral("Kế hoạch phổ biến pháp luật");
        items[0].leadUnitId = unitA;
        items[0].coUnitIds = {unitB};
        items[0].deadline = *Deadline::parse(QStringLiteral("Quý II"), 2024);
        items[0].status = Status::InDraft;
        items[1].content = QStringLiteral("Báo cáo công tác y tế");
        items[1].leadUnitId = unitB;
        items[1].status = Status::InDraft;
        ItemService(db).add(items);
        office = addUser(QStringLiteral("vanphong"), Role::Office);
        leader = addUser(QStringLiteral("chutich"), Role::Leader);
    }
    User addUser(const QString& login, Role role) { return addAccount(login, role, QStringLiteral("pw")); }
    QString rawError(const QString& sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) ? QString() : q.lastError().text();
    }
};

} // namespace

TEST_P(SnapshotDb, EveryStepAndTheSignoffFreezeTheItems)
{
    const Snapshot first = WorkflowService(db, office).step(program, ProgramState::Drafting);
    EXPECT_EQ(first.from, ProgramState::Collecting);
    EXPECT_EQ(first.to, ProgramState::Drafting);
    EXPECT_EQ(first.login, QStringLiteral("vanphong"));
    EXPECT_EQ(first.hash, SnapshotJson::sha256(first.content));
    EXPECT_EQ(first.hash.size(), 64);
    const QVector<Item> frozen = first.items();
    ASSERT_EQ(frozen.size(), 2);
    EXPECT_EQ(frozen[0].id, items[0].id);
    EXPECT_EQ(frozen[0].content, items[0].content);
    EXPECT_EQ(frozen[0].coUnitIds, QVector<qint64>{unitB});
    EXPECT_EQ(frozen[0].deadline, items[0].deadline);
    EXPECT_EQ(frozen[0].status, Status::InDraft);
    EXPECT_TRUE(first.content.contains("\"lead_unit\":\"TP\"")) << first.content.toStdString();

    // A later change of an item leaves the snapshot as it was.
    Item changed = *ItemRepository(db).byId(items[0].id);
    changed.content = QStringLiteral("Đã sửa");
    ASSERT_TRUE(ItemRepository(db).update(changed));
    const Snapshot again = *SnapshotRepository(db).byId(first.id);
    EXPECT_EQ(again.content, first.content);
    EXPECT_EQ(again.hash, first.hash);

    WorkflowService(db, office).step(program, ProgramState::Review, QStringLiteral("Trình lãnh đạo"));
    // Nothing only in the draft can be part of an issued program: the leader approves first.
    WorkflowService(db, leader).transitionMany({items[0].id, items[1].id}, Status::Approved);
    const Snapshot signed_ = WorkflowService(db, leader).signoff(program, QStringLiteral("123/QĐ-UBND"));
    const QVector<Snapshot> all = SnapshotRepository(db).forProgram(program.id);
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all[1].label, QStringLiteral("Trình lãnh đạo"));
    EXPECT_EQ(all[2].to, ProgramState::Issued);
    EXPECT_EQ(all[2].label, QStringLiteral("Ban hành theo quyết định 123/QĐ-UBND"));
    EXPECT_EQ(all[2].items()[0].content, QStringLiteral("Đã sửa"));
    // The decision is stored with the signed snapshot's hash.
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(
        QStringLiteral("SELECT decision, snapshot_id, snapshot_hash FROM program_history WHERE to_state = 'issued'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("123/QĐ-UBND"));
    EXPECT_EQ(q.value(1).toLongLong(), signed_.id);
    EXPECT_EQ(q.value(2).toString(), signed_.hash);
    q.finish();
    EXPECT_TRUE(SnapshotRepository(db).verify().isEmpty());
}

TEST_P(SnapshotDb, ARefusedStepTakesNoSnapshot)
{
    EXPECT_THROW(WorkflowService(db, leader).step(program, ProgramState::Drafting), PermissionError);
    EXPECT_THROW(WorkflowService(db, office).step(program, ProgramState::Review), PermissionError);
    EXPECT_TRUE(SnapshotRepository(db).forProgram(program.id).isEmpty());
    EXPECT_EQ(ProgramRepository(db).byYear(2024)->state, ProgramState::Collecting);
}

TEST_P(SnapshotDb, TheDatabaseRefusesToUpdateOrDeleteASnapshot)
{
    const Snapshot s = WorkflowService(db, office).step(program, ProgramState::Drafting);
    EXPECT_TRUE(rawError(QStringLiteral("UPDATE snapshots SET label = 'x'")).contains(QStringLiteral("immutable")));
    EXPECT_TRUE(rawError(QStringLiteral("DELETE FROM snapshots")).contains(QStringLiteral("immutable")));
    EXPECT_EQ(SnapshotRepository(db).byId(s.id)->label, s.label);
}

TEST_P(SnapshotDb, VerifyFindsAnEditedSnapshotAndAForgedHash)
{
    const Snapshot s = WorkflowService(db, office).step(program, ProgramState::Drafting);
    // The tamperer's SQL differs per backend; what verify finds does not.
    ASSERT_EQ(rawError(GetParam() == test::Backend::Postgres
                           ? QStringLiteral("DROP TRIGGER snapshots_no_update ON snapshots")
                           : QStringLiteral("DROP TRIGGER snapshots_no_update")),
              QString());
    ASSERT_EQ(rawError(QStringLiteral("UPDATE snapshots SET content = replace(content, 'Quý II', 'Quý IV')")),
              QString());
    QStringList problems = SnapshotRepository(db).verify();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0],
              QStringLiteral("ảnh chụp #%1: mã băm không khớp (nội dung đã bị sửa sau khi ghi)").arg(s.id));
    // Recomputing the snapshot's hash does not help: the program step kept the old one.
    const QString forged = SnapshotJson::sha256(SnapshotRepository(db).byId(s.id)->content);
    ASSERT_EQ(rawError(QStringLiteral("UPDATE snapshots SET hash = '%1'").arg(forged)), QString());
    problems = SnapshotRepository(db).verify();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0], QStringLiteral("ảnh chụp #%1: mã băm khác mã đã ghi ở bước chương trình #1").arg(s.id));
}

TEST_P(SnapshotDb, TheOfficeMergesItemsIntoOneWithTheOtherLeadsAsCoUnits)
{
    const Item merged = WorkflowService(db, office)
                            .merge({items[0].id, items[1].id}, unitB, QString(), QStringLiteral("Cùng một việc"));
    EXPECT_EQ(merged.number, 3);
    EXPECT_EQ(merged.leadUnitId, unitB);
    EXPECT_EQ(merged.coUnitIds, QVector<qint64>{unitA}); // unit B leads now, so it is no co-unit
    EXPECT_EQ(merged.content, items[0].content);
    EXPECT_EQ(merged.deadline, items[0].deadline);
    EXPECT_EQ(merged.status, Status::InDraft);
    for (const Item& original : items) {
        const Item it = *ItemRepository(db).byId(original.id);
        EXPECT_EQ(it.status, Status::Withdrawn);
        EXPECT_EQ(it.mergedInto, merged.id);
        const QVector<HistoryEntry> h = HistoryRepository(db).forItem(it.id);
        ASSERT_EQ(h.size(), 2); // its creation, then the merge
        EXPECT_EQ(h[1].from, Status::InDraft);
        EXPECT_EQ(h[1].to, Status::Withdrawn);
        EXPECT_EQ(h[1].comment, QStringLiteral("gộp vào nội dung số 3 (mã %1): Cùng một việc").arg(merged.id));
    }
    // The merged item is born with every field and the reason.
    const QVector<HistoryEntry> h = HistoryRepository(db).forItem(merged.id);
    ASSERT_EQ(h.size(), 1);
    EXPECT_EQ(h[0].kind, HistoryEntry::Kind::Create);
    EXPECT_EQ(h[0].login, QStringLiteral("vanphong"));
    EXPECT_EQ(h[0].to, Status::InDraft);
    EXPECT_EQ(h[0].comment, QStringLiteral("gộp từ các nội dung số 1, 2: Cùng một việc"));
    EXPECT_EQ(h[0].changes.first().newValue, items[0].content);
    EXPECT_TRUE(HistoryRepository(db).verify().isEmpty());
    // The merged originals are frozen as such in the next snapshot.
    const Snapshot s = WorkflowService(db, office).step(program, ProgramState::Drafting);
    const QVector<Item> frozen = s.items();
    ASSERT_EQ(frozen.size(), 3);
    EXPECT_EQ(frozen[0].mergedInto, merged.id);
    EXPECT_EQ(frozen[2].mergedInto, 0);
}

TEST_P(SnapshotDb, MergeRefusalsWriteNothing)
{
    const int created = HistoryRepository(db).count(); // the two items' creation rows
    auto expectNothingWritten = [this, created] {
        EXPECT_EQ(ItemRepository(db).count(program.id), 2);
        EXPECT_EQ(HistoryRepository(db).count(), created);
        EXPECT_EQ(ItemRepository(db).byId(items[0].id)->status, Status::InDraft);
    };
    try {
        WorkflowService(db, leader).merge({items[0].id, items[1].id}, unitA);
        ADD_FAILURE() << "a leader merged";
    } catch (const PermissionError& e) {
        EXPECT_EQ(e.message(), QStringLiteral("chutich (Lãnh đạo) không được gộp nội dung: chỉ Văn phòng mới được"));
    }
    expectNothingWritten();
    EXPECT_THROW(WorkflowService(db, office).merge({items[0].id, items[0].id}, unitA), InvalidRequestError);
    EXPECT_THROW(WorkflowService(db, office).merge({items[0].id, 999}, unitA), InvalidRequestError);
    expectNothingWritten();
    Item approved = *ItemRepository(db).byId(items[1].id);
    approved.status = Status::Approved;
    ASSERT_TRUE(ItemRepository(db).update(approved));
    try {
        WorkflowService(db, office).merge({items[0].id, items[1].id}, unitA);
        ADD_FAILURE() << "an approved item was merged";
    } catch (const PermissionError& e) {
        EXPECT_EQ(e.message(),
                  QStringLiteral("nội dung số 2 đang ở trạng thái \"Đã phê duyệt\": chỉ gộp được nội dung \"Đề xuất\" "
                                 "hoặc \"Đưa vào dự thảo\""));
    }
    expectNothingWritten();
}

TEST_P(SnapshotDb, RolloverCarriesUnfinishedItemsIntoTheNextYear)
{
    QVector<Item> more(2);
    more[0].programId = more[1].programId = program.id;
    more[0].content = QStringLiteral("Đã xong");
    more[0].leadUnitId = unitA;
    more[0].status = Status::Done;
    more[1].content = QStringLiteral("Hạn là một ngày");
    more[1].leadUnitId = unitB;
    more[1].deadline = Deadline::fromDate(QDate(2024, 9, 15));
    more[1].status = Status::InProgress;
    ItemService(db).add(more);

    EXPECT_THROW(WorkflowService(db, leader).rollover(2024, 2025), PermissionError);
    EXPECT_THROW(WorkflowService(db, office).rollover(2024, 2024), InvalidRequestError);
    EXPECT_THROW(WorkflowService(db, office).rollover(2020, 2021), InvalidRequestError);
    EXPECT_FALSE(ProgramRepository(db).byYear(2025));

    const QVector<Item> carried = WorkflowService(db, office).rollover(2024, 2025);
    ASSERT_EQ(carried.size(), 3);
    const Program next = *ProgramRepository(db).byYear(2025);
    EXPECT_EQ(next.state, ProgramState::Collecting);
    const QVector<Item> stored = ItemRepository(db).list(next.id);
    ASSERT_EQ(stored.size(), 3);
    EXPECT_EQ(stored[0].carriedFrom, items[0].id);
    EXPECT_EQ(stored[0].number, 1);
    EXPECT_EQ(stored[0].status, Status::Proposed);
    EXPECT_EQ(stored[0].content, items[0].content);
    EXPECT_EQ(stored[0].coUnitIds, QVector<qint64>{unitB});
    EXPECT_EQ(stored[0].deadline.text(), QStringLiteral("Quý II"));
    EXPECT_EQ(stored[0].deadline.due(), QDate(2025, 6, 30));
    EXPECT_FALSE(stored[0].deadlineNeedsReview);
    EXPECT_EQ(stored[2].carriedFrom, more[1].id);
    EXPECT_EQ(stored[2].deadline.text(), QStringLiteral("15/09/2024"));
    EXPECT_TRUE(stored[2].deadlineNeedsReview);
    const QVector<HistoryEntry> h = HistoryRepository(db).forItem(stored[2].id);
    ASSERT_EQ(h.size(), 1);
    EXPECT_EQ(h[0].comment,
              QStringLiteral("chuyển từ chương trình năm 2024 (nội dung số 4, mã %1); thời hạn \"15/09/2024\" là "
                             "một ngày cụ thể: cần xem lại")
                  .arg(more[1].id));
    // Once per pair of years.
    EXPECT_THROW(WorkflowService(db, office).rollover(2024, 2025), InvalidRequestError);
    EXPECT_EQ(ItemRepository(db).count(next.id), 3);
    // Changing the flagged deadline clears the flag; other edits keep it.
    Item flagged = stored[2];
    flagged.note = QStringLiteral("ghi chú");
    WorkflowService(db, office).edit(flagged);
    EXPECT_TRUE(ItemRepository(db).byId(flagged.id)->deadlineNeedsReview);
    flagged = *ItemRepository(db).byId(flagged.id);
    flagged.deadline = Deadline::fromDate(QDate(2025, 9, 15));
    WorkflowService(db, office).edit(flagged);
    EXPECT_FALSE(ItemRepository(db).byId(flagged.id)->deadlineNeedsReview);
}

INSTANTIATE_TEST_SUITE_P(Backends, SnapshotDb, ::testing::Values(test::Backend::Sqlite, test::Backend::Postgres),
                         test::backendName);
