#pragma once

#include "workprogram/core/status.h"
#include "workprogram/core/unit.h"

#include <QHash>
#include <QVector>

#include <array>

namespace wp {

/// How many items a lead unit has in one status (one row of a GROUP BY).
struct UnitStatusCount
{
    qint64 unitId = 0;
    Status status = Status::Draft;
    int count = 0;
};

/// Items per lead unit, broken down by status, with totals computed from the rows — the
/// per-unit table of a program. Totals are never stored anywhere.
class CountTable
{
public:
    struct Row
    {
        Unit unit;
        std::array<int, 9> byStatus{};
        int total() const;
    };

    /// @p units: the units to show, in the order to show them (a unit with no item shows 0);
    /// units of @p counts missing from @p units are appended so that nothing is lost.
    CountTable(const QVector<Unit>& units, const QVector<UnitStatusCount>& counts, const QVector<Unit>& allUnits = {});

    const QVector<Row>& rows() const { return m_rows; }
    int total() const;
    int totalFor(Status s) const;

private:
    QVector<Row> m_rows;
};

} // namespace wp
