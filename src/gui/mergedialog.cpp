// The Office merges items shared by several units into one (issue 4).
#include "workprogram/gui/mergedialog.h"

#include "screenfit.h"

#include "ui_mergedialog.h"

#include "workprogram/core/merge.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QHeaderView>
#include <QPushButton>

#include <algorithm>

namespace wp::gui {

namespace {
enum Column
{
    Number,
    Content,
    Lead,
    Deadline,
    State,
    ColumnCount
};
} // namespace

MergeDialog::MergeDialog(storage::Database& db, const User& actor, const QVector<Item>& items,
                         const QVector<Unit>& units, int year, QWidget* parent)
    : EditingDialog(parent), m_ui(std::make_unique<Ui::MergeDialog>()), m_db(db), m_actor(actor), m_items(items),
      m_units(units), m_year(year)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Gộp"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Hủy"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    std::sort(m_items.begin(), m_items.end(), [](const Item& a, const Item& b) { return a.number < b.number; });
    // A unit no longer in the year's list still has its name.
    const QVector<qint64> itemUnits = Merge::units(m_items);
    for (qint64 id : itemUnits) {
        const bool known = std::any_of(m_units.begin(), m_units.end(), [id](const Unit& u) { return u.id == id; });
        if (!known)
            if (const std::optional<Unit> u = storage::UnitRepository(m_db).byId(id))
                m_units.append(*u);
    }
    m_ui->introLabel->setText(
        tr("%n nội dung của các đơn vị mô tả cùng một việc được gộp thành một nội dung mới. Các nội dung cũ được "
           "giữ lại với trạng thái \"%1\" và ghi \"gộp vào\" trong lịch sử; khi so sánh, chúng được tính là đã gộp.",
           nullptr, int(m_items.size()))
            .arg(StatusInfo::label(Status::Withdrawn)));
    fillItems();

    QVector<Unit> leadChoices;
    for (qint64 id : itemUnits)
        for (const Unit& u : m_units)
            if (u.id == id)
                leadChoices.append(u);
    m_ui->leadCombo->setUnits(leadChoices);
    m_ui->coUnitsEditor->setUnits(m_units);
    for (const Item& it : m_items)
        m_ui->baseCombo->addItem(tr("số %1 — %2").arg(it.number).arg(it.content.left(90)), it.id);
    connect(m_ui->baseCombo, &QComboBox::currentIndexChanged, this, &MergeDialog::onBaseChanged);
    connect(m_ui->leadCombo, &QComboBox::currentIndexChanged, this, &MergeDialog::onLeadChanged);
    connect(m_ui->deadlineEdit, &QLineEdit::textChanged, this, &MergeDialog::updateDeadlineHint);
    connect(m_ui->itemsTable, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { setBase(m_ui->itemsTable->item(row, Number)->data(Qt::UserRole).toLongLong()); });
    if (!m_items.isEmpty()) {
        m_lead = m_items.first().leadUnitId;
        m_ui->leadCombo->setUnitId(m_lead);
        m_ui->coUnitsEditor->setCheckedIds(Merge::coUnits(m_items, m_lead));
        onBaseChanged();
    }
    m_ui->errorLabel->hide();
    resizeWithinScreen(this, QSize(980, 700)); // never larger than the screen (issue 14)
    markUnchanged();
}

MergeDialog::~MergeDialog() = default;

void MergeDialog::fillItems()
{
    QTableWidget* table = m_ui->itemsTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels(
        {tr("STT"), tr("Nội dung công việc"), tr("Cơ quan chủ trì"), tr("Thời hạn"), tr("Trạng thái")});
    table->setRowCount(int(m_items.size()));
    auto unitName = [this](qint64 id) {
        for (const Unit& u : m_units)
            if (u.id == id)
                return u.name;
        return QString::number(id);
    };
    for (int r = 0; r < m_items.size(); ++r) {
        const Item& it = m_items.at(r);
        auto* number = new QTableWidgetItem(QString::number(it.number));
        number->setData(Qt::UserRole, it.id);
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(r, Number, number);
        auto* content = new QTableWidgetItem(it.content);
        content->setToolTip(it.content);
        table->setItem(r, Content, content);
        table->setItem(r, Lead, new QTableWidgetItem(unitName(it.leadUnitId)));
        auto* deadline = new QTableWidgetItem(it.deadline.text());
        if (it.deadline.hasDueDate())
            deadline->setToolTip(formatDate(it.deadline.due()));
        table->setItem(r, Deadline, deadline);
        auto* state = new QTableWidgetItem(StatusInfo::label(it.status));
        // A status that cannot be merged is marked, not only coloured; the service refuses it.
        if (!Merge::canMerge(it.status)) {
            state->setText(tr("%1 ⚠").arg(StatusInfo::label(it.status)));
            state->setForeground(QColor(0xa8, 0x1c, 0x1c));
            state->setToolTip(tr("Chỉ gộp được nội dung \"%1\" hoặc \"%2\"")
                                  .arg(StatusInfo::label(Status::Proposed), StatusInfo::label(Status::InDraft)));
        }
        table->setItem(r, State, state);
    }
    // One line per item (the whole content in its tooltip), every item in view without scrolling
    // for the usual two to five.
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    const int rowHeight = table->fontMetrics().height() + 10;
    table->verticalHeader()->setDefaultSectionSize(rowHeight);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(Content, QHeaderView::Stretch);
    for (int c : {int(Number), int(Lead), int(Deadline), int(State)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    const int shown = std::clamp(int(m_items.size()), 2, 5);
    table->setMinimumHeight(header->sizeHint().height() + shown * rowHeight + 2 * table->frameWidth() + 2);
}

void MergeDialog::setBase(qint64 itemId)
{
    const int i = m_ui->baseCombo->findData(itemId);
    if (i >= 0)
        m_ui->baseCombo->setCurrentIndex(i);
}

void MergeDialog::onBaseChanged()
{
    const qint64 id = m_ui->baseCombo->currentData().toLongLong();
    for (const Item& it : m_items) {
        if (it.id != id)
            continue;
        m_ui->contentEdit->setPlainText(it.content);
        m_ui->deadlineEdit->setText(it.deadline.text());
    }
    updateDeadlineHint();
}

void MergeDialog::onLeadChanged()
{
    const qint64 lead = m_ui->leadCombo->unitId();
    if (!lead || lead == m_lead)
        return;
    // The old lead becomes a co-unit again, the new one stops being one; other choices stay.
    QVector<qint64> co = m_ui->coUnitsEditor->checkedIds();
    co.removeAll(lead);
    if (m_lead && !co.contains(m_lead))
        co.prepend(m_lead);
    m_ui->coUnitsEditor->setCheckedIds(co);
    m_lead = lead;
}

void MergeDialog::updateDeadlineHint()
{
    QString why;
    const std::optional<wp::Deadline> d = wp::Deadline::parse(m_ui->deadlineEdit->text(), m_year, &why);
    if (!d) {
        // The core's own list of the accepted forms, as the CLI and the import say it.
        m_ui->deadlineHint->setText(
            tr("Không đọc được. Các cách viết được chấp nhận: %1").arg(wp::Deadline::acceptedForms()));
        m_ui->deadlineHint->setToolTip(why);
        return;
    }
    m_ui->deadlineHint->setToolTip(QString());
    if (d->hasDueDate())
        m_ui->deadlineHint->setText(tr("Hạn: %1").arg(formatDate(d->due())));
    else
        m_ui->deadlineHint->setText(d->isEmpty() ? tr("Chưa có thời hạn") : tr("Không có ngày hạn cố định"));
}

bool MergeDialog::refuse(const QString& why, QWidget* focus)
{
    m_ui->errorLabel->setText(Prompts::sentence(why));
    m_ui->errorLabel->show();
    if (focus)
        focus->setFocus();
    return false;
}

bool MergeDialog::tryMerge()
{
    storage::MergeRequest request;
    request.content = m_ui->contentEdit->toPlainText().trimmed();
    if (request.content.isEmpty())
        return refuse(tr("Hãy nhập nội dung công việc sau khi gộp."), m_ui->contentEdit);
    request.leadUnitId = m_ui->leadCombo->unitId();
    if (!request.leadUnitId)
        return refuse(tr("Hãy chọn cơ quan chủ trì trong các đơn vị của các nội dung được gộp."), m_ui->leadCombo);
    QString why;
    const std::optional<wp::Deadline> deadline = wp::Deadline::parse(m_ui->deadlineEdit->text(), m_year, &why);
    if (!deadline)
        return refuse(tr("Thời hạn: %1").arg(why), m_ui->deadlineEdit);
    request.deadline = *deadline;
    QVector<qint64> co = m_ui->coUnitsEditor->checkedIds();
    co.removeAll(request.leadUnitId);
    request.coUnitIds = co;
    request.comment = m_ui->reasonEdit->text().trimmed();
    // The item the content comes from goes first: the service takes the other fields from it.
    const qint64 base = m_ui->baseCombo->currentData().toLongLong();
    request.itemIds.append(base);
    for (const Item& it : m_items)
        if (it.id != base)
            request.itemIds.append(it.id);
    try {
        m_merged = storage::WorkflowService(m_db, m_actor).merge(request);
    } catch (const wp::Error& e) {
        refuse(e.message(), nullptr);
        Prompts::warning(this, tr("Không gộp được"), e.message());
        return false;
    }
    QDialog::accept();
    return true;
}

void MergeDialog::accept()
{
    tryMerge();
}

} // namespace wp::gui
