// The database's word search (issue 16) gives exactly the matcher's results: one LIKE per term
// over the stored search text, plus the units whose names the term finds, against
// search::Query::matches over the item's search text and its units' names. On both backends: the
// server's answers (through its trigram index where a term is long enough) are exactly SQLite's.
#include "testsupport.h"

#include "workprogram/core/search.h"
#include "workprogram/storage/iteminserter.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/serverrules.h"
#include "workprogram/storage/unitrepository.h"

#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

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

struct SearchSql : ::testing::TestWithParam<test::Backend>
{
    test::TestDb tmp{GetParam()};
    Database* dbp = nullptr;
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
        WP_SKIP_UNLESS_AVAILABLE(tmp);
        dbp = &tmp.db();
        Database& db = *dbp;
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
        // Fewer on the server, where each test makes its own database: a second per case at most.
        const int count = GetParam() == test::Backend::Postgres ? 300 : 600;
        for (int n = 1; n <= count; ++n) {
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
        for (const Item& it : ItemRepository(*dbp).list(programId, f))
            out.append(it.number);
        return out;
    }
};

} // namespace

TEST_P(SearchSql, StoredSearchTextIsTheMatchersOnBothWritingPaths)
{
    QSqlQuery q(dbp->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT number, search_text FROM items ORDER BY number")));
    int n = 0;
    while (q.next()) {
        const Item& it = items.at(n++);
        ASSERT_EQ(q.value(0).toInt(), it.number);
        EXPECT_EQ(q.value(1).toString().toUtf8(), search::itemText(it)) << it.number;
    }
    EXPECT_EQ(n, items.size());
}

TEST_P(SearchSql, TheDatabaseFindsExactlyWhatTheMatcherFinds)
{
    int someButNotAll = 0;
    const int rounds = GetParam() == test::Backend::Postgres ? 100 : 400;
    for (int round = 0; round < rounds; ++round) {
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
    EXPECT_GT(someButNotAll, rounds / 2) << "the queries tell items apart";
}

TEST_P(SearchSql, AWordlessSearchIsNoCondition)
{
    for (const char* text : {"", "  ", "\"\"", "--", "%", "_", "\\", "…"})
        EXPECT_EQ(sql(QString::fromUtf8(text)).size(), items.size()) << text;
}

TEST_P(SearchSql, ShortTermsAndTypedWildcardsFindWhatTheMatcherFinds)
{
    // Terms of one and two characters (a trigram index cannot serve them: the server scans) and
    // LIKE's own wildcards typed as text.
    for (const char* text : {"a",  "k",  "đ",  "d",   "2",   "th",  "ph",  "20",  "Đô", "5",   "5_",    "50%",
                             "0%", "%0", "_5", "% 5", "a_b", "n%m", "th%", "%th", "\\", "5\\", "th an", "k đ 2"}) {
        const QString t = QString::fromUtf8(text);
        ASSERT_EQ(sql(t), matcher(t)) << text;
    }
    EXPECT_FALSE(sql(QStringLiteral("50%")).isEmpty()) << "the data has 50%";
    EXPECT_EQ(sql(QStringLiteral("n%m")), sql(QStringLiteral("n m"))) << "% typed is punctuation, not LIKE's wildcard";
    EXPECT_EQ(sql(QStringLiteral("a_b")), sql(QStringLiteral("a b"))) << "_ typed is punctuation, not LIKE's wildcard";
}

TEST_P(SearchSql, TheServerSearchesThroughTheTrigramIndex)
{
    if (GetParam() == test::Backend::Sqlite)
        GTEST_SKIP() << "SQLite has no trigram index: its search scans the rows";
    QSqlDatabase c = dbp->connection();
    QSqlQuery q(c);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = 'items_search_trgm'")));
    ASSERT_TRUE(q.next()) << "the schema's creation made the index";
    EXPECT_TRUE(q.value(0).toString().contains(QStringLiteral("gin_trgm_ops")));
    // 600 rows are scanned faster than looked up; without the scan the plan shows whether the
    // condition as ItemRepository writes it (the bare column, the escaped pattern) can use the index.
    ASSERT_TRUE(q.exec(QStringLiteral("ANALYZE items"))); // as autovacuum does: every row is the program's
    ASSERT_TRUE(q.exec(QStringLiteral("SET enable_seqscan = off")));
    auto plan = [&](const QString& text) {
        const search::Query query(text);
        // EXPLAIN cannot be prepared with parameters: the pattern as a literal.
        QSqlField pattern(QStringLiteral("p"), QMetaType(QMetaType::QString));
        pattern.setValue(query.likePattern(0));
        QSqlQuery e(c);
        // The program's condition left out: on 300 rows its own index is cheaper still.
        EXPECT_TRUE(e.exec(QStringLiteral("EXPLAIN SELECT i.id FROM items i WHERE (i.search_text LIKE %1 ESCAPE '\\')")
                               .arg(c.driver()->formatValue(pattern))))
            << e.lastError().text().toStdString();
        QString all;
        while (e.next())
            all += e.value(0).toString() + QLatin1Char('\n');
        return all;
    };
    EXPECT_TRUE(plan(QStringLiteral("tuyển")).contains(QStringLiteral("items_search_trgm")))
        << plan(QStringLiteral("tuyển")).toStdString();
    EXPECT_TRUE(plan(QStringLiteral("\"xây dựng\"")).contains(QStringLiteral("items_search_trgm")))
        << plan(QStringLiteral("\"xây dựng\"")).toStdString();
    ASSERT_TRUE(q.exec(QStringLiteral("RESET enable_seqscan")));
}

INSTANTIATE_TEST_SUITE_P(Backends, SearchSql, ::testing::Values(test::Backend::Sqlite, test::Backend::Postgres),
                         test::backendName);

namespace {

/// Runs @p sql as the superuser of WP_TEST_PG on database @p spec (a TestDb's URL).
bool runAsSuperuser(const QString& spec, const QString& sql)
{
    const QUrl url(spec);
    bool ok = false;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("superuser"));
        c.setHostName(url.host());
        c.setPort(url.port(5432));
        c.setDatabaseName(url.path().mid(1));
        c.setUserName(url.userName());
        c.setPassword(url.password());
        ok = c.open() && QSqlQuery(c).exec(sql);
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("superuser"));
    return ok;
}

QStringList warnings;
void keepWarnings(QtMsgType type, const QMessageLogContext&, const QString& text)
{
    if (type == QtWarningMsg)
        warnings.append(text);
}

} // namespace

TEST(SearchIndexPostgres, AServerThatRefusesPgTrgmStillOpensSaysSoOnceAndSearches)
{
    const QString login = QStringLiteral("trgm_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    {
        test::TestDb server(test::Backend::Postgres);
        WP_SKIP_UNLESS_AVAILABLE(server);
        // A login that may create tables in the schema but not extensions in the database (no CREATE on
        // it, not its owner): the schema is made, the index is not.
        ASSERT_TRUE(runAsSuperuser(server.spec(), QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw'").arg(login)));
        ASSERT_TRUE(runAsSuperuser(server.spec(), QStringLiteral("GRANT CREATE ON SCHEMA public TO %1").arg(login)));
        QUrl url(server.spec());
        url.setUserName(login);
        url.setPassword(QStringLiteral("pw"));
        warnings.clear();
        const QtMessageHandler previous = qInstallMessageHandler(keepWarnings);
        {
            std::unique_ptr<Database> db;
            EXPECT_NO_THROW(db = Database::open(url.toString()));
            qInstallMessageHandler(previous);
            ASSERT_TRUE(db);
            EXPECT_EQ(warnings.size(), 1) << warnings.join(QLatin1Char('\n')).toStdString();
            EXPECT_TRUE(!warnings.isEmpty() && warnings.first().contains(QStringLiteral("pg_trgm")));
            QSqlQuery q(db->connection());
            ASSERT_TRUE(
                q.exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'items_search_trgm'")));
            ASSERT_TRUE(q.next());
            EXPECT_EQ(q.value(0).toInt(), 0);
            q.finish();
            // The search answers without it.
            Unit unit;
            unit.code = QStringLiteral("TP");
            unit.name = QStringLiteral("Phòng Tư pháp");
            const qint64 unitId = UnitRepository(*db).add(unit);
            Item it;
            it.programId = ProgramRepository(*db).ensure(2024).id;
            it.number = 1;
            it.content = QStringLiteral("Tuyên truyền pháp luật");
            it.leadUnitId = unitId;
            QVector<Item> items{it};
            ItemRepository(*db).insert(items);
            ItemFilter f;
            f.search = QStringLiteral("tuyen truyen");
            EXPECT_EQ(ItemRepository(*db).list(it.programId, f).size(), 1);
            EXPECT_FALSE(ensureSearchIndex(*db)) << "still refused, nothing changed";
        }
        qInstallMessageHandler(previous);
        server.close();
    }
    // The login outlives the test's database (dropped with what it made in it).
    if (!qEnvironmentVariable("WP_TEST_PG").isEmpty())
        runAsSuperuser(qEnvironmentVariable("WP_TEST_PG"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
}
