#include "workprogram/gui/itemdelegate.h"

#include "workprogram/gui/unitpicker.h"
#include "workprogram/models/itemtablemodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolTip>

namespace wp::gui {

using models::ItemTableModel;

ItemDelegate::ItemDelegate(ItemTableModel* items, QObject* parent) : QStyledItemDelegate(parent), m_items(items) {}

QWidget* ItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    switch (index.column()) {
    case ItemTableModel::LeadUnit: {
        auto* combo = new UnitComboBox(parent);
        combo->setUnits(m_items->yearUnits());
        return combo;
    }
    case ItemTableModel::CoUnits: {
        auto* list = new UnitListEditor(parent);
        list->setAutoFillBackground(true);
        list->setUnits(m_items->yearUnits());
        return list;
    }
    case ItemTableModel::Status: {
        auto* combo = new QComboBox(parent);
        for (Status s : StatusInfo::all())
            combo->addItem(StatusInfo::label(s), int(s));
        return combo;
    }
    case ItemTableModel::Leader:
    case ItemTableModel::Group:
    case ItemTableModel::Form:
    case ItemTableModel::Level: {
        auto* combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(m_items->distinctValues(ItemTableModel::Column(index.column())));
        return combo;
    }
    case ItemTableModel::Deadline: {
        auto* edit = new QLineEdit(parent);
        edit->setPlaceholderText(tr("15/06/2023, Tháng 6, Quý II, Thường xuyên…"));
        const int year = m_items->year();
        connect(edit, &QLineEdit::textEdited, edit, [edit, year](const QString& text) {
            QString why;
            const bool ok = Deadline::parse(text, year, &why).has_value();
            edit->setStyleSheet(ok ? QString() : QStringLiteral("QLineEdit { background: #fde2e2; }"));
            edit->setToolTip(ok ? QString() : why);
        });
        return edit;
    }
    case ItemTableModel::Content:
    case ItemTableModel::Note:
        return new QLineEdit(parent);
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* units = qobject_cast<UnitComboBox*>(editor)) {
        units->setUnitId(index.data(ItemTableModel::LeadUnitIdRole).toLongLong());
        return;
    }
    if (auto* list = qobject_cast<UnitListEditor*>(editor)) {
        QVector<qint64> ids;
        for (const QVariant& v : index.data(ItemTableModel::CoUnitIdsRole).toList())
            ids.append(v.toLongLong());
        list->setCheckedIds(ids);
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (index.column() == ItemTableModel::Status)
            combo->setCurrentIndex(combo->findData(index.data(ItemTableModel::StatusRole)));
        else
            combo->setEditText(index.data(Qt::EditRole).toString());
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        edit->setText(index.data(ItemTableModel::EditTextRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* units = qobject_cast<UnitComboBox*>(editor)) {
        const qint64 id = units->unitId();
        if (!id) {
            emit invalidInput(tr("Không có đơn vị \"%1\"; hãy chọn trong danh sách.").arg(units->currentText()));
            return;
        }
        model->setData(index, id, Qt::EditRole);
        return;
    }
    if (auto* list = qobject_cast<UnitListEditor*>(editor)) {
        QVariantList ids;
        for (qint64 id : list->checkedIds())
            ids.append(id);
        model->setData(index, ids, Qt::EditRole);
        return;
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (index.column() == ItemTableModel::Status)
            model->setData(index, combo->currentData(), Qt::EditRole);
        else
            model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        if (index.column() == ItemTableModel::Deadline) {
            QString why;
            if (!Deadline::parse(edit->text(), m_items->year(), &why)) {
                // Refuse the text: say why where the user is looking, keep the old value.
                QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())), why, edit);
                emit invalidInput(why);
                return;
            }
        }
        model->setData(index, edit->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void ItemDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    if (qobject_cast<UnitListEditor*>(editor)) {
        // The list needs more room than a cell: open it downwards from the cell.
        QRect r = option.rect;
        r.setWidth(std::max(r.width(), 320));
        r.setHeight(260);
        const QWidget* viewport = editor->parentWidget();
        if (viewport && r.bottom() > viewport->height())
            r.moveBottom(std::max(viewport->height() - 1, r.height()));
        editor->setGeometry(r);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

} // namespace wp::gui
