#pragma once

// Private to wp_io: what the importer's two files (importer.cpp: plan, check, apply;
// importer_streaming.cpp: run and the one-pass write) share.

#include "workprogram/io/importer.h"
#include "workprogram/storage/iteminserter.h"

#include <QSet>

#include <functional>

namespace wp::io::detail {

/// Reads the rows of @p path into @p plan: the table found (TableFinder), then every data row
/// through the interpreter. @p afterRow runs after each data row (the streaming import and
/// check() take the planned items from there) and stops the reading by returning false.
/// Returns false when reading stopped with an error (in plan.result.errors).
bool readTable(const QString& path, const QVector<Unit>& units, const ImportOptions& options, ImportPlan& plan,
               const std::function<bool()>& afterRow = {});

/// A code for a unit created by an import: the initials of its name, made unique among @p taken.
QString newUnitCode(const QString& name, const QSet<QString>& taken);

/// The STT numbers already used in the program of @p year.
QSet<int> numbersTaken(storage::Database& db, int year);

/// Why the workflow refuses to import @p item (file row @p row) for the importer of @p options,
/// or empty.
QString refusalOf(const Item& item, int row, const ImportOptions& options);

/// Why the program of @p year takes no new items now (it is signed), or empty.
QString programRefusal(storage::Database& db, int year);

/// Text the workflow refuses at entry (an error naming the row), and the first refusal of the
/// whole import (in result.refusal).
void checkWorkflow(const PlannedItem& p, const ImportOptions& options, ImportResult& result);

/// The audit log's row of an import: by whom, into which year, from which file, how many items.
void auditImport(storage::Database& db, const QString& path, const ImportOptions& options, int items);

/// How the imported items' `create` rows read: by the importer, "nhập từ tệp NAME".
storage::CreationRecord creationRecord(const QString& path, const ImportOptions& options);

} // namespace wp::io::detail
