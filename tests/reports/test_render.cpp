// The three reports rendered from the demo program, read back with poppler's tools.
#include "pdftools.h"
#include "testsupport.h"

#include "workprogram/io/sampledata.h"
#include "workprogram/reports/formatting.h"
#include "workprogram/reports/progress.h"
#include "workprogram/reports/reportrenderer.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/reportsettingsrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QMap>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace wp;
using namespace wp::reports;

using test::expectHeaderBlock;
using test::pdfFontRows;
using test::pdfInfo;
using test::pdfPageCount;
using test::pdfPages;
using test::pdfText;

namespace {

class Render : public ::testing::Test
{
protected:
    void SetUp() override
    {
        io::SampleData::addUnits(m_db.db());
        io::SampleData::addProgram(m_db.db());
        m_program = *storage::ProgramRepository(m_db.db()).byYear(io::SampleData::Year);
    }

    ReportData data(ReportKind kind, GroupBy groupBy = GroupBy::Unit, QVector<qint64> units = {})
    {
        ReportRequest r;
        r.kind = kind;
        r.groupBy = groupBy;
        r.unitIds = units;
        r.date = QDate(2023, 3, 14);
        r.asOf = QDate(2023, 6, 30);
        return ReportData::build(DatabaseSource(m_db.db(), m_program), r);
    }

    QString write(const ReportData& d, const QString& name)
    {
        const QString path = m_db.file(name);
        int pages = 0;
        const QString error = ReportRenderer::writePdf(d, path, &pages);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        EXPECT_EQ(pdfPageCount(path), pages);
        return path;
    }

    test::TempDb m_db;
    Program m_program;
};

void expectFontsEmbedded(const QString& pdf)
{
    test::expectFontsEmbedded(pdf, [](const QString& row, const QStringList&) {
        return row.contains(QStringLiteral("Liberation")) || row.contains(QStringLiteral("Times"));
    });
}

/// "Trang x/y" of every page.
QVector<QPair<int, int>> footers(const QStringList& pages)
{
    QVector<QPair<int, int>> out;
    const QRegularExpression re(QStringLiteral("Trang (\\d+)/(\\d+)"));
    for (const QString& page : pages) {
        const QRegularExpressionMatch m = re.match(page);
        out.append(m.hasMatch() ? qMakePair(m.captured(1).toInt(), m.captured(2).toInt()) : qMakePair(0, 0));
    }
    return out;
}

} // namespace

TEST_F(Render, UnitSummaryStartsEveryUnitOnItsOwnPage)
{
    const ReportData d = data(ReportKind::UnitSummary);
    const QString pdf = write(d, QStringLiteral("units.pdf"));
    EXPECT_TRUE(pdfInfo(pdf).contains(QStringLiteral("595 x 842 pts (A4)")));
    expectFontsEmbedded(pdf);

    const QStringList pages = pdfPages(pdf);
    ASSERT_EQ(pages.size(), pdfPageCount(pdf));
    int previous = -1;
    int total = 0;
    for (const io::SampleData::SampleUnit& u : io::SampleData::units()) {
        const QString heading = QStringLiteral("Đơn vị chủ trì: ") + QString::fromUtf8(u.name);
        int found = -1;
        for (int i = 0; i < pages.size(); ++i)
            if (pages[i].contains(heading)) {
                EXPECT_EQ(found, -1) << "heading printed twice: " << heading.toStdString();
                found = i;
            }
        ASSERT_GE(found, 0) << heading.toStdString();
        EXPECT_GT(found, previous) << "units in display order";
        previous = found;
        // The page of the heading, read on its own, is the first page of the unit's document.
        const QString page = pdfText(pdf, found + 1, found + 1);
        expectHeaderBlock(page);
        EXPECT_TRUE(page.contains(QStringLiteral("Nam Từ Liêm, ngày 14 tháng 3 năm 2023")));
        EXPECT_TRUE(page.contains(QStringLiteral("DANH MỤC NỘI DUNG CÔNG VIỆC NĂM 2023")));
        EXPECT_FALSE(page.contains(QStringLiteral("Trang "))) << "no footer on page 1: " << heading.toStdString();
        EXPECT_TRUE(page.contains(QStringLiteral("Tổng số: %1 nội dung").arg(u.items))) << heading.toStdString();
        EXPECT_LT(page.indexOf(QStringLiteral("CỘNG HÒA")), page.indexOf(heading));
        if (found > 0) { // the previous unit ended on the page before, with its signature block
            EXPECT_TRUE(pages[found - 1].contains(QStringLiteral("Nơi nhận:")));
        }
        total += u.items;
    }
    EXPECT_EQ(total, 535);
    EXPECT_TRUE(pages.last().contains(QStringLiteral("KT. CHỦ TỊCH")));
    EXPECT_TRUE(pdfText(pdf).contains(QStringLiteral("Phòng Tư pháp")));
}

TEST_F(Render, UnitSummaryFootersCountPagesPerUnit)
{
    const QString pdf = write(data(ReportKind::UnitSummary), QStringLiteral("units.pdf"));
    const QStringList pages = pdfPages(pdf);
    const auto f = footers(pages);
    int sections = 0;
    for (int i = 0; i < f.size(); ++i) {
        if (pages[i].contains(QStringLiteral("Đơn vị chủ trì:"))) { // a unit's first page: no footer
            ++sections;
            EXPECT_EQ(f[i].first, 0) << "page " << i + 1;
            EXPECT_FALSE(pages[i].contains(QStringLiteral("Trạng thái hiện tại"))) << "page " << i + 1;
            if (i + 1 < f.size() && !pages[i + 1].contains(QStringLiteral("Đơn vị chủ trì:"))) {
                EXPECT_EQ(f[i + 1].first, 2) << "page " << i + 2;
            }
            continue;
        }
        ASSERT_GE(f[i].first, 2) << "page " << i + 1 << " has no footer";
        EXPECT_LE(f[i].first, f[i].second);
        if (f[i].first > 2) {
            EXPECT_EQ(f[i], qMakePair(f[i - 1].first + 1, f[i - 1].second)) << "page " << i + 1;
        }
        if (f[i].first == f[i].second && i + 1 < f.size()) {
            EXPECT_TRUE(pages[i + 1].contains(QStringLiteral("Đơn vị chủ trì:"))) << "page " << i + 2;
        }
        EXPECT_TRUE(pages[i].contains(QStringLiteral("Chương trình công tác năm 2023")));
        EXPECT_TRUE(pages[i].contains(QStringLiteral("Trạng thái hiện tại")));
    }
    EXPECT_EQ(sections, 17);
}

TEST_F(Render, UnitSummaryOfChosenUnits)
{
    storage::UnitRepository units(m_db.db());
    const ReportData d = data(ReportKind::UnitSummary, GroupBy::Unit,
                              {units.byCode(QStringLiteral("TP"))->id, units.byCode(QStringLiteral("BQLC"))->id});
    const QString text = pdfText(write(d, QStringLiteral("two.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("Đơn vị chủ trì: Phòng Tư pháp")));
    EXPECT_TRUE(text.contains(QStringLiteral("Tổng số: 23 nội dung")));
    EXPECT_TRUE(text.contains(QStringLiteral("Đơn vị chủ trì: Ban Quản lý chợ")));
    EXPECT_TRUE(text.contains(QStringLiteral("Tổng số: 6 nội dung")));
    EXPECT_FALSE(text.contains(QStringLiteral("Đơn vị chủ trì: Phòng Nội vụ")));
}

TEST_F(Render, AppendixListsEveryItemWithTheHeaderOnEveryPage)
{
    const QString pdf = write(data(ReportKind::Appendix), QStringLiteral("appendix.pdf"));
    EXPECT_TRUE(pdfInfo(pdf).contains(QStringLiteral("842 x 595 pts (A4)"))) << "landscape";
    expectFontsEmbedded(pdf);
    const QStringList pages = pdfPages(pdf);
    ASSERT_GT(pages.size(), 10);
    expectHeaderBlock(pages.first());
    EXPECT_TRUE(pages.first().contains(QStringLiteral("PHỤ LỤC")));
    EXPECT_TRUE(pages.first().contains(QStringLiteral("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2023 CỦA UBND QUẬN NAM TỪ LIÊM")));
    EXPECT_TRUE(pages.first().contains(QStringLiteral("Kèm theo Quyết định số")));

    // Every page of the item table starts with its header row; page numbers from page 2.
    const QRegularExpression header(QStringLiteral("STT\\s+Nội dung công việc\\s+Cơ quan phối hợp\\s+Cấp trình\\s+"
                                                   "Thời hạn\\s+Lãnh đạo phụ trách"));
    const QRegularExpression itemRow(QStringLiteral("\\n[ ]*\\d+[ ]{2,}\\S"));
    int itemPages = 0;
    for (int i = 0; i < pages.size(); ++i) {
        const QString& page = pages[i];
        const qsizetype countsAt = page.indexOf(QStringLiteral("TỔNG HỢP SỐ NỘI DUNG THEO ĐƠN VỊ CHỦ TRÌ"));
        const QString items = countsAt >= 0 ? page.left(countsAt) : page;
        if (itemRow.match(items).hasMatch()) {
            const QRegularExpressionMatch m = header.match(items);
            EXPECT_TRUE(m.hasMatch()) << "page " << i + 1 << " lacks the header row";
            EXPECT_LT(m.capturedStart(), itemRow.match(items).capturedStart()) << "page " << i + 1;
            ++itemPages;
        }
        if (i > 0) {
            EXPECT_EQ(page.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed(), QString::number(i + 1))
                << "page number at the top of page " << i + 1;
        }
        if (i > 0) {
            EXPECT_TRUE(page.contains(QStringLiteral("Trang %1/%2").arg(i + 1).arg(pages.size())));
        } else {
            EXPECT_FALSE(page.contains(QStringLiteral("Trang "))) << "no footer on page 1";
        }
    }
    EXPECT_GT(itemPages, 10);

    // Group headings with their counts, summing to the whole program.
    const QString text = pages.join(QString());
    const QRegularExpression group(QStringLiteral("\\n\\s*([IVXLC]+)\\s+(.+) \\((\\d+) nội dung\\)"));
    int sum = 0;
    QStringList headings;
    for (auto it = group.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        sum += m.captured(3).toInt();
        headings.append(m.captured(2).trimmed());
    }
    EXPECT_EQ(sum, 535);
    EXPECT_EQ(headings.size(), 17);
    EXPECT_TRUE(headings.contains(QStringLiteral("PHÒNG TƯ PHÁP")));
    EXPECT_TRUE(headings.contains(QStringLiteral("VĂN PHÒNG HĐND - UBND QUẬN")));
}

TEST_F(Render, AppendixCountsTableAddsUpToTheItems)
{
    const QStringList pages = pdfPages(write(data(ReportKind::Appendix), QStringLiteral("appendix.pdf")));
    const QString text = pages.join(QString());
    const QString counts = text.mid(text.indexOf(QStringLiteral("TỔNG HỢP SỐ NỘI DUNG THEO ĐƠN VỊ CHỦ TRÌ")));
    ASSERT_FALSE(counts.isEmpty());
    QMap<QString, int> byUnit;
    int sum = 0;
    const QRegularExpression row(QStringLiteral("^\\s*(\\d+)\\s+(\\S.*?)\\s{2,}(\\d+)\\s*$"),
                                 QRegularExpression::MultilineOption);
    for (auto it = row.globalMatch(counts); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        byUnit.insert(m.captured(2), m.captured(3).toInt());
        sum += m.captured(3).toInt();
    }
    EXPECT_EQ(byUnit.size(), 17);
    for (const io::SampleData::SampleUnit& u : io::SampleData::units())
        EXPECT_EQ(byUnit.value(QString::fromUtf8(u.name), -1), u.items) << u.name;
    EXPECT_EQ(sum, 535);
    const QRegularExpressionMatch total = QRegularExpression(QStringLiteral("Tổng cộng\\s+(\\d+)")).match(counts);
    ASSERT_TRUE(total.hasMatch());
    EXPECT_EQ(total.captured(1).toInt(), 535);
}

TEST_F(Render, AppendixByMonthAndQuarter)
{
    for (GroupBy g : {GroupBy::Month, GroupBy::Quarter}) {
        const QString text = pdfText(write(data(ReportKind::Appendix, g), QStringLiteral("period.pdf")));
        const QRegularExpression group(QStringLiteral("\\n\\s*([IVXLC]+)\\s+(.+) \\((\\d+) nội dung\\)"));
        int sum = 0;
        QStringList headings;
        for (auto it = group.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            sum += m.captured(3).toInt();
            headings.append(m.captured(2).trimmed());
        }
        EXPECT_EQ(sum, 535);
        EXPECT_TRUE(text.contains(QStringLiteral("Cơ quan chủ trì")));
        if (g == GroupBy::Quarter) {
            EXPECT_TRUE(headings.contains(QStringLiteral("QUÝ I"))) << headings.join(QLatin1Char('|')).toStdString();
            EXPECT_TRUE(headings.contains(QStringLiteral("QUÝ IV")));
        } else {
            EXPECT_TRUE(headings.contains(QStringLiteral("THÁNG 6")));
        }
        EXPECT_TRUE(headings.last().startsWith(QStringLiteral("THƯỜNG XUYÊN"))) << "items without a date last";
    }
}

TEST_F(Render, ProgressReportMatchesTheItems)
{
    const ReportData d = data(ReportKind::Progress);
    const QString pdf = write(d, QStringLiteral("progress.pdf"));
    EXPECT_TRUE(pdfInfo(pdf).contains(QStringLiteral("595 x 842 pts (A4)")));
    expectFontsEmbedded(pdf);
    const QStringList pages = pdfPages(pdf);
    const QString text = pages.join(QString());
    expectHeaderBlock(pages.first());
    EXPECT_TRUE(text.contains(QStringLiteral("BÁO CÁO")));
    EXPECT_TRUE(text.contains(QStringLiteral("(Tính đến ngày 30/06/2023)")));

    // The overdue list agrees with the repository's own overdue filter.
    storage::ItemFilter overdue;
    overdue.overdueAsOf = QDate(2023, 6, 30);
    const int expectedOverdue = int(storage::ItemRepository(m_db.db()).list(m_program.id, overdue).size());
    ASSERT_GT(expectedOverdue, 0);
    EXPECT_TRUE(text.contains(QStringLiteral("ĐÃ QUÁ HẠN (%1 nội dung)").arg(expectedOverdue)));

    ProgressTally t;
    for (const Item& it : d.items)
        t.add(classifyProgress(it, d.asOf));
    const QRegularExpressionMatch total =
        QRegularExpression(QStringLiteral("Tổng cộng\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)"))
            .match(text);
    ASSERT_TRUE(total.hasMatch());
    EXPECT_EQ(total.captured(1).toInt(), t.counted());
    EXPECT_EQ(total.captured(2).toInt(), t.onTime);
    EXPECT_EQ(total.captured(3).toInt(), t.late);
    EXPECT_EQ(total.captured(4).toInt(), t.openInTime);
    EXPECT_EQ(total.captured(5).toInt(), expectedOverdue);
    EXPECT_EQ(total.captured(6), Format::percent(t.done(), t.counted()));
    EXPECT_EQ(t.counted() + t.dropped, 535);
    EXPECT_TRUE(text.contains(QStringLiteral("Không tính %1 nội dung").arg(t.dropped)));
    EXPECT_TRUE(pages.last().contains(QStringLiteral("Nơi nhận:")));
    EXPECT_TRUE(pages.last().contains(QStringLiteral("PHÓ CHỦ TỊCH")));
}

TEST_F(Render, ProgressReportDrawsTheCompletionRateChartWholeOnOnePage)
{
    const ReportData d = data(ReportKind::Progress);
    const QString pdf = write(d, QStringLiteral("progress-chart.pdf"));
    const QStringList pages = pdfPages(pdf);
    const QString title = QStringLiteral("Biểu đồ tỷ lệ hoàn thành theo đơn vị chủ trì (%)");
    int chartPage = -1;
    for (int i = 0; i < pages.size(); ++i)
        if (pages.at(i).contains(title))
            chartPage = i;
    ASSERT_GE(chartPage, 0) << "the chart's title is in the PDF";
    const QString page = pages.at(chartPage);
    // The chart comes after the per-unit table and its note, and before the overdue list.
    const QString before = pages.mid(0, chartPage + 1).join(QString());
    EXPECT_LT(before.indexOf(QStringLiteral("Tổng cộng")), before.indexOf(title));
    EXPECT_LT(before.indexOf(QStringLiteral("Ghi chú: Tỷ lệ hoàn thành")), before.indexOf(title));
    // Whole on its page: its scale (0% … 100%) and every unit's bar are on the title's page.
    EXPECT_TRUE(page.contains(QStringLiteral("0%")));
    EXPECT_TRUE(page.contains(QStringLiteral("100%")));
    const QHash<qint64, ProgressTally> tallies = tallyByLeadUnit(d.items, d.asOf);
    int bars = 0;
    for (const Unit& u : d.units) {
        const ProgressTally t = tallies.value(u.id);
        if (t.counted() == 0)
            continue;
        ++bars;
        EXPECT_TRUE(page.simplified().contains(Format::percent(t.done(), t.counted()))) << u.code.toStdString();
    }
    EXPECT_EQ(bars, 17);
}

TEST_F(Render, StoredSettingsReachThePage)
{
    storage::ReportSettingsRepository repo(m_db.db());
    storage::ReportSettings s = repo.load(m_program);
    s.signerName = QStringLiteral("Nguyễn Văn An");
    s.documentNumber = QStringLiteral("07/BC-UBND");
    s.recipients = {QStringLiteral("Thường trực Quận ủy;"), QStringLiteral("Lưu: VT, VP.")};
    repo.save(m_program.id, s);
    const QString text = pdfText(write(data(ReportKind::Progress), QStringLiteral("signed.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("Số: 07/BC-UBND")));
    EXPECT_TRUE(text.contains(QStringLiteral("Nguyễn Văn An")));
    EXPECT_TRUE(text.contains(QStringLiteral("- Thường trực Quận ủy;")));
    EXPECT_TRUE(text.contains(QStringLiteral("- Lưu: VT, VP.")));
    EXPECT_FALSE(text.contains(QStringLiteral("- Lưu: VT.\n")));
}

TEST_F(Render, UnwritablePathIsAnErrorAndLeavesNoFile)
{
    const ReportData d = data(ReportKind::Progress);
    const QString path = m_db.file(QStringLiteral("missing-folder/out.pdf"));
    EXPECT_FALSE(ReportRenderer::writePdf(d, path).isEmpty());
    EXPECT_FALSE(QFile::exists(path));
}
