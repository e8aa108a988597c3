#pragma once

#include "workprogram/core/item.h"
#include "workprogram/core/program.h"
#include "workprogram/core/unit.h"
#include "workprogram/storage/database.h"
#include "workprogram/storage/reportsettingsrepository.h"
#include "workprogram/storage/snapshotrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QVector>

namespace wp::reports {

enum class ReportKind
{
    UnitSummary, ///< one document per lead unit, each starting on a new page
    Appendix,    ///< the whole program as the appendix of the issuing decision
    Progress,    ///< completion by unit on a day, and the overdue items
};

/// How the appendix groups its items.
enum class GroupBy
{
    Unit,
    Month,
    Quarter
};

/// What to print. Everything not set has a sensible default.
struct ReportRequest
{
    ReportKind kind = ReportKind::UnitSummary;
    QVector<qint64> unitIds; ///< lead units to cover; empty: every unit
    GroupBy groupBy = GroupBy::Unit;
    QDate asOf; ///< progress: the day items are judged on (invalid: today)
    QDate date; ///< the document's date (invalid: today)
};

/// Where a report's data comes from: the live database now, a snapshot of the program later
/// (the workflow issue). A source is read once; the report never goes back to it.
class ReportSource
{
public:
    virtual ~ReportSource() = default;
    /// Printed in every page footer: "Trạng thái hiện tại" or the snapshot's name.
    virtual QString label() const = 0;
    /// The SHA-256 of what is printed when it is fixed (a snapshot's hash), printed in every
    /// page's footer so that a paper copy can be checked with `verify --head`; empty for now.
    virtual QString hash() const { return QString(); }
    virtual Program program() const = 0;
    virtual storage::ReportSettings settings() const = 0;
    /// The units of the program's year, in display order.
    virtual QVector<Unit> unitsInYear() const = 0;
    /// Every unit (to name co-units and the lead units of other years).
    virtual QVector<Unit> allUnits() const = 0;
    /// Items led by @p leadUnitIds (all when empty), by number.
    virtual QVector<Item> items(const QVector<qint64>& leadUnitIds) const = 0;
};

/// The program as the database holds it now.
class DatabaseSource : public ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::DatabaseSource)

public:
    DatabaseSource(storage::Database& db, Program program) : m_db(db), m_program(std::move(program)) {}
    QString label() const override;
    Program program() const override { return m_program; }
    storage::ReportSettings settings() const override;
    QVector<Unit> unitsInYear() const override;
    QVector<Unit> allUnits() const override;
    QVector<Item> items(const QVector<qint64>& leadUnitIds) const override;

private:
    storage::Database& m_db;
    Program m_program;
};

/// A frozen snapshot of the program: its items (content, units, deadline, status) exactly as
/// they were at one step, and the units' names as they were then (today's for a snapshot taken
/// before snapshots kept them). The report settings and the units' order are today's.
class SnapshotSource : public ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(wp::reports::SnapshotSource)

public:
    SnapshotSource(storage::Database& db, Program program, storage::Snapshot snapshot);
    /// "Ảnh chụp #3 — Đã ban hành, 15/01/2023"
    QString label() const override;
    QString hash() const override { return m_snapshot.hash; }
    Program program() const override { return m_program; }
    storage::ReportSettings settings() const override;
    QVector<Unit> unitsInYear() const override;
    QVector<Unit> allUnits() const override;
    QVector<Item> items(const QVector<qint64>& leadUnitIds) const override;

private:
    /// @p units with the codes and names the snapshot kept.
    QVector<Unit> asThen(QVector<Unit> units) const;

    storage::Database& m_db;
    Program m_program;
    storage::Snapshot m_snapshot;
    QVector<Item> m_items;
    QHash<qint64, Unit> m_units;
};

/// Everything a report prints, gathered beforehand so that rendering needs no database and
/// every number on the page is computed from the items listed on it.
struct ReportData
{
    ReportKind kind = ReportKind::UnitSummary;
    GroupBy groupBy = GroupBy::Unit;
    Program program;
    storage::ReportSettings settings;
    QString sourceLabel; ///< "Trạng thái hiện tại"
    QString sourceHash;  ///< ReportSource::hash(): a snapshot's SHA-256, printed in the footers
    QDate date;          ///< the document's date; invalid leaves it blank to write at signing
    QDate asOf;          ///< progress: the day items are judged on
    QVector<Unit> units; ///< the units covered, in print order (a unit with no item included)
    QVector<Unit> allUnits;
    QVector<Item> items; ///< the items of those units, by number

    /// Reads @p source for @p request.
    static ReportData build(const ReportSource& source, const ReportRequest& request);
};

} // namespace wp::reports
