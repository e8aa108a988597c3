// Issue 16 (schema v7): co-operation kept as a phrase is stored with the item, read back by every
// reader, and left out of snapshots of items without one (their bytes and hashes do not change).
#include "testsupport.h"

#include "workprogram/core/snapshot.h"
#include "workprogram/storage/importlog.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <gtest/gtest.h>

using namespace wp;
using namespace wp::storage;

namespace {
struct CoUnitsText : ::testing::Test
{
    test::TempDb tmp;
    Database& db = tmp.db();
    qint64 unit(const char* code)
    {
        Unit u;
        u.code = QString::fromLatin1(code);
        u.name = QStringLiteral("Phòng %1").arg(u.code);
        return UnitRepository(db).add(u);
    }
};
} // namespace

TEST_F(CoUnitsText, IsStoredUpdatedAndReadBackByEveryReader)
{
    const qint64 a = unit("A");
    const qint64 b = unit("B");
    const Program p = ProgramRepository(db).ensure(2023);
    Item it;
    it.programId = p.id;
    it.number = 1;
    it.content = QStringLiteral("Việc một");
    it.leadUnitId = a;
    it.coUnitIds = {b};
    it.coUnitsText = QStringLiteral("Các phòng, ban liên quan");
    QVector<Item> items = {it};
    ItemRepository repo(db);
    repo.insert(items);
    EXPECT_EQ(repo.byId(items[0].id)->coUnitsText, QStringLiteral("Các phòng, ban liên quan"));
    EXPECT_EQ(repo.list(p.id).first().coUnitsText, QStringLiteral("Các phòng, ban liên quan")) << "the fast reader";
    Item changed = *repo.byId(items[0].id);
    changed.coUnitsText = QStringLiteral("UBND các phường");
    ASSERT_TRUE(repo.update(changed));
    EXPECT_EQ(repo.byId(items[0].id)->coUnitsText, QStringLiteral("UBND các phường"));
    EXPECT_EQ(repo.list(p.id).first().coUnitIds, QVector<qint64>{b});
}

TEST(CoUnitsTextSnapshot, OnlyItemsWithAPhraseGetTheKey)
{
    Item plain;
    plain.id = 1;
    plain.number = 1;
    plain.content = QStringLiteral("Việc");
    plain.leadUnitId = 1;
    const QByteArray before = SnapshotJson::write(2023, {plain}, {{1, QStringLiteral("A")}});
    EXPECT_FALSE(before.contains("co_units_text")) << "snapshots without phrases keep their bytes";
    Item phrase = plain;
    phrase.coUnitsText = QStringLiteral("Các phòng liên quan");
    const QByteArray json = SnapshotJson::write(2023, {phrase}, {{1, QStringLiteral("A")}});
    const std::optional<QVector<Item>> back = SnapshotJson::read(json);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->first().coUnitsText, QStringLiteral("Các phòng liên quan"));
}

TEST_F(CoUnitsText, ImportLogKeepsTheLastImportAndWhatItStated)
{
    const qint64 a = unit("A");
    const Program p = ProgramRepository(db).ensure(2023);
    ImportLogRepository log(db);
    EXPECT_FALSE(log.last(p.id));
    log.record(p.id, QStringLiteral("lan-1.xlsx"), 3, {});
    StatedCount section;
    section.row = 5;
    section.label = QStringLiteral("Phòng A");
    section.unitId = a;
    section.stated = 30;
    section.counted = 31;
    StatedCount total;
    total.row = 40;
    total.label = QStringLiteral("Tổng cộng");
    total.stated = 534;
    total.counted = 535;
    total.total = true;
    log.record(p.id, QStringLiteral("lan-2.xlsx"), 31, {section, total});
    const std::optional<ImportRecord> last = log.last(p.id);
    ASSERT_TRUE(last);
    EXPECT_EQ(last->file, QStringLiteral("lan-2.xlsx"));
    EXPECT_EQ(last->items, 31);
    ASSERT_EQ(last->stated.size(), 2);
    EXPECT_EQ(last->stated[0].unitId, a);
    EXPECT_EQ(last->stated[0].counted, 31);
    EXPECT_TRUE(last->stated[1].total);
    EXPECT_EQ(last->stated[1].unitId, 0);
    EXPECT_TRUE(last->at.isValid());
}
