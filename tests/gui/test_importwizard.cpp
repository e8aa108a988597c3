// Issue 16 in the import wizard: the sheet that holds the table chosen among candidates, "có phải
// … không?" suggestions without command-line advice, stated numbers that differ marked on their
// rows, and hidden rows by the same rule as the command line.
#include "officefile.h"
#include "testsupport.h"

#include "workprogram/gui/importwizard.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace wp;

namespace {

struct Wizard : ::testing::Test
{
    test::TempDb temp;
    void SetUp() override
    {
        io::SampleData::addUnits(temp.db());
        gui::Prompts::setNonInteractive(true);
    }
    int items()
    {
        const std::optional<Program> p = storage::ProgramRepository(temp.db()).byYear(2023);
        return p ? storage::ItemRepository(temp.db()).count(p->id) : 0;
    }
    static QStringList texts(const QListWidget* list)
    {
        QStringList out;
        for (int i = 0; i < list->count(); ++i)
            out.append(list->item(i)->text());
        return out;
    }
    static int rowOf(const QTableWidget* table, int fileRow)
    {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->verticalHeaderItem(r)->text() == QString::number(fileRow))
                return r;
        return -1;
    }
};

test::SheetSpec sheet(const QString& name, const QStringList& lines)
{
    return test::SheetSpec{name, test::textRows(lines), {}, {}, {}, false};
}

} // namespace

TEST_F(Wizard, OffersTheSheetsThatHoldATableAndReadsTheOneChosen)
{
    const QString file = temp.file(QStringLiteral("hai-phu-luc.xlsx"));
    const QString header = QStringLiteral("STT|Nội dung công việc|Cơ quan chủ trì");
    ASSERT_TRUE(
        test::writeWorkbook(file, {sheet(QStringLiteral("Bìa"), {QStringLiteral("UBND QUẬN NAM TỪ LIÊM")}),
                                   sheet(QStringLiteral("PL1"), {header, QStringLiteral("1|Việc A|Phòng Tư pháp")}),
                                   sheet(QStringLiteral("PL2"), {header, QStringLiteral("1|Việc B|Phòng Y tế"),
                                                                 QStringLiteral("2|Việc C|Phòng Y tế")})}));
    gui::ImportWizard wizard(temp.db(), 2023);
    wizard.setFileName(file);
    ASSERT_EQ(wizard.sheetBox()->count(), 4) << "automatic, then the three sheets";
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::ImportWizard::PreviewPage);
    EXPECT_FALSE(wizard.plan().result.ok);
    ASSERT_TRUE(wizard.candidateBox()->isVisible());
    ASSERT_EQ(wizard.candidateBox()->count(), 3);
    EXPECT_EQ(wizard.candidateBox()->itemText(1), QStringLiteral("PL1"));
    EXPECT_EQ(wizard.candidateBox()->itemText(2), QStringLiteral("PL2"));
    EXPECT_EQ(texts(wizard.errorList()),
              QStringList{QStringLiteral("Trang tính \"Bìa\" không có dòng tiêu đề của bảng; các trang "
                                         "tính có bảng: \"PL1\", \"PL2\": hãy chọn một")})
        << "no --sheet in the window";

    wizard.candidateBox()->setCurrentIndex(2);
    emit wizard.candidateBox()->activated(2);
    ASSERT_TRUE(wizard.plan().result.ok);
    EXPECT_EQ(wizard.plan().result.itemsAdded, 2);
    EXPECT_FALSE(wizard.candidateBox()->isVisible());
    EXPECT_EQ(wizard.sheetBox()->currentData().toString(), QStringLiteral("PL2"));
    EXPECT_EQ(wizard.previewTable()->item(1, 1)->text(), QStringLiteral("Việc B")) << "the preview shows PL2";
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::ImportWizard::SummaryPage);
    EXPECT_EQ(items(), 2);
}

TEST_F(Wizard, SuggestsRegistryNamesWithoutCommandLineAdvice)
{
    const QString file = temp.file(QStringLiteral("goi-y.csv"));
    test::writeFile(file, "STT;Nội dung công việc;Cơ quan chủ trì;Cơ quan phối hợp\n1;Việc một;P.TCKH;\n"
                          "2;Việc hai;Phòng Tư pháp;Phòng Không Có\n");
    gui::ImportWizard wizard(temp.db(), 2023);
    wizard.setFileName(file);
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::ImportWizard::PreviewPage);
    const QStringList shown = texts(wizard.errorList());
    EXPECT_EQ(shown,
              (QStringList{QStringLiteral("Dòng 2, cột Cơ quan chủ trì: không có đơn vị \"P.TCKH\" trong danh mục "
                                          "đơn vị; có phải \"Phòng Tài chính - Kế hoạch\" không?"),
                           QStringLiteral("Dòng 3, cột Cơ quan phối hợp: không có đơn vị \"Phòng Không Có\" trong "
                                          "danh mục đơn vị (sửa tên trong tệp, hoặc đánh dấu \"Tạo đơn vị mới khi "
                                          "nhập\" ở trang đầu)")}));
    for (const QString& line : shown) {
        EXPECT_FALSE(line.contains(QStringLiteral("--"))) << line.toStdString();
        EXPECT_FALSE(line.contains(QStringLiteral("lệnh"))) << line.toStdString();
    }
    wizard.next(); // refused: errors
    EXPECT_EQ(wizard.currentId(), gui::ImportWizard::PreviewPage);
    EXPECT_EQ(items(), 0);
}

TEST_F(Wizard, AStatedTotalThatDiffersIsMarkedOnItsRow)
{
    const QString file = temp.file(QStringLiteral("du-thao.xlsx"));
    ASSERT_TRUE(test::writeOfficeXlsx(file, test::articleRowsWithStatedCounts()));
    gui::ImportWizard wizard(temp.db(), 2023);
    wizard.setFileName(file);
    wizard.resize(1200, 760);
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::ImportWizard::PreviewPage);
    ASSERT_TRUE(wizard.plan().result.ok);
    EXPECT_TRUE(texts(wizard.errorList())
                    .contains(QStringLiteral("Cảnh báo: dòng 560: ghi 534 nội dung, đếm được 535 (Tổng cộng)")));
    EXPECT_TRUE(wizard.previewSummary()->text().endsWith(
        QStringLiteral("1 số liệu ghi trong tệp khác số đếm được (tô vàng trên dòng của nó).")))
        << wizard.previewSummary()->text().toStdString();
    const int r = rowOf(wizard.previewTable(), 560);
    ASSERT_GE(r, 0);
    const QTableWidgetItem* total = wizard.previewTable()->item(r, 1);
    EXPECT_EQ(total->background().color(), QColor(0xFF, 0xF4, 0xCC));
    EXPECT_EQ(total->toolTip(), QStringLiteral("Cảnh báo: ghi 534 nội dung, đếm được 535 (Tổng cộng)"));
    const int fine = rowOf(wizard.previewTable(), 8);
    EXPECT_EQ(wizard.previewTable()->item(fine, 1)->background().style(), Qt::NoBrush)
        << "a heading whose count matches is not marked";
    if (const QByteArray shot = qgetenv("WP_SCREENSHOT_DIR"); !shot.isEmpty()) {
        wizard.errorList()->setCurrentRow(wizard.errorList()->count() - 1);
        wizard.grab().save(QString::fromLocal8Bit(shot) + QStringLiteral("/import-reconciliation.png"));
    }
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::ImportWizard::SummaryPage);
    EXPECT_EQ(items(), 535);
}

TEST_F(Wizard, HiddenRowsFollowTheCommandLinesRule)
{
    test::SheetSpec s = sheet(QStringLiteral("Sheet1"),
                              {QStringLiteral("STT|Nội dung công việc|Cơ quan chủ trì"),
                               QStringLiteral("1|Việc một|Phòng Tư pháp"), QStringLiteral("2|Việc hai|Phòng Tư pháp")});
    s.hiddenRows = {2};
    const QString file = temp.file(QStringLiteral("an.xlsx"));
    ASSERT_TRUE(test::writeWorkbook(file, {s}));
    gui::ImportWizard wizard(temp.db(), 2023);
    wizard.setFileName(file);
    wizard.show();
    EXPECT_FALSE(wizard.skipHiddenRowsBox()->isChecked()) << "imported by default, as in the CLI";
    wizard.next();
    EXPECT_EQ(wizard.plan().result.itemsAdded, 2);
    EXPECT_EQ(texts(wizard.errorList()),
              QStringList{QStringLiteral("Cảnh báo: dòng 3: dòng bị ẩn trong tệp: vẫn được nhập như các dòng khác")});
    wizard.back();
    wizard.skipHiddenRowsBox()->setChecked(true);
    wizard.next();
    EXPECT_EQ(wizard.plan().result.itemsAdded, 1);
}
