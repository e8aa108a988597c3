// ItemRepository::forEach (issue 15): listings and exports read a program a page at a time. Every
// page size gives exactly what list() gives, on the fast whole-program path and the filtered
// one, and the pages all see the program as it was when the reading started.
#include "testsupport.h"

#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace wp;
using namespace wp::storage;

namespace {

struct ItemStream : ::testing::Test
{
    test::TempDb tmp;
    Database& db = tmp.db();
    Program program;
    QVector<qint64> units;

    void SetUp() override
    {
        for (const char* code : {"TP", "NV", "YT"}) {
            Unit u;
            u.code = QString::fromLatin1(code);
            u.name = QStringLiteral("Phòng ") + u.code;
            units.append(UnitRepository(db).add(u));
        }
        program = ProgramRepository(db).ensure(2023);
        // 23 items numbered with gaps (3, 6, 9, …), co-units on some, statuses in turn; and
        // another program's items in between, which no listing of this one may show.
        const Program other = ProgramRepository(db).ensure(2024);
        const auto& statuses = StatusInfo::all();
        QVector<Item> items;
        for (int i = 0; i < 23; ++i)
            for (const Program& p : {program, other}) {
                Item it;
                it.programId = p.id;
                it.number = 3 * (i + 1);
                it.content = QStringLiteral("Việc số %1 của năm %2").arg(it.number).arg(p.year);
                it.leadUnitId = units[i % 3];
                if (i % 2)
                    it.coUnitIds = {units[(i + 1) % 3]};
                if (i % 5 == 0)
                    it.coUnitIds = {units[(i + 2) % 3], units[(i + 1) % 3]};
                it.status = statuses[size_t(i) % statuses.size()];
                it.deadline =
                    *Deadline::parse(i % 2 ? QStringLiteral("Quý II") : QStringLiteral("Thường xuyên"), p.year);
                items.append(it);
            }
        ItemRepository(db).insert(items);
    }

    QVector<Item> streamed(const ItemFilter& filter, int pageSize)
    {
        QVector<Item> out;
        ItemRepository(db).forEach(
            program.id, filter, [&](const Item& it) { out.append(it); }, pageSize);
        return out;
    }
};

QString describe(const QVector<Item>& items)
{
    QStringList parts;
    for (const Item& it : items) {
        QStringList co;
        for (qint64 id : it.coUnitIds)
            co.append(QString::number(id));
        parts.append(QStringLiteral("%1:%2:%3:[%4]:%5:%6")
                         .arg(it.id)
                         .arg(it.number)
                         .arg(it.content)
                         .arg(co.join(QLatin1Char(',')))
                         .arg(StatusInfo::key(it.status))
                         .arg(it.deadline.text()));
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

TEST_F(ItemStream, EveryPageSizeGivesWhatListGives)
{
    QVector<ItemFilter> filters(5);
    filters[1].search = QStringLiteral("viec so 1");
    filters[2].leadUnitIds = {units[0], units[2]};
    filters[3].coUnitId = units[1];
    filters[4].statuses = {Status::Draft, Status::Done};
    for (int f = 0; f < filters.size(); ++f) {
        const QVector<Item> listed = ItemRepository(db).list(program.id, filters[f]);
        ASSERT_FALSE(listed.isEmpty()) << "filter " << f;
        if (f == 0) {
            ASSERT_EQ(listed.size(), 23);
        }
        for (int pageSize : {1, 2, 3, 7, 23, 24, 1000})
            EXPECT_EQ(describe(streamed(filters[f], pageSize)).toStdString(), describe(listed).toStdString())
                << "filter " << f << ", pages of " << pageSize;
    }
}

TEST_F(ItemStream, AllPagesSeeTheProgramAsItWasWhenReadingStarted)
{
    // Another connection (the window, say) renumbers and adds items while the CLI is between
    // pages: the listing still shows each item of the start exactly once, and nothing new.
    const QVector<Item> before = ItemRepository(db).list(program.id);
    auto other = Database::open(tmp.path());
    QVector<Item> seen;
    bool changed = false;
    ItemRepository(db).forEach(
        program.id, {},
        [&](const Item& it) {
            seen.append(it);
            if (changed)
                return;
            changed = true;
            Transaction t(*other);
            QSqlQuery q(other->connection());
            ASSERT_TRUE(q.exec(QStringLiteral("UPDATE items SET number = number + 1000 WHERE program_id = %1 AND "
                                              "number > 3")
                                   .arg(program.id)));
            Item added;
            added.programId = program.id;
            added.number = 2;
            added.content = QStringLiteral("Thêm giữa chừng");
            added.leadUnitId = units[0];
            QVector<Item> one{added};
            ItemRepository(*other).insert(one);
            t.commit();
        },
        4);
    EXPECT_EQ(describe(seen).toStdString(), describe(before).toStdString());
    EXPECT_EQ(ItemRepository(db).list(program.id).size(), 24) << "the change itself went through";
}
