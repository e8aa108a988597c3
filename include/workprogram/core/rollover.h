#pragma once

#include "workprogram/core/deadline.h"
#include "workprogram/core/status.h"

namespace wp {

/// A deadline carried into the next year's program with its unfinished item.
struct CarriedDeadline
{
    Deadline deadline;
    bool needsReview = false; ///< a calendar date (or something unreadable): a person decides
};

/// Year rollover rules. An item is unfinished unless it is done, withdrawn or rejected.
/// Periods ("Quý II", "Tháng 6/2023", "6 tháng đầu năm", "Trước 30/6") move into @p toYear;
/// a calendar date stays as written and needs review; deadlines without a due date
/// ("Thường xuyên", "Hằng tháng", none) stay as they are.
class Rollover
{
public:
    static bool isUnfinished(Status s) { return s != Status::Done && s != Status::Withdrawn && s != Status::Rejected; }
    static CarriedDeadline carry(const Deadline& d, int fromYear, int toYear);
};

} // namespace wp
