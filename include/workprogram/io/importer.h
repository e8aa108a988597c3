#pragma once

#include "workprogram/core/item.h"
#include "workprogram/core/unit.h"
#include "workprogram/core/user.h"
#include "workprogram/io/columns.h"
#include "workprogram/io/table.h"
#include "workprogram/storage/database.h"
#include "workprogram/storage/iteminserter.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace wp::io {

struct ImportOptions
{
    int year = 0;
    bool createUnits = false;            ///< add units for names not in the registry
    bool dryRun = false;                 ///< validate and report, write nothing
    std::optional<Status> defaultStatus; ///< for rows without a status (default: proposed)
    std::optional<ColumnMap> columns;    ///< overrides the columns found under the header row
    ReadOptions read;
    /// Who imports (none: a database without accounts). The items' `create` rows name them, and
    /// the workflow limits what they may bring in: the Office any unit's items in a status it could
    /// reach itself (Workflow::reachable), a unit only its own unit's items, only as proposals.
    std::optional<User> actor;
};

/// A problem found while importing, located as a person finds it: FILE:ROW:COLUMN.
struct ImportIssue
{
    int row = 0;    ///< 0: the file as a whole
    QString column; ///< the column's header as written, or its letter; empty: the row as a whole
    QString message;
    int columnIndex = -1; ///< 0-based column in the file, -1 when not a cell
    QString format(const QString& file) const;
};

/// What an import did or would do.
struct ImportResult
{
    bool ok = false;
    bool written = false;
    QVector<ImportIssue> errors;
    QVector<ImportIssue> warnings;
    HeaderMatch header;
    int itemsAdded = 0;
    QVector<QPair<QString, int>> perUnit; ///< unit name and items added, in registry order
    QStringList createdUnits;
    bool renumbered = false; ///< STT values could not be kept and were assigned anew
    /// Set when the workflow refuses the import as a whole (the CLI exits with 5): the importer's
    /// role may not bring in a row's status or unit, or the program is signed. Nothing is written.
    QString refusal;
    /// How many batches the one-pass path (written while read) wrote the items in; 0 when the
    /// two-step path (plan, then apply) did. For tests and diagnostics.
    int streamedBatches = 0;
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
    QVector<PlannedItem> items;
    QVector<Unit> newUnits; ///< units to create (with --create-units)
};

/// Reads a work-program table (xlsx, csv or json) into items of one program year, all or
/// nothing: any bad row and nothing is written.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(wp::io::Importer)

public:
    explicit Importer(storage::Database& db) : m_db(db) {}

    /// Reads and validates @p path without writing.
    ImportPlan plan(const QString& path, const ImportOptions& options);
    /// Writes a plan without errors in one transaction. Throws StorageError on failure.
    /// (The planned items get their ids; afterwards plan.result says what was written.)
    void apply(ImportPlan& plan, const ImportOptions& options);
    /// plan() then apply() unless there are errors or it is a dry run.
    ImportResult run(const QString& path, const ImportOptions& options);

private:
    /// run()'s fast path; nothing when it does not apply (see the definition).
    std::optional<ImportResult> runStreaming(const QString& path, const ImportOptions& options);

    storage::Database& m_db;
};

} // namespace wp::io

Q_DECLARE_TYPEINFO(wp::io::PlannedItem, Q_RELOCATABLE_TYPE);
