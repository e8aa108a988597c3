// Importer::run: the one-pass import (read on one thread, written on another), and the check
// then second pass for the files it does not take.
#include "importsupport.h"
#include "numberset.h"

#include "workprogram/storage/iteminserter.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace wp::io {

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
    // An open database file is refused by check() without being read (reading it would drop
    // SQLite's locks); a signed program too, with the workflow's reason.
    if (!options.dryRun && !storage::Database::isOpenDatabaseFile(path) &&
        detail::programRefusal(m_db, options.year).isEmpty()) {
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
    storage::Transaction tx(m_db, storage::Transaction::Mode::Bulk);
    storage::UnitRepository unitRepo(m_db);
    QStringList created;
    if (pass && !pass->newUnits.isEmpty()) {
        QSet<QString> codes;
        for (const Unit& u : unitRepo.all())
            codes.insert(u.code);
        for (Unit u : pass->newUnits) {
            u.code = detail::newUnitCode(u.name, codes);
            codes.insert(u.code);
            unitRepo.add(u);
            created.append(u.name);
        }
    }
    const QVector<Unit> units = unitRepo.all();
    NumberSet taken(detail::numbersTaken(m_db, options.year));
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
            detail::readTable(path, units, options, read, [&] {
                if (read.result.errorCount() > 0 || !read.newUnits.isEmpty()) {
                    fast = false;
                    return false;
                }
                for (PlannedItem& p : read.items) {
                    Item& it = p.item;
                    detail::checkWorkflow(p, options, read.result);
                    if (!p.newCoUnits.isEmpty() || read.result.errorCount() > 0 || !read.result.refusal.isEmpty()) {
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
            if (read.result.errorCount() > 0 || !read.result.refusal.isEmpty())
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
    storage::ItemInserter writer(m_db, detail::creationRecord(path, options));
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
    detail::auditImport(m_db, path, options, added);
    tx.commit();
    return r;
}

} // namespace wp::io
