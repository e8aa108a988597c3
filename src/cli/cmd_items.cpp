// counts, items and export.
#include "context.h"
#include "output.h"

#include "workprogram/core/counts.h"
#include "workprogram/core/search.h"
#include "workprogram/io/exporter.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wp::cli {

namespace {

CountTable countTable(storage::Database& db, const Program& p)
{
    storage::UnitRepository units(db);
    return CountTable(units.inYear(p.year), storage::ItemRepository(db).countByUnitAndStatus(p.id), units.all());
}

} // namespace

void addItemFilterOptions(Context& c)
{
    c.parser.addOption(
        {QStringLiteral("unit"), Cli::tr("đơn vị chủ trì (mã, tên hoặc tên khác; có thể lặp lại)"), Cli::tr("ĐƠN_VỊ")});
    c.parser.addOption({QStringLiteral("co-unit"), Cli::tr("đơn vị phối hợp"), Cli::tr("ĐƠN_VỊ")});
    c.parser.addOption({QStringLiteral("status"), Cli::tr("trạng thái (có thể lặp lại)"), Cli::tr("TRẠNG_THÁI")});
    c.parser.addOption({QStringLiteral("search"),
                        Cli::tr("tìm theo từ (mọi từ, thứ tự nào cũng được; \"cụm từ\" trong ngoặc kép) trong nội "
                                "dung, ghi chú, lãnh đạo phụ trách, nhóm nhiệm vụ và tên đơn vị, không phân biệt dấu"),
                        Cli::tr("CHỮ")});
    c.parser.addOption({QStringLiteral("due-before"), Cli::tr("hạn đến hết ngày (dd/MM/yyyy)"), Cli::tr("NGÀY")});
    c.parser.addOption({QStringLiteral("overdue"), Cli::tr("chỉ các nội dung quá hạn")});
    c.parser.addOption(
        {QStringLiteral("as-of"), Cli::tr("tính quá hạn theo ngày này (mặc định: hôm nay)"), Cli::tr("NGÀY")});
}

storage::ItemFilter itemFilter(Context& c, storage::Database& db)
{
    storage::ItemFilter filter;
    for (const QString& u : c.parser.values(QStringLiteral("unit")))
        filter.leadUnitIds.append(c.unit(db, u).id);
    if (c.parser.isSet(QStringLiteral("co-unit")))
        filter.coUnitId = c.unit(db, c.parser.value(QStringLiteral("co-unit"))).id;
    for (const QString& s : c.parser.values(QStringLiteral("status"))) {
        std::optional<Status> st = StatusInfo::parse(s);
        if (!st)
            throw Failure(Usage, Cli::tr("không hiểu trạng thái \"%1\"").arg(s));
        filter.statuses.append(*st);
    }
    filter.search = c.parser.value(QStringLiteral("search"));
    // Nothing to look for (`edit` refuses such a search before this): the other filters
    // select, as the window's search box does with such text.
    if (c.parser.isSet(QStringLiteral("search")) && search::Query(filter.search).isEmpty())
        c.err << Cli::tr("cảnh báo: ") << Cli::tr("--search \"%1\" không có từ nào để tìm, bỏ qua").arg(filter.search)
              << "\n";
    filter.dueBefore = c.dateOption(QStringLiteral("due-before"));
    if (c.parser.isSet(QStringLiteral("overdue")))
        filter.overdueAsOf =
            c.parser.isSet(QStringLiteral("as-of")) ? c.dateOption(QStringLiteral("as-of")) : QDate::currentDate();
    return filter;
}

bool hasItemFilter(const Context& c)
{
    for (const char* name : {"unit", "co-unit", "status", "search", "due-before", "overdue"})
        if (c.parser.isSet(QString::fromLatin1(name)))
            return true;
    return false;
}

int cmdCounts(Context& c)
{
    c.parser.addOption({QStringLiteral("year"), Cli::tr("năm của chương trình"), Cli::tr("NĂM")});
    c.parser.addOption(
        {QStringLiteral("by"), Cli::tr("unit | status | unit,status (mặc định: unit)"), Cli::tr("THEO")});
    c.parser.addOption({QStringLiteral("format"), Cli::tr("table | csv | json"), Cli::tr("ĐỊNH_DẠNG")});
    c.parser.addOption({QStringLiteral("stated"),
                        Cli::tr("số nội dung ghi trong tệp của lần nhập cuối (tiêu đề mục, dòng tổng cộng) so với số "
                                "đếm được")});
    if (!c.parse())
        return Ok;
    if (c.parser.isSet(QStringLiteral("stated"))) {
        if (c.parser.isSet(QStringLiteral("by")))
            throw Failure(Usage, Cli::tr("--stated không dùng cùng --by"));
        return countsStated(c, c.format({QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")}));
    }
    const QString by =
        c.parser.value(QStringLiteral("by")).isEmpty() ? QStringLiteral("unit") : c.parser.value(QStringLiteral("by"));
    if (by != QLatin1String("unit") && by != QLatin1String("status") && by != QLatin1String("unit,status"))
        throw Failure(Usage, Cli::tr("--by phải là unit, status hoặc unit,status"));
    const QString format = c.format({QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")});
    auto db = c.openDb();
    const Program program = c.program(*db);
    const CountTable table = countTable(*db, program);
    const QString totalLabel = Cli::tr("Tổng cộng");
    const auto& statuses = StatusInfo::all();

    if (format == QLatin1String("json")) {
        QJsonObject doc{{QStringLiteral("year"), program.year}, {QStringLiteral("total"), table.total()}};
        QJsonObject totals;
        for (Status s : statuses)
            totals.insert(StatusInfo::key(s), table.totalFor(s));
        if (by != QLatin1String("unit"))
            doc.insert(QStringLiteral("by_status"), totals);
        if (by != QLatin1String("status")) {
            QJsonArray units;
            for (const CountTable::Row& r : table.rows()) {
                QJsonObject o{{QStringLiteral("code"), r.unit.code},
                              {QStringLiteral("unit"), r.unit.name},
                              {QStringLiteral("count"), r.total()}};
                if (by == QLatin1String("unit,status")) {
                    QJsonObject s;
                    for (Status st : statuses)
                        s.insert(StatusInfo::key(st), r.byStatus[size_t(st)]);
                    o.insert(QStringLiteral("by_status"), s);
                }
                units.append(o);
            }
            doc.insert(QStringLiteral("units"), units);
        }
        printJson(c.out, QJsonDocument(doc));
        return Ok;
    }

    QStringList header;
    QVector<QStringList> rows;
    QVector<int> numeric;
    if (by == QLatin1String("status")) {
        header = format == QLatin1String("csv") ? QStringList{QStringLiteral("status"), QStringLiteral("count")}
                                                : QStringList{Cli::tr("Trạng thái"), Cli::tr("Số nội dung")};
        for (Status s : statuses)
            rows.append({format == QLatin1String("csv") ? StatusInfo::key(s) : StatusInfo::label(s),
                         QString::number(table.totalFor(s))});
        numeric = {1};
    } else if (by == QLatin1String("unit")) {
        header = format == QLatin1String("csv") ? QStringList{QStringLiteral("unit"), QStringLiteral("count")}
                                                : QStringList{Cli::tr("Đơn vị chủ trì"), Cli::tr("Số nội dung")};
        for (const CountTable::Row& r : table.rows())
            rows.append({r.unit.name, QString::number(r.total())});
        numeric = {1};
    } else {
        header.append(format == QLatin1String("csv") ? QStringLiteral("unit") : Cli::tr("Đơn vị chủ trì"));
        for (Status s : statuses)
            header.append(format == QLatin1String("csv") ? StatusInfo::key(s) : StatusInfo::label(s));
        header.append(format == QLatin1String("csv") ? QStringLiteral("total") : Cli::tr("Tổng"));
        for (const CountTable::Row& r : table.rows()) {
            QStringList row{r.unit.name};
            for (Status s : statuses)
                row.append(QString::number(r.byStatus[size_t(s)]));
            row.append(QString::number(r.total()));
            rows.append(row);
        }
        for (int i = 1; i < header.size(); ++i)
            numeric.append(i);
    }
    // The total row is summed from the rows above it.
    QStringList total{totalLabel};
    if (by == QLatin1String("unit,status"))
        for (Status s : statuses)
            total.append(QString::number(table.totalFor(s)));
    total.append(QString::number(table.total()));

    if (format == QLatin1String("csv")) {
        c.out << csvLine(header);
        for (const QStringList& r : rows)
            c.out << csvLine(r);
        c.out << csvLine(total);
    } else {
        rows.append(total);
        printTable(c.out, header, rows, numeric);
    }
    return Ok;
}

int cmdItems(Context& c)
{
    c.parser.addOption({QStringLiteral("year"), Cli::tr("năm của chương trình"), Cli::tr("NĂM")});
    addItemFilterOptions(c);
    c.parser.addOption({QStringLiteral("format"), Cli::tr("table | csv | json"), Cli::tr("ĐỊNH_DẠNG")});
    if (!c.parse())
        return Ok;
    const QString format = c.format({QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")});
    auto db = c.openDb();
    const Program program = c.program(*db);
    const storage::ItemFilter filter = itemFilter(c, *db);
    const QDate asOf =
        c.parser.isSet(QStringLiteral("as-of")) ? c.dateOption(QStringLiteral("as-of")) : QDate::currentDate();

    // The items are read a page at a time and written as they come: memory stays flat however
    // large the program (the table keeps its rows, compactly, to learn the column widths).
    const storage::ItemRepository repository(*db);
    const io::ItemSource items = [&](const io::ItemVisitor& visit) { repository.forEach(program.id, filter, visit); };
    const io::Exporter exporter(items, storage::UnitRepository(*db).all());
    if (format == QLatin1String("json")) {
        writeBytes(c.out, [&](QIODevice& device) { exporter.writeJsonItems(device); });
        return Ok;
    }
    if (format == QLatin1String("csv")) {
        QStringList header;
        for (io::Field f : io::FieldInfo::all())
            header.append(io::FieldInfo::header(f));
        c.out << csvLine(header);
        items([&](const Item& it) {
            QStringList cells;
            for (const QString& s : exporter.row(it))
                cells.append(io::Exporter::protectFormula(s));
            c.out << csvLine(cells);
        });
        return Ok;
    }
    Table table({Cli::tr("STT"), Cli::tr("Nội dung công việc"), Cli::tr("Cơ quan chủ trì"), Cli::tr("Thời hạn"),
                 Cli::tr("Trạng thái")},
                {0});
    int count = 0;
    items([&](const Item& it) {
        const QStringList r = exporter.row(it);
        QString content = r.at(1);
        if (content.size() > 70)
            content = content.left(69) + QChar(0x2026);
        const QString overdue = it.isOverdue(asOf) ? Cli::tr(" (quá hạn)") : QString();
        table.add({r.at(0), content, r.at(2), r.at(4) + overdue, r.at(9)});
        ++count;
    });
    table.print(c.out);
    c.out << Cli::tr("%1 nội dung").arg(count) << "\n";
    return Ok;
}

int cmdExport(Context& c)
{
    c.parser.addOption({QStringLiteral("year"), Cli::tr("năm của chương trình"), Cli::tr("NĂM")});
    c.parser.addOption({QStringLiteral("out"), Cli::tr("tệp xuất: .xlsx, .csv hoặc .json"), Cli::tr("TỆP")});
    if (!c.parse())
        return Ok;
    const QString out = c.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        throw Failure(Usage, Cli::tr("thiếu --out TỆP"));
    const QString suffix = out.section(QLatin1Char('.'), -1).toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv") && suffix != QLatin1String("json"))
        throw Failure(Usage, Cli::tr("không biết ghi tệp \"%1\": hãy dùng đuôi .xlsx, .csv hoặc .json").arg(out));
    auto db = c.openDb();
    const Program program = c.program(*db);
    const storage::ItemRepository repository(*db);
    int count = 0;
    const io::Exporter exporter(
        [&](const io::ItemVisitor& visit) {
            count = 0;
            repository.forEach(program.id, {}, [&](const Item& it) {
                ++count;
                visit(it);
            });
        },
        storage::UnitRepository(*db).all());
    const QJsonObject meta{{QStringLiteral("year"), program.year}, {QStringLiteral("title"), program.title}};
    const QString error = exporter.writeFile(out, program.title, meta);
    if (!error.isEmpty())
        throw Failure(BadInput, error);
    c.out << Cli::tr("Đã xuất %1 nội dung ra %2").arg(count).arg(out) << "\n";
    return Ok;
}

} // namespace wp::cli
