// Many people at once on one server database (issue 13): 20 connections, each in its own thread,
// edit items, change statuses, comment and add items at the same time; two leaders sign at once.
// Afterwards every accepted operation is there, every refusal was a conflict, item numbers are
// unique, the history is one chain and verify passes. Server only (the `pg` label).
#include "fewitems.h"
#include "testsupport.h"

#include "workprogram/core/workflow.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/maintenance.h"
#include "workprogram/storage/programhistory.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/stateverifier.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <array>
#include <atomic>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include <gtest/gtest.h>

using namespace wp;
using namespace wp::storage;
using wp::test::Backend;
using wp::test::TestDb;

namespace {

constexpr int Clients = 20;
/// Operations per client: 10 in the suite (200 in all, a few seconds); WP_LOAD_OPS_PER_CLIENT=500
/// gives the 10 000 for a measured run (docs/performance.md).
const int OpsPerClient =
    qEnvironmentVariableIsSet("WP_LOAD_OPS_PER_CLIENT") ? qEnvironmentVariableIntValue("WP_LOAD_OPS_PER_CLIENT") : 10;
constexpr int Shared = 4; ///< items everybody edits and comments on

User person(const QString& login, Role role)
{
    User u;
    u.login = login;
    u.fullName = login;
    u.role = role;
    return u;
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    return q.next() ? q.value(0).toLongLong() : -1;
}

/// Waits until @p count threads arrived, so that they start the contested part together.
void arriveAndWait(std::atomic<int>& arrived, int count)
{
    ++arrived;
    while (arrived.load() < count)
        std::this_thread::yield();
}

/// What one client did and what it must find afterwards.
struct ClientLog
{
    int applied = 0; ///< operations accepted: each wrote one history row
    int conflicts = 0;
    int created = 0;
    std::array<int, Shared> sharedEdits{};
    std::array<QString, 2> lastNote;
    std::array<Status, 2> status{Status::Draft, Status::Draft};
    QStringList unexpected; ///< anything refused otherwise than by a conflict
};

} // namespace

TEST(LoadPostgres, TwentyClientsAtOnceLoseNothingForkNoChainAndTakeNoNumberTwice)
{
    TestDb tmp(Backend::Postgres);
    WP_SKIP_UNLESS_AVAILABLE(tmp);
    Database& db = tmp.db();
    Program p;
    p.year = 2024;
    const qint64 unit = test::addUnitAndProgram(db, p);
    const qint64 programId = p.id;
    QVector<Item> items(2 * Clients + Shared);
    test::addNumberedItems(db, items, programId, unit, Status::Draft);
    const qint64 historyBefore = scalar(db, QStringLiteral("SELECT COUNT(*) FROM item_history"));

    std::array<ClientLog, Clients> logs;
    std::atomic<int> arrived{0};
    const auto client = [&](int c) {
        ClientLog& log = logs[size_t(c)];
        std::unique_ptr<Database> own;
        try {
            own = Database::open(tmp.spec());
        } catch (const Error& e) {
            log.unexpected.append(e.message());
            arriveAndWait(arrived, Clients);
            return;
        }
        WorkflowService office(*own, person(QStringLiteral("vanphong%1").arg(c), Role::Office));
        ItemRepository repo(*own);
        arriveAndWait(arrived, Clients);
        for (int i = 0; i < OpsPerClient; ++i) {
            const int mine = i % 2;
            const qint64 ownId = items[2 * c + mine].id;
            const int shared = (c + i) % Shared;
            const qint64 sharedId = items[2 * Clients + shared].id;
            try {
                switch (i % 5) {
                case 0: { // a status change of an own item: draft → proposed ⇄ returned
                    const Status to =
                        log.status[size_t(mine)] == Status::Proposed ? Status::Returned : Status::Proposed;
                    office.transition(ownId, to, to == Status::Returned ? QStringLiteral("xem lại") : QString());
                    log.status[size_t(mine)] = to;
                    break;
                }
                case 1:
                    office.comment(sharedId, QStringLiteral("ý kiến %1.%2").arg(c).arg(i));
                    break;
                case 2: { // the same item as everybody else: read, then save what was read
                    Item it = *repo.byId(sharedId);
                    it.note = QStringLiteral("chung %1.%2").arg(c).arg(i);
                    office.edit(it);
                    ++log.sharedEdits[size_t(shared)];
                    break;
                }
                case 3: {
                    Item it = *repo.byId(ownId);
                    it.note = QStringLiteral("riêng %1.%2").arg(c).arg(i);
                    office.edit(it);
                    log.lastNote[size_t(mine)] = it.note;
                    break;
                }
                default: { // a new item: its number is the next free one, whoever else adds at once
                    QVector<Item> added(1);
                    added[0].programId = programId;
                    added[0].content = QStringLiteral("Thêm bởi %1 lần %2").arg(c).arg(i);
                    added[0].leadUnitId = unit;
                    added[0].status = Status::Draft;
                    ItemService(*own).create(added, QStringLiteral("vanphong%1").arg(c));
                    ++log.created;
                    break;
                }
                }
                ++log.applied;
            } catch (const ConflictError& e) {
                ++log.conflicts;
                if (!e.message().contains(QStringLiteral("vừa được người khác sửa")))
                    log.unexpected.append(QStringLiteral("conflict without a clear message: ") + e.message());
            } catch (const Error& e) {
                log.unexpected.append(e.message());
            }
        }
    };
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    for (int c = 0; c < Clients; ++c)
        threads.emplace_back(client, c);
    for (std::thread& t : threads)
        t.join();
    const qint64 ms = timer.elapsed();

    int applied = 0, conflicts = 0, created = 0;
    std::array<int, Shared> sharedEdits{};
    for (int c = 0; c < Clients; ++c) {
        const ClientLog& log = logs[size_t(c)];
        EXPECT_TRUE(log.unexpected.isEmpty()) << "client " << c << ": " << log.unexpected.join(" | ").toStdString();
        applied += log.applied;
        conflicts += log.conflicts;
        created += log.created;
        for (int s = 0; s < Shared; ++s)
            sharedEdits[size_t(s)] += log.sharedEdits[size_t(s)];
        for (int mine = 0; mine < 2; ++mine) { // nobody else touched a client's own items
            const Item it = *ItemRepository(db).byId(items[2 * c + mine].id);
            EXPECT_EQ(it.note, log.lastNote[size_t(mine)]) << "client " << c;
            EXPECT_EQ(it.status, log.status[size_t(mine)]) << "client " << c;
        }
    }
    EXPECT_EQ(applied + conflicts, Clients * OpsPerClient);
    std::cout << "[ load ] " << Clients << " clients, " << applied << " operations accepted, " << conflicts
              << " conflicts, in " << ms << " ms (" << (applied * 1000 / std::max<qint64>(ms, 1))
              << " accepted writes/s)\n";
    // No lost update: a shared item's row version moved once per accepted edit, nothing else.
    for (int s = 0; s < Shared; ++s)
        EXPECT_EQ(ItemRepository(db).byId(items[2 * Clients + s].id)->rowVersion,
                  items[2 * Clients + s].rowVersion + sharedEdits[size_t(s)])
            << "shared item " << s;
    // Every accepted operation wrote exactly one history row, every refused one none.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM item_history")) - historyBefore, applied);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM items")), items.size() + created);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT number FROM items GROUP BY program_id, number "
                                        "HAVING COUNT(*) > 1) AS twice")),
              0)
        << "an item number taken twice";
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT prev_hash FROM item_history GROUP BY prev_hash "
                                        "HAVING COUNT(*) > 1) AS forks")),
              0)
        << "two history rows follow the same row: the chain forked";
    const Maintenance::CheckResult check = Maintenance::check(db);
    EXPECT_TRUE(check.ok) << check.problems.join(QLatin1Char('\n')).toStdString();
    const QStringList state = StateVerifier(db).verify();
    EXPECT_TRUE(state.isEmpty()) << state.join(QLatin1Char('\n')).toStdString();
}

TEST(LoadPostgres, TwoLeadersSigningAtOnceGiveOneSignOffAndOneClearRefusal)
{
    TestDb tmp(Backend::Postgres);
    WP_SKIP_UNLESS_AVAILABLE(tmp);
    Database& db = tmp.db();
    Program p;
    p.year = 2025;
    p.state = ProgramState::Review;
    const qint64 unit = test::addUnitAndProgram(db, p);
    ProgramRepository(db).update(p);
    QVector<Item> items(3);
    test::addNumberedItems(db, items, p.id, unit, Status::Approved);

    std::atomic<int> arrived{0};
    std::array<QString, 2> outcome;
    const auto leader = [&](int l) {
        const QString login = l == 0 ? QStringLiteral("chutich") : QStringLiteral("phochutich");
        try {
            std::unique_ptr<Database> own = Database::open(tmp.spec());
            Program program = *ProgramRepository(*own).byYear(2025); // both read it in review
            arriveAndWait(arrived, 2);
            WorkflowService(*own, person(login, Role::Leader))
                .signoff(program, QStringLiteral("%1/QĐ-UBND").arg(l + 7));
            outcome[size_t(l)] = QStringLiteral("signed");
        } catch (const ConflictError& e) {
            outcome[size_t(l)] = QStringLiteral("conflict: ") + e.message();
        } catch (const Error& e) {
            outcome[size_t(l)] = QStringLiteral("other: ") + e.message();
        }
    };
    std::thread one(leader, 0);
    std::thread two(leader, 1);
    one.join();
    two.join();
    const int signedBy = outcome[0] == QLatin1String("signed") ? 0 : 1;
    ASSERT_EQ(outcome[size_t(signedBy)], QStringLiteral("signed"))
        << outcome[0].toStdString() << " / " << outcome[1].toStdString();
    const QString refusal = outcome[size_t(1 - signedBy)];
    EXPECT_TRUE(refusal.startsWith(QStringLiteral("conflict: ")) &&
                refusal.contains(QStringLiteral("vừa được người khác chuyển sang bước \"Đã ban hành\"")) &&
                refusal.contains(signedBy == 0 ? QStringLiteral("chutich") : QStringLiteral("phochutich")))
        << refusal.toStdString();
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM program_history WHERE to_state = 'issued'")), 1);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT COUNT(*) FROM snapshots WHERE to_state = 'issued'")), 1);
    const Maintenance::CheckResult check = Maintenance::check(db);
    EXPECT_TRUE(check.ok) << check.problems.join(QLatin1Char('\n')).toStdString();
}
