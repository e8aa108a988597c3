#include "workprogram/gui/bulkeditdialog.h"

#include "ui_bulkeditdialog.h"

#include "workprogram/gui/prompts.h"
#include "workprogram/models/itemtablemodel.h"

#include <QPushButton>

namespace wp::gui {

using models::ItemTableModel;

BulkEditDialog::BulkEditDialog(const ItemTableModel& items, QVector<Item> selected, QWidget* parent)
    : EditingDialog(parent), m_ui(std::make_unique<Ui::BulkEditDialog>()), m_selected(std::move(selected)),
      m_year(items.year())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Áp dụng"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    m_ui->summaryLabel->setText(tr("Đặt các trường được đánh dấu cho %n nội dung đã chọn. Có thể hoàn tác bằng Ctrl+Z.",
                                   nullptr, int(m_selected.size())));
    m_ui->leadCombo->setUnits(items.yearUnits());
    m_ui->leaderCombo->addItems(items.distinctValues(ItemTableModel::Leader));
    m_ui->leaderCombo->setEditText(QString());
    m_ui->groupCombo->addItems(items.distinctValues(ItemTableModel::Group));
    m_ui->groupCombo->setEditText(QString());
    for (Status s : StatusInfo::all())
        m_ui->statusCombo->addItem(StatusInfo::label(s), int(s));
    markUnchanged();
}

BulkEditDialog::~BulkEditDialog() = default;

void BulkEditDialog::limitTo(const User& user)
{
    m_ui->statusCheck->setChecked(false);
    m_ui->statusCheck->setEnabled(false);
    m_ui->statusCheck->setToolTip(
        tr("Khi đã đăng nhập, trạng thái đổi bằng các thao tác duyệt (Duyệt → Chuyển trạng thái)."));
    if (user.role == Role::Unit) {
        m_ui->leadCheck->setChecked(false);
        m_ui->leadCheck->setEnabled(false);
        m_ui->leadCheck->setToolTip(tr("Chỉ Văn phòng mới được đổi cơ quan chủ trì."));
    }
    markUnchanged();
}

QString BulkEditDialog::apply()
{
    std::optional<Deadline> deadline;
    if (m_ui->deadlineCheck->isChecked()) {
        QString why;
        deadline = Deadline::parse(m_ui->deadlineEdit->text(), m_year, &why);
        if (!deadline)
            return tr("Thời hạn: %1").arg(why);
    }
    qint64 lead = 0;
    if (m_ui->leadCheck->isChecked()) {
        lead = m_ui->leadCombo->unitId();
        if (!lead)
            return tr("Hãy chọn cơ quan chủ trì trong danh sách.");
    }
    if (!m_ui->leadCheck->isChecked() && !m_ui->leaderCheck->isChecked() && !m_ui->groupCheck->isChecked() &&
        !deadline && !m_ui->statusCheck->isChecked())
        return tr("Hãy đánh dấu ít nhất một trường cần đặt.");
    m_result = m_selected;
    for (Item& it : m_result) {
        if (lead) {
            it.leadUnitId = lead;
            it.coUnitIds.removeAll(lead);
        }
        if (m_ui->leaderCheck->isChecked())
            it.leader = m_ui->leaderCombo->currentText().trimmed();
        if (m_ui->groupCheck->isChecked())
            it.group = m_ui->groupCombo->currentText().trimmed();
        if (deadline)
            it.deadline = *deadline;
        if (m_ui->statusCheck->isChecked())
            it.status = Status(m_ui->statusCombo->currentData().toInt());
    }
    return QString();
}

void BulkEditDialog::accept()
{
    const QString problem = apply();
    m_ui->errorLabel->setText(Prompts::sentence(problem));
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace wp::gui
