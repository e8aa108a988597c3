// Other connections' changes reach the table (issue 13): a write through one Database makes the
// other's notifier fire, and syncChangedItems shows the new value row by row, the selection kept.
#include "fewitems.h"
#include "testsupport.h"

#include "workprogram/models/itemloader.h"
#include "workprogram/models/itemsync.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/changenotifier.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QItemSelectionModel>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace wp;
using namespace wp::storage;
using models::ItemTableModel;
using wp::test::Backend;

namespace {

struct ItemSync : ::testing::TestWithParam<Backend>
{
    wp::test::TestDb tmp{GetParam()};
    qint64 programId = 0;
    QVector<Item> items = QVector<Item>(3);

    void SetUp() override
    {
        WP_SKIP_UNLESS_AVAILABLE(tmp);
        Database& db = tmp.db();
        Program p;
        p.year = 2024;
        const qint64 unit = wp::test::addUnitAndProgram(db, p);
        programId = p.id;
        wp::test::addNumberedItems(db, items, programId, unit, Status::Draft);
    }
};

} // namespace

TEST_P(ItemSync, AWriteThroughAnotherConnectionIsShownWithTheSelectionKept)
{
    Database& reader = tmp.db();
    auto writer = Database::open(tmp.spec());
    ItemTableModel model;
    models::ItemLoader(model).load(reader, programId, 2024, QDate(2024, 3, 1));
    ASSERT_EQ(model.rowCount(), 3);
    QItemSelectionModel selection(&model);
    selection.select(model.index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(model.index(2, ItemTableModel::Content), QItemSelectionModel::NoUpdate);
    ChangeNotifier notifier(reader);
    notifier.setPollInterval(10);
    QSignalSpy heard(&notifier, &ChangeNotifier::changed);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    Item changed = *ItemRepository(*writer).byId(items[1].id);
    changed.content = QStringLiteral("Sửa ở máy khác");
    ItemService(*writer).update(changed);
    Item added;
    added.programId = programId;
    added.content = QStringLiteral("Thêm ở máy khác");
    added.leadUnitId = changed.leadUnitId;
    added.status = Status::Draft;
    QVector<Item> more{added};
    ItemService(*writer).add(more);

    ASSERT_TRUE(heard.wait(2000));
    // The row being edited (the current one) is left alone; the others follow.
    EXPECT_EQ(models::syncChangedItems(reader, model, items[2].id), 2);
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.item(1).content, QStringLiteral("Sửa ở máy khác"));
    EXPECT_EQ(model.item(3).content, QStringLiteral("Thêm ở máy khác"));
    EXPECT_EQ(reset.count(), 0);
    EXPECT_TRUE(selection.isRowSelected(1, QModelIndex()));
    EXPECT_EQ(selection.selectedRows().size(), 1);
    EXPECT_EQ(selection.currentIndex(), model.index(2, ItemTableModel::Content));
    // Nothing more changed: nothing more read.
    EXPECT_EQ(models::syncChangedItems(reader, model), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, ItemSync, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         wp::test::backendName);
