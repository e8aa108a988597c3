#include "testsupport.h"

#include "workprogram/storage/iteminserter.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programhistory.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include "workprogram/storage/auditlog.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/maintenance.h"
#include "workprogram/storage/reportsettingsrepository.h"
#include "workprogram/storage/snapshotrepository.h"
#include "workprogram/storage/stateverifier.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include "workprogram/core/text.h"

#include <QCollator>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace wp;
using namespace wp::storage;

namespace {

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0) : QVariant();
}

/// What the fixtures share: units and items made in a few words.
template <class Base>
struct Helpers : Base
{
    Database& database() { return static_cast<typename Base::Self*>(this)->db; }
    qint64 addUnit(const QString& code, const QString& name, QStringList aliases = {})
    {
        Unit u;
        u.code = code;
        u.name = name;
        u.aliases = aliases;
        return UnitRepository(database()).add(u);
    }
    Item item(qint64 programId, int number, const QString& content, qint64 lead, Status s = Status::Proposed)
    {
        Item it;
        it.programId = programId;
        it.number = number;
        it.content = content;
        it.leadUnitId = lead;
        it.status = s;
        return it;
    }
};

struct Fixture;
struct FixtureBase : ::testing::Test
{
    using Self = Fixture;
};
/// SQLite only: what is about files, pragmas and upgrades.
struct Fixture : Helpers<FixtureBase>
{
    test::TempDb tmp;
    Database& db = tmp.db();
};

struct Both;
struct BothBase : ::testing::TestWithParam<test::Backend>
{
    using Self = Both;
};
/// The same test on SQLite and on PostgreSQL (skipped without WP_TEST_PG).
struct Both : Helpers<BothBase>
{
    test::TestDb tmp{GetParam()};
    test::TempDb placeholder; ///< stands in for an unavailable server (the test is skipped)
    Database& db = tmp.unavailable().isEmpty() ? tmp.db() : placeholder.db();
    void SetUp() override { WP_SKIP_UNLESS_AVAILABLE(tmp); }
};

} // namespace

TEST_F(Fixture, OpensWithWalForeignKeysAndTheCurrentSchema)
{
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(db.schemaVersion(), Database::SchemaVersion);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'min_reader_version'")).toInt(),
              Database::MinReaderVersion);
}

TEST_F(Fixture, ReopeningKeepsDataAndDoesNotMigrateAgain)
{
    addUnit(QStringLiteral("TP"), QStringLiteral("Phòng Tư pháp"));
    tmp.close();
    auto again = Database::open(tmp.path());
    EXPECT_EQ(UnitRepository(*again).all().size(), 1);
    EXPECT_EQ(again->schemaVersion(), Database::SchemaVersion);
}

TEST(Database, AnUnreachableServerIsAConnectionErrorWithoutThePassword)
{
    try {
        Database::open(QStringLiteral("postgresql://wp:secret@127.0.0.1:1/wp")); // nothing listens on port 1
        FAIL() << "expected StorageError";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::ConnectionLost) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("không kết nối được máy chủ postgresql://wp@127.0.0.1:1/wp")))
            << e.message().toStdString();
        EXPECT_FALSE(e.message().contains(QStringLiteral("secret"))) << "never echo a password";
    }
}

TEST(Database, AServerUrlWithoutADatabaseIsRefusedClearly)
{
    try {
        Database::open(QStringLiteral("postgresql://wp:secret@127.0.0.1:5432/"));
        FAIL() << "expected StorageError";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::CantOpen);
        EXPECT_TRUE(e.message().contains(QStringLiteral("thiếu tên cơ sở dữ liệu"))) << e.message().toStdString();
        EXPECT_FALSE(e.message().contains(QStringLiteral("secret")));
    }
}

TEST(Database, AFileThatIsNotSqliteIsRefusedClearly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    test::writeFile(path, QByteArray("This is a text file, not a database.\n").repeated(200));
    try {
        Database::open(path);
        FAIL() << "expected StorageError";
    } catch (const StorageError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("không phải là tệp cơ sở dữ liệu")))
            << e.message().toStdString();
    }
}

TEST(Database, DamageFoundWhileReadingTheSchemaNamesTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    Database::open(path); // an empty program database: the schema's pages come first
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const QByteArray header = f.read(100);
    ASSERT_TRUE(header.startsWith("SQLite format 3"));
    const int stored = quint8(header.at(16)) << 8 | quint8(header.at(17)); // big-endian; 1 means 65 536
    const int pageSize = stored == 1 ? 65536 : stored;
    ASSERT_GT(f.size(), 2 * pageSize);
    f.seek(pageSize); // the pages after the first: the schema's tables
    f.write(QByteArray(int(f.size()) - pageSize, '\xA5'));
    f.close();
    try {
        Database::open(path);
        FAIL() << "expected StorageError";
    } catch (const StorageError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("damaged.sqlite"))) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("bị hỏng"))) << e.message().toStdString();
    }
}

TEST(Database, DamageFoundWhileUpgradingNamesTheFileAndLeavesTheFileAsItWas)
{
    // The v5 fixture with the root page of an index that the step to v6 drops overwritten: the
    // damage shows only inside the upgrade's transaction, which is rolled back.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5-damaged.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(WP_TEST_DATA_DIR "/schema/v5.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // One value read with a plain connection of its own, outside the program's Database.
    const auto rawValue = [&path](const QString& sql) {
        QVariant value;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-v5"));
            raw.setDatabaseName(path);
            if (raw.open()) {
                QSqlQuery q(raw);
                if (q.exec(sql) && q.next())
                    value = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-v5"));
        return value;
    };
    const int rootPage =
        rawValue(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'items_program_status'")).toInt();
    ASSERT_GT(rootPage, 1);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.seek(qint64(rootPage - 1) * 4096)); // the fixture's pages are 4 KiB
    f.write(QByteArray(4096, '\xA5'));
    f.close();
    try {
        Database::open(path);
        FAIL() << "expected DamagedDatabaseError";
    } catch (const DamagedDatabaseError& e) {
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("tệp cơ sở dữ liệu ") + path + QStringLiteral(" bị hỏng: ")))
            << e.message().toStdString();
    }
    // The upgrade was rolled back: still schema 5, the index still there.
    EXPECT_EQ(rawValue(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toString(),
              QStringLiteral("5"));
    EXPECT_EQ(
        rawValue(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'items_program_status'")).toInt(), 1);
}

TEST(Database, AnotherProgramsSqliteDatabaseIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE contacts(name TEXT)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    EXPECT_THROW(Database::open(path), StorageError);
}

TEST(Database, ANewerSchemaThatThisBuildCannotReadIsRefused)
{
    test::TempDb tmp;
    QSqlQuery(tmp.db().connection())
        .exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key IN ('schema_version', 'min_reader_version')"));
    tmp.close();
    try {
        Database::open(tmp.path());
        FAIL() << "expected StorageError";
    } catch (const StorageError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("phiên bản mới hơn"))) << e.message().toStdString();
    }
}

TEST_P(Both, TransactionRollsBackUnlessCommitted)
{
    {
        Transaction tx(db);
        addUnit(QStringLiteral("A"), QStringLiteral("Đơn vị A"));
    }
    EXPECT_TRUE(UnitRepository(db).all().isEmpty());
    {
        Transaction tx(db);
        addUnit(QStringLiteral("B"), QStringLiteral("Đơn vị B"));
        tx.commit();
    }
    EXPECT_EQ(UnitRepository(db).all().size(), 1);
}

TEST_P(Both, ForeignKeysRefuseAnItemOfAnUnknownUnit)
{
    const Program p = ProgramRepository(db).ensure(2023);
    QVector<Item> items = {item(p.id, 1, QStringLiteral("Nội dung"), 999)};
    EXPECT_THROW(ItemRepository(db).insert(items), StorageError);
}

TEST_P(Both, UnitsWithAliasesAndYears)
{
    UnitRepository repo(db);
    Unit old;
    old.code = QStringLiteral("VHTT");
    old.name = QStringLiteral("Phòng Văn hóa và Thông tin");
    old.aliases = {QStringLiteral("VH&TT"), QStringLiteral("Phòng VH&TT")};
    old.toYear = 2024;
    old.id = repo.add(old);
    Unit renamed;
    renamed.code = QStringLiteral("VHKHTT");
    renamed.name = QStringLiteral("Phòng Văn hóa, Khoa học và Thông tin");
    renamed.fromYear = 2025;
    repo.add(renamed);

    const QVector<Unit> all = repo.all();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].aliases, (QStringList{QStringLiteral("VH&TT"), QStringLiteral("Phòng VH&TT")}));
    EXPECT_EQ(all[0].displayOrder, 1);
    EXPECT_EQ(all[1].displayOrder, 2) << "a new unit goes last";
    EXPECT_EQ(repo.inYear(2023).size(), 1);
    EXPECT_EQ(repo.inYear(2023).first().code, QStringLiteral("VHTT"));
    EXPECT_EQ(repo.inYear(2025).first().code, QStringLiteral("VHKHTT"));

    repo.addAlias(old.id, QStringLiteral("Văn hóa"));
    repo.addAlias(old.id, QStringLiteral("Văn hóa")); // twice is once
    EXPECT_EQ(repo.byCode(QStringLiteral("VHTT"))->aliases.size(), 3);
}

TEST_P(Both, ItemsRoundTripWithCoUnitsInOrder)
{
    const qint64 a = addUnit(QStringLiteral("A"), QStringLiteral("Phòng A"));
    const qint64 b = addUnit(QStringLiteral("B"), QStringLiteral("Phòng B"));
    const qint64 c = addUnit(QStringLiteral("C"), QStringLiteral("Phòng C"));
    const Program p = ProgramRepository(db).ensure(2023);
    Item it = item(p.id, 7, QStringLiteral("Kế hoạch chuyển đổi số"), a, Status::InProgress);
    it.coUnitIds = {c, b};
    it.deadline = *Deadline::parse(QStringLiteral("Quý II"), 2023);
    it.leader = QStringLiteral("Chủ tịch UBND quận");
    it.group = QStringLiteral("Trọng tâm");
    it.form = QStringLiteral("KH");
    it.level = QStringLiteral("UBND quận");
    it.note = QStringLiteral("ghi chú");
    QVector<Item> items = {it};
    ItemRepository repo(db);
    repo.insert(items);
    ASSERT_GT(items[0].id, 0);
    const std::optional<Item> back = repo.byId(items[0].id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->number, 7);
    EXPECT_EQ(back->content, it.content);
    EXPECT_EQ(back->coUnitIds, (QVector<qint64>{c, b}));
    EXPECT_EQ(back->deadline, it.deadline);
    EXPECT_EQ(back->deadline.due(), QDate(2023, 6, 30));
    EXPECT_EQ(back->status, Status::InProgress);
    EXPECT_EQ(back->note, it.note);
    EXPECT_EQ(back->rowVersion, 1);
    EXPECT_EQ(repo.list(p.id).first().coUnitIds, (QVector<qint64>{c, b}));
}

TEST_P(Both, UpdateDetectsAConcurrentChange)
{
    const qint64 a = addUnit(QStringLiteral("A"), QStringLiteral("Phòng A"));
    const Program p = ProgramRepository(db).ensure(2023);
    QVector<Item> items = {item(p.id, 1, QStringLiteral("Một"), a)};
    ItemRepository repo(db);
    repo.insert(items);
    Item mine = *repo.byId(items[0].id);
    Item theirs = mine;
    theirs.content = QStringLiteral("Sửa bởi người khác");
    ASSERT_TRUE(repo.update(theirs));
    mine.content = QStringLiteral("Sửa của tôi");
    EXPECT_FALSE(repo.update(mine)) << "stale row version";
    EXPECT_EQ(repo.byId(mine.id)->content, QStringLiteral("Sửa bởi người khác"));
}

TEST_P(Both, NumbersAreUniqueWithinAProgram)
{
    const qint64 a = addUnit(QStringLiteral("A"), QStringLiteral("Phòng A"));
    const Program p = ProgramRepository(db).ensure(2023);
    QVector<Item> items = {item(p.id, 1, QStringLiteral("Một"), a), item(p.id, 1, QStringLiteral("Hai"), a)};
    Transaction tx(db);
    EXPECT_THROW(ItemRepository(db).insert(items), StorageError);
}

TEST_P(Both, FilterBySearchUnitStatusAndDates)
{
    const qint64 a = addUnit(QStringLiteral("QLDT"), QStringLiteral("Phòng Quản lý đô thị"));
    const qint64 b = addUnit(QStringLiteral("DOI"), QStringLiteral("Đội Quản lý trật tự xây dựng"));
    const Program p = ProgramRepository(db).ensure(2023);
    Item one = item(p.id, 1, QStringLiteral("Chỉnh trang hè phố"), a, Status::InProgress);
    one.deadline = *Deadline::parse(QStringLiteral("Quý I"), 2023);
    Item two = item(p.id, 2, QStringLiteral("Kiểm tra trật tự xây dựng"), b, Status::Done);
    two.deadline = *Deadline::parse(QStringLiteral("Quý I"), 2023);
    two.coUnitIds = {a};
    Item three = item(p.id, 3, QStringLiteral("Báo cáo 50% tiến độ"), b, Status::Approved);
    three.note = QStringLiteral("Đường Vũ Quỳnh");
    three.deadline = *Deadline::parse(QStringLiteral("Thường xuyên"), 2023);
    QVector<Item> items = {one, two, three};
    ItemRepository repo(db);
    repo.insert(items);

    auto numbers = [&](const ItemFilter& f) {
        QVector<int> n;
        for (const Item& it : repo.list(p.id, f))
            n.append(it.number);
        return n;
    };
    ItemFilter f;
    f.search = QStringLiteral("quan ly do thi");
    EXPECT_EQ(numbers(f), (QVector<int>{1, 2})) << "lead unit and co-unit names are searched";
    f.search = QStringLiteral("doi");
    EXPECT_EQ(numbers(f), (QVector<int>{2, 3}));
    f.search = QStringLiteral("vu quynh");
    EXPECT_EQ(numbers(f), (QVector<int>{3})) << "notes are searched";
    f.search = QStringLiteral("50%");
    EXPECT_EQ(numbers(f), (QVector<int>{3})) << "% is punctuation, not LIKE's wildcard";
    f.search = QStringLiteral("5_%");
    EXPECT_EQ(numbers(f), (QVector<int>{3})) << "the word 5, which begins 50; _ is not a wildcard";
    f.search = QStringLiteral("5_0");
    EXPECT_TRUE(numbers(f).isEmpty()) << "the phrase 5 0";
    f.search = QStringLiteral("tra kiem");
    EXPECT_EQ(numbers(f), (QVector<int>{2})) << "words in any order";
    f.search = QStringLiteral("do thi chinh trang");
    EXPECT_EQ(numbers(f), (QVector<int>{1})) << "one word in the unit's name, one in the content";
    f = ItemFilter();
    f.leadUnitIds = {b};
    f.statuses = {Status::Done};
    EXPECT_EQ(numbers(f), (QVector<int>{2}));
    f = ItemFilter();
    f.coUnitId = a;
    EXPECT_EQ(numbers(f), (QVector<int>{2}));
    f = ItemFilter();
    f.overdueAsOf = QDate(2023, 4, 1);
    EXPECT_EQ(numbers(f), (QVector<int>{1})) << "done and ongoing items are not overdue";
    f = ItemFilter();
    f.dueBefore = QDate(2023, 3, 31);
    EXPECT_EQ(numbers(f), (QVector<int>{1, 2}));
}

TEST_P(Both, TheServerSortsPeoplesWordsInVietnameseAndLoginsAsSqliteDoes)
{
    if (GetParam() == test::Backend::Sqlite)
        GTEST_SKIP() << "SQLite sorts bytes (BINARY); the program sorts in C++ on both backends";
    const QStringList names = {QStringLiteral("Đội Quản lý trật tự"),
                               QStringLiteral("Ủy ban Mặt trận"),
                               QStringLiteral("Ban Chỉ huy Quân sự"),
                               QStringLiteral("Phòng Y tế"),
                               QStringLiteral("Ấp Bắc"),
                               QStringLiteral("Dương Nội"),
                               QStringLiteral("an ninh"),
                               QStringLiteral("Ơn"),
                               QStringLiteral("Ô Chợ Dừa"),
                               QStringLiteral("Zeta")};
    for (int i = 0; i < names.size(); ++i)
        addUnit(QStringLiteral("U%1").arg(i), names.at(i));
    QStringList expected = names;
    std::sort(expected.begin(), expected.end(),
              [](const QString& a, const QString& b) { return wp::text::collator().compare(a, b) < 0; });
    QStringList server;
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM units ORDER BY name")));
    while (q.next())
        server.append(q.value(0).toString());
    EXPECT_EQ(server, expected) << "ICU vi-VN on the server, QCollator(vi_VN) in the program";

    // Logins in byte order, as SQLite's BINARY: capitals before small letters, "_" between.
    for (const char* login : {"b_an", "B", "a", "b"})
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO users(login, full_name, role, password_hash, created_at) "
                                          "VALUES('%1', 'x', 'unit', 'x', now())")
                               .arg(QLatin1String(login))));
    QStringList logins;
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT login FROM users ORDER BY login")));
    while (q.next())
        logins.append(q.value(0).toString());
    EXPECT_EQ(logins,
              (QStringList{QStringLiteral("B"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("b_an")}));
}

TEST_P(Both, CountsGroupByUnitAndStatus)
{
    const qint64 a = addUnit(QStringLiteral("A"), QStringLiteral("Phòng A"));
    const qint64 b = addUnit(QStringLiteral("B"), QStringLiteral("Phòng B"));
    const Program p = ProgramRepository(db).ensure(2023);
    QVector<Item> items;
    for (int i = 1; i <= 5; ++i)
        items.append(
            item(p.id, i, QStringLiteral("Việc %1").arg(i), i <= 3 ? a : b, i == 1 ? Status::Done : Status::Proposed));
    ItemRepository repo(db);
    repo.insert(items);
    const CountTable t(UnitRepository(db).inYear(2023), repo.countByUnitAndStatus(p.id));
    ASSERT_EQ(t.rows().size(), 2);
    EXPECT_EQ(t.rows()[0].total(), 3);
    EXPECT_EQ(t.rows()[0].byStatus[size_t(Status::Done)], 1);
    EXPECT_EQ(t.rows()[1].total(), 2);
    EXPECT_EQ(t.total(), repo.count(p.id));
}

TEST_P(Both, DeletingAnItemDeletesItsCoUnits)
{
    const qint64 a = addUnit(QStringLiteral("A"), QStringLiteral("Phòng A"));
    const qint64 b = addUnit(QStringLiteral("B"), QStringLiteral("Phòng B"));
    const Program p = ProgramRepository(db).ensure(2023);
    QVector<Item> items = {item(p.id, 1, QStringLiteral("Một"), a)};
    items[0].coUnitIds = {b};
    ItemRepository repo(db);
    repo.insert(items);
    repo.remove(items[0].id);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM item_co_units")).toInt(), 0);
}

TEST_P(Both, ProgramsByYear)
{
    ProgramRepository repo(db);
    EXPECT_FALSE(repo.byYear(2023));
    const Program p = repo.ensure(2023);
    EXPECT_EQ(p.title, QStringLiteral("Chương trình công tác năm 2023"));
    EXPECT_EQ(repo.ensure(2023).id, p.id);
    Program changed = p;
    changed.issuingBody = QStringLiteral("ỦY BAN NHÂN DÂN QUẬN NAM TỪ LIÊM");
    changed.state = ProgramState::Review;
    repo.update(changed);
    EXPECT_EQ(repo.byYear(2023)->issuingBody, changed.issuingBody);
    EXPECT_EQ(repo.byYear(2023)->state, ProgramState::Review);
}

INSTANTIATE_TEST_SUITE_P(Backends, Both, ::testing::Values(test::Backend::Sqlite, test::Backend::Postgres),
                         test::backendName);

// Every released schema version has a database in tests/data/schema/; each must open,
// upgrade step by step to the current schema and keep all of its data.
class Upgrade : public ::testing::TestWithParam<int>
{};

TEST_P(Upgrade, FromEveryEarlierSchemaKeepsTheData)
{
    const int from = GetParam();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(WP_TEST_DATA_DIR "/schema/v%1.sqlite").arg(from), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = Database::open(path);
    EXPECT_EQ(db->schemaVersion(), Database::SchemaVersion);
    const auto program = ProgramRepository(*db).byYear(2023);
    ASSERT_TRUE(program);
    EXPECT_EQ(ItemRepository(*db).count(program->id), 535);
    EXPECT_EQ(UnitRepository(*db).all().size(), 17);
    EXPECT_EQ(scalar(*db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    // v2: report settings can be stored on an upgraded database.
    ReportSettingsRepository settings(*db);
    ReportSettings s = settings.load(*program);
    s.signerName = QStringLiteral("Nguyễn Văn An");
    settings.save(program->id, s);
    EXPECT_EQ(settings.load(*program).signerName, QStringLiteral("Nguyễn Văn An"));
    // v3: users and a history chain start empty and work on an upgraded database; the v3
    // fixture has two users and two history rows whose chain must survive the upgrade.
    // (The v4 fixture has a third user, a leader, who signed the amendment.)
    EXPECT_EQ(UserRepository(*db).count(), from < 3 ? 0 : from == 3 ? 2 : 3);
    // v7: every item gets a `create` row as it was at the upgrade, every account a baseline row in
    // the audit log, from which verify replays them; the tables then are what the history says.
    EXPECT_EQ(HistoryRepository(*db).count(), (from < 3 ? 0 : 2) + 535);
    EXPECT_EQ(AuditLog(*db).all().size(), UserRepository(*db).count() + 1); // and the program's step
    EXPECT_TRUE(AuditLog(*db).verify().isEmpty());
    EXPECT_EQ(StateVerifier(*db).verify(), QStringList());
    User office;
    office.login = QStringLiteral("vp_upgrade");
    office.fullName = QStringLiteral("Văn phòng");
    office.role = Role::Office;
    UserRepository(*db).add(office, QStringLiteral("pw"));
    const Item first = ItemRepository(*db).list(program->id).first();
    const qsizetype before = HistoryRepository(*db).forItem(first.id).size();
    WorkflowService(*db, office).comment(first.id, QStringLiteral("Đã xem"));
    EXPECT_EQ(HistoryRepository(*db).forItem(first.id).size(), before + 1);
    EXPECT_TRUE(HistoryRepository(*db).verify().isEmpty());
    // v4: no snapshot before v4 and no merged item; the v4 fixture was amended, sent to
    // review and signed again (three steps, three snapshots); the next step freezes all 535 items.
    EXPECT_EQ(SnapshotRepository(*db).forProgram(program->id).size(), from < 4 ? 0 : 3);
    // v5: the steps already there are chained in order during the upgrade, their data kept.
    const QVector<ProgramHistoryEntry> steps = ProgramHistoryRepository(*db).forProgram(program->id);
    ASSERT_EQ(steps.size(), from < 4 ? 0 : 3);
    if (from == 4) {
        EXPECT_EQ(steps[0].from, ProgramState::Issued);
        EXPECT_EQ(steps[0].to, ProgramState::Amending);
        EXPECT_EQ(steps[2].login, QStringLiteral("chutich"));
        EXPECT_EQ(steps[2].decision, QStringLiteral("46/QĐ-UBND"));
        EXPECT_EQ(steps[2].snapshotId, 3);
        EXPECT_EQ(steps[2].snapshotHash, SnapshotRepository(*db).byId(3)->hash);
        EXPECT_EQ(steps[2].at, QDateTime::fromString(QStringLiteral("2026-11-29T09:59:13.572Z"), Qt::ISODateWithMs));
        EXPECT_EQ(steps[0].prevHash, QString(64, QLatin1Char('0')));
        EXPECT_EQ(steps[1].prevHash, steps[0].hash);
        EXPECT_EQ(steps[2].prevHash, steps[1].hash);
        EXPECT_EQ(steps[2].hash.size(), 64);
    }
    EXPECT_TRUE(ProgramHistoryRepository(*db).verify().isEmpty());
    for (const Item& it : ItemRepository(*db).list(program->id))
        ASSERT_EQ(it.mergedInto, 0);
    Program p = *program;
    ASSERT_EQ(p.state, ProgramState::Issued);
    const Snapshot snap = WorkflowService(*db, office).step(p, ProgramState::Amending);
    EXPECT_EQ(snap.items().size(), 535);
    EXPECT_TRUE(SnapshotRepository(*db).verify().isEmpty());
    // The new step continues the chain.
    EXPECT_EQ(ProgramHistoryRepository(*db).count(), from < 4 ? 1 : 4);
    EXPECT_TRUE(ProgramHistoryRepository(*db).verify().isEmpty());
    EXPECT_TRUE(Maintenance::check(*db).ok);
    // v7: the search text of every item is words, recomputed by the upgrade.
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT content, note, leader, task_group, search_text FROM items")));
    int rows = 0;
    while (q.next()) {
        Item it;
        it.content = q.value(0).toString();
        it.note = q.value(1).toString();
        it.leader = q.value(2).toString();
        it.group = q.value(3).toString();
        ASSERT_EQ(q.value(4).toString(), ItemInserter::searchTextOf(it)) << it.content.toStdString();
        ++rows;
    }
    EXPECT_GE(rows, 535);
    ItemFilter words;
    words.search = QStringLiteral("han viet");
    EXPECT_EQ(ItemRepository(*db).list(program->id, words).size(), 1);
}

INSTANTIATE_TEST_SUITE_P(Schema, Upgrade, ::testing::Range(1, Database::SchemaVersion));

// The PostgreSQL schema is one CREATE script (postgres.cpp) kept in step with SQLite's migrations:
// the same tables with the same columns, but unit_aliases' "seq" (the insertion order SQLite keeps
// in its rowid).
TEST(SchemaPostgres, HasTheSameTablesAndColumnsAsTheMigratedSqliteSchema)
{
    test::TestDb server(test::Backend::Postgres);
    WP_SKIP_UNLESS_AVAILABLE(server);
    test::TempDb file;
    QMap<QString, QStringList> sqlite;
    {
        QSqlQuery t(file.db().connection());
        ASSERT_TRUE(t.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        while (t.next()) {
            QSqlQuery c(file.db().connection());
            ASSERT_TRUE(c.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t.value(0).toString())));
            while (c.next())
                sqlite[t.value(0).toString()].append(c.value(1).toString());
        }
    }
    QMap<QString, QStringList> postgres;
    {
        QSqlQuery c(server.db().connection());
        ASSERT_TRUE(c.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE "
                                          "table_schema = current_schema() ORDER BY table_name, ordinal_position")));
        while (c.next())
            if (!(c.value(0).toString() == QLatin1String("unit_aliases") &&
                  c.value(1).toString() == QLatin1String("seq")))
                postgres[c.value(0).toString()].append(c.value(1).toString());
    }
    EXPECT_EQ(postgres.keys(), sqlite.keys());
    for (auto it = sqlite.cbegin(); it != sqlite.cend(); ++it)
        EXPECT_EQ(postgres.value(it.key()).join(QLatin1Char(',')).toStdString(),
                  it.value().join(QLatin1Char(',')).toStdString())
            << it.key().toStdString();
    EXPECT_EQ(server.db().schemaVersion(), Database::SchemaVersion);
}

// Two writers on one server database never take the same item number nor fork the history chain:
// each write transaction holds the writers' advisory lock (SQLite's BEGIN IMMEDIATE, on the server).
TEST(ConcurrencyPostgres, TwoConnectionsAddingItemsAtOnceKeepNumbersAndTheChainWhole)
{
    test::TestDb server(test::Backend::Postgres);
    WP_SKIP_UNLESS_AVAILABLE(server);
    Database& one = server.db();
    Unit u;
    u.code = QStringLiteral("A");
    u.name = QStringLiteral("Phòng A");
    const qint64 unit = UnitRepository(one).add(u);
    const Program p = ProgramRepository(one).ensure(2023);
    std::unique_ptr<Database> two = Database::open(server.spec());
    // The first writer takes the lock and allocates; the second, started meanwhile on another
    // connection, waits for the commit and then sees the first one's rows.
    auto tx = std::make_unique<Transaction>(one);
    QVector<Item> a(1);
    a[0].programId = p.id;
    a[0].content = QStringLiteral("Một");
    a[0].leadUnitId = unit;
    ItemService(one).add(a, {QStringLiteral("x"), QString()});
    QSqlQuery locked(two->connection());
    ASSERT_TRUE(locked.exec(QStringLiteral("SELECT pg_try_advisory_xact_lock(%1)").arg(Database::ApplicationId)));
    ASSERT_TRUE(locked.next());
    EXPECT_FALSE(locked.value(0).toBool()) << "the first writer holds the writers' lock until it commits";
    tx->commit();
    tx.reset();
    QVector<Item> b = a;
    b[0].id = 0;
    b[0].number = 0;
    b[0].content = QStringLiteral("Hai");
    ItemService(*two).add(b, {QStringLiteral("y"), QString()});
    EXPECT_EQ(a[0].number + 1, b[0].number);
    EXPECT_TRUE(HistoryRepository(one).verify().isEmpty());
}
