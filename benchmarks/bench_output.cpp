// Output benchmarks: every listing and export of a 100 000-item program as a whole
// `workprogram-cli` command, with its peak resident memory and CPU time (from wait4). Budget
// (issue 15): each stays under 64 MiB and within the time it took before the output streamed.
// Figures go to docs/performance.md ("Listings and exports").
//
// Run: build/benchmarks/wp_benchmarks --benchmark_filter=BM_Out
// With WP_BENCH_DATA_DIR=/some/folder the generated database is kept there between runs.
#include "benchcli.h"

#include "workprogram/io/sampledata.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemservice.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

constexpr int Items = 100000;
constexpr int HistoryItemNumber = 4242; ///< the item whose history is listed
constexpr int HistoryComments = 50;

/// A 2023 program of 100 000 items added as a person would (each with its `create` history row),
/// with co-units, notes that need quoting and Vietnamese everywhere; item 4242 has 50 comments.
struct OutputDb
{
    QTemporaryDir tmp;
    QString keep = qEnvironmentVariable("WP_BENCH_DATA_DIR");
    QString dir = keep.isEmpty() ? tmp.path() : keep;
    QString db = dir + QStringLiteral("/output-100k.sqlite");
    QString historyItem;

    OutputDb()
    {
        if (keep.isEmpty() || !QFile::exists(db))
            make();
        auto database = wp::storage::Database::open(db);
        const wp::Program program = *wp::storage::ProgramRepository(*database).byYear(2023);
        QSqlQuery q(database->connection());
        q.prepare(QStringLiteral("SELECT id FROM items WHERE program_id = ? AND number = ?"));
        q.addBindValue(program.id);
        q.addBindValue(HistoryItemNumber);
        q.exec();
        historyItem = q.next() ? q.value(0).toString() : QString();
    }

    void make()
    {
        auto database = wp::storage::Database::open(db);
        wp::io::SampleData::addUnits(*database);
        const wp::Program program = wp::storage::ProgramRepository(*database).ensure(2023);
        const QVector<wp::Unit> units = wp::storage::UnitRepository(*database).all();
        static const char* const periods[] = {"Quý I",        "Quý II",     "Tháng 6",    "6 tháng đầu năm", "Cả năm",
                                              "Thường xuyên", "Trước 30/6", "15/09/2023", "Quý IV"};
        static const char* const groups[] = {"Kinh tế", "Đô thị", "Văn hóa - Xã hội", "Nội chính", ""};
        const auto& statuses = wp::StatusInfo::all();
        QVector<wp::Item> batch;
        for (int i = 0; i < Items; ++i) {
            wp::Item it;
            it.programId = program.id;
            it.number = i + 1;
            it.content = QStringLiteral("Kế hoạch triển khai nhiệm vụ số %1 về quản lý đô thị, cải cách hành chính "
                                        "và chuyển đổi số trên địa bàn quận năm 2023")
                             .arg(i + 1);
            it.leadUnitId = units[i % units.size()].id;
            if (i % 3 == 0)
                it.coUnitIds = {units[(i + 5) % units.size()].id};
            if (i % 7 == 0)
                it.coUnitIds.append(units[(i + 9) % units.size()].id);
            it.deadline = *wp::Deadline::parse(QString::fromUtf8(periods[i % std::size(periods)]), 2023);
            it.leader = QStringLiteral("PCT UBND quận");
            it.group = QString::fromUtf8(groups[i % std::size(groups)]);
            it.form = QStringLiteral("Kế hoạch");
            it.level = QStringLiteral("UBND quận");
            it.status = statuses[size_t(i % 4 == 0 ? i % statuses.size() : 0)];
            if (i % 10 == 0)
                it.note = QStringLiteral("Phối hợp \"liên ngành\", báo cáo trước ngày 15");
            else if (i % 25 == 1)
                it.note = QStringLiteral("Hai dòng:\nthứ nhất; thứ hai");
            batch.append(it);
            if (batch.size() == 10000) {
                wp::storage::ItemService(*database).create(batch, QStringLiteral("admin"));
                batch.clear();
            }
        }
        wp::storage::ItemService(*database).create(batch, QStringLiteral("admin"));

        QSqlQuery q(database->connection());
        q.prepare(QStringLiteral("SELECT id FROM items WHERE program_id = ? AND number = ?"));
        q.addBindValue(program.id);
        q.addBindValue(HistoryItemNumber);
        q.exec();
        q.next();
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        wp::storage::Transaction t(*database);
        for (int k = 0; k < HistoryComments; ++k) {
            wp::storage::HistoryEntry e;
            e.itemId = id;
            e.login = QStringLiteral("admin");
            e.kind = wp::storage::HistoryEntry::Kind::Comment;
            e.comment = QStringLiteral("Ý kiến số %1: đề nghị bổ sung kết quả, \"rõ ràng\"").arg(k + 1);
            wp::storage::HistoryRepository(*database).append(e);
        }
        t.commit();
    }
};

OutputDb& data()
{
    static OutputDb d;
    return d;
}

/// Runs the command; the figures are the last run's.
void runCommand(benchmark::State& state, QStringList args, const QString& outFile = QString())
{
    OutputDb& d = data();
    args << QStringLiteral("--db") << d.db;
    wp::bench::CliRun run;
    for (auto _ : state) {
        run = wp::bench::runCli(args);
        if (run.exitCode != 0) {
            state.SkipWithError("the command failed");
            return;
        }
    }
    state.counters["peak_rss_MiB"] = double(run.peakRssKiB) / 1024.0;
    state.counters["cpu_s"] = run.cpuSeconds;
    if (!outFile.isEmpty())
        state.counters["file_MiB"] = double(QFile(outFile).size()) / (1024.0 * 1024.0);
}

QStringList items(const QString& format)
{
    return {QStringLiteral("items"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--format"),
            format};
}

void BM_OutItemsTable100k(benchmark::State& state)
{
    runCommand(state, items(QStringLiteral("table")));
}
BENCHMARK(BM_OutItemsTable100k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

void BM_OutItemsCsv100k(benchmark::State& state)
{
    runCommand(state, items(QStringLiteral("csv")));
}
BENCHMARK(BM_OutItemsCsv100k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

void BM_OutItemsJson100k(benchmark::State& state)
{
    runCommand(state, items(QStringLiteral("json")));
}
BENCHMARK(BM_OutItemsJson100k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

/// `items` with a filter (--search): the other reading path.
void BM_OutItemsSearchJson100k(benchmark::State& state)
{
    runCommand(state, items(QStringLiteral("json")) << QStringLiteral("--search") << QStringLiteral("do thi"));
}
BENCHMARK(BM_OutItemsSearchJson100k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

void exportTo(benchmark::State& state, const QString& suffix)
{
    const QString out = data().dir + QStringLiteral("/export-100k.") + suffix;
    runCommand(
        state,
        {QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--out"), out},
        out);
}

void BM_OutExportXlsx100k(benchmark::State& state)
{
    exportTo(state, QStringLiteral("xlsx"));
}
BENCHMARK(BM_OutExportXlsx100k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

void BM_OutExportCsv100k(benchmark::State& state)
{
    exportTo(state, QStringLiteral("csv"));
}
BENCHMARK(BM_OutExportCsv100k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

void BM_OutExportJson100k(benchmark::State& state)
{
    exportTo(state, QStringLiteral("json"));
}
BENCHMARK(BM_OutExportJson100k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

void BM_OutCounts100k(benchmark::State& state)
{
    runCommand(state,
               {QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--by"),
                QStringLiteral("unit,status"), QStringLiteral("--format"), QStringLiteral("json")});
}
BENCHMARK(BM_OutCounts100k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_OutHistory100k(benchmark::State& state)
{
    runCommand(state,
               {QStringLiteral("history"), data().historyItem, QStringLiteral("--format"), QStringLiteral("json")});
}
BENCHMARK(BM_OutHistory100k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

} // namespace
