// The screenshot tour's server screens (issue 13): the connect dialog as a person fills it in
// (the password still to type), and the conflict view of a save someone else got in first. The
// conflict is a real one on the tour's throwaway review file: the unit changes an item, the
// Office's edit read before it is refused; the view needs no server to show it.
#include "screenshottour_support.h"

#include "workprogram/gui/conflictdialog.h"
#include "workprogram/gui/connectdialog.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/io/samplereview.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QSpinBox>

namespace wp::gui {

using tour::save;

void takeServerScreenshots(MainWindow& window, const QString& folder, int& count)
{
    {
        ConnectDialog connect(&window);
        tour::setText(connect, "hostEdit", QStringLiteral("192.168.1.10"));
        if (auto* port = connect.findChild<QSpinBox*>(QStringLiteral("portSpin")))
            port->setValue(5432);
        tour::setText(connect, "databaseEdit", QStringLiteral("workprogram"));
        tour::setText(connect, "loginEdit", io::SampleReview::officeLogin());
        tour::setText(connect, "passwordEdit", QString());
        connect.show();
        if (auto* password = connect.findChild<QLineEdit*>(QStringLiteral("passwordEdit")))
            password->setFocus(); // what the person types next
        if (auto* login = connect.findChild<QLineEdit*>(QStringLiteral("loginEdit")))
            login->deselect();
        save(connect, folder, QStringLiteral("connect-dialog.png"), count);
    }
    WindowContext& context = window.context();
    if (!context.database())
        return;
    storage::Database& db = *context.database();
    storage::UserRepository users(db);
    const std::optional<User> office = users.byLogin(io::SampleReview::officeLogin());
    const std::optional<User> unit = users.byLogin(io::SampleReview::unitLogin());
    if (!office || !unit)
        return;
    context.setUser(office);
    context.showYear(io::SampleReview::Year);
    const models::ItemTableModel& items = *context.items();
    Item read;
    for (int row = 0; row < items.rowCount() && !read.id; ++row)
        if (items.item(row).status == Status::Proposed && items.item(row).leadUnitId == unit->unitId)
            read = items.item(row);
    if (!read.id)
        return;
    try {
        // The unit's change, made at another desk while the Office was typing.
        Item theirs = read;
        theirs.note = QStringLiteral("Đơn vị đề nghị lùi thời hạn do chờ hướng dẫn của Sở");
        theirs.leader = QStringLiteral("PCT phụ trách Kinh tế");
        storage::WorkflowService(db, *unit).edit(theirs);
        models::ItemConflict conflict;
        conflict.read = read;
        conflict.yours = read;
        conflict.yours.content = read.content + QStringLiteral(" (Văn phòng điều chỉnh câu chữ)");
        conflict.yours.leader = QStringLiteral("Chủ tịch UBND quận");
        conflict.theirs = *storage::ItemRepository(db).byId(read.id);
        context.reloadItems();
        ConflictDialog dialog(db, items, {conflict}, &window);
        dialog.show();
        save(dialog, folder, QStringLiteral("conflict.png"), count);
    } catch (const wp::Error&) {
        // the tour goes on without this shot
    }
}

} // namespace wp::gui
