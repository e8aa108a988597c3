// Crash safety: the real CLI importing 100 000 rows, and editing 10 000 items in one bulk edit,
// is killed with SIGKILL at moments spread over its run; the database must stay sound and hold
// either none or all of the change.
#include "testsupport.h"

#include "workprogram/storage/database.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <functional>

namespace {

constexpr int Rows = 100000;
constexpr int Runs = 20;
// The bulk edit goes through WorkflowService item by item (field locks, history): ~0.3 ms an item
// here, so 100 000 items take ~30 s a run; 10 000 keep the 21 runs to ~1 minute (and the suite
// also runs under ASan in CI), while one run still lasts long enough to be killed in the middle.
constexpr int EditRows = 10000;

struct DbState
{
    QString integrity;
    int items = -1;
};

/// Opens @p path the way SQLite recovers it after a crash (rolling back or replaying the WAL), on
/// the connection @p name, and hands @p read a query on it (nothing when it does not open).
void readRecovered(const QString& path, const QString& name, const std::function<void(QSqlQuery&)>& read)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            read(q);
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

DbState inspect(const QString& path)
{
    DbState s;
    readRecovered(path, QStringLiteral("inspect"), [&s](QSqlQuery& q) {
        if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
            s.integrity = q.value(0).toString();
        if (q.exec(QStringLiteral("SELECT count(*) FROM items")) && q.next())
            s.items = q.value(0).toInt();
    });
    return s;
}

QProcess* startImport(QObject* parent, const QString& db, const QString& csv)
{
    auto* p = new QProcess(parent);
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p->setProcessEnvironment(e);
    p->start(QStringLiteral(WP_CLI_PATH), {QStringLiteral("import"), csv, QStringLiteral("--year"),
                                           QStringLiteral("2024"), QStringLiteral("--db"), db});
    p->waitForStarted();
    return p;
}

void writeCsv(const QString& csv, int rows = Rows)
{
    static const char* const units[] = {"Phòng Nội vụ", "Phòng TC-KH", "Tư pháp", "Phòng Y tế", "Thanh tra quận"};
    static const char* const deadlines[] = {"Quý I", "Tháng 6", "15/06/2024", "Thường xuyên", "Trước 30/9"};
    QByteArray text = "STT,Nội dung công việc,Cơ quan chủ trì,Cơ quan phối hợp,Thời hạn\n";
    text.reserve(rows * 80);
    for (int i = 1; i <= rows; ++i)
        text += QByteArray::number(i) + ",Nhiệm vụ số " + QByteArray::number(i) + " của năm 2024," + units[i % 5] +
                ',' + units[(i + 1) % 5] + ',' + deadlines[i % 5] + '\n';
    wp::test::writeFile(csv, text);
}

TEST(CrashSafety, SigkillDuringA100kRowImportLeavesNoneOrAll)
{
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
    ASSERT_EQ(wp::test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), pristine}).exitCode, 0);
    const int before = inspect(pristine).items;
    ASSERT_EQ(before, 535);
    const QString csv = dir.filePath(QStringLiteral("100k.csv"));
    writeCsv(csv);

    // One whole run gives the import's duration, over which the kills are spread.
    const QString full = dir.filePath(QStringLiteral("full.sqlite"));
    ASSERT_TRUE(QFile::copy(pristine, full));
    QElapsedTimer timer;
    timer.start();
    {
        QObject owner;
        QProcess* p = startImport(&owner, full, csv);
        ASSERT_TRUE(p->waitForFinished(120000));
        ASSERT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
    }
    const qint64 duration = timer.elapsed();
    EXPECT_EQ(inspect(full).items, before + Rows);

    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    int none = 0, all = 0, finished = 0;
    for (int run = 0; run < Runs; ++run) {
        // Spread over 5%..115% of the measured duration, jittered: the last ones fall around the
        // commit (the duration varies with the load of the machine).
        const double spread = 0.05 + 1.1 * (run + random.generateDouble()) / Runs;
        const int delay = int(duration * spread);
        const QString db = dir.filePath(QStringLiteral("run%1.sqlite").arg(run));
        ASSERT_TRUE(QFile::copy(pristine, db));
        QObject owner;
        QProcess* p = startImport(&owner, db, csv);
        if (p->waitForFinished(delay)) {
            ++finished;
        } else {
            p->kill(); // SIGKILL on Unix
            p->waitForFinished(10000);
        }
        const DbState s = inspect(db);
        EXPECT_EQ(s.integrity, QStringLiteral("ok"))
            << "run " << run << " killed after " << delay << " ms, seed " << seed;
        EXPECT_TRUE(s.items == before || s.items == before + Rows)
            << "run " << run << " killed after " << delay << " ms: " << s.items << " items, seed " << seed;
        (s.items == before ? none : all) += 1;
        // The import writes through a rollback journal (Transaction::Mode::Bulk): a file killed
        // in the middle is left in that mode, and the program's next open sets WAL again.
        {
            auto reopened = wp::storage::Database::open(db);
            QSqlQuery q(reopened->connection());
            EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal")) << "run " << run;
        }
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(db + suffix);
    }
    qInfo().noquote() << QStringLiteral("crash safety: import of %1 rows takes %2 ms; %3 runs killed: %4 kept none, "
                                        "%5 kept all (%6 finished before the kill); seed %7")
                             .arg(Rows)
                             .arg(duration)
                             .arg(Runs - finished)
                             .arg(none)
                             .arg(all)
                             .arg(finished)
                             .arg(seed);
    EXPECT_GT(none, 0) << "some kills must land before the commit";
}

const QString NewLeader = QStringLiteral("PCT Kiểm Thử Sửa Hàng Loạt");

struct EditState
{
    QString integrity;
    int withNewLeader = -1; ///< items of the 2024 program with the new leader
    int edits = -1;         ///< history rows of kind edit
};

EditState inspectEdit(const QString& path)
{
    EditState s;
    readRecovered(path, QStringLiteral("inspect-edit"), [&s](QSqlQuery& q) {
        if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
            s.integrity = q.value(0).toString();
        q.prepare(QStringLiteral("SELECT count(*) FROM items WHERE leader = ?"));
        q.addBindValue(NewLeader);
        if (q.exec() && q.next())
            s.withNewLeader = q.value(0).toInt();
        if (q.exec(QStringLiteral("SELECT count(*) FROM item_history WHERE kind = 'edit'")) && q.next())
            s.edits = q.value(0).toInt();
    });
    return s;
}

QProcess* startEdit(QObject* parent, const QString& db)
{
    auto* p = new QProcess(parent);
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("WP_PASSWORD"), QStringLiteral("pw-vanphong"));
    p->setProcessEnvironment(e);
    p->start(QStringLiteral(WP_CLI_PATH),
             {QStringLiteral("edit"), QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--all"),
              QStringLiteral("--set"), QStringLiteral("leader=") + NewLeader, QStringLiteral("--as"),
              QStringLiteral("vanphong"), QStringLiteral("--db"), db});
    p->waitForStarted();
    return p;
}

TEST(CrashSafety, SigkillDuringABulkEditOf10kItemsLeavesNoneOrAll)
{
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("10k.csv"));
    writeCsv(csv, EditRows);
    ASSERT_EQ(wp::test::runCli({QStringLiteral("demo"), QStringLiteral("--db"), pristine}).exitCode, 0);
    wp::test::CliResult r = wp::test::runCli({QStringLiteral("import"), csv, QStringLiteral("--year"),
                                              QStringLiteral("2024"), QStringLiteral("--db"), pristine});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList fast{QStringLiteral("WP_PWHASH_FAST=1")};
    r = wp::test::runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("root"),
                          QStringLiteral("--name"), QStringLiteral("Quản trị"), QStringLiteral("--role"),
                          QStringLiteral("admin"), QStringLiteral("--db"), pristine},
                         fast + QStringList{QStringLiteral("WP_NEW_PASSWORD=pw-root")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = wp::test::runCli(
        {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("vanphong"), QStringLiteral("--name"),
         QStringLiteral("Văn phòng"), QStringLiteral("--role"), QStringLiteral("office"), QStringLiteral("--as"),
         QStringLiteral("root"), QStringLiteral("--db"), pristine},
        fast + QStringList{QStringLiteral("WP_PASSWORD=pw-root"), QStringLiteral("WP_NEW_PASSWORD=pw-vanphong")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const EditState start = inspectEdit(pristine);
    ASSERT_EQ(start.withNewLeader, 0);
    ASSERT_EQ(start.edits, 0);

    // One whole run gives the bulk edit's duration, over which the kills are spread.
    const QString full = dir.filePath(QStringLiteral("full.sqlite"));
    ASSERT_TRUE(QFile::copy(pristine, full));
    QElapsedTimer timer;
    timer.start();
    {
        QObject owner;
        QProcess* p = startEdit(&owner, full);
        ASSERT_TRUE(p->waitForFinished(240000));
        ASSERT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
        EXPECT_EQ(QString::fromUtf8(p->readAllStandardOutput()), QStringLiteral("Đã sửa %1 nội dung\n").arg(EditRows));
    }
    const qint64 duration = timer.elapsed();
    const EditState done = inspectEdit(full);
    EXPECT_EQ(done.withNewLeader, EditRows);
    EXPECT_EQ(done.edits, EditRows);

    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    int none = 0, all = 0, finished = 0;
    for (int run = 0; run < Runs; ++run) {
        const double spread = 0.05 + 1.1 * (run + random.generateDouble()) / Runs;
        const int delay = int(duration * spread);
        const QString db = dir.filePath(QStringLiteral("edit%1.sqlite").arg(run));
        ASSERT_TRUE(QFile::copy(pristine, db));
        QObject owner;
        QProcess* p = startEdit(&owner, db);
        if (p->waitForFinished(delay)) {
            ++finished;
        } else {
            p->kill(); // SIGKILL on Unix
            p->waitForFinished(10000);
        }
        const EditState s = inspectEdit(db);
        EXPECT_EQ(s.integrity, QStringLiteral("ok"))
            << "run " << run << " killed after " << delay << " ms, seed " << seed;
        const bool kept = s.withNewLeader == EditRows && s.edits == EditRows;
        const bool dropped = s.withNewLeader == 0 && s.edits == 0;
        EXPECT_TRUE(kept || dropped) << "run " << run << " killed after " << delay << " ms: " << s.withNewLeader
                                     << " items with the new leader, " << s.edits << " edit rows, seed " << seed;
        (dropped ? none : all) += 1;
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(db + suffix);
    }
    qInfo().noquote() << QStringLiteral(
                             "crash safety: bulk edit of %1 items takes %2 ms; %3 runs killed: %4 kept none, "
                             "%5 kept all (%6 finished before the kill); seed %7")
                             .arg(EditRows)
                             .arg(duration)
                             .arg(Runs - finished)
                             .arg(none)
                             .arg(all)
                             .arg(finished)
                             .arg(seed);
    EXPECT_GT(none, 0) << "some kills must land before the commit";
}

} // namespace
