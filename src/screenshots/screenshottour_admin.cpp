// The screenshot tour's merge and user management screens (issue 4), on the tour's throwaway
// review database with the program's proposals.
#include "screenshottour_support.h"

#include "workprogram/core/merge.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/mergedialog.h"
#include "workprogram/gui/usersdialog.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/io/samplereview.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/useradmin.h"
#include "workprogram/storage/userrepository.h"

#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>

namespace wp::gui {

using tour::save;

void takeAdminScreenshots(MainWindow& window, const QString& folder, int& count)
{
    WindowContext& context = window.context();
    if (!context.database())
        return;
    storage::Database& db = *context.database();
    storage::UserRepository users(db);
    const models::ItemTableModel* items = context.items();
    // The Office merges three proposals of three units describing the same work: in the program
    // under review (the program shots end on another year).
    context.setUser(users.byLogin(io::SampleReview::officeLogin()));
    context.showYear(io::SampleReview::Year);
    QVector<Item> picked;
    QVector<qint64> units;
    for (const Item& it : items->items())
        if (it.status == Status::Proposed && !units.contains(it.leadUnitId) && picked.size() < 3) {
            units.append(it.leadUnitId);
            picked.append(it);
        }
    if (picked.size() == 3 && context.user()) {
        MergeDialog dialog(db, *context.user(), picked, items->yearUnits(), items->year(), &window);
        tour::setUnit(dialog, "leadCombo", picked.at(1).leadUnitId);
        tour::setText(
            dialog, "contentEdit",
            QStringLiteral("Xây dựng đề án tuyến phố đi bộ và chợ đêm từ phố Vũ Quỳnh đến quảng trường tháp đồng hồ "
                           "Sân vận động quốc gia Mỹ Đình"));
        tour::setText(dialog, "deadlineEdit", QStringLiteral("Quý III"));
        tour::setText(dialog, "reasonEdit",
                      QStringLiteral("ba đơn vị đề xuất cùng một việc; đơn vị chủ trì xây dựng đề án"));
        dialog.show();
        save(dialog, folder, QStringLiteral("merge-dialog.png"), count);
        if (dialog.tryMerge() && dialog.merged()) {
            context.reloadItems();
            context.showHistory(dialog.merged()->id); // the new item and its first history row
            save(window, folder, QStringLiteral("merge-result.png"), count);
        }
    }
    // The administrator's user management: the list, and an account refused for its password.
    context.setUser(users.byLogin(io::SampleReview::adminLogin()));
    if (const std::optional<User>& admin = context.user()) {
        // Someone who has moved on: their account locked, as an office keeps them.
        try {
            storage::UserAdmin accounts(db);
            User former;
            former.login = QStringLiteral("nguyencu");
            former.fullName = QStringLiteral("Nguyễn Văn Cũ");
            former.title = QStringLiteral("Chuyên viên (đã chuyển công tác)");
            former.role = Role::Office;
            accounts.add(*admin, former, QStringLiteral("mat-khau-cu"));
            accounts.setActive(*admin, former.login, false);
        } catch (const wp::Error&) {
            // the shot shows the list without it
        }
        UsersDialog list(db, *admin, items->yearUnits(), &window);
        list.refresh(io::SampleReview::unitLogin());
        list.show();
        save(list, folder, QStringLiteral("users.png"), count);
        AddUserDialog add(db, *admin, items->yearUnits(), &window);
        tour::setText(add, "loginEdit", QStringLiteral("tuphap"));
        tour::setText(add, "nameEdit", QStringLiteral("Đỗ Thị Pháp"));
        tour::setText(add, "titleEdit", QStringLiteral("Chuyên viên Phòng Tư pháp"));
        tour::setChoice(add, "roleCombo", int(Role::Unit));
        if (items->yearUnits().size() > 3)
            tour::setUnit(add, "unitCombo", items->yearUnits().at(3).id);
        tour::setText(add, "passwordEdit", QStringLiteral("mat-khau-1"));
        tour::setText(add, "repeatEdit", QStringLiteral("mat-khau-2"));
        add.show();
        add.tryAdd(); // refused: the two passwords differ, as the administrator sees it
        save(add, folder, QStringLiteral("user-add.png"), count);
    }
}

} // namespace wp::gui
