#include "workprogram/gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/programrepository.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>

namespace wp::gui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_model(new models::ItemTableModel(this)),
      m_proxy(new models::ItemFilterProxy(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->itemsView->setModel(m_proxy);
    m_ui->itemsView->sortByColumn(models::ItemTableModel::Number, Qt::AscendingOrder);
    QHeaderView* header = m_ui->itemsView->horizontalHeader();
    header->setSectionsMovable(true);
    header->resizeSection(models::ItemTableModel::Number, 50);
    header->resizeSection(models::ItemTableModel::Content, 460);
    header->resizeSection(models::ItemTableModel::LeadUnit, 170);
    header->resizeSection(models::ItemTableModel::CoUnits, 170);
    header->resizeSection(models::ItemTableModel::Deadline, 130);
    m_ui->itemsView->verticalHeader()->hide();

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& t) {
        m_proxy->setSearchText(t);
        updateCount();
    });
    connect(m_ui->yearCombo, &QComboBox::activated, this,
            [this](int index) { showYear(m_ui->yearCombo->itemData(index).toInt()); });
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openDatabase(const QString& path, int year)
{
    try {
        m_db = storage::Database::open(path);
    } catch (const storage::StorageError& e) {
        QMessageBox::critical(this, tr("Không mở được cơ sở dữ liệu"), e.message());
        return false;
    }
    setWindowTitle(tr("%1 — Quản lý Chương trình công tác").arg(QFileInfo(path).fileName()));
    m_ui->yearCombo->clear();
    const QVector<Program> programs = storage::ProgramRepository(*m_db).all();
    for (const Program& p : programs)
        m_ui->yearCombo->addItem(QString::number(p.year), p.year);
    if (year == 0 && !programs.isEmpty())
        year = programs.last().year;
    m_ui->yearCombo->setCurrentIndex(m_ui->yearCombo->findData(year));
    showYear(year);
    return true;
}

void MainWindow::showYear(int year)
{
    std::optional<Program> p = m_db ? storage::ProgramRepository(*m_db).byYear(year) : std::nullopt;
    if (p)
        m_model->load(*m_db, p->id);
    else if (m_db)
        m_model->load(*m_db, 0);
    m_ui->itemsView->resizeRowsToContents();
    updateCount();
}

void MainWindow::updateCount()
{
    m_ui->countLabel->setText(tr("Hiển thị %1/%2 nội dung").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Mở cơ sở dữ liệu"), QString(),
                                                      tr("Cơ sở dữ liệu (*.sqlite *.db);;Mọi tệp (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

} // namespace wp::gui
