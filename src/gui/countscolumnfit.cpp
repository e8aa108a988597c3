#include "countscolumnfit.h"

#include "workprogram/models/unitcountsmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace wp::gui {

using models::UnitCountsModel;

CountsColumnFit::CountsColumnFit(QTableView* view) : QObject(view), m_view(view), m_viewport(view->viewport())
{
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(UnitCountsModel::Unit, QHeaderView::Interactive);
    view->setTextElideMode(Qt::ElideRight);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &CountsColumnFit::fit);
    connect(model, &QAbstractItemModel::layoutChanged, this, &CountsColumnFit::fit);
    connect(model, &QAbstractItemModel::dataChanged, this, &CountsColumnFit::fit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &CountsColumnFit::fit);
    fit();
}

void CountsColumnFit::fit()
{
    QHeaderView* header = m_view->horizontalHeader();
    const QAbstractItemView* view = m_view; // sizeHintForColumn is public there
    const int total =
        std::max(view->sizeHintForColumn(UnitCountsModel::Total), header->sectionSizeHint(UnitCountsModel::Total));
    const int wanted =
        std::max(view->sizeHintForColumn(UnitCountsModel::Unit), header->sectionSizeHint(UnitCountsModel::Unit));
    const int room = m_view->viewport()->width() - total;
    // Never narrower than a short unit name: on a panel too narrow for both, it scrolls.
    const int least = m_view->fontMetrics().horizontalAdvance(QStringLiteral("Phòng Kinh tế…"));
    header->resizeSection(UnitCountsModel::Unit, std::max(std::min(wanted, room), least));
}

bool CountsColumnFit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace wp::gui
