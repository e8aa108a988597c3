#pragma once

#include "workprogram/storage/database.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace wp::models {
class ItemTableModel;
class ItemFilterProxy;
} // namespace wp::models

namespace wp::gui {

/// The window office staff work in: the items of a program year.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path and shows @p year (0: the newest program). Shows a message and returns
    /// false when the database cannot be opened.
    bool openDatabase(const QString& path, int year = 0);

private:
    void showYear(int year);
    void updateCount();
    void chooseDatabase();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<storage::Database> m_db;
    models::ItemTableModel* m_model;
    models::ItemFilterProxy* m_proxy;
};

} // namespace wp::gui
