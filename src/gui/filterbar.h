#pragma once

// Private to wp_gui: a part of MainWindow, over the filter widgets of its form.

#include <QObject>

namespace Ui {
class MainWindow;
}

namespace wp::models {
class ItemFilterProxy;
class ItemTableModel;
} // namespace wp::models

namespace wp::gui {

/// The items table's filters above it (issue 2): the search box (accents ignored), lead and
/// co-operating unit, status, group, leader, the deadline range and "overdue only"; the choices
/// come from the shown year's items; the count of the rows shown; Ctrl+F, Ctrl+Shift+O and
/// Ctrl+Shift+L (menu "Xem").
class FilterBar : public QObject
{
    Q_OBJECT

public:
    FilterBar(Ui::MainWindow& ui, models::ItemTableModel& items, models::ItemFilterProxy& proxy, QObject* parent);

    /// Fills the lists with the units, statuses, groups and leaders of the shown year, keeping
    /// what was chosen where it is still there.
    void fillChoices();
    void clear();
    /// Filters to @p unitId (0: all) and what a counts-panel column means.
    void filterFromCounts(qint64 unitId, int countsColumn);
    /// "Hiển thị N/M nội dung".
    void updateCount();

private:
    void apply();

    Ui::MainWindow& m_ui;
    models::ItemTableModel& m_items;
    models::ItemFilterProxy& m_proxy;
    bool m_filling = false;
};

} // namespace wp::gui
