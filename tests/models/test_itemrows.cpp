// The items table model on its own: it presents the rows it is told about, with no database,
// no undo stack and no writes (issue 15: reading, writing and colours live beside it).
#include "workprogram/models/itemstyle.h"
#include "workprogram/models/itemtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace wp;
using models::ItemTableModel;

namespace {

Item item(qint64 id, int number, const QString& content, qint64 lead, Status status = Status::InDraft)
{
    Item it;
    it.id = id;
    it.number = number;
    it.content = content;
    it.leadUnitId = lead;
    it.status = status;
    return it;
}

struct ItemRows : ::testing::Test
{
    ItemTableModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    void SetUp() override
    {
        ItemTableModel::Contents c;
        c.programId = 7;
        c.year = 2023;
        c.today = QDate(2023, 7, 1);
        Unit justice;
        justice.id = 4;
        justice.code = QStringLiteral("TP");
        justice.name = QStringLiteral("Phòng Tư pháp");
        c.units.insert(justice.id, justice);
        c.yearUnits = {justice};
        c.items = {item(10, 1, QStringLiteral("Kế hoạch cải cách hành chính"), 4),
                   item(11, 2, QStringLiteral("Báo cáo tư pháp"), 4), item(12, 3, QStringLiteral("Đề án"), 4)};
        c.items[1].deadline = *Deadline::parse(QStringLiteral("30/06/2023"), 2023);
        c.items[1].status = Status::InProgress;
        c.complete = false;
        model.reset(c);
    }
};

} // namespace

TEST_F(ItemRows, PresentsWhatItIsToldWithoutADatabase)
{
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_FALSE(model.isComplete());
    EXPECT_EQ(model.index(0, ItemTableModel::LeadUnit).data().toString(), QStringLiteral("Phòng Tư pháp"));
    EXPECT_TRUE(model.searchKey(0).contains("cai cach")) << "search keys are folded";
    EXPECT_TRUE(model.searchKey(1).contains("phong tu phap")) << "and carry the unit's name";
    QSignalSpy completed(&model, &ItemTableModel::loadCompleted);
    model.appendRest({item(13, 4, QStringLiteral("Tổng kết"), 4)});
    EXPECT_EQ(completed.count(), 1);
    EXPECT_TRUE(model.isComplete());
    EXPECT_EQ(model.rowOfId(13), 3);
}

TEST_F(ItemRows, ACellEditWithoutAnEditorChangesNothing)
{
    EXPECT_EQ(model.editor(), nullptr);
    EXPECT_FALSE(model.setData(model.index(0, ItemTableModel::Content), QStringLiteral("Khác")));
    EXPECT_EQ(model.item(0).content, QStringLiteral("Kế hoạch cải cách hành chính"));
}

TEST_F(ItemRows, ChangesItIsToldOfKeepNumberOrderAndTheIdIndex)
{
    QSignalSpy changed(&model, &ItemTableModel::itemsChanged);
    Item moved = model.item(0);
    moved.number = 5; // renumbered: moves to the end
    model.applyUpdated({moved});
    EXPECT_EQ(model.item(2).id, 10);
    EXPECT_EQ(model.rowOfId(10), 2);
    EXPECT_EQ(model.rowOfId(11), 0);
    model.applyAdded({item(20, 4, QStringLiteral("Mới"), 4)});
    EXPECT_EQ(model.item(2).id, 20);
    EXPECT_EQ(model.rowOfId(10), 3);
    model.applyRemoved({11, 99});
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowOfId(11), -1);
    EXPECT_EQ(model.rowOfId(12), 0);
    EXPECT_EQ(changed.count(), 3);
}

TEST_F(ItemRows, AnOverdueItemIsMarkedByTextAndByTheStylesColours)
{
    const Item& late = model.item(1);
    ASSERT_TRUE(late.isOverdue(model.today()));
    EXPECT_TRUE(model.index(1, ItemTableModel::Deadline).data().toString().endsWith(QStringLiteral("quá hạn")));
    EXPECT_EQ(model.index(1, ItemTableModel::Deadline).data(Qt::ForegroundRole),
              models::ItemStyle::foreground(late, ItemTableModel::Deadline, model.today()));
    EXPECT_TRUE(models::ItemStyle::foreground(late, ItemTableModel::Number, model.today()).isValid());
    EXPECT_FALSE(models::ItemStyle::foreground(late, ItemTableModel::Content, model.today()).isValid());
    EXPECT_FALSE(models::ItemStyle::foreground(model.item(0), ItemTableModel::Deadline, model.today()).isValid());
    EXPECT_EQ(models::ItemStyle::alignment(ItemTableModel::Number) & Qt::AlignRight, Qt::AlignRight);
}
