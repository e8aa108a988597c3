#include "workprogram/io/importer.h"

#include "jsonreader.h"
#include "rowreader.h"

#include "workprogram/core/text.h"
#include "workprogram/core/workflow.h"
#include "workprogram/storage/auditlog.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include "workprogram/storage/iteminserter.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QHash>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace wp::io {

namespace {
constexpr int HeaderSearchRows = 60;

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

QString ImportIssue::format(const QString& file) const
{
    QString where = file;
    if (row > 0)
        where += QLatin1Char(':') + QString::number(row);
    if (!column.isEmpty())
        where += QLatin1Char(':') + column;
    return where + QStringLiteral(": ") + message;
}

namespace {

/// Reads the rows of @p path into @p plan: the header row, then every data row through the
/// interpreter. @p afterRow runs after each data row (the streaming import takes the planned
/// items from there) and stops the reading by returning false. Returns false when reading
/// stopped with an error (in plan.result.errors).
bool readTable(const QString& path, const QVector<Unit>& units, const ImportOptions& options, ImportPlan& plan,
               const std::function<bool()>& afterRow = {})
{
    ImportResult& result = plan.result;
    ReadError openError;
    std::unique_ptr<TableReader> reader;
    const bool json = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    if (json)
        reader = JsonReader::open(path, &openError);
    else
        reader = openTable(path, options.read, &openError);
    if (!reader) {
        result.errors.append(ImportIssue{openError.row, QString(), openError.message});
        return false;
    }

    std::optional<RowInterpreter> interpreter;
    std::optional<HeaderMatch> bestCandidate;
    int rowsSeen = 0;
    Row row;
    while (reader->next(row)) {
        if (interpreter) {
            interpreter->read(row, plan);
            if (afterRow && !afterRow())
                return true;
            continue;
        }
        if (++rowsSeen > HeaderSearchRows)
            break;
        QString duplicate;
        std::optional<HeaderMatch> m = HeaderMatcher::tryRow(row, &duplicate);
        if (!duplicate.isEmpty()) {
            result.errors.append(ImportIssue{row.number, QString(), duplicate});
            return false;
        }
        if (!m)
            continue;
        if (options.columns && (m->map.has(Field::Content) || m->map.has(Field::LeadUnit)))
            m->map = *options.columns; // the user's mapping, under the header row found
        if (m->map.has(Field::Content) && m->map.has(Field::LeadUnit)) {
            result.header = *m;
            interpreter.emplace(*m, units, options,
                                !json &&
                                    QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0);
        } else if (!bestCandidate) {
            bestCandidate = m;
        }
    }
    if (reader->failed()) {
        const ReadError& e = reader->error();
        result.errors.append(
            ImportIssue{e.row, e.column >= 0 ? columnLetter(e.column) : QString(), e.message, e.column});
        return false;
    }
    if (!interpreter) {
        if (bestCandidate) {
            QStringList missing;
            for (Field f : {Field::Content, Field::LeadUnit})
                if (!bestCandidate->map.has(f))
                    missing.append(QStringLiteral("\"%1\"").arg(FieldInfo::header(f)));
            result.errors.append(ImportIssue{
                bestCandidate->rowNumber, QString(),
                Importer::tr("thiếu cột bắt buộc %1 trong dòng tiêu đề").arg(missing.join(Importer::tr(" và ")))});
        } else if (rowsSeen == 0) {
            result.errors.append(ImportIssue{0, QString(), Importer::tr("tệp không có dữ liệu")});
        } else {
            result.errors.append(
                ImportIssue{0, QString(),
                            Importer::tr("không tìm thấy dòng tiêu đề của bảng (cần ít nhất các cột \"%1\" và \"%2\")")
                                .arg(FieldInfo::header(Field::Content), FieldInfo::header(Field::LeadUnit))});
        }
        return false;
    }
    return true;
}

} // namespace

namespace {

/// Why the workflow refuses to import @p item (file row @p row), or empty. Without accounts the
/// import follows the Office's rules, the widest role (as ItemService does).
QString refusalOf(const Item& item, int row, const ImportOptions& options)
{
    const Role role = options.actor ? options.actor->role : Role::Office;
    const QString who = options.actor ? QStringLiteral("%1 (%2)").arg(options.actor->login, RoleInfo::label(role))
                                      : Importer::tr("người nhập (chưa có tài khoản: theo quyền của Văn phòng)");
    const QVector<Status> allowed = Workflow::importStatuses(role);
    if (!allowed.contains(item.status)) {
        QStringList labels;
        for (Status s : allowed)
            labels.append(QStringLiteral("\"%1\"").arg(StatusInfo::label(s)));
        return Importer::tr("dòng %1: nội dung ở trạng thái \"%2\" không nhập được; %3 chỉ đưa nội dung mới tới các "
                            "trạng thái %4 theo quy trình, các trạng thái khác phải đi qua quy trình (duyệt, ký ban "
                            "hành, báo cáo tiến độ)")
            .arg(row)
            .arg(StatusInfo::label(item.status), who, labels.join(QStringLiteral(", ")));
    }
    if (role == Role::Unit && item.leadUnitId != options.actor->unitId)
        return Importer::tr("dòng %1: nội dung do đơn vị khác chủ trì; %2 chỉ nhập được nội dung của đơn vị mình")
            .arg(row)
            .arg(who);
    return QString();
}

/// Why the program of @p year takes no new items now (it is signed), or empty.
QString programRefusal(storage::Database& db, int year)
{
    const std::optional<Program> p = storage::ProgramRepository(db).byYear(year);
    if (!p || p->state != ProgramState::Issued)
        return QString();
    return Importer::tr("chương trình năm %1 đã ký ban hành: không thêm nội dung được cho đến khi Văn phòng mở điều "
                        "chỉnh, bổ sung chương trình")
        .arg(year);
}

/// The audit log's row of an import: by whom, into which year, from which file, how many items.
void recordImport(storage::Database& db, const QString& path, const ImportOptions& options, int items)
{
    storage::AuditEntry e;
    e.login = options.actor ? options.actor->login : QString(QLatin1String(""));
    e.kind = storage::AuditLog::Import;
    e.target = QString::number(options.year);
    e.details = QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()},
                            {QStringLiteral("size"), QFileInfo(path).size()},
                            {QStringLiteral("items"), items}};
    storage::AuditLog(db).append(e);
}

/// How the imported items' `create` rows read: by the importer, "nhập từ tệp NAME".
storage::CreationRecord creationRecord(const QString& path, const ImportOptions& options)
{
    return storage::CreationRecord{options.actor ? options.actor->login : QString(),
                                   Importer::tr("nhập từ tệp %1").arg(QFileInfo(path).fileName())};
}
} // namespace

ImportPlan Importer::plan(const QString& path, const ImportOptions& options)
{
    ImportPlan plan;
    plan.source = path;
    ImportResult& result = plan.result;
    if (storage::Database::isOpenDatabaseFile(path)) {
        // Reading it would drop SQLite's locks on it (see Database::isOpenDatabaseFile).
        result.errors.append({0, QString(), tr("%1 là tệp cơ sở dữ liệu đang mở, không phải bảng chương trình công tác")
                                                .arg(QFileInfo(path).fileName())});
        return plan;
    }
    const QVector<Unit> units = storage::UnitRepository(m_db).all();
    if (!readTable(path, units, options, plan))
        return plan;
    if (plan.items.isEmpty() && result.errors.isEmpty())
        result.errors.append(ImportIssue{0, QString(), tr("bảng không có nội dung công việc nào")});

    // Keep the file's numbers (STT) when they are usable as they are; otherwise number anew.
    storage::ProgramRepository programs(m_db);
    QSet<int> taken;
    if (std::optional<Program> p = programs.byYear(options.year))
        taken = storage::ItemRepository(m_db).numbers(p->id);
    const QSet<int> existing = taken;
    bool keep = true;
    for (const PlannedItem& p : plan.items) {
        if (p.item.number <= 0 || taken.contains(p.item.number)) {
            keep = false;
            break;
        }
        taken.insert(p.item.number);
    }
    if (!keep) {
        int next = existing.isEmpty() ? 1 : *std::max_element(existing.begin(), existing.end()) + 1;
        for (PlannedItem& p : plan.items)
            p.item.number = next++;
        result.renumbered = !plan.items.isEmpty();
        if (result.renumbered)
            result.warnings.append(ImportIssue{0, QString(),
                                               tr("cột STT trống, trùng hoặc không phải số: các nội dung được đánh "
                                                  "số lại từ %1")
                                                   .arg(plan.items.first().item.number)});
    }

    // What the workflow allows the importer, checked once the rows are read: nothing is written
    // when it refuses (the CLI exits with 5).
    for (const PlannedItem& p : std::as_const(plan.items))
        if (const QString problem = Workflow::textProblem(p.item); !problem.isEmpty())
            result.errors.append({p.row, QString(), problem});
    if (result.errors.isEmpty()) {
        result.refusal = programRefusal(m_db, options.year);
        for (const PlannedItem& p : std::as_const(plan.items)) {
            if (!result.refusal.isEmpty())
                break;
            result.refusal = refusalOf(p.item, p.row, options);
        }
    }

    // Items per unit, in registry order, then the new units.
    QHash<qint64, int> perUnit;
    QHash<QString, int> perNewUnit;
    for (const PlannedItem& p : plan.items) {
        if (p.newLeadUnit.isEmpty())
            perUnit[p.item.leadUnitId] += 1;
        else
            perNewUnit[p.newLeadUnit] += 1;
    }
    for (const Unit& u : units)
        if (perUnit.contains(u.id))
            result.perUnit.append({u.name, perUnit.value(u.id)});
    for (const Unit& u : plan.newUnits) {
        result.createdUnits.append(u.name);
        if (int n = perNewUnit.value(text::foldKey(u.name)))
            result.perUnit.append({u.name, n});
    }
    result.itemsAdded = int(plan.items.size());
    result.ok = result.errors.isEmpty() && result.refusal.isEmpty();
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
    storage::ItemInserter writer(m_db, creationRecord(plan.source, options));
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
    recordImport(m_db, plan.source, options, int(plan.items.size()));
    tx.commit();
    plan.result.written = true;
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

ImportResult Importer::run(const QString& path, const ImportOptions& options)
{
    if (!options.dryRun && !storage::Database::isOpenDatabaseFile(path)) {
        if (std::optional<ImportResult> r = runStreaming(path, options))
            return *r;
    }
    ImportPlan p = plan(path, options);
    if (p.result.ok && !options.dryRun)
        apply(p, options);
    return p.result;
}

// The common case of a large import, in two threads: one reads and checks the rows and encodes
// them (storage::ItemBatch), the other writes them inside one transaction as they come. Anything
// the fast path does not cover (a bad row, a unit to create, numbers to assign anew, an empty
// table) rolls the transaction back and returns nothing: run() then takes the two-step path,
// whose messages are the reference.
std::optional<ImportResult> Importer::runStreaming(const QString& path, const ImportOptions& options)
{
    if (!programRefusal(m_db, options.year).isEmpty())
        return std::nullopt; // plan() says why
    const QVector<Unit> units = storage::UnitRepository(m_db).all();
    QSet<int> taken;
    if (std::optional<Program> p = storage::ProgramRepository(m_db).byYear(options.year))
        taken = storage::ItemRepository(m_db).numbers(p->id);

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
                if (!read.result.errors.isEmpty() || !read.newUnits.isEmpty()) {
                    fast = false;
                    return false;
                }
                for (const PlannedItem& p : std::as_const(read.items)) {
                    const Item& it = p.item;
                    if (!p.newCoUnits.isEmpty() || it.number <= 0 || taken.contains(it.number) ||
                        !refusalOf(it, p.row, options).isEmpty() || !Workflow::textProblem(it).isEmpty()) {
                        fast = false;
                        return false;
                    }
                    taken.insert(it.number);
                    batch.append(it);
                    perUnit[it.leadUnitId] += 1;
                    ++added;
                }
                read.items.clear();
                if (batch.size() >= BatchSize || batch.textBytes() >= BatchBytes)
                    flush();
                return more;
            });
            if (!read.result.errors.isEmpty())
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

    std::optional<ImportResult> result;
    {
        storage::Transaction tx(m_db);
        const Program program = storage::ProgramRepository(m_db).ensure(options.year);
        storage::ItemInserter writer(m_db, creationRecord(path, options));
        storage::ItemBatch batch;
        int batches = 0;
        while (queue.pop(batch)) {
            writer.insert(batch, program.id);
            ++batches;
        }
        reader.join();
        if (readerException)
            std::rethrow_exception(readerException);
        if (fast && added > 0) {
            recordImport(m_db, path, options, added);
            tx.commit();
            ImportResult r = read.result;
            for (const Unit& u : units)
                if (perUnit.contains(u.id))
                    r.perUnit.append({u.name, perUnit.value(u.id)});
            r.itemsAdded = added;
            r.ok = true;
            r.written = true;
            r.streamedBatches = batches;
            result = r;
        }
    }
    return result;
}

} // namespace wp::io
