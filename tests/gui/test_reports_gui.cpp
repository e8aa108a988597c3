// The "Báo cáo" menu and the counts panel's report actions, driven as a user drives them; the
// PDFs they write are read back with poppler's tools.
#include "forms.h"
#include "freshwindow.h"
#include "testsupport.h"

#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/gui/reportactions.h"
#include "workprogram/gui/reportsettingsdialog.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/models/unitcountsmodel.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/reportsettingsrepository.h"

#include "../reports/pdftools.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace wp;
using gui::MainWindow;

namespace {

struct ReportsWindow : test::DemoWindow
{
    ReportsWindow() : DemoWindow(io::SampleData::Stage::Signed) {}
    /// The widget @p name of the window's form.
    template <class T>
    T* widget(const char* name)
    {
        return test::named<T>(window.get(), name);
    }

    QAction* action(const QString& name)
    {
        auto* a = window->findChild<QAction*>(name);
        EXPECT_NE(a, nullptr) << name.toStdString();
        return a;
    }
};

} // namespace

TEST_F(ReportsWindow, TheMenuHasPreviewPrintAndPdfForEveryReport)
{
    QStringList titles;
    for (QAction* a : widget<QMenu>("reportsMenu")->actions())
        titles.append(a->text());
    EXPECT_EQ(widget<QMenu>("reportsMenu")->title(), QStringLiteral("&Báo cáo"));
    for (const char* kind : {"unit-summary", "appendix", "progress"}) {
        const QString k = QLatin1String(kind);
        EXPECT_NE(window->findChild<QAction*>(QStringLiteral("previewReport-") + k), nullptr) << kind;
        EXPECT_NE(window->findChild<QAction*>(QStringLiteral("printReport-") + k), nullptr) << kind;
        EXPECT_NE(window->findChild<QAction*>(QStringLiteral("exportReportPdf-") + k), nullptr) << kind;
    }
    EXPECT_NE(window->findChild<QAction*>(QStringLiteral("reportSettingsAction")), nullptr);
    EXPECT_TRUE(widget<QTableView>("countsView")->actions().size() >= 3);
}

TEST_F(ReportsWindow, ExportPdfFromTheMenuWritesTheAppendix)
{
    const QString out = dir.filePath(QStringLiteral("appendix.pdf"));
    gui::Prompts::setNextFileName(out);
    action(QStringLiteral("exportReportPdf-appendix"))->trigger();
    ASSERT_TRUE(QFile::exists(out));
    const QString info = test::pdfInfo(out);
    EXPECT_TRUE(info.contains(QStringLiteral("842 x 595 pts (A4)"))) << info.toStdString();
    EXPECT_GT(test::pdfPageCount(out), 10);
    EXPECT_TRUE(test::pdfText(out, 1, 1).contains(QStringLiteral("PHỤ LỤC")));
    EXPECT_TRUE(gui::Prompts::shownMessages().isEmpty()) << gui::Prompts::shownMessages().join('\n').toStdString();
}

// Issue 16: each report is offered as a Word document beside the PDF.
TEST_F(ReportsWindow, ExportWordFromTheMenuWritesTheAppendixAsADocx)
{
    for (const char* kind : {"unit-summary", "appendix", "progress"}) {
        EXPECT_NE(window->findChild<QAction*>(QStringLiteral("exportReportDocx-") + QLatin1String(kind)), nullptr)
            << kind;
    }
    // A name typed without a suffix gets .docx.
    gui::Prompts::setNextFileName(dir.filePath(QStringLiteral("phu-luc")));
    action(QStringLiteral("exportReportDocx-appendix"))->trigger();
    const QString out = dir.filePath(QStringLiteral("phu-luc.docx"));
    ASSERT_TRUE(QFile::exists(out));
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("PK\x03\x04"));
    EXPECT_TRUE(bytes.contains("word/document.xml"));
    EXPECT_TRUE(window->statusBar()->currentMessage().endsWith(QStringLiteral(" ra ") + out))
        << window->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(gui::Prompts::shownMessages().isEmpty()) << gui::Prompts::shownMessages().join('\n').toStdString();
}

TEST_F(ReportsWindow, TheCountsPanelSavesTheUnitsSummaryAsWordByItsSuffix)
{
    const QModelIndex justice = widget<QTableView>("countsView")->model()->index(3, models::UnitCountsModel::Unit);
    widget<QTableView>("countsView")->setCurrentIndex(justice);
    const QString out = dir.filePath(QStringLiteral("tp.docx"));
    gui::Prompts::setNextFileName(out);
    action(QStringLiteral("exportUnitSummaryAction"))->trigger();
    ASSERT_TRUE(QFile::exists(out));
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().startsWith("PK\x03\x04")) << "a Word document, not a PDF";
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files).isEmpty());
}

TEST_F(ReportsWindow, AWordDocumentToAnUnwritablePathIsShownAndLeavesNoFile)
{
    const QString out = dir.filePath(QStringLiteral("no-such-folder/p.docx"));
    EXPECT_TRUE(test::area<gui::ReportActions>(window.get())
                    ->exportReportPdf(reports::ReportKind::Progress, {}, out)
                    .isEmpty());
    EXPECT_FALSE(QFile::exists(out));
    ASSERT_EQ(gui::Prompts::shownMessages().size(), 1);
}

TEST_F(ReportsWindow, CancelledFileDialogWritesNothing)
{
    EXPECT_TRUE(test::area<gui::ReportActions>(window.get())->exportReportPdf(reports::ReportKind::Progress).isEmpty());
    EXPECT_TRUE(QDir(dir.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files).isEmpty());
}

TEST_F(ReportsWindow, TheCountsPanelExportsTheSelectedUnitOnly)
{
    const QModelIndex justice = widget<QTableView>("countsView")->model()->index(3, models::UnitCountsModel::Unit);
    ASSERT_EQ(justice.data().toString(), QStringLiteral("Phòng Tư pháp"));
    widget<QTableView>("countsView")->setCurrentIndex(justice);
    const QString out = dir.filePath(QStringLiteral("tp.pdf"));
    gui::Prompts::setNextFileName(out);
    action(QStringLiteral("exportUnitSummaryAction"))->trigger();
    ASSERT_TRUE(QFile::exists(out));
    EXPECT_TRUE(test::pdfInfo(out).contains(QStringLiteral("595 x 842 pts (A4)")));
    const QString text = test::pdfText(out);
    EXPECT_TRUE(text.contains(QStringLiteral("Đơn vị chủ trì: Phòng Tư pháp")));
    EXPECT_TRUE(text.contains(QStringLiteral("Tổng số: 23 nội dung")));
    EXPECT_FALSE(text.contains(QStringLiteral("Đơn vị chủ trì: Phòng Nội vụ")));
}

TEST_F(ReportsWindow, AnUnwritablePathIsShownAndLeavesNoFile)
{
    const QString out = dir.filePath(QStringLiteral("no-such-folder/p.pdf"));
    EXPECT_TRUE(test::area<gui::ReportActions>(window.get())
                    ->exportReportPdf(reports::ReportKind::Progress, {}, out)
                    .isEmpty());
    EXPECT_FALSE(QFile::exists(out));
    ASSERT_EQ(gui::Prompts::shownMessages().size(), 1);
}

TEST_F(ReportsWindow, SettingsDialogSavesWhatThePdfPrints)
{
    QTimer::singleShot(0, [] {
        for (int i = 0; i < 100; ++i) {
            if (auto* d = qobject_cast<gui::ReportSettingsDialog*>(QApplication::activeModalWidget())) {
                d->findChild<QLineEdit*>(QStringLiteral("signerNameEdit"))->setText(QStringLiteral("Nguyễn Văn An"));
                d->findChild<QLineEdit*>(QStringLiteral("numberEdit"))->setText(QStringLiteral("07/BC-UBND"));
                d->findChild<QPlainTextEdit*>(QStringLiteral("recipientsEdit"))
                    ->setPlainText(QStringLiteral("- Thường trực Quận ủy;\n\nLưu: VT, VP."));
                d->accept();
                return;
            }
            QTest::qWait(10);
        }
        ADD_FAILURE() << "no settings dialog";
    });
    action(QStringLiteral("reportSettingsAction"))->trigger();
    {
        auto db = storage::Database::open(dbPath);
        const Program p = *storage::ProgramRepository(*db).byYear(2023);
        const storage::ReportSettings s = storage::ReportSettingsRepository(*db).load(p);
        EXPECT_EQ(s.signerName, QStringLiteral("Nguyễn Văn An"));
        EXPECT_EQ(s.recipients, (QStringList{QStringLiteral("Thường trực Quận ủy;"), QStringLiteral("Lưu: VT, VP.")}));
    }
    const QString out = test::area<gui::ReportActions>(window.get())
                            ->exportReportPdf(reports::ReportKind::Progress, {}, dir.filePath(QStringLiteral("p.pdf")));
    ASSERT_FALSE(out.isEmpty());
    const QString text = test::pdfText(out);
    EXPECT_TRUE(text.contains(QStringLiteral("Số: 07/BC-UBND")));
    EXPECT_TRUE(text.contains(QStringLiteral("Nguyễn Văn An")));
}

TEST_F(ReportsWindow, RestoreDefaultsInTheSettingsDialog)
{
    auto db = storage::Database::open(dbPath);
    const Program p = *storage::ProgramRepository(*db).byYear(2023);
    storage::ReportSettings changed = storage::ReportSettings::defaultsFor(p);
    const storage::ReportSettings defaults = changed;
    changed.place = QStringLiteral("Hà Nội");
    gui::ReportSettingsDialog dialog(changed, defaults);
    EXPECT_EQ(dialog.settings(), changed);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults)->click();
    EXPECT_EQ(dialog.settings(), defaults);
}
