// Other connections' changes are heard (issue 13): LISTEN/NOTIFY on a server, PRAGMA data_version
// on a file; the own connection's commits and rolled-back writes say nothing.
#include "testsupport.h"

#include "workprogram/storage/changenotifier.h"
#include "workprogram/storage/unitrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace wp;
using namespace wp::storage;
using wp::test::Backend;

namespace {

struct Notifier : ::testing::TestWithParam<Backend>
{
    wp::test::TestDb tmp{GetParam()};
    void SetUp() override { WP_SKIP_UNLESS_AVAILABLE(tmp); }

    /// Handles events until @p heard is set or @p ms pass; whether it was set.
    static bool waitFor(const int& heard, int ms)
    {
        QElapsedTimer t;
        t.start();
        while (heard == 0 && t.elapsed() < ms)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        return heard > 0;
    }
    static void addUnit(Database& db, const QString& code, Transaction::Mode mode = Transaction::Mode::Write)
    {
        Unit u;
        u.code = code;
        u.name = QStringLiteral("Phòng ") + code;
        Transaction tx(db, mode);
        UnitRepository(db).add(u);
        tx.commit();
    }
};

} // namespace

TEST_P(Notifier, AnotherConnectionsCommitIsHeardTheOwnIsNot)
{
    Database& reader = tmp.db();
    auto other = Database::open(tmp.spec()); // opened first: opening a server database checks it in a write
    ChangeNotifier notifier(reader);
    notifier.setPollInterval(10);
    int heard = 0;
    QObject::connect(&notifier, &ChangeNotifier::changed, [&] { ++heard; });

    addUnit(reader, QStringLiteral("TU")); // the window's own write
    EXPECT_FALSE(waitFor(heard, 150));

    {
        Transaction tx(*other); // rolled back: nothing happened
        Unit u;
        u.code = QStringLiteral("RB");
        u.name = QStringLiteral("Phòng RB");
        UnitRepository(*other).add(u);
    }
    EXPECT_FALSE(waitFor(heard, 150));

    addUnit(*other, QStringLiteral("YT"));
    ASSERT_TRUE(waitFor(heard, 2000));
    EXPECT_EQ(heard, 1);
    EXPECT_TRUE(UnitRepository(reader).byCode(QStringLiteral("YT")).has_value());
}

TEST_P(Notifier, AnotherConnectionsBulkWriteIsHeard)
{
    Database& reader = tmp.db();
    auto other = Database::open(tmp.spec());
    ChangeNotifier notifier(reader);
    notifier.setPollInterval(10);
    int heard = 0;
    QObject::connect(&notifier, &ChangeNotifier::changed, [&] { ++heard; });

    addUnit(*other, QStringLiteral("NK"), Transaction::Mode::Bulk); // an import's transaction
    ASSERT_TRUE(waitFor(heard, 2000));
    EXPECT_TRUE(UnitRepository(reader).byCode(QStringLiteral("NK")).has_value());
}

INSTANTIATE_TEST_SUITE_P(Backends, Notifier, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         wp::test::backendName);

namespace {

/// Ends @p db's server session from another connection, as an administrator or a server restart
/// would; returns once the server says it is done.
void cutConnection(Database& db, Database& other)
{
    QSqlQuery pid(db.connection());
    ASSERT_TRUE(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
    QSqlQuery kill(other.connection());
    ASSERT_TRUE(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1, 2000)").arg(pid.value(0).toInt())) &&
                kill.next() && kill.value(0).toBool());
}

} // namespace

TEST(NotifierPostgres, ALostConnectionIsSaidWritesAreRefusedAsLostAndItComesBackListening)
{
    wp::test::TestDb tmp(Backend::Postgres);
    WP_SKIP_UNLESS_AVAILABLE(tmp);
    Database& db = tmp.db();
    auto other = Database::open(tmp.spec());
    ChangeNotifier notifier(db);
    notifier.setPollInterval(10);
    notifier.setReconnectInterval(20);
    int lost = 0, back = 0, heard = 0;
    QObject::connect(&notifier, &ChangeNotifier::disconnected, [&] { ++lost; });
    QObject::connect(&notifier, &ChangeNotifier::reconnected, [&] { ++back; });

    cutConnection(db, *other);
    ASSERT_TRUE(Notifier::waitFor(lost, 2000)) << "the cut was not noticed";
    EXPECT_TRUE(notifier.isDisconnected());
    EXPECT_TRUE(db.connectionLost());
    // While it is lost, a write is refused as a lost connection, in plain words.
    try {
        Notifier::addUnit(db, QStringLiteral("MK"));
        ADD_FAILURE() << "a write on a lost connection went through";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::ConnectionLost) << e.message().toStdString();
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("mất kết nối với máy chủ"))) << e.message().toStdString();
    }

    ASSERT_TRUE(Notifier::waitFor(back, 5000)) << "not reconnected";
    EXPECT_EQ(lost, 1);
    EXPECT_FALSE(notifier.isDisconnected());
    Notifier::addUnit(db, QStringLiteral("MK")); // writes again, in UTC as before
    QSqlQuery zone(db.connection());
    ASSERT_TRUE(zone.exec(QStringLiteral("SHOW TIME ZONE")) && zone.next());
    EXPECT_EQ(zone.value(0).toString(), QStringLiteral("UTC"));
    // And listens again: another connection's commit is heard.
    QObject::connect(&notifier, &ChangeNotifier::changed, [&] { ++heard; });
    Notifier::addUnit(*other, QStringLiteral("YT"));
    EXPECT_TRUE(Notifier::waitFor(heard, 2000));
}
