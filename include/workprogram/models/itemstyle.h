#pragma once

#include "workprogram/core/item.h"

#include <QDate>
#include <QVariant>

namespace wp::models {

/// How the cells of the items table look: the colours that mark an overdue item and the
/// alignment of each column. Colour is never the only mark: the deadline's text says
/// "quá hạn" too (ItemTableModel).
class ItemStyle
{
public:
    /// Qt::ForegroundRole of @p column of @p item on @p today (invalid: the view's default).
    static QVariant foreground(const Item& item, int column, QDate today);
    /// Qt::DecorationRole of @p column of @p item on @p today.
    static QVariant decoration(const Item& item, int column, QDate today);
    /// Qt::TextAlignmentRole of @p column.
    static int alignment(int column);
};

} // namespace wp::models
