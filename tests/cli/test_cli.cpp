// The command-line contract, driven through the real workprogram-cli binary.
#include "officefile.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using wp::test::CliResult;
using wp::test::runCli;

namespace {

struct Cli : ::testing::Test
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("wp.sqlite"));
    QString file(const QString& name) const { return dir.filePath(name); }
    CliResult cli(QStringList args, const QStringList& env = {})
    {
        args << QStringLiteral("--db") << db;
        return runCli(args, env);
    }
    QString countsCsv(int year = 2023)
    {
        const CliResult r =
            cli({QStringLiteral("counts"), QStringLiteral("--year"), QString::number(year), QStringLiteral("--by"),
                 QStringLiteral("unit"), QStringLiteral("--format"), QStringLiteral("csv")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out;
    }
    QJsonArray itemsJson(QStringList extra = {})
    {
        const CliResult r = cli(QStringList{QStringLiteral("items"), QStringLiteral("--year"), QStringLiteral("2023"),
                                            QStringLiteral("--format"), QStringLiteral("json")} +
                                extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
};

const char* const articleCountsCsv = "unit,count\n"
                                     "Văn phòng HĐND - UBND quận,30\n"
                                     "Phòng Tài chính - Kế hoạch,34\n"
                                     "Phòng Kinh tế,28\n"
                                     "Phòng Tư pháp,23\n"
                                     "Phòng Nội vụ,54\n"
                                     "Phòng Lao động - Thương binh và Xã hội,26\n"
                                     "Phòng Giáo dục và Đào tạo,19\n"
                                     "Phòng Quản lý đô thị,41\n"
                                     "Phòng Tài nguyên và Môi trường,32\n"
                                     "Phòng Y tế,32\n"
                                     "Phòng Văn hóa và Thông tin,34\n"
                                     "Thanh tra quận,48\n"
                                     "Ban Quản lý dự án đầu tư xây dựng quận,66\n"
                                     "Trung tâm Phát triển quỹ đất,60\n"
                                     "Ban Quản lý chợ,6\n"
                                     "Đội Quản lý trật tự xây dựng đô thị quận,1\n"
                                     "Trung tâm Văn hóa - Thông tin và Thể thao,1\n"
                                     "Tổng cộng,535\n";

} // namespace

TEST_F(Cli, DemoCountsReproduceTheArticleWithAComputedTotal)
{
    const CliResult demo = cli({QStringLiteral("demo")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_EQ(countsCsv(), QString::fromUtf8(articleCountsCsv));
}

TEST_F(Cli, CountsTotalInEnglish)
{
    ASSERT_EQ(cli({QStringLiteral("demo")}).exitCode, 0);
    const CliResult r = cli({QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023"),
                             QStringLiteral("--format"), QStringLiteral("csv")},
                            {QStringLiteral("LANG=en_US.UTF-8")});
    EXPECT_TRUE(r.out.endsWith(QStringLiteral("Total,535\n"))) << r.out.toStdString();
}

TEST_F(Cli, CountsByStatusAndByUnitAndStatusAddUp)
{
    ASSERT_EQ(cli({QStringLiteral("demo")}).exitCode, 0);
    const CliResult r =
        cli({QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--by"),
             QStringLiteral("unit,status"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(doc.value(QStringLiteral("total")).toInt(), 535);
    int sum = 0;
    for (const QJsonValue& u : doc.value(QStringLiteral("units")).toArray()) {
        int unitSum = 0;
        const QJsonObject byStatus = u.toObject().value(QStringLiteral("by_status")).toObject();
        for (const QString& k : byStatus.keys())
            unitSum += byStatus.value(k).toInt();
        EXPECT_EQ(unitSum, u.toObject().value(QStringLiteral("count")).toInt());
        sum += unitSum;
    }
    EXPECT_EQ(sum, 535);
    const CliResult table = cli({QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023"),
                                 QStringLiteral("--by"), QStringLiteral("status")});
    EXPECT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains(QStringLiteral("Hoàn thành"))) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains(QStringLiteral("535")));
}

TEST_F(Cli, OfficeXlsxImportsIntoTheSampleUnitsAndCountsBackExactly)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--units-only")}).exitCode, 0);
    const QString xlsx = file(QStringLiteral("chuong-trinh-2023.xlsx"));
    ASSERT_TRUE(wp::test::writeOfficeXlsx(xlsx, wp::test::articleRows()));

    const CliResult dry = cli({QStringLiteral("import"), xlsx, QStringLiteral("--year"), QStringLiteral("2023"),
                               QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("535"))) << dry.out.toStdString();
    EXPECT_EQ(cli({QStringLiteral("programs"), QStringLiteral("--format"), QStringLiteral("csv")}).out,
              QStringLiteral("year,title,state,items\n"))
        << "a dry run writes nothing";

    const CliResult r = cli({QStringLiteral("import"), xlsx, QStringLiteral("--year"), QStringLiteral("2023")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(countsCsv(), QString::fromUtf8(articleCountsCsv));

    const QJsonArray items = itemsJson();
    ASSERT_EQ(items.size(), 535);
    const QJsonObject first = items.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("number")).toInt(), 1);
    EXPECT_EQ(first.value(QStringLiteral("lead_unit")).toString(), QStringLiteral("Văn phòng HĐND - UBND quận"));
    EXPECT_EQ(first.value(QStringLiteral("group")).toString(), QString()) << "a unit heading is not a task group";
    // Excel date cells keep their date; periods resolve in the program's year.
    const QVector<wp::test::OfficeRow> rows = wp::test::articleRows();
    int checked = 0;
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        for (const wp::test::OfficeRow& row : rows) {
            if (row.heading || row.number.toInt() != o.value(QStringLiteral("number")).toInt())
                continue;
            if (row.deadlineSerial > 0) {
                const QDate d = QDate(1899, 12, 30).addDays(row.deadlineSerial);
                EXPECT_EQ(o.value(QStringLiteral("due_date")).toString(), d.toString(Qt::ISODate));
                EXPECT_EQ(o.value(QStringLiteral("deadline")).toString(), d.toString(QStringLiteral("dd/MM/yyyy")));
            } else {
                EXPECT_EQ(o.value(QStringLiteral("deadline")).toString(), row.deadline);
            }
            ++checked;
        }
    }
    EXPECT_EQ(checked, 535);
}

TEST_F(Cli, OfficeCsvWithSemicolonsImportsToo)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--units-only")}).exitCode, 0);
    const QString csv = file(QStringLiteral("chuong-trinh-2023.csv"));
    ASSERT_TRUE(wp::test::writeOfficeCsv(csv, wp::test::articleRows()));
    const CliResult r = cli({QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2023")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(countsCsv(), QString::fromUtf8(articleCountsCsv));
}

TEST_F(Cli, ABadRowRefusesTheWholeFileNamingRowAndColumn)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--units-only")}).exitCode, 0);
    const QString csv = file(QStringLiteral("bad.csv"));
    wp::test::writeFile(csv, QStringLiteral("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2023\n"
                                            "STT,Nội dung công việc,Cơ quan chủ trì,Thời hạn\n"
                                            "1,Kế hoạch A,Phòng TC-KH,Quý II\n"
                                            "2,Kế hoạch B,Phòng Không Tồn Tại,Quý I\n"
                                            "3,Kế hoạch C,Tư pháp,Quý V\n"
                                            "4,,Nội vụ,Tháng 6\n"
                                            "5,Kế hoạch E,Nội vụ,31/02/2023\n")
                                 .toUtf8());
    const CliResult r = cli({QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2023")});
    EXPECT_EQ(r.exitCode, 2);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 5) << r.err.toStdString();
    EXPECT_EQ(lines[0],
              csv + QStringLiteral(":4:Cơ quan chủ trì: không có đơn vị \"Phòng Không Tồn Tại\" trong danh mục "
                                   "đơn vị (thêm bằng lệnh \"units add\" hoặc nhập với --create-units)"));
    EXPECT_EQ(lines[1], csv + QStringLiteral(":5:Thời hạn: không có quý \"Quý V\" (một năm có các quý I đến IV)"));
    EXPECT_EQ(lines[2], csv + QStringLiteral(":6:Nội dung công việc: thiếu nội dung công việc"));
    EXPECT_EQ(lines[3], csv + QStringLiteral(":7:Thời hạn: ngày \"31/02/2023\" không tồn tại"));
    EXPECT_TRUE(lines[4].contains(QStringLiteral("4 lỗi"))) << lines[4].toStdString();
    EXPECT_EQ(cli({QStringLiteral("programs"), QStringLiteral("--format"), QStringLiteral("csv")}).out,
              QStringLiteral("year,title,state,items\n"))
        << "nothing written";

    const CliResult created = cli({QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2023"),
                                   QStringLiteral("--create-units")});
    EXPECT_EQ(created.exitCode, 2) << "--create-units does not excuse the other errors";
}

TEST_F(Cli, CreateUnitsAddsUnknownUnitsOnce)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--units-only")}).exitCode, 0);
    const QString csv = file(QStringLiteral("new-units.csv"));
    wp::test::writeFile(csv, QStringLiteral("STT;Nội dung;Đơn vị chủ trì;Đơn vị phối hợp\n"
                                            "1;Việc một;Phường Mỹ Đình 1;Phường Mỹ Đình 2\n"
                                            "2;Việc hai;phuong my dinh 1;Tư pháp\n")
                                 .toUtf8());
    const CliResult r = cli({QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2024"),
                             QStringLiteral("--create-units")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Phường Mỹ Đình 1; Phường Mỹ Đình 2"))) << r.out.toStdString();
    const CliResult units =
        cli({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(QJsonDocument::fromJson(units.out.toUtf8()).array().size(), 19);
    const CliResult counts = cli({QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2024"),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_TRUE(counts.out.contains(QStringLiteral("Phường Mỹ Đình 1,2\n"))) << counts.out.toStdString();
    EXPECT_TRUE(counts.out.endsWith(QStringLiteral("Tổng cộng,2\n")));
}

TEST_F(Cli, MissingRequiredColumnIsNamed)
{
    const QString csv = file(QStringLiteral("no-lead.csv"));
    wp::test::writeFile(csv, QByteArray("STT,Nội dung công việc,Thời hạn\n1,Kế hoạch,Quý I\n"));
    const CliResult r = cli({QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2023")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(csv + QStringLiteral(":1: thiếu cột bắt buộc \"Cơ quan chủ trì\" trong dòng tiêu đề")))
        << r.err.toStdString();
}

TEST_F(Cli, SearchIgnoresAccentsAndJsonHasTheContractKeys)
{
    ASSERT_EQ(cli({QStringLiteral("demo")}).exitCode, 0);
    const QJsonArray hits = itemsJson({QStringLiteral("--search"), QStringLiteral("viet - han")});
    ASSERT_EQ(hits.size(), 1);
    const QJsonObject o = hits.first().toObject();
    for (const char* key : {"id", "number", "content", "lead_unit", "co_units", "deadline", "due_date", "leader",
                            "group", "form", "level", "status", "note"})
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    EXPECT_TRUE(o.value(QStringLiteral("co_units")).isArray());
    EXPECT_EQ(o.value(QStringLiteral("lead_unit")).toString(), QStringLiteral("Phòng Văn hóa và Thông tin"));

    const int doi = int(itemsJson({QStringLiteral("--search"), QStringLiteral("doi quan ly trat tu")}).size());
    EXPECT_GE(doi, 1) << "unit names are searched, đ folds to d";
    const QJsonArray byUnit = itemsJson({QStringLiteral("--unit"), QStringLiteral("TC-KH")});
    EXPECT_EQ(byUnit.size(), 34);
    const QJsonArray overdue =
        itemsJson({QStringLiteral("--overdue"), QStringLiteral("--as-of"), QStringLiteral("01/01/2024")});
    for (const QJsonValue& v : overdue) {
        const QString status = v.toObject().value(QStringLiteral("status")).toString();
        EXPECT_NE(status, QStringLiteral("done"));
        EXPECT_FALSE(v.toObject().value(QStringLiteral("due_date")).isNull());
    }
}

TEST_F(Cli, ExportImportRoundTripLosesNothing)
{
    // The sample program's items, in the statuses an import may bring in (issue 12: an approved or
    // finished item comes only through the workflow), with every field the sample fills.
    ASSERT_EQ(cli({QStringLiteral("demo")}).exitCode, 0);
    const QString sample = file(QStringLiteral("sample.json"));
    ASSERT_EQ(cli({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--out"),
                   sample})
                  .exitCode,
              0);
    QFile in(sample);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QJsonObject program = QJsonDocument::fromJson(in.readAll()).object();
    in.close();
    const QStringList importable = {QStringLiteral("proposed"), QStringLiteral("in-draft"),  QStringLiteral("returned"),
                                    QStringLiteral("rejected"), QStringLiteral("withdrawn"), QStringLiteral("draft")};
    QJsonArray items = program.value(QStringLiteral("items")).toArray();
    for (int k = 0; k < items.size(); ++k) {
        QJsonObject it = items.at(k).toObject();
        it.insert(QStringLiteral("status"), importable.at(k % importable.size()));
        items[k] = it;
    }
    program.insert(QStringLiteral("items"), items);
    wp::test::writeFile(sample, QJsonDocument(program).toJson());
    // The sample as it is cannot be imported: its statuses are past what an import may write.
    const QString signedOut = file(QStringLiteral("signed.xlsx"));
    ASSERT_EQ(cli({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--out"),
                   signedOut})
                  .exitCode,
              0);
    const QString base = file(QStringLiteral("base.sqlite"));
    ASSERT_EQ(runCli({QStringLiteral("demo"), QStringLiteral("--units-only"), QStringLiteral("--db"), base}).exitCode,
              0);
    const CliResult refused = runCli({QStringLiteral("import"), signedOut, QStringLiteral("--year"),
                                      QStringLiteral("2023"), QStringLiteral("--db"), base});
    EXPECT_EQ(refused.exitCode, 5) << refused.err.toStdString();
    const CliResult made = runCli({QStringLiteral("import"), sample, QStringLiteral("--year"), QStringLiteral("2023"),
                                   QStringLiteral("--db"), base});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    auto listed = [](const QString& db) {
        const CliResult r = runCli({QStringLiteral("items"), QStringLiteral("--year"), QStringLiteral("2023"),
                                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), db});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    };
    const QJsonArray original = listed(base);
    ASSERT_EQ(original.size(), 535);
    for (const QString& ext : {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("json")}) {
        const QString out = file(QStringLiteral("export.") + ext);
        const CliResult e = runCli({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2023"),
                                    QStringLiteral("--out"), out, QStringLiteral("--db"), base});
        ASSERT_EQ(e.exitCode, 0) << e.err.toStdString();
        const QString otherDb = file(QStringLiteral("other-") + ext + QStringLiteral(".sqlite"));
        ASSERT_EQ(
            runCli({QStringLiteral("demo"), QStringLiteral("--units-only"), QStringLiteral("--db"), otherDb}).exitCode,
            0);
        const CliResult i = runCli({QStringLiteral("import"), out, QStringLiteral("--year"), QStringLiteral("2023"),
                                    QStringLiteral("--db"), otherDb});
        ASSERT_EQ(i.exitCode, 0) << ext.toStdString() << ": " << i.err.toStdString();
        const QJsonArray reimported = listed(otherDb);
        ASSERT_EQ(reimported.size(), original.size()) << ext.toStdString();
        for (int k = 0; k < original.size(); ++k) {
            QJsonObject a = original.at(k).toObject();
            QJsonObject b = reimported.at(k).toObject();
            a.remove(QStringLiteral("id"));
            b.remove(QStringLiteral("id"));
            ASSERT_EQ(a, b) << ext.toStdString() << " item " << k << "\n"
                            << QJsonDocument(a).toJson().toStdString() << QJsonDocument(b).toJson().toStdString();
        }
    }
}

TEST_F(Cli, FormulaLookingValuesAreExportedAsText)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--units-only")}).exitCode, 0);
    const QString csv = file(QStringLiteral("formula.csv"));
    wp::test::writeFile(csv,
                        QByteArray("STT,Nội dung,Cơ quan chủ trì,Ghi chú\n1,=HYPERLINK(\"http://x\"),Tư pháp,@SUM(A1)\n"
                                   "2,- Kế hoạch gạch đầu dòng,Tư pháp,+84 912\n"));
    ASSERT_EQ(cli({QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2023")}).exitCode, 0);
    const QString out = file(QStringLiteral("out.csv"));
    ASSERT_EQ(
        cli({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--out"), out})
            .exitCode,
        0);
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("'@SUM(A1)")));
    EXPECT_TRUE(text.contains(QStringLiteral("'- Kế hoạch gạch đầu dòng")));
    EXPECT_TRUE(text.contains(QStringLiteral("'+84 912")));
    const QJsonArray items = itemsJson();
    EXPECT_EQ(items.at(0).toObject().value(QStringLiteral("content")).toString(),
              QStringLiteral("=HYPERLINK(\"http://x\")"))
        << "the database keeps the text as written";
}

TEST_F(Cli, ExitCodesAreAContract)
{
    EXPECT_EQ(runCli({}).exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("no-such-command")}).exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("counts"), QStringLiteral("--no-such-flag")}).exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023"),
                   QStringLiteral("--format"), QStringLiteral("xml")})
                  .exitCode,
              1);
    EXPECT_EQ(cli({QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023")}).exitCode, 2)
        << "no such program";
    const CliResult pg = runCli({QStringLiteral("counts"), QStringLiteral("--year"), QStringLiteral("2023"),
                                 QStringLiteral("--db"), QStringLiteral("postgresql://wp@127.0.0.1:1/wp")});
    EXPECT_EQ(pg.exitCode, 3) << "no server listens on port 1";
    EXPECT_TRUE(pg.err.contains(QStringLiteral("không kết nối được máy chủ postgresql://wp@127.0.0.1:1/wp")))
        << pg.err.toStdString();
    EXPECT_EQ(runCli({QStringLiteral("init"), QStringLiteral("--db"), dir.path()}).exitCode, 3) << "a folder";
    EXPECT_EQ(runCli({QStringLiteral("--help")}).exitCode, 0);
    EXPECT_EQ(cli({QStringLiteral("import"), QStringLiteral("--help")}).exitCode, 0);
}

TEST_F(Cli, HelpKeepsEveryCommandApartFromItsSummary)
{
    // "server-init" is eleven letters and once ran into its text ("server-initchuẩn bị …").
    const CliResult r = runCli({QStringLiteral("--help")});
    ASSERT_EQ(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    const auto line = std::find_if(lines.begin(), lines.end(),
                                   [](const QString& l) { return l.startsWith(QLatin1String("  server-init")); });
    ASSERT_NE(line, lines.end()) << r.out.toStdString();
    EXPECT_TRUE(line->startsWith(QLatin1String("  server-init  "))) << line->toStdString();
    int column = -1;
    for (const QString& l : lines) {
        static const QRegularExpression command(QStringLiteral("^  ([a-z-]+) +\\S"));
        const QRegularExpressionMatch m = command.match(l);
        if (!m.hasMatch())
            continue;
        const int at = int(m.capturedEnd(0)) - 1;
        if (column < 0)
            column = at;
        EXPECT_EQ(at, column) << "every summary starts in one column: " << l.toStdString();
    }
    EXPECT_GT(column, 0);
}

TEST_F(Cli, UnitsAddAliasAndList)
{
    CliResult r = cli({QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("P1"), QStringLiteral("--name"),
                       QStringLiteral("Phường Mỹ Đình 1"), QStringLiteral("--short"), QStringLiteral("P. Mỹ Đình 1"),
                       QStringLiteral("--alias"), QStringLiteral("MĐ1")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("P1"), QStringLiteral("--name"),
                   QStringLiteral("Trùng mã")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("units"), QStringLiteral("add"), QStringLiteral("P2")}).exitCode, 1) << "no --name";
    r = cli(
        {QStringLiteral("units"), QStringLiteral("alias"), QStringLiteral("my dinh 1"), QStringLiteral("Mỹ Đình Một")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray units = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(units.size(), 1);
    EXPECT_EQ(units.at(0).toObject().value(QStringLiteral("aliases")).toArray().size(), 2);
    EXPECT_EQ(cli({QStringLiteral("units"), QStringLiteral("alias"), QStringLiteral("không có"), QStringLiteral("x")})
                  .exitCode,
              2);
}

// A large import is written while it is read (two threads, one transaction): rows far beyond the
// first batches must still be able to refuse the whole file, or make it take the two-step path.

TEST_F(Cli, ALateBadRowRefusesTheRowsAlreadyWrittenToo)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--units-only")}).exitCode, 0);
    QVector<wp::test::OfficeRow> rows = wp::test::numberedRows(3000);
    rows[2899].lead = QStringLiteral("Phòng Không Tồn Tại");
    const QString csv = file(QStringLiteral("late-error.csv"));
    ASSERT_TRUE(wp::test::writeOfficeCsv(csv, rows));
    const CliResult r = cli({QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2023")});
    EXPECT_EQ(r.exitCode, 2);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    // The office csv has its header on line 4: item 2 900 is on line 2 904.
    EXPECT_EQ(lines[0].toStdString(),
              (csv + QStringLiteral(":2904:Cơ quan chủ trì: không có đơn vị \"Phòng Không Tồn Tại\" trong "
                                    "danh mục đơn vị (thêm bằng lệnh \"units add\" hoặc nhập với "
                                    "--create-units)"))
                  .toStdString());
    EXPECT_EQ(cli({QStringLiteral("programs"), QStringLiteral("--format"), QStringLiteral("csv")}).out,
              QStringLiteral("year,title,state,items\n"))
        << "nothing written, not even the rows before the bad one";
    EXPECT_EQ(lines.size(), 2) << r.err.toStdString();
}

TEST_F(Cli, ALateDuplicateNumberRenumbersEveryRowOnce)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--units-only")}).exitCode, 0);
    QVector<wp::test::OfficeRow> rows = wp::test::numberedRows(3000);
    rows[2799].number = QStringLiteral("5");
    const QString csv = file(QStringLiteral("late-duplicate.csv"));
    ASSERT_TRUE(wp::test::writeOfficeCsv(csv, rows));
    const CliResult r = cli({QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2023")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("cảnh báo: ") + csv +
                               QStringLiteral(": cột STT trống, trùng hoặc không phải số: các nội dung được đánh số "
                                              "lại từ 1")))
        << r.err.toStdString();
    const QJsonArray items = itemsJson();
    ASSERT_EQ(items.size(), 3000) << "every row once";
    for (int i = 0; i < items.size(); ++i)
        ASSERT_EQ(items[i].toObject().value(QStringLiteral("number")).toInt(), i + 1);
    EXPECT_TRUE(countsCsv().endsWith(QStringLiteral("Tổng cộng,3000\n")));
}

TEST_F(Cli, ALateNewUnitIsCreatedOnceWithCreateUnits)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--units-only")}).exitCode, 0);
    QVector<wp::test::OfficeRow> rows = wp::test::numberedRows(3000);
    rows[2950].lead = QStringLiteral("Phường Tây Mỗ");
    rows[2960].coUnits = QStringLiteral("Phường Tây Mỗ");
    const QString csv = file(QStringLiteral("late-unit.csv"));
    ASSERT_TRUE(wp::test::writeOfficeCsv(csv, rows));
    const CliResult r = cli({QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2023"),
                             QStringLiteral("--create-units")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString counts = countsCsv();
    EXPECT_TRUE(counts.contains(QStringLiteral("\nPhường Tây Mỗ,1\n"))) << counts.toStdString();
    EXPECT_TRUE(counts.endsWith(QStringLiteral("Tổng cộng,3000\n")));
    const CliResult units =
        cli({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(QJsonDocument::fromJson(units.out.toUtf8()).array().size(), 18);
}

TEST_F(Cli, NumbersAlreadyTakenInTheProgramAreNumberedOnAfterThem)
{
    ASSERT_EQ(cli({QStringLiteral("demo"), QStringLiteral("--units-only")}).exitCode, 0);
    const QString csv = file(QStringLiteral("twice.csv"));
    ASSERT_TRUE(wp::test::writeOfficeCsv(csv, wp::test::numberedRows(2000)));
    ASSERT_EQ(cli({QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2023")}).exitCode, 0);
    const CliResult again = cli({QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2023")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("được đánh số lại từ 2001"))) << again.err.toStdString();
    const QJsonArray items = itemsJson();
    ASSERT_EQ(items.size(), 4000);
    EXPECT_EQ(items[3999].toObject().value(QStringLiteral("number")).toInt(), 4000);
    EXPECT_EQ(items[2000].toObject().value(QStringLiteral("content")).toString(),
              QStringLiteral("Nhiệm vụ số 1 về chuyển đổi số"));
}
