#include "workprogram/gui/logindialog.h"

#include "ui_firstadmindialog.h"
#include "ui_logindialog.h"

#include "workprogram/gui/prompts.h"
#include "workprogram/storage/useradmin.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QPushButton>

namespace wp::gui {

LoginDialog::LoginDialog(storage::Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    for (QWidget* w : {static_cast<QWidget*>(m_ui->newPasswordLabel), static_cast<QWidget*>(m_ui->newPasswordEdit),
                       static_cast<QWidget*>(m_ui->repeatLabel), static_cast<QWidget*>(m_ui->repeatEdit)})
        w->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Đăng &nhập"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Hủy"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LoginDialog::~LoginDialog() = default;

bool LoginDialog::refuse(const QString& why, QWidget* focus)
{
    m_ui->errorLabel->setText(Prompts::sentence(why));
    m_ui->errorLabel->show();
    focus->setFocus();
    return false;
}

bool LoginDialog::tryLogin()
{
    if (m_pending)
        return setNewPassword();
    const QString login = m_ui->loginEdit->text().trimmed();
    if (login.isEmpty()) {
        m_ui->errorLabel->setText(tr("Hãy nhập tên đăng nhập."));
        m_ui->errorLabel->show();
        m_ui->loginEdit->setFocus();
        return false;
    }
    try {
        m_user = storage::UserRepository(m_db).authenticate(login, m_ui->passwordEdit->text());
    } catch (const storage::AuthenticationError&) {
        // The same words for an unknown login and a wrong password: nothing to guess from.
        m_ui->errorLabel->setText(tr("Sai tên đăng nhập hoặc mật khẩu. Hãy thử lại."));
        m_ui->errorLabel->show();
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        return false;
    } catch (const wp::Error& e) {
        m_ui->errorLabel->setText(tr("Không kiểm tra được tài khoản: %1").arg(e.message()));
        m_ui->errorLabel->show();
        return false;
    }
    if (m_user->mustChangePassword) {
        // A reset password works once: to choose one's own before anything else.
        m_pending = m_user;
        m_user.reset();
        m_ui->loginEdit->setEnabled(false);
        m_ui->passwordEdit->setEnabled(false);
        for (QWidget* w : {static_cast<QWidget*>(m_ui->newPasswordLabel), static_cast<QWidget*>(m_ui->newPasswordEdit),
                           static_cast<QWidget*>(m_ui->repeatLabel), static_cast<QWidget*>(m_ui->repeatEdit)})
            w->show();
        m_ui->introLabel->setText(tr("Mật khẩu của %1 do quản trị đặt lại và chỉ dùng một lần: hãy chọn mật khẩu "
                                     "mới (nhập hai lần) để đăng nhập.")
                                      .arg(login));
        m_ui->errorLabel->hide();
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Đổi mật khẩu và đăng &nhập"));
        m_ui->newPasswordEdit->setFocus();
        return false;
    }
    accept();
    return true;
}

bool LoginDialog::setNewPassword()
{
    const QString fresh = m_ui->newPasswordEdit->text();
    if (fresh == m_ui->passwordEdit->text()) {
        m_ui->newPasswordEdit->clear();
        m_ui->repeatEdit->clear();
        return refuse(tr("Mật khẩu mới phải khác mật khẩu quản trị đã đặt lại."), m_ui->newPasswordEdit);
    }
    try {
        // The checks and words of `users passwd` and of the CLI's sign-in with a reset password.
        storage::UserAdmin(m_db).setPassword(*m_pending, m_pending->login, fresh, m_ui->repeatEdit->text());
    } catch (const storage::InvalidRequestError& e) {
        const bool mismatch = fresh != m_ui->repeatEdit->text();
        m_ui->repeatEdit->clear();
        return refuse(e.message(), mismatch ? m_ui->repeatEdit : m_ui->newPasswordEdit);
    } catch (const storage::StorageError& e) {
        return refuse(tr("Không đổi được mật khẩu: %1").arg(e.message()), m_ui->newPasswordEdit);
    }
    m_user = m_pending;
    m_user->mustChangePassword = false;
    m_pending.reset();
    accept();
    return true;
}

FirstAdminDialog::FirstAdminDialog(storage::Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstAdminDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    connect(m_ui->createButton, &QPushButton::clicked, this, &FirstAdminDialog::tryCreate);
    connect(m_ui->withoutButton, &QPushButton::clicked, this, &QDialog::reject);
}

FirstAdminDialog::~FirstAdminDialog() = default;

bool FirstAdminDialog::tryCreate()
{
    auto refuse = [this](const QString& why, QWidget* focus) {
        m_ui->errorLabel->setText(Prompts::sentence(why));
        m_ui->errorLabel->show();
        focus->setFocus();
        return false;
    };
    // The checks and words of `users add` (storage::UserAdmin): login, name, password twice,
    // its length. Only the repeat is emptied on a mismatch, so that it can be typed again.
    User u;
    u.login = m_ui->loginEdit->text().trimmed();
    u.fullName = m_ui->nameEdit->text().trimmed();
    u.role = Role::Admin;
    try {
        if (storage::UserRepository(m_db).count() > 0)
            return refuse(tr("Cơ sở dữ liệu đã có tài khoản; hãy đăng nhập."), m_ui->loginEdit);
        u = storage::UserAdmin(m_db).add(std::nullopt, u, m_ui->passwordEdit->text(), m_ui->repeatEdit->text());
    } catch (const storage::InvalidRequestError& e) {
        const bool mismatch = m_ui->passwordEdit->text() != m_ui->repeatEdit->text();
        m_ui->repeatEdit->clear();
        return refuse(e.message(), mismatch ? m_ui->repeatEdit : m_ui->loginEdit);
    } catch (const wp::Error& e) {
        return refuse(tr("Không tạo được tài khoản: %1").arg(e.message()), m_ui->loginEdit);
    }
    m_user = u;
    accept();
    return true;
}

} // namespace wp::gui
