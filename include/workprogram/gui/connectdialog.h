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
    std::unique_ptr<storage::Database> m_db;
};

} // namespace wp::gui
