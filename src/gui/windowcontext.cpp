#include "workprogram/gui/windowcontext.h"

#include "windowtext.h"

#include "workprogram/gui/prompts.h"
#include "workprogram/models/itemeditor.h"
#include "workprogram/models/itemloader.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/userrepository.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>

namespace wp::gui {

using models::ItemTableModel;

WindowContext::WindowContext(Host& host, const Places& places, const Table& table, QObject* parent)
    : QObject(parent), m_host(host), m_places(places), m_table(table)
{
    QItemSelectionModel* selection = m_places.itemsView->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, this, &WindowContext::selectionChanged);
    connect(selection, &QItemSelectionModel::currentRowChanged, this, &WindowContext::currentItemChanged);
    // Every write of the table (a cell, a dialog, undo and redo) is made only as an open account.
    // Nor while the program is hidden (accounts, nobody signed in).
    m_table.editor->setWriteCheck([this] { return !refuseWhileDisconnected() && mayShowData() && confirmUser(); });
    // A cell edited while the connection is lost is kept in the table and written once it is back.
    m_table.editor->setOfflineCheck([this] { return connectionLost(); });
    connect(m_table.items, &ItemTableModel::pendingChanged, this, [this] {
        if (m_table.items->hasPending())
            showMessage(WindowText::tr("Ô vừa sửa chưa được lưu (mất kết nối); sẽ lưu khi kết nối lại."));
    });
    m_connectionLabel = new QLabel(WindowText::tr("Mất kết nối máy chủ — đang kết nối lại…"), m_places.statusBar);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_places.statusBar->addPermanentWidget(m_connectionLabel);
    m_connectionLabel->hide();
}

WindowContext::~WindowContext() = default;

void WindowContext::setUser(const std::optional<User>& user)
{
    // Cells typed while the connection was lost are written as whoever typed them, never as
    // the next person to sign in.
    const bool samePerson = user.has_value() == m_user.has_value() && (!user || user->id == m_user->id);
    const bool dropped = !samePerson && m_table.items->hasPending();
    if (dropped)
        m_table.items->discardPending();
    m_user = user;
    keepLoginsAsWritten();
    // Signed in, the table's edits (and their undo) go through the workflow as this person.
    m_table.editor->setActingUser(user);
    emit userChanged();
    if (dropped) // said last: what the table's reload says would cover it
        showMessage(WindowText::tr("Các ô sửa khi mất kết nối chưa được lưu và đã bị bỏ: người dùng đã đổi."), 10000);
}

bool WindowContext::mayShowData() const
{
    if (!m_db)
        return false;
    if (m_user)
        return true;
    try {
        return storage::UserRepository(*m_db).count() == 0;
    } catch (const storage::StorageError&) {
        return false; // accounts that cannot be read protect nothing: show nothing
    }
}

bool WindowContext::connectionLost() const
{
    return m_db && ((m_notifier && m_notifier->isDisconnected()) || m_db->connectionLost());
}

bool WindowContext::refuseWhileDisconnected()
{
    if (!connectionLost())
        return false;
    Prompts::warning(dialogParent(), WindowText::tr("Chưa lưu được"),
                     WindowText::tr("Mất kết nối máy chủ: thay đổi chưa được lưu."),
                     WindowText::tr("Những gì đã nhập vẫn được giữ. Chương trình đang tự kết nối lại; hãy lưu lại "
                                    "khi thanh trạng thái báo đã kết nối."));
    return true;
}

void WindowContext::watchConnection()
{
    connect(m_notifier.get(), &storage::ChangeNotifier::disconnected, this, [this] {
        m_connectionLabel->show(); // stays until reconnected, whatever other messages say
    });
    connect(m_notifier.get(), &storage::ChangeNotifier::reconnected, this, [this] {
        m_connectionLabel->hide();
        showMessage(WindowText::tr("Đã kết nối lại máy chủ."), 10000);
        if (m_table.items->hasPending() && m_table.items->writePending())
            showMessage(WindowText::tr("Đã kết nối lại máy chủ; các ô sửa khi mất kết nối đã được lưu."), 10000);
    });
}

bool WindowContext::confirmUser()
{
    if (!m_user || !m_db)
        return true;
    std::optional<User> now;
    try {
        now = storage::UserRepository(*m_db).byId(m_user->id);
    } catch (const storage::StorageError& e) {
        showMessage(e.message(), 10000);
        return false;
    }
    if (now && now->active) {
        if (now->role != m_user->role || now->unitId != m_user->unitId || now->leaderUnitIds != m_user->leaderUnitIds)
            setUser(now);
        return true;
    }
    const QString login = m_user->login;
    setUser(std::nullopt);
    Prompts::warning(dialogParent(), WindowText::tr("Đã đăng xuất"),
                     now ? WindowText::tr("Tài khoản %1 đã bị khóa; cửa sổ đã đăng xuất và không ghi gì.").arg(login)
                         : WindowText::tr("Tài khoản %1 không còn; cửa sổ đã đăng xuất và không ghi gì.").arg(login),
                     WindowText::tr("Hãy đăng nhập lại (Tệp → Đăng xuất / đổi người dùng…)."));
    return false;
}

int WindowContext::year() const
{
    return m_table.items->year();
}

qint64 WindowContext::programId() const
{
    return m_table.items->programId();
}

QDate WindowContext::today() const
{
    return m_table.items->today();
}

QVector<qint64> WindowContext::selectedIds() const
{
    QVector<qint64> ids;
    if (const QItemSelectionModel* selection = m_places.itemsView->selectionModel())
        for (const QModelIndex& index : selection->selectedRows())
            ids.append(index.data(ItemTableModel::ItemIdRole).toLongLong());
    return ids;
}

QVector<Item> WindowContext::selectedItems() const
{
    QVector<Item> items;
    for (qint64 id : selectedIds())
        if (const int row = m_table.items->rowOfId(id); row >= 0)
            items.append(m_table.items->item(row));
    return items;
}

qint64 WindowContext::currentItemId() const
{
    const QItemSelectionModel* selection = m_places.itemsView->selectionModel();
    const QModelIndex current = selection ? selection->currentIndex() : QModelIndex();
    return current.isValid() ? current.data(ItemTableModel::ItemIdRole).toLongLong() : 0;
}

void WindowContext::showMessage(const QString& text, int timeout) const
{
    m_places.statusBar->showMessage(Prompts::sentence(text), timeout);
}

void WindowContext::keepLoginsAsWritten() const
{
    // The refusals that start with a login name the person acting (an account of this
    // database): Prompts::sentence never capitalises those words.
    QStringList logins;
    if (m_db) {
        try {
            for (const User& u : storage::UserRepository(*m_db).all())
                logins.append(u.login);
        } catch (const wp::Error&) {
            // accounts that cannot be read: the signed-in login at least
        }
    }
    if (m_user && !logins.contains(m_user->login))
        logins.append(m_user->login);
    Prompts::setLogins(logins);
}

void WindowContext::showHistory(qint64 itemId)
{
    selectItem(itemId);
    emit historyRequested(itemId);
}

void WindowContext::setDatabase(std::unique_ptr<storage::Database> db)
{
    // Undo never spans a change of database: its steps belong to the old one.
    m_table.undo->clear();
    m_table.loader->clear();
    m_notifier.reset(); // it listens to the old database
    m_db = std::move(db);
    if (m_db) {
        m_notifier = std::make_unique<storage::ChangeNotifier>(*m_db);
        connect(m_notifier.get(), &storage::ChangeNotifier::changed, this, &WindowContext::othersChanged);
        watchConnection();
    }
    m_connectionLabel->hide();
    setUser(std::nullopt);
    emit databaseChanged();
}

void WindowContext::closeDatabase()
{
    m_table.undo->clear();
    m_table.loader->clear();
    m_notifier.reset();
    m_db.reset(); // no connection may stay on a file about to be replaced
    m_connectionLabel->hide();
    emit databaseChanged();
}

} // namespace wp::gui
