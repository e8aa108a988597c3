#include "workprogram/gui/itemdialog.h"

#include "ui_itemdialog.h"

#include "workprogram/gui/prompts.h"
#include "workprogram/models/itemtablemodel.h"

#include <QPushButton>

namespace wp::gui {

using models::ItemTableModel;

ItemDialog::ItemDialog(const ItemTableModel& items, const Item& item, QWidget* parent)
    : EditingDialog(parent), m_ui(std::make_unique<Ui::ItemDialog>()), m_item(item), m_year(items.year())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Lưu"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    m_ui->numberSpin->setValue(std::max(1, item.number));
    m_ui->contentEdit->setPlainText(item.content);
    m_ui->leadCombo->setUnits(items.yearUnits());
    m_ui->leadCombo->setUnitId(item.leadUnitId);
    m_ui->coUnitsEditor->setUnits(items.yearUnits());
    m_ui->coUnitsEditor->setCheckedIds(item.coUnitIds);
    m_ui->deadlineEdit->setText(item.deadline.text());
    const auto fill = [&](QComboBox* combo, ItemTableModel::Column column, const QString& value) {
        combo->addItems(items.distinctValues(column));
        combo->setEditText(value);
    };
    fill(m_ui->leaderCombo, ItemTableModel::Leader, item.leader);
    fill(m_ui->groupCombo, ItemTableModel::Group, item.group);
    fill(m_ui->formCombo, ItemTableModel::Form, item.form);
    fill(m_ui->levelCombo, ItemTableModel::Level, item.level);
    for (Status s : StatusInfo::all())
        m_ui->statusCombo->addItem(StatusInfo::label(s), int(s));
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(int(item.status)));
    m_ui->noteEdit->setPlainText(item.note);
    connect(m_ui->deadlineEdit, &QLineEdit::textChanged, this, &ItemDialog::updateDeadlineHint);
    updateDeadlineHint();
    setWindowTitle(item.id ? tr("Sửa nội dung số %1").arg(item.number) : tr("Thêm nội dung công việc"));
    markUnchanged();
}

ItemDialog::~ItemDialog() = default;

void ItemDialog::limitTo(const User& user)
{
    m_ui->statusCombo->setEnabled(false);
    m_ui->statusCombo->setToolTip(
        tr("Khi đã đăng nhập, trạng thái đổi bằng các thao tác duyệt (Duyệt → Chuyển trạng thái)."));
    if (user.role == Role::Unit) {
        m_ui->leadCombo->setUnitId(user.unitId);
        m_ui->leadCombo->setEnabled(false);
        m_ui->leadCombo->setToolTip(tr("Cán bộ đơn vị nhập nội dung của chính đơn vị mình."));
    }
    markUnchanged();
}

void ItemDialog::updateDeadlineHint()
{
    QString why;
    const std::optional<Deadline> d = Deadline::parse(m_ui->deadlineEdit->text(), m_year, &why);
    if (!d) {
        // The core's own list of the accepted forms, as the CLI and the import say it.
        m_ui->deadlineHint->setText(
            tr("Không đọc được. Các cách viết được chấp nhận: %1").arg(Deadline::acceptedForms()));
        m_ui->deadlineHint->setToolTip(why);
        m_ui->deadlineHint->setStyleSheet(QStringLiteral("color: #a81c1c;"));
        return;
    }
    m_ui->deadlineHint->setStyleSheet(QString());
    m_ui->deadlineHint->setToolTip(QString());
    if (d->hasDueDate())
        m_ui->deadlineHint->setText(tr("Hạn: %1").arg(formatDate(d->due())));
    else
        m_ui->deadlineHint->setText(d->isEmpty() ? tr("Chưa có thời hạn") : tr("Không có ngày hạn cố định"));
}

QString ItemDialog::validate()
{
    Item it = m_item;
    it.number = m_ui->numberSpin->value();
    it.content = m_ui->contentEdit->toPlainText().trimmed();
    if (it.content.isEmpty()) {
        m_ui->contentEdit->setFocus();
        return tr("Hãy nhập nội dung công việc.");
    }
    it.leadUnitId = m_ui->leadCombo->unitId();
    if (!it.leadUnitId) {
        m_ui->leadCombo->setFocus();
        return m_ui->leadCombo->currentText().isEmpty()
                   ? tr("Hãy chọn cơ quan chủ trì.")
                   : tr("Không có đơn vị \"%1\"; hãy chọn trong danh sách.").arg(m_ui->leadCombo->currentText());
    }
    it.coUnitIds = m_ui->coUnitsEditor->checkedIds();
    it.coUnitIds.removeAll(it.leadUnitId);
    QString why;
    const std::optional<Deadline> d = Deadline::parse(m_ui->deadlineEdit->text(), m_year, &why);
    if (!d) {
        m_ui->deadlineEdit->setFocus();
        return tr("Thời hạn: %1").arg(why);
    }
    it.deadline = *d;
    it.leader = m_ui->leaderCombo->currentText().trimmed();
    it.group = m_ui->groupCombo->currentText().trimmed();
    it.form = m_ui->formCombo->currentText().trimmed();
    it.level = m_ui->levelCombo->currentText().trimmed();
    it.status = Status(m_ui->statusCombo->currentData().toInt());
    it.note = m_ui->noteEdit->toPlainText().trimmed();
    m_item = it;
    return QString();
}

void ItemDialog::accept()
{
    const QString problem = validate();
    m_ui->errorLabel->setText(Prompts::sentence(problem));
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace wp::gui
