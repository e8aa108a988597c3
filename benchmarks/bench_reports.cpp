// Report benchmarks: the `report` command as a whole (start-up, reading, two layout passes,
// PDF with embedded fonts) on the demo's 535 items and on 100 000 items, with the command's
// peak resident memory. Budgets: 535-item appendix <= 0.35 s and <= 100 MiB; 100 000-item
// appendix <= 300 MiB. Figures go to docs/performance.md ("Reports").
#include "benchcli.h"

#include "workprogram/io/sampledata.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

/// Runs the CLI; returns its peak resident memory in KiB, or -1 when it failed.
long runReportCli(const QStringList& args)
{
    const wp::bench::CliRun run = wp::bench::runCli(args);
    return run.exitCode == 0 ? run.peakRssKiB : -1;
}

struct ReportDbs
{
    QTemporaryDir dir;
    QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    QString big = dir.filePath(QStringLiteral("big.sqlite"));
    static constexpr int BigItems = 100000;

    ReportDbs()
    {
        {
            auto db = wp::storage::Database::open(demo);
            wp::io::SampleData::addUnits(*db);
            wp::io::SampleData::addProgram(*db);
        }
        auto db = wp::storage::Database::open(big);
        wp::io::SampleData::addUnits(*db);
        const wp::Program program = wp::storage::ProgramRepository(*db).ensure(2023);
        const QVector<wp::Unit> units = wp::storage::UnitRepository(*db).all();
        static const char* const periods[] = {"Quý I",        "Quý II",     "Tháng 6",    "6 tháng đầu năm", "Cả năm",
                                              "Thường xuyên", "Trước 30/6", "15/09/2023", "Quý IV"};
        wp::storage::Transaction t(*db);
        QVector<wp::Item> items;
        for (int i = 0; i < BigItems; ++i) {
            wp::Item it;
            it.programId = program.id;
            it.number = i + 1;
            it.content = QStringLiteral("Kế hoạch triển khai nhiệm vụ số %1 về quản lý đô thị, cải cách hành chính "
                                        "và chuyển đổi số trên địa bàn quận năm 2023")
                             .arg(i + 1);
            it.leadUnitId = units[i % units.size()].id;
            if (i % 3 == 0)
                it.coUnitIds = {units[(i + 5) % units.size()].id};
            it.deadline = *wp::Deadline::parse(QString::fromUtf8(periods[i % std::size(periods)]), 2023);
            it.leader = QStringLiteral("PCT UBND quận");
            it.level = QStringLiteral("UBND");
            items.append(it);
            if (items.size() == 5000) {
                wp::storage::ItemRepository(*db).insert(items);
                items.clear();
            }
        }
        wp::storage::ItemRepository(*db).insert(items);
        t.commit();
    }
};

ReportDbs& dbs()
{
    static ReportDbs d;
    return d;
}

void runReport(benchmark::State& state, const QString& db, const QString& kind)
{
    const QString out = dbs().dir.filePath(kind + QStringLiteral(".pdf"));
    long rss = 0;
    for (auto _ : state) {
        rss = runReportCli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--year"),
                            QStringLiteral("2023"), QStringLiteral("--kind"), kind, QStringLiteral("--out"), out});
        if (rss < 0) {
            state.SkipWithError("the report command failed");
            return;
        }
    }
    state.counters["peak_rss_MiB"] = double(rss) / 1024.0;
    state.counters["pdf_KiB"] = double(QFile(out).size()) / 1024.0;
}

void BM_ReportAppendix535(benchmark::State& state)
{
    runReport(state, dbs().demo, QStringLiteral("appendix"));
}
BENCHMARK(BM_ReportAppendix535)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(10);

void BM_ReportUnitSummary535(benchmark::State& state)
{
    runReport(state, dbs().demo, QStringLiteral("unit-summary"));
}
BENCHMARK(BM_ReportUnitSummary535)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ReportProgress535(benchmark::State& state)
{
    runReport(state, dbs().demo, QStringLiteral("progress"));
}
BENCHMARK(BM_ReportProgress535)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ReportAppendix100k(benchmark::State& state)
{
    runReport(state, dbs().big, QStringLiteral("appendix"));
}
BENCHMARK(BM_ReportAppendix100k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

} // namespace
