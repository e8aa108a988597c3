// Listings and exports that stream (issue 15): the bytes of `items` and `export` are those the
// commands wrote before they streamed (fixtures made by the old code), the xlsx written in
// libxlsxwriter's constant-memory mode re-imports to the same items and LibreOffice reads the
// same cells from it.
#include "testsupport.h"

#include "workprogram/core/workflow.h"

#include "workprogram/io/columns.h"
#include "workprogram/io/exporter.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using wp::test::CliResult;
using wp::test::runCli;

namespace {

const QString fixtureDir = QStringLiteral(WP_TEST_DATA_DIR "/output");

/// A 2023 program whose values need every kind of care in csv, json and xlsx: quotes,
/// backslashes, line breaks, tabs, control characters, a character outside the BMP, text that
/// looks like a formula, leading and trailing spaces, a long text, empty and missing values,
/// numbers with gaps, every status and kind of deadline, zero to three co-units.
///
/// @p importable leaves out what the importer changes on purpose or cannot read back from any
/// office file (it trims cells, splits co-units at commas, drops a co-unit that also leads the
/// item, and does not decode the _xHHHH_ that xlsx files use for control characters and carriage
/// returns), so that a round trip can be compared exactly.
void buildSampleProgram(const QString& path, bool importable = false)
{
    auto db = wp::storage::Database::open(path);
    wp::storage::UnitRepository units(*db);
    const auto unit = [&](const char* code, const char* name, const char* shortName) {
        wp::Unit u;
        u.code = QString::fromUtf8(code);
        u.name = QString::fromUtf8(name);
        u.shortName = QString::fromUtf8(shortName);
        return units.add(u);
    };
    const qint64 vp = unit("VP", "Văn phòng HĐND - UBND quận", "VP");
    const qint64 tckh = unit("TCKH", "Phòng Tài chính - Kế hoạch", "Phòng TC-KH");
    const qint64 qldt = unit("QLDT", "Phòng Quản lý đô thị", "Phòng QLĐT");
    const qint64 tp = unit("TP", importable ? "Phòng Tư pháp \"pháp chế\"" : "Phòng Tư pháp, \"pháp chế\"", "");
    wp::storage::ProgramRepository programs(*db);
    wp::Program program = programs.ensure(2023);
    program.title = QStringLiteral("Chương trình công tác năm 2023 của UBND quận \"Nam Từ Liêm\"");
    programs.update(program);

    QStringList contents = {
        QStringLiteral("Xây dựng kế hoạch phát triển kinh tế - xã hội năm 2024"),
        QStringLiteral("Báo cáo \"sơ kết\" 6 tháng đầu năm; đường dẫn C:\\Báo cáo\\2023"),
        QStringLiteral("Dòng một\nDòng hai\r\nDòng ba"),
        QStringLiteral("Cột\tcó tab và ký tự điều khiển \x01\x1f\x7f"),
        QStringLiteral("=SUM(A1:A3)"),
        QStringLiteral("+84 912 345 678"),
        QStringLiteral("-  gạch đầu dòng"),
        QStringLiteral("@người nhận"),
        QStringLiteral("  Khoảng trắng ở đầu và cuối  "),
        QStringLiteral("Biểu tượng ngoài BMP: 😀 và 𝔘𝔅𝔑𝔇"),
        QStringLiteral("Thẻ <b>HTML</b> & ký hiệu </script> ' \" ` ~"),
        QStringLiteral("Tiếng Việt có dấu: Đắk Lắk, Thừa Thiên Huế, Bà Rịa - Vũng Tàu, khuyến khích, nghiêng"),
        QString(2000, QChar(0x1EC7)),
        QStringLiteral("Số 1,5 tỷ đồng; tỷ lệ 100%"),
        QStringLiteral("Chỉ một chữ"),
    };
    if (importable) {
        contents[2] = QStringLiteral("Dòng một\nDòng hai\nDòng ba");
        contents[3] = QStringLiteral("Cột\tcó tab");
        contents[8] = contents[8].trimmed();
    }
    const QStringList deadlines = {QStringLiteral("Quý I"),      QStringLiteral("Quý II/2023"),
                                   QStringLiteral("Tháng 6"),    QStringLiteral("6 tháng đầu năm"),
                                   QStringLiteral("Cả năm"),     QStringLiteral("Thường xuyên"),
                                   QStringLiteral("Trước 30/6"), QStringLiteral("15/09/2023"),
                                   QStringLiteral("Hằng tháng"), QString()};
    const QVector<QVector<qint64>> coUnits = {{}, {tckh}, {qldt, tp}, {tp, vp, tckh}};
    const qint64 leads[] = {vp, tckh, qldt, tp};
    const auto& statuses = wp::StatusInfo::all();
    const QVector<wp::Status> importStatuses = wp::Workflow::importStatuses(wp::Role::Office);
    QVector<wp::Item> items;
    int number = 0;
    for (int i = 0; i < 40; ++i) {
        wp::Item it;
        it.programId = program.id;
        number += (i % 6 == 5) ? 3 : 1; // gaps in the numbering
        it.number = number;
        it.content = contents.at(i % contents.size());
        it.leadUnitId = leads[i % 4];
        it.coUnitIds = coUnits.at((i / 2) % coUnits.size());
        if (importable) // the importer drops a co-unit that leads the item
            it.coUnitIds.removeAll(it.leadUnitId);
        const QString deadline = deadlines.at(i % deadlines.size());
        it.deadline = deadline.isEmpty() ? wp::Deadline() : *wp::Deadline::parse(deadline, 2023);
        it.leader = i % 3 == 0   ? QStringLiteral("Chủ tịch UBND quận")
                    : i % 3 == 1 ? QStringLiteral("PCT \"Kinh tế\"")
                                 : QString();
        it.group = i % 5 == 0 ? QString() : QStringLiteral("Nhóm %1").arg(i % 5);
        it.form = i % 2 ? QStringLiteral("Kế hoạch") : QStringLiteral("QĐ");
        it.level = i % 4 == 3 ? QString() : QStringLiteral("UBND quận");
        // Importable: the statuses the Office may bring in by import (issue 12), not those only
        // the workflow reaches.
        it.status = importable ? importStatuses.at(i % importStatuses.size()) : statuses[size_t(i) % statuses.size()];
        it.note = i % 7 == 0 ? contents.at((i + 3) % contents.size()) : QString();
        items.append(it);
    }
    wp::storage::ItemRepository(*db).insert(items);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct CliOutput : ::testing::Test
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("sample.sqlite"));
    QString file(const QString& name) const { return dir.filePath(name); }
    void SetUp() override { buildSampleProgram(db); }
    CliResult cli(QStringList args)
    {
        args << QStringLiteral("--db") << db;
        return runCli(args);
    }
    /// What each listing and export of the sample wrote, by fixture name.
    QVector<std::pair<QString, QByteArray>> outputs()
    {
        QVector<std::pair<QString, QByteArray>> out;
        const QStringList year{QStringLiteral("--year"), QStringLiteral("2023")};
        const QStringList asOf{QStringLiteral("--as-of"), QStringLiteral("01/07/2023")};
        const auto listing = [&](const QString& name, const QStringList& args) {
            const CliResult r = cli(QStringList{QStringLiteral("items")} + year + args);
            EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
            EXPECT_EQ(r.err, QString()) << name.toStdString();
            out.append({name, r.out.toUtf8()});
        };
        listing(QStringLiteral("items.json"), {QStringLiteral("--format"), QStringLiteral("json")});
        listing(QStringLiteral("items.csv"), {QStringLiteral("--format"), QStringLiteral("csv")});
        listing(QStringLiteral("items.txt"), asOf);
        listing(QStringLiteral("items-filtered.json"), {QStringLiteral("--format"), QStringLiteral("json"),
                                                        QStringLiteral("--search"), QStringLiteral("bao cao")});
        listing(QStringLiteral("items-filtered.txt"),
                QStringList{QStringLiteral("--unit"), QStringLiteral("TP")} + asOf);
        listing(QStringLiteral("items-none.json"), {QStringLiteral("--format"), QStringLiteral("json"),
                                                    QStringLiteral("--search"), QStringLiteral("khong co dau")});
        listing(QStringLiteral("items-none.txt"), {QStringLiteral("--search"), QStringLiteral("khong co dau")});
        for (const QString& suffix : {QStringLiteral("json"), QStringLiteral("csv")}) {
            const QString path = file(QStringLiteral("export.") + suffix);
            const CliResult r =
                cli(QStringList{QStringLiteral("export")} + year + QStringList{QStringLiteral("--out"), path});
            EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
            EXPECT_EQ(r.out, QStringLiteral("Đã xuất 40 nội dung ra %1\n").arg(path));
            out.append({QStringLiteral("export.") + suffix, readAll(path)});
        }
        return out;
    }
};

} // namespace

// The fixtures in tests/data/output were written by the code before the output streamed (commit
// 8e00d1e) with WP_WRITE_OUTPUT_FIXTURES=tests/data/output; the streamed output must match them
// byte for byte. The .txt tables were written again when tables began to escape control
// characters and direction marks (issue 12: "Dòng một\nDòng hai" on one line).
TEST_F(CliOutput, ListingsAndExportsAreByteIdenticalToTheFormatBeforeStreaming)
{
    const QString writeTo = qEnvironmentVariable("WP_WRITE_OUTPUT_FIXTURES");
    for (const auto& [name, bytes] : outputs()) {
        if (!writeTo.isEmpty()) {
            wp::test::writeFile(QDir(writeTo).filePath(QStringLiteral("sample-") + name), bytes);
            continue;
        }
        const QByteArray expected = readAll(fixtureDir + QStringLiteral("/sample-") + name);
        ASSERT_FALSE(expected.isEmpty()) << name.toStdString();
        EXPECT_EQ(bytes.size(), expected.size()) << name.toStdString();
        EXPECT_TRUE(bytes == expected) << name.toStdString();
    }
}

namespace {

/// The items of @p db's 2023 program as `items --format json` lists them, without their ids.
QJsonArray itemsWithoutIds(const QString& db)
{
    const CliResult r = runCli({QStringLiteral("items"), QStringLiteral("--year"), QStringLiteral("2023"),
                                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8()).array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject o = items.at(i).toObject();
        o.remove(QStringLiteral("id"));
        items.replace(i, o);
    }
    return items;
}

/// The rows of a csv file as LibreOffice writes them (RFC 4180, line feeds).
QVector<QStringList> parseCsv(const QString& text)
{
    QVector<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        any = true;
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += ch;
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
        } else if (ch == QLatin1Char('\n')) {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            any = false;
        } else {
            cell += ch;
        }
    }
    if (any) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

} // namespace

// The xlsx is written in libxlsxwriter's constant-memory mode (strings in their cells instead of
// a shared-strings table): what the importer reads back from it is the program, item by item.
TEST_F(CliOutput, ExportedXlsxReimportsToTheSameItems)
{
    const QString original = file(QStringLiteral("importable.sqlite"));
    buildSampleProgram(original, true);
    const QString xlsx = file(QStringLiteral("program.xlsx"));
    const CliResult e = runCli({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2023"),
                                QStringLiteral("--out"), xlsx, QStringLiteral("--db"), original});
    ASSERT_EQ(e.exitCode, 0) << e.err.toStdString();

    // The same units in a new database, then the file.
    const QString again = file(QStringLiteral("again.sqlite"));
    {
        auto from = wp::storage::Database::open(original);
        auto to = wp::storage::Database::open(again);
        for (const wp::Unit& u : wp::storage::UnitRepository(*from).all())
            wp::storage::UnitRepository(*to).add(u);
    }
    const CliResult i = runCli({QStringLiteral("import"), xlsx, QStringLiteral("--year"), QStringLiteral("2023"),
                                QStringLiteral("--db"), again});
    ASSERT_EQ(i.exitCode, 0) << i.err.toStdString();
    EXPECT_TRUE(i.out.startsWith(QStringLiteral("Đã nhập 40 nội dung"))) << i.out.toStdString();

    const QJsonArray before = itemsWithoutIds(original);
    const QJsonArray after = itemsWithoutIds(again);
    ASSERT_EQ(before.size(), 40);
    ASSERT_EQ(after.size(), before.size());
    for (qsizetype k = 0; k < before.size(); ++k)
        EXPECT_EQ(after.at(k).toObject(), before.at(k).toObject())
            << "item " << k << "\n"
            << QJsonDocument(before.at(k).toObject()).toJson().toStdString()
            << QJsonDocument(after.at(k).toObject()).toJson().toStdString();
}

// LibreOffice opens the constant-memory xlsx and finds every cell of both sheets: the title, the
// header, each item as the exporter wrote it, and the counts per unit.
TEST_F(CliOutput, LibreOfficeReadsTheSameCellsFromTheExportedXlsx)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    ASSERT_FALSE(soffice.isEmpty()) << "LibreOffice (libreoffice-calc-nogui) is needed: scripts/install-deps.sh";
    const QString xlsx = file(QStringLiteral("program.xlsx"));
    ASSERT_EQ(
        cli({QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2023"), QStringLiteral("--out"), xlsx})
            .exitCode,
        0);

    // Every sheet to its own csv (filter option 12 = -1), UTF-8 (76), with a private profile.
    const QString outDir = file(QStringLiteral("lo"));
    QProcess lo;
    lo.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--norestore"),
                       QStringLiteral("-env:UserInstallation=file://") + file(QStringLiteral("lo-profile")),
                       QStringLiteral("--convert-to"),
                       QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"),
                       QStringLiteral("--outdir"), outDir, xlsx});
    ASSERT_TRUE(lo.waitForFinished(300000));
    ASSERT_EQ(lo.exitCode(), 0) << lo.readAllStandardError().toStdString();
    const QString programCsv = outDir + QStringLiteral("/program-Chương trình.csv");
    const QString countsCsv = outDir + QStringLiteral("/program-Theo đơn vị.csv");
    ASSERT_TRUE(QFile::exists(programCsv)) << QDir(outDir).entryList().join(' ').toStdString();

    auto database = wp::storage::Database::open(db);
    const wp::Program program = *wp::storage::ProgramRepository(*database).byYear(2023);
    const QVector<wp::Item> items = wp::storage::ItemRepository(*database).list(program.id);
    const QVector<wp::Unit> units = wp::storage::UnitRepository(*database).all();
    const wp::io::Exporter exporter(items, units);
    QVector<QStringList> expected;
    QStringList title(wp::io::FieldCount, QString());
    title[0] = program.title;
    expected.append(title);
    expected.append(QStringList(wp::io::FieldCount, QString()));
    QStringList header;
    for (wp::io::Field f : wp::io::FieldInfo::all())
        header.append(wp::io::FieldInfo::header(f));
    expected.append(header);
    for (const wp::Item& it : items) {
        QStringList row = exporter.row(it);
        // Calc keeps a line break inside a cell as a line feed alone.
        for (QString& cell : row)
            cell.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        expected.append(row);
    }
    const QVector<QStringList> read = parseCsv(QString::fromUtf8(readAll(programCsv)));
    ASSERT_EQ(read.size(), expected.size());
    for (qsizetype r = 0; r < read.size(); ++r)
        EXPECT_EQ(read.at(r), expected.at(r)) << "row " << r + 1 << ": " << read.at(r).join('|').toStdString();

    const QVector<QStringList> counts = parseCsv(QString::fromUtf8(readAll(countsCsv)));
    const QVector<QStringList> expectedCounts = {
        {QStringLiteral("STT"), QStringLiteral("Đơn vị chủ trì"), QStringLiteral("Số nội dung")},
        {QStringLiteral("1"), QStringLiteral("Văn phòng HĐND - UBND quận"), QStringLiteral("10")},
        {QStringLiteral("2"), QStringLiteral("Phòng Tài chính - Kế hoạch"), QStringLiteral("10")},
        {QStringLiteral("3"), QStringLiteral("Phòng Quản lý đô thị"), QStringLiteral("10")},
        {QStringLiteral("4"), QStringLiteral("Phòng Tư pháp, \"pháp chế\""), QStringLiteral("10")},
        {QString(), QStringLiteral("Tổng cộng"), QStringLiteral("40")}};
    EXPECT_EQ(counts, expectedCounts);
}
