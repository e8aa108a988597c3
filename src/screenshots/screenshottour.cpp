#include "workprogram/screenshots/screenshottour.h"

#include "screenshottour_support.h"

#include "workprogram/gui/bulkeditdialog.h"
#include "workprogram/gui/comparisondialog.h"
#include "workprogram/gui/dashboarddialog.h"
#include "workprogram/gui/importwizard.h"
#include "workprogram/gui/itemdialog.h"
#include "workprogram/gui/logindialog.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/reportactions.h"
#include "workprogram/gui/reviewqueuedialog.h"
#include "workprogram/gui/reviewscreens.h"
#include "workprogram/gui/signoffdialog.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/io/samplereview.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/reviewqueuemodel.h"
#include "workprogram/models/unitcountsmodel.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>

namespace wp::gui {

using tour::save;

namespace {
/// The smallest screen the window is made for (issue 14), less the window manager's title bar.
const QSize Small(1024, 768 - 40);
} // namespace

int takeScreenshots(MainWindow& window, const QString& folder, const QString& importFile)
{
    QDir().mkpath(folder);
    int count = 0;
    WindowContext& context = window.context();
    const models::ItemTableModel* items = context.items();
    window.show();
    save(window, folder, QStringLiteral("main-window.png"), count);
    // Issue 14: the same window on a 1 024 × 768 screen (the filter bar folds, nothing is cut).
    const QSize full = window.size();
    window.resize(Small);
    save(window, folder, QStringLiteral("main-window-1024.png"), count);
    window.resize(full);

    tour::setText(window, "searchEdit", QStringLiteral("quan ly do thi"));
    save(window, folder, QStringLiteral("search-accents.png"), count);
    tour::trigger(window, "clearFiltersAction");
    // Words in any order, without accents: the words found are marked in the content.
    tour::setText(window, "searchEdit", QStringLiteral("phap luat tuyen truyen"));
    save(window, folder, QStringLiteral("search-words.png"), count);
    tour::trigger(window, "clearFiltersAction");

    // The Justice office's overdue items, as a click on its number in the counts panel shows them.
    if (auto* counts = window.findChild<QTableView*>(QStringLiteral("countsView")))
        emit counts->clicked(counts->model()->index(3, models::UnitCountsModel::Overdue));
    save(window, folder, QStringLiteral("filter-unit-overdue.png"), count);
    tour::trigger(window, "clearFiltersAction");

    if (items->rowCount() > 0) {
        ItemDialog dialog(*items, items->item(0), &window);
        dialog.resize(760, 620);
        dialog.show();
        save(dialog, folder, QStringLiteral("item-dialog.png"), count);
        QVector<Item> some;
        for (int r = 0; r < 5 && r < items->rowCount(); ++r)
            some.append(items->item(r));
        BulkEditDialog bulk(*items, some, &window);
        bulk.show();
        save(bulk, folder, QStringLiteral("bulk-edit.png"), count);
    }
    ReportActions* reports = tour::area<ReportActions>(window);
    reports->showDashboard();
    if (DashboardDialog* dashboard = reports->dashboard()) {
        dashboard->resize(1100, 720);
        const char* names[] = {"dashboard.png", "dashboard-status.png", "dashboard-rate.png"};
        for (int i = 0; i < DashboardDialog::ChartCount; ++i) {
            dashboard->tabs()->setCurrentIndex(i);
            save(*dashboard, folder, QLatin1String(names[i]), count);
        }
        dashboard->close();
    }
    if (!importFile.isEmpty() && context.database()) {
        ImportWizard wizard(*context.database(), context.year(), &window);
        wizard.setFileName(importFile);
        wizard.show();
        save(wizard, folder, QStringLiteral("import-1-file.png"), count);
        wizard.next();
        save(wizard, folder, QStringLiteral("import-2-preview.png"), count);
        wizard.resize(wizard.size().boundedTo(Small));
        save(wizard, folder, QStringLiteral("import-2-preview-1024.png"), count);
    }
    takeReviewScreenshots(window, folder, count);
    return count;
}

void takeReviewScreenshots(MainWindow& window, const QString& folder, int& count)
{
    // The review screens on a throwaway database with a program under review, never on the
    // one the tour was given; that one is opened again at the end.
    WindowContext& context = window.context();
    if (!context.database())
        return;
    const QString original = context.database()->location();
    const int originalYear = context.year();
    const QVariant lastDatabase = QSettings().value(QStringLiteral("lastDatabase"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("duyet.sqlite"));
    try {
        auto db = storage::Database::open(path);
        io::SampleData::addUnits(*db);
        io::SampleData::addProgram(*db);
        io::SampleReview::add(*db);
    } catch (const wp::Error&) {
        return;
    }
    QSettings settings;
    const QVariant daily = settings.value(QStringLiteral("backup/daily"));
    settings.setValue(QStringLiteral("backup/daily"), false); // no backup of a throwaway file
    const bool opened = window.openDatabase(path, io::SampleReview::Year);
    if (daily.isValid())
        settings.setValue(QStringLiteral("backup/daily"), daily);
    else
        settings.remove(QStringLiteral("backup/daily"));
    if (!opened)
        return;
    storage::Database& db = *context.database();
    {
        FirstAdminDialog first(db, &window);
        tour::setText(first, "loginEdit", QStringLiteral("quantri"));
        tour::setText(first, "nameEdit", QStringLiteral("Phạm Quản Trị"));
        tour::setText(first, "passwordEdit", QStringLiteral("matkhau"));
        first.show();
        save(first, folder, QStringLiteral("first-admin.png"), count);
        LoginDialog login(db, &window);
        tour::setText(login, "loginEdit", io::SampleReview::officeLogin());
        tour::setText(login, "passwordEdit", QStringLiteral("sai"));
        login.show();
        login.tryLogin(); // the wrong password, as the person sees it refused
        save(login, folder, QStringLiteral("login.png"), count);
    }
    storage::UserRepository users(db);
    context.setUser(users.byLogin(io::SampleReview::officeLogin()));
    const std::optional<Program> program = storage::ProgramRepository(db).byYear(io::SampleReview::Year);
    storage::ItemFilter returned;
    returned.statuses = {Status::Returned};
    const QVector<Item> back = program ? storage::ItemRepository(db).list(program->id, returned) : QVector<Item>();
    if (!back.isEmpty()) {
        context.showHistory(back.first().id);
        save(window, folder, QStringLiteral("history-panel.png"), count);
    }
    ReviewScreens* review = tour::area<ReviewScreens>(window);
    if (ReviewQueueDialog* queue = review->showReviewQueue()) {
        queue->setShowing(Status::Proposed);
        const QModelIndex unit = queue->model()->index(1, 0);
        queue->select({}, unit.data(models::ReviewQueueModel::UnitIdRole).toLongLong());
        save(*queue, folder, QStringLiteral("review-queue.png"), count);
        context.setUser(users.byLogin(io::SampleReview::unitLogin()));
        queue->setShowing(Status::Returned);
        queue->view()->setCurrentIndex(queue->model()->index(0, 0, queue->model()->index(0, 0)));
        save(*queue, folder, QStringLiteral("review-returned.png"), count);
        queue->close();
    }
    context.setUser(users.byLogin(io::SampleReview::leaderLogin()));
    if (SignoffDialog* signoff = review->showSignoff()) {
        const int row = 0;
        signoff->summaryView()->selectRow(row);
        signoff->decisionEdit()->setText(QStringLiteral("123/QĐ-UBND"));
        save(*signoff, folder, QStringLiteral("signoff.png"), count);
        signoff->resize(signoff->size().boundedTo(Small));
        save(*signoff, folder, QStringLiteral("signoff-1024.png"), count);
        signoff->close();
    }
    // The comparison: the Office takes the draft back (a snapshot), adjusts two items, and
    // compares that snapshot with the items as they are now.
    if (program) {
        try {
            const std::optional<User> office = users.byLogin(io::SampleReview::officeLogin());
            Program p = *program;
            if (office) {
                storage::WorkflowService service(db, *office);
                const storage::Snapshot taken = service.step(p, ProgramState::Drafting);
                storage::ItemFilter draft;
                draft.statuses = {Status::InDraft};
                QVector<Item> editable = storage::ItemRepository(db).list(p.id, draft);
                for (int i = 0; i < std::min<int>(2, int(editable.size())); ++i) {
                    Item it = editable.at(i);
                    if (i == 0)
                        it.content += QStringLiteral(" (Văn phòng điều chỉnh)");
                    else if (const std::optional<Deadline> d = Deadline::parse(QStringLiteral("Quý IV"), p.year))
                        it.deadline = *d;
                    service.edit(it);
                }
                ComparisonDialog comparison(db, p.id, p.year, &window);
                comparison.compare(taken.id, std::nullopt);
                comparison.show();
                save(comparison, folder, QStringLiteral("comparison.png"), count);
                comparison.resize(comparison.size().boundedTo(Small));
                save(comparison, folder, QStringLiteral("comparison-1024.png"), count);
            }
        } catch (const wp::Error&) {
        }
    }
    takeProgramScreenshots(window, folder, count);
    takeAdminScreenshots(window, folder, count);
    takeServerScreenshots(window, folder, count);
    context.setUser(std::nullopt);
    window.openDatabase(original, originalYear);
    QSettings().setValue(QStringLiteral("lastDatabase"), lastDatabase);
}

} // namespace wp::gui
