#pragma once

#include "workprogram/core/item.h"

#include <QDate>
#include <QHash>
#include <QVector>

namespace wp::reports {

/// The Government Office's four progress categories, plus items no longer in the program.
enum class ProgressCategory
{
    DoneOnTime,  ///< hoàn thành đúng hạn
    DoneLate,    ///< hoàn thành quá hạn
    OpenInTime,  ///< chưa hoàn thành, còn trong hạn (also items with no due date)
    OpenOverdue, ///< chưa hoàn thành, quá hạn
    Dropped,     ///< withdrawn or rejected: outside the four categories and the rate
};

/// The category of an item on @p asOf. There is no completion date yet, so a done item counts
/// as late only when the record proves it: it existed before its due date (@p createdOn <= due)
/// and was last changed after it (@p lastChangedOn > due). An item entered after its deadline
/// had passed (an import of a past program) carries no such evidence and counts as on time.
/// Open items are overdue exactly as wp::isOverdue() says (due before @p asOf).
ProgressCategory classifyProgress(Status status, QDate due, QDate createdOn, QDate lastChangedOn, QDate asOf);

/// The same for an item, its times read as local dates.
ProgressCategory classifyProgress(const Item& item, QDate asOf);

/// Whole days an open item is past its due date on @p asOf (0 when not overdue).
int daysOverdue(QDate due, QDate asOf);

/// Counts of one unit (or of all units) by category.
struct ProgressTally
{
    int onTime = 0;
    int late = 0;
    int openInTime = 0;
    int overdue = 0;
    int dropped = 0;

    void add(ProgressCategory c);
    /// Items in the four categories: what the rate is taken over.
    int counted() const { return onTime + late + openInTime + overdue; }
    int done() const { return onTime + late; }
    ProgressTally& operator+=(const ProgressTally& o);
};

/// The tally of @p items by lead unit on @p asOf: what the progress report's per-unit table and
/// the dashboard's completion rates are both made of.
QHash<qint64, ProgressTally> tallyByLeadUnit(const QVector<Item>& items, QDate asOf);

} // namespace wp::reports
