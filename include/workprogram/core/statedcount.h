#pragma once

#include <QString>
#include <QVector>

namespace wp {

/// A number of items a table states about itself — a section heading's "(30 nội dung)", a count
/// on a heading row, a "Tổng cộng" row — beside the rows actually counted under it. Kept with
/// the import so that "why does the list say 534 when the table has 535" has an answer; the
/// program's own totals are always computed from its items.
struct StatedCount
{
    int row = 0;       ///< the row of the file that states it
    QString label;     ///< what it counts: the unit's name, the section's heading, "Tổng cộng"
    qint64 unitId = 0; ///< the unit of a section heading that names one
    int stated = 0;
    int counted = 0;
    bool total = false; ///< a total row (the whole table so far) rather than a section

    bool matches() const { return stated == counted; }
};

} // namespace wp
