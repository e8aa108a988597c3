// The import's one-pass path (Importer::run writing while it reads): which files take it, how
// its batches are cut, and that what it writes is exactly what the rows say.
#include "officefile.h"
#include "testsupport.h"

#include "workprogram/io/importer.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"

#include <gtest/gtest.h>

using namespace wp;

namespace {

struct Streaming : ::testing::Test
{
    test::TempDb temp;
    void SetUp() override { io::SampleData::addUnits(temp.db()); }
    io::ImportResult import(const QVector<test::OfficeRow>& table)
    {
        const QString csv = temp.file(QStringLiteral("table.csv"));
        EXPECT_TRUE(test::writeOfficeCsv(csv, table));
        io::ImportOptions options;
        options.year = 2023;
        return io::Importer(temp.db()).run(csv, options);
    }
    QVector<Item> written()
    {
        const std::optional<Program> p = storage::ProgramRepository(temp.db()).byYear(2023);
        return p ? storage::ItemRepository(temp.db()).list(p->id) : QVector<Item>();
    }
};

} // namespace

TEST_F(Streaming, AUsualTableIsWrittenInOnePassInBatchesOf512)
{
    const io::ImportResult r = import(test::numberedRows(1200));
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.streamedBatches, 3); // 512 + 512 + 176
    const QVector<Item> items = written();
    ASSERT_EQ(items.size(), 1200);
    EXPECT_EQ(items.last().content, QStringLiteral("Nhiệm vụ số 1200 về chuyển đổi số"));
}

TEST_F(Streaming, RowsOfLongCellsEndBatchesByTheirSizeAndAreWrittenWhole)
{
    // Excel's longest cell in three-byte letters: 96 KB of UTF-8 a row, so a batch ends at
    // 4 MB after about 43 rows, long before 512.
    QVector<test::OfficeRow> table = test::numberedRows(200);
    for (int i = 0; i < table.size(); ++i)
        table[i].content = QString::number(i + 1).leftJustified(32767, QChar(0x1EBF)); // ế
    const io::ImportResult r = import(table);
    ASSERT_TRUE(r.ok);
    EXPECT_GE(r.streamedBatches, 5);
    const QVector<Item> items = written();
    ASSERT_EQ(items.size(), 200);
    for (int i = 0; i < items.size(); ++i)
        ASSERT_EQ(items.at(i).content, table.at(i).content) << "row " << i + 1;
}

TEST_F(Streaming, NumbersToAssignAnewAreCheckedFirstThenStreamed)
{
    QVector<test::OfficeRow> table = test::numberedRows(700);
    table[650].number = QStringLiteral("3"); // a duplicate STT after the first batch was written
    const io::ImportResult r = import(table);
    ASSERT_TRUE(r.ok);
    // The first pass gave up at row 651; the check decided the numbering without keeping rows,
    // and a second pass wrote them as they came (issue 16: memory stays flat).
    EXPECT_EQ(r.streamedBatches, 2);
    EXPECT_TRUE(r.renumbered);
    EXPECT_EQ(written().size(), 700) << "every row once";
}
