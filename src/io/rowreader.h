#pragma once

// Private to wp_io: turns the data rows of a table into planned items.

#include "workprogram/core/unitmatcher.h"
#include "workprogram/io/importer.h"

#include <QHash>
#include <QSet>

namespace wp::io {

class RowInterpreter
{
    Q_DECLARE_TR_FUNCTIONS(wp::io::RowInterpreter)

public:
    RowInterpreter(const HeaderMatch& header, const QVector<Unit>& units, const ImportOptions& options,
                   bool strictWidth);

    /// Reads one data row into @p plan (an item, a skipped row, or errors).
    void read(const Row& row, ImportPlan& plan);

private:
    QString cellText(const Row& row, Field f) const;
    const Cell* cell(const Row& row, Field f) const;
    QString columnName(Field f) const;
    void error(ImportPlan& plan, int row, Field f, const QString& message) const;
    /// The id of the unit written as @p name, or 0 when it is (to be) created; sets
    /// @p newKey for new units. Returns false after reporting an error.
    bool resolveUnit(const QString& name, int row, Field f, ImportPlan& plan, qint64* id, QString* newKey);
    bool isHeading(const Row& row) const;
    bool isColumnNumbering(const Row& row) const;
    bool isTotalRow(const Row& row) const;
    /// The row's STT as a usable item number, or 0.
    int itemNumber(const Row& row) const;

    HeaderMatch m_header;
    UnitMatcher m_matcher;
    QHash<qint64, Unit> m_units;
    ImportOptions m_options;
    bool m_strictWidth;
    QString m_headingGroup;
    qint64 m_headingUnit = 0;
    QHash<QString, int> m_newUnitIndex; ///< folded key -> index in plan.newUnits
    // What a cell's text resolved to, for the next row that writes the same: office tables repeat
    // a few dozen unit names, deadlines and statuses over thousands of rows. Only successes are
    // kept, so every bad cell is still reported on its own row.
    QHash<QString, qint64> m_leadCache;
    QHash<QString, QVector<qint64>> m_coUnitsCache;
    QHash<QString, Deadline> m_deadlineCache;
    QHash<QString, Status> m_statusCache;
};

} // namespace wp::io
