#pragma once

#include "workprogram/gui/windowcontext.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace wp::models {
class ItemEditor;
class ItemFilterProxy;
class ItemLoader;
class ItemTableModel;
class UnitCountsModel;
} // namespace wp::models

namespace wp::gui {

class BackupActions;
class FilterBar;
class HistoryPanel;
class SignInActions;

/// The window office staff work in while they compile a year's program: the items table with
/// its filters, the per-unit counts and the history panel, the year list, and the wiring of the
/// areas behind its menus (editing, import and export, backup, signing in, review, program steps,
/// reports, administration, settings: docs/gui-structure.md), which share its WindowContext.
class MainWindow : public QMainWindow, private WindowContext::Host
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path and shows @p year (0: the newest program). Shows a message (or offers the
    /// newest backup of a damaged file) and returns false when the database cannot be opened.
    bool openDatabase(const QString& path, int year = 0) override;
    /// Asks who is working: the login dialog when the database has accounts, else offers to
    /// create the first administrator. False when the person cancelled the login.
    bool signIn();
    /// A program with more items than this shows its first @p rows before it reads the rest
    /// (issue 3: first rows within 0.5 s on 100 000 items); 0 reads every item at once.
    void setFirstPageRows(int rows) { m_firstPageRows = rows; }
    /// "Today" for overdue marks (tests and the demo's past year use a fixed day).
    void setToday(QDate today);
    /// What the window's areas share: the session, the year shown, its items, the selection.
    WindowContext& context() const { return *m_context; }

signals:
    /// The first rows of the shown year are painted; the rest of a large program follows.
    void firstRowsShown();

protected:
    void closeEvent(QCloseEvent* event) override;
    /// The table's first paint with rows after an opening writes "first rows shown" to the timing
    /// log: only then are they on screen (an opening before the window is exposed paints nothing).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void foldFilterBar();
    // WindowContext::Host
    void showYear(int year) override;
    void reloadItems() override;
    void addYear(int year) override;
    void selectItem(qint64 itemId) override;

    void chooseDatabase();
    /// "Kết nối máy chủ…": the connect dialog, then the server database opened like a file.
    void connectServer();
    /// login@host/database of a server database's location, for the title.
    static QString serverName(const QString& location);
    /// Another connection changed the database: the rows it changed are read again (itemsync).
    void showOthersChanges();
    void updateAttention();
    void restoreLayout();
    void saveLayout();
    /// Where the items table's column widths are kept: one entry per UI language.
    static QString columnsKey();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    models::ItemTableModel* m_model;
    std::unique_ptr<models::ItemLoader> m_loader;
    models::ItemEditor* m_editor;
    models::ItemFilterProxy* m_proxy;
    models::UnitCountsModel* m_counts;
    QUndoStack* m_undo;
    FilterBar* m_filters = nullptr;
    WindowContext* m_context = nullptr;
    BackupActions* m_backup = nullptr;
    SignInActions* m_signIn = nullptr;
    HistoryPanel* m_history = nullptr;
    bool m_offeringRestore = false;
    bool m_opening = false;    ///< inside openDatabase: the year is shown once, at its end
    bool m_dataHidden = false; ///< accounts and nobody signed in: the program is not shown
    int m_firstPageRows = 500;
    QElapsedTimer m_openTimer;         ///< from openDatabase() to the first rows shown, for the timing log
    bool m_awaitingFirstPaint = false; ///< an opening whose first rows have not been painted yet
};

} // namespace wp::gui
