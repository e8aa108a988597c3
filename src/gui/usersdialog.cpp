// User management for administrators: the list of accounts, adding one, resetting a password,
// locking and unlocking.
#include "workprogram/gui/usersdialog.h"

#include "screenfit.h"

#include "ui_adduserdialog.h"
#include "ui_passworddialog.h"
#include "ui_usersdialog.h"

#include "workprogram/gui/prompts.h"
#include "workprogram/models/userlistmodel.h"
#include "workprogram/storage/useradmin.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

namespace wp::gui {

using models::UserListModel;

UsersDialog::UsersDialog(storage::Database& db, const User& actor, const QVector<Unit>& units, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UsersDialog>()), m_db(db), m_actor(actor), m_units(units),
      m_model(new UserListModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("usersDialog"));
    m_ui->introLabel->setText(
        tr("Tài khoản của cơ sở dữ liệu này. Quản trị thêm người dùng, đặt lại mật khẩu và khóa tài khoản của người "
           "đã nghỉ hoặc chuyển công tác (lịch sử của họ vẫn giữ nguyên); mật khẩu được lưu dưới dạng mã băm "
           "(argon2id), không ai xem được, kể cả Quản trị."));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Đó&ng"));
    m_ui->usersView->setModel(m_model);
    m_ui->usersView->verticalHeader()->hide();
    QHeaderView* header = m_ui->usersView->horizontalHeader();
    header->resizeSection(UserListModel::Login, 175); // room for "(đã khóa)"
    header->resizeSection(UserListModel::FullName, 185);
    header->resizeSection(UserListModel::Title, 170);
    header->resizeSection(UserListModel::RoleColumn, 110);
    header->setStretchLastSection(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_ui->passwordButton, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_ui->lockButton, &QPushButton::clicked, this, &UsersDialog::toggleLocked);
    connect(m_ui->usersView, &QAbstractItemView::doubleClicked, this, &UsersDialog::resetPassword);
    refresh();
    resizeWithinScreen(this, QSize(940, 520)); // never larger than the screen (issue 14)
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::refresh(const QString& login)
{
    try {
        m_model->load(m_db);
    } catch (const wp::Error& e) {
        Prompts::warning(this, tr("Không đọc được danh sách người dùng"), e.message());
    }
    // The model was reset: the selection model is new to this load.
    connect(m_ui->usersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersDialog::updateButtons, Qt::UniqueConnection);
    const int row = login.isEmpty() ? -1 : m_model->rowOfLogin(login);
    if (row >= 0)
        m_ui->usersView->selectRow(row);
    updateButtons();
}

QString UsersDialog::selectedLogin() const
{
    const QModelIndexList rows = m_ui->usersView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(UserListModel::LoginRole).toString();
}

void UsersDialog::updateButtons()
{
    const int row = m_model->rowOfLogin(selectedLogin());
    m_ui->passwordButton->setEnabled(row >= 0);
    const bool locked = row >= 0 && !m_model->user(row).active;
    m_ui->lockButton->setText(locked ? tr("Mở &khóa tài khoản") : tr("&Khóa tài khoản"));
    // Nobody locks their own account (UserAdmin says so too).
    m_ui->lockButton->setEnabled(row >= 0 && (locked || m_model->user(row).id != m_actor.id));
}

bool UsersDialog::addUser()
{
    AddUserDialog dialog(m_db, m_actor, m_units, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.added())
        return false;
    refresh(dialog.added()->login);
    return true;
}

bool UsersDialog::resetPassword()
{
    const QString login = selectedLogin();
    const int row = m_model->rowOfLogin(login);
    if (row < 0)
        return false;
    PasswordDialog dialog(m_db, m_actor, m_model->user(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Prompts::information(this, tr("Đặt lại mật khẩu"), tr("Đã đổi mật khẩu của %1.").arg(login));
    return true;
}

bool UsersDialog::toggleLocked()
{
    const QString login = selectedLogin();
    const int row = m_model->rowOfLogin(login);
    if (row < 0)
        return false;
    const User target = m_model->user(row);
    const bool unlock = !target.active;
    const QString question =
        unlock ? tr("Mở khóa tài khoản %1 (%2)? Người đó đăng nhập lại được bằng mật khẩu cũ.")
                     .arg(target.login, target.fullName)
               : tr("Khóa tài khoản %1 (%2)? Người đó không đăng nhập được nữa; những gì họ đã làm vẫn giữ trong "
                    "lịch sử. Có thể mở khóa lại.")
                     .arg(target.login, target.fullName);
    if (Prompts::question(this, unlock ? tr("Mở khóa tài khoản") : tr("Khóa tài khoản"), question) != QMessageBox::Yes)
        return false;
    try {
        storage::UserAdmin(m_db).setActive(m_actor, login, unlock);
    } catch (const wp::Error& e) {
        Prompts::warning(this, unlock ? tr("Không mở khóa được") : tr("Không khóa được"), e.message());
        return false;
    }
    refresh(login);
    return true;
}

AddUserDialog::AddUserDialog(storage::Database& db, const User& actor, const QVector<Unit>& units, QWidget* parent)
    : EditingDialog(parent), m_ui(std::make_unique<Ui::AddUserDialog>()), m_db(db), m_actor(actor)
{
    m_ui->setupUi(this);
    // Enter and Esc: the labels' access keys keep their letters for the fields.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Thêm"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (wp::Role r : RoleInfo::all())
        m_ui->roleCombo->addItem(RoleInfo::label(r), int(r));
    m_ui->unitCombo->setUnits(units);
    m_ui->unitCombo->setUnitId(0);
    m_ui->leaderUnitsEditor->setUnits(units);
    m_ui->hintLabel->setText(tr("Mật khẩu ít nhất %1 ký tự. Cán bộ đơn vị thuộc đúng một đơn vị; lãnh đạo có thể "
                                "được giới hạn ở một số đơn vị (để trống: mọi đơn vị).")
                                 .arg(storage::UserAdmin::MinPasswordLength));
    m_ui->errorLabel->hide();
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, &AddUserDialog::updateRoleFields);
    updateRoleFields();
    markUnchanged();
}

AddUserDialog::~AddUserDialog() = default;

void AddUserDialog::updateRoleFields()
{
    const auto role = wp::Role(m_ui->roleCombo->currentData().toInt());
    m_ui->form->setRowVisible(m_ui->unitCombo, role == wp::Role::Unit);
    m_ui->form->setRowVisible(m_ui->leaderUnitsEditor, role == wp::Role::Leader);
}

bool AddUserDialog::tryAdd()
{
    User u;
    u.login = m_ui->loginEdit->text();
    u.fullName = m_ui->nameEdit->text();
    u.title = m_ui->titleEdit->text();
    u.role = wp::Role(m_ui->roleCombo->currentData().toInt());
    if (u.role == wp::Role::Unit)
        u.unitId = m_ui->unitCombo->unitId();
    else if (u.role == wp::Role::Leader)
        u.leaderUnitIds = m_ui->leaderUnitsEditor->checkedIds();
    try {
        m_added = storage::UserAdmin(m_db).add(m_actor, u, m_ui->passwordEdit->text(), m_ui->repeatEdit->text());
    } catch (const wp::Error& e) {
        // UserAdmin's words, as `users add` says them; the password fields are emptied.
        m_ui->errorLabel->setText(Prompts::sentence(e.message()));
        m_ui->errorLabel->show();
        m_ui->passwordEdit->clear();
        m_ui->repeatEdit->clear();
        return false;
    }
    QDialog::accept();
    return true;
}

void AddUserDialog::accept()
{
    tryAdd();
}

PasswordDialog::PasswordDialog(storage::Database& db, const User& actor, const User& target, QWidget* parent)
    : EditingDialog(parent), m_ui(std::make_unique<Ui::PasswordDialog>()), m_db(db), m_actor(actor), m_target(target)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Mật khẩu mới cho %1 (%2), ít nhất %3 ký tự. Hãy báo mật khẩu cho người đó; họ "
                                 "nên tự đổi lại bằng workprogram-cli users passwd.")
                                  .arg(target.fullName, target.login)
                                  .arg(storage::UserAdmin::MinPasswordLength));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Đặt mật khẩu"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->errorLabel->hide();
    markUnchanged();
}

PasswordDialog::~PasswordDialog() = default;

bool PasswordDialog::trySet()
{
    try {
        storage::UserAdmin(m_db).setPassword(m_actor, m_target.login, m_ui->passwordEdit->text(),
                                             m_ui->repeatEdit->text());
    } catch (const wp::Error& e) {
        m_ui->errorLabel->setText(Prompts::sentence(e.message()));
        m_ui->errorLabel->show();
        m_ui->passwordEdit->clear();
        m_ui->repeatEdit->clear();
        m_ui->passwordEdit->setFocus();
        return false;
    }
    QDialog::accept();
    return true;
}

void PasswordDialog::accept()
{
    trySet();
}

} // namespace wp::gui
