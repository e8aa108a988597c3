// The rules a PostgreSQL server enforces itself (issue 13): after server-init, each person is a
// login role, and a connection as that role is refused by the server whatever the workflow
// refuses, even in raw SQL; the program's own commands still work for each role.
//
// One server database for the whole suite (creating roles is slow-ish): the raw-SQL cases run in
// a transaction rolled back at the end, so they leave the shared state as they found it.
#include "testsupport.h"

#include "workprogram/storage/history.h"
#include "workprogram/storage/iteminserter.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/serverrules.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/useradmin.h"
#include "workprogram/storage/userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>

using wp::test::Backend;
using wp::test::CliResult;
using wp::test::runCli;

namespace {

struct Shared
{
    std::unique_ptr<wp::test::TestDb> db;
    QString suffix;       ///< logins are cluster-wide: each run has its own
    QString failure;      ///< why setting up failed
    qint64 ownItem = 0;   ///< an item led by the unit user's unit (Phòng Tư pháp), proposed
    qint64 otherItem = 0; ///< an item of another unit (Phòng Y tế), proposed
    qint64 draftItem = 0; ///< the one item of the program of 2026, in the draft
};
Shared* shared = nullptr;

QString login(const QString& who)
{
    return who + QLatin1Char('_') + shared->suffix;
}

/// --db for @p who: the suite's database, connected as that login (no password in the URL).
QString urlOf(const QString& who)
{
    QUrl url(shared->db->spec());
    url.setUserName(login(who));
    url.setPassword(QString());
    return url.toString();
}

CliResult as(const QString& who, QStringList args)
{
    args << QStringLiteral("--db") << urlOf(who) << QStringLiteral("--as") << login(who);
    return runCli(args, {QStringLiteral("WP_PASSWORD=pw-") + who, QStringLiteral("PGPASSWORD=")});
}

CliResult owner(QStringList args, const QStringList& env = {})
{
    args << QStringLiteral("--db") << shared->db->spec();
    return runCli(args, env);
}

/// A raw QPSQL connection as @p who, inside a transaction rolled back when it goes.
class Raw
{
public:
    explicit Raw(const QString& who, const QString& password = QString()) : m_name(QUuid::createUuid().toString())
    {
        const QUrl url(shared->db->spec());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(login(who));
        db.setPassword(password.isEmpty() ? QStringLiteral("pw-") + who : password);
        m_ok = db.open();
        m_error = db.lastError().text();
        if (m_ok) {
            // A case waiting on another's row lock fails instead of hanging the suite.
            QSqlQuery(db).exec(QStringLiteral("SET lock_timeout = '5s'"));
            QSqlQuery(db).exec(QStringLiteral("BEGIN"));
        }
    }
    ~Raw()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    const QString& error() const { return m_error; }
    /// Runs @p sql in a savepoint; returns the SQLSTATE of its refusal, "" when it succeeded.
    QString run(const QString& sql)
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        QSqlQuery(db).exec(QStringLiteral("SAVEPOINT s"));
        QSqlQuery q(db);
        if (q.exec(sql)) {
            m_last = q.next() ? q.value(0) : QVariant();
            QSqlQuery(db).exec(QStringLiteral("RELEASE SAVEPOINT s"));
            return QString();
        }
        m_error = q.lastError().databaseText();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK TO SAVEPOINT s"));
        return q.lastError().nativeErrorCode();
    }
    QVariant last() const { return m_last; }

private:
    QString m_name;
    bool m_ok = false;
    QString m_error;
    QVariant m_last;
};

void setUpShared()
{
    shared = new Shared;
    shared->db = std::make_unique<wp::test::TestDb>(Backend::Postgres);
    if (!shared->db->unavailable().isEmpty())
        return;
    shared->suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    // In-process, as the owner (each ctest case is its own process: the set-up must be quick).
    // server-init itself is run by the CLI in TheProgramWorksForEachRoleThroughTheSameServer.
    try {
        wp::storage::Database& db = shared->db->db();
        wp::storage::installServerRules(db);
        wp::storage::UnitRepository units(db);
        wp::Unit tp;
        tp.code = QStringLiteral("TP");
        tp.name = QStringLiteral("Phòng Tư pháp");
        wp::Unit yt;
        yt.code = QStringLiteral("YT");
        yt.name = QStringLiteral("Phòng Y tế");
        const qint64 tpId = units.add(tp);
        const qint64 ytId = units.add(yt);
        // Through UserAdmin, as the program adds people (each account's audit row, for verify).
        wp::storage::UserAdmin admins(db);
        std::optional<wp::User> first;
        for (const auto& [who, role] : {std::pair{QStringLiteral("admin"), wp::Role::Admin},
                                        std::pair{QStringLiteral("office"), wp::Role::Office},
                                        std::pair{QStringLiteral("leader"), wp::Role::Leader},
                                        std::pair{QStringLiteral("leadertp"), wp::Role::Leader},
                                        std::pair{QStringLiteral("unit"), wp::Role::Unit}}) {
            wp::User u;
            u.login = login(who);
            u.fullName = who;
            u.role = role;
            if (role == wp::Role::Unit)
                u.unitId = tpId;
            if (who == QLatin1String("leadertp"))
                u.leaderUnitIds = {tpId};
            u = admins.add(first, u, QStringLiteral("pw-") + who);
            if (!first)
                first = u;
        }
        const wp::Program program = wp::storage::ProgramRepository(db).ensure(2024);
        QVector<wp::Item> items(2);
        for (int i = 0; i < 2; ++i) {
            items[i].programId = program.id;
            items[i].number = i + 1;
            items[i].content = i == 0 ? QStringLiteral("Kế hoạch phổ biến pháp luật") : QStringLiteral("Tiêm chủng");
            items[i].leadUnitId = i == 0 ? tpId : ytId;
            items[i].status = wp::Status::Proposed;
        }
        wp::storage::ItemService(db).create(items, QString());
        shared->ownItem = items[0].id;
        shared->otherItem = items[1].id;
        // A program of 2026 whose one item is in the draft: for the sign-off.
        QVector<wp::Item> draft(1);
        draft[0].programId = wp::storage::ProgramRepository(db).ensure(2026).id;
        draft[0].number = 1;
        draft[0].content = QStringLiteral("Kế hoạch năm 2026");
        draft[0].leadUnitId = ytId;
        draft[0].status = wp::Status::InDraft;
        wp::storage::ItemService(db).create(draft, QString());
        shared->draftItem = draft[0].id;
        shared->db->close();
    } catch (const std::exception& e) {
        shared->failure = QString::fromUtf8(e.what());
    }
}

struct ServerRulesPostgres : ::testing::Test
{
    static void SetUpTestSuite() { setUpShared(); }
    static void TearDownTestSuite()
    {
        if (shared && shared->db && shared->db->unavailable().isEmpty()) {
            // Logins outlive the database: drop them (and the group roles) with it.
            const QString spec = shared->db->spec();
            const QString name = QUrl(spec).path().mid(1);
            shared->db.reset();
            QUrl admin(qEnvironmentVariable("WP_TEST_PG"));
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("roles-cleanup"));
            db.setHostName(admin.host());
            db.setPort(admin.port(5432));
            db.setDatabaseName(admin.path().mid(1));
            db.setUserName(admin.userName());
            db.setPassword(admin.password());
            if (db.open()) {
                QSqlQuery q(db);
                for (const QString& who : {QStringLiteral("admin"), QStringLiteral("office"), QStringLiteral("leader"),
                                           QStringLiteral("unit"), QStringLiteral("yte"), QStringLiteral("leadertp")})
                    q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login(who)));
                for (const QString& g : {QStringLiteral("unit"), QStringLiteral("office"), QStringLiteral("leader"),
                                         QStringLiteral("admin")})
                    q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1_%2\"").arg(name, g));
            }
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("roles-cleanup"));
        }
        delete shared;
        shared = nullptr;
    }
    void SetUp() override
    {
        WP_SKIP_UNLESS_AVAILABLE(*shared->db);
        ASSERT_TRUE(shared->failure.isEmpty()) << shared->failure.toStdString();
    }
    QString own() const { return QString::number(shared->ownItem); }
    QString other() const { return QString::number(shared->otherItem); }
};

const QString refused = QStringLiteral("42501");

TEST_F(ServerRulesPostgres, AUnitsConnectionIsRefusedWhatTheWorkflowRefuses)
{
    Raw unit(QStringLiteral("unit"));
    ASSERT_TRUE(unit.ok()) << unit.error().toStdString();
    EXPECT_EQ(unit.run(QStringLiteral("UPDATE items SET note = 'x' WHERE id = ") + other()), refused)
        << "other unit's item update";
    EXPECT_EQ(unit.run(QStringLiteral("DELETE FROM items WHERE id = ") + other()), refused)
        << "other unit's item delete";
    EXPECT_EQ(unit.run(QStringLiteral("UPDATE items SET lead_unit_id = (SELECT lead_unit_id FROM items WHERE id = ") +
                       other() + QStringLiteral(") WHERE id = ") + own()),
              refused)
        << "own item given to another unit";
    EXPECT_EQ(unit.run(QStringLiteral("UPDATE items SET status = 'approved' WHERE id = ") + own()), refused)
        << "approve";
    EXPECT_EQ(unit.run(QStringLiteral("UPDATE programs SET state = 'issued' WHERE year = 2024")), refused) << "signoff";
    EXPECT_EQ(unit.run(QStringLiteral("UPDATE programs SET state = 'drafting' WHERE year = 2024")), refused)
        << "step change";
    EXPECT_EQ(unit.run(QStringLiteral("INSERT INTO users(login, full_name, role, password_hash, created_at) VALUES "
                                      "('ke_gian', 'x', 'admin', 'x', now())")),
              refused)
        << "users insert";
    EXPECT_EQ(unit.run(QStringLiteral("UPDATE users SET role = 'admin' WHERE login = session_user")), refused)
        << "own role raised";
    EXPECT_EQ(unit.run(QStringLiteral("INSERT INTO units(code, name) VALUES ('XX', 'Phòng giả')")), refused)
        << "units insert";
    EXPECT_EQ(unit.run(QStringLiteral("INSERT INTO items(program_id, number, content, lead_unit_id, status, "
                                      "created_at, updated_at) SELECT program_id, 99, 'x', lead_unit_id, 'proposed', "
                                      "now(), now() FROM items WHERE id = ") +
                       other()),
              refused)
        << "item inserted for another unit";
    // What a unit may do, it may: its own item, proposed, withdrawn.
    EXPECT_EQ(unit.run(QStringLiteral("UPDATE items SET note = 'ghi chú' WHERE id = ") + own()), QString())
        << unit.error().toStdString();
    EXPECT_EQ(unit.run(QStringLiteral("UPDATE items SET status = 'withdrawn' WHERE id = ") + own()), QString())
        << unit.error().toStdString();
}

TEST_F(ServerRulesPostgres, AnInsertOfManyRowsIsRefusedWhenOneRowIsNotTheRolesToWrite)
{
    // What only the guard checks on an insert (the policies let these rows through): a unit's item
    // born past a proposal, a limited leader's item of a unit not theirs; one such row among good
    // ones refuses the whole statement.
    const QString insert = QStringLiteral(
        "INSERT INTO items(program_id, number, content, lead_unit_id, status, created_at, updated_at) SELECT "
        "program_id, 500 + g, 'x', lead_unit_id, CASE WHEN g = 2 THEN '%1' ELSE 'proposed' END, now(), now() FROM "
        "items, generate_series(1, 3) g WHERE id = %2");
    Raw unit(QStringLiteral("unit"));
    ASSERT_TRUE(unit.ok()) << unit.error().toStdString();
    EXPECT_EQ(unit.run(insert.arg(QStringLiteral("approved"), own())), refused) << "a unit's approved item";
    EXPECT_TRUE(unit.error().contains(QStringLiteral("approved"))) << unit.error().toStdString();
    EXPECT_EQ(unit.run(insert.arg(QStringLiteral("proposed"), own())), QString()) << unit.error().toStdString();
    Raw limited(QStringLiteral("leadertp"));
    ASSERT_TRUE(limited.ok()) << limited.error().toStdString();
    EXPECT_EQ(limited.run(QStringLiteral("INSERT INTO items(program_id, number, content, lead_unit_id, status, "
                                         "created_at, updated_at) SELECT program_id, 600 + g, 'x', CASE WHEN g = 2 "
                                         "THEN (SELECT lead_unit_id FROM items WHERE id = %1) ELSE lead_unit_id END, "
                                         "'proposed', now(), now() FROM items, generate_series(1, 3) g WHERE id = %2")
                              .arg(other(), own())),
              refused)
        << "a leader of Tư pháp only, inserting Y tế's item";
    EXPECT_TRUE(limited.error().contains(QStringLiteral("không phụ trách"))) << limited.error().toStdString();
}

TEST_F(ServerRulesPostgres, HistoryIsAppendedOnlyByTheServerWithTheConnectedRoleAsAuthor)
{
    Raw unit(QStringLiteral("unit"));
    ASSERT_TRUE(unit.ok()) << unit.error().toStdString();
    EXPECT_EQ(unit.run(QStringLiteral("INSERT INTO item_history(item_id, at, login, kind, prev_hash, hash) VALUES (") +
                       own() + QStringLiteral(", now(), 'chutich', 'comment', 'x', 'y')")),
              refused)
        << "direct history insert with a forged author";
    EXPECT_EQ(unit.run(QStringLiteral("UPDATE item_history SET login = 'chutich'")), refused) << "history update";
    EXPECT_EQ(unit.run(QStringLiteral("DELETE FROM item_history")), refused) << "history delete";
    EXPECT_EQ(unit.run(QStringLiteral("SELECT login FROM wp_append_item_history(") + other() +
                       QStringLiteral(", 'comment', NULL, NULL, 'giả', NULL)")),
              refused)
        << "history of another unit's item";
    // The function is the way in: the author is the connected role, whatever the caller says.
    EXPECT_EQ(unit.run(QStringLiteral("SELECT login FROM wp_append_item_history(") + own() +
                       QStringLiteral(", 'comment', NULL, NULL, 'ý kiến', NULL)")),
              QString())
        << unit.error().toStdString();
    EXPECT_EQ(unit.last().toString(), login(QStringLiteral("unit")));
    Raw office(QStringLiteral("office"));
    ASSERT_TRUE(office.ok()) << office.error().toStdString();
    EXPECT_EQ(office.run(QStringLiteral("UPDATE item_history SET comment = 'sửa'")), refused) << "history update";
    EXPECT_EQ(office.run(QStringLiteral("DELETE FROM item_history")), refused) << "history delete";
    EXPECT_EQ(office.run(QStringLiteral("UPDATE meta SET value = 'x' WHERE key = 'history_head'")), QString());
    EXPECT_EQ(office.last(), QVariant()) << "the history's head is the server's own";
}

TEST_F(ServerRulesPostgres, OnlyALeaderSignsOffAndOnlyAnAdministratorTouchesPeople)
{
    Raw office(QStringLiteral("office"));
    ASSERT_TRUE(office.ok()) << office.error().toStdString();
    EXPECT_EQ(office.run(QStringLiteral("UPDATE programs SET state = 'drafting' WHERE year = 2024")), QString())
        << office.error().toStdString();
    EXPECT_EQ(office.run(QStringLiteral("UPDATE programs SET state = 'review' WHERE year = 2024")), QString())
        << office.error().toStdString();
    EXPECT_EQ(office.run(QStringLiteral("UPDATE programs SET state = 'issued' WHERE year = 2024")), refused)
        << "signoff by the Office";
    EXPECT_EQ(office.run(QStringLiteral("UPDATE items SET status = 'approved' WHERE id = ") + own()), refused)
        << "approve by the Office";
    EXPECT_EQ(office.run(QStringLiteral("UPDATE items SET status = 'withdrawn' WHERE id = ") +
                         QString::number(shared->draftItem)),
              QString())
        << "a merge withdraws an item in the draft: " << office.error().toStdString();
    EXPECT_EQ(office.run(QStringLiteral("DELETE FROM users")), refused) << "users delete by the Office";
    EXPECT_EQ(office.run(QStringLiteral("INSERT INTO audit_log(at, login, kind, prev_hash, hash) VALUES (now(), "
                                        "'someone_else', 'user-add', 'x', 'y')")),
              refused)
        << "audit row under another author";
    {
        // Before the other leader's update below: both would wait for the same row.
        Raw limited(QStringLiteral("leadertp"));
        ASSERT_TRUE(limited.ok()) << limited.error().toStdString();
        EXPECT_EQ(limited.run(QStringLiteral("UPDATE items SET status = 'returned' WHERE id = ") + other()), refused)
            << "a leader of Tư pháp only, on Y tế's item";
        EXPECT_EQ(limited.run(QStringLiteral("SELECT login FROM wp_append_item_history(") + other() +
                              QStringLiteral(", 'comment', NULL, NULL, 'x', NULL)")),
                  refused)
            << "a leader of Tư pháp only, commenting Y tế's item";
        EXPECT_EQ(limited.run(QStringLiteral("UPDATE items SET status = 'returned' WHERE id = ") + own()), QString())
            << limited.error().toStdString();
    }
    Raw leader(QStringLiteral("leader"));
    ASSERT_TRUE(leader.ok()) << leader.error().toStdString();
    EXPECT_EQ(leader.run(QStringLiteral("UPDATE items SET status = 'returned' WHERE id = ") + other()), QString())
        << leader.error().toStdString();
    EXPECT_EQ(leader.run(QStringLiteral("INSERT INTO users(login, full_name, role, password_hash, created_at) VALUES "
                                        "('ke_gian', 'x', 'admin', 'x', now())")),
              refused)
        << "users insert by a leader";
}

TEST_F(ServerRulesPostgres, ServerInitAgainChangesNothingAndTheOfficesImportVerifies)
{
    // server-init again on its own database: succeeds, and the rules stay.
    CliResult r = owner({QStringLiteral("server-init")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QUrl(shared->db->spec()).path().mid(1) + QStringLiteral("_unit")))
        << r.out.toStdString();
    // The Office imports: the bulk history goes through the server's function, as the Office.
    const QString csv = shared->db->file(QStringLiteral("2025.csv"));
    wp::test::writeFile(csv, QStringLiteral("STT,Nội dung công việc,Cơ quan chủ trì,Thời hạn\n"
                                            "1,Kế hoạch năm 2025,Phòng Tư pháp,Quý IV\n")
                                 .toUtf8());
    r = as(QStringLiteral("office"), {QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2025"),
                                      QStringLiteral("--status"), QStringLiteral("proposed")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    Raw unit(QStringLiteral("unit"));
    ASSERT_TRUE(unit.ok()) << unit.error().toStdString();
    EXPECT_EQ(unit.run(QStringLiteral("SELECT login FROM item_history ORDER BY id DESC LIMIT 1")), QString());
    EXPECT_EQ(unit.last().toString(), login(QStringLiteral("office")));
    // The history written by the server's function hashes as the program hashes: verify passes.
    r = runCli({QStringLiteral("verify"), QStringLiteral("--db"), urlOf(QStringLiteral("office"))},
               {QStringLiteral("WP_PASSWORD=pw-office"), QStringLiteral("PGPASSWORD=")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
}

/// The rows of @p year's program as text, alike on both backends: items, co-units, history.
QStringList programRows(QSqlDatabase db, int year)
{
    const QString program = QStringLiteral(" JOIN programs p ON p.id = i.program_id WHERE p.year = %1 ").arg(year);
    const QStringList queries{
        QStringLiteral("SELECT i.number, i.content, u.name, i.status, i.note, i.deadline_text, i.due_date, "
                       "i.deadline_kind, i.search_text, i.co_units_text, i.row_version FROM items i JOIN units u ON "
                       "u.id = i.lead_unit_id") +
            program + QStringLiteral("ORDER BY i.number"),
        QStringLiteral("SELECT i.number, u.name, c.position FROM item_co_units c JOIN items i ON i.id = c.item_id "
                       "JOIN units u ON u.id = c.unit_id") +
            program + QStringLiteral("ORDER BY i.number, c.position"),
        QStringLiteral("SELECT i.number, h.kind, h.from_status, h.to_status, h.comment, h.changes FROM item_history h "
                       "JOIN items i ON i.id = h.item_id") +
            program + QStringLiteral("ORDER BY h.id")};
    QStringList rows;
    for (const QString& sql : queries) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return {q.lastError().text()};
        while (q.next()) {
            QStringList fields;
            for (int c = 0; c < q.record().count(); ++c)
                fields << (q.isNull(c) ? QStringLiteral("<NULL>") : q.value(c).toString());
            rows << fields.join(QLatin1Char('|'));
        }
    }
    return rows;
}

TEST_F(ServerRulesPostgres, AnOfficesImportThroughCopyIsTheSqliteImportWithTheServersAuthorAndTime)
{
    // Tab, newline, backslash, COPY's NULL (\N) and end (\.), quotes and Vietnamese in the cells.
    const QString csv = shared->db->file(QStringLiteral("2031.csv"));
    wp::test::writeFile(csv, QStringLiteral("STT,Nội dung công việc,Cơ quan chủ trì,Cơ quan phối hợp,Thời hạn,Ghi chú\n"
                                            "1,\"Tab\tvà dòng mới\nvà \\ gạch chéo, \\N, \"\"ngoặc kép\"\" – Ủy "
                                            "ban\",Phòng Tư pháp,Phòng Y tế,Quý IV,\"\\.\"\n"
                                            "2,Tiêm chủng mở rộng,Phòng Y tế,,30/06/2031,\n"
                                            "3,\\N,Phòng Tư pháp,\"Phòng Y tế\",,'đơn'\n")
                                 .toUtf8());
    CliResult r =
        as(QStringLiteral("office"), {QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2031"),
                                      QStringLiteral("--status"), QStringLiteral("proposed")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // The same file into a SQLite database with the same units.
    wp::test::TestDb file;
    for (const auto& [code, name] : {std::pair{QStringLiteral("TP"), QStringLiteral("Phòng Tư pháp")},
                                     std::pair{QStringLiteral("YT"), QStringLiteral("Phòng Y tế")}}) {
        wp::Unit u;
        u.code = code;
        u.name = name;
        wp::storage::UnitRepository(file.db()).add(u);
    }
    file.close();
    r = runCli({QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2031"),
                QStringLiteral("--status"), QStringLiteral("proposed"), QStringLiteral("--db"), file.spec()});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList server = programRows(shared->db->db().connection(), 2031);
    const QStringList sqlite = programRows(file.db().connection(), 2031);
    EXPECT_EQ(server.size(), 3 + 2 + 3) << server.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(server, sqlite) << server.join(QLatin1Char('\n')).toStdString() << "\n---\n"
                              << sqlite.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(server.value(0).contains(QStringLiteral("\\ gạch chéo, \\N, \"ngoặc kép\" – Ủy ban")))
        << server.value(0).toStdString();
    EXPECT_TRUE(server.value(2).startsWith(QStringLiteral("3|\\N|"))) << server.value(2).toStdString();
    // The author is the connected role and the time the server's transaction's, one for all rows.
    QSqlQuery q(shared->db->db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*), min(h.login), max(h.login), count(DISTINCT h.at), "
                                      "bool_and(h.at BETWEEN now() - interval '5 minutes' AND now()) FROM "
                                      "item_history h JOIN items i ON i.id = h.item_id JOIN programs p ON p.id = "
                                      "i.program_id WHERE p.year = 2031")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 3);
    EXPECT_EQ(q.value(1).toString(), login(QStringLiteral("office")));
    EXPECT_EQ(q.value(2).toString(), login(QStringLiteral("office")));
    EXPECT_EQ(q.value(3).toInt(), 1);
    EXPECT_TRUE(q.value(4).toBool());
    shared->db->close();
    r = runCli({QStringLiteral("verify"), QStringLiteral("--db"), urlOf(QStringLiteral("office"))},
               {QStringLiteral("WP_PASSWORD=pw-office"), QStringLiteral("PGPASSWORD=")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
}

TEST_F(ServerRulesPostgres, AUnitsBulkInsertIsCheckedByTheServerRowByRowAndAllOrNothing)
{
    QUrl url(shared->db->spec());
    url.setUserName(login(QStringLiteral("unit")));
    url.setPassword(QStringLiteral("pw-unit"));
    auto db = wp::storage::Database::open(url.toString());
    const auto scalar = [&](const QString& sql) {
        QSqlQuery q(db->connection());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    };
    const qint64 programId = scalar(QStringLiteral("SELECT id FROM programs WHERE year = 2024")).toLongLong();
    const qint64 mine = scalar(QStringLiteral("SELECT lead_unit_id FROM items WHERE id = ") + own()).toLongLong();
    const qint64 theirs = scalar(QStringLiteral("SELECT lead_unit_id FROM items WHERE id = ") + other()).toLongLong();
    const auto batchOf = [&](int first, int count, int theirsAt) {
        wp::storage::ItemBatch batch;
        for (int i = 0; i < count; ++i) {
            wp::Item it;
            it.number = first + i;
            it.content = QStringLiteral("Đề xuất %1").arg(first + i);
            it.leadUnitId = i == theirsAt ? theirs : mine;
            it.status = wp::Status::Proposed;
            batch.append(it);
        }
        return batch;
    };
    const int items = scalar(QStringLiteral("SELECT count(*) FROM items")).toInt();
    const int history = scalar(QStringLiteral("SELECT count(*) FROM item_history")).toInt();
    // Another unit's item halfway through the batch: the server refuses, nothing is written.
    try {
        wp::storage::Transaction tx(*db);
        wp::storage::ItemInserter(*db, {login(QStringLiteral("unit")), QString(), true})
            .insert(batchOf(101, 30, 15), programId);
        tx.commit();
        ADD_FAILURE() << "the server took another unit's item from a unit";
    } catch (const wp::storage::StorageError& e) {
        EXPECT_EQ(e.kind(), wp::storage::StorageError::Kind::ReadOnly) << e.what();
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM items")).toInt(), items);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM item_history")).toInt(), history);
    // Its own items only: written, each `create` row by the unit's role.
    {
        wp::storage::Transaction tx(*db);
        wp::storage::ItemInserter(*db, {login(QStringLiteral("unit")), QString(), true})
            .insert(batchOf(101, 30, -1), programId);
        tx.commit();
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM items")).toInt(), items + 30);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(DISTINCT h.item_id) FROM item_history h JOIN items i ON i.id = "
                                    "h.item_id WHERE i.program_id = %1 AND i.number BETWEEN 101 AND 130 AND h.login "
                                    "= session_user")
                         .arg(programId))
                  .toInt(),
              30);
    EXPECT_TRUE(wp::storage::HistoryRepository(*db).verify().isEmpty())
        << wp::storage::HistoryRepository(*db).verify().join(QLatin1Char('\n')).toStdString();
    // The batch function itself: another unit's item refused, the author never the caller's choice.
    Raw unit(QStringLiteral("unit"));
    ASSERT_TRUE(unit.ok()) << unit.error().toStdString();
    EXPECT_EQ(unit.run(QStringLiteral("SELECT login FROM wp_append_item_history_batch(ARRAY[%1, %2]::bigint[], "
                                      "ARRAY['comment', 'comment'], ARRAY[NULL, NULL]::text[], ARRAY[NULL, "
                                      "NULL]::text[], ARRAY['a', 'b'], ARRAY[NULL, NULL]::text[])")
                           .arg(own(), other())),
              refused);
    EXPECT_EQ(unit.run(QStringLiteral("SELECT login FROM wp_append_item_history_batch(ARRAY[%1]::bigint[], "
                                      "ARRAY['comment'], ARRAY[NULL]::text[], ARRAY[NULL]::text[], ARRAY['ý kiến'], "
                                      "ARRAY[NULL]::text[])")
                           .arg(own())),
              QString())
        << unit.error().toStdString();
    EXPECT_EQ(unit.last().toString(), login(QStringLiteral("unit")));
}

TEST_F(ServerRulesPostgres, ADatabaseWithRulesOfVersionOneStillImportsOneHistoryCallARow)
{
    // Rules of version 1 (before wp_append_item_history_batch): still rules, the history still the
    // server's, appended by the function of one row, until the owner runs server-init again.
    const auto setVersion = [](const QString& version) {
        QSqlQuery q(shared->db->db().connection());
        EXPECT_TRUE(q.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'server_rules'").arg(version)))
            << q.lastError().text().toStdString();
        shared->db->close();
    };
    setVersion(QStringLiteral("1"));
    const QString csv = shared->db->file(QStringLiteral("2032.csv"));
    wp::test::writeFile(csv, QStringLiteral("STT,Nội dung công việc,Cơ quan chủ trì\n"
                                            "1,Kế hoạch năm 2032,Phòng Tư pháp\n2,Kế hoạch thứ hai,Phòng Y tế\n")
                                 .toUtf8());
    const CliResult r =
        as(QStringLiteral("office"), {QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2032"),
                                      QStringLiteral("--status"), QStringLiteral("proposed")});
    setVersion(QStringLiteral("2"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QSqlQuery q(shared->db->db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*), min(h.login), max(h.login) FROM item_history h JOIN items i "
                                      "ON i.id = h.item_id JOIN programs p ON p.id = i.program_id WHERE p.year = "
                                      "2032")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 2);
    EXPECT_EQ(q.value(1).toString(), login(QStringLiteral("office")));
    EXPECT_EQ(q.value(2).toString(), login(QStringLiteral("office")));
    shared->db->close();
}

TEST_F(ServerRulesPostgres, AUnitSignsInAsItsLoginRoleAndTheProgramSpeaksFirst)
{
    // A unit's own item: the program's command goes through (history appended by the server).
    CliResult r = as(QStringLiteral("unit"),
                     {QStringLiteral("comment"), own(), QStringLiteral("--text"), QStringLiteral("Đơn vị đã rà soát")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    Raw unit(QStringLiteral("unit"));
    ASSERT_TRUE(unit.ok()) << unit.error().toStdString();
    EXPECT_EQ(unit.run(QStringLiteral("SELECT login FROM item_history WHERE item_id = ") + own() +
                       QStringLiteral(" ORDER BY id DESC LIMIT 1")),
              QString());
    EXPECT_EQ(unit.last().toString(), login(QStringLiteral("unit")));
    // Its own proposals by import, opening the year's program.
    const QString csv = shared->db->file(QStringLiteral("2027.csv"));
    wp::test::writeFile(csv, QStringLiteral("STT,Nội dung công việc,Cơ quan chủ trì,Thời hạn\n"
                                            "1,Đề xuất của Tư pháp,Phòng Tư pháp,Quý IV\n")
                                 .toUtf8());
    r = as(QStringLiteral("unit"), {QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2027")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Another unit's item: the program refuses first, in its own words (exit 5), not a raw SQL error.
    r = as(QStringLiteral("unit"),
           {QStringLiteral("transition"), other(), QStringLiteral("--to"), QStringLiteral("withdrawn")});
    EXPECT_EQ(r.exitCode, 5) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("42501"))) << r.err.toStdString();
    // --as must be the connected role: nobody signs in as someone else.
    r = runCli({QStringLiteral("comment"), own(), QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--db"),
                urlOf(QStringLiteral("unit")), QStringLiteral("--as"), login(QStringLiteral("office"))},
               {QStringLiteral("WP_PASSWORD=pw-unit"), QStringLiteral("PGPASSWORD=")});
    EXPECT_EQ(r.exitCode, 4) << r.err.toStdString();
    // A wrong password is the server's refusal to connect.
    r = runCli({QStringLiteral("items"), QStringLiteral("--db"), urlOf(QStringLiteral("unit"))},
               {QStringLiteral("WP_PASSWORD=sai"), QStringLiteral("PGPASSWORD=")});
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
}

TEST_F(ServerRulesPostgres, AnAdministratorsAccountsAreLoginRolesOfTheServer)
{
    const auto admin = [&](QStringList args, const QStringList& env = {}) {
        args << QStringLiteral("--db") << urlOf(QStringLiteral("admin")) << QStringLiteral("--as")
             << login(QStringLiteral("admin"));
        return runCli(args, QStringList{QStringLiteral("WP_PASSWORD=pw-admin"), QStringLiteral("PGPASSWORD=")} + env);
    };
    CliResult r = admin({QStringLiteral("users"), QStringLiteral("add"), login(QStringLiteral("yte")),
                         QStringLiteral("--name"), QStringLiteral("Cán bộ Y tế"), QStringLiteral("--role"),
                         QStringLiteral("unit"), QStringLiteral("--unit"), QStringLiteral("YT")},
                        {QStringLiteral("WP_NEW_PASSWORD=pw-yte")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    {
        Raw yte(QStringLiteral("yte"));
        ASSERT_TRUE(yte.ok()) << yte.error().toStdString();
        EXPECT_EQ(yte.run(QStringLiteral("SELECT password_hash FROM users WHERE login = session_user")), QString());
        EXPECT_FALSE(yte.last().toString().contains(QStringLiteral("pw-yte"))) << "the program keeps no password";
        EXPECT_EQ(yte.run(QStringLiteral("UPDATE items SET note = 'Y tế' WHERE id = ") + other()), QString())
            << yte.error().toStdString();
        EXPECT_EQ(yte.run(QStringLiteral("UPDATE items SET note = 'Y tế' WHERE id = ") + own()), refused);
    }
    r = admin({QStringLiteral("users"), QStringLiteral("lock"), login(QStringLiteral("yte"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(Raw(QStringLiteral("yte")).ok()) << "a locked person cannot connect";
    r = admin({QStringLiteral("users"), QStringLiteral("unlock"), login(QStringLiteral("yte"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(Raw(QStringLiteral("yte")).ok());
    // An administrator's reset is the role's new password (and one-time in the program).
    r = admin({QStringLiteral("users"), QStringLiteral("passwd"), login(QStringLiteral("yte"))},
              {QStringLiteral("WP_NEW_PASSWORD=pw-yte-moi")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_FALSE(Raw(QStringLiteral("yte")).ok()) << "the old password";
    EXPECT_TRUE(Raw(QStringLiteral("yte"), QStringLiteral("pw-yte-moi")).ok()) << "the new password";
}

TEST_F(ServerRulesPostgres, TheOfficeAndALeaderCarryAProgramToSignOffThroughTheServer)
{
    const QStringList year{QStringLiteral("--year"), QStringLiteral("2026")};
    CliResult r;
    for (const QString& to : {QStringLiteral("drafting"), QStringLiteral("review")}) {
        r = as(QStringLiteral("office"), QStringList{QStringLiteral("step"), QStringLiteral("--to"), to} + year);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    Raw leader(QStringLiteral("leader"));
    ASSERT_TRUE(leader.ok()) << leader.error().toStdString();
    const QString item = QString::number(shared->draftItem);
    r = as(QStringLiteral("leader"),
           {QStringLiteral("transition"), item, QStringLiteral("--to"), QStringLiteral("approved")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = as(QStringLiteral("leader"),
           QStringList{QStringLiteral("signoff"), QStringLiteral("--decision"), QStringLiteral("5/QĐ-UBND")} + year);
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(leader.run(QStringLiteral("SELECT state FROM programs WHERE year = 2026")), QString());
    EXPECT_EQ(leader.last().toString(), QStringLiteral("issued"));
}

TEST(ServerInitPostgres, RefusesAnotherProgramsDatabaseUntouched)
{
    wp::test::TestDb other(Backend::Postgres);
    WP_SKIP_UNLESS_AVAILABLE(other);
    const QUrl url(other.spec());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("foreign"));
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE ledger (id int)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const CliResult r = runCli({QStringLiteral("server-init"), QStringLiteral("--db"), other.spec()});
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("chương trình khác"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QLatin1Char(':') + url.password() + QLatin1Char('@'))) << "no password in messages";
}

TEST(ServerInit, NeedsAServerDatabase)
{
    QTemporaryDir dir;
    const CliResult r = runCli({QStringLiteral("server-init"), QStringLiteral("--db"), dir.filePath("a.sqlite")});
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("postgresql://"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath("a.sqlite"))) << "no file made";
}

} // namespace
