#pragma once

#include "workprogram/core/item.h"

#include <QVector>

namespace wp {

/// The rules of merging items that several units proposed for the same work (issue 4;
/// docs/workflow.md "Merging items"), shared by WorkflowService and the merge dialog.
class Merge
{
public:
    /// Whether an item in status @p s may be merged: proposed or in the draft.
    static bool canMerge(Status s);
    /// The units of @p items: their lead units in the items' order, then their co-units,
    /// without repeats. The merged item's lead unit is chosen among them.
    static QVector<qint64> units(const QVector<Item>& items);
    /// The merged item's co-units by default when @p leadUnitId leads it: units() without it.
    static QVector<qint64> coUnits(const QVector<Item>& items, qint64 leadUnitId);
};

} // namespace wp
