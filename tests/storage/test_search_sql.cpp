// The database's word search (issue 16) gives exactly the matcher's results: one LIKE per term
// over the stored search text, plus the units whose names the term finds, against
// search::Query::matches over the item's search text and its units' names.
#include "testsupport.h"

#include "workprogram/core/search.h"
#include "workprogram/storage/iteminserter.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace wp;
using namespace wp::storage;

namespace {

// Words that share beginnings, accents and đ, so that prefixes, near misses and phrases occur.
const QStringList vocabulary = {
    "Kế",   "hoạch", "KẾ",    "kê",  "tuyên", "Tuyển", "truyền", "truyện", "pháp",  "luật", "Luật",
    "đô",   "Đồ",    "do",    "thị", "thi",   "Việt",  "Hàn",    "hành",   "chính", "cải",  "cách",
    "2024", "2023",  "202",   "20",  "an",    "thanh", "tra",    "năm",    "nam",   "quận", "phường",
    "UBND", "HĐND",  "TC-KH", "đội", "Đội",   "xây",   "dựng",   "chuyển", "đổi",   "số",   "50%",
    "5_",   "–",     "-",     ",",   "(",     ")",     "\"",     "/",      "“",     "”",    "…"};

struct SearchSql : ::testing::Test
{
    test::TempDb tmp;
    Database& db = tmp.db();
    QRandomGenerator rng{2024};
    QHash<qint64, Unit> units;
    QVector<Item> items;
    qint64 programId = 0;

    QString pick() { return vocabulary.at(int(rng.bounded(vocabulary.size()))); }
    QString sentence(int minWords, int maxWords)
    {
        QString s;
        const int n = minWords + int(rng.bounded(maxWords - minWords + 1));
        for (int i = 0; i < n; ++i)
            s += pick() + (rng.bounded(5) ? QStringLiteral(" ") : QString());
        return s;
    }

    void SetUp() override
    {
        for (int u = 0; u < 12; ++u) {
            Unit unit;
            unit.code = QStringLiteral("U%1").arg(u);
            unit.name = QStringLiteral("Phòng ") + sentence(1, 3);
            unit.shortName = rng.bounded(2) ? sentence(1, 2) : QString();
            if (rng.bounded(3) == 0)
                unit.aliases = {sentence(1, 2)};
            unit.id = UnitRepository(db).add(unit);
            unit.aliases = UnitRepository(db).byId(unit.id)->aliases;
            units.insert(unit.id, unit);
        }
        const QList<qint64> ids = units.keys();
        programId = ProgramRepository(db).ensure(2023).id;
        for (int n = 1; n <= 600; ++n) {
            Item it;
            it.programId = programId;
            it.number = n;
            it.content = QStringLiteral("Việc ") + sentence(1, 10);
            it.note = rng.bounded(3) ? QString() : sentence(0, 4);
            it.leader = rng.bounded(2) ? sentence(0, 2) : QString();
            it.group = rng.bounded(2) ? sentence(0, 3) : QString();
            it.leadUnitId = ids.at(int(rng.bounded(ids.size())));
            for (int c = int(rng.bounded(3)); c > 0; --c) {
                const qint64 co = ids.at(int(rng.bounded(ids.size())));
                if (co != it.leadUnitId && !it.coUnitIds.contains(co))
                    it.coUnitIds.append(co);
            }
            items.append(it);
        }
        Transaction tx(db); // one commit, not one per item
        ItemRepository repo(db);
        repo.insert(items); // the inserter's fast path writes the search text
        // A fifth of them edited afterwards: update() writes the search text too.
        for (int i = 0; i < items.size(); i += 5) {
            items[i].content = QStringLiteral("Sửa ") + sentence(1, 8);
            items[i].leader = sentence(0, 2);
            ASSERT_TRUE(repo.update(items[i]));
        }
        tx.commit();
    }

    /// The numbers of the items the matcher finds for @p text.
    QVector<int> matcher(const QString& text) const
    {
        const search::Query query(text);
        QVector<int> out;
        for (const Item& it : items) {
            QByteArray all = search::itemText(it) + search::unitText(units.value(it.leadUnitId));
            for (qint64 co : it.coUnitIds)
                all += search::unitText(units.value(co));
            if (query.matches(all))
                out.append(it.number);
        }
        return out;
    }
    QVector<int> sql(const QString& text) const
    {
        ItemFilter f;
        f.search = text;
        QVector<int> out;
        for (const Item& it : ItemRepository(db).list(programId, f))
            out.append(it.number);
        return out;
    }
};

} // namespace

TEST_F(SearchSql, StoredSearchTextIsTheMatchersOnBothWritingPaths)
{
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT number, search_text FROM items ORDER BY number")));
    int n = 0;
    while (q.next()) {
        const Item& it = items.at(n++);
        ASSERT_EQ(q.value(0).toInt(), it.number);
        EXPECT_EQ(q.value(1).toString().toUtf8(), search::itemText(it)) << it.number;
    }
    EXPECT_EQ(n, items.size());
}

TEST_F(SearchSql, TheDatabaseFindsExactlyWhatTheMatcherFinds)
{
    int someButNotAll = 0;
    for (int round = 0; round < 400; ++round) {
        QString text;
        switch (round % 4) {
        case 0: // words
            text = sentence(1, 3);
            break;
        case 1: // a quoted phrase, sometimes left open
            text = QStringLiteral("\"") + sentence(2, 3) + (rng.bounded(3) ? QStringLiteral("\"") : QString());
            break;
        case 2: { // the beginning of a word, as while typing
            const QString w = pick();
            text = w.left(1 + int(rng.bounded(qMax<qsizetype>(1, w.size()))));
            break;
        }
        default: // a unit's name with a word of the items
            text = units.value(units.keys().at(int(rng.bounded(units.size())))).name.section(QLatin1Char(' '), 1, 1) +
                   QLatin1Char(' ') + pick();
        }
        const QVector<int> want = matcher(text);
        ASSERT_EQ(sql(text), want) << text.toStdString();
        someButNotAll += !want.isEmpty() && want.size() < items.size();
    }
    EXPECT_GT(someButNotAll, 200) << "the queries tell items apart";
}

TEST_F(SearchSql, AWordlessSearchIsNoCondition)
{
    for (const char* text : {"", "  ", "\"\"", "--", "%", "_", "\\", "…"})
        EXPECT_EQ(sql(QString::fromUtf8(text)).size(), items.size()) << text;
}
