#include "workprogram/gui/itemdialog.h"

#include "ui_itemdialog.h"

#include "workprogram/gui/prompts.h"
#include "workprogram/models/itemtablemodel.h"

#include <QPushButton>

namespace wp::gui {

using models::ItemTableModel;

ItemDialog::ItemDialog(const ItemTableModel& items, const Item& item, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ItemDialog>()), m_item(item), m_year(items.year())
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
    m_initial = fieldsText();
}

QString ItemDialog::fieldsText() const
{
    QStringList co;
    for (qint64 id : m_ui->coUnitsEditor->checkedIds())
        co.append(QString::number(id));
    return QStringList{QString::number(m_ui->numberSpin->value()),
                       m_ui->contentEdit->toPlainText(),
                       m_ui->leadCombo->currentText(),
                       co.join(QLatin1Char(',')),
                       m_ui->deadlineEdit->text(),
                       m_ui->leaderCombo->currentText(),
                       m_ui->groupCombo->currentText(),
                       m_ui->formCombo->currentText(),
                       m_ui->levelCombo->currentText(),
                       m_ui->statusCombo->currentText(),
                       m_ui->noteEdit->toPlainText()}
        .join(QChar(0x1f));
}

void ItemDialog::reject()
{
    if (hasChanges() &&
        Prompts::question(this, tr("Bỏ các thay đổi?"),
                          tr("Các thay đổi vừa nhập chưa được lưu. Bỏ các thay đổi và đóng hộp thoại?")) !=
            QMessageBox::Yes)
        return;
    QDialog::reject();
}

ItemDialog::~ItemDialog() = default;

void ItemDialog::updateDeadlineHint()
{
    QString why;
    const std::optional<Deadline> d = Deadline::parse(m_ui->deadlineEdit->text(), m_year, &why);
    if (!d) {
        m_ui->deadlineHint->setText(tr("Không đọc được"));
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
    m_ui->errorLabel->setText(problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace wp::gui
