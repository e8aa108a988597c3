#pragma once

#include <QStyledItemDelegate>

namespace wp::models {
class ItemTableModel;
}

namespace wp::gui {

/// Editors for the items table: units with accent-insensitive type-ahead, co-units as a
/// checkable list, deadlines checked as they are typed, statuses, and the values already used
/// for leaders, groups, forms and levels. While a search is on, the words it matched are marked
/// in the content cells (models::ItemFilterProxy::SearchMarksRole).
class ItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ItemDelegate(models::ItemTableModel* items, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The text of the cell at @p index as painted in @p option's rectangle: whole lines only, the
    /// last one that fits ending in "…" when more follows (the whole text is the cell's tooltip).
    QString shownText(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    /// How many lines a row shows: its height comes from the font (MainWindow).
    static constexpr int RowLines = 2;

    /// The background of the marked words.
    static QColor markColor();

signals:
    /// An editor held text that cannot be accepted; the message says why.
    void invalidInput(const QString& message) const;

private:
    models::ItemTableModel* m_items;
};

} // namespace wp::gui
