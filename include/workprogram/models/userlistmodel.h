#pragma once

#include "workprogram/core/user.h"
#include "workprogram/storage/database.h"

#include <QAbstractTableModel>
#include <QHash>

namespace wp::models {

/// The accounts of a database for the user management dialog: login, full name, title, role
/// and unit(s), in Vietnamese order of the full name (then the login). Reads UserRepository
/// and UnitRepository; never holds a password or its hash.
class UserListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Login,
        FullName,
        Title,
        RoleColumn,
        Units,
        ColumnCount
    };
    enum Role : int
    {
        LoginRole = Qt::UserRole,
        UserIdRole
    };

    explicit UserListModel(QObject* parent = nullptr);

    void load(storage::Database& db);
    const User& user(int row) const { return m_users.at(row); }
    /// The row of @p login, -1 when none.
    int rowOfLogin(const QString& login) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString units(const User& u) const;
    QVector<User> m_users;
    QHash<qint64, QString> m_unitNames;
};

} // namespace wp::models
