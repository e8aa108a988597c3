#include "workprogram/gui/dashboarddialog.h"

#include "screenfit.h"

#include "workprogram/gui/prompts.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/unitcountsmodel.h"
#include "workprogram/reports/progress.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QPixmap>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace wp::gui {
namespace {

/// Horizontal bars list their first category at the bottom: the units go in reversed so that
/// the chart reads top-down in the units' order, like the counts panel.
QStringList unitCategories(const QVector<Unit>& units)
{
    QStringList names;
    for (auto it = units.crbegin(); it != units.crend(); ++it)
        names.append(it->displayName());
    return names;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation); // a saved PNG shows the final bars
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void attachAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& categories, double maximum,
                const QString& valueTitle)
{
    chart->addSeries(series);
    auto* unitsAxis = new QBarCategoryAxis;
    unitsAxis->append(categories);
    chart->addAxis(unitsAxis, Qt::AlignLeft);
    series->attachAxis(unitsAxis);
    auto* values = new QValueAxis;
    values->setRange(0, maximum > 0 ? maximum : 1);
    values->setLabelFormat(QStringLiteral("%d"));
    values->setTitleText(valueTitle);
    if (maximum <= 10)
        values->setTickCount(int(std::max(2.0, maximum + 1)));
    else
        values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
}

} // namespace

DashboardDialog::DashboardDialog(models::ItemTableModel* items, models::UnitCountsModel* counts, QWidget* parent)
    : QDialog(parent), m_items(items), m_counts(counts), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("dashboardDialog"));
    const QString tabTitles[ChartCount] = {tr("Số nội dung theo đơn vị"), tr("Trạng thái theo đơn vị"),
                                           tr("Tỷ lệ hoàn thành")};
    for (int i = 0; i < ChartCount; ++i) {
        const auto chart = Chart(i);
        auto* page = new QWidget(m_tabs);
        auto* layout = new QVBoxLayout(page);
        auto* view = new QChartView(page);
        view->setObjectName(QStringLiteral("chartView-%1").arg(fileKey(chart)));
        view->setRenderHint(QPainter::Antialiasing);
        layout->addWidget(view, 1);
        auto* buttons = new QHBoxLayout;
        buttons->addStretch(1);
        auto* save = new QPushButton(tr("Lưu ảnh PNG…"), page);
        save->setObjectName(QStringLiteral("savePng-%1").arg(fileKey(chart)));
        connect(save, &QPushButton::clicked, this, [this, chart] { savePng(chart); });
        buttons->addWidget(save);
        layout->addLayout(buttons);
        m_views[size_t(i)] = view;
        m_tabs->addTab(page, tabTitles[i]);
    }
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Đóng"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(close);

    // The counts model recounts on every change of the items: follow it.
    connect(m_counts, &QAbstractItemModel::modelReset, this, &DashboardDialog::refresh);
    connect(m_counts, &QAbstractItemModel::dataChanged, this, &DashboardDialog::refresh);
    resizeWithinScreen(this, QSize(1000, 700)); // never larger than the screen (issue 14)
    refresh();
}

QString DashboardDialog::fileKey(Chart chart)
{
    switch (chart) {
    case Chart::ItemsPerUnit:
        return QStringLiteral("items-per-unit");
    case Chart::StatusPerUnit:
        return QStringLiteral("status-per-unit");
    case Chart::CompletionRate:
        return QStringLiteral("completion-rate");
    }
    return {};
}

void DashboardDialog::refresh()
{
    setWindowTitle(tr("Biểu đồ — Chương trình công tác năm %1").arg(m_items->year()));
    QChart* charts[ChartCount] = {itemsChart(), statusChart(), rateChart()};
    for (int i = 0; i < ChartCount; ++i) {
        QChart* old = m_views[size_t(i)]->chart();
        m_views[size_t(i)]->setChart(charts[i]);
        delete old; // setChart hands the previous chart back to us
    }
}

QChart* DashboardDialog::itemsChart() const
{
    const CountTable& table = m_counts->table();
    QVector<Unit> units;
    auto* set = new QBarSet(tr("Số nội dung"));
    int maximum = 0;
    for (auto it = table.rows().crbegin(); it != table.rows().crend(); ++it) {
        *set << it->total();
        maximum = std::max(maximum, it->total());
    }
    for (const CountTable::Row& r : table.rows())
        units.append(r.unit);
    set->setLabelColor(Qt::black);
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(0.7);
    QChart* chart = newChart(tr("Số nội dung theo đơn vị chủ trì (tổng %1)").arg(Prompts::number(table.total())));
    attachAxes(chart, series, unitCategories(units), std::ceil(maximum * 1.1), tr("Số nội dung"));
    chart->legend()->hide();
    return chart;
}

QChart* DashboardDialog::statusChart() const
{
    const CountTable& table = m_counts->table();
    QVector<Unit> units;
    int maximum = 0;
    for (const CountTable::Row& r : table.rows()) {
        units.append(r.unit);
        maximum = std::max(maximum, r.total());
    }
    auto* series = new QHorizontalStackedBarSeries;
    for (Status s : StatusInfo::all()) {
        if (table.totalFor(s) == 0)
            continue;
        auto* set = new QBarSet(StatusInfo::label(s));
        for (auto it = table.rows().crbegin(); it != table.rows().crend(); ++it)
            *set << it->byStatus[size_t(s)];
        series->append(set);
    }
    series->setBarWidth(0.7);
    QChart* chart = newChart(tr("Trạng thái các nội dung theo đơn vị chủ trì"));
    attachAxes(chart, series, unitCategories(units), std::ceil(maximum * 1.05), tr("Số nội dung"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* DashboardDialog::rateChart() const
{
    // The same classification as the progress report, so both show the same rates.
    const QHash<qint64, reports::ProgressTally> tallies = reports::tallyByLeadUnit(m_items->items(), m_items->today());
    QVector<Unit> units;
    QVector<double> rates;
    for (const CountTable::Row& r : m_counts->table().rows()) {
        const reports::ProgressTally t = tallies.value(r.unit.id);
        if (t.counted() == 0)
            continue; // no rate without items
        units.append(r.unit);
        rates.append(std::round(1000.0 * t.done() / t.counted()) / 10.0);
    }
    const QString title =
        tr("Tỷ lệ hoàn thành theo đơn vị chủ trì (tính đến ngày %1)").arg(formatDate(m_items->today()));
    if (std::all_of(rates.cbegin(), rates.cend(), [](double rate) { return rate == 0; })) {
        // Every bar at 0 is an empty plot that looks broken: say what it means instead.
        QChart* chart = newChart(title + QStringLiteral(": ") + tr("chưa có nội dung hoàn thành"));
        chart->legend()->hide();
        return chart;
    }
    auto* set = new QBarSet(tr("Tỷ lệ hoàn thành (%)"));
    for (auto it = rates.crbegin(); it != rates.crend(); ++it)
        *set << *it;
    set->setLabelColor(Qt::black);
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setBarWidth(0.7);
    QChart* chart = newChart(title);
    attachAxes(chart, series, unitCategories(units), 100, tr("Tỷ lệ hoàn thành (%)"));
    chart->legend()->hide();
    return chart;
}

QString DashboardDialog::savePng(Chart chart, const QString& chosenPath)
{
    QString path = chosenPath;
    if (path.isEmpty())
        path = Prompts::saveFileName(this, tr("Lưu biểu đồ thành ảnh PNG"),
                                     QStringLiteral("%1-%2.png").arg(fileKey(chart)).arg(m_items->year()),
                                     tr("Ảnh PNG (*.png)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    // Saved as shown: the chart's own tab comes to the front and is laid out before the grab
    // (a tab that was never shown has no size yet).
    m_tabs->setCurrentIndex(int(chart));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (!chartView(chart)->grab().save(path, "PNG")) {
        Prompts::warning(this, tr("Không lưu được ảnh"), tr("Không ghi được tệp %1.").arg(path));
        return {};
    }
    return path;
}

} // namespace wp::gui
