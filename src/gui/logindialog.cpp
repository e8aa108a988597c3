#include "workprogram/gui/logindialog.h"

#include "ui_firstadmindialog.h"
#include "ui_logindialog.h"

#include "workprogram/storage/userrepository.h"

#include <QPushButton>

namespace wp::gui {

LoginDialog::LoginDialog(storage::Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Đăng &nhập"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Hủy"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LoginDialog::~LoginDialog() = default;

bool LoginDialog::tryLogin()
{
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
    } catch (const storage::StorageError& e) {
        m_ui->errorLabel->setText(tr("Không kiểm tra được tài khoản: %1").arg(e.message()));
        m_ui->errorLabel->show();
        return false;
    }
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
        m_ui->errorLabel->setText(why);
        m_ui->errorLabel->show();
        focus->setFocus();
        return false;
    };
    const QString login = m_ui->loginEdit->text().trimmed();
    if (login.isEmpty() || login.contains(QLatin1Char(' ')))
        return refuse(tr("Tên đăng nhập không được trống và không có dấu cách."), m_ui->loginEdit);
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        return refuse(tr("Hãy nhập họ và tên."), m_ui->nameEdit);
    if (m_ui->passwordEdit->text().isEmpty())
        return refuse(tr("Hãy đặt mật khẩu."), m_ui->passwordEdit);
    if (m_ui->passwordEdit->text() != m_ui->repeatEdit->text()) {
        m_ui->repeatEdit->clear();
        return refuse(tr("Hai lần nhập mật khẩu không khớp nhau."), m_ui->repeatEdit);
    }
    User u;
    u.login = login;
    u.fullName = m_ui->nameEdit->text().trimmed();
    u.role = Role::Admin;
    try {
        storage::UserRepository users(m_db);
        if (users.count() > 0)
            return refuse(tr("Cơ sở dữ liệu đã có tài khoản; hãy đăng nhập."), m_ui->loginEdit);
        users.add(u, m_ui->passwordEdit->text());
    } catch (const storage::StorageError& e) {
        return refuse(tr("Không tạo được tài khoản: %1").arg(e.message()), m_ui->loginEdit);
    }
    m_user = u;
    accept();
    return true;
}

} // namespace wp::gui
