#include "workprogram/io/importer.h"

#include "jsonreader.h"
#include "numberset.h"
#include "rowreader.h"
#include "tablefinder.h"

#include "workprogram/core/text.h"
#include "workprogram/storage/importlog.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include "workprogram/storage/iteminserter.h"

#include <QFileInfo>
#include <QHash>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace wp::io {

namespace {
QString newUnitCode(const QString& name, const QSet<QString>& taken)
{
    QString code;
    for (const QString& word : text::fold(name).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (word.at(0).isLetterOrNumber())
            code.append(word.at(0).toUpper());
    if (code.isEmpty())
        code = QStringLiteral("DV");
    QString candidate = code;
    for (int i = 2; taken.contains(candidate); ++i)
        candidate = code + QString::number(i);
    return candidate;
}
} // namespace

QString ImportIssue::format(const QString& file, bool withCliHint) const
{
    QString where = file;
    if (row > 0)
        where += QLatin1Char(':') + QString::number(row);
    if (!column.isEmpty())
        where += QLatin1Char(':') + column;
    QString text = where + QStringLiteral(": ") + message;
    if (withCliHint && !cliHint.isEmpty())
        text += QStringLiteral(" (") + cliHint + QLatin1Char(')');
    return text;
}

void ImportResult::addError(ImportIssue issue)
{
    if (m_errorCount++ < MaxErrors)
        errors.append(std::move(issue));
}

void ImportResult::addWarning(ImportIssue issue)
{
    if (m_warningCounts[size_t(issue.kind)]++ < MaxWarningsPerKind)
        warnings.append(std::move(issue));
}

int ImportResult::warningCount() const
{
    int n = 0;
    for (int c : m_warningCounts)
        n += c;
    return n;
}

QVector<StatedCount> ImportResult::mismatches() const
{
    QVector<StatedCount> out;
    for (const StatedCount& s : stated)
        if (!s.matches())
            out.append(s);
    return out;
}

namespace {

/// Reads the rows of @p path into @p plan: the table found (TableFinder), then every data row
/// through the interpreter. @p afterRow runs after each data row (the streaming import and
/// check() take the planned items from there) and stops the reading by returning false.
/// Returns false when reading stopped with an error (in plan.result.errors).
bool readTable(const QString& path, const QVector<Unit>& units, const ImportOptions& options, ImportPlan& plan,
               const std::function<bool()>& afterRow = {})
{
    ImportResult& result = plan.result;
    result.file = path;
    ReadError openError;
    std::unique_ptr<TableReader> reader;
    const bool json = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    if (json)
        reader = JsonReader::open(path, &openError);
    else
        reader = openTable(path, options.read, &openError);
    if (!reader) {
        result.addError(ImportIssue(openError.row, QString(), openError.message));
        return false;
    }
    const auto readingFailed = [&] {
        const ReadError& e = reader->error();
        result.addError(ImportIssue(e.row, e.column >= 0 ? columnLetter(e.column) : QString(), e.message, e.column));
        return false;
    };

    TableFinder finder(*reader, options);
    if (!finder.find(result))
        return reader->failed() ? readingFailed() : false;
    // A text file has no room beside the table for notes: a cell past the header is an error
    // there. Workbooks and documents (readers that list their tables) often have notes beside.
    const bool strictWidth = !json && result.tables.isEmpty();
    RowInterpreter interpreter(result.header, units, options, strictWidth);
    const auto interpret = [&](const Row& row) {
        interpreter.read(row, plan);
        return !afterRow || afterRow();
    };
    for (const Row& row : std::as_const(finder.pending()))
        if (!interpret(row))
            return true;
    finder.pending().clear();
    Row row;
    while (reader->next(row))
        if (!interpret(row))
            return true;
    if (reader->failed())
        return readingFailed();
    interpreter.finish(plan);
    return true;
}

/// Counts and the numbering decided from planned items as they pass, without keeping them.
class Tally
{
public:
    Tally(const QVector<Unit>& units, const QSet<int>& taken) : m_units(units), m_taken(taken)
    {
        m_next = 1;
        for (int n : taken)
            m_next = std::max(m_next, n + 1);
    }

    void add(const PlannedItem& p)
    {
        ++m_items;
        if (p.newLeadUnit.isEmpty())
            m_perUnit[p.item.leadUnitId] += 1;
        else
            m_perNewUnit[p.newLeadUnit] += 1;
        const int n = p.item.number;
        if (m_keep && (n <= 0 || m_taken.contains(n)))
            m_keep = false;
        if (m_keep)
            m_taken.insert(n);
        if (m_firstRow == 0)
            m_firstRow = p.row;
    }

    /// Fills the result's counts, per-unit list, created units and numbering.
    void finish(ImportPlan& plan) const
    {
        ImportResult& result = plan.result;
        if (m_items == 0 && result.errorCount() == 0)
            result.addError(ImportIssue(0, QString(), Importer::tr("bảng không có nội dung công việc nào")));
        if (!m_keep && m_items > 0) {
            result.renumbered = true;
            plan.renumberFrom = m_next;
            result.addWarning(ImportIssue(0, QString(),
                                          Importer::tr("cột STT trống, trùng hoặc không phải số: các nội dung được "
                                                       "đánh số lại từ %1")
                                              .arg(m_next),
                                          -1, IssueKind::Renumbered));
        }
        for (const Unit& u : m_units)
            if (m_perUnit.contains(u.id))
                result.perUnit.append({u.name, m_perUnit.value(u.id)});
        for (const Unit& u : plan.newUnits) {
            result.createdUnits.append(u.name);
            if (int n = m_perNewUnit.value(text::foldKey(u.name)))
                result.perUnit.append({u.name, n});
        }
        result.itemsAdded = m_items;
        result.ok = result.errorCount() == 0;
    }

private:
    const QVector<Unit>& m_units;
    NumberSet m_taken;
    int m_next = 1;
    bool m_keep = true;
    int m_items = 0;
    int m_firstRow = 0;
    QHash<qint64, int> m_perUnit;
    QHash<QString, int> m_perNewUnit;
};

QSet<int> numbersTaken(storage::Database& db, int year)
{
    if (std::optional<Program> p = storage::ProgramRepository(db).byYear(year))
        return storage::ItemRepository(db).numbers(p->id);
    return {};
}

} // namespace

ImportPlan Importer::plan(const QString& path, const ImportOptions& options)
{
    ImportPlan plan;
    const QVector<Unit> units = storage::UnitRepository(m_db).all();
    if (!readTable(path, units, options, plan))
        return plan;
    // Keep the file's numbers (STT) when they are usable as they are; otherwise number anew.
    Tally tally(units, numbersTaken(m_db, options.year));
    for (const PlannedItem& p : std::as_const(plan.items))
        tally.add(p);
    tally.finish(plan);
    if (plan.result.renumbered) {
        int next = plan.renumberFrom;
        for (PlannedItem& p : plan.items)
            p.item.number = next++;
    }
    return plan;
}

ImportPlan Importer::check(const QString& path, const ImportOptions& options)
{
    ImportPlan plan;
    const QVector<Unit> units = storage::UnitRepository(m_db).all();
    Tally tally(units, numbersTaken(m_db, options.year));
    const bool read = readTable(path, units, options, plan, [&] {
        for (const PlannedItem& p : std::as_const(plan.items))
            tally.add(p);
        plan.items.clear();
        return true;
    });
    if (read)
        tally.finish(plan);
    return plan;
}

void Importer::apply(ImportPlan& plan, const ImportOptions& options)
{
    storage::Transaction tx(m_db);
    storage::UnitRepository unitRepo(m_db);
    QSet<QString> codes;
    for (const Unit& u : unitRepo.all())
        codes.insert(u.code);
    QHash<QString, qint64> newIds;
    for (Unit& u : plan.newUnits) {
        u.code = newUnitCode(u.name, codes);
        codes.insert(u.code);
        u.id = unitRepo.add(u);
        newIds.insert(text::foldKey(u.name), u.id);
    }
    const Program program = storage::ProgramRepository(m_db).ensure(options.year);
    storage::ItemInserter writer(m_db);
    for (PlannedItem& p : plan.items) {
        Item& it = p.item;
        it.programId = program.id;
        if (!p.newLeadUnit.isEmpty())
            it.leadUnitId = newIds.value(p.newLeadUnit);
        for (const QString& key : p.newCoUnits) {
            const qint64 id = newIds.value(key);
            if (id != it.leadUnitId && !it.coUnitIds.contains(id))
                it.coUnitIds.append(id);
        }
        writer.insert(it);
    }
    recordImport(program.id, plan.result);
    tx.commit();
    plan.result.written = true;
}

void Importer::recordImport(qint64 programId, const ImportResult& result)
{
    storage::ImportLogRepository(m_db).record(programId, QFileInfo(result.file).fileName(), result.itemsAdded,
                                              result.stated);
}

namespace {

/// Planned items handed from the reading thread to the writing one, a bounded number of batches
/// at a time (the memory of a streaming import stays that of a few batches, not of the file).
class BatchQueue
{
public:
    /// Blocks while full; false when the reader should stop (the writer gave up).
    bool push(storage::ItemBatch&& batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < Capacity || m_cancelled; });
        if (m_cancelled)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    /// Blocks until a batch or the end; false at the end.
    bool pop(storage::ItemBatch& batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }
    void close()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    void cancel()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_cancelled = true;
        m_batches.clear();
        m_changed.notify_all();
    }

private:
    static constexpr size_t Capacity = 8;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<storage::ItemBatch> m_batches;
    bool m_closed = false;
    bool m_cancelled = false;
};

constexpr int BatchSize = 512;
/// A batch also ends at this much text, so the queue holds at most a few tens of MB however
/// long the cells are (a row of nine 32 767-character cells is 0.9 MB of UTF-8).
constexpr qsizetype BatchBytes = 4 * 1024 * 1024;

} // namespace

/// What check() decided, for the pass that writes: units to create before the rows are read,
/// and the first number when the file's STT cannot be kept.
struct Importer::WritePass
{
    QVector<Unit> newUnits;
    int renumberFrom = 0;
    QVector<ImportIssue> renumberWarning;
};

ImportResult Importer::run(const QString& path, const ImportOptions& options)
{
    if (!options.dryRun) {
        if (std::optional<ImportResult> r = runStreaming(path, options))
            return *r;
    }
    // A bad row, a unit to create, numbers to assign anew, a dry run: check the whole file first
    // without keeping its rows, then write it in a second pass with what the check decided.
    ImportPlan checked = check(path, options);
    if (!checked.result.ok || options.dryRun)
        return checked.result;
    WritePass pass;
    pass.newUnits = checked.newUnits;
    pass.renumberFrom = checked.renumberFrom;
    for (const ImportIssue& w : std::as_const(checked.result.warnings))
        if (w.kind == IssueKind::Renumbered)
            pass.renumberWarning.append(w);
    if (std::optional<ImportResult> r = runStreaming(path, options, &pass))
        return *r;
    // The second reading differed from the first: the file changed meanwhile.
    ImportResult changed = checked.result;
    changed.ok = false;
    changed.addError(ImportIssue(0, QString(), tr("tệp thay đổi trong khi nhập; không có gì được ghi, hãy nhập lại")));
    return changed;
}

// A large import in two threads: one reads and checks the rows and encodes them
// (storage::ItemBatch), the other writes them inside one transaction as they come. Without @p pass
// (the first try), anything it does not cover — a bad row, a unit to create, numbers to assign
// anew, an empty table — rolls the transaction back and returns nothing: run() then checks the
// file, whose messages are the reference, and calls this again with what the check decided (the
// units, created first in the same transaction, and the numbering). Memory stays that of a few
// batches either way.
std::optional<ImportResult> Importer::runStreaming(const QString& path, const ImportOptions& options,
                                                   const WritePass* pass)
{
    storage::Transaction tx(m_db);
    storage::UnitRepository unitRepo(m_db);
    QStringList created;
    if (pass && !pass->newUnits.isEmpty()) {
        QSet<QString> codes;
        for (const Unit& u : unitRepo.all())
            codes.insert(u.code);
        for (Unit u : pass->newUnits) {
            u.code = newUnitCode(u.name, codes);
            codes.insert(u.code);
            unitRepo.add(u);
            created.append(u.name);
        }
    }
    const QVector<Unit> units = unitRepo.all();
    NumberSet taken(numbersTaken(m_db, options.year));
    int next = pass ? pass->renumberFrom : 0;

    BatchQueue queue;
    // The reading thread's until it is joined:
    ImportPlan read;
    QHash<qint64, int> perUnit;
    int added = 0;
    bool fast = true; // false: a row the fast path does not take, or a reading error
    std::exception_ptr readerException;
    std::thread reader([&] {
        try {
            storage::ItemBatch batch;
            batch.reserve(BatchSize);
            bool more = true; // false when the writer gave up
            const auto flush = [&] {
                more = queue.push(std::move(batch));
                batch = storage::ItemBatch();
                batch.reserve(BatchSize);
            };
            // Each row is planned, checked, encoded into the batch and dropped: the items are
            // made and freed in this thread, and the writer gets three allocations a batch.
            readTable(path, units, options, read, [&] {
                if (read.result.errorCount() > 0 || !read.newUnits.isEmpty()) {
                    fast = false;
                    return false;
                }
                for (PlannedItem& p : read.items) {
                    Item& it = p.item;
                    if (!p.newCoUnits.isEmpty()) {
                        fast = false;
                        return false;
                    }
                    if (next > 0) {
                        it.number = next++;
                    } else if (it.number <= 0 || taken.contains(it.number)) {
                        fast = false;
                        return false;
                    } else {
                        taken.insert(it.number);
                    }
                    batch.append(it);
                    perUnit[it.leadUnitId] += 1;
                    ++added;
                }
                read.items.clear();
                if (batch.size() >= BatchSize || batch.textBytes() >= BatchBytes)
                    flush();
                return more;
            });
            if (read.result.errorCount() > 0)
                fast = false;
            if (more && fast && !batch.isEmpty())
                flush();
        } catch (...) {
            readerException = std::current_exception();
            fast = false;
        }
        queue.close();
    });
    // The reading thread must end before this frame does, whatever happens below.
    struct Joiner
    {
        std::thread& thread;
        BatchQueue& queue;
        ~Joiner()
        {
            if (thread.joinable()) {
                queue.cancel();
                thread.join();
            }
        }
    } joiner{reader, queue};

    const Program program = storage::ProgramRepository(m_db).ensure(options.year);
    storage::ItemInserter writer(m_db);
    storage::ItemBatch batch;
    int batches = 0;
    while (queue.pop(batch)) {
        writer.insert(batch, program.id);
        ++batches;
    }
    reader.join();
    if (readerException)
        std::rethrow_exception(readerException);
    if (!fast || added == 0)
        return std::nullopt; // the transaction rolls back
    ImportResult r = read.result;
    for (const ImportIssue& w : pass ? pass->renumberWarning : QVector<ImportIssue>())
        r.addWarning(w);
    r.renumbered = next > 0;
    for (const Unit& u : units)
        if (perUnit.contains(u.id))
            r.perUnit.append({u.name, perUnit.value(u.id)});
    r.createdUnits = created;
    r.itemsAdded = added;
    r.ok = true;
    r.written = true;
    r.streamedBatches = batches;
    recordImport(program.id, r);
    tx.commit();
    return r;
}

} // namespace wp::io
