// The report command's contract: exit codes, errors that name what is wrong, no file left
// behind on failure. The PDFs themselves are checked in tests/reports.
#include "testsupport.h"

#include "../reports/pdftools.h"

#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/snapshotrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using wp::test::CliResult;
using wp::test::runCli;

namespace {

struct ReportCli : ::testing::Test
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("wp.sqlite"));
    QString file(const QString& name) const { return dir.filePath(name); }
    void SetUp() override
    {
        const CliResult r = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    CliResult report(QStringList args)
    {
        args.prepend(QStringLiteral("report"));
        args << QStringLiteral("--db") << db;
        return runCli(args);
    }
};

} // namespace

TEST_F(ReportCli, WritesEachKind)
{
    for (const char* kind : {"unit-summary", "appendix", "progress"}) {
        const QString out = file(QStringLiteral("%1.pdf").arg(QLatin1String(kind)));
        QStringList args{QStringLiteral("--year"), QStringLiteral("2023"),  QStringLiteral("--kind"),
                         QLatin1String(kind),      QStringLiteral("--out"), out};
        if (QLatin1String(kind) == QLatin1String("progress"))
            args << QStringLiteral("--as-of") << QStringLiteral("30/06/2023");
        const CliResult r = report(args);
        ASSERT_EQ(r.exitCode, 0) << kind << ": " << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(out)) << r.out.toStdString();
        EXPECT_GT(wp::test::pdfPageCount(out), 0) << kind;
    }
}

// Issue 16: the suffix of --out chooses the format; a .docx is a Word document (its pages are
// checked through LibreOffice in tests/reports).
TEST_F(ReportCli, WritesWordDocumentsOfEachKind)
{
    for (const char* kind : {"unit-summary", "appendix", "progress"}) {
        const QString out = file(QStringLiteral("%1.DOCX").arg(QLatin1String(kind)));
        const CliResult r = report({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--kind"),
                                    QLatin1String(kind), QStringLiteral("--out"), out});
        ASSERT_EQ(r.exitCode, 0) << kind << ": " << r.err.toStdString();
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("Đã ghi "))) << r.out.toStdString();
        EXPECT_TRUE(r.out.endsWith(QStringLiteral(" ra %1\n").arg(out))) << r.out.toStdString();
        EXPECT_FALSE(r.out.contains(QStringLiteral(" trang)"))) << "Word lays out its own pages";
        QFile f(out);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << kind;
        const QByteArray bytes = f.readAll();
        EXPECT_TRUE(bytes.startsWith("PK\x03\x04")) << kind << ": a zip";
        EXPECT_TRUE(bytes.contains("word/document.xml")) << kind;
        EXPECT_FALSE(bytes.contains("%PDF")) << kind;
    }
}

TEST_F(ReportCli, WordDocumentToAnUnwritablePathLeavesNoFile)
{
    const QString out = file(QStringLiteral("no-such-folder/x.docx"));
    const CliResult r = report({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--kind"),
                                QStringLiteral("unit-summary"), QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(out)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("docx")).isEmpty());
}

TEST_F(ReportCli, ChosenUnitsOnly)
{
    const QString out = file(QStringLiteral("tp.pdf"));
    const CliResult r =
        report({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--kind"),
                QStringLiteral("unit-summary"), QStringLiteral("--unit"), QStringLiteral("TP"),
                QStringLiteral("--unit"), QStringLiteral("Ban Quản lý chợ"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = wp::test::pdfText(out);
    EXPECT_TRUE(text.contains(QStringLiteral("Đơn vị chủ trì: Phòng Tư pháp")));
    EXPECT_TRUE(text.contains(QStringLiteral("Đơn vị chủ trì: Ban Quản lý chợ")));
    EXPECT_FALSE(text.contains(QStringLiteral("Đơn vị chủ trì: Phòng Nội vụ")));
}

TEST_F(ReportCli, UnknownUnitIsNamedAndNothingIsWritten)
{
    const QString out = file(QStringLiteral("x.pdf"));
    const CliResult r = report({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--kind"),
                                QStringLiteral("unit-summary"), QStringLiteral("--unit"),
                                QStringLiteral("Phòng Không Có"), QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Phòng Không Có"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(ReportCli, UnwritablePathIsAnErrorAndLeavesNoFile)
{
    const QString out = file(QStringLiteral("no-such-folder/x.pdf"));
    const CliResult r = report({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--kind"),
                                QStringLiteral("appendix"), QStringLiteral("--out"), out});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(out)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("pdf")).isEmpty());
}

TEST_F(ReportCli, UsageErrors)
{
    const QString out = file(QStringLiteral("x.pdf"));
    const QStringList year{QStringLiteral("--year"), QStringLiteral("2023")};
    EXPECT_EQ(report(year + QStringList{QStringLiteral("--out"), out}).exitCode, 1) << "no --kind";
    EXPECT_EQ(report(year + QStringList{QStringLiteral("--kind"), QStringLiteral("appendix")}).exitCode, 1)
        << "no --out";
    const CliResult badKind =
        report(year + QStringList{QStringLiteral("--kind"), QStringLiteral("summary"), QStringLiteral("--out"), out});
    EXPECT_NE(badKind.exitCode, 0);
    EXPECT_TRUE(badKind.err.contains(QStringLiteral("summary"))) << badKind.err.toStdString();
    const QString odt = file(QStringLiteral("x.odt"));
    const CliResult wrongSuffix =
        report(year + QStringList{QStringLiteral("--kind"), QStringLiteral("appendix"), QStringLiteral("--out"), odt});
    EXPECT_EQ(wrongSuffix.exitCode, 1);
    EXPECT_TRUE(wrongSuffix.err.contains(QStringLiteral("lỗi: báo cáo chỉ ghi ra tệp .pdf hoặc .docx: %1\n").arg(odt)))
        << wrongSuffix.err.toStdString();
    EXPECT_FALSE(QFile::exists(odt));
    EXPECT_EQ(report(year + QStringList{QStringLiteral("--kind"), QStringLiteral("appendix"), QStringLiteral("--as-of"),
                                        QStringLiteral("30/06/2023"), QStringLiteral("--out"), out})
                  .exitCode,
              1)
        << "--as-of is for progress";
    EXPECT_EQ(report({QStringLiteral("--year"), QStringLiteral("2031"), QStringLiteral("--kind"),
                      QStringLiteral("appendix"), QStringLiteral("--out"), out})
                  .exitCode,
              2)
        << "no program that year";
    EXPECT_FALSE(QFile::exists(out));
}

// Issue 16: the program's own Word appendix, imported back into a database with the same units,
// gives the same items: content, lead and co-operating units, deadline, leader, level. Grouped by
// month and by quarter the appendix has a lead-unit column; grouped by unit (the default) the lead
// unit is only in the section headings ("I | VĂN PHÒNG HĐND - UBND QUẬN (30 nội dung)").
TEST_F(ReportCli, AWordAppendixImportsBackAsTheSameItems)
{
    const auto itemsOf = [](const QString& database) {
        const CliResult r =
            runCli({QStringLiteral("items"), QStringLiteral("--year"), QStringLiteral("2023"),
                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), database});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QStringList out;
        for (const QJsonValue v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            QStringList fields;
            for (const char* key : {"number", "content", "lead_unit", "co_units", "deadline", "leader", "level"})
                fields.append(QString::fromUtf8(
                    QJsonDocument(QJsonArray{o.value(QLatin1String(key))}).toJson(QJsonDocument::Compact)));
            out.append(fields.join(QLatin1Char('|')));
        }
        return out;
    };
    const QStringList before = itemsOf(db);
    ASSERT_EQ(before.size(), 535);
    for (const char* groupBy : {"unit", "month", "quarter"}) {
        const QString docx = file(QStringLiteral("appendix-%1.docx").arg(QLatin1String(groupBy)));
        CliResult r = report({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--kind"),
                              QStringLiteral("appendix"), QStringLiteral("--group-by"), QLatin1String(groupBy),
                              QStringLiteral("--out"), docx});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QString other = file(QStringLiteral("other-%1.sqlite").arg(QLatin1String(groupBy)));
        r = runCli({QStringLiteral("demo"), QStringLiteral("--units-only"), QStringLiteral("--db"), other});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = runCli({QStringLiteral("import"), docx, QStringLiteral("--year"), QStringLiteral("2023"),
                    QStringLiteral("--db"), other});
        ASSERT_EQ(r.exitCode, 0) << groupBy << ": " << r.err.toStdString() << r.out.toStdString();
        const QStringList after = itemsOf(other);
        ASSERT_EQ(after.size(), before.size()) << groupBy;
        for (int i = 0; i < before.size(); ++i)
            EXPECT_EQ(after.at(i), before.at(i)) << groupBy;
    }
}

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

struct ReportSnapshotCli : ReportCli
{
    CliResult as(const QString& login, QStringList args, const QString& newPassword = QString())
    {
        args << QStringLiteral("--db") << db;
        QStringList env{QStringLiteral("WP_PASSWORD=pw-") + login};
        if (!newPassword.isEmpty())
            env << QStringLiteral("WP_NEW_PASSWORD=") + newPassword;
        return runCli(args, env);
    }
    void SetUp() override
    {
        ReportCli::SetUp();
        CliResult r = runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("root"),
                              QStringLiteral("--name"), QStringLiteral("Quản trị"), QStringLiteral("--role"),
                              QStringLiteral("admin"), QStringLiteral("--db"), db},
                             {QStringLiteral("WP_NEW_PASSWORD=pw-root")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = as(QStringLiteral("root"),
               {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("vanphong"), QStringLiteral("--name"),
                QStringLiteral("Văn phòng"), QStringLiteral("--role"), QStringLiteral("office"), QStringLiteral("--as"),
                QStringLiteral("root")},
               QStringLiteral("pw-vanphong"));
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        // Snapshot #1: the issued demo program as the amendment opens.
        r = as(QStringLiteral("vanphong"),
               {QStringLiteral("step"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--to"),
                QStringLiteral("amended"), QStringLiteral("--as"), QStringLiteral("vanphong")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        ASSERT_TRUE(r.out.contains(QStringLiteral("Đã ghi ảnh chụp #1: 535 nội dung"))) << r.out.toStdString();
    }
    // Moves one of Phòng Tư pháp's items to Ban Quản lý chợ behind the snapshot's back.
    void moveOneItemFromTpToBqlc()
    {
        auto database = wp::storage::Database::open(db);
        wp::storage::UnitRepository units(*database);
        const qint64 tp = units.byCode(QStringLiteral("TP"))->id;
        const qint64 bqlc = units.byCode(QStringLiteral("BQLC"))->id;
        wp::storage::ItemRepository items(*database);
        wp::storage::ItemFilter filter;
        filter.leadUnitIds = {tp};
        QVector<wp::Item> tpItems = items.list(wp::storage::ProgramRepository(*database).byYear(2023)->id, filter);
        ASSERT_EQ(tpItems.size(), 23);
        wp::Item moved = tpItems.first();
        moved.leadUnitId = bqlc;
        ASSERT_TRUE(items.update(moved));
    }
};

} // namespace

TEST_F(ReportSnapshotCli, PrintsTheFrozenItemsWithTheSnapshotInTheFooter)
{
    moveOneItemFromTpToBqlc();
    const QString today = QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"));
    const QString frozen = file(QStringLiteral("frozen.pdf"));
    CliResult r = report({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--kind"),
                          QStringLiteral("unit-summary"), QStringLiteral("--unit"), QStringLiteral("TP"),
                          QStringLiteral("--snapshot"), QStringLiteral("1"), QStringLiteral("--out"), frozen});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QString text = wp::test::pdfText(frozen);
    EXPECT_TRUE(text.contains(QStringLiteral("Ảnh chụp #1 — Điều chỉnh trong năm, ") + today)) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Trạng thái hiện tại")));
    EXPECT_TRUE(text.contains(QStringLiteral("Tổng số: 23 nội dung"))) << text.toStdString();

    const QString now = file(QStringLiteral("now.pdf"));
    r = report({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--kind"),
                QStringLiteral("unit-summary"), QStringLiteral("--unit"), QStringLiteral("TP"), QStringLiteral("--out"),
                now});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    text = wp::test::pdfText(now);
    EXPECT_TRUE(text.contains(QStringLiteral("Trạng thái hiện tại")));
    EXPECT_FALSE(text.contains(QStringLiteral("Ảnh chụp #1")));
    EXPECT_TRUE(text.contains(QStringLiteral("Tổng số: 22 nội dung"))) << text.toStdString();

    // The appendix and the progress report come from the snapshot as well ("#1" works too).
    for (const char* kind : {"appendix", "progress"}) {
        const QString out = file(QStringLiteral("%1.pdf").arg(QLatin1String(kind)));
        r = report({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--kind"), QLatin1String(kind),
                    QStringLiteral("--snapshot"), QStringLiteral("#1"), QStringLiteral("--out"), out});
        ASSERT_EQ(r.exitCode, 0) << kind << ": " << r.err.toStdString();
        text = wp::test::pdfText(out);
        EXPECT_TRUE(text.contains(QStringLiteral("Ảnh chụp #1 — Điều chỉnh trong năm, ") + today)) << kind;
        EXPECT_FALSE(text.contains(QStringLiteral("Trạng thái hiện tại"))) << kind;
    }
}

// Issue 12: a paper copy printed from a snapshot names the units as they were when it was taken,
// and carries the snapshot's SHA-256 on every page, so that it can be checked with verify --head.
TEST_F(ReportSnapshotCli, NamesTheUnitsAsTheSnapshotKeptThemAndPrintsItsHash)
{
    CliResult r = as(QStringLiteral("root"),
                     {QStringLiteral("units"), QStringLiteral("set"), QStringLiteral("TP"), QStringLiteral("--name"),
                      QStringLiteral("Phòng Pháp chế và Hộ tịch"), QStringLiteral("--short"),
                      QStringLiteral("Phòng PC-HT"), QStringLiteral("--as"), QStringLiteral("root")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QString hash;
    {
        auto database = wp::storage::Database::open(db);
        hash = wp::storage::SnapshotRepository(*database).byId(1)->hash;
    }
    ASSERT_EQ(hash.size(), 64);

    for (const char* kind : {"unit-summary", "appendix"}) {
        const QString frozen = file(QStringLiteral("frozen-%1.pdf").arg(QLatin1String(kind)));
        QStringList args{
            QStringLiteral("--year"),     QStringLiteral("2023"), QStringLiteral("--kind"), QLatin1String(kind),
            QStringLiteral("--snapshot"), QStringLiteral("1"),    QStringLiteral("--out"),  frozen};
        if (QLatin1String(kind) == QLatin1String("unit-summary"))
            args << QStringLiteral("--unit") << QStringLiteral("TP");
        r = report(args);
        ASSERT_EQ(r.exitCode, 0) << kind << ": " << r.err.toStdString();
        const QString text = wp::test::pdfText(frozen);
        EXPECT_TRUE(text.contains(QStringLiteral("Phòng Tư pháp"), Qt::CaseInsensitive)) << kind;
        EXPECT_FALSE(text.contains(QStringLiteral("Pháp chế"), Qt::CaseInsensitive)) << kind;
        EXPECT_FALSE(text.contains(QStringLiteral("PC-HT"))) << kind;
        // On every page, the first too.
        const int pages = wp::test::pdfPageCount(frozen);
        ASSERT_GE(pages, 1);
        EXPECT_EQ(text.count(QStringLiteral("SHA-256 của ảnh chụp: ") + hash), pages) << kind << "\n"
                                                                                      << text.toStdString();
    }

    // Today's report names the unit as it is now, and has no hash.
    const QString now = file(QStringLiteral("now.pdf"));
    r = report({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--kind"),
                QStringLiteral("unit-summary"), QStringLiteral("--unit"), QStringLiteral("TP"), QStringLiteral("--out"),
                now});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = wp::test::pdfText(now);
    EXPECT_TRUE(text.contains(QStringLiteral("Pháp chế"), Qt::CaseInsensitive)) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("SHA-256")));

    // The hash printed on paper is found by verify.
    r = as(QStringLiteral("root"), {QStringLiteral("verify"), QStringLiteral("--head"), hash});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
}

TEST_F(ReportSnapshotCli, UnknownSnapshotOrOneOfAnotherYearIsRefused)
{
    const QByteArray before = fileHash(db);
    const QString out = file(QStringLiteral("x.pdf"));
    CliResult r =
        report({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--kind"), QStringLiteral("appendix"),
                QStringLiteral("--snapshot"), QStringLiteral("9"), QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.endsWith(QStringLiteral(
        "lỗi: không có ảnh chụp \"9\" của chương trình năm 2023 (xem: workprogram-cli snapshots --year 2023)\n")))
        << r.err.toStdString();
    r = report({QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--kind"), QStringLiteral("appendix"),
                QStringLiteral("--snapshot"), QStringLiteral("abc"), QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("không có ảnh chụp \"abc\""))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_EQ(fileHash(db), before);

    // Snapshot #1 belongs to 2023: asking for it in 2024's report is refused.
    r = as(QStringLiteral("vanphong"),
           {QStringLiteral("rollover"), QStringLiteral("--from"), QStringLiteral("2023"), QStringLiteral("--to"),
            QStringLiteral("2024"), QStringLiteral("--as"), QStringLiteral("vanphong")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QByteArray afterRollover = fileHash(db);
    r = report({QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--kind"), QStringLiteral("appendix"),
                QStringLiteral("--snapshot"), QStringLiteral("1"), QStringLiteral("--out"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.endsWith(QStringLiteral(
        "lỗi: không có ảnh chụp \"1\" của chương trình năm 2024 (xem: workprogram-cli snapshots --year 2024)\n")))
        << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_EQ(fileHash(db), afterRollover);
}
