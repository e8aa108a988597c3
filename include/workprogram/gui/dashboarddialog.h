#pragma once

#include <QDialog>

#include <array>

class QChart;
class QChartView;
class QTabWidget;

namespace wp::models {
class ItemTableModel;
class UnitCountsModel;
} // namespace wp::models

namespace wp::gui {

/// The charts of the open year, one tab each: items per lead unit, their statuses per unit
/// (stacked) and the completion rate per unit (the progress report's classification). A
/// non-modal window that follows the models live; each chart can be saved as a PNG.
class DashboardDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Chart
    {
        ItemsPerUnit,
        StatusPerUnit,
        CompletionRate
    };
    static constexpr int ChartCount = 3;

    DashboardDialog(models::ItemTableModel* items, models::UnitCountsModel* counts, QWidget* parent = nullptr);

    QChartView* chartView(Chart chart) const { return m_views.at(size_t(chart)); }
    QTabWidget* tabs() const { return m_tabs; }
    /// Saves @p chart as it is shown to @p path (asks through Prompts when empty). Returns the
    /// file written, empty when cancelled or failed (the failure is shown).
    QString savePng(Chart chart, const QString& path = QString());
    /// Rebuilds every chart from the models.
    void refresh();

private:
    QChart* itemsChart() const;
    QChart* statusChart() const;
    QChart* rateChart() const;
    static QString fileKey(Chart chart);

    models::ItemTableModel* m_items;
    models::UnitCountsModel* m_counts;
    QTabWidget* m_tabs;
    std::array<QChartView*, ChartCount> m_views{};
};

} // namespace wp::gui
