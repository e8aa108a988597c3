// backup and restore of a server database (issue 13): pg_dump's custom format, put back by
// pg_restore in one transaction. The same counts and a passing verify after a restore into a fresh
// database; a restore that fails half way leaves the database as it was; clear refusals.
#include "testsupport.h"

#include "workprogram/io/sampledata.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/maintenance.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/serverrules.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/useradmin.h"
#include "workprogram/storage/workflowservice.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <gtest/gtest.h>

using wp::test::Backend;
using wp::test::CliResult;
using wp::test::runCli;
using wp::test::TestDb;

namespace {

CliResult cli(const QString& spec, QStringList args, const QStringList& env = {})
{
    args << QStringLiteral("--db") << spec;
    return runCli(args, env);
}

CliResult as(const QString& spec, const QString& login, QStringList args)
{
    args << QStringLiteral("--as") << login;
    return cli(spec, args, {QStringLiteral("WP_PASSWORD=pw-") + login});
}

/// Units, an administrator and @p rows items of 2024, one of them edited: written in-process (a
/// CLI run on the server costs a second on the shared machine; backup and restore are the CLI's).
void fill(TestDb& db, int rows)
{
    using namespace wp;
    using namespace wp::storage;
    qputenv("WP_PWHASH_FAST", "1");
    Database& d = db.db();
    io::SampleData::addUnits(d);
    User root;
    root.login = QStringLiteral("root");
    root.fullName = QStringLiteral("Quản trị");
    root.role = Role::Admin;
    UserAdmin(d).add(std::nullopt, root, QStringLiteral("pw-root"));
    Program p;
    p.year = 2024;
    p.title = Program::defaultTitle(2024);
    p.id = ProgramRepository(d).add(p);
    QVector<Item> items(rows);
    for (int i = 0; i < rows; ++i) {
        items[i].programId = p.id;
        items[i].content = QStringLiteral("Kế hoạch số %1").arg(i + 1);
        items[i].leadUnitId = UnitRepository(d).all().first().id;
        items[i].status = Status::Draft;
    }
    ItemService(d).create(items, root.login);
    User office;
    office.login = QStringLiteral("vanphong");
    office.role = Role::Office;
    items[0].note = QStringLiteral("đã sửa");
    WorkflowService(d, office).edit(items[0]);
}

/// The rows of each table, as one line to compare.
QString counts(wp::storage::Database& db)
{
    QStringList parts;
    for (const char* table : {"units", "users", "programs", "items", "item_history", "program_history", "audit_log"}) {
        QSqlQuery q(db.connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)));
        parts.append(QLatin1String(table) + QLatin1Char('=') +
                     (q.next() ? q.value(0).toString() : QStringLiteral("?")));
    }
    return parts.join(QLatin1Char(' '));
}

TEST(ServerBackupPostgres, BackupThenRestoreIntoAFreshDatabaseGivesTheSameRowsAndVerifyPasses)
{
    TestDb source(Backend::Postgres);
    WP_SKIP_UNLESS_AVAILABLE(source);
    fill(source, 5);
    const QString archive = source.file(QStringLiteral("máy-chủ.dump"));
    CliResult r = cli(source.spec(), {QStringLiteral("backup"), QStringLiteral("--out"), archive});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(archive);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.read(5), QByteArray("PGDMP")) << "pg_dump's custom format";
    EXPECT_FALSE(QFile::exists(archive + QStringLiteral(".part")));

    TestDb target(Backend::Postgres);
    r = cli(target.spec(), {QStringLiteral("restore"), QStringLiteral("--from"), archive});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Đã khôi phục"))) << r.out.toStdString();
    const QString before = counts(source.db());
    QString after = counts(target.db());
    // The restore itself is one more audit row.
    EXPECT_EQ(after.section(QStringLiteral(" audit_log="), 0, 0), before.section(QStringLiteral(" audit_log="), 0, 0));
    EXPECT_EQ(after.section(QStringLiteral("audit_log="), 1).toInt(),
              before.section(QStringLiteral("audit_log="), 1).toInt() + 1);
    r = cli(target.spec(), {QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    // The restored database goes on: ids continue after the restored ones.
    wp::Unit unit;
    unit.code = QStringLiteral("PM");
    unit.name = QStringLiteral("Phòng Mới");
    EXPECT_NO_THROW(wp::storage::UnitRepository(target.db()).add(unit));

    // Onto a database with accounts: only its administrator restores, and it is recorded.
    r = cli(source.spec(), {QStringLiteral("restore"), QStringLiteral("--from"), archive});
    EXPECT_EQ(r.exitCode, 4) << r.err.toStdString();
    r = as(source.spec(), QStringLiteral("root"), {QStringLiteral("restore"), QStringLiteral("--from"), archive});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QSqlQuery q(source.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT login FROM audit_log WHERE kind = 'restore' ORDER BY id DESC")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("root"));
}

TEST(ServerBackupPostgres, ARestoreThatFailsHalfWayLeavesTheDatabaseAsItWas)
{
    TestDb source(Backend::Postgres);
    WP_SKIP_UNLESS_AVAILABLE(source);
    fill(source, 3);
    const QString archive = source.file(QStringLiteral("a.dump"));
    ASSERT_EQ(cli(source.spec(), {QStringLiteral("backup"), QStringLiteral("--out"), archive}).exitCode, 0);

    TestDb target(Backend::Postgres);
    fill(target, 2);
    // Something of the server's own that depends on the items table: pg_restore's DROP of it fails
    // after other tables were already dropped in its transaction.
    QSqlQuery q(target.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE VIEW office_report AS SELECT id FROM items")));
    const QString before = wp::test::fingerprint(target.db()) + counts(target.db());
    CliResult r =
        as(target.spec(), QStringLiteral("root"), {QStringLiteral("restore"), QStringLiteral("--from"), archive});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("pg_restore")) && r.err.contains(QStringLiteral("giữ nguyên")))
        << r.err.toStdString();
    EXPECT_EQ(wp::test::fingerprint(target.db()) + counts(target.db()), before);
    r = cli(target.spec(), {QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

TEST(ServerBackupPostgres, WithoutPostgresToolsBackupAndRestoreNameTheMissingTool)
{
    TestDb db(Backend::Postgres);
    WP_SKIP_UNLESS_AVAILABLE(db);
    const QStringList noTools{QStringLiteral("WP_PG_BINDIR=") + db.file(QStringLiteral("không-có"))};
    CliResult r =
        cli(db.spec(), {QStringLiteral("backup"), QStringLiteral("--out"), db.file(QStringLiteral("x"))}, noTools);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("không tìm thấy pg_dump"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(db.file(QStringLiteral("x"))));
    const QString archive = db.file(QStringLiteral("a.dump"));
    wp::test::writeFile(archive, QByteArray("PGDMP") + QByteArray(100, '\0'));
    r = cli(db.spec(), {QStringLiteral("restore"), QStringLiteral("--from"), archive}, noTools);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("không tìm thấy pg_restore"))) << r.err.toStdString();
}

TEST(ServerBackupPostgres, WhatIsNotAServerArchiveIsRefusedAndNothingChanges)
{
    TestDb server(Backend::Postgres);
    WP_SKIP_UNLESS_AVAILABLE(server);
    TestDb file(Backend::Sqlite);
    wp::io::SampleData::addUnits(file.db());
    file.close();
    const QString fileBackup = file.file(QStringLiteral("tệp.sqlite"));
    ASSERT_EQ(cli(file.spec(), {QStringLiteral("backup"), QStringLiteral("--out"), fileBackup}).exitCode, 0);
    wp::io::SampleData::addUnits(server.db());
    const QString before = counts(server.db());

    CliResult r = cli(server.spec(), {QStringLiteral("restore"), QStringLiteral("--from"), fileBackup});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("workprogram-cli copy"))) << r.err.toStdString();
    const QString text = server.file(QStringLiteral("ghi-chú.txt"));
    wp::test::writeFile(text, "không phải bản sao lưu");
    r = cli(server.spec(), {QStringLiteral("restore"), QStringLiteral("--from"), text});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("không phải là bản sao lưu pg_dump"))) << r.err.toStdString();
    EXPECT_EQ(counts(server.db()), before);

    // A server's archive onto a file: refused, the file kept.
    const QString archive = server.file(QStringLiteral("máy-chủ.dump"));
    ASSERT_EQ(cli(server.spec(), {QStringLiteral("backup"), QStringLiteral("--out"), archive}).exitCode, 0);
    r = cli(file.spec(), {QStringLiteral("restore"), QStringLiteral("--from"), archive});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("bản sao lưu của máy chủ"))) << r.err.toStdString();
    r = cli(file.spec(), {QStringLiteral("verify")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

/// Drops login and group roles left on the cluster (they outlive the test's database).
void dropRoles(const QStringList& roles)
{
    const QUrl url(qEnvironmentVariable("WP_TEST_PG"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("roles-cleanup"));
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        if (db.open()) {
            QSqlQuery q(db);
            for (const QString& role : roles)
                q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("roles-cleanup"));
}

TEST(ServerBackupPostgres, UnderTheServersRulesTheTablesOwnerRestoresAndAnAdministratorIsRefusedUntouched)
{
    const QString admin = QStringLiteral("qt_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    QString name;
    {
        TestDb db(Backend::Postgres);
        WP_SKIP_UNLESS_AVAILABLE(db);
        name = QUrl(db.spec()).path().mid(1);
        qputenv("WP_PWHASH_FAST", "1");
        wp::storage::installServerRules(db.db());
        wp::io::SampleData::addUnits(db.db());
        wp::User u;
        u.login = admin;
        u.fullName = QStringLiteral("Quản trị");
        u.role = wp::Role::Admin;
        wp::storage::UserAdmin(db.db()).add(std::nullopt, u, QStringLiteral("pw-admin1"));
        const QString archive = db.file(QStringLiteral("rules.dump"));
        CliResult r = cli(db.spec(), {QStringLiteral("backup"), QStringLiteral("--out"), archive});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QString before = counts(db.db());

        // The administrator's login role does not own the tables: the server refuses pg_restore.
        QUrl asAdmin(db.spec());
        asAdmin.setUserName(admin);
        asAdmin.setPassword(QStringLiteral("pw-admin1"));
        r = cli(asAdmin.toString(),
                {QStringLiteral("restore"), QStringLiteral("--from"), archive, QStringLiteral("--as"), admin},
                {QStringLiteral("WP_PASSWORD=pw-admin1")});
        EXPECT_EQ(r.exitCode, 3);
        EXPECT_TRUE(r.err.contains(QStringLiteral("must be owner")) && r.err.contains(QStringLiteral("giữ nguyên")))
            << r.err.toStdString();
        EXPECT_EQ(counts(db.db()), before);

        // The owner (who ran server-init) is no account: it restores without --as.
        r = cli(db.spec(), {QStringLiteral("restore"), QStringLiteral("--from"), archive});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QSqlQuery q(db.db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT login FROM audit_log WHERE kind = 'restore' ORDER BY id DESC")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toString(), QUrl(db.spec()).userName());
        q.finish();
        r = cli(db.spec(), {QStringLiteral("verify")});
        EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
        db.close();
    }
    if (!name.isEmpty())
        dropRoles({admin, name + QStringLiteral("_unit"), name + QStringLiteral("_office"),
                   name + QStringLiteral("_leader"), name + QStringLiteral("_admin")});
}

/// A raw connection to server database @p spec as @p login (password pw-<login>); runs @p sql and
/// says whether the server accepted it. Whatever it did is rolled back.
bool acceptedAs(const QString& spec, const QString& login, const QString& sql)
{
    const QUrl url(spec);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("as-login"));
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(login);
        db.setPassword(QStringLiteral("pw-") + login);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("BEGIN"));
            ok = q.exec(sql);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("as-login"));
    return ok;
}

TEST(ServerBackupPostgres, ARestoreUnderAnotherNameGivesTheNewDatabaseItsOwnGroupsAndRules)
{
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString admin = QStringLiteral("qa_") + suffix, unit = QStringLiteral("qu_") + suffix,
                  office = QStringLiteral("qo_") + suffix;
    QString nameA, nameB;
    {
        TestDb a(Backend::Postgres);
        WP_SKIP_UNLESS_AVAILABLE(a);
        nameA = QUrl(a.spec()).path().mid(1);
        qputenv("WP_PWHASH_FAST", "1");
        wp::storage::installServerRules(a.db());
        wp::io::SampleData::addUnits(a.db());
        const qint64 unitId = wp::storage::UnitRepository(a.db()).all().first().id;
        wp::storage::UserAdmin people(a.db());
        std::optional<wp::User> first;
        for (const auto& [login, role] : {std::pair{admin, wp::Role::Admin}, std::pair{office, wp::Role::Office},
                                          std::pair{unit, wp::Role::Unit}}) {
            wp::User u;
            u.login = login;
            u.fullName = login;
            u.role = role;
            u.unitId = role == wp::Role::Unit ? unitId : 0;
            u = people.add(first, u, QStringLiteral("pw-") + login);
            if (!first)
                first = u;
        }
        const wp::Program program = wp::storage::ProgramRepository(a.db()).ensure(2024);
        QVector<wp::Item> items(3);
        for (int i = 0; i < 3; ++i) {
            items[i].programId = program.id;
            items[i].content = QStringLiteral("Kế hoạch số %1").arg(i + 1);
            items[i].leadUnitId = unitId;
            items[i].status = wp::Status::Proposed;
        }
        wp::storage::ItemService(a.db()).create(items, admin);
        // The backup in-process (the CLI's backup is the first test's); restore and verify by the CLI.
        const QString archive = a.file(QStringLiteral("a.dump"));
        wp::storage::Maintenance::backup(a.db(), archive);
        const QString before = counts(a.db());

        TestDb b(Backend::Postgres);
        nameB = QUrl(b.spec()).path().mid(1);
        CliResult r = cli(b.spec(), {QStringLiteral("restore"), QStringLiteral("--from"), archive});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = cli(b.spec(), {QStringLiteral("verify")});
        EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
        const QString after = counts(b.db());
        EXPECT_EQ(after.section(QStringLiteral(" audit_log="), 0, 0),
                  before.section(QStringLiteral(" audit_log="), 0, 0));

        // B's own groups exist and hold B's grants and policies; nothing of B names A's groups.
        EXPECT_TRUE(wp::storage::hasServerRules(b.db()));
        QSqlQuery q(b.db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('%1_unit', '%1_office', "
                                          "'%1_leader', '%1_admin')")
                               .arg(nameB)));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 4) << "B's group roles";
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT has_table_privilege('%1_office', 'items', 'UPDATE'), "
                                          "has_table_privilege('%2_office', 'items', 'SELECT'), "
                                          "has_database_privilege('%2_unit', current_database(), 'CONNECT')")
                               .arg(nameB, nameA)));
        ASSERT_TRUE(q.next());
        EXPECT_TRUE(q.value(0).toBool()) << "B's office group may edit B's items";
        EXPECT_FALSE(q.value(1).toBool()) << "A's office group has no right on B";
        EXPECT_FALSE(q.value(2).toBool()) << "A's unit group cannot connect to B";
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM pg_policies WHERE array_to_string(roles, ',') LIKE "
                                          "'%%%1%%'")
                               .arg(nameA)));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 0) << "no policy of B names A's groups";
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT pg_has_role('%1', '%2_unit', 'MEMBER'), pg_has_role('%3', "
                                          "'%2_office', 'MEMBER')")
                               .arg(unit, nameB, office)));
        ASSERT_TRUE(q.next());
        EXPECT_TRUE(q.value(0).toBool() && q.value(1).toBool()) << "the people are members of B's groups";
        q.finish();

        // The rules hold on B: the unit's login reads but cannot approve; the Office can return.
        EXPECT_TRUE(acceptedAs(b.spec(), unit, QStringLiteral("SELECT count(*) FROM items")));
        EXPECT_FALSE(acceptedAs(b.spec(), unit, QStringLiteral("UPDATE items SET status = 'approved'")))
            << "a unit cannot approve on B";
        EXPECT_FALSE(acceptedAs(b.spec(), unit, QStringLiteral("DELETE FROM users"))) << "nor touch the accounts";
        b.close();
        a.close();
    }
    QStringList roles{admin, unit, office};
    for (const QString& db : {nameA, nameB})
        for (const char* key : {"_unit", "_office", "_leader", "_admin"})
            if (!db.isEmpty())
                roles.append(db + QLatin1String(key));
    dropRoles(roles);
}

} // namespace
