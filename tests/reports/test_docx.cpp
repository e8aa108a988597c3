// The reports as Word documents: the package read back part by part, and each report opened by
// a real client — LibreOffice converts it to PDF, read with poppler's tools.
#include "docxtools.h"
#include "pdftools.h"
#include "testsupport.h"

#include "workprogram/io/sampledata.h"
#include "workprogram/reports/docxwriter.h"
#include "workprogram/reports/formatting.h"
#include "workprogram/reports/progress.h"
#include "workprogram/reports/reportrenderer.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/reportsettingsrepository.h"

#include <QElapsedTimer>
#include <QImage>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace wp;
using namespace wp::reports;

using test::DocxDocument;
using test::DocxRow;
using test::DocxSection;
using test::DocxTable;
using test::expectHeaderBlock;
using test::pdfFontRows;
using test::pdfInfo;
using test::pdfPages;
using test::readDocument;

namespace {

// --- the fixture -------------------------------------------------------------------------

class Docx : public ::testing::Test
{
protected:
    void SetUp() override
    {
        io::SampleData::addUnits(m_db.db());
        io::SampleData::addProgram(m_db.db());
        m_program = *storage::ProgramRepository(m_db.db()).byYear(io::SampleData::Year);
    }

    void signAs(const QString& name)
    {
        storage::ReportSettingsRepository repo(m_db.db());
        storage::ReportSettings s = repo.load(m_program);
        s.signerName = name;
        repo.save(m_program.id, s);
    }

    ReportData data(ReportKind kind)
    {
        ReportRequest r;
        r.kind = kind;
        r.date = QDate(2023, 3, 14);
        r.asOf = QDate(2023, 6, 30);
        return ReportData::build(DatabaseSource(m_db.db(), m_program), r);
    }

    QString write(const ReportData& d, const QString& name)
    {
        const QString path = m_db.file(name);
        const QString error = DocxWriter::write(d, path);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        return path;
    }

    /// The page count of the PDF the program prints of @p d.
    int printedPages(const ReportData& d)
    {
        int pages = 0;
        EXPECT_TRUE(ReportRenderer::writePdf(d, m_db.file(QStringLiteral("printed.pdf")), &pages).isEmpty());
        return pages;
    }

    test::TempDb m_db;
    Program m_program;
};

/// Times New Roman as LibreOffice resolves it, embedded: no other typeface stands in.
void expectLiberationSerif(const QString& pdf)
{
    test::expectFontsEmbedded(pdf, [](const QString&, const QStringList& cols) {
        return cols.first().contains(QStringLiteral("LiberationSerif"));
    });
}

/// The first line of a page's text: its number, from page 2 of a document on.
QString firstLine(const QString& page)
{
    return page.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
}

/// The contents of @p items not found, in that order, in @p text.
QStringList missingInOrder(const QString& text, const QStringList& contents)
{
    const QStringList tokens = test::words(text);
    QStringList missing;
    int at = 0;
    for (const QString& c : contents) {
        const int end = test::findWords(tokens, c, at);
        if (end < 0)
            missing.append(c);
        else
            at = end;
    }
    return missing;
}

/// The items of @p d as the unit summary and the appendix list them: by lead unit, by number.
QVector<Item> byLeadUnit(const ReportData& d)
{
    QVector<Item> out;
    for (const Unit& u : d.units)
        for (const Item& it : d.items)
            if (it.leadUnitId == u.id)
                out.append(it);
    return out;
}

QStringList contentsOf(const QVector<Item>& items)
{
    QStringList out;
    for (const Item& it : items)
        out.append(it.content);
    return out;
}

} // namespace

// --- the package -------------------------------------------------------------------------

TEST_F(Docx, PackageIsPlainWordprocessingML)
{
    const ReportData d = data(ReportKind::Progress);
    const QString docx = write(d, QStringLiteral("progress.docx"));
    QStringList entries = test::zipEntries(docx);
    entries.sort();
    EXPECT_EQ(entries, (QStringList{QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
                                    QStringLiteral("docProps/core.xml"), QStringLiteral("word/_rels/document.xml.rels"),
                                    QStringLiteral("word/document.xml"), QStringLiteral("word/header1.xml"),
                                    QStringLiteral("word/header2.xml"), QStringLiteral("word/media/chart1.png"),
                                    QStringLiteral("word/settings.xml"), QStringLiteral("word/styles.xml")}));
    const QString types = QString::fromUtf8(test::zipEntry(docx, QStringLiteral("[Content_Types].xml")));
    EXPECT_TRUE(types.contains(QStringLiteral(
        "PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"")));
    EXPECT_TRUE(types.contains(QStringLiteral("Extension=\"png\" ContentType=\"image/png\"")));
    const QString styles = QString::fromUtf8(test::zipEntry(docx, QStringLiteral("word/styles.xml")));
    EXPECT_TRUE(styles.contains(QStringLiteral("w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"")));
    EXPECT_TRUE(styles.contains(QStringLiteral("<w:sz w:val=\"28\"/>"))) << "14 pt unless set otherwise";
    EXPECT_TRUE(
        QString::fromUtf8(test::zipEntry(docx, QStringLiteral("word/header1.xml"))).contains(QStringLiteral(" PAGE ")));
    EXPECT_TRUE(QString::fromUtf8(test::zipEntry(docx, QStringLiteral("docProps/core.xml")))
                    .contains(QStringLiteral("<dc:title>Báo cáo tiến độ thực hiện Chương trình công tác năm 2023")));
    EXPECT_TRUE(QImage::fromData(test::zipEntry(docx, QStringLiteral("word/media/chart1.png"))).width() > 1000);

    const DocxDocument doc = readDocument(test::zipEntry(docx, QStringLiteral("word/document.xml")));
    ASSERT_TRUE(doc.error.isEmpty()) << doc.error.toStdString();
    ASSERT_EQ(doc.sections.size(), 1);
    const DocxSection& s = doc.sections.first();
    EXPECT_EQ(s.width, 11906) << "A4 portrait";
    EXPECT_EQ(s.height, 16838);
    EXPECT_EQ(s.margins.value(QStringLiteral("top")), 1134) << "20 mm";
    EXPECT_EQ(s.margins.value(QStringLiteral("bottom")), 1134);
    EXPECT_EQ(s.margins.value(QStringLiteral("left")), 1701) << "30 mm";
    EXPECT_EQ(s.margins.value(QStringLiteral("right")), 850) << "15 mm";
    EXPECT_TRUE(s.titlePage) << "no page number on page 1";
    EXPECT_EQ(s.headerTypes, (QStringList{QStringLiteral("default"), QStringLiteral("first")}));
    EXPECT_TRUE(doc.paragraphs.contains(QStringLiteral("Biểu đồ tỷ lệ hoàn thành theo đơn vị chủ trì (%)")))
        << "the chart's title is text";

    // Bordered tables: the per-unit table and the overdue list, header rows repeated, no row split.
    QVector<DocxTable> bordered;
    for (const DocxTable& t : doc.tables)
        if (t.bordered)
            bordered.append(t);
    ASSERT_EQ(bordered.size(), 2);
    for (const DocxTable& t : bordered) {
        EXPECT_TRUE(t.rows.first().header);
        for (int i = 0; i < t.rows.size(); ++i) {
            EXPECT_TRUE(t.rows[i].cantSplit) << i;
            EXPECT_EQ(t.rows[i].header, i == 0) << i;
        }
    }
    // The overdue list ends with the signature block, kept with its last two rows.
    const QVector<DocxRow>& overdue = bordered.last().rows;
    ASSERT_GE(overdue.size(), 4);
    const DocxRow& signature = overdue.last();
    ASSERT_EQ(signature.cells.size(), 2);
    EXPECT_TRUE(signature.cells.first().startsWith(QStringLiteral("Nơi nhận:")));
    EXPECT_TRUE(signature.cells.last().startsWith(QStringLiteral("KT. CHỦ TỊCHPHÓ CHỦ TỊCH")));
    EXPECT_TRUE(overdue[overdue.size() - 2].keepNext);
    EXPECT_TRUE(overdue[overdue.size() - 3].keepNext);
    EXPECT_FALSE(overdue[overdue.size() - 4].keepNext);
}

TEST_F(Docx, UnitSummaryIsOneSectionPerUnitWithItsItemsAsOneTable)
{
    const ReportData d = data(ReportKind::UnitSummary);
    const DocxDocument doc =
        readDocument(test::zipEntry(write(d, QStringLiteral("units.docx")), QStringLiteral("word/document.xml")));
    ASSERT_TRUE(doc.error.isEmpty()) << doc.error.toStdString();
    ASSERT_EQ(doc.sections.size(), 17);
    for (const DocxSection& s : doc.sections) {
        EXPECT_EQ(s.pageStart, QStringLiteral("1")) << "each unit's document numbers its own pages";
        EXPECT_TRUE(s.titlePage);
    }
    QVector<DocxTable> itemTables;
    for (const DocxTable& t : doc.tables)
        if (t.bordered)
            itemTables.append(t);
    ASSERT_EQ(itemTables.size(), 17);
    const QVector<Item> items = byLeadUnit(d);
    int next = 0;
    for (const DocxTable& t : itemTables) {
        EXPECT_EQ(t.rows.first().cells,
                  (QStringList{QStringLiteral("STT"), QStringLiteral("Nội dung công việc"),
                               QStringLiteral("Cơ quan phối hợp"), QStringLiteral("Thời hạn"),
                               QStringLiteral("Lãnh đạo phụ trách"), QStringLiteral("Trạng thái")}));
        // Header, items, signature: STT written as text, the content as typed.
        for (int r = 1; r + 1 < t.rows.size(); ++r, ++next) {
            ASSERT_LT(next, items.size());
            EXPECT_EQ(t.rows[r].cells.value(0), QString::number(items[next].number));
            EXPECT_EQ(t.rows[r].cells.value(1), items[next].content);
            EXPECT_EQ(t.rows[r].keepNext, r + 3 >= t.rows.size()) << "row " << r;
        }
        EXPECT_TRUE(t.rows.last().cells.value(0).startsWith(QStringLiteral("Nơi nhận:")));
    }
    EXPECT_EQ(next, 535);
}

TEST_F(Docx, TextXmlCannotCarryIsDroppedAndLinesBecomeBreaks)
{
    ReportData d = data(ReportKind::UnitSummary);
    d.items.resize(1);
    d.items.first().content =
        QStringLiteral("A & B <c> \"q\"\x01\x0B") + QChar(0xD800) + QStringLiteral("\tdòng 1\ndòng 2");
    d.units.resize(1);
    d.units.first().id = d.items.first().leadUnitId;
    const DocxDocument doc =
        readDocument(test::zipEntry(write(d, QStringLiteral("odd.docx")), QStringLiteral("word/document.xml")));
    ASSERT_TRUE(doc.error.isEmpty()) << doc.error.toStdString();
    bool found = false;
    for (const DocxTable& t : doc.tables)
        for (const DocxRow& r : t.rows)
            if (r.cells.value(1).startsWith(QStringLiteral("A & B"))) {
                EXPECT_EQ(r.cells.value(1), QStringLiteral("A & B <c> \"q\"dòng 1\ndòng 2"));
                found = true;
            }
    EXPECT_TRUE(found);
}

TEST_F(Docx, UnwritablePathIsAnErrorAndLeavesNoFile)
{
    const QString path = m_db.file(QStringLiteral("missing-folder/out.docx"));
    const QString error = DocxWriter::write(data(ReportKind::Appendix), path);
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

// --- opened by LibreOffice ---------------------------------------------------------------

TEST_F(Docx, UnitSummaryInLibreOffice)
{
    signAs(QStringLiteral("Nguyễn Văn An"));
    const ReportData d = data(ReportKind::UnitSummary);
    const QString pdf = test::libreOfficePdf(write(d, QStringLiteral("units.docx")));
    ASSERT_FALSE(pdf.isEmpty()) << "LibreOffice made no PDF";
    EXPECT_TRUE(pdfInfo(pdf).contains(QStringLiteral("595.304 x 841.89 pts (A4)"))) << pdfInfo(pdf).toStdString();
    expectLiberationSerif(pdf);
    const QStringList pages = pdfPages(pdf);
    const int printed = printedPages(d);
    EXPECT_NEAR(pages.size(), printed, printed / 10 + 1) << "pages as the program prints them";

    const QVector<Item> items = byLeadUnit(d);
    int previous = -1;
    for (const Unit& u : d.units) {
        const QString heading = QStringLiteral("Đơn vị chủ trì: ") + u.name + QStringLiteral(" Theo");
        int first = -1;
        for (int i = 0; i < pages.size(); ++i)
            if (pages[i].simplified().contains(heading)) {
                EXPECT_EQ(first, -1) << "heading twice: " << u.name.toStdString();
                first = i;
            }
        ASSERT_GT(first, previous) << u.name.toStdString();
        previous = first;
        const QString& page = pages[first];
        expectHeaderBlock(page.simplified());
        EXPECT_TRUE(page.contains(QStringLiteral("Nam Từ Liêm, ngày 14 tháng 3 năm 2023")));
        EXPECT_TRUE(page.contains(QStringLiteral("DANH MỤC NỘI DUNG CÔNG VIỆC NĂM 2023")));
        EXPECT_FALSE(firstLine(page).contains(QRegularExpression(QStringLiteral("^\\d+$"))))
            << "no page number on page 1: " << u.name.toStdString();
        // The pages of the unit's document are numbered from 2, and the last one is signed.
        int last = first;
        while (last + 1 < pages.size() && !pages[last].contains(QStringLiteral("Nơi nhận:"))) {
            ++last;
            EXPECT_EQ(firstLine(pages[last]), QString::number(last - first + 1)) << u.name.toStdString();
        }
        const QString& signed_ = pages[last];
        ASSERT_TRUE(signed_.contains(QStringLiteral("Nơi nhận:"))) << u.name.toStdString();
        EXPECT_TRUE(signed_.contains(QStringLiteral("KT. CHỦ TỊCH")));
        EXPECT_TRUE(signed_.contains(QStringLiteral("Nguyễn Văn An")));
        EXPECT_TRUE(signed_.contains(QStringLiteral("- Lưu: VT.")));
        QVector<Item> own;
        for (const Item& it : items)
            if (it.leadUnitId == u.id)
                own.append(it);
        ASSERT_FALSE(own.isEmpty());
        EXPECT_TRUE(test::containsWords(signed_, own.last().content))
            << "the last row stays with the signature: " << u.name.toStdString();
    }
    const QStringList missing = missingInOrder(pages.join(QLatin1Char('\n')), contentsOf(items));
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " items missing, first: " << missing.value(0).toStdString();
}

TEST_F(Docx, AppendixInLibreOfficeRepeatsTheHeaderRowOnEveryPage)
{
    const ReportData d = data(ReportKind::Appendix);
    const QString pdf = test::libreOfficePdf(write(d, QStringLiteral("appendix.docx")));
    ASSERT_FALSE(pdf.isEmpty()) << "LibreOffice made no PDF";
    EXPECT_TRUE(pdfInfo(pdf).contains(QStringLiteral("841.89 x 595.304 pts (A4)"))) << "landscape";
    expectLiberationSerif(pdf);
    const QStringList pages = pdfPages(pdf);
    const int printed = printedPages(d);
    EXPECT_NEAR(pages.size(), printed, printed / 10 + 1);

    expectHeaderBlock(pages.first().simplified());
    const QString first = pages.first().simplified();
    EXPECT_TRUE(first.contains(QStringLiteral("PHỤ LỤC")));
    EXPECT_TRUE(first.contains(QStringLiteral("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2023 CỦA UBND QUẬN NAM TỪ LIÊM")));
    EXPECT_TRUE(first.contains(QStringLiteral("Kèm theo Quyết định số")));
    EXPECT_FALSE(firstLine(pages.first()).contains(QRegularExpression(QStringLiteral("^\\d+$"))));

    const QRegularExpression itemRow(QStringLiteral("\\n[ ]*\\d+[ ]{2,}\\S"));
    int itemPages = 0;
    for (int i = 0; i < pages.size(); ++i) {
        const QString& page = pages[i];
        if (i > 0) {
            EXPECT_EQ(firstLine(page), QString::number(i + 1)) << "page number at the top of page " << i + 1;
        }
        const qsizetype countsAt = page.indexOf(QStringLiteral("TỔNG HỢP SỐ NỘI DUNG"));
        const QString items = countsAt >= 0 ? page.left(countsAt) : page;
        const QRegularExpressionMatch row = itemRow.match(items);
        if (!row.hasMatch())
            continue;
        ++itemPages;
        const qsizetype header = items.indexOf(QStringLiteral("Nội dung công việc"));
        EXPECT_GE(header, 0) << "page " << i + 1 << " lacks the header row";
        EXPECT_LT(header, row.capturedStart()) << "page " << i + 1;
        EXPECT_TRUE(items.contains(QStringLiteral("Cơ quan phối hợp"))) << "page " << i + 1;
    }
    EXPECT_GT(itemPages, 10);

    const QString text = pages.join(QLatin1Char('\n'));
    const QRegularExpression group(QStringLiteral("\\n\\s*([IVXLC]+)\\s+(.+) \\((\\d+) nội dung\\)"));
    int sum = 0;
    int groups = 0;
    for (auto it = group.globalMatch(text); it.hasNext(); ++groups)
        sum += it.next().captured(3).toInt();
    EXPECT_EQ(groups, 17);
    EXPECT_EQ(sum, 535);
    const QRegularExpressionMatch total = QRegularExpression(QStringLiteral("Tổng cộng\\s+(\\d+)")).match(text);
    ASSERT_TRUE(total.hasMatch());
    EXPECT_EQ(total.captured(1).toInt(), 535);
    const QStringList missing = missingInOrder(text, contentsOf(byLeadUnit(d)));
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " items missing, first: " << missing.value(0).toStdString();
}

TEST_F(Docx, ProgressReportInLibreOffice)
{
    signAs(QStringLiteral("Nguyễn Văn An"));
    const ReportData d = data(ReportKind::Progress);
    const QString pdf = test::libreOfficePdf(write(d, QStringLiteral("progress.docx")));
    ASSERT_FALSE(pdf.isEmpty()) << "LibreOffice made no PDF";
    EXPECT_TRUE(pdfInfo(pdf).contains(QStringLiteral("595.304 x 841.89 pts (A4)")));
    expectLiberationSerif(pdf);
    const QStringList pages = pdfPages(pdf);
    const int printed = printedPages(d);
    EXPECT_NEAR(pages.size(), printed, printed / 10 + 1);
    const QString text = pages.join(QLatin1Char('\n'));
    expectHeaderBlock(pages.first().simplified());
    EXPECT_TRUE(text.contains(QStringLiteral("BÁO CÁO")));
    EXPECT_TRUE(text.contains(QStringLiteral("(Tính đến ngày 30/06/2023)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Biểu đồ tỷ lệ hoàn thành theo đơn vị chủ trì (%)")));
    const QStringList images = test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(images.size(), 3) << "the chart's bars, one picture";

    ProgressTally t;
    QStringList overdue;
    for (const Item& it : byLeadUnit(d)) {
        t.add(classifyProgress(it, d.asOf));
        if (classifyProgress(it, d.asOf) == ProgressCategory::OpenOverdue)
            overdue.append(it.content);
    }
    ASSERT_FALSE(overdue.isEmpty());
    EXPECT_TRUE(text.contains(QStringLiteral("ĐÃ QUÁ HẠN (%1 nội dung)").arg(overdue.size())));
    const QRegularExpressionMatch total =
        QRegularExpression(QStringLiteral("Tổng cộng\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)"))
            .match(text);
    ASSERT_TRUE(total.hasMatch());
    EXPECT_EQ(total.captured(1).toInt(), t.counted());
    EXPECT_EQ(total.captured(2).toInt(), t.onTime);
    EXPECT_EQ(total.captured(5).toInt(), t.overdue);
    EXPECT_EQ(total.captured(6), Format::percent(t.done(), t.counted()));
    const QStringList missing = missingInOrder(text, overdue);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " items missing, first: " << missing.value(0).toStdString();
    const QString& last = pages.last();
    EXPECT_TRUE(last.contains(QStringLiteral("Nơi nhận:")));
    EXPECT_TRUE(last.contains(QStringLiteral("PHÓ CHỦ TỊCH")));
    EXPECT_TRUE(last.contains(QStringLiteral("Nguyễn Văn An")));
    EXPECT_TRUE(test::containsWords(last, overdue.last())) << "the last row stays with the signature";
}

// A large program: 60 units leading 1 to 60 items each (1 830 items, 60 documents ending at
// every height of a page). Every signature keeps the last two rows of its unit on its page.
TEST_F(Docx, LargeProgramKeepsEverySignatureWithItsLastRows)
{
    constexpr int units = 60;
    ReportData d = data(ReportKind::UnitSummary);
    const Item model = d.items.first();
    d.items.clear();
    d.units.clear();
    int number = 0;
    for (int k = 1; k <= units; ++k) {
        Unit u;
        u.id = 1000 + k;
        u.code = QStringLiteral("U%1").arg(k);
        u.name = QStringLiteral("Phòng số %1").arg(k);
        d.units.append(u);
        for (int j = 1; j <= k; ++j) {
            Item it = model;
            it.number = ++number;
            it.leadUnitId = u.id;
            it.coUnitIds.clear();
            // Rows of one to three lines.
            it.content = QStringLiteral("Nội dung U%1-%2.").arg(k).arg(j) +
                         QStringLiteral(" Triển khai kế hoạch tuyên truyền phổ biến pháp luật").repeated(number % 3);
            d.items.append(it);
        }
    }
    d.allUnits = d.units;
    QElapsedTimer timer;
    timer.start();
    const QString docx = write(d, QStringLiteral("large.docx"));
    const qint64 writeMs = timer.elapsed();
    timer.restart();
    const QString pdf = test::libreOfficePdf(docx);
    ASSERT_FALSE(pdf.isEmpty()) << "LibreOffice made no PDF";
    std::cout << "[ info ] 1 830 items: .docx written in " << writeMs << " ms (" << QFileInfo(docx).size() / 1024
              << " KiB), converted by LibreOffice in " << timer.elapsed() << " ms" << std::endl;
    const QStringList pages = pdfPages(pdf);
    EXPECT_NEAR(pages.size(), printedPages(d), printedPages(d) / 10 + 1);
    const QString text = pages.join(QLatin1Char('\n'));
    for (int k = 1; k <= units; ++k) {
        const QString heading = QStringLiteral("Đơn vị chủ trì: Phòng số %1 Theo").arg(k);
        int first = -1;
        for (int i = 0; i < pages.size() && first < 0; ++i)
            if (pages[i].simplified().contains(heading))
                first = i;
        ASSERT_GE(first, 0) << k;
        int last = first;
        while (last + 1 < pages.size() && !pages[last].contains(QStringLiteral("Nơi nhận:")))
            ++last;
        EXPECT_TRUE(pages[last].contains(QStringLiteral("U%1-%2.").arg(k).arg(k))) << "unit " << k;
        if (k >= 2) {
            EXPECT_TRUE(pages[last].contains(QStringLiteral("U%1-%2.").arg(k).arg(k - 1))) << "unit " << k;
        }
        for (int j = 1; j <= k; ++j)
            ASSERT_EQ(text.count(QStringLiteral("U%1-%2.").arg(k).arg(j)), 1) << k << "-" << j;
    }
}
