// The window marks the words a search matched in the content cells (issue 16): the painted
// marks are found in a grab of the real table, where the words are shown, accents kept.
#include "forms.h"
#include "testsupport.h"

#include "workprogram/gui/itemdelegate.h"
#include "workprogram/gui/mainwindow.h"
#include "workprogram/gui/prompts.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/models/itemfilterproxy.h"
#include "workprogram/models/itemtablemodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace wp;
using models::ItemTableModel;

namespace {

struct SearchMarks : ::testing::Test
{
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QStringLiteral("demo.sqlite"));
    std::unique_ptr<gui::MainWindow> window;

    void SetUp() override
    {
        QSettings().clear();
        gui::Prompts::setNonInteractive(true);
        {
            auto db = storage::Database::open(dbPath);
            io::SampleData::addUnits(*db);
            io::SampleData::addProgram(*db);
        }
        window = std::make_unique<gui::MainWindow>();
        window->setToday(QDate(2023, 7, 1));
        window->resize(1366, 768);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(window->openDatabase(dbPath, 2023));
    }
    void TearDown() override { window.reset(); }
    QTableView* view() { return test::named<QTableView>(window.get(), "itemsView"); }
    void search(const QString& text)
    {
        test::named<QLineEdit>(window.get(), "searchEdit")->setText(text);
        QApplication::processEvents();
    }

    /// The runs of pixel columns of @p cell (in the viewport) that hold the mark's colour, as
    /// [left, right] pairs in cell coordinates.
    QVector<QPair<int, int>> markedColumns(const QRect& cell)
    {
        const QImage image = view()->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRgb mark = gui::ItemDelegate::markColor().rgb();
        QVector<QPair<int, int>> runs;
        bool in = false;
        for (int x = cell.left(); x <= cell.right() && x < image.width(); ++x) {
            bool marked = false;
            for (int y = cell.top(); y <= cell.bottom() && y < image.height() && !marked; ++y)
                marked = image.pixel(x, y) == mark;
            if (marked && !in)
                runs.append({x - cell.left(), x - cell.left()});
            else if (marked)
                runs.last().second = x - cell.left();
            in = marked;
        }
        return runs;
    }
    QRect cell(int row, int column) { return view()->visualRect(view()->model()->index(row, column)); }
    /// Every marked pixel of the visible table.
    int markedPixels()
    {
        const QImage image = view()->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRgb mark = gui::ItemDelegate::markColor().rgb();
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += image.pixel(x, y) == mark;
        return n;
    }
};

/// Whether @p width is the width of @p text as shown (a pixel either side for rounding).
::testing::AssertionResult widthOf(int width, const QString& text, const QFont& font)
{
    const int expected = qRound(QFontMetricsF(font).horizontalAdvance(text));
    if (std::abs(width - expected) <= 2)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "marked " << width << " px, \"" << text.toStdString() << "\" is "
                                         << expected << " px";
}

} // namespace

TEST_F(SearchMarks, TheMatchedWordsAreMarkedWhereTheyAreShown)
{
    EXPECT_EQ(markedPixels(), 0) << "no search, no mark";
    search(QStringLiteral("han viet"));
    ASSERT_EQ(view()->model()->rowCount(), 1);
    const QString content = view()->model()->index(0, ItemTableModel::Content).data().toString();
    ASSERT_EQ(content, QStringLiteral("Đề án xây dựng Con đường văn hóa hữu nghị Việt – Hàn"));
    const QRect c = cell(0, ItemTableModel::Content);
    const QVector<QPair<int, int>> runs = markedColumns(c);
    ASSERT_EQ(runs.size(), 2) << "Việt and Hàn, the dash between them not marked";
    const QFont font = view()->font();
    EXPECT_TRUE(widthOf(runs[0].second - runs[0].first + 1, QStringLiteral("Việt"), font));
    EXPECT_TRUE(widthOf(runs[1].second - runs[1].first + 1, QStringLiteral("Hàn"), font));
    // Where the text shows them: after "…hữu nghị " from the text's left edge.
    const int textLeft =
        runs[0].first -
        qRound(QFontMetricsF(font).horizontalAdvance(content.left(content.indexOf(QStringLiteral("Việt")))));
    EXPECT_GE(textLeft, 0);
    EXPECT_LE(textLeft, 8) << "the cell's margin";
    EXPECT_TRUE(widthOf(runs[1].first - runs[0].first, QStringLiteral("Việt – "), font));
    for (int column = 0; column < ItemTableModel::ColumnCount; ++column) {
        if (column != ItemTableModel::Content) {
            EXPECT_TRUE(markedColumns(cell(0, column)).isEmpty()) << "only the content: column " << column;
        }
    }

    // A phrase is one mark, the dash included; a selected row keeps its marks.
    search(QStringLiteral("\"viet han\""));
    view()->selectRow(0);
    const QVector<QPair<int, int>> phrase = markedColumns(c);
    ASSERT_EQ(phrase.size(), 1);
    EXPECT_TRUE(widthOf(phrase[0].second - phrase[0].first + 1, QStringLiteral("Việt – Hàn"), font));

    // The beginning of a word: only what was typed.
    search(QStringLiteral("hu ng"));
    const QVector<QPair<int, int>> begun = markedColumns(cell(0, ItemTableModel::Content));
    ASSERT_FALSE(begun.isEmpty());
    bool sawHu = false;
    for (const auto& run : begun)
        sawHu = sawHu || widthOf(run.second - run.first + 1, QStringLiteral("hữ"), font);
    EXPECT_TRUE(sawHu) << "\"hu\" marks \"hữ\" of \"hữu\"";

    search(QString());
    EXPECT_EQ(markedPixels(), 0) << "the marks go with the search";
}

TEST_F(SearchMarks, AWordCutOffByTheCellIsNotMarked)
{
    view()->horizontalHeader()->resizeSection(ItemTableModel::Content, 140);
    search(QStringLiteral("de an han"));
    int row = -1;
    for (int r = 0; r < view()->model()->rowCount() && row < 0; ++r)
        if (view()->model()->index(r, ItemTableModel::Content).data().toString().endsWith(QStringLiteral("Việt – Hàn")))
            row = r;
    ASSERT_GE(row, 0);
    view()->scrollTo(view()->model()->index(row, ItemTableModel::Content));
    // Two lines fit, the second elided: "Hàn", at the end of the content, is not shown.
    const QVector<QPair<int, int>> runs = markedColumns(cell(row, ItemTableModel::Content));
    ASSERT_EQ(runs.size(), 2) << "\"Đề\" and \"án\", not \"Hàn\"";
    EXPECT_TRUE(widthOf(runs[0].second - runs[0].first + 1, QStringLiteral("Đề"), view()->font()));
    EXPECT_TRUE(widthOf(runs[1].second - runs[1].first + 1, QStringLiteral("án"), view()->font()));
    const QString shown = view()->model()->index(row, ItemTableModel::Content).data().toString();
    EXPECT_TRUE(shown.endsWith(QStringLiteral("Hàn"))) << "the model still holds the whole content";
}
