#include "workprogram/gui/unitpicker.h"

#include "workprogram/core/search.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace wp::gui {

namespace {
constexpr int SearchTextRole = Qt::UserRole + 1; ///< search::unitText of the unit
constexpr int IdRole = Qt::UserRole;

/// Writes the real name into the line edit.
class NameCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex& index) const override { return index.data(Qt::DisplayRole).toString(); }
};

} // namespace

/// The units a query finds among the combo box's own, for its type-ahead (QCompleter can only
/// look for the typed text itself, not for words).
class UnitQueryProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setQuery(const QString& text)
    {
        m_query = search::Query(text);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QByteArray text = sourceModel()->index(row, 0, parent).data(SearchTextRole).toByteArray();
        return !text.isEmpty() && m_query.matches(text); // not the "no unit" entry
    }

private:
    search::Query m_query;
};

UnitComboBox::UnitComboBox(QWidget* parent) : QComboBox(parent), m_matches(new UnitQueryProxy(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    m_matches->setSourceModel(model());
    auto* completer = new NameCompleter(this);
    completer->setModel(m_matches);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    // The proxy has chosen the units already: the popup shows them all.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompleter(completer);
    connect(lineEdit(), &QLineEdit::textEdited, this, &UnitComboBox::onTextEdited);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& name) {
        const int i = findText(name);
        if (i >= 0)
            setCurrentIndex(i);
    });
}

void UnitComboBox::onTextEdited(const QString& text)
{
    m_matches->setQuery(text);
    if (!text.isEmpty())
        completer()->complete();
}

int UnitComboBox::matchCount() const
{
    return m_matches->rowCount();
}

void UnitComboBox::setUnits(const QVector<Unit>& units, const QString& emptyText)
{
    const qint64 current = unitId();
    clear();
    if (!emptyText.isEmpty())
        addItem(emptyText, qint64(0));
    for (const Unit& u : units) {
        addItem(u.name, u.id);
        setItemData(count() - 1, search::unitText(u), SearchTextRole);
        if (!u.shortName.isEmpty() && u.shortName != u.name)
            setItemData(count() - 1, u.shortName, Qt::ToolTipRole);
    }
    setUnitId(current);
}

qint64 UnitComboBox::unitId() const
{
    // The typed text must name a unit; otherwise nothing is chosen.
    const int i = findText(currentText(), Qt::MatchFixedString);
    return i >= 0 ? itemData(i, IdRole).toLongLong() : 0;
}

void UnitComboBox::setUnitId(qint64 id)
{
    const int i = findData(id, IdRole);
    setCurrentIndex(i);
    if (i < 0)
        setEditText(QString());
}

UnitListEditor::UnitListEditor(QWidget* parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_list(new QListWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_filter->setPlaceholderText(tr("Lọc đơn vị (không cần dấu)"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    setFocusProxy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, &UnitListEditor::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const qint64 id = item->data(IdRole).toLongLong();
        if (item->checkState() == Qt::Checked && !m_order.contains(id))
            m_order.append(id);
        else if (item->checkState() != Qt::Checked)
            m_order.removeAll(id);
    });
}

void UnitListEditor::setUnits(const QVector<Unit>& units)
{
    m_list->clear();
    for (const Unit& u : units) {
        auto* item = new QListWidgetItem(u.name, m_list);
        item->setData(IdRole, u.id);
        item->setData(SearchTextRole, search::unitText(u));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

QVector<qint64> UnitListEditor::checkedIds() const
{
    return m_order;
}

void UnitListEditor::setCheckedIds(const QVector<qint64>& ids)
{
    m_order.clear();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setCheckState(ids.contains(item->data(IdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    m_order = ids;
}

void UnitListEditor::applyFilter(const QString& text)
{
    const search::Query query(text);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setHidden(!query.matches(item->data(SearchTextRole).toByteArray()));
    }
}

} // namespace wp::gui
