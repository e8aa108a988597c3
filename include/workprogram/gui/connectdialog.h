#pragma once

#include "workprogram/storage/database.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace wp::gui {

/// "Kết nối máy chủ…": host, port, database, login and password of a PostgreSQL server database.
/// The last server is remembered in QSettings (server/host, server/port, server/database,
/// server/login) — never its password. Connecting waits at most a few seconds; a refusal is said in
/// the dialog, which stays open for another try.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    /// Seconds a connection may take before the server counts as unreachable.
    static constexpr int ConnectTimeout = 3;

    explicit ConnectDialog(QWidget* parent = nullptr);
    ~ConnectDialog() override;

    /// What `workprogram --db postgresql://…` opens: @p spec itself when the server takes it as
    /// it is (or refuses it for another reason, which opening then says). When the server wants a
    /// password that neither the URL, PGPASSWORD nor ~/.pgpass gave (or a wrong one), this dialog,
    /// filled with the URL's server and login, asks for it, again after a wrong one, and the URL
    /// with the typed password is returned. Cancelled: says so and returns an empty string (the
    /// program then quits).
    static QString askPasswordIfNeeded(const QString& spec, QWidget* parent = nullptr);

    /// Fills the fields from @p spec (postgresql://LOGIN@HOST:PORT/DB?options; no password kept)
    /// and says @p why in the dialog; the password is to be typed.
    void setServer(const QString& spec, const QString& why);

    /// Empties the login, to be typed first (another person connecting).
    void clearLogin();

    /// The URL Database::open takes, with the password typed (never shown, never stored).
    QString spec() const;
    /// What a title shows: login@host/database.
    QString shownName() const;
    /// Connects; on success remembers the server and accepts the dialog. What "Kết nối" does.
    bool tryConnect();
    /// The database connected to, once the dialog was accepted.
    std::unique_ptr<storage::Database> takeDatabase();
    /// Why the last try was refused (empty: none).
    QString refusal() const;

private:
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_error;
    QList<QPair<QString, QString>> m_options; ///< the URL's own options (sslmode=…), kept
    std::unique_ptr<storage::Database> m_db;
};

} // namespace wp::gui
