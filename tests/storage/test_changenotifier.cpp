// Other connections' changes are heard (issue 13): LISTEN/NOTIFY on a server, PRAGMA data_version
// on a file; the own connection's commits and rolled-back writes say nothing.
#include "testsupport.h"

#include "workprogram/storage/changenotifier.h"
#include "workprogram/storage/unitrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>

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
    static void addUnit(Database& db, const QString& code)
    {
        Unit u;
        u.code = code;
        u.name = QStringLiteral("Phòng ") + code;
        Transaction tx(db);
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

INSTANTIATE_TEST_SUITE_P(Backends, Notifier, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         wp::test::backendName);
