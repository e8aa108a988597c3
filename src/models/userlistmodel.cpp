#include "workprogram/models/userlistmodel.h"

#include "columnlabels.h"

#include <QColor>

#include "workprogram/core/text.h"
#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/userrepository.h"

#include <algorithm>

namespace wp::models {

UserListModel::UserListModel(QObject* parent) : QAbstractTableModel(parent) {}

void UserListModel::load(storage::Database& db)
{
    beginResetModel();
    m_users = storage::UserRepository(db).all();
    std::stable_sort(m_users.begin(), m_users.end(), [](const User& a, const User& b) {
        const int byName = text::compare(a.fullName, b.fullName);
        return byName != 0 ? byName < 0 : text::compare(a.login, b.login) < 0;
    });
    m_unitNames.clear();
    for (const Unit& u : storage::UnitRepository(db).all())
        m_unitNames.insert(u.id, u.name);
    endResetModel();
}

int UserListModel::rowOfLogin(const QString& login) const
{
    for (int r = 0; r < m_users.size(); ++r)
        if (m_users.at(r).login == login)
            return r;
    return -1;
}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserListModel::units(const User& u) const
{
    if (u.role == wp::Role::Unit)
        return m_unitNames.value(u.unitId);
    if (u.role != wp::Role::Leader)
        return QString();
    if (u.leaderUnitIds.isEmpty())
        return tr("(tất cả các đơn vị)");
    QStringList names;
    for (qint64 id : u.leaderUnitIds)
        names.append(m_unitNames.value(id, QString::number(id)));
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) { return text::compare(a, b) < 0; });
    return names.join(QStringLiteral("; "));
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User& u = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Login:
            return u.active ? u.login : tr("%1 (đã khóa)").arg(u.login);
        case FullName:
            return u.fullName;
        case Title:
            return u.title;
        case RoleColumn:
            return RoleInfo::label(u.role);
        case Units:
            return units(u);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        return u.active ? QVariant() : QVariant(QColor(Qt::gray)); // a locked account, greyed
    case LoginRole:
        return u.login;
    case UserIdRole:
        return u.id;
    default:
        return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char* const labels[] = {QT_TR_NOOP("Tên đăng nhập"), QT_TR_NOOP("Họ và tên"), QT_TR_NOOP("Chức vụ"),
                                         QT_TR_NOOP("Vai trò"), QT_TR_NOOP("Đơn vị")};
    return columnHeader(*this, labels, section, orientation, role);
}

} // namespace wp::models
