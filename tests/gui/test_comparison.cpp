// The comparison view (issue 4): two rounds of a fresh database compared offscreen; the
// numbers must be the CLI's `diff` on the same file, the changed fields marked by colour and text.
#include "testsupport.h"

#include "workprogram/gui/comparisondialog.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/io/samplereview.h"
#include "workprogram/models/comparisonmodel.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace wp;
using io::SampleReview;
using models::ComparisonItemModel;
using models::ComparisonUnitModel;

namespace {

struct ComparisonView : ::testing::Test
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("so-sanh.sqlite"));
    std::unique_ptr<storage::Database> db;
    Program program;
    storage::Snapshot taken;
    QVector<int> editedNumbers;

    void SetUp() override
    {
        db = storage::Database::open(path);
        io::SampleData::addUnits(*db);
        io::SampleData::addProgram(*db);
        SampleReview::add(*db); // under review: 12 proposed, 6 in the draft, 6 returned
        program = *storage::ProgramRepository(*db).byYear(SampleReview::Year);
        const User office = *storage::UserRepository(*db).byLogin(SampleReview::officeLogin());
        storage::WorkflowService service(*db, office);
        taken = service.step(program, ProgramState::Drafting); // snapshot of the review round
        storage::ItemFilter draft;
        draft.statuses = {Status::InDraft};
        QVector<Item> items = storage::ItemRepository(*db).list(program.id, draft);
        ASSERT_GE(items.size(), 2);
        items[0].content += QStringLiteral(" (Văn phòng điều chỉnh)");
        service.edit(items[0]);
        items[1].leader = QStringLiteral("Phó Chủ tịch Trần Văn Sửa");
        service.edit(items[1]);
        editedNumbers = {items[0].number, items[1].number};
    }
};

} // namespace

TEST_F(ComparisonView, ShowsTheCountsOfTheCliDiffAndMarksTheChangedFields)
{
    gui::ComparisonDialog dialog(*db, program.id, program.year);
    QAbstractItemModelTester unitTester(dialog.unitModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester itemTester(dialog.itemModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_TRUE(dialog.hasSnapshots());
    // The choices: every snapshot of the year and "Hiện tại", the newest against now by default.
    EXPECT_EQ(dialog.fromBox()->count(), 1);
    EXPECT_EQ(dialog.toBox()->count(), 2);
    EXPECT_EQ(dialog.toBox()->currentText(), QStringLiteral("Hiện tại"));
    EXPECT_FALSE(dialog.compare(taken.id + 99, std::nullopt));
    ASSERT_TRUE(dialog.compare(taken.id, std::nullopt));

    const wp::test::CliResult r = wp::test::runCli(
        {QStringLiteral("diff"), QStringLiteral("--db"), path, QStringLiteral("--year"), QString::number(program.year),
         QStringLiteral("--from"), QString::number(taken.id), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject d = QJsonDocument::fromJson(r.out.toUtf8()).object();
    ASSERT_EQ(d.value(QStringLiteral("changed")).toInt(), 2) << r.out.toStdString();

    ComparisonUnitModel* units = dialog.unitModel();
    const int total = units->rowCount() - 1;
    ASSERT_GT(total, 0);
    EXPECT_TRUE(units->index(total, 0).data(ComparisonUnitModel::IsTotalRole).toBool());
    EXPECT_EQ(units->index(total, ComparisonUnitModel::Unit).data().toString(), QStringLiteral("Tổng cộng"));
    const auto cell = [&](int column) { return units->index(total, column).data().toInt(); };
    EXPECT_EQ(cell(ComparisonUnitModel::Before), d.value(QStringLiteral("before")).toInt());
    EXPECT_EQ(cell(ComparisonUnitModel::After), d.value(QStringLiteral("after")).toInt());
    EXPECT_EQ(cell(ComparisonUnitModel::Added), d.value(QStringLiteral("added")).toInt());
    EXPECT_EQ(cell(ComparisonUnitModel::Removed), d.value(QStringLiteral("removed")).toInt());
    EXPECT_EQ(cell(ComparisonUnitModel::Changed), 2);
    EXPECT_EQ(cell(ComparisonUnitModel::Merged), d.value(QStringLiteral("merged")).toInt());
    EXPECT_EQ(dialog.summaryLabel()->text().left(dialog.summaryLabel()->text().indexOf(QLatin1String(" ("))),
              QStringLiteral("%1 → %2: thêm 0, bớt 0, sửa 2, gộp 0")
                  .arg(d.value(QStringLiteral("before")).toInt())
                  .arg(d.value(QStringLiteral("after")).toInt()));

    ComparisonItemModel* items = dialog.itemModel();
    ASSERT_EQ(items->rowCount(), 2);
    QVector<int> numbers;
    for (int row = 0; row < 2; ++row) {
        numbers.append(items->index(row, ComparisonItemModel::Number).data().toInt());
        EXPECT_EQ(items->index(row, ComparisonItemModel::Change).data().toString(), QStringLiteral("✎ Sửa"));
        const QModelIndex fields = items->index(row, ComparisonItemModel::Fields);
        EXPECT_TRUE(fields.data(ComparisonItemModel::IsChangedFieldRole).toBool());
        EXPECT_TRUE(fields.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
        EXPECT_TRUE(fields.data().toString().startsWith(QStringLiteral("✎ ")))
            << fields.data().toString().toStdString();
        // A field that did not change is neither coloured nor marked.
        EXPECT_FALSE(items->index(row, ComparisonItemModel::Number).data(Qt::BackgroundRole).isValid());
    }
    std::sort(numbers.begin(), numbers.end());
    std::sort(editedNumbers.begin(), editedNumbers.end());
    EXPECT_EQ(numbers, editedNumbers);
    bool sawLeader = false;
    bool sawContent = false;
    for (int row = 0; row < 2; ++row) {
        const QString text = items->index(row, ComparisonItemModel::Fields).data().toString();
        if (text.contains(QStringLiteral("✎ lãnh đạo phụ trách: ")) &&
            text.endsWith(QStringLiteral("→ \"Phó Chủ tịch Trần Văn Sửa\"")))
            sawLeader = true;
        if (text.startsWith(QStringLiteral("✎ nội dung: ")) &&
            text.endsWith(QStringLiteral(" (Văn phòng điều chỉnh)\""))) {
            sawContent = true;
            EXPECT_TRUE(
                items->index(row, ComparisonItemModel::Content).data(ComparisonItemModel::IsChangedFieldRole).toBool());
        }
    }
    EXPECT_TRUE(sawLeader);
    EXPECT_TRUE(sawContent);
}
