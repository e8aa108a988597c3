#include "workprogram/gui/connectdialog.h"

#include "workprogram/gui/prompts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace wp::gui {

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_database(new QLineEdit(this)),
      m_login(new QLineEdit(this)), m_password(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Kết nối máy chủ"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_port->setRange(1, 65535);
    m_port->setMinimumWidth(90);
    setMinimumWidth(460);
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    const QSettings settings;
    m_host->setText(settings.value(QStringLiteral("server/host"), QStringLiteral("localhost")).toString());
    m_port->setValue(settings.value(QStringLiteral("server/port"), 5432).toInt());
    m_database->setText(settings.value(QStringLiteral("server/database"), QStringLiteral("workprogram")).toString());
    m_login->setText(settings.value(QStringLiteral("server/login")).toString());

    auto* form = new QFormLayout;
    // Each label an access key with its field as buddy (QFormLayout sets it from the "&").
    // "Kết nối" and "Hủy" have none: Enter and Esc.
    form->addRow(tr("&Máy chủ:"), m_host);
    form->addRow(tr("Cổn&g:"), m_port);
    form->addRow(tr("&Cơ sở dữ liệu:"), m_database);
    form->addRow(tr("&Tên đăng nhập:"), m_login);
    form->addRow(tr("Mật &khẩu:"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Kết nối"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::tryConnect);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::spec() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_login->text().trimmed());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query;
    query.setQueryItems(m_options);
    query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(ConnectTimeout));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectDialog::shownName() const
{
    return QStringLiteral("%1@%2/%3")
        .arg(m_login->text().trimmed(), m_host->text().trimmed(), m_database->text().trimmed());
}

bool ConnectDialog::tryConnect()
{
    const auto refuse = [this](const QString& why, QWidget* focus) {
        m_error->setText(Prompts::sentence(why));
        m_error->show();
        adjustSize();
        focus->setFocus();
        return false;
    };
    if (m_host->text().trimmed().isEmpty())
        return refuse(tr("Hãy nhập tên máy chủ."), m_host);
    if (m_database->text().trimmed().isEmpty())
        return refuse(tr("Hãy nhập tên cơ sở dữ liệu."), m_database);
    if (m_login->text().trimmed().isEmpty())
        return refuse(tr("Hãy nhập tên đăng nhập."), m_login);
    try {
        m_db = storage::Database::open(spec());
    } catch (const storage::StorageError& e) {
        if (e.kind() == storage::StorageError::Kind::LoginRefused) {
            // Asked again: the field emptied, so that the next password is not typed after the last.
            const bool typed = !m_password->text().isEmpty();
            m_password->clear();
            return refuse(typed ? tr("Sai mật khẩu của %1 (hoặc máy chủ không nhận tên đăng nhập này); hãy nhập lại.")
                                      .arg(m_login->text().trimmed())
                                : tr("Máy chủ cần mật khẩu của %1; hãy nhập mật khẩu.").arg(m_login->text().trimmed()),
                          m_password);
        }
        return refuse(e.message().simplified(), m_password); // libpq writes its hint on an indented line
    }
    QSettings settings; // the server, never its password
    settings.setValue(QStringLiteral("server/host"), m_host->text().trimmed());
    settings.setValue(QStringLiteral("server/port"), m_port->value());
    settings.setValue(QStringLiteral("server/database"), m_database->text().trimmed());
    settings.setValue(QStringLiteral("server/login"), m_login->text().trimmed());
    m_error->hide();
    accept();
    return true;
}

void ConnectDialog::setServer(const QString& spec, const QString& why)
{
    const QUrl url(spec);
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_database->setText(url.path().mid(1));
    m_login->setText(url.userName().isEmpty() ? qEnvironmentVariable("PGUSER") : url.userName());
    m_password->clear();
    m_options.clear();
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        if (key != QLatin1String("connect_timeout"))
            m_options.append({key, value});
    m_error->setText(why);
    m_error->show();
    m_password->setFocus();
}

void ConnectDialog::clearLogin()
{
    m_login->clear();
    m_login->setFocus();
}

QString ConnectDialog::askPasswordIfNeeded(const QString& spec, QWidget* parent)
{
    try {
        storage::Database::open(spec); // closed at once: the window opens it as it opens a file
        return spec;
    } catch (const storage::StorageError& e) {
        if (e.kind() != storage::StorageError::Kind::LoginRefused)
            return spec; // unreachable, no such database…: opening says why
    }
    ConnectDialog dialog(parent);
    const QUrl url(spec);
    const QString login = url.userName().isEmpty() ? qEnvironmentVariable("PGUSER") : url.userName();
    dialog.setServer(
        spec, url.password().isEmpty()
                  ? tr("Máy chủ cần mật khẩu của %1; hãy nhập mật khẩu.").arg(login)
                  : tr("Sai mật khẩu của %1 (hoặc máy chủ không nhận tên đăng nhập này); hãy nhập lại.").arg(login));
    if (dialog.exec() != QDialog::Accepted) {
        Prompts::information(
            parent, tr("Chưa kết nối"),
            tr("Chưa nhập mật khẩu nên chưa kết nối được máy chủ %1; chương trình sẽ đóng.").arg(dialog.shownName()));
        return QString();
    }
    dialog.takeDatabase().reset(); // opened again by the window, as File › Kết nối máy chủ does
    return dialog.spec();
}

std::unique_ptr<storage::Database> ConnectDialog::takeDatabase()
{
    return std::move(m_db);
}

QString ConnectDialog::refusal() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

} // namespace wp::gui
