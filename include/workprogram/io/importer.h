#pragma once

#include "workprogram/core/item.h"
#include "workprogram/core/statedcount.h"
#include "workprogram/core/unit.h"
#include "workprogram/core/user.h"
#include "workprogram/io/columns.h"
#include "workprogram/io/issue.h"
#include "workprogram/io/table.h"
#include "workprogram/storage/database.h"
#include "workprogram/storage/iteminserter.h"

#include <QCoreApplication>
#include <QVector>

#include <array>
#include <optional>

namespace wp::io {

/// What happens to the rows a file hides (Row::hidden). Either way each is reported.
enum class HiddenRows
{
    Import, ///< imported like the others (the default: nothing in the file is lost unseen)
    Skip,   ///< left out
};

struct ImportOptions
{
    int year = 0;
    bool createUnits = false; ///< add units for names not in the registry
    bool dryRun = false;      ///< validate and report, write nothing
    bool strict = false;      ///< a stated number that differs from the rows counted is an error
    HiddenRows hiddenRows = HiddenRows::Import;
    std::optional<Status> defaultStatus; ///< for rows without a status (default: proposed)
    std::optional<ColumnMap> columns;    ///< overrides the columns found under the header row
    ReadOptions read;
    /// Who imports (none: a database without accounts). The items' `create` rows name them, and
    /// the workflow limits what they may bring in: the Office any unit's items in a status it could
    /// reach itself (Workflow::reachable), a unit only its own unit's items, only as proposals.
    std::optional<User> actor;
};

/// What an import did or would do.
struct ImportResult
{
    /// Kept per kind of warning; the rest are only counted (warningCount()).
    static constexpr int MaxWarningsPerKind = 20;
    /// Errors kept; the rest are only counted (errorCount()).
    static constexpr int MaxErrors = 1000;

    bool ok = false;
    bool written = false;
    QString file;                  ///< the path read
    QVector<ImportIssue> errors;   ///< the first MaxErrors
    QVector<ImportIssue> warnings; ///< the first MaxWarningsPerKind of each kind, in the order found
    HeaderMatch header;
    QVector<TableInfo> tables; ///< every table of the file (sheets), when it has several
    int table = -1;            ///< the index in tables of the one read
    QVector<int> candidates;   ///< tables whose header was found, when the first had none
    int itemsAdded = 0;
    QVector<QPair<QString, int>> perUnit; ///< unit name and items added, in registry order
    QStringList createdUnits;
    bool renumbered = false;     ///< STT values could not be kept and were assigned anew
    QVector<StatedCount> stated; ///< every number the table states, with what was counted
    /// Set when the workflow refuses the import as a whole (the CLI exits with 5): the importer's
    /// role may not bring in a row's status or unit, or the program is signed. Nothing is written.
    QString refusal;
    /// How many batches the one-pass path (written while read) wrote the items in; 0 when the
    /// two-step path (plan, then apply) did. For tests and diagnostics.
    int streamedBatches = 0;

    void addError(ImportIssue issue);
    void addWarning(ImportIssue issue);
    int errorCount() const { return m_errorCount; }
    int warningCount(IssueKind kind) const { return m_warningCounts[size_t(kind)]; }
    int warningCount() const;
    /// The stated numbers that differ from the rows counted.
    QVector<StatedCount> mismatches() const;
    /// How messages name the table read: "trang tính \"Phụ lục\"", or empty for a file of one table.
    QString tableLabel() const { return table >= 0 && table < tables.size() ? tables.at(table).label : QString(); }

private:
    int m_errorCount = 0;
    std::array<int, IssueKindCount> m_warningCounts{};
};

/// A row of the file turned into an item, before it is written.
struct PlannedItem
{
    int row = 0;
    Item item;
    QString newLeadUnit; ///< key into ImportPlan::newUnits when the lead unit is new
    QStringList newCoUnits;
};

/// Everything read and checked from a file, ready to write: the preview of the import wizard.
struct ImportPlan
{
    QString source; ///< the file read (its name is recorded with the imported items)
    ImportResult result;
    QVector<PlannedItem> items; ///< empty after Importer::check()
    QVector<Unit> newUnits;     ///< units to create (with --create-units)
    int renumberFrom = 0;       ///< when result.renumbered: the number of the first item
};

/// Reads a work-program table (xlsx, xls, ods, docx, csv or json) into items of one program year, all or
/// nothing: any bad row and nothing is written.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(wp::io::Importer)

public:
    explicit Importer(storage::Database& db) : m_db(db) {}

    /// Reads and validates @p path without writing: the items for a preview.
    ImportPlan plan(const QString& path, const ImportOptions& options);
    /// plan() that keeps no items, only what the summary and a later write need (counts, new
    /// units, the numbering): its memory stays flat whatever the size of the file. A dry run.
    ImportPlan check(const QString& path, const ImportOptions& options);
    /// Writes a plan without errors in one transaction. Throws StorageError on failure.
    /// (The planned items get their ids; afterwards plan.result says what was written.)
    void apply(ImportPlan& plan, const ImportOptions& options);
    /// plan() then apply() unless there are errors or it is a dry run.
    ImportResult run(const QString& path, const ImportOptions& options);

private:
    struct WritePass;
    /// Reads and writes in one pass; nothing when the rows need what it does not do (see the
    /// definition). With @p pass, writes what check() decided (new units, numbering).
    std::optional<ImportResult> runStreaming(const QString& path, const ImportOptions& options,
                                             const WritePass* pass = nullptr);
    /// Records the import and what the file stated, inside the writing transaction.
    void recordImport(qint64 programId, const ImportResult& result);
    /// A new plan of @p path, with an error when it is this program's open database.
    static ImportPlan start(const QString& path);

    storage::Database& m_db;
};

} // namespace wp::io

Q_DECLARE_TYPEINFO(wp::io::PlannedItem, Q_RELOCATABLE_TYPE);
