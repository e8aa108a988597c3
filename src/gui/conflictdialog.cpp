#include "workprogram/gui/conflictdialog.h"

#include "screenfit.h"

#include "workprogram/core/fieldtext.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/history.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wp::gui {

namespace {

/// Whether @p a and @p b differ in @p f (what an edit writes).
bool differs(const Item& a, const Item& b, ItemField f)
{
    switch (f) {
    case ItemField::Content:
        return a.content != b.content;
    case ItemField::LeadUnit:
        return a.leadUnitId != b.leadUnitId;
    case ItemField::CoUnits:
        return a.coUnitIds != b.coUnitIds || a.coUnitsText != b.coUnitsText;
    case ItemField::Deadline:
        return a.deadline.text() != b.deadline.text();
    case ItemField::Leader:
        return a.leader != b.leader;
    case ItemField::Group:
        return a.group != b.group;
    case ItemField::Form:
        return a.form != b.form;
    case ItemField::Level:
        return a.level != b.level;
    case ItemField::Note:
        return a.note != b.note;
    case ItemField::Number:
    case ItemField::Status:
        break;
    }
    return false;
}

/// Takes @p f of @p from into @p to.
void take(Item& to, const Item& from, ItemField f)
{
    switch (f) {
    case ItemField::Content:
        to.content = from.content;
        break;
    case ItemField::LeadUnit:
        to.leadUnitId = from.leadUnitId;
        break;
    case ItemField::CoUnits:
        to.coUnitIds = from.coUnitIds;
        to.coUnitsText = from.coUnitsText;
        break;
    case ItemField::Deadline:
        to.deadline = from.deadline;
        break;
    case ItemField::Leader:
        to.leader = from.leader;
        break;
    case ItemField::Group:
        to.group = from.group;
        break;
    case ItemField::Form:
        to.form = from.form;
        break;
    case ItemField::Level:
        to.level = from.level;
        break;
    case ItemField::Note:
        to.note = from.note;
        break;
    case ItemField::Number:
    case ItemField::Status:
        break;
    }
}

enum Column
{
    FieldColumn,
    YoursColumn,
    TheirsColumn,
    ColumnCount
};

} // namespace

ConflictDialog::ConflictDialog(storage::Database& db, const models::ItemTableModel& items,
                               const QVector<models::ItemConflict>& conflicts, QWidget* parent)
    : QDialog(parent), m_items(items), m_conflicts(conflicts)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Người khác vừa sửa nội dung này"));
    auto* layout = new QVBoxLayout(this);
    QStringList who;
    for (const models::ItemConflict& c : m_conflicts)
        who.append(
            c.theirs.rowVersion == 0
                ? tr("Nội dung số %1 đã bị xóa sau khi bạn mở nó.").arg(c.yours.number)
                : tr("Nội dung số %1 đã được %2 sau khi bạn mở nó.").arg(c.yours.number).arg(changedBy(db, c.theirs)));
    auto* intro =
        new QLabel(who.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                       tr("Chưa ghi gì. Dưới đây là giá trị của bạn bên cạnh giá trị hiện có. Đánh dấu các giá "
                          "trị của bạn cần ghi lên bản hiện có, hoặc giữ nguyên bản của họ."),
                   this);
    intro->setObjectName(QStringLiteral("conflictIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Trường"), tr("Giá trị của bạn (ghi đè khi đánh dấu)"), tr("Giá trị hiện có")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(YoursColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const models::ItemConflict& c = m_conflicts.at(i);
        for (ItemField f : ItemFields::editable()) {
            if (!differs(c.yours, c.theirs, f))
                continue;
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_rows.append({i, f});
            const QString label = m_conflicts.size() > 1
                                      ? tr("Số %1: %2").arg(c.yours.number).arg(ItemFields::header(f))
                                      : ItemFields::header(f);
            m_table->setItem(row, FieldColumn, new QTableWidgetItem(label));
            auto* yours = new QTableWidgetItem(valueText(c.yours, f));
            yours->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            // Yours is ticked where you changed the field; theirs stays where only they did.
            const bool deleted = c.theirs.rowVersion == 0;
            yours->setCheckState(!deleted && differs(c.yours, c.read, f) ? Qt::Checked : Qt::Unchecked);
            if (deleted)
                yours->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_table->setItem(row, YoursColumn, yours);
            m_table->setItem(row, TheirsColumn,
                             new QTableWidgetItem(deleted ? tr("(đã xóa)") : valueText(c.theirs, f)));
        }
    }
    m_table->resizeRowsToContents();
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* write = buttons->addButton(tr("&Ghi giá trị của bạn"), QDialogButtonBox::AcceptRole);
    write->setObjectName(QStringLiteral("writeYoursButton"));
    write->setDefault(true);
    QPushButton* keep = buttons->addButton(tr("Giữ &bản của họ"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepTheirsButton"));
    connect(write, &QPushButton::clicked, this, &QDialog::accept);
    connect(keep, &QPushButton::clicked, this, [this] {
        m_keepTheirs = true;
        QDialog::reject();
    });
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(820, 420));
}

void ConflictDialog::reject()
{
    // Esc and the close button: what was typed goes only when the person says so.
    if (m_keepTheirs ||
        Prompts::question(this, windowTitle(), tr("Bỏ những giá trị bạn đã nhập và giữ bản của người khác?")) ==
            QMessageBox::Yes) {
        m_keepTheirs = true;
        QDialog::reject();
    }
}

QVector<Item> ConflictDialog::merged() const
{
    QVector<Item> result;
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const models::ItemConflict& c = m_conflicts.at(i);
        if (c.theirs.rowVersion == 0)
            continue;
        Item it = c.theirs;
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows.at(row).conflict == i && m_table->item(row, YoursColumn)->checkState() == Qt::Checked)
                take(it, c.yours, m_rows.at(row).field);
        result.append(it);
    }
    return result;
}

QString ConflictDialog::valueText(const Item& it, ItemField f) const
{
    if (const std::optional<QString> text = plainFieldText(it, f))
        return *text;
    switch (f) {
    case ItemField::LeadUnit:
        return m_items.unitName(it.leadUnitId);
    case ItemField::CoUnits: {
        QStringList names;
        for (qint64 id : it.coUnitIds)
            names.append(m_items.unitName(id));
        if (!it.coUnitsText.isEmpty())
            names.append(it.coUnitsText);
        return names.join(QStringLiteral("; "));
    }
    default: // the number and the status are not edited in a dialog
        return QString();
    }
}

QString ConflictDialog::changedBy(storage::Database& db, const Item& theirs) const
{
    // The last row of the item's history says who and when (storage's one form, as in the
    // conflict message); without one, the item's own time.
    storage::LastChange last;
    last.at = theirs.updatedAt;
    try {
        if (const std::optional<storage::LastChange> l = storage::HistoryRepository(db).lastChange(theirs.id))
            last = *l;
    } catch (const wp::Error&) {
        // who is unknown; the values below are what matters
    }
    return last.login.isEmpty() ? tr("sửa lúc %1 (không đăng nhập)").arg(last.when())
                                : tr("%1 sửa lúc %2").arg(last.who(), last.when());
}

} // namespace wp::gui
