// The item model with a signed-in person: edits, undo and redo go through the workflow.
#include "testsupport.h"

#include "workprogram/io/sampledata.h"
#include "workprogram/models/itemeditor.h"
#include "workprogram/models/itemloader.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace wp;
using models::ItemTableModel;

namespace {

struct ModelsWorkflow : ::testing::Test
{
    test::TempDb tmp;
    storage::Database& db = tmp.db();
    ItemTableModel model;
    models::ItemLoader loader{model};
    models::ItemEditor editor{model, loader};
    QUndoStack undo;
    int historyAtStart = 0;

    void SetUp() override
    {
        io::SampleData::addUnits(db);
        io::SampleData::addProgram(db);
        // The 2023 sample is signed, frozen (issue 12): the model works on a 2024 program being
        // compiled, the sample's items again, one in three approved, the rest in the draft.
        const Program program = storage::ProgramRepository(db).ensure(2024);
        QVector<Item> items = storage::ItemRepository(db).list(storage::ProgramRepository(db).byYear(2023)->id);
        for (int i = 0; i < items.size(); ++i) {
            items[i].id = 0;
            items[i].programId = program.id;
            items[i].status = i % 3 == 0 ? Status::Approved : Status::InDraft;
        }
        storage::ItemRepository(db).insert(items);
        historyAtStart = storage::HistoryRepository(db).count();
        editor.setUndoStack(&undo);
        loader.load(db, program.id, 2024, QDate(2024, 7, 1));
    }
    int firstRowWith(Status s) const
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.item(r).status == s)
                return r;
        return -1;
    }
    static User person(const QString& login, Role role, qint64 unitId = 0)
    {
        User u;
        u.id = 1;
        u.login = login;
        u.role = role;
        u.unitId = unitId;
        return u;
    }
};

} // namespace

TEST_F(ModelsWorkflow, AUnitEditingALockedItemIsRefusedAndNothingChanges)
{
    const int row = firstRowWith(Status::Approved);
    ASSERT_GE(row, 0);
    const Item before = model.item(row);
    editor.setActingUser(person(QStringLiteral("donvi"), Role::Unit, before.leadUnitId));
    QSignalSpy errors(&model, &ItemTableModel::errorOccurred);
    EXPECT_FALSE(model.setData(model.index(row, ItemTableModel::Content), QStringLiteral("Nội dung khác")));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_EQ(
        errors.first().first().toString(),
        QStringLiteral(
            "nội dung số %1 đang ở trạng thái \"Đã phê duyệt\": không ai được sửa Nội dung công việc; chỉ sửa được "
            "bằng điều chỉnh chương trình")
            .arg(before.number));
    EXPECT_EQ(model.item(row).content, before.content);
    EXPECT_EQ(storage::ItemRepository(db).byId(before.id)->content, before.content);
    EXPECT_EQ(storage::HistoryRepository(db).count(), historyAtStart);
    EXPECT_EQ(undo.count(), 0);
}

TEST_F(ModelsWorkflow, AnAllowedEditWritesHistoryAndItsUndoAndRedoToo)
{
    const int row = firstRowWith(Status::InDraft);
    ASSERT_GE(row, 0);
    const Item before = model.item(row);
    editor.setActingUser(person(QStringLiteral("vanphong"), Role::Office));
    ASSERT_TRUE(model.setData(model.index(row, ItemTableModel::Leader), QStringLiteral("PCT Trần Văn B")));
    EXPECT_EQ(storage::ItemRepository(db).byId(before.id)->leader, QStringLiteral("PCT Trần Văn B"));
    QVector<storage::HistoryEntry> h = storage::HistoryRepository(db).forItem(before.id);
    ASSERT_EQ(h.size(), 2); // the item's creation, then the edit
    EXPECT_EQ(h[0].kind, storage::HistoryEntry::Kind::Create);
    EXPECT_EQ(h[1].kind, storage::HistoryEntry::Kind::Edit);
    EXPECT_EQ(h[1].login, QStringLiteral("vanphong"));
    ASSERT_EQ(h[1].changes.size(), 1);
    EXPECT_EQ(h[1].changes[0].field, QStringLiteral("leader"));
    EXPECT_EQ(h[1].changes[0].oldValue, before.leader);
    EXPECT_EQ(h[1].changes[0].newValue, QStringLiteral("PCT Trần Văn B"));

    undo.undo();
    EXPECT_EQ(model.item(row).leader, before.leader);
    EXPECT_EQ(storage::ItemRepository(db).byId(before.id)->leader, before.leader);
    h = storage::HistoryRepository(db).forItem(before.id);
    ASSERT_EQ(h.size(), 3);
    EXPECT_EQ(h[2].kind, storage::HistoryEntry::Kind::Edit);
    EXPECT_EQ(h[2].changes[0].oldValue, QStringLiteral("PCT Trần Văn B"));
    EXPECT_EQ(h[2].changes[0].newValue, before.leader);

    undo.redo();
    EXPECT_EQ(storage::ItemRepository(db).byId(before.id)->leader, QStringLiteral("PCT Trần Văn B"));
    EXPECT_EQ(storage::HistoryRepository(db).forItem(before.id).size(), 4);
    EXPECT_TRUE(storage::HistoryRepository(db).verify().isEmpty());
}

// Without accounts the edits are still recorded, by nobody (issue 12: every change is in the
// history that verify replays).
TEST_F(ModelsWorkflow, WithNobodySignedInEditsAreRecordedByNobody)
{
    const int row = firstRowWith(Status::InDraft);
    ASSERT_GE(row, 0);
    ASSERT_TRUE(model.setData(model.index(row, ItemTableModel::Content), QStringLiteral("Nội dung khác")));
    EXPECT_EQ(storage::ItemRepository(db).byId(model.item(row).id)->content, QStringLiteral("Nội dung khác"));
    EXPECT_EQ(storage::HistoryRepository(db).count(), historyAtStart + 1);
    const QVector<storage::HistoryEntry> h = storage::HistoryRepository(db).forItem(model.item(row).id);
    ASSERT_FALSE(h.isEmpty());
    EXPECT_EQ(h.last().kind, storage::HistoryEntry::Kind::Edit);
    EXPECT_EQ(h.last().login, QString());
}

TEST_F(ModelsWorkflow, AddAndDeleteAreRecordedAsThePersonSignedIn)
{
    editor.setActingUser(person(QStringLiteral("vanphong"), Role::Office));
    Item draft = model.item(0);
    draft.id = 0;
    draft.number = 0;
    draft.status = Status::Draft;
    ASSERT_TRUE(editor.addItems({draft}, QStringLiteral("thêm")));
    const Item added = model.items().last();
    ASSERT_EQ(added.number, 536);
    QVector<storage::HistoryEntry> h = storage::HistoryRepository(db).forItem(added.id);
    ASSERT_EQ(h.size(), 1);
    EXPECT_EQ(h[0].kind, storage::HistoryEntry::Kind::Create);
    EXPECT_EQ(h[0].login, QStringLiteral("vanphong"));
    ASSERT_TRUE(editor.removeItems({added.id}, QStringLiteral("xóa")));
    h = storage::HistoryRepository(db).forItem(added.id);
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h[1].kind, storage::HistoryEntry::Kind::Delete);
    EXPECT_EQ(h[1].login, QStringLiteral("vanphong"));
    EXPECT_EQ(h[1].comment, QStringLiteral("xóa nội dung số 536"));
    // The undo of the delete adds it back: a creation again.
    undo.undo();
    EXPECT_EQ(storage::HistoryRepository(db).count(), historyAtStart + 3);
    EXPECT_TRUE(storage::HistoryRepository(db).verify().isEmpty());
}

TEST_F(ModelsWorkflow, WithNobodySignedInLockedFieldsAreStillRefused)
{
    const int row = firstRowWith(Status::Approved);
    ASSERT_GE(row, 0);
    const Item before = model.item(row);
    QString error;
    QObject::connect(&model, &ItemTableModel::errorOccurred, [&](const QString& m) { error = m; });
    EXPECT_FALSE(model.setData(model.index(row, ItemTableModel::Content), QStringLiteral("Nội dung khác")));
    EXPECT_EQ(error, QStringLiteral("nội dung số %1 đang ở trạng thái \"Đã phê duyệt\": không ai được sửa Nội dung "
                                    "công việc; chỉ sửa được bằng điều chỉnh chương trình")
                         .arg(before.number));
    EXPECT_EQ(model.item(row).content, before.content);
    EXPECT_EQ(storage::ItemRepository(db).byId(before.id)->content, before.content);
    EXPECT_EQ(storage::ItemRepository(db).byId(before.id)->rowVersion, before.rowVersion);
    EXPECT_EQ(undo.count(), 0);
    // Nor deleted: only drafts are.
    EXPECT_FALSE(editor.removeItems({before.id}, QStringLiteral("xóa")));
    EXPECT_TRUE(error.startsWith(QStringLiteral("nội dung số %1 đang ở trạng thái \"Đã phê duyệt\": chỉ xóa được nội "
                                                "dung \"Nháp\"")
                                     .arg(before.number)))
        << error.toStdString();
    EXPECT_EQ(storage::ItemRepository(db).count(before.programId), 535);
    EXPECT_EQ(undo.count(), 0);
}
