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

    void SetUp() override
    {
        io::SampleData::addUnits(db);
        io::SampleData::addProgram(db);
        editor.setUndoStack(&undo);
        loader.load(db, storage::ProgramRepository(db).byYear(2023)->id, 2023, QDate(2023, 7, 1));
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
    EXPECT_EQ(storage::HistoryRepository(db).count(), 0);
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
    ASSERT_EQ(h.size(), 1);
    EXPECT_EQ(h[0].kind, storage::HistoryEntry::Kind::Edit);
    EXPECT_EQ(h[0].login, QStringLiteral("vanphong"));
    ASSERT_EQ(h[0].changes.size(), 1);
    EXPECT_EQ(h[0].changes[0].field, QStringLiteral("leader"));
    EXPECT_EQ(h[0].changes[0].oldValue, before.leader);
    EXPECT_EQ(h[0].changes[0].newValue, QStringLiteral("PCT Trần Văn B"));

    undo.undo();
    EXPECT_EQ(model.item(row).leader, before.leader);
    EXPECT_EQ(storage::ItemRepository(db).byId(before.id)->leader, before.leader);
    h = storage::HistoryRepository(db).forItem(before.id);
    ASSERT_EQ(h.size(), 2);
    EXPECT_EQ(h[1].kind, storage::HistoryEntry::Kind::Edit);
    EXPECT_EQ(h[1].changes[0].oldValue, QStringLiteral("PCT Trần Văn B"));
    EXPECT_EQ(h[1].changes[0].newValue, before.leader);

    undo.redo();
    EXPECT_EQ(storage::ItemRepository(db).byId(before.id)->leader, QStringLiteral("PCT Trần Văn B"));
    EXPECT_EQ(storage::HistoryRepository(db).forItem(before.id).size(), 3);
    EXPECT_TRUE(storage::HistoryRepository(db).verify().isEmpty());
}

TEST_F(ModelsWorkflow, WithNobodySignedInEditsWriteNoHistory)
{
    const int row = firstRowWith(Status::InDraft);
    ASSERT_GE(row, 0);
    ASSERT_TRUE(model.setData(model.index(row, ItemTableModel::Content), QStringLiteral("Nội dung khác")));
    EXPECT_EQ(storage::ItemRepository(db).byId(model.item(row).id)->content, QStringLiteral("Nội dung khác"));
    EXPECT_EQ(storage::HistoryRepository(db).count(), 0);
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
    EXPECT_EQ(storage::HistoryRepository(db).count(), 3);
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
