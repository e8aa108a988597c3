// The layout engine on data made up for it, without a database: rows kept whole, a row taller
// than a page cut between lines without losing or repeating one, empty programs.
#include "pdftools.h"

#include "workprogram/reports/reportcontent.h"
#include "workprogram/reports/reportrenderer.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wp;
using namespace wp::reports;

namespace {

Unit unit(qint64 id, const QString& name)
{
    Unit u;
    u.id = id;
    u.code = QStringLiteral("U%1").arg(id);
    u.name = name;
    return u;
}

ReportData skeleton(ReportKind kind)
{
    ReportData d;
    d.kind = kind;
    d.program.id = 1;
    d.program.year = 2023;
    d.program.title = QStringLiteral("Chương trình công tác năm 2023 của UBND quận Thử Nghiệm");
    d.program.issuingBody = QStringLiteral("ỦY BAN NHÂN DÂN QUẬN THỬ NGHIỆM");
    d.program.parentBody = QStringLiteral("UBND THÀNH PHỐ HÀ NỘI");
    d.settings = storage::ReportSettings::defaultsFor(d.program);
    d.sourceLabel = QStringLiteral("Trạng thái hiện tại");
    d.date = QDate(2023, 3, 14);
    d.asOf = QDate(2023, 6, 30);
    d.units = {unit(1, QStringLiteral("Phòng Một")), unit(2, QStringLiteral("Phòng Hai"))};
    d.allUnits = d.units;
    return d;
}

Item item(int number, qint64 unitId, const QString& content)
{
    Item it;
    it.id = number;
    it.programId = 1;
    it.number = number;
    it.leadUnitId = unitId;
    it.content = content;
    it.deadline = *Deadline::parse(QStringLiteral("Quý II"), 2023);
    it.leader = QStringLiteral("PCT UBND quận");
    it.status = Status::InProgress;
    return it;
}

QString render(const ReportData& d, const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    const QString error = ReportRenderer::writePdf(d, path);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return path;
}

/// Indices of the pages on which @p token is printed.
QVector<int> pagesWith(const QStringList& pages, const QString& token)
{
    QVector<int> out;
    for (int i = 0; i < pages.size(); ++i)
        if (pages[i].contains(token))
            out.append(i);
    return out;
}

} // namespace

TEST(Layout, RowsAreNeverSplitAcrossPages)
{
    ReportData d = skeleton(ReportKind::Appendix);
    for (int n = 1; n <= 240; ++n) {
        // Rows of 1 to 9 lines, each row marked at its start and its end.
        QString words;
        for (int w = 0; w < (n * 7) % 60; ++w)
            words += QStringLiteral(" nội dung công việc");
        d.items.append(
            item(n, 1 + n % 2, QStringLiteral("BEGIN%1%2 END%1").arg(n, 3, 10, QLatin1Char('0')).arg(words)));
    }
    QTemporaryDir dir;
    const QStringList pages = test::pdfPages(render(d, dir, QStringLiteral("rows.pdf")));
    ASSERT_GT(pages.size(), 5);
    for (int n = 1; n <= 240; ++n) {
        const QString tag = QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
        const QVector<int> begin = pagesWith(pages, QStringLiteral("BEGIN") + tag);
        const QVector<int> end = pagesWith(pages, QStringLiteral("END") + tag);
        ASSERT_EQ(begin.size(), 1) << tag.toStdString();
        ASSERT_EQ(end.size(), 1) << tag.toStdString();
        EXPECT_EQ(begin.first(), end.first()) << "row " << tag.toStdString() << " split across pages";
    }
    for (int i = 0; i < pages.size(); ++i) {
        if (pagesWith({pages[i]}, QStringLiteral("BEGIN")).size() == 1) {
            EXPECT_TRUE(pages[i].contains(QStringLiteral("Nội dung công việc"))) << "header on page " << i + 1;
        }
    }
}

TEST(Layout, RowTallerThanAPageIsCutBetweenLines)
{
    ReportData d = skeleton(ReportKind::UnitSummary);
    QStringList words;
    for (int w = 1; w <= 1500; ++w)
        words.append(QStringLiteral("w%1").arg(w, 4, 10, QLatin1Char('0')));
    d.items.append(item(1, 1, QStringLiteral("Trước")));
    d.items.append(item(2, 1, words.join(QLatin1Char(' '))));
    d.items.append(item(3, 1, QStringLiteral("Sau")));
    QTemporaryDir dir;
    const QString pdf = render(d, dir, QStringLiteral("tall.pdf"));
    const QStringList pages = test::pdfPages(pdf);
    const QString text = pages.join(QString());
    // Every word exactly once: no line lost or printed twice at the cuts.
    for (const QString& w : words)
        ASSERT_EQ(text.count(QRegularExpression(QStringLiteral("\\b%1\\b").arg(w))), 1) << w.toStdString();
    const QVector<int> first = pagesWith(pages, words.first());
    const QVector<int> last = pagesWith(pages, words.last());
    EXPECT_GT(last.first(), first.first() + 1) << "a 1500-word cell spans more than two pages";
    for (int p = first.first(); p <= last.first(); ++p)
        EXPECT_TRUE(pages[p].contains(QStringLiteral("Nội dung công việc"))) << "header repeated on page " << p + 1;
}

TEST(Layout, EmptyProgramStillPrintsEveryPart)
{
    QTemporaryDir dir;
    for (ReportKind kind : {ReportKind::UnitSummary, ReportKind::Appendix, ReportKind::Progress}) {
        const ReportData d = skeleton(kind);
        const QString text = test::pdfText(render(d, dir, QStringLiteral("empty.pdf")));
        EXPECT_TRUE(text.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
        EXPECT_TRUE(text.contains(QStringLiteral("Thử Nghiệm, ngày 14 tháng 3 năm 2023")) ||
                    kind == ReportKind::Appendix);
    }
}

TEST(Layout, ItemOfAUnitMissingFromTheDataIsStillPrinted)
{
    ReportData d = skeleton(ReportKind::UnitSummary);
    d.items.append(item(1, 99, QStringLiteral("Nội dung của đơn vị không rõ")));
    QTemporaryDir dir;
    const QString text = test::pdfText(render(d, dir, QStringLiteral("orphan.pdf")));
    EXPECT_TRUE(test::containsWords(text, QStringLiteral("Nội dung của đơn vị không rõ"))) << text.toStdString();
}

namespace {

/// A unit summary of @p units units, unit k leading k one-line items "Uk-j.": the documents end
/// at every height of a page, so that without a rule some signature blocks would open a page
/// of their own.
ReportData staircase(int units)
{
    ReportData d = skeleton(ReportKind::UnitSummary);
    d.units.clear();
    int number = 0;
    for (int k = 1; k <= units; ++k) {
        d.units.append(unit(k, QStringLiteral("Phòng số %1").arg(k)));
        for (int j = 1; j <= k; ++j)
            d.items.append(item(++number, k, QStringLiteral("Nội dung U%1-%2.").arg(k).arg(j)));
    }
    d.allUnits = d.units;
    return d;
}

/// The first page of each unit's document in a unit summary.
QVector<int> sectionStarts(const QStringList& pages, int units)
{
    QVector<int> starts;
    for (int k = 1; k <= units; ++k) {
        const QVector<int> found = pagesWith(pages, QStringLiteral("Đơn vị chủ trì: Phòng số %1\n").arg(k));
        EXPECT_EQ(found.size(), 1) << "unit " << k;
        starts.append(found.value(0, -1));
    }
    return starts;
}

} // namespace

// Issue 14: "Nơi nhận" and the signer never open a page on their own: the last rows of the
// table come with them.
TEST(Layout, TheSignatureBlockNeverStandsAloneOnAPage)
{
    constexpr int units = 40;
    QTemporaryDir dir;
    const QStringList pages = test::pdfPages(render(staircase(units), dir, QStringLiteral("stairs.pdf")));
    const QVector<int> starts = sectionStarts(pages, units);
    for (int k = 1; k <= units; ++k) {
        const int end = k < units ? starts[k] : int(pages.size());
        int signature = -1;
        for (int p = starts[k - 1]; p < end; ++p)
            if (pages[p].contains(QStringLiteral("Nơi nhận:")))
                signature = p;
        ASSERT_GE(signature, 0) << "unit " << k;
        EXPECT_EQ(signature, end - 1) << "unit " << k << ": the signature ends the document";
        EXPECT_TRUE(pages[signature].contains(QStringLiteral("U%1-%2.").arg(k).arg(k)))
            << "unit " << k << ": the last row is on the signature's page";
        if (k >= 2) {
            EXPECT_TRUE(pages[signature].contains(QStringLiteral("U%1-%2.").arg(k).arg(k - 1)))
                << "unit " << k << ": so is the row before it";
        }
    }
}

// Issue 14: the page number is at the top from page 2; the first page of a document carries
// neither it nor the footer with "Trang 1/N".
TEST(Layout, TheFirstPageOfADocumentHasNoFooter)
{
    constexpr int units = 40;
    QTemporaryDir dir;
    const QStringList pages = test::pdfPages(render(staircase(units), dir, QStringLiteral("stairs.pdf")));
    const QVector<int> starts = sectionStarts(pages, units);
    const QRegularExpression footer(QStringLiteral("Trang (\\d+)/(\\d+)"));
    int continued = 0;
    for (int p = 0; p < pages.size(); ++p) {
        const QRegularExpressionMatch m = footer.match(pages[p]);
        if (starts.contains(p)) {
            EXPECT_FALSE(m.hasMatch()) << "page " << p + 1 << " opens a document";
            EXPECT_FALSE(pages[p].contains(QStringLiteral("Trạng thái hiện tại"))) << "page " << p + 1;
        } else {
            ++continued;
            ASSERT_TRUE(m.hasMatch()) << "page " << p + 1;
            EXPECT_GE(m.captured(1).toInt(), 2) << "page " << p + 1;
            EXPECT_EQ(pages[p].trimmed().section(QLatin1Char('\n'), 0, 0).trimmed(), m.captured(1))
                << "the page number at the top of page " << p + 1;
        }
    }
    EXPECT_GT(continued, 10);
}

// Issue 14: the unit summary's table is set at 12 pt, like the appendix's (it was 11 pt).
TEST(Layout, TheUnitSummaryTableIsSetAtTwelvePoints)
{
    for (ReportKind kind : {ReportKind::UnitSummary, ReportKind::Appendix}) {
        ReportData d = skeleton(kind);
        d.items.append(item(1, 1, QStringLiteral("Nội dung một")));
        for (const ReportSection& s : ReportContent::make(d).sections)
            for (const Part& part : s.parts)
                if (const auto* table = std::get_if<TablePart>(&part.content)) {
                    EXPECT_EQ(table->fontPt, 12) << int(kind);
                }
        QTemporaryDir dir;
        const QString pdf = render(d, dir, QStringLiteral("one.pdf"));
        // On the page: the table's header word against the 14 pt bold title.
        double stt = 0;
        double title = 0;
        for (const test::PdfWord& w : test::pdfWords(pdf, 1)) {
            if (w.text == QStringLiteral("STT") && stt == 0)
                stt = w.height();
            if ((w.text == QStringLiteral("DANH") || w.text == QStringLiteral("PHỤ")) && title == 0)
                title = w.height();
        }
        ASSERT_GT(stt, 0);
        ASSERT_GT(title, 0);
        EXPECT_NEAR(stt / title, 12.0 / 14.0, 0.02) << int(kind);
    }
}
