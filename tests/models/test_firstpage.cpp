// A large program's first page shown before the rest is read (issue 3: first rows within
// 0.5 s on 100 000 items): the model grows by one insert of rows, and everything over it —
// proxy, filter, counts, changes and undo — ends up exactly as after a full load.
#include "amendedprogram.h"
#include "testsupport.h"

#include "workprogram/io/sampledata.h"
#include "workprogram/models/itemeditor.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemloader.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/unitcountsmodel.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace wp;
using models::ItemFilter;
using models::ItemFilterProxy;
using models::ItemTableModel;
using models::UnitCountsModel;

namespace {

const QDate Today(2023, 7, 1);

struct FirstPage : test::AmendedProgram
{
    ItemTableModel full; ///< the same program loaded at once, to compare with

    void SetUp() override
    {
        AmendedProgram::SetUp();
        models::ItemLoader(full).load(db, programId, 2023, Today);
    }
    static QVector<int> shownNumbers(const ItemFilterProxy& proxy, const ItemTableModel& m)
    {
        QVector<int> n;
        for (int r = 0; r < proxy.rowCount(); ++r)
            n.append(m.item(proxy.mapToSource(proxy.index(r, 0)).row()).number);
        return n;
    }
};

} // namespace

TEST_F(FirstPage, TheRestIsAppendedAndEverythingEndsAsAfterAFullLoad)
{
    ItemFilterProxy proxy;
    proxy.setItemModel(&model);
    proxy.sort(ItemTableModel::Number, Qt::AscendingOrder);
    ItemFilter f;
    f.leadUnits = {unit.value(QStringLiteral("VP")), unit.value(QStringLiteral("TP"))};
    f.search = QStringLiteral("ke hoach");
    proxy.setFilter(f);
    UnitCountsModel counts(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester countsTester(&counts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy completed(&model, &ItemTableModel::loadCompleted);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    loader.loadFirst(db, programId, 2023, Today, 100);
    EXPECT_FALSE(model.isComplete());
    ASSERT_EQ(model.rowCount(), 100);
    for (int r = 0; r < 100; ++r)
        ASSERT_EQ(model.item(r).number, full.item(r).number);
    EXPECT_EQ(completed.count(), 0);

    loader.loadRest();
    EXPECT_TRUE(model.isComplete());
    EXPECT_EQ(completed.count(), 1);
    ASSERT_EQ(inserted.count(), 1) << "one insert of rows, not a reset";
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 100);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), 534);
    ASSERT_EQ(model.rowCount(), 535);
    for (int r = 0; r < full.rowCount(); ++r) {
        const Item& a = model.item(r);
        const Item& b = full.item(r);
        ASSERT_EQ(a.id, b.id) << r;
        EXPECT_EQ(a.number, b.number);
        EXPECT_EQ(a.content, b.content);
        EXPECT_EQ(a.coUnitIds, b.coUnitIds) << a.number;
        EXPECT_EQ(a.deadline, b.deadline);
        EXPECT_EQ(a.updatedAt, b.updatedAt);
        EXPECT_EQ(model.searchKey(r), full.searchKey(r));
        EXPECT_EQ(model.rowOfId(a.id), r);
    }
    ItemFilterProxy fullProxy;
    fullProxy.setItemModel(&full);
    fullProxy.sort(ItemTableModel::Number, Qt::AscendingOrder);
    fullProxy.setFilter(f);
    EXPECT_EQ(shownNumbers(proxy, model), shownNumbers(fullProxy, full));
    EXPECT_GT(proxy.rowCount(), 0);
    UnitCountsModel fullCounts(&full);
    ASSERT_EQ(counts.rowCount(), fullCounts.rowCount());
    for (int r = 0; r < counts.rowCount(); ++r)
        for (int c = 0; c < UnitCountsModel::ColumnCount; ++c)
            ASSERT_EQ(counts.index(r, c).data(), fullCounts.index(r, c).data()) << r << "," << c;
    EXPECT_EQ(counts.index(counts.rowCount() - 1, UnitCountsModel::Total).data().toInt(), 535);
    EXPECT_EQ(model.distinctValues(ItemTableModel::Leader), full.distinctValues(ItemTableModel::Leader));

    loader.loadRest(); // nothing left: no signal, no rows
    EXPECT_EQ(completed.count(), 1);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.rowCount(), 535);
}

TEST_F(FirstPage, AProgramThatFitsTheFirstPageIsCompleteAtOnce)
{
    QSignalSpy completed(&model, &ItemTableModel::loadCompleted);
    loader.loadFirst(db, programId, 2023, Today, 535);
    EXPECT_TRUE(model.isComplete()) << "exactly the page size: nothing left";
    EXPECT_EQ(model.rowCount(), 535);
    loader.loadRest();
    EXPECT_EQ(completed.count(), 0);
    EXPECT_EQ(model.rowCount(), 535);
    loader.loadFirst(db, programId, 2023, Today, 534);
    EXPECT_FALSE(model.isComplete());
    loader.loadRest();
    EXPECT_EQ(model.rowCount(), 535);
    EXPECT_EQ(model.items().last().number, 535);
}

TEST_F(FirstPage, AChangeBeforeTheRestIsReadReadsItFirstAndIsUndone)
{
    loader.loadFirst(db, programId, 2023, Today, 50);
    int row = 0; // the first row that may be edited while the program is amended
    while (row < 50 && model.item(row).status != Status::Approved && model.item(row).status != Status::InProgress)
        ++row;
    ASSERT_LT(row, 50);
    const QString before = model.item(row).content;
    ASSERT_TRUE(model.setData(model.index(row, ItemTableModel::Content), QStringLiteral("Nội dung sửa khi đang tải")));
    EXPECT_TRUE(model.isComplete());
    EXPECT_EQ(model.rowCount(), 535);
    EXPECT_EQ(model.item(row).content, QStringLiteral("Nội dung sửa khi đang tải"));
    undo.undo();
    EXPECT_EQ(model.item(row).content, before);

    // An item added while only the first page is there takes the number after the last one.
    // (Pushed over the undone edit, which it replaces: the stack does not grow, yet the add
    // succeeded and says so.)
    loader.loadFirst(db, programId, 2023, Today, 50);
    Item extra = model.item(0);
    extra.id = 0;
    extra.number = 0;
    extra.status = Status::Draft;
    ASSERT_TRUE(editor.addItems({extra}, QStringLiteral("thêm")));
    EXPECT_EQ(model.rowCount(), 536);
    EXPECT_EQ(model.items().last().number, 536);
    EXPECT_EQ(model.rowOfId(model.items().last().id), 535);

    // Only a draft is deleted: item 50 is made one behind the model's back, then read again.
    Item draft = full.item(49);
    draft.status = Status::Draft;
    ASSERT_TRUE(storage::ItemRepository(db).update(draft));
    loader.loadFirst(db, programId, 2023, Today, 50);
    const qint64 last = model.item(49).id;
    ASSERT_TRUE(editor.removeItems({last}, QStringLiteral("xóa")));
    EXPECT_EQ(model.rowCount(), 535);
    EXPECT_EQ(model.rowOfId(last), -1);
}
