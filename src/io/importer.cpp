#include "workprogram/io/importer.h"

#include "importsupport.h"
#include "jsonreader.h"
#include "numberset.h"
#include "rowreader.h"
#include "tablefinder.h"

#include "workprogram/core/text.h"
#include "workprogram/core/workflow.h"
#include "workprogram/storage/auditlog.h"
#include "workprogram/storage/importlog.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include "workprogram/storage/iteminserter.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

#include <functional>

namespace wp::io {

namespace detail {
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
QSet<int> numbersTaken(storage::Database& db, int year)
{
    if (std::optional<Program> p = storage::ProgramRepository(db).byYear(year))
        return storage::ItemRepository(db).numbers(p->id);
    return {};
}
} // namespace detail

QString ImportIssue::format(const QString& file, bool withCliHint) const
{
    QString where = file;
    if (!rowLabel.isEmpty())
        where += QLatin1Char(':') + rowLabel;
    else if (row > 0)
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

namespace detail {

/// A CSV or text file, whose rows are strictly as wide as the header (a spreadsheet or a Word
/// table may have notes beside it).
bool isTextTable(const QString& path)
{
    static const QStringList spreadsheets{QStringLiteral("xlsx"), QStringLiteral("xlsm"), QStringLiteral("xls"),
                                          QStringLiteral("ods"),  QStringLiteral("docx"), QStringLiteral("docm")};
    return !spreadsheets.contains(QFileInfo(path).suffix().toLower());
}

/// What the reader says about the file (the Word table it read, the TCVN3 columns it converted)
/// as warnings, and its way of naming rows ("bảng 2, dòng 5") and columns on every issue so far.
void describeReaderIssues(const TableReader& reader, ImportResult& result)
{
    for (const ReadError& w : reader.warnings()) {
        QString column;
        if (w.column >= 0)
            column = w.column < result.header.names.size() && !result.header.names.at(w.column).isEmpty()
                         ? result.header.names.at(w.column)
                         : reader.columnLabel(w.column);
        result.addWarning(ImportIssue(w.row, column, w.message, w.column));
    }
    for (QVector<ImportIssue>* issues : {&result.errors, &result.warnings}) {
        for (ImportIssue& issue : *issues) {
            if (issue.row > 0 && issue.rowLabel.isEmpty())
                issue.rowLabel = reader.rowLabel(issue.row);
            if (issue.columnIndex >= 0 && issue.column == columnLetter(issue.columnIndex))
                issue.column = reader.columnLabel(issue.columnIndex);
        }
    }
}

/// Reads the rows of @p path into @p plan: the table and its header (TableFinder), then every data
/// row through the interpreter. @p afterRow runs after each data row (the streaming import takes
/// the planned items from there) and stops the reading by returning false. Returns false when
/// reading stopped with an error (in plan.result.errors).
bool readTable(const QString& path, const QVector<Unit>& units, const ImportOptions& options, ImportPlan& plan,
               const std::function<bool()>& afterRow)
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
        ImportIssue issue(e.row, e.column >= 0 ? reader->columnLabel(e.column) : QString(), e.message, e.column);
        issue.rowLabel = reader->rowLabel(e.row);
        result.addError(issue);
        describeReaderIssues(*reader, result);
        return false;
    };

    TableFinder finder(*reader, options, &units);
    if (!finder.find(result)) {
        if (reader->failed())
            return readingFailed();
        describeReaderIssues(*reader, result);
        return false;
    }
    // A text file has no room beside the table for notes: a cell past the header is an error
    // there. Workbooks and documents often have notes beside.
    const bool strictWidth = !json && isTextTable(path) && result.tables.isEmpty();
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
    describeReaderIssues(*reader, result);
    return true;
}

} // namespace detail

namespace {

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

} // namespace

namespace detail {

/// Why the workflow refuses to import @p item (file row @p row), or empty. Without accounts the
/// import follows the Office's rules, the widest role (as ItemService does).
QString refusalOf(const Item& item, int row, const ImportOptions& options)
{
    // Called for every row of an import: nothing is built unless the row is refused.
    const Role role = options.actor ? options.actor->role : Role::Office;
    auto who = [&] {
        return options.actor ? QStringLiteral("%1 (%2)").arg(options.actor->login, RoleInfo::label(role))
                             : Importer::tr("người nhập (chưa có tài khoản: theo quyền của Văn phòng)");
    };
    const QVector<Status> allowed = Workflow::importStatuses(role);
    if (!allowed.contains(item.status)) {
        QStringList labels;
        for (Status s : allowed)
            labels.append(QStringLiteral("\"%1\"").arg(StatusInfo::label(s)));
        return Importer::tr("dòng %1: nội dung ở trạng thái \"%2\" không nhập được; %3 chỉ đưa nội dung mới tới các "
                            "trạng thái %4 theo quy trình, các trạng thái khác phải đi qua quy trình (duyệt, ký ban "
                            "hành, báo cáo tiến độ)")
            .arg(row)
            .arg(StatusInfo::label(item.status), who(), labels.join(QStringLiteral(", ")));
    }
    if (role == Role::Unit && item.leadUnitId != options.actor->unitId)
        return Importer::tr("dòng %1: nội dung do đơn vị khác chủ trì; %2 chỉ nhập được nội dung của đơn vị mình")
            .arg(row)
            .arg(who());
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
void auditImport(storage::Database& db, const QString& path, const ImportOptions& options, int items)
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

/// How the imported items' `create` rows read: by the importer, without a comment (the audit
/// log's one `import` row names the file; a comment on each of 100 000 rows was 3 MB).
storage::CreationRecord creationRecord(const QString& /*path*/, const ImportOptions& options)
{
    return storage::CreationRecord{options.actor ? options.actor->login : QString(), QString(), true};
}

/// The workflow's word on a planned item: text it refuses at entry (an error naming the row), or
/// the first refusal of the whole import (the CLI exits with 5). The program's own refusal (it
/// is signed) is checked once, before the rows.
void checkWorkflow(const PlannedItem& p, const ImportOptions& options, ImportResult& result)
{
    if (const QString problem = Workflow::textProblem(p.item); !problem.isEmpty())
        result.addError(ImportIssue(p.row, QString(), problem));
    if (result.refusal.isEmpty())
        result.refusal = refusalOf(p.item, p.row, options);
}
} // namespace detail

ImportPlan Importer::plan(const QString& path, const ImportOptions& options)
{
    ImportPlan plan = start(path);
    if (plan.result.errorCount() != 0)
        return plan;
    const QVector<Unit> units = storage::UnitRepository(m_db).all();
    if (!detail::readTable(path, units, options, plan))
        return plan;
    // Keep the file's numbers (STT) when they are usable as they are; otherwise number anew.
    Tally tally(units, detail::numbersTaken(m_db, options.year));
    for (const PlannedItem& p : std::as_const(plan.items))
        tally.add(p);
    tally.finish(plan);
    if (plan.result.renumbered) {
        int next = plan.renumberFrom;
        for (PlannedItem& p : plan.items)
            p.item.number = next++;
    }
    plan.result.refusal = detail::programRefusal(m_db, options.year);
    for (const PlannedItem& p : std::as_const(plan.items))
        detail::checkWorkflow(p, options, plan.result);
    plan.result.ok = plan.result.errorCount() == 0 && plan.result.refusal.isEmpty();
    return plan;
}

ImportPlan Importer::check(const QString& path, const ImportOptions& options)
{
    ImportPlan plan = start(path);
    if (plan.result.errorCount() != 0)
        return plan;
    const QVector<Unit> units = storage::UnitRepository(m_db).all();
    Tally tally(units, detail::numbersTaken(m_db, options.year));
    plan.result.refusal = detail::programRefusal(m_db, options.year);
    const bool read = detail::readTable(path, units, options, plan, [&] {
        for (const PlannedItem& p : std::as_const(plan.items))
            tally.add(p);
        for (const PlannedItem& p : std::as_const(plan.items))
            detail::checkWorkflow(p, options, plan.result);
        plan.items.clear();
        return true;
    });
    if (read)
        tally.finish(plan);
    plan.result.ok = plan.result.errorCount() == 0 && plan.result.refusal.isEmpty();
    return plan;
}

/// The plan of @p path before anything is read. Reading the open database as a table would drop
/// SQLite's locks on it (see Database::isOpenDatabaseFile): refused, with the error, before any
/// reader opens it.
ImportPlan Importer::start(const QString& path)
{
    ImportPlan plan;
    plan.source = path;
    if (storage::Database::isOpenDatabaseFile(path))
        plan.result.addError(ImportIssue(0, QString(),
                                         tr("%1 là tệp cơ sở dữ liệu đang mở, không phải bảng chương trình công tác")
                                             .arg(QFileInfo(path).fileName())));
    return plan;
}

void Importer::apply(ImportPlan& plan, const ImportOptions& options)
{
    storage::Transaction tx(m_db, storage::Transaction::Mode::Bulk);
    storage::UnitRepository unitRepo(m_db);
    QSet<QString> codes;
    for (const Unit& u : unitRepo.all())
        codes.insert(u.code);
    QHash<QString, qint64> newIds;
    for (Unit& u : plan.newUnits) {
        u.code = detail::newUnitCode(u.name, codes);
        codes.insert(u.code);
        u.id = unitRepo.add(u);
        newIds.insert(text::foldKey(u.name), u.id);
    }
    const Program program = storage::ProgramRepository(m_db).ensure(options.year);
    storage::ItemInserter writer(m_db, detail::creationRecord(plan.source, options));
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
    detail::auditImport(m_db, plan.source, options, int(plan.items.size()));
    tx.commit();
    plan.result.written = true;
}

void Importer::recordImport(qint64 programId, const ImportResult& result)
{
    storage::ImportLogRepository(m_db).record(programId, QFileInfo(result.file).fileName(), result.itemsAdded,
                                              result.stated);
}

} // namespace wp::io
