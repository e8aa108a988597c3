// The screenshot tour's shots of ProgramActions: the items' context menu with "Chuyển trạng
// thái", a program step's confirmation and the year rollover (on the tour's throwaway database).
#include "screenshottour_support.h"

#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/programactions.h"
#include "workprogram/gui/windowcontext.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/io/samplereview.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/storage/userrepository.h"

#include <QDir>
#include <QDockWidget>
#include <QMenu>
#include <QPainter>
#include <QSpinBox>
#include <QTableView>

namespace wp::gui {

using tour::saveShot;
using tour::settle;

/// Needs the tour's database with io::SampleReview in it, shown at its year.
void takeProgramScreenshots(MainWindow& window, const QString& folder, int& count)
{
    WindowContext& context = window.context();
    ProgramActions* actions = tour::area<ProgramActions>(window);
    storage::Database* db = context.database();
    if (!actions || !db)
        return;
    storage::UserRepository users(*db);
    context.setUser(users.byLogin(io::SampleReview::officeLogin()));
    context.showYear(io::SampleReview::Year);
    if (auto* history = window.findChild<QDockWidget*>(QStringLiteral("historyDock")))
        history->hide();
    // A proposed item selected, its context menu open with the statuses the Office may choose.
    const models::ItemTableModel* model = context.items();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row).status != Status::Proposed)
            continue;
        context.selectItem(model->item(row).id);
        break;
    }
    settle();
    QTableView* view = context.places().itemsView;
    QMenu menuShown;
    menuShown.addActions(view->actions());
    menuShown.ensurePolished();
    menuShown.adjustSize();
    actions->transitionMenu()->adjustSize();
    QPixmap shot = window.grab();
    {
        const QRect cell = view->visualRect(view->currentIndex());
        const QPoint at = view->viewport()->mapTo(&window, cell.center() + QPoint(-cell.width() / 4, 0));
        QPainter painter(&shot);
        const QPixmap menu = menuShown.grab();
        painter.drawPixmap(at, menu);
        const QRect entry = menuShown.actionGeometry(actions->transitionMenu()->menuAction());
        painter.drawPixmap(at + QPoint(menu.width() - 4, entry.top()), actions->transitionMenu()->grab());
    }
    saveShot(shot, folder, QStringLiteral("item-transition-menu.png"), count);

    // The confirmation of the next step, with its snapshot's label.
    if (const std::optional<Program>& program = actions->program()) {
        const ProgramState to =
            program->state == ProgramState::Drafting ? ProgramState::Review : ProgramState::Drafting;
        StepDialog step(
            actions->stepQuestion(*program, to),
            ProgramActions::tr("%1 → %2").arg(ProgramStateInfo::label(program->state), ProgramStateInfo::label(to)),
            &window);
        step.show();
        settle();
        saveShot(step.grab(), folder, QStringLiteral("program-step.png"), count);
    }

    // The rollover of the issued sample program into a year that has none yet.
    context.showYear(io::SampleData::Year);
    RolloverDialog rollover(context, io::SampleData::Year, &window);
    rollover.yearSpin()->setValue(io::SampleReview::Year + 1);
    rollover.show();
    settle();
    saveShot(rollover.grab(), folder, QStringLiteral("rollover.png"), count);
}

} // namespace wp::gui
