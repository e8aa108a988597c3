#include "amendedprogram.h"
#include "testsupport.h"

#include "workprogram/core/search.h"
#include "workprogram/core/text.h"
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
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace wp;
using models::ItemFilter;
using models::ItemFilterProxy;
using models::ItemTableModel;
using models::UnitCountsModel;

namespace {

struct Models : test::AmendedProgram
{
    ItemFilterProxy proxy;

    void SetUp() override
    {
        AmendedProgram::SetUp();
        loader.load(db, programId, 2023, QDate(2023, 7, 1));
        proxy.setItemModel(&model);
    }
    QVector<int> shownNumbers() const
    {
        QVector<int> n;
        for (int r = 0; r < proxy.rowCount(); ++r)
            n.append(proxy.index(r, ItemTableModel::Number).data(ItemTableModel::SortRole).toInt());
        return n;
    }
    /// The first @p n rows whose items may be edited while the program is amended.
    QVector<int> editableRows(int n) const
    {
        QVector<int> rows;
        for (int r = 0; r < model.rowCount() && rows.size() < n; ++r)
            if (model.item(r).status == Status::Approved || model.item(r).status == Status::InProgress)
                rows.append(r);
        return rows;
    }
    int rowOfNumber(int number) const
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.item(r).number == number)
                return r;
        return -1;
    }
};

} // namespace

TEST_F(Models, ItemModelPassesTheModelTesterThroughEditsAndReloads)
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 535);
    EXPECT_EQ(model.columnCount(), ItemTableModel::ColumnCount);
    ASSERT_TRUE(model.setData(model.index(0, ItemTableModel::Content), QStringLiteral("Nội dung đã sửa")));
    Item extra = model.item(0);
    extra.id = 0;
    extra.number = 0;
    extra.status = Status::Draft; // only drafts are deleted
    ASSERT_TRUE(editor.addItems({extra}, QStringLiteral("thêm")));
    EXPECT_EQ(model.rowCount(), 536);
    ASSERT_TRUE(editor.removeItems({model.items().last().id}, QStringLiteral("xóa")));
    loader.load(db, programId, 2023);
    EXPECT_EQ(model.rowCount(), 535);
}

TEST_F(Models, EditsAreWrittenToTheDatabaseAndUndone)
{
    const QModelIndex cell = model.index(0, ItemTableModel::Content);
    const QString before = cell.data().toString();
    const qint64 id = model.item(0).id;
    ASSERT_TRUE(model.setData(cell, QStringLiteral("Kế hoạch mới")));
    EXPECT_EQ(storage::ItemRepository(db).byId(id)->content, QStringLiteral("Kế hoạch mới"));
    EXPECT_EQ(undo.count(), 1);
    undo.undo();
    EXPECT_EQ(storage::ItemRepository(db).byId(id)->content, before);
    EXPECT_EQ(cell.data().toString(), before);
    undo.redo();
    EXPECT_EQ(storage::ItemRepository(db).byId(id)->content, QStringLiteral("Kế hoạch mới"));
}

TEST_F(Models, BadEditsAreRefusedAndChangeNothing)
{
    const QModelIndex deadline = model.index(0, ItemTableModel::Deadline);
    const QString before = model.item(0).deadline.text();
    QString error;
    QObject::connect(&model, &ItemTableModel::errorOccurred, [&](const QString& m) { error = m; });
    EXPECT_FALSE(model.setData(deadline, QStringLiteral("Quý V")));
    EXPECT_TRUE(error.contains(QStringLiteral("Quý V")));
    EXPECT_FALSE(model.setData(model.index(0, ItemTableModel::Content), QStringLiteral("   ")));
    EXPECT_EQ(storage::ItemRepository(db).byId(model.item(0).id)->deadline.text(), before);
    EXPECT_EQ(undo.count(), 0);
    ASSERT_TRUE(model.setData(deadline, QStringLiteral("Quý III")));
    EXPECT_EQ(model.item(0).deadline.due(), QDate(2023, 9, 30));
}

TEST_F(Models, ADeleteIsUndoneWithTheSameNumberAndContent)
{
    // Only a draft is deleted: item 11 is made one behind the model's back, then read again.
    Item draft = model.item(10);
    draft.status = Status::Draft;
    ASSERT_TRUE(storage::ItemRepository(db).update(draft));
    loader.load(db, programId, 2023, QDate(2023, 7, 1));
    const Item victim = model.item(10);
    ASSERT_EQ(victim.status, Status::Draft);
    ASSERT_TRUE(editor.removeItems({victim.id}, QStringLiteral("xóa")));
    EXPECT_EQ(storage::ItemRepository(db).count(programId), 534);
    undo.undo();
    EXPECT_EQ(storage::ItemRepository(db).count(programId), 535);
    const int row = rowOfNumber(victim.number);
    ASSERT_EQ(row, 10);
    EXPECT_EQ(model.item(row).content, victim.content);
    EXPECT_EQ(model.item(row).coUnitIds, victim.coUnitIds);
}

TEST_F(Models, BulkEditIsOneUndoStep)
{
    QVector<Item> after;
    const QVector<int> rows = editableRows(5);
    ASSERT_EQ(rows.size(), 5);
    for (int r : rows) {
        Item it = model.item(r);
        it.leader = QStringLiteral("PCT mới");
        after.append(it);
    }
    ASSERT_TRUE(editor.editItems(after, QStringLiteral("hàng loạt")));
    EXPECT_EQ(undo.count(), 1);
    for (int r : rows)
        EXPECT_EQ(model.item(r).leader, QStringLiteral("PCT mới"));
    undo.undo();
    for (int r : rows)
        EXPECT_NE(model.item(r).leader, QStringLiteral("PCT mới"));
}

TEST_F(Models, SearchIgnoresAccentsCaseAndDd)
{
    proxy.setSearchText(QStringLiteral("viet - han"));
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("VIỆT – HÀN"));
    EXPECT_EQ(proxy.rowCount(), 1) << "an en dash is a hyphen";
    proxy.setSearchText(QStringLiteral("VIỆT - HÀN"));
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("doi quan ly trat tu"));
    EXPECT_GE(proxy.rowCount(), 1) << "the lead unit's name is searched";
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const Item& it = model.item(proxy.mapToSource(proxy.index(r, 0)).row());
        const bool lead = it.leadUnitId == unit.value(QStringLiteral("DTTXD"));
        const bool co = it.coUnitIds.contains(unit.value(QStringLiteral("DTTXD")));
        EXPECT_TRUE(lead || co) << it.content.toStdString();
    }
    proxy.setSearchText(QString());
    EXPECT_EQ(proxy.rowCount(), 535);
}

TEST_F(Models, SearchIsWordsInAnyOrderAndMarksTheContent)
{
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSearchText(QStringLiteral("han viet"));
    ASSERT_EQ(proxy.rowCount(), 1) << "words in any order";
    const QModelIndex content = proxy.index(0, ItemTableModel::Content);
    const QString shown = content.data().toString();
    EXPECT_EQ(shown, QStringLiteral("Đề án xây dựng Con đường văn hóa hữu nghị Việt – Hàn"));
    QStringList marked;
    for (const search::Mark& m : content.data(ItemFilterProxy::SearchMarksRole).value<QVector<search::Mark>>())
        marked.append(shown.mid(m.start, m.length));
    EXPECT_EQ(marked, (QStringList{QStringLiteral("Việt"), QStringLiteral("Hàn")}));
    EXPECT_FALSE(proxy.index(0, ItemTableModel::Note).data(ItemFilterProxy::SearchMarksRole).isValid())
        << "only the content is marked";
    proxy.setSearchText(QStringLiteral("\"han viet\""));
    EXPECT_EQ(proxy.rowCount(), 0) << "a phrase is in order";
    proxy.setSearchText(QStringLiteral("\"viet han\""));
    EXPECT_EQ(proxy.rowCount(), 1);
    // The leader and the task group are searched.
    proxy.setSearchText(QStringLiteral("phu trach kinh te"));
    int withLeader = 0;
    for (const Item& it : model.items())
        withLeader += it.leader == QStringLiteral("PCT UBND quận phụ trách Kinh tế");
    ASSERT_GT(withLeader, 0);
    EXPECT_GE(proxy.rowCount(), withLeader);
    proxy.setSearchText(QStringLiteral("\"ky niem 10 nam thanh lap"));
    int withGroup = 0;
    for (const Item& it : model.items())
        withGroup += it.group.contains(QStringLiteral("kỷ niệm 10 năm thành lập"));
    ASSERT_GT(withGroup, 0);
    EXPECT_GE(proxy.rowCount(), withGroup) << "the group, and contents that say the same";
    // A search of punctuation only is no search, and marks nothing.
    proxy.setSearchText(QStringLiteral(" – \" "));
    EXPECT_EQ(proxy.rowCount(), 535);
    EXPECT_FALSE(proxy.index(0, ItemTableModel::Content).data(ItemFilterProxy::SearchMarksRole).isValid());
}

TEST_F(Models, FiltersCombine)
{
    ItemFilter f;
    f.leadUnits = {unit.value(QStringLiteral("TP"))};
    proxy.setFilter(f);
    EXPECT_EQ(proxy.rowCount(), 23);
    f.statuses = {Status::Done};
    proxy.setFilter(f);
    int done = 0;
    for (const Item& it : model.items())
        done += it.leadUnitId == unit.value(QStringLiteral("TP")) && it.status == Status::Done;
    EXPECT_EQ(proxy.rowCount(), done);
    f = ItemFilter();
    f.overdueOnly = true;
    proxy.setFilter(f);
    for (int r = 0; r < proxy.rowCount(); ++r)
        EXPECT_TRUE(model.item(proxy.mapToSource(proxy.index(r, 0)).row()).isOverdue(QDate(2023, 7, 1)));
    EXPECT_GT(proxy.rowCount(), 0);
    f = ItemFilter();
    f.dueFrom = QDate(2023, 6, 1);
    f.dueTo = QDate(2023, 6, 30);
    f.search = QStringLiteral("ke hoach");
    proxy.setFilter(f);
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const Item& it = model.item(proxy.mapToSource(proxy.index(r, 0)).row());
        EXPECT_GE(it.deadline.due(), QDate(2023, 6, 1));
        EXPECT_LE(it.deadline.due(), QDate(2023, 6, 30));
        const int source = proxy.mapToSource(proxy.index(r, 0)).row();
        EXPECT_TRUE(search::Query(f.search).matches(model.searchKey(source))) << it.content.toStdString();
    }
    EXPECT_GT(proxy.rowCount(), 0);
    proxy.clearFilter();
    EXPECT_EQ(proxy.rowCount(), 535);
}

TEST_F(Models, SortsInVietnameseOrder)
{
    proxy.sort(ItemTableModel::LeadUnit, Qt::AscendingOrder);
    QString previous;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QString name = proxy.index(r, ItemTableModel::LeadUnit).data().toString();
        if (!previous.isEmpty()) {
            EXPECT_LE(text::compare(previous, name), 0) << previous.toStdString() << " > " << name.toStdString();
        }
        previous = name;
    }
    // "Đội ..." sorts after "Do..." and before "E...", not after "Z" as code points would.
    const QString first = proxy.index(0, ItemTableModel::LeadUnit).data().toString();
    EXPECT_TRUE(first.startsWith(QStringLiteral("Ban"))) << first.toStdString();
}

TEST_F(Models, CountsFollowEditsLiveWithATotalThatAddsUp)
{
    UnitCountsModel counts(&model);
    QAbstractItemModelTester tester(&counts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(counts.rowCount(), 18) << "17 units and the total row";
    EXPECT_EQ(counts.index(17, UnitCountsModel::Total).data().toInt(), 535);
    EXPECT_EQ(counts.index(3, UnitCountsModel::Unit).data().toString(), QStringLiteral("Phòng Tư pháp"));
    EXPECT_EQ(counts.index(3, UnitCountsModel::Total).data().toInt(), 23);
    // Move one item from the Office to Justice.
    Item it = model.item(0);
    ASSERT_EQ(it.leadUnitId, unit.value(QStringLiteral("VP")));
    ASSERT_TRUE(model.setData(model.index(0, ItemTableModel::LeadUnit), unit.value(QStringLiteral("TP"))));
    EXPECT_EQ(counts.index(0, UnitCountsModel::Total).data().toInt(), 29);
    EXPECT_EQ(counts.index(3, UnitCountsModel::Total).data().toInt(), 24);
    EXPECT_EQ(counts.index(17, UnitCountsModel::Total).data().toInt(), 535);
    int sum = 0;
    for (int r = 0; r < 17; ++r)
        sum += counts.index(r, UnitCountsModel::Total).data().toInt();
    EXPECT_EQ(sum, 535);
    int statusSum = 0;
    for (int c = UnitCountsModel::FirstStatus; c < UnitCountsModel::ColumnCount; ++c)
        statusSum += counts.index(17, c).data().toInt();
    EXPECT_EQ(statusSum, 535);
    undo.undo();
    EXPECT_EQ(counts.index(0, UnitCountsModel::Total).data().toInt(), 30);
}

TEST_F(Models, AUnitWithNoItemsStillShowsZero)
{
    Unit u;
    u.code = QStringLiteral("NEW");
    u.name = QStringLiteral("Phòng Mới");
    storage::UnitRepository(db).add(u);
    loader.load(db, programId, 2023, QDate(2023, 7, 1));
    UnitCountsModel counts(&model);
    EXPECT_EQ(counts.rowCount(), 19);
    EXPECT_EQ(counts.index(17, UnitCountsModel::Unit).data().toString(), QStringLiteral("Phòng Mới"));
    EXPECT_EQ(counts.index(17, UnitCountsModel::Total).data().toInt(), 0);
}

TEST_F(Models, OverdueIsMarkedWithTextAndColour)
{
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.item(r).isOverdue(QDate(2023, 7, 1))) {
            row = r;
            break;
        }
    ASSERT_GE(row, 0);
    const QModelIndex cell = model.index(row, ItemTableModel::Deadline);
    EXPECT_TRUE(cell.data().toString().contains(QStringLiteral("quá hạn")));
    EXPECT_TRUE(cell.data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(cell.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Hạn: ")));
}
