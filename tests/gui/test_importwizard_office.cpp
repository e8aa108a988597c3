// The import wizard on the files offices have: a table typed in TCVN3 previewed already in
// Unicode with the conversion said, and the table of a Word document chosen by its number.
#include "testsupport.h"

#include "workprogram/gui/importwizard.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace wp;

namespace {

QString office(const QString& name)
{
    return QStringLiteral(WP_TEST_DATA_DIR "/office/") + name;
}

struct OfficeWizard : ::testing::Test
{
    test::TempDb temp;
    void SetUp() override
    {
        gui::Prompts::setNonInteractive(true);
        io::SampleData::addUnits(temp.db());
    }
    /// The text of the preview's cell in the row whose header says @p fileRow.
    static QString cell(const gui::ImportWizard& wizard, int fileRow, int column)
    {
        QTableWidget* t = wizard.previewTable();
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->verticalHeaderItem(r)->text() == QString::number(fileRow))
                return t->item(r, column) ? t->item(r, column)->text() : QString();
        return QStringLiteral("(no row %1)").arg(fileRow);
    }
};

} // namespace

TEST_F(OfficeWizard, ATcvn3TableIsPreviewedInUnicodeAndTheConversionSaid)
{
    gui::ImportWizard wizard(temp.db(), 2023);
    wizard.setFileName(office(QStringLiteral("lo-tcvn3.xls")));
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::ImportWizard::PreviewPage);
    EXPECT_TRUE(wizard.plan().result.ok);
    EXPECT_EQ(wizard.plan().result.itemsAdded, 6);
    // The preview shows what will be imported: the converted text.
    EXPECT_EQ(cell(wizard, 4, 1), QStringLiteral("Nội dung công việc"));
    EXPECT_EQ(cell(wizard, 6, 2), QStringLiteral("Văn phòng HĐND - UBND quận"));
    QStringList labels;
    for (QLabel* l : wizard.findChildren<QLabel*>())
        labels.append(l->text());
    for (int i = 0; i < wizard.errorList()->count(); ++i) // the warnings are listed under the preview
        labels.append(wizard.errorList()->item(i)->text());
    const QString all = labels.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("Cảnh báo:"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Cảnh báo: cột Cơ quan chủ trì: đã chuyển 7 ô từ mã TCVN3 (ABC, phông "
                                            ".VnTime) sang Unicode")))
        << all.toStdString();
    if (const QByteArray out = qgetenv("WP_SCREENSHOT_DIR"); !out.isEmpty()) {
        wizard.resize(1100, 680);
        wizard.grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/import-legacy-preview.png"));
    }
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::ImportWizard::SummaryPage);
    EXPECT_EQ(wizard.importedCount(), 6);
    const QVector<Item> items =
        storage::ItemRepository(temp.db()).list(storage::ProgramRepository(temp.db()).byYear(2023)->id);
    ASSERT_EQ(items.size(), 6);
    EXPECT_EQ(items.first().content, QStringLiteral("Báo cáo công tác chỉ đạo, điều hành của UBND quận"));
}

TEST_F(OfficeWizard, AWordAppendixIsPreviewedWithWordsNumbersAndItsHeadings)
{
    gui::ImportWizard wizard(temp.db(), 2023);
    wizard.setFileName(office(QStringLiteral("pd-appendix.docx")));
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::ImportWizard::PreviewPage);
    EXPECT_EQ(wizard.plan().result.itemsAdded, 6);
    EXPECT_EQ(cell(wizard, 3, 0), QStringLiteral("1."));
    EXPECT_EQ(cell(wizard, 5, 1), QStringLiteral("II. PHÒNG TÀI CHÍNH - KẾ HOẠCH"));
    if (const QByteArray out = qgetenv("WP_SCREENSHOT_DIR"); !out.isEmpty()) {
        wizard.resize(1100, 680);
        wizard.grab().save(QString::fromLocal8Bit(out) + QStringLiteral("/import-word-preview.png"));
    }
}

TEST_F(OfficeWizard, TheWordTableAndTheLegacyEncodingAreChosenOnTheFilePage)
{
    gui::ImportWizard wizard(temp.db(), 2023);
    wizard.setFileName(office(QStringLiteral("hx-two-programs.docx")));
    wizard.findChild<QSpinBox*>()->setValue(2);
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), gui::ImportWizard::PreviewPage);
    EXPECT_EQ(wizard.plan().result.itemsAdded, 1);
    EXPECT_EQ(cell(wizard, 2, 1), QStringLiteral("Nội dung 3"));

    // "Không chuyển": the VNI text stays as the font's codes, and the header is not found.
    gui::ImportWizard raw(temp.db(), 2023);
    raw.setFileName(office(QStringLiteral("lo-vni.xls")));
    QComboBox* legacy = nullptr;
    for (QComboBox* c : raw.findChildren<QComboBox*>())
        if (c->findData(int(io::LegacyEncoding::None)) >= 0)
            legacy = c;
    ASSERT_TRUE(legacy);
    legacy->setCurrentIndex(legacy->findData(int(io::LegacyEncoding::None)));
    raw.show();
    raw.next();
    EXPECT_FALSE(raw.plan().result.ok);
    EXPECT_EQ(cell(raw, 4, 1), QStringLiteral("Noäi dung coâng vieäc"));
}
