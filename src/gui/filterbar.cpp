#include "filterbar.h"

#include "timing.h"
#include "ui_mainwindow.h"
#include "windowtext.h"

#include "workprogram/gui/prompts.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/unitcountsmodel.h"

#include <QElapsedTimer>

namespace wp::gui {

using models::ItemTableModel;
using models::UnitCountsModel;

FilterBar::FilterBar(Ui::MainWindow& ui, models::ItemTableModel& items, models::ItemFilterProxy& proxy, QObject* parent)
    : QObject(parent), m_ui(ui), m_items(items), m_proxy(proxy)
{
    const QDate none(2000, 1, 1);
    for (QDateEdit* edit : {m_ui.dueFromEdit, m_ui.dueToEdit}) {
        edit->setMinimumDate(none);
        edit->setSpecialValueText(WindowText::tr("—"));
        edit->setDate(none);
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::apply);
    }
    for (QComboBox* combo : {m_ui.leadFilter, m_ui.coFilter, m_ui.statusFilter, m_ui.groupFilter, m_ui.leaderFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    connect(m_ui.overdueCheck, &QCheckBox::toggled, this, &FilterBar::apply);
    connect(m_ui.searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        QElapsedTimer timer;
        timer.start();
        m_proxy.setSearchText(text);
        updateCount();
        qCDebug(lcTiming) << "search refiltered in" << timer.nsecsElapsed() / 1000 << "µs";
    });
    connect(m_ui.findAction, &QAction::triggered, this, [this] {
        m_ui.searchEdit->setFocus();
        m_ui.searchEdit->selectAll();
    });
    connect(m_ui.clearFiltersAction, &QAction::triggered, this, &FilterBar::clear);
    connect(m_ui.clearFiltersButton, &QPushButton::clicked, this, &FilterBar::clear);
    connect(m_ui.overdueAction, &QAction::toggled, m_ui.overdueCheck, &QCheckBox::setChecked);
    connect(m_ui.overdueCheck, &QCheckBox::toggled, m_ui.overdueAction, &QAction::setChecked);
    // The count follows the rows shown, and the choices the items.
    connect(&m_proxy, &QAbstractItemModel::rowsInserted, this, &FilterBar::updateCount);
    connect(&m_proxy, &QAbstractItemModel::rowsRemoved, this, &FilterBar::updateCount);
    connect(&m_proxy, &QAbstractItemModel::modelReset, this, &FilterBar::updateCount);
    connect(&m_proxy, &QAbstractItemModel::layoutChanged, this, &FilterBar::updateCount);
    connect(&m_items, &models::ItemTableModel::itemsChanged, this, [this] {
        fillChoices();
        updateCount();
    });
}

void FilterBar::fillChoices()
{
    m_filling = true;
    auto refill = [](QComboBox* combo, const QString& all, const QList<QPair<QString, QVariant>>& entries) {
        const QVariant current = combo->currentData();
        combo->clear();
        combo->addItem(all, QVariant());
        for (const auto& [text, value] : entries)
            combo->addItem(text, value);
        const int i = current.isValid() ? combo->findData(current) : 0;
        combo->setCurrentIndex(i < 0 ? 0 : i);
    };
    QList<QPair<QString, QVariant>> units;
    for (const Unit& u : m_items.yearUnits())
        units.append({u.displayName(), u.id});
    refill(m_ui.leadFilter, WindowText::tr("(tất cả)"), units);
    refill(m_ui.coFilter, WindowText::tr("(tất cả)"), units);
    QList<QPair<QString, QVariant>> statuses;
    for (Status s : StatusInfo::all())
        statuses.append({StatusInfo::label(s), int(s)});
    refill(m_ui.statusFilter, WindowText::tr("(tất cả)"), statuses);
    QList<QPair<QString, QVariant>> groups, leaders;
    for (const QString& g : m_items.distinctValues(ItemTableModel::Group))
        groups.append({g, g});
    for (const QString& l : m_items.distinctValues(ItemTableModel::Leader))
        leaders.append({l, l});
    refill(m_ui.groupFilter, WindowText::tr("(tất cả)"), groups);
    refill(m_ui.leaderFilter, WindowText::tr("(tất cả)"), leaders);
    m_filling = false;
}

void FilterBar::apply()
{
    if (m_filling)
        return;
    models::ItemFilter f;
    if (const QVariant v = m_ui.leadFilter->currentData(); v.isValid())
        f.leadUnits.insert(v.toLongLong());
    if (const QVariant v = m_ui.coFilter->currentData(); v.isValid())
        f.coUnit = v.toLongLong();
    if (const QVariant v = m_ui.statusFilter->currentData(); v.isValid())
        f.statuses.insert(Status(v.toInt()));
    f.group = m_ui.groupFilter->currentData().toString();
    f.leader = m_ui.leaderFilter->currentData().toString();
    if (m_ui.dueFromEdit->date() != m_ui.dueFromEdit->minimumDate())
        f.dueFrom = m_ui.dueFromEdit->date();
    if (m_ui.dueToEdit->date() != m_ui.dueToEdit->minimumDate())
        f.dueTo = m_ui.dueToEdit->date();
    f.overdueOnly = m_ui.overdueCheck->isChecked();
    f.openOnly = m_proxy.filter().openOnly && f.dueFrom.isValid();
    f.search = m_ui.searchEdit->text();
    m_proxy.setFilter(f);
    updateCount();
}

void FilterBar::clear()
{
    m_filling = true;
    for (QComboBox* combo : {m_ui.leadFilter, m_ui.coFilter, m_ui.statusFilter, m_ui.groupFilter, m_ui.leaderFilter})
        combo->setCurrentIndex(0);
    m_ui.dueFromEdit->setDate(m_ui.dueFromEdit->minimumDate());
    m_ui.dueToEdit->setDate(m_ui.dueToEdit->minimumDate());
    m_ui.overdueCheck->setChecked(false);
    m_ui.searchEdit->clear();
    m_filling = false;
    m_proxy.clearFilter();
    updateCount();
}

void FilterBar::filterFromCounts(qint64 unitId, int countsColumn)
{
    clear();
    m_filling = true;
    if (unitId)
        m_ui.leadFilter->setCurrentIndex(m_ui.leadFilter->findData(unitId));
    if (countsColumn >= UnitCountsModel::FirstStatus)
        m_ui.statusFilter->setCurrentIndex(m_ui.statusFilter->findData(countsColumn - UnitCountsModel::FirstStatus));
    if (countsColumn == UnitCountsModel::Overdue)
        m_ui.overdueCheck->setChecked(true);
    if (countsColumn == UnitCountsModel::DueSoon) {
        m_ui.dueFromEdit->setDate(m_items.today());
        m_ui.dueToEdit->setDate(m_items.today().addDays(UnitCountsModel::DueSoonDays));
    }
    m_filling = false;
    apply();
    if (countsColumn == UnitCountsModel::DueSoon) {
        models::ItemFilter f = m_proxy.filter();
        f.openOnly = true;
        m_proxy.setFilter(f);
    }
    updateCount();
}

void FilterBar::updateCount()
{
    m_ui.countLabel->setText(WindowText::tr("Hiển thị %1/%2 nội dung")
                                 .arg(Prompts::number(m_proxy.rowCount()), Prompts::number(m_items.rowCount())));
}

} // namespace wp::gui
