#pragma once

#include "workprogram/core/user.h"
#include "workprogram/reports/reportdata.h"
#include "workprogram/storage/database.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QTableView;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace wp::models {
class ItemEditor;
class ItemLoader;
class ItemTableModel;
class ItemFilterProxy;
class UnitCountsModel;
class HistoryModel;
} // namespace wp::models

namespace wp::gui {

class DashboardDialog;
class ProgramActions;
class ReviewQueueDialog;
class SignoffDialog;

/// The window office staff work in while they compile a year's program: the items table
/// with its filters, the per-unit counts, editing with undo, import and export.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path and shows @p year (0: the newest program). Shows a message and returns
    /// false when the database cannot be opened.
    bool openDatabase(const QString& path, int year = 0);
    void showYear(int year);
    /// A program with more items than this shows its first @p rows before it reads the rest
    /// (issue 3: first rows within 0.5 s on 100 000 items); 0 reads every item at once.
    void setFirstPageRows(int rows) { m_firstPageRows = rows; }
    /// "Today" for overdue marks (tests and the demo's past year use a fixed day).
    void setToday(QDate today);

    models::ItemTableModel* itemModel() const { return m_model; }
    /// Writes the changes of the items shown, with their undo steps.
    models::ItemEditor* itemEditor() const { return m_editor; }
    models::ItemFilterProxy* proxy() const { return m_proxy; }
    models::UnitCountsModel* countsModel() const { return m_counts; }
    QUndoStack* undoStack() const { return m_undo; }
    storage::Database* database() const { return m_db.get(); }
    Ui::MainWindow* ui() const { return m_ui.get(); }

    // Actions, public so that tests drive exactly what the menus do.
    void newItem();
    void duplicateItems();
    void editInDialog();
    void bulkEdit();
    void deleteItems();
    void importFile(const QString& path = QString());
    void exportItems(bool currentViewOnly, const QString& path = QString());
    void clearFilters();
    /// Copies the open database to @p path (asks where when empty). Consistent while editing.
    bool backupNow(const QString& path = QString());
    /// Replaces the open database with the backup at @p backupPath (asks which when empty),
    /// after confirmation; the current file is kept aside when it is damaged.
    bool restoreFromBackup(const QString& backupPath = QString());
    /// Where the automatic backups of the database at @p dbPath go (the settings' folder, else
    /// "sao-luu" beside the database).
    static QString backupFolder(const QString& dbPath);
    /// How many automatic backups are kept unless the settings say otherwise.
    static constexpr int DefaultBackupsKept = 14;
    /// The path of the automatic backup made on opening, empty when none was due.
    QString lastDailyBackup() const { return m_lastDailyBackup; }
    /// Filters the list to @p unitId (0: all) and what a counts-panel column means.
    void filterFromCounts(qint64 unitId, int countsColumn);

    // Reports of the shown year (the "Báo cáo" menu); @p unitIds empty: every unit.
    void previewReport(reports::ReportKind kind, const QVector<qint64>& unitIds = {});
    void printReport(reports::ReportKind kind, const QVector<qint64>& unitIds = {});
    /// Asks for a file name through Prompts unless @p path is given. Returns the file written,
    /// empty when cancelled or failed (the failure is shown).
    QString exportReportPdf(reports::ReportKind kind, const QVector<qint64>& unitIds = {},
                            const QString& path = QString());
    void editReportSettings();
    /// Shows the charts of the shown year (created on first use, then kept and raised).
    void showDashboard();
    /// The charts window, nullptr until first shown.
    DashboardDialog* dashboard() const { return m_dashboard; }
    /// The lead unit selected in the counts panel, 0 when none (or the total row).
    qint64 selectedCountsUnit() const;

    // Who is working (issue 4). Without a user the window works as before, single-user.
    /// The person signed in, none in the single-user mode.
    const std::optional<User>& currentUser() const { return m_user; }
    void setCurrentUser(const std::optional<User>& user);
    /// Asks who is working: the login dialog when the database has accounts, else offers to
    /// create the first administrator. False when the person cancelled the login.
    bool signIn();
    /// Signs out and asks for the next person (File → "Đăng xuất / đổi người dùng").
    void switchUser();
    /// Reads the items of the shown year again (after workflow changes), keeping the selection.
    void reloadItems();
    /// The item whose history the "Lịch sử" dock shows (the current row), 0 when none.
    qint64 historyItem() const;
    models::HistoryModel* historyModel() const { return m_history; }
    QDockWidget* historyDock() const { return m_historyDock; }
    /// Selects the row of item @p itemId in the list (clears filters that hide it).
    void selectItem(qint64 itemId);
    /// The review queue (menu "Duyệt"), created on first use, then kept and raised.
    ReviewQueueDialog* showReviewQueue();
    /// The leader's sign-off screen, created on first use.
    SignoffDialog* showSignoff();
    /// Program steps, item status changes, comments and the year rollover (menu "Chương trình").
    ProgramActions* programActions() const { return m_programActions; }

    // Merging and user management (mainwindow_admin.cpp).
    /// "Gộp các nội dung trùng nhau…": the merge dialog for the selected items (the Office, at
    /// least two); reloads and selects the new item. True when merged.
    bool mergeSelected();
    /// The merge dialog for items @p ids (the review queue's "Gộp…" too).
    bool mergeItems(const QVector<qint64>& ids);
    /// "Người dùng…": the user management dialog, administrators only (others are told so).
    /// False when refused.
    bool showUsers();

signals:
    /// Someone signed in or out (setCurrentUser).
    void currentUserChanged();

signals:
    /// The first rows of the shown year are painted; the rest of a large program follows.
    void firstRowsShown();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setupActions();
    void setupReportActions();
    std::optional<reports::ReportData> reportData(reports::ReportKind kind, const QVector<qint64>& unitIds);
    void setupFilters();
    void fillFilterChoices();
    void applyFilters();
    void updateCount();
    void updateAttention();
    void updateActions();
    void chooseDatabase();
    void setupBackupActions();
    void runDailyBackup();
    /// Says why @p path cannot be used and offers its newest backup; true when restored.
    bool offerRestore(const QString& path, const QString& why);
    void showSettings();
    void showAbout();
    void restoreLayout();
    void saveLayout();
    QVector<qint64> selectedIds() const;
    void setupReviewActions();
    void updateHistory();
    void updateUserStatus();
    void setupAdminActions();
    void updateAdminActions();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<storage::Database> m_db;
    models::ItemTableModel* m_model;
    std::unique_ptr<models::ItemLoader> m_loader;
    models::ItemEditor* m_editor;
    models::ItemFilterProxy* m_proxy;
    models::UnitCountsModel* m_counts;
    QUndoStack* m_undo;
    bool m_fillingFilters = false;
    bool m_offeringRestore = false;
    int m_firstPageRows = 500;
    QElapsedTimer m_openTimer; ///< from openDatabase() to the first rows shown, for the timing log
    QString m_lastDailyBackup;
    DashboardDialog* m_dashboard = nullptr;
    std::optional<User> m_user;
    models::HistoryModel* m_history = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QTableView* m_historyView = nullptr;
    QLabel* m_userLabel = nullptr;
    QAction* m_reviewAction = nullptr;
    QAction* m_signoffAction = nullptr;
    ReviewQueueDialog* m_reviewQueue = nullptr;
    SignoffDialog* m_signoff = nullptr;
    ProgramActions* m_programActions = nullptr;
    QAction* m_mergeAction = nullptr;
    QAction* m_usersAction = nullptr;
};

} // namespace wp::gui
