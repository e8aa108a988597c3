// Issue 16: the import's memory stays flat whatever the file. The million-row cases that kept
// every row in memory before (440–700 MB for an xlsx, 2.1 GB for a CSV dry run): a dry run, a
// table without STT (numbered anew), a table with errors, each as a whole `workprogram-cli
// import` whose peak RSS is measured (budget 64 MiB). Run alone, they take a few minutes:
//   build/benchmarks/wp_benchmarks --benchmark_filter=BM_Import1M
// With WP_BENCH_DATA_DIR set the generated files are kept there between runs.
#include "benchcli.h"
#include "officefile.h"

#include "workprogram/io/sampledata.h"
#include "workprogram/storage/database.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <malloc.h>

namespace {

constexpr int MillionRows = 1'000'000;

/// The three million-row files (xlsx with STT, xlsx without, xlsx with a bad row in every 100)
/// and the same table as CSV.
struct MillionData
{
    QTemporaryDir tmp;
    QString keep = qEnvironmentVariable("WP_BENCH_DATA_DIR");
    QString base = keep.isEmpty() ? tmp.path() : keep;
    QString numbered = base + QStringLiteral("/million.xlsx");
    QString unnumbered = base + QStringLiteral("/million-no-stt.xlsx");
    QString withErrors = base + QStringLiteral("/million-errors.xlsx");
    QString csv = base + QStringLiteral("/million.csv");

    MillionData()
    {
        // Short cells: a million rows of inline strings must stay under the reader's 256 MB for one
        // part of the zip (Excel itself would write shared strings; see docs/performance.md).
        const QVector<wp::test::ArticleUnit> units = wp::test::articleUnits();
        QVector<wp::test::OfficeRow> rows(MillionRows);
        for (int i = 0; i < MillionRows; ++i) {
            wp::test::OfficeRow& r = rows[i];
            r.number = QString::number(i + 1);
            r.content = QStringLiteral("Việc số %1").arg(i + 1);
            r.lead = units.at(i % units.size()).written;
            if (i % 4 == 0)
                r.deadline = QStringLiteral("Q3");
            if (i % 10 == 0)
                r.coUnits = QStringLiteral("Phòng Tư pháp; Các phòng, ban liên quan");
        }
        if (!QFile::exists(numbered))
            wp::test::writeOfficeXlsx(numbered, rows, true);
        if (!QFile::exists(csv))
            wp::test::writeOfficeCsv(csv, rows);
        if (!QFile::exists(withErrors)) {
            QVector<wp::test::OfficeRow> bad = rows;
            for (int i = 99; i < bad.size(); i += 100)
                bad[i].lead = QStringLiteral("Phòng Không Có %1").arg(i);
            wp::test::writeOfficeXlsx(withErrors, bad, true);
        }
        if (!QFile::exists(unnumbered)) {
            for (wp::test::OfficeRow& r : rows)
                r.number.clear();
            wp::test::writeOfficeXlsx(unnumbered, rows, true);
        }
        // The child's peak RSS starts from this process's resident pages at fork: give the
        // generated rows back to the system first.
        rows = {};
        malloc_trim(0);
    }

    /// A fresh database with the article's units; removed with its folder.
    QString database(QTemporaryDir& dir) const
    {
        const QString db = dir.filePath(QStringLiteral("m.sqlite"));
        auto database = wp::storage::Database::open(db);
        wp::io::SampleData::addUnits(*database);
        return db;
    }
};

MillionData& data()
{
    static MillionData d;
    return d;
}

void importMillion(benchmark::State& state, const QString& file, const QStringList& extra, int expectedExit)
{
    MillionData& d = data();
    long rss = 0;
    int exitCode = -1;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        const QString db = d.database(dir);
        state.ResumeTiming();
        const wp::bench::CliRun run = wp::bench::runCli(QStringList{QStringLiteral("import"), file,
                                                                    QStringLiteral("--year"), QStringLiteral("2023"),
                                                                    QStringLiteral("--db"), db} +
                                                        extra);
        rss = run.peakRssKiB;
        exitCode = run.exitCode;
    }
    state.counters["rows"] = MillionRows;
    state.counters["peak_rss_MiB"] = double(rss) / 1024.0;
    if (exitCode != expectedExit)
        state.SkipWithError("unexpected exit code");
}

void BM_Import1MDryRunXlsx(benchmark::State& state)
{
    importMillion(state, data().numbered, {QStringLiteral("--dry-run")}, 0);
}
BENCHMARK(BM_Import1MDryRunXlsx)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

void BM_Import1MDryRunCsv(benchmark::State& state)
{
    importMillion(state, data().csv, {QStringLiteral("--dry-run")}, 0);
}
BENCHMARK(BM_Import1MDryRunCsv)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

void BM_Import1MWithErrorsXlsx(benchmark::State& state)
{
    importMillion(state, data().withErrors, {}, 2);
}
BENCHMARK(BM_Import1MWithErrorsXlsx)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

void BM_Import1MWithoutSttXlsx(benchmark::State& state)
{
    importMillion(state, data().unnumbered, {}, 0);
}
BENCHMARK(BM_Import1MWithoutSttXlsx)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

} // namespace
