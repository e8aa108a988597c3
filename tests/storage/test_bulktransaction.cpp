// A bulk write (the import's transaction) alone on a file goes through a rollback journal and
// the file returns to WAL; with another connection on the file it is an ordinary WAL write; a
// program that opens the file meanwhile waits and then sees all of it.
#include "testsupport.h"

#include "workprogram/storage/unitrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <thread>

using namespace wp;
using namespace wp::storage;

namespace {

QString journalMode(Database& db)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    return q.next() ? q.value(0).toString() : QString();
}

int unitCount(Database& db)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM units")));
    return q.next() ? q.value(0).toInt() : -1;
}

/// Adds units U<from>… named "Phòng thứ N", each name followed by @p padding characters.
void addUnits(Database& db, int from, int count, int padding = 0)
{
    UnitRepository units(db);
    for (int i = from; i < from + count; ++i) {
        Unit u;
        u.code = QStringLiteral("U%1").arg(i);
        u.name = QStringLiteral("Phòng thứ %1 ").arg(i) + QString(padding, QLatin1Char('x'));
        units.add(u);
    }
}

} // namespace

TEST(BulkTransaction, AloneOnTheFileItWritesThroughARollbackJournalAndTheFileReturnsToWal)
{
    test::TempDb tmp;
    Database& db = tmp.db();
    {
        Transaction tx(db, Transaction::Mode::Bulk);
        EXPECT_EQ(journalMode(db), QStringLiteral("delete"));
        addUnits(db, 1, 50);
        tx.commit();
    }
    EXPECT_EQ(journalMode(db), QStringLiteral("wal"));
    EXPECT_EQ(unitCount(db), 50);
    EXPECT_FALSE(QFile::exists(tmp.path() + QStringLiteral("-journal")));
    tmp.close();
    auto again = Database::open(tmp.path());
    EXPECT_EQ(unitCount(*again), 50);
    EXPECT_EQ(journalMode(*again), QStringLiteral("wal"));
}

TEST(BulkTransaction, RolledBackItLeavesNothingAndTheFileInWal)
{
    test::TempDb tmp;
    Database& db = tmp.db();
    addUnits(db, 1, 3);
    {
        Transaction tx(db, Transaction::Mode::Bulk);
        addUnits(db, 4, 50);
        EXPECT_EQ(journalMode(db), QStringLiteral("delete"));
    } // no commit
    EXPECT_EQ(journalMode(db), QStringLiteral("wal"));
    EXPECT_EQ(unitCount(db), 3);
    EXPECT_FALSE(QFile::exists(tmp.path() + QStringLiteral("-journal")));
}

TEST(BulkTransaction, AnotherConnectionOnTheFileMakesItAnOrdinaryWalWriteThatReadersDoNotWaitFor)
{
    test::TempDb tmp;
    Database& db = tmp.db();
    addUnits(db, 1, 3);
    auto other = Database::open(tmp.path());
    ASSERT_EQ(unitCount(*other), 3); // a connection that has read keeps its shared lock (WAL)
    QElapsedTimer timer;
    timer.start();
    {
        Transaction tx(db, Transaction::Mode::Bulk);
        EXPECT_EQ(journalMode(db), QStringLiteral("wal"));
        addUnits(db, 4, 50);
        // The other connection reads the last committed state while the write is under way.
        EXPECT_EQ(unitCount(*other), 3);
        tx.commit();
    }
    EXPECT_EQ(unitCount(*other), 53);
    EXPECT_EQ(journalMode(db), QStringLiteral("wal"));
    // The switch is tried without waiting for the other connection (the busy timeout is 5 s).
    EXPECT_LT(timer.elapsed(), 4000);
}

TEST(BulkTransaction, InsideAnotherTransactionItIsASavepoint)
{
    test::TempDb tmp;
    Database& db = tmp.db();
    Transaction outer(db);
    {
        Transaction inner(db, Transaction::Mode::Bulk);
        addUnits(db, 1, 2);
        inner.commit();
    }
    EXPECT_EQ(journalMode(db), QStringLiteral("wal"));
    outer.commit();
    EXPECT_EQ(unitCount(db), 2);
}

TEST(BulkTransaction, AProgramOpeningTheFileDuringTheWriteWaitsAndSeesAllOfIt)
{
    test::TempDb tmp;
    Database& db = tmp.db();
    addUnits(db, 1, 3);
    test::CliResult listed;
    {
        Transaction tx(db, Transaction::Mode::Bulk);
        ASSERT_EQ(journalMode(db), QStringLiteral("delete"));
        // 4 MB, more than the page cache holds: pages go to the file and the lock is exclusive.
        addUnits(db, 4, 2000, 2000);
        // Another program opens the file and lists the units while the write is not committed.
        std::thread cli([&] {
            listed =
                test::runCli({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--db"), tmp.path()});
        });
        QThread::msleep(1500); // the program has started and waits (its busy timeout is 5 s)
        tx.commit();
        cli.join();
    }
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Phòng thứ 2003 "))) << listed.out.right(300).toStdString();
    EXPECT_EQ(journalMode(db), QStringLiteral("wal"));
    EXPECT_EQ(unitCount(db), 2003);
}
