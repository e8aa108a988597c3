// Issue 16, "Stated totals reconciled": the numbers a table states about itself (section headings,
// a count on a heading row, a "Tổng cộng" row) against the rows counted, with the seed's numbers.
#include "officefile.h"
#include "testsupport.h"

#include "workprogram/io/importer.h"
#include "workprogram/io/sampledata.h"
#include "workprogram/storage/importlog.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"

#include <gtest/gtest.h>

using namespace wp;

namespace {

struct Reconciliation : ::testing::Test
{
    test::TempDb temp;
    void SetUp() override { io::SampleData::addUnits(temp.db()); }
    io::ImportResult run(const QString& path, bool strict = false, bool dryRun = false)
    {
        io::ImportOptions options;
        options.year = 2023;
        options.strict = strict;
        options.dryRun = dryRun;
        return io::Importer(temp.db()).run(path, options);
    }
    int itemCount()
    {
        const std::optional<Program> p = storage::ProgramRepository(temp.db()).byYear(2023);
        return p ? int(storage::ItemRepository(temp.db()).list(p->id).size()) : 0;
    }
    QString seedXlsx()
    {
        const QString path = temp.file(QStringLiteral("du-thao-2023.xlsx"));
        EXPECT_TRUE(test::writeOfficeXlsx(path, test::articleRowsWithStatedCounts()));
        return path;
    }
};

QStringList stated(const QVector<io::ImportIssue>& issues)
{
    QStringList out;
    for (const io::ImportIssue& i : issues)
        if (i.kind == io::IssueKind::StatedCount)
            out.append(i.format(QStringLiteral("F"), false));
    return out;
}

} // namespace

TEST_F(Reconciliation, TheSeedsOwnNumbersGiveExactlyOneMismatchOnTheTotal)
{
    const io::ImportResult r = run(seedXlsx());
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.itemsAdded, 535);
    ASSERT_EQ(r.stated.size(), 18) << "17 section headings and the total";
    // The total row is the last of the sheet: row 8 + 535 items + 17 headings.
    EXPECT_EQ(stated(r.warnings), QStringList{QStringLiteral("F:560: ghi 534 nội dung, đếm được 535 (Tổng cộng)")});
    ASSERT_EQ(r.mismatches().size(), 1);
    EXPECT_TRUE(r.mismatches().first().total);
    EXPECT_EQ(r.stated.first().label, QStringLiteral("Văn phòng HĐND - UBND quận"));
    EXPECT_EQ(r.stated.first().row, 8);
    EXPECT_EQ(r.stated.first().stated, 30);
    EXPECT_EQ(r.stated.first().counted, 30);
    EXPECT_EQ(itemCount(), 535) << "a mismatch is a warning: the import goes ahead";

    // What the file stated is kept with the import.
    const std::optional<Program> p = storage::ProgramRepository(temp.db()).byYear(2023);
    const std::optional<storage::ImportRecord> last = storage::ImportLogRepository(temp.db()).last(p->id);
    ASSERT_TRUE(last);
    EXPECT_EQ(last->file, QStringLiteral("du-thao-2023.xlsx"));
    EXPECT_EQ(last->items, 535);
    ASSERT_EQ(last->stated.size(), 18);
    EXPECT_EQ(last->stated.last().stated, 534);
    EXPECT_EQ(last->stated.last().counted, 535);
    EXPECT_TRUE(last->stated.last().total);
    EXPECT_GT(last->stated.first().unitId, 0);
}

TEST_F(Reconciliation, StrictMakesTheMismatchAnErrorAndWritesNothing)
{
    const io::ImportResult r = run(seedXlsx(), true);
    ASSERT_FALSE(r.ok);
    EXPECT_FALSE(r.written);
    ASSERT_EQ(r.errors.size(), 1);
    EXPECT_EQ(
        r.errors.first().format(QStringLiteral("F")),
        QStringLiteral("F:560: ghi 534 nội dung, đếm được 535 (Tổng cộng) (bỏ --strict để nhập mà chỉ cảnh báo)"));
    EXPECT_EQ(itemCount(), 0);
    EXPECT_FALSE(storage::ProgramRepository(temp.db()).byYear(2023)) << "not even the program";
}

TEST_F(Reconciliation, ADryRunReportsMismatchesToo)
{
    const io::ImportResult r = run(seedXlsx(), false, true);
    ASSERT_TRUE(r.ok);
    EXPECT_FALSE(r.written);
    EXPECT_EQ(stated(r.warnings), QStringList{QStringLiteral("F:560: ghi 534 nội dung, đếm được 535 (Tổng cộng)")});
    EXPECT_EQ(itemCount(), 0);
}

TEST_F(Reconciliation, ASectionHeadingThatUndercountsIsNamedWithItsRow)
{
    // "dòng 5: ghi 30 nội dung, đếm được 31 (Văn phòng HĐND - UBND quận)", as the issue writes it.
    QStringList lines = {QStringLiteral("UBND QUẬN NAM TỪ LIÊM;;"), QStringLiteral("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2023;;"),
                         QStringLiteral(";;"), QStringLiteral("STT;Nội dung công việc;Cơ quan chủ trì"),
                         QStringLiteral("I;VĂN PHÒNG HĐND - UBND QUẬN (30 nội dung);")};
    for (int i = 1; i <= 31; ++i)
        lines.append(QStringLiteral("%1;Việc %1;").arg(i));
    // A count in a cell of the heading row, and "Cộng" closing a section.
    lines.append(QStringLiteral("II;PHÒNG TƯ PHÁP;2"));
    lines.append(QStringLiteral("32;Việc 32;"));
    lines.append(QStringLiteral("33;Việc 33;"));
    lines.append(QStringLiteral(";Cộng;3"));
    const QString path = temp.file(QStringLiteral("sections.csv"));
    test::writeFile(path, lines.join(QStringLiteral("\n")).toUtf8());
    const io::ImportResult r = run(path);
    ASSERT_TRUE(r.ok) << r.errors.value(0).format(QStringLiteral("F")).toStdString();
    EXPECT_EQ(stated(r.warnings),
              (QStringList{QStringLiteral("F:5: ghi 30 nội dung, đếm được 31 (Văn phòng HĐND - UBND quận)"),
                           QStringLiteral("F:40: ghi 3 nội dung, đếm được 2 (Cộng)")}));
    ASSERT_EQ(r.stated.size(), 3);
    EXPECT_EQ(r.stated.at(1).row, 37) << "listed in the file's order";
    EXPECT_EQ(r.stated.at(1).label, QStringLiteral("Phòng Tư pháp"));
    EXPECT_TRUE(r.stated.at(1).matches()) << "the count in the heading row's own cell";
    EXPECT_EQ(itemCount(), 33);
}
