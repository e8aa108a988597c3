#include "workprogram/reports/progress.h"

#include <iterator>

namespace wp::reports {

ProgressCategory classifyProgress(Status status, QDate due, QDate createdOn, QDate lastChangedOn, QDate asOf)
{
    if (status == Status::Withdrawn || status == Status::Rejected)
        return ProgressCategory::Dropped;
    if (status == Status::Done) {
        const bool evidenceOfLate =
            due.isValid() && createdOn.isValid() && lastChangedOn.isValid() && createdOn <= due && lastChangedOn > due;
        return evidenceOfLate ? ProgressCategory::DoneLate : ProgressCategory::DoneOnTime;
    }
    return isOverdue(due, status, asOf) ? ProgressCategory::OpenOverdue : ProgressCategory::OpenInTime;
}

ProgressCategory classifyProgress(const Item& item, QDate asOf)
{
    return classifyProgress(item.status, item.deadline.due(), item.createdAt.toLocalTime().date(),
                            item.updatedAt.toLocalTime().date(), asOf);
}

int daysOverdue(QDate due, QDate asOf)
{
    if (!due.isValid() || !asOf.isValid() || due >= asOf)
        return 0;
    return int(due.daysTo(asOf));
}

namespace {

/// The tally's count of each category, in ProgressCategory's order.
constexpr int ProgressTally::*countOf[] = {&ProgressTally::onTime, &ProgressTally::late, &ProgressTally::openInTime,
                                           &ProgressTally::overdue, &ProgressTally::dropped};
static_assert(std::size(countOf) == std::size_t(ProgressCategory::Dropped) + 1);

} // namespace

void ProgressTally::add(ProgressCategory c)
{
    ++(this->*countOf[int(c)]);
}

ProgressTally& ProgressTally::operator+=(const ProgressTally& o)
{
    for (int ProgressTally::*count : countOf)
        this->*count += o.*count;
    return *this;
}

QHash<qint64, ProgressTally> tallyByLeadUnit(const QVector<Item>& items, QDate asOf)
{
    QHash<qint64, ProgressTally> tallies;
    for (const Item& it : items)
        tallies[it.leadUnitId].add(classifyProgress(it, asOf));
    return tallies;
}

} // namespace wp::reports
