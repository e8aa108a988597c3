// copy (issue 13): a whole database between a file and a server in either direction, into an empty
// target only, in one transaction: verify passes on the copy and every row is the same.
#include "testsupport.h"

#include "workprogram/io/sampledata.h"
#include "workprogram/storage/auditlog.h"
#include "workprogram/storage/databasecopier.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programhistory.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/snapshotrepository.h"
#include "workprogram/storage/stateverifier.h"
#include "workprogram/storage/useradmin.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUuid>

#include <algorithm>

#include <gtest/gtest.h>

using namespace wp;
using namespace wp::storage;
using wp::test::Backend;
using wp::test::TestDb;

namespace {

/// Every row of every table (and meta), as sorted text: two databases holding the same rows give
/// the same text whatever their backend. The server's own insertion counter (seq) is left out.
QStringList dump(Database& db)
{
    QStringList rows;
    for (const QString& table : DatabaseCopier::tables() + QStringList{QStringLiteral("meta")}) {
        QSqlQuery q(db.connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM ") + table)) << table.toStdString();
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i) {
                if (q.record().fieldName(i) == QLatin1String("seq"))
                    continue;
                const QVariant v = q.value(i);
                values.append(q.isNull(i)                          ? QStringLiteral("NULL")
                              : v.typeId() == QMetaType::QDateTime ? v.toDateTime().toUTC().toString(Qt::ISODateWithMs)
                                                                   : v.toString());
            }
            // The server marks its database as the program's in meta; a file has PRAGMA application_id.
            if (table == QLatin1String("meta") && values.first() == QLatin1String("application"))
                continue;
            rows.append(table + QLatin1Char('|') + values.join(QLatin1Char('|')));
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

/// The first row where @p a and @p b differ, for the failure message ("" when they are equal).
std::string difference(const QStringList& a, const QStringList& b)
{
    for (int i = 0; i < std::max(a.size(), b.size()); ++i)
        if (i >= a.size() || i >= b.size() || a[i] != b[i])
            return QStringLiteral("row %1: «%2» ≠ «%3»")
                .arg(i)
                .arg(i < a.size() ? a[i] : QString(), i < b.size() ? b[i] : QString())
                .toStdString();
    return std::string();
}

/// What verify checks in the database itself: the three chains, every snapshot, the state replayed.
QStringList verify(Database& db)
{
    return HistoryRepository(db).verify() + ProgramHistoryRepository(db).verify() + SnapshotRepository(db).verify() +
           AuditLog(db).verify() + StateVerifier(db).verify();
}

/// The demo program part-way through an amendment (history, a signed snapshot, items back in the
/// draft), an Office account, and two items merged into a new one (which points forward).
void fill(Database& db)
{
    io::SampleData::addUnits(db);
    ASSERT_TRUE(io::SampleData::addProgram(db, io::SampleData::Stage::Amending));
    User admin;
    admin.login = QStringLiteral("quantri");
    admin.fullName = QStringLiteral("Quản trị");
    admin.role = Role::Admin;
    admin = UserAdmin(db).add(std::nullopt, admin, QStringLiteral("mật khẩu quantri"));
    User office;
    office.login = QStringLiteral("vanphong");
    office.fullName = QStringLiteral("Văn phòng");
    office.role = Role::Office;
    office = UserAdmin(db).add(admin, office, QStringLiteral("mật khẩu vanphong"));
    const Program program = *ProgramRepository(db).byYear(io::SampleData::Year);
    QVector<qint64> drafts;
    for (const Item& item : ItemRepository(db).list(program.id))
        if (item.status == Status::InDraft && drafts.size() < 2 &&
            (drafts.isEmpty() || item.leadUnitId != ItemRepository(db).byId(drafts[0])->leadUnitId))
            drafts.append(item.id);
    ASSERT_EQ(drafts.size(), 2);
    const Item merged = WorkflowService(db, office).merge(drafts, ItemRepository(db).byId(drafts[0])->leadUnitId);
    ASSERT_GT(merged.id, drafts[1]);
    Program amended = *ProgramRepository(db).byYear(io::SampleData::Year);
    WorkflowService(db, office).step(amended, ProgramState::Review, QStringLiteral("Điều chỉnh lần 1"));
}

/// The tables of a server database, looked at without opening it as the program would (which
/// creates the schema in an empty one).
QStringList serverTables(const QString& spec)
{
    const QUrl url(spec);
    const QString name = QUuid::createUuid().toString();
    QStringList tables;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(url.host());
        c.setPort(url.port(5432));
        c.setUserName(url.userName());
        c.setPassword(url.password());
        c.setDatabaseName(url.path().mid(1));
        EXPECT_TRUE(c.open());
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"));
        while (q.next())
            tables.append(q.value(0).toString());
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

/// The fill() of a SQLite file, made once for all tests of the binary (they only read it).
const QString& sourceFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("nguon.sqlite"));
        auto db = Database::open(p);
        fill(*db);
        return p;
    }();
    return path;
}

struct CopyTo : ::testing::TestWithParam<Backend>
{
    TestDb target{GetParam()};
    void SetUp() override { WP_SKIP_UNLESS_AVAILABLE(target); }
};

} // namespace

TEST_P(CopyTo, CopiesEveryRowWithItsIdsAndHashesVerifyPassesAndTheServerCopiesBackTheSame)
{
    auto source = Database::open(sourceFile());
    const DatabaseCopier::Counts counts = DatabaseCopier::copy(sourceFile(), target.spec());
    ASSERT_EQ(counts.size(), DatabaseCopier::tables().size());
    EXPECT_EQ(counts[4], (QPair<QString, qint64>{QStringLiteral("items"), 536})); // 535 + the merged one
    EXPECT_EQ(verify(target.db()).join(QLatin1Char('\n')).toStdString(), "");
    EXPECT_EQ(difference(dump(target.db()), dump(*source)), "");
    if (GetParam() == Backend::Postgres) {
        // And back from the server into a file: the same rows, ids and hashes as the first file.
        TestDb back;
        DatabaseCopier::copy(target.spec(), back.spec());
        EXPECT_EQ(difference(dump(back.db()), dump(*source)), "");
        EXPECT_EQ(verify(back.db()).join(QLatin1Char('\n')).toStdString(), "");
    }
    // The copy is a database like any other: the next write continues the ids and the chains.
    User office = *UserRepository(target.db()).byLogin(QStringLiteral("vanphong"));
    const Program program = *ProgramRepository(target.db()).byYear(io::SampleData::Year);
    Item item = ItemRepository(target.db()).list(program.id).last();
    WorkflowService(target.db(), office).comment(item.id, QStringLiteral("sau khi chép"));
    EXPECT_EQ(verify(target.db()).join(QLatin1Char('\n')).toStdString(), "");
}

TEST_P(CopyTo, RefusesATargetThatHoldsDataAndChangesNothing)
{
    io::SampleData::addUnits(target.db());
    const QStringList before = dump(target.db());
    try {
        DatabaseCopier::copy(sourceFile(), target.spec());
        FAIL() << "copied into a database with data";
    } catch (const StorageError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("đã có dữ liệu (bảng units): chỉ chép vào một cơ sở dữ liệu "
                                                        "trống; không có gì bị thay đổi")))
            << e.message().toStdString();
    }
    EXPECT_EQ(difference(dump(target.db()), before), "");
}

TEST_P(CopyTo, ACopyThatFailsHalfWayLeavesTheTargetAsBlankAsItWas)
{
    // The target does not exist yet (a file) or has no table (a server database).
    qint64 seen = 0;
    const auto failHalfWay = [&](const QString& table, qint64 rows) {
        seen = rows;
        if (table == QLatin1String("item_history") && rows == 300)
            throw StorageError(QStringLiteral("ngắt giữa chừng"));
    };
    try {
        DatabaseCopier::copy(sourceFile(), target.spec(), failHalfWay);
        FAIL() << "the copy did not fail";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.message(), QStringLiteral("ngắt giữa chừng"));
    }
    EXPECT_EQ(seen, 300);
    if (GetParam() == Backend::Sqlite)
        EXPECT_FALSE(QFileInfo::exists(target.spec()));
    else
        EXPECT_EQ(serverTables(target.spec()), QStringList());
}

TEST_P(CopyTo, ACopyThatFailsIntoAnEmptySchemaLeavesItWithoutRows)
{
    target.db(); // the schema, no rows
    try {
        DatabaseCopier::copy(sourceFile(), target.spec(), [](const QString& table, qint64) {
            if (table == QLatin1String("snapshots"))
                throw StorageError(QStringLiteral("ngắt giữa chừng"));
        });
        FAIL() << "the copy did not fail";
    } catch (const StorageError&) {
    }
    for (const QString& table : DatabaseCopier::tables()) {
        QSqlQuery q(target.db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 0) << table.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, CopyTo, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         wp::test::backendName);

TEST(CopyCli, CopiesAFileSaysWhatAndRefusesANonEmptyTargetWithExitCode3)
{
    QTemporaryDir dir;
    const QString to = dir.filePath(QStringLiteral("ban-sao.sqlite"));
    wp::test::CliResult r =
        wp::test::runCli({QStringLiteral("copy"), QStringLiteral("--from"), sourceFile(), QStringLiteral("--to"), to});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Đã chép %1 sang %2 (").arg(sourceFile(), to))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("  items            536\n"))) << r.out.toStdString();
    r = wp::test::runCli({QStringLiteral("verify"), QStringLiteral("--db"), to});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();

    r = wp::test::runCli({QStringLiteral("copy"), QStringLiteral("--from"), sourceFile(), QStringLiteral("--to"), to});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("lỗi: %1 đã có dữ liệu (bảng units): chỉ chép vào một cơ sở dữ liệu "
                                              "trống; không có gì bị thay đổi")
                                   .arg(to));
    r = wp::test::runCli({QStringLiteral("copy"), QStringLiteral("--from"),
                          dir.filePath(QStringLiteral("khong-co.sqlite")), QStringLiteral("--to"),
                          dir.filePath(QStringLiteral("moi.sqlite"))});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("moi.sqlite"))));
    r = wp::test::runCli({QStringLiteral("copy"), QStringLiteral("--from"), sourceFile()});
    EXPECT_EQ(r.exitCode, 1);
}
