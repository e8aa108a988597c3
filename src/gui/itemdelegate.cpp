#include "workprogram/gui/itemdelegate.h"

#include "workprogram/core/search.h"
#include "workprogram/gui/unitpicker.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextLayout>
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

QColor ItemDelegate::markColor()
{
    return QColor(0xFF, 0xD5, 0x4F);
}

namespace {

/// @p text laid out in @p width as the style lays out a cell's text: wrapped at words when the
/// view wraps, the last line that fits elided when more follows. The text of the lines before the
/// elided one is @p text's own, so positions in @p text stay valid in the layout's text.
void layOut(QTextLayout& layout, const QStyleOptionViewItem& opt, const QString& text, qreal width, qreal height)
{
    QTextOption option;
    option.setWrapMode((opt.features & QStyleOptionViewItem::WrapText) ? QTextOption::WordWrap
                                                                       : QTextOption::ManualWrap);
    option.setTextDirection(opt.direction);
    option.setAlignment(QStyle::visualAlignment(opt.direction, opt.displayAlignment));
    auto lines = [&](const QString& t) {
        layout.clearLayout();
        layout.setText(t);
        layout.setFont(opt.font);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
            line.setLineWidth(width);
        layout.endLayout();
    };
    lines(text);
    qreal y = 0;
    int fit = 0;
    while (fit < layout.lineCount() && (fit == 0 || y + layout.lineAt(fit).height() <= height))
        y += layout.lineAt(fit++).height();
    if (fit < layout.lineCount()) {
        const int start = layout.lineAt(fit - 1).textStart();
        const QString last = QFontMetricsF(opt.font).elidedText(text.mid(start), opt.textElideMode, width);
        lines(text.left(start) + last);
    }
    y = 0;
    for (int i = 0; i < layout.lineCount(); ++i) {
        QTextLine line = layout.lineAt(i);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
}

} // namespace

QString ItemDelegate::shownText(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    QTextLayout layout;
    layOut(layout, opt, opt.text, rect.width(), rect.height());
    return layout.text();
}

void ItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto marks = index.data(models::ItemFilterProxy::SearchMarksRole).value<QVector<search::Mark>>();
    // The cell as the style draws it (background, selection, focus), then its text laid out as
    // the style lays it out, but in whole lines: the style's own drawing centres a text taller
    // than the row and cuts its first and last lines through the middle (issue 14). The marked
    // words of a search are on a coloured ground.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    QTextLayout layout;
    layOut(layout, opt, text, rect.width(), rect.height());
    if (marks.isEmpty() && layout.text() == text) { // it fits: the style draws it as always
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    qreal height = 0;
    for (int i = 0; i < layout.lineCount(); ++i)
        height += layout.lineAt(i).height();
    qreal top = rect.top();
    if (opt.displayAlignment & Qt::AlignVCenter)
        top += (rect.height() - height) / 2;
    else if (opt.displayAlignment & Qt::AlignBottom)
        top += rect.height() - height;
    QTextCharFormat marked;
    marked.setBackground(markColor());
    marked.setForeground(QColor(Qt::black)); // readable on the mark in a selected row too
    QVector<QTextLayout::FormatRange> ranges;
    const int shown = int(layout.text().size()) - (layout.text() == text ? 0 : 1); // not the "…"
    for (const search::Mark& m : marks) {
        const int end = std::min(int(m.start + m.length), shown);
        if (m.start < end)
            ranges.append({int(m.start), end - int(m.start), marked});
    }
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setClipRect(rect);
    painter->setPen(
        opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(rect.left(), top), ranges);
    painter->restore();
}

} // namespace wp::gui
