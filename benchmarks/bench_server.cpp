// The server beside the file (issue 13): the same operations on PostgreSQL and on SQLite, in the
// same run. Needs WP_BENCH_PG (else WP_TEST_PG): the URL of a superuser of a throwaway cluster
// (scripts/pg-test-cluster.sh start prints one); without it the PostgreSQL cases are skipped.
// Run: build/benchmarks/wp_bench_server (docs/performance.md says which figures to take).
#include "bigprogram.h"
#include "officefile.h"

#include "workprogram/core/user.h"
#include "workprogram/io/importer.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/serverrules.h"
#include "workprogram/storage/useradmin.h"
#include "workprogram/storage/workflowservice.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

namespace {

QString serverUrl()
{
    const QString bench = qEnvironmentVariable("WP_BENCH_PG");
    return bench.isEmpty() ? qEnvironmentVariable("WP_TEST_PG") : bench;
}

/// Creates and drops the benchmark's databases, as the superuser of WP_BENCH_PG.
void adminRun(const QString& sql)
{
    const QString name = QStringLiteral("bench-admin");
    {
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isOpen()) {
            const QUrl url(serverUrl());
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
            if (!db.open())
                qFatal("WP_BENCH_PG: %s", qPrintable(db.lastError().text()));
        }
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
}

/// A fresh database: a file in a temporary folder, or a new database on the server (dropped
/// when this goes).
struct BenchDb
{
    bool server;
    QTemporaryDir dir;
    QString spec;
    QString serverDb;
    explicit BenchDb(bool onServer) : server(onServer)
    {
        if (!server) {
            spec = dir.filePath(QStringLiteral("bench.sqlite"));
            return;
        }
        serverDb = QStringLiteral("wp_bench_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        adminRun(
            QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'").arg(serverDb));
        QUrl url(serverUrl());
        url.setPath(QLatin1Char('/') + serverDb);
        spec = url.toString();
    }
    ~BenchDb()
    {
        if (server)
            adminRun(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(serverDb));
    }
};

/// An xlsx of @p count rows as offices write them (bench_foundation's 100 000-row table).
QString xlsxOf(int count)
{
    static QTemporaryDir dir;
    static std::map<int, QString> made;
    if (auto it = made.find(count); it != made.end())
        return it->second;
    const QString path = dir.filePath(QStringLiteral("program-%1.xlsx").arg(count));
    wp::test::writeOfficeXlsx(path, wp::bench::bigProgramRows(count), true);
    made.emplace(count, path);
    return path;
}

/// The imported databases, kept for the reading benchmarks (backend, rows).
std::map<std::pair<bool, int>, std::unique_ptr<BenchDb>>& imported()
{
    static std::map<std::pair<bool, int>, std::unique_ptr<BenchDb>> all;
    return all;
}

bool skipWithoutServer(benchmark::State& state, bool server)
{
    if (server && serverUrl().isEmpty()) {
        state.SkipWithError("PostgreSQL skipped: set WP_BENCH_PG (or WP_TEST_PG) to a superuser URL");
        return true;
    }
    return false;
}

/// Imports @p rows rows into a fresh database on the backend; the database is kept.
BenchDb& importInto(bool server, int rows)
{
    auto db = std::make_unique<BenchDb>(server);
    {
        auto database = wp::storage::Database::open(db->spec);
        wp::io::SampleData::addUnits(*database);
        wp::io::ImportOptions options;
        options.year = 2023;
        const wp::io::ImportResult r = wp::io::Importer(*database).run(xlsxOf(rows), options);
        if (r.itemsAdded != rows)
            qFatal("imported %d of %d rows", r.itemsAdded, rows);
    }
    auto& slot = imported()[{server, rows}];
    slot = std::move(db);
    return *slot;
}

/// Args: {0 SQLite | 1 PostgreSQL, rows}. The time is the import alone (units added first).
void BM_Import(benchmark::State& state)
{
    const bool server = state.range(0) == 1;
    const int rows = int(state.range(1));
    if (skipWithoutServer(state, server))
        return;
    xlsxOf(rows);
    for (auto _ : state) {
        state.PauseTiming();
        auto db = std::make_unique<BenchDb>(server);
        auto database = wp::storage::Database::open(db->spec);
        wp::io::SampleData::addUnits(*database);
        wp::io::ImportOptions options;
        options.year = 2023;
        state.ResumeTiming();
        const wp::io::ImportResult r = wp::io::Importer(*database).run(xlsxOf(rows), options);
        benchmark::DoNotOptimize(r.itemsAdded);
        state.PauseTiming();
        database.reset();
        imported()[{server, rows}] = std::move(db); // the last one stays for the reading benchmarks
        state.ResumeTiming();
    }
    state.counters["rows_per_s"] = benchmark::Counter(double(rows), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Import)
    ->ArgNames({"pg", "rows"})
    ->Args({0, 10000})
    ->Args({1, 10000})
    ->Args({0, 100000})
    ->Args({1, 100000})
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// Args: {rows}. The import on a server database after server-init, by an Office login role (not
/// the owner): the items and co-units staged and inserted under row-level security and the guard
/// trigger, the history appended by the server's batch function. The time is the import alone.
void BM_ImportWithRules(benchmark::State& state)
{
    const int rows = int(state.range(0));
    if (skipWithoutServer(state, true))
        return;
    xlsxOf(rows);
    for (auto _ : state) {
        state.PauseTiming();
        auto db = std::make_unique<BenchDb>(true);
        const QString office = QStringLiteral("office_") + db->serverDb;
        wp::User actor;
        {
            auto owner = wp::storage::Database::open(db->spec);
            wp::io::SampleData::addUnits(*owner);
            wp::storage::installServerRules(*owner);
            wp::storage::UserAdmin admins(*owner);
            wp::User a; // the first account is an administrator's
            a.login = QStringLiteral("admin_") + db->serverDb;
            a.fullName = QStringLiteral("Quản trị");
            a.role = wp::Role::Admin;
            a = admins.add(std::nullopt, a, QStringLiteral("pw-admin"));
            wp::User u;
            u.login = office;
            u.fullName = QStringLiteral("Văn phòng");
            u.role = wp::Role::Office;
            actor = admins.add(a, u, QStringLiteral("pw-office"));
        }
        QUrl url(db->spec);
        url.setUserName(office);
        url.setPassword(QStringLiteral("pw-office"));
        auto database = wp::storage::Database::open(url.toString());
        wp::io::ImportOptions options;
        options.year = 2023;
        options.actor = actor;
        state.ResumeTiming();
        const wp::io::ImportResult r = wp::io::Importer(*database).run(xlsxOf(rows), options);
        state.PauseTiming();
        if (r.itemsAdded != rows)
            state.SkipWithError(
                qPrintable(QStringLiteral("imported %1 of %2 rows: %3")
                               .arg(r.itemsAdded)
                               .arg(rows)
                               .arg(r.refusal + (r.errors.isEmpty() ? QString() : r.errors.first().message))));
        database.reset();
        const QString name = db->serverDb;
        db.reset();
        adminRun(QStringLiteral("DROP ROLE IF EXISTS \"%1\", \"admin_%2\"").arg(office, name));
        for (const char* g : {"unit", "office", "leader", "admin"})
            adminRun(QStringLiteral("DROP ROLE IF EXISTS \"%1_%2\"").arg(name, QLatin1String(g)));
        state.ResumeTiming();
    }
    state.counters["rows_per_s"] = benchmark::Counter(double(rows), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ImportWithRules)
    ->ArgName("rows")
    ->Arg(10000)
    ->Arg(100000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// The 100 000-item program of the backend (imported by BM_Import, or now).
struct Loaded
{
    std::unique_ptr<wp::storage::Database> database;
    qint64 programId = 0;
    explicit Loaded(bool server)
    {
        auto it = imported().find({server, 100000});
        BenchDb& db = it != imported().end() ? *it->second : importInto(server, 100000);
        database = wp::storage::Database::open(db.spec);
        programId = wp::storage::ProgramRepository(*database).byYear(2023)->id;
    }
};

void BM_CountsByUnit100k(benchmark::State& state)
{
    const bool server = state.range(0) == 1;
    if (skipWithoutServer(state, server))
        return;
    Loaded l(server);
    wp::storage::ItemRepository repo(*l.database);
    for (auto _ : state)
        benchmark::DoNotOptimize(repo.countByUnitAndStatus(l.programId).size());
}
BENCHMARK(BM_CountsByUnit100k)->ArgName("pg")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_Search100k(benchmark::State& state)
{
    const bool server = state.range(0) == 1;
    if (skipWithoutServer(state, server))
        return;
    Loaded l(server);
    wp::storage::ItemRepository repo(*l.database);
    wp::storage::ItemFilter filter;
    filter.search = QStringLiteral("so 4242 ve quan ly do thi"); // no accents: matches "số 4242 về quản lý đô thị"
    int found = 0;
    for (auto _ : state)
        found = int(repo.list(l.programId, filter).size());
    state.counters["found"] = found;
}
BENCHMARK(BM_Search100k)->ArgName("pg")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

/// The window's first page: 500 rows (MainWindow's m_firstPageRows) and one more.
void BM_FirstPage100k(benchmark::State& state)
{
    const bool server = state.range(0) == 1;
    if (skipWithoutServer(state, server))
        return;
    Loaded l(server);
    wp::storage::ItemRepository repo(*l.database);
    for (auto _ : state)
        benchmark::DoNotOptimize(repo.page(l.programId, std::numeric_limits<int>::min(), 501).size());
}
BENCHMARK(BM_FirstPage100k)->ArgName("pg")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

/// One person's edits, each its own transaction with its history row: edits per second.
void BM_Edit(benchmark::State& state)
{
    const bool server = state.range(0) == 1;
    if (skipWithoutServer(state, server))
        return;
    Loaded l(server);
    wp::User office;
    office.login = QStringLiteral("vanphong");
    office.fullName = office.login;
    office.role = wp::Role::Office;
    wp::storage::WorkflowService service(*l.database, office);
    wp::storage::ItemRepository repo(*l.database);
    const QVector<wp::Item> items = repo.page(l.programId, std::numeric_limits<int>::min(), 100);
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        wp::Item it = *repo.byId(items[n % items.size()].id);
        it.note = QStringLiteral("sửa lần %1").arg(n++);
        state.ResumeTiming();
        service.edit(it);
    }
    state.counters["edits_per_s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Edit)->ArgName("pg")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    imported().clear(); // drops the server databases while the application still exists
    return 0;
}
