#pragma once

#include "workprogram/core/item.h"
#include "workprogram/core/user.h"
#include "workprogram/storage/changenotifier.h"
#include "workprogram/storage/database.h"

#include <QObject>
#include <QVector>

#include <memory>
#include <optional>

class QLabel;
class QMenu;
class QMenuBar;
class QStatusBar;
class QTableView;
class QToolBar;
class QUndoStack;
class QWidget;

namespace wp::models {
class ItemEditor;
class ItemFilterProxy;
class ItemLoader;
class ItemTableModel;
class UnitCountsModel;
} // namespace wp::models

namespace wp::gui {

/// What the main window's areas (the classes behind its menus, docs/gui-structure.md) share:
/// the database session, the person signed in, the program year shown with its items, the
/// selection in the items table, a parent for dialogs and the places for their actions; signals
/// when these change; and what only the window does (open a database, show a year, read the
/// items again, select an item), asked of its Host. The areas never see the window itself.
class WindowContext : public QObject
{
    Q_OBJECT

public:
    /// What only the window does: it holds the table, the filters and the year list.
    class Host
    {
    public:
        virtual bool openDatabase(const QString& path, int year) = 0;
        virtual void showYear(int year) = 0;
        virtual void reloadItems() = 0;
        virtual void selectItem(qint64 itemId) = 0;
        virtual void addYear(int year) = 0;

    protected:
        ~Host() = default;
    };

    /// Where the areas put their actions.
    struct Places
    {
        QWidget* window = nullptr; ///< the parent of dialogs
        QMenuBar* menuBar = nullptr;
        QMenu* fileMenu = nullptr;
        QMenu* editMenu = nullptr;
        QMenu* viewMenu = nullptr;
        QMenu* reviewMenu = nullptr;
        QMenu* reportsMenu = nullptr;
        QMenu* helpMenu = nullptr;
        QToolBar* toolBar = nullptr;
        QStatusBar* statusBar = nullptr;
        QTableView* itemsView = nullptr;  ///< the items table; its context menu holds the item actions
        QTableView* countsView = nullptr; ///< the per-unit counts panel
    };

    /// The items table's parts.
    struct Table
    {
        models::ItemTableModel* items = nullptr;
        models::ItemLoader* loader = nullptr;
        models::ItemEditor* editor = nullptr;
        models::ItemFilterProxy* proxy = nullptr;
        models::UnitCountsModel* counts = nullptr;
        QUndoStack* undo = nullptr;
    };

    WindowContext(Host& host, const Places& places, const Table& table, QObject* parent = nullptr);
    ~WindowContext() override;

    // The session.
    /// The open database, nullptr when none.
    storage::Database* database() const { return m_db.get(); }
    /// What tells of other connections' changes to the open database (nullptr without one).
    storage::ChangeNotifier* changeNotifier() const { return m_notifier.get(); }
    /// The person signed in; none in the single-user mode. Actions read it here when they act.
    const std::optional<User>& user() const { return m_user; }
    /// Signs @p user in (none: out); the table's edits go through the workflow as them.
    void setUser(const std::optional<User>& user);
    /// Whether the program's data may be shown: a database without accounts, or someone signed
    /// in to it. On a database with accounts nothing of the program is shown before the sign-in.
    bool mayShowData() const;
    /// Whether the server connection is lost (the window is connecting again): nothing can be
    /// read or written until it is back.
    bool connectionLost() const;
    /// Before a write: reads the signed-in account again (storage::UserRepository). When it was
    /// locked or removed meanwhile (by an administrator, elsewhere), signs the window out with a
    /// message and returns false: nothing may be written as them. A changed role or unit is taken
    /// over. True when nobody is signed in (the single-user mode) or the account is still open.
    bool confirmUser();

    // The program year shown and its items.
    int year() const;
    /// The shown year's program, 0 while the year has none.
    qint64 programId() const;
    /// "Today" for overdue marks.
    QDate today() const;
    models::ItemTableModel* items() const { return m_table.items; }
    models::ItemEditor* editor() const { return m_table.editor; }
    models::ItemFilterProxy* proxy() const { return m_table.proxy; }
    models::UnitCountsModel* counts() const { return m_table.counts; }
    QUndoStack* undoStack() const { return m_table.undo; }

    // The items table.
    /// The items of the selected rows, by id.
    QVector<qint64> selectedIds() const;
    QVector<Item> selectedItems() const;
    /// The item of the current row, 0 when none.
    qint64 currentItemId() const;

    const Places& places() const { return m_places; }
    QWidget* dialogParent() const { return m_places.window; }
    /// Says @p text in the status bar (for @p timeout ms, 0: until the next message).
    void showMessage(const QString& text, int timeout = 0) const;

    // What the window does.
    /// Opens @p path and shows @p year (0: the newest program); false when it could not.
    bool openDatabase(const QString& path, int year = 0) { return m_host.openDatabase(path, year); }
    void showYear(int year) { m_host.showYear(year); }
    /// Reads the shown year's items again (after workflow changes), keeping the selection.
    void reloadItems() { m_host.reloadItems(); }
    /// Selects the row of @p itemId (clearing the filters that hide it).
    void selectItem(qint64 itemId) { m_host.selectItem(itemId); }
    /// Puts @p year in the year list (a new year's program), without showing it.
    void addYear(int year) { m_host.addYear(year); }
    /// Selects @p itemId and asks for its history to be shown (historyRequested()).
    void showHistory(qint64 itemId);

    // The session's database, set by the window.
    /// Takes @p db as the database; whoever was signed in is signed out (accounts belong to a database).
    void setDatabase(std::unique_ptr<storage::Database> db);
    /// Closes the database (a restore replaces its file); the items and undo steps go with it.
    void closeDatabase();

signals:
    /// A database was opened or closed.
    void databaseChanged();
    /// Someone signed in or out.
    void userChanged();
    /// Another connection (another window, another person) committed a change to the database.
    void othersChanged();
    /// The selected rows of the items table changed.
    void selectionChanged();
    /// The current row of the items table moved to another item.
    void currentItemChanged();
    /// Someone asked to see the history of @p itemId (after a comment, a merge).
    void historyRequested(qint64 itemId);

private:
    /// Tells Prompts::sentence the logins of the database's accounts.
    void keepLoginsAsWritten() const;
    void watchConnection();
    /// Refuses a write while the server connection is lost, saying so (what was typed stays).
    bool refuseWhileDisconnected();

    Host& m_host;
    Places m_places;
    Table m_table;
    std::unique_ptr<storage::Database> m_db;
    /// After m_db: destroyed before the database it listens to.
    std::unique_ptr<storage::ChangeNotifier> m_notifier;
    std::optional<User> m_user;
    QLabel* m_connectionLabel = nullptr; ///< "lost, connecting again" in the status bar
};

} // namespace wp::gui
