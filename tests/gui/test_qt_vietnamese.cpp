// Issue 14, "Vietnamese throughout": Qt's own file dialog (the program uses the non-native one),
// the print dialog and print preview speak Vietnamese through the program's translation of Qt's
// strings (QtBaseVietnamese), since Debian ships no qtbase_vi.qm.
#include "workprogram/gui/qtbasevietnamese.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QGroupBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct QtVietnamese : ::testing::Test
{
    wp::gui::QtBaseVietnamese translator;
    void SetUp() override { ASSERT_TRUE(QCoreApplication::installTranslator(&translator)); }
    void TearDown() override { QCoreApplication::removeTranslator(&translator); }
};

} // namespace

TEST_F(QtVietnamese, TheFileDialogsColumnsAndButtons)
{
    QTemporaryDir dir;
    QFileDialog dialog(nullptr, QStringLiteral("Mở"), dir.path());
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.show();
    auto* model = dialog.findChild<QFileSystemModel*>();
    ASSERT_NE(model, nullptr);
    QStringList headers;
    for (int c = 0; c < 4; ++c)
        headers.append(model->headerData(c, Qt::Horizontal).toString());
    EXPECT_EQ(headers, (QStringList{QStringLiteral("Tên"), QStringLiteral("Kích thước"), QStringLiteral("Kiểu"),
                                    QStringLiteral("Ngày sửa")}));
    auto* back = dialog.findChild<QAbstractButton*>(QStringLiteral("backButton"));
    ASSERT_NE(back, nullptr);
    EXPECT_EQ(back->toolTip(), QStringLiteral("Quay lại"));
    auto* detail = dialog.findChild<QAbstractButton*>(QStringLiteral("detailModeButton"));
    ASSERT_NE(detail, nullptr);
    EXPECT_EQ(detail->toolTip(), QStringLiteral("Dạng chi tiết"));
}

TEST_F(QtVietnamese, PrintPreviewsToolTips)
{
    QPrinter printer;
    QPrintPreviewDialog dialog(&printer);
    dialog.show();
    QStringList texts;
    for (const QAction* action : dialog.findChildren<QAction*>())
        if (!action->text().isEmpty())
            texts.append(action->text());
    for (const char* english : {"Next page", "Previous page", "First page", "Last page", "Fit width", "Fit page",
                                "Zoom in", "Zoom out", "Portrait", "Landscape", "Show single page", "Show facing pages",
                                "Show overview of all pages", "Print", "Page setup"})
        EXPECT_FALSE(texts.contains(QLatin1String(english))) << english << " left in English";
    EXPECT_TRUE(texts.contains(QStringLiteral("Trang sau"))) << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Phóng to")));
    EXPECT_TRUE(texts.contains(QStringLiteral("In")));
}

TEST_F(QtVietnamese, ThePrintDialog)
{
    QPrinter printer;
    QPrintDialog dialog(&printer);
    dialog.show();
    QStringList titles;
    for (const QGroupBox* box : dialog.findChildren<QGroupBox*>())
        titles.append(box->title());
    EXPECT_TRUE(titles.contains(QStringLiteral("Máy in"))) << titles.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(titles.contains(QStringLiteral("Phạm vi in"))) << titles.join(QLatin1Char('|')).toStdString();
    for (const QString& title : titles)
        EXPECT_NE(title, QStringLiteral("Print range"));
}
