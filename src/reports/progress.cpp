#include "workprogram/reports/progress.h"

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

void ProgressTally::add(ProgressCategory c)
{
    switch (c) {
    case ProgressCategory::DoneOnTime:
        ++onTime;
        break;
    case ProgressCategory::DoneLate:
        ++late;
        break;
    case ProgressCategory::OpenInTime:
        ++openInTime;
        break;
    case ProgressCategory::OpenOverdue:
        ++overdue;
        break;
    case ProgressCategory::Dropped:
        ++dropped;
        break;
    }
}

ProgressTally& ProgressTally::operator+=(const ProgressTally& o)
{
    onTime += o.onTime;
    late += o.late;
    openInTime += o.openInTime;
    overdue += o.overdue;
    dropped += o.dropped;
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
