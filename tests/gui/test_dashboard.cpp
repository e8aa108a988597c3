// The charts window on the demo program: the bars are the counts panel's figures, the rates are
// the progress report's, the charts follow edits, and each one saves as a PNG.
#include "forms.h"
#include "freshwindow.h"
#include "testsupport.h"

#include "workprogram/gui/dashboarddialog.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/reportactions.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/models/itemeditor.h"
#include "workprogram/models/itemtablemodel.h"
#include "workprogram/models/unitcountsmodel.h"
#include "workprogram/reports/progress.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using namespace wp;
using gui::DashboardDialog;
using gui::MainWindow;

namespace {

struct Dashboard : test::DemoWindow
{
    Dashboard() : DemoWindow(io::SampleData::Stage::Amending) {}

    DashboardDialog* open()
    {
        auto* action = window->findChild<QAction*>(QStringLiteral("dashboardAction"));
        EXPECT_NE(action, nullptr);
        if (action)
            action->trigger();
        return test::area<gui::ReportActions>(window.get())->dashboard();
    }

    static QAbstractBarSeries* series(DashboardDialog* d, DashboardDialog::Chart c)
    {
        const QList<QAbstractSeries*> all = d->chartView(c)->chart()->series();
        return all.size() == 1 ? qobject_cast<QAbstractBarSeries*>(all.first()) : nullptr;
    }
    static QStringList categories(DashboardDialog* d, DashboardDialog::Chart c)
    {
        for (QAbstractAxis* a : d->chartView(c)->chart()->axes(Qt::Vertical))
            if (auto* cat = qobject_cast<QBarCategoryAxis*>(a))
                return cat->categories();
        return {};
    }
};

} // namespace

TEST_F(Dashboard, ItemsPerUnitAreTheCountsPanelFigures)
{
    DashboardDialog* d = open();
    ASSERT_NE(d, nullptr);
    EXPECT_TRUE(d->isVisible());
    auto* bars = qobject_cast<QHorizontalBarSeries*>(series(d, DashboardDialog::Chart::ItemsPerUnit));
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->count(), 1);
    const QBarSet* set = bars->barSets().first();
    const CountTable& table = window->context().counts()->table();
    ASSERT_EQ(table.rows().size(), 17);
    ASSERT_EQ(set->count(), 17);
    const QStringList names = categories(d, DashboardDialog::Chart::ItemsPerUnit);
    ASSERT_EQ(names.size(), 17);
    double sum = 0;
    for (int i = 0; i < 17; ++i) {
        // Drawn bottom-up: the first unit is the last bar, at the top.
        const CountTable::Row& row = table.rows().at(i);
        EXPECT_EQ(set->at(16 - i), row.total()) << row.unit.code.toStdString();
        EXPECT_EQ(names.at(16 - i), row.unit.displayName());
        sum += set->at(16 - i);
    }
    EXPECT_EQ(sum, 535);
}

TEST_F(Dashboard, StatusChartStacksTheStatusesInUse)
{
    DashboardDialog* d = open();
    auto* stacked = qobject_cast<QHorizontalStackedBarSeries*>(series(d, DashboardDialog::Chart::StatusPerUnit));
    ASSERT_NE(stacked, nullptr);
    const CountTable& table = window->context().counts()->table();
    int used = 0;
    for (Status s : StatusInfo::all())
        used += table.totalFor(s) > 0;
    ASSERT_EQ(stacked->count(), used);
    double sum = 0;
    for (const QBarSet* set : stacked->barSets()) {
        EXPECT_GT(set->sum(), 0) << set->label().toStdString();
        sum += set->sum();
    }
    EXPECT_EQ(sum, 535);
    EXPECT_TRUE(d->chartView(DashboardDialog::Chart::StatusPerUnit)->chart()->legend()->isVisible());
}

TEST_F(Dashboard, CompletionRatesUseTheProgressReportClassification)
{
    DashboardDialog* d = open();
    auto* bars = qobject_cast<QHorizontalBarSeries*>(series(d, DashboardDialog::Chart::CompletionRate));
    ASSERT_NE(bars, nullptr);
    const QBarSet* set = bars->barSets().first();
    const auto tallies =
        reports::tallyByLeadUnit(window->context().items()->items(), window->context().items()->today());
    const QStringList names = categories(d, DashboardDialog::Chart::CompletionRate);
    ASSERT_EQ(names.size(), set->count());
    int checked = 0;
    for (const CountTable::Row& row : window->context().counts()->table().rows()) {
        const reports::ProgressTally t = tallies.value(row.unit.id);
        if (t.counted() == 0)
            continue;
        const int bar = int(names.indexOf(row.unit.displayName()));
        ASSERT_GE(bar, 0) << row.unit.code.toStdString();
        EXPECT_NEAR(set->at(bar), 100.0 * t.done() / t.counted(), 0.051) << row.unit.code.toStdString();
        ++checked;
    }
    EXPECT_EQ(checked, set->count());
    EXPECT_GT(checked, 0);
}

TEST_F(Dashboard, ChartsFollowAnEdit)
{
    DashboardDialog* d = open();
    models::ItemTableModel* items = window->context().items();
    int row = 0; // an item in the draft: its lead unit may change (approved ones are locked)
    while (row < items->rowCount() && items->item(row).status != Status::InDraft)
        ++row;
    ASSERT_LT(row, items->rowCount());
    Item it = items->item(row);
    const qint64 unit = it.leadUnitId;
    QVector<qint64> others;
    for (const CountTable::Row& r : window->context().counts()->table().rows())
        if (r.unit.id != unit)
            others.append(r.unit.id);
    ASSERT_FALSE(others.isEmpty());
    it.leadUnitId = others.first();
    ASSERT_TRUE(window->context().editor()->editItems({it}, QStringLiteral("move")));
    const CountTable& table = window->context().counts()->table();
    const QBarSet* set = series(d, DashboardDialog::Chart::ItemsPerUnit)->barSets().first();
    for (int i = 0; i < table.rows().size(); ++i)
        EXPECT_EQ(set->at(int(table.rows().size()) - 1 - i), table.rows().at(i).total());
}

TEST_F(Dashboard, SavesEachChartAsAPng)
{
    DashboardDialog* d = open();
    for (const char* key : {"items-per-unit", "status-per-unit", "completion-rate"}) {
        const QString out = dir.filePath(QStringLiteral("%1.png").arg(QLatin1String(key)));
        gui::Prompts::setNextFileName(out);
        auto* button = d->findChild<QPushButton*>(QStringLiteral("savePng-%1").arg(QLatin1String(key)));
        ASSERT_NE(button, nullptr) << key;
        QTest::mouseClick(button, Qt::LeftButton);
        ASSERT_TRUE(QFile::exists(out)) << key;
        QFile f(out);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(f.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8)) << key;
        EXPECT_GT(f.size(), 1000) << key;
        const QImage image(out);
        EXPECT_FALSE(image.isNull()) << key;
        EXPECT_GT(image.width(), 100) << key;
    }
    EXPECT_TRUE(gui::Prompts::shownMessages().isEmpty()) << gui::Prompts::shownMessages().join('\n').toStdString();
}

TEST_F(Dashboard, CancelledSaveWritesNothing)
{
    DashboardDialog* d = open();
    EXPECT_TRUE(d->savePng(DashboardDialog::Chart::CompletionRate).isEmpty());
}
