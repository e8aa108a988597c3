// The server's bulk writes through COPY (issue 13, serverrows.h), on a database without the
// server's rules (its owner): every character of the text survives COPY's text format, and a row
// the server refuses halfway leaves nothing written, with the server's words in the message.
#include "testsupport.h"

#include "workprogram/storage/history.h"
#include "workprogram/storage/iteminserter.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace wp;
using namespace wp::storage;

namespace {

struct ServerCopyPostgres : ::testing::Test
{
    test::TestDb tmp{test::Backend::Postgres};
    qint64 unit = 0;
    Program program;

    void SetUp() override
    {
        WP_SKIP_UNLESS_AVAILABLE(tmp);
        Unit u;
        u.code = QStringLiteral("TP");
        u.name = QStringLiteral("Phòng Tư pháp");
        unit = UnitRepository(tmp.db()).add(u);
        program = ProgramRepository(tmp.db()).ensure(2024);
    }

    Item item(int number, const QString& content) const
    {
        Item it;
        it.programId = program.id;
        it.number = number;
        it.content = content;
        it.leadUnitId = unit;
        it.status = Status::Proposed;
        return it;
    }

    int count(const QString& table)
    {
        QSqlQuery q(tmp.db().connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
        return q.next() ? q.value(0).toInt() : -1;
    }
};

TEST_F(ServerCopyPostgres, EveryCharacterSurvivesTheCopy)
{
    // COPY's text format escapes backslash, tab, newline and CR; \N is its NULL and \. its end.
    const QString content = QStringLiteral("Tab\there, dòng mới\nvà CR\r\nvà \\ gạch chéo, \\N không phải NULL, "
                                           "\"ngoặc kép\" 'đơn' – Ủy ban nhân dân phường Đông Hòa");
    const QString note = QStringLiteral("\\.\n\\.\ncuối\\");
    QVector<Item> items{item(1, content), item(2, QStringLiteral("Thứ hai")), item(3, QStringLiteral("\\N"))};
    items[1].note = note;
    items[1].coUnitIds = {unit};
    items[1].leader = QStringLiteral("\t");
    {
        Transaction tx(tmp.db());
        ItemRepository(tmp.db()).insert(items, CreationRecord{QStringLiteral("vanphong"), QString(), true});
        tx.commit();
    }
    const ItemRepository repo(tmp.db());
    EXPECT_EQ(repo.byId(items[0].id)->content, content);
    EXPECT_EQ(repo.byId(items[1].id)->note, note);
    EXPECT_EQ(repo.byId(items[1].id)->leader, QStringLiteral("\t"));
    EXPECT_EQ(repo.byId(items[1].id)->coUnitIds, QVector<qint64>{unit});
    EXPECT_EQ(repo.byId(items[2].id)->content, QStringLiteral("\\N"));
    EXPECT_TRUE(repo.byId(items[2].id)->note.isEmpty());
    const QVector<HistoryEntry> history = HistoryRepository(tmp.db()).forItem(items[0].id);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history[0].login, QStringLiteral("vanphong"));
    EXPECT_TRUE(HistoryRepository(tmp.db()).verify().isEmpty())
        << HistoryRepository(tmp.db()).verify().join('\n').toStdString();
}

TEST_F(ServerCopyPostgres, ARowTheServerRefusesHalfwayLeavesNothingWritten)
{
    QVector<Item> items;
    for (int i = 1; i <= 40; ++i)
        items.append(item(i, QStringLiteral("Nội dung %1").arg(i)));
    items[20].leadUnitId = unit + 1000; // no such unit: the server's foreign key refuses the COPY
    try {
        Transaction tx(tmp.db());
        ItemRepository(tmp.db()).insert(items, CreationRecord{QStringLiteral("vanphong"), QString(), true});
        tx.commit();
        FAIL() << "the server took a row of a unit that does not exist";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Constraint) << e.what();
        EXPECT_TRUE(QString::fromUtf8(e.what()).contains(QStringLiteral("foreign key"))) << e.what();
        EXPECT_TRUE(QString::fromUtf8(e.what()).contains(QStringLiteral("COPY items"))) << e.what();
    }
    EXPECT_EQ(count(QStringLiteral("items")), 0);
    EXPECT_EQ(count(QStringLiteral("item_co_units")), 0);
    EXPECT_EQ(count(QStringLiteral("item_history")), 0);
    // The connection goes on: the next import is written.
    QVector<Item> next{item(1, QStringLiteral("Sau lỗi"))};
    Transaction tx(tmp.db());
    ItemRepository(tmp.db()).insert(next, CreationRecord{QStringLiteral("vanphong"), QString(), true});
    tx.commit();
    EXPECT_EQ(count(QStringLiteral("items")), 1);
    EXPECT_TRUE(HistoryRepository(tmp.db()).verify().isEmpty());
}

} // namespace
