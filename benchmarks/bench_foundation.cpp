// Foundation benchmarks: import of a 100 000-item xlsx, `counts` as a whole command, and a
// search. Run: build/benchmarks/wp_benchmarks. Figures go to docs/performance.md.
#include "officefile.h"

#include "workprogram/io/importer.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr int BigRows = 100000;

struct Data
{
    QTemporaryDir dir;
    QString xlsx = dir.filePath(QStringLiteral("program-100k.xlsx"));
    QString db = dir.filePath(QStringLiteral("program-100k.sqlite"));
    Data()
    {
        const QVector<wp::test::ArticleUnit> units = wp::test::articleUnits();
        static const char* const periods[] = {"Quý I",           "Quý II",        "Tháng 6",
                                              "6 tháng đầu năm", "Cả năm",        "Thường xuyên",
                                              "Trước 30/6",      "Tháng 11/2023", "Quý IV"};
        QVector<wp::test::OfficeRow> rows;
        rows.reserve(BigRows);
        for (int i = 0; i < BigRows; ++i) {
            wp::test::OfficeRow r;
            r.number = QString::number(i + 1);
            r.content = QStringLiteral("Kế hoạch triển khai nhiệm vụ số %1 về quản lý đô thị, cải cách hành chính và "
                                       "chuyển đổi số trên địa bàn quận năm 2023")
                            .arg(i + 1);
            r.lead = units[i % units.size()].written;
            if (i % 3 == 0)
                r.coUnits = units[(i + 5) % units.size()].written;
            if (i % 4 == 0)
                r.deadlineSerial = 44927 + i % 365;
            else
                r.deadline = QString::fromUtf8(periods[i % std::size(periods)]);
            r.leader = QStringLiteral("PCT UBND quận");
            r.note = (i % 10 == 0) ? QStringLiteral("Ghi chú đi kèm") : QString();
            rows.append(r);
        }
        wp::test::writeOfficeXlsx(xlsx, rows, true);
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
    const pid_t pid = fork();
    if (pid == 0) {
        std::vector<QByteArray> store;
        std::vector<char*> argv;
        store.push_back(QByteArray(WP_CLI_PATH));
        for (const QString& a : args)
            store.push_back(a.toUtf8());
        for (QByteArray& s : store)
            argv.push_back(s.data());
        argv.push_back(nullptr);
        if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr))
            _exit(127);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage
    {};
    wait4(pid, &status, 0, &usage);
    return usage.ru_maxrss;
}

void BM_ImportXlsx100k(benchmark::State& state)
{
    Data& d = data();
    long rss = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString db = d.dir.filePath(QStringLiteral("import-%1.sqlite").arg(state.iterations()));
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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
