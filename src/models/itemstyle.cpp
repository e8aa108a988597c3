#include "workprogram/models/itemstyle.h"

#include "workprogram/models/itemtablemodel.h"

#include <QBrush>
#include <QColor>

namespace wp::models {

QVariant ItemStyle::foreground(const Item& item, int column, QDate today)
{
    if (item.isOverdue(today) && (column == ItemTableModel::Deadline || column == ItemTableModel::Number))
        return QBrush(QColor(0xA8, 0x1C, 0x1C));
    return {};
}

QVariant ItemStyle::decoration(const Item& item, int column, QDate today)
{
    if (column == ItemTableModel::Deadline && item.isOverdue(today)) {
        static const QColor red(0xC6, 0x28, 0x28);
        return red;
    }
    return {};
}

int ItemStyle::alignment(int column)
{
    return int((column == ItemTableModel::Number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
}

} // namespace wp::models
