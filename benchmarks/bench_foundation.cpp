// Foundation benchmarks: import of a 100 000-item xlsx, `counts` as a whole command, and a
// search. Run: build/benchmarks/wp_benchmarks. Figures go to docs/performance.md.
#include "benchcli.h"
#include "bigprogram.h"
#include "officefile.h"

#include "workprogram/io/importer.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/io/table.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

constexpr int BigRows = 100000;

/// The 100 000-row xlsx and a database with it imported. With WP_BENCH_DATA_DIR set, both are
/// kept in that folder and reused by later runs (profiling one command at a time).
struct Data
{
    QTemporaryDir tmp;
    QString keep = qEnvironmentVariable("WP_BENCH_DATA_DIR");
    QString base = keep.isEmpty() ? tmp.path() : keep;
    QString xlsx = base + QStringLiteral("/program-100k.xlsx");
    QString db = base + QStringLiteral("/program-100k.sqlite");
    QString filePath(const QString& name) const { return tmp.filePath(name); }
    Data()
    {
        if (!keep.isEmpty() && QFile::exists(xlsx) && QFile::exists(db))
            return;
        wp::test::writeOfficeXlsx(xlsx, wp::bench::bigProgramRows(BigRows), true);
        auto database = wp::storage::Database::open(db);
        wp::io::SampleData::addUnits(*database);
        wp::io::ImportOptions options;
        options.year = 2023;
        wp::io::Importer(*database).run(xlsx, options);
    }
};

Data& data()
{
    static Data d;
    return d;
}

/// Runs the CLI and returns its peak resident memory in KiB.
long runCliRss(const QStringList& args)
{
    return wp::bench::runCli(args).peakRssKiB;
}

void BM_ImportXlsx100k(benchmark::State& state)
{
    Data& d = data();
    long rss = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString db = d.filePath(QStringLiteral("import-%1.sqlite").arg(state.iterations()));
        {
            auto database = wp::storage::Database::open(db);
            wp::io::SampleData::addUnits(*database);
        }
        state.ResumeTiming();
        rss = runCliRss({QStringLiteral("import"), d.xlsx, QStringLiteral("--year"), QStringLiteral("2023"),
                         QStringLiteral("--db"), db});
        state.PauseTiming();
        QFile::remove(db);
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        state.ResumeTiming();
    }
    state.counters["rows"] = BigRows;
    state.counters["peak_rss_MiB"] = double(rss) / 1024.0;
}
BENCHMARK(BM_ImportXlsx100k)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

void BM_CountsCommand100k(benchmark::State& state)
{
    Data& d = data();
    long rss = 0;
    for (auto _ : state)
        rss = runCliRss({QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023"),
                         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--db"), d.db});
    state.counters["peak_rss_MiB"] = double(rss) / 1024.0;
}
BENCHMARK(BM_CountsCommand100k)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Search100k(benchmark::State& state)
{
    Data& d = data();
    auto database = wp::storage::Database::open(d.db);
    const wp::Program p = *wp::storage::ProgramRepository(*database).byYear(2023);
    wp::storage::ItemRepository repo(*database);
    wp::storage::ItemFilter filter;
    filter.search = QStringLiteral("so 4242 ve quan ly do thi");
    int found = 0;
    for (auto _ : state)
        found = int(repo.list(p.id, filter).size());
    state.counters["found"] = found;
}
BENCHMARK(BM_Search100k)->Unit(benchmark::kMillisecond);

void BM_ImportInProcess100k(benchmark::State& state)
{
    Data& d = data();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto database = wp::storage::Database::open(dir.filePath(QStringLiteral("x.sqlite")));
        wp::io::SampleData::addUnits(*database);
        wp::io::ImportOptions options;
        options.year = 2023;
        state.ResumeTiming();
        const wp::io::ImportResult r = wp::io::Importer(*database).run(d.xlsx, options);
        benchmark::DoNotOptimize(r.itemsAdded);
    }
}
BENCHMARK(BM_ImportInProcess100k)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();

// The import's phases one by one: reading the rows of the xlsx, reading and validating them into
// planned items (plan), writing planned items (apply).
void BM_ReadXlsxRows100k(benchmark::State& state)
{
    Data& d = data();
    int rows = 0;
    for (auto _ : state) {
        wp::io::ReadError error;
        std::unique_ptr<wp::io::TableReader> reader = wp::io::openTable(d.xlsx, {}, &error);
        wp::io::Row row;
        rows = 0;
        while (reader->next(row))
            ++rows;
    }
    state.counters["rows"] = rows;
}
BENCHMARK(BM_ReadXlsxRows100k)->Unit(benchmark::kMillisecond)->Iterations(3);

// The same without the legacy-text pass (TCVN3/VNI detection and the mojibake check, on by
// default): what that pass costs on a Unicode table.
void BM_ReadXlsxRows100kNoLegacyPass(benchmark::State& state)
{
    Data& d = data();
    wp::io::ReadOptions options;
    options.legacyEncoding = wp::io::LegacyEncoding::None;
    int rows = 0;
    for (auto _ : state) {
        wp::io::ReadError error;
        std::unique_ptr<wp::io::TableReader> reader = wp::io::openTable(d.xlsx, options, &error);
        wp::io::Row row;
        rows = 0;
        while (reader->next(row))
            ++rows;
    }
    state.counters["rows"] = rows;
}
BENCHMARK(BM_ReadXlsxRows100kNoLegacyPass)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_PlanXlsx100k(benchmark::State& state)
{
    Data& d = data();
    QTemporaryDir dir;
    auto database = wp::storage::Database::open(dir.filePath(QStringLiteral("x.sqlite")));
    wp::io::SampleData::addUnits(*database);
    wp::io::ImportOptions options;
    options.year = 2023;
    for (auto _ : state) {
        wp::io::ImportPlan plan = wp::io::Importer(*database).plan(d.xlsx, options);
        benchmark::DoNotOptimize(plan.items.size());
    }
}
BENCHMARK(BM_PlanXlsx100k)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ApplyPlan100k(benchmark::State& state)
{
    Data& d = data();
    wp::io::ImportOptions options;
    options.year = 2023;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto database = wp::storage::Database::open(dir.filePath(QStringLiteral("x.sqlite")));
        wp::io::SampleData::addUnits(*database);
        wp::io::Importer importer(*database);
        wp::io::ImportPlan plan = importer.plan(d.xlsx, options);
        state.ResumeTiming();
        importer.apply(plan, options);
        state.PauseTiming();
        plan = {};
        database.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_ApplyPlan100k)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char** argv)
{
    wp::bench::startLauncher(); // while this process is small: see benchcli.h
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
