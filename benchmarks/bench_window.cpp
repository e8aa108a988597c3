// The editing window on a 100 000-item program: opening it (database to first rows shown),
// refiltering on a search, a unit and "overdue only", recounting the per-unit panel, and the
// process's memory. A separate program from wp_benchmarks because it needs a QApplication.
// Run: build/benchmarks/wp_bench_window. Figures go to docs/performance.md.
#include "workprogram/core/deadline.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemloader.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/unitcountsmodel.h"
#include "workprogram/storage/database.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <ctime>
#include <memory>

#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr int BigRows = 100000;

/// A resident-memory figure of this process from /proc/self/status, in MiB.
double procStatusMiB(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

/// Writes the 100 000-item program in a child process, so that building it does not count
/// towards this process's memory.
void makeDatabase(const QString& path)
{
    const pid_t pid = fork();
    if (pid == 0) {
        auto db = wp::storage::Database::open(path);
        wp::io::SampleData::addUnits(*db);
        const QVector<wp::Unit> units = wp::storage::UnitRepository(*db).all();
        const wp::Program program = wp::storage::ProgramRepository(*db).ensure(2023);
        static const char* const periods[] = {"Quý I",           "Quý II",        "Tháng 6",
                                              "6 tháng đầu năm", "Cả năm",        "Thường xuyên",
                                              "Trước 30/6",      "Tháng 11/2023", "15/09/2023"};
        static const wp::Status statuses[] = {wp::Status::Approved, wp::Status::InProgress, wp::Status::Done,
                                              wp::Status::InDraft};
        QVector<wp::Item> items;
        items.reserve(BigRows);
        for (int i = 0; i < BigRows; ++i) {
            wp::Item it;
            it.programId = program.id;
            it.number = i + 1;
            it.content = QStringLiteral("Kế hoạch triển khai nhiệm vụ số %1 về quản lý đô thị, cải cách hành chính và "
                                        "chuyển đổi số trên địa bàn quận năm 2023")
                             .arg(i + 1);
            it.leadUnitId = units[i % units.size()].id;
            if (i % 3 == 0)
                it.coUnitIds = {units[(i + 5) % units.size()].id};
            it.deadline = *wp::Deadline::parse(QString::fromUtf8(periods[i % std::size(periods)]), 2023);
            it.status = statuses[i % std::size(statuses)];
            it.leader = QStringLiteral("PCT UBND quận");
            it.note = (i % 10 == 0) ? QStringLiteral("Ghi chú đi kèm") : QString();
            items.append(it);
        }
        wp::storage::Transaction tx(*db);
        wp::storage::ItemRepository(*db).insert(items);
        tx.commit();
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
}

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("window-100k.sqlite"));
    Fixture() { makeDatabase(path); }
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

void BM_ListItems100k(benchmark::State& state)
{
    auto db = wp::storage::Database::open(fixture().path);
    const wp::Program p = *wp::storage::ProgramRepository(*db).byYear(2023);
    for (auto _ : state)
        benchmark::DoNotOptimize(wp::storage::ItemRepository(*db).list(p.id).size());
}
BENCHMARK(BM_ListItems100k)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_LoadModel100k(benchmark::State& state)
{
    auto db = wp::storage::Database::open(fixture().path);
    const wp::Program p = *wp::storage::ProgramRepository(*db).byYear(2023);
    wp::models::ItemTableModel model;
    wp::models::ItemLoader loader(model);
    for (auto _ : state)
        loader.load(*db, p.id, 2023, QDate(2023, 7, 1));
}
BENCHMARK(BM_LoadModel100k)->Unit(benchmark::kMillisecond)->Iterations(3);

/// CPU time of this process (all threads), in ms.
double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

void BM_OpenWindow100k(benchmark::State& state)
{
    const QString path = fixture().path;
    const double before = procStatusMiB("VmRSS:");
    double after = 0;
    double firstRowsCpu = 0;
    double firstRowsWall = 0;
    for (auto _ : state) {
        const double cpuStart = processCpuMs();
        QElapsedTimer wall;
        wall.start();
        wp::gui::MainWindow window;
        QObject::connect(&window, &wp::gui::MainWindow::firstRowsShown, [&] {
            firstRowsCpu += processCpuMs() - cpuStart;
            firstRowsWall += double(wall.elapsed());
        });
        window.setToday(QDate(2023, 7, 1));
        window.resize(1366, 768);
        window.show();
        if (!window.openDatabase(path, 2023))
            state.SkipWithError("openDatabase failed");
        QApplication::processEvents();
        state.PauseTiming();
        after = procStatusMiB("VmRSS:");
        state.counters["rows"] = window.context().proxy()->rowCount();
        state.ResumeTiming();
    }
    // Opening to the first rows painted (the window, the database check, the first page).
    state.counters["first_rows_cpu_ms"] = firstRowsCpu / double(state.iterations());
    state.counters["first_rows_wall_ms"] = firstRowsWall / double(state.iterations());
    state.counters["rss_before_MiB"] = before;
    state.counters["rss_open_MiB"] = after;
    state.counters["peak_rss_MiB"] = procStatusMiB("VmHWM:");
}
BENCHMARK(BM_OpenWindow100k)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

struct OpenWindow
{
    wp::gui::MainWindow window;
    OpenWindow()
    {
        window.setToday(QDate(2023, 7, 1));
        window.resize(1366, 768);
        window.show();
        window.openDatabase(fixture().path, 2023);
        QApplication::processEvents();
    }
};

// The window lives until main() ends, not until static destruction (after QApplication is gone).
std::unique_ptr<OpenWindow> openWindow;

OpenWindow& open()
{
    if (!openWindow)
        openWindow = std::make_unique<OpenWindow>();
    return *openWindow;
}

void BM_RefilterSearch100k(benchmark::State& state)
{
    wp::models::ItemFilterProxy* proxy = open().window.context().proxy();
    const QStringList searches = {QStringLiteral("so 4242 ve quan ly"), QStringLiteral("chuyen doi so"),
                                  QStringLiteral("ghi chu"), QString()};
    int i = 0;
    for (auto _ : state) {
        proxy->setSearchText(searches.at(i++ % searches.size()));
        benchmark::DoNotOptimize(proxy->rowCount());
    }
}
BENCHMARK(BM_RefilterSearch100k)->Unit(benchmark::kMillisecond);

/// Typing "chuyen doi so" into the search box one character at a time and deleting it again:
/// one iteration is one keystroke (narrowing while typing, widening while deleting).
void BM_TypeSearch100k(benchmark::State& state)
{
    wp::models::ItemFilterProxy* proxy = open().window.context().proxy();
    const QString word = QStringLiteral("chuyen doi so");
    QStringList steps;
    for (int n = 1; n <= word.size(); ++n)
        steps.append(word.left(n));
    for (int n = word.size() - 1; n >= 0; --n)
        steps.append(word.left(n));
    int i = 0;
    for (auto _ : state) {
        proxy->setSearchText(steps.at(i++ % steps.size()));
        benchmark::DoNotOptimize(proxy->rowCount());
    }
    proxy->setSearchText(QString());
}
BENCHMARK(BM_TypeSearch100k)->Unit(benchmark::kMillisecond);

/// A keystroke as the user sees it: the search box's text changed (the window refilters and
/// counts what it shows) and the table painted at once, the words found marked in the content
/// cells. Words out of order, a quoted phrase, words in several fields, the beginning of a word.
void BM_SearchKeystrokePainted100k(benchmark::State& state)
{
    wp::gui::MainWindow& window = open().window;
    auto* box = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* view = window.findChild<QTableView*>(QStringLiteral("itemsView"));
    if (!box || !view) {
        state.SkipWithError("no search box or table");
        return;
    }
    const QStringList searches = {QStringLiteral("quan ly so 4242"), QStringLiteral("\"chuyen doi so\""),
                                  QStringLiteral("ghi chu pct"), QStringLiteral("cai cach hanh"), QString()};
    int i = 0;
    for (auto _ : state) {
        box->setText(searches.at(i++ % searches.size()));
        view->viewport()->repaint();
    }
    box->clear();
}
BENCHMARK(BM_SearchKeystrokePainted100k)->Unit(benchmark::kMillisecond);

void BM_RefilterUnitAndOverdue100k(benchmark::State& state)
{
    wp::models::ItemFilterProxy* proxy = open().window.context().proxy();
    const wp::models::ItemTableModel* model = open().window.context().items();
    int i = 0;
    for (auto _ : state) {
        wp::models::ItemFilter f;
        if (i % 2 == 0) {
            f.leadUnits = {model->item(i % 17).leadUnitId};
            f.overdueOnly = true;
        }
        ++i;
        proxy->setFilter(f);
        benchmark::DoNotOptimize(proxy->rowCount());
    }
}
BENCHMARK(BM_RefilterUnitAndOverdue100k)->Unit(benchmark::kMillisecond);

void BM_Recount100k(benchmark::State& state)
{
    wp::models::UnitCountsModel* counts = open().window.context().counts();
    for (auto _ : state) {
        counts->recount();
        benchmark::DoNotOptimize(counts->table());
    }
}
BENCHMARK(BM_Recount100k)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("workprogram-bench"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    openWindow.reset();
    return 0;
}
