#include "workprogram/gui/screenshottour.h"

#include "ui_mainwindow.h"

#include "workprogram/gui/bulkeditdialog.h"
#include "workprogram/gui/dashboarddialog.h"
#include "workprogram/gui/importwizard.h"
#include "workprogram/gui/itemdialog.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/unitcountsmodel.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <QThread>

namespace wp::gui {

namespace {
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(30);
    }
}

bool save(QWidget& w, const QString& folder, const QString& name, int& count)
{
    settle();
    const bool ok = w.grab().save(QDir(folder).filePath(name));
    count += ok;
    return ok;
}
} // namespace

int takeScreenshots(MainWindow& window, const QString& folder, const QString& importFile)
{
    QDir().mkpath(folder);
    int count = 0;
    Ui::MainWindow* ui = window.ui();
    window.show();
    save(window, folder, QStringLiteral("main-window.png"), count);

    ui->searchEdit->setText(QStringLiteral("quan ly do thi"));
    save(window, folder, QStringLiteral("search-accents.png"), count);
    window.clearFilters();

    const QModelIndex justice = window.countsModel()->index(3, 1);
    window.filterFromCounts(justice.data(Qt::UserRole).toLongLong(), 2); // the Justice office's overdue items
    save(window, folder, QStringLiteral("filter-unit-overdue.png"), count);
    window.clearFilters();

    if (window.itemModel()->rowCount() > 0) {
        ItemDialog dialog(*window.itemModel(), window.itemModel()->item(0), &window);
        dialog.resize(760, 620);
        dialog.show();
        save(dialog, folder, QStringLiteral("item-dialog.png"), count);
        QVector<Item> some;
        for (int r = 0; r < 5 && r < window.itemModel()->rowCount(); ++r)
            some.append(window.itemModel()->item(r));
        BulkEditDialog bulk(*window.itemModel(), some, &window);
        bulk.show();
        save(bulk, folder, QStringLiteral("bulk-edit.png"), count);
    }
    window.showDashboard();
    if (DashboardDialog* dashboard = window.dashboard()) {
        dashboard->resize(1100, 720);
        const char* names[] = {"dashboard.png", "dashboard-status.png", "dashboard-rate.png"};
        for (int i = 0; i < DashboardDialog::ChartCount; ++i) {
            dashboard->tabs()->setCurrentIndex(i);
            save(*dashboard, folder, QLatin1String(names[i]), count);
        }
        dashboard->close();
    }
    if (!importFile.isEmpty() && window.database()) {
        ImportWizard wizard(*window.database(), window.itemModel()->year(), &window);
        wizard.setFileName(importFile);
        wizard.show();
        save(wizard, folder, QStringLiteral("import-1-file.png"), count);
        wizard.next();
        save(wizard, folder, QStringLiteral("import-2-preview.png"), count);
    }
    return count;
}

} // namespace wp::gui
