// init, programs and units.
#include "context.h"
#include "output.h"

#include "workprogram/storage/auditlog.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/unitrepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace wp::cli {

int cmdInit(Context& c)
{
    if (!c.parse())
        return Ok;
    // An existing database is left as it is (opening it upgrades an older schema, as every command
    // does); init writes nothing of its own.
    const bool existed = QFileInfo(c.dbPath()).size() > 0;
    auto db = c.openDb();
    c.out << (existed ? Cli::tr("Cơ sở dữ liệu %1 đã có (lược đồ phiên bản %2): không thay đổi gì")
                      : Cli::tr("Cơ sở dữ liệu %1 sẵn sàng (lược đồ phiên bản %2)"))
                 .arg(db->location())
                 .arg(db->schemaVersion())
          << "\n";
    return Ok;
}

int cmdPrograms(Context& c)
{
    c.parser.addOption({QStringLiteral("format"), Cli::tr("table | csv | json"), Cli::tr("ĐỊNH_DẠNG")});
    if (!c.parse())
        return Ok;
    const QString format = c.format({QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")});
    auto db = c.openDb();
    storage::ItemRepository items(*db);
    QVector<QStringList> rows;
    QJsonArray json;
    for (const Program& p : storage::ProgramRepository(*db).all()) {
        const int n = items.count(p.id);
        rows.append({QString::number(p.year), p.title, ProgramStateInfo::label(p.state), QString::number(n)});
        json.append(QJsonObject{{QStringLiteral("year"), p.year},
                                {QStringLiteral("title"), p.title},
                                {QStringLiteral("state"), ProgramStateInfo::key(p.state)},
                                {QStringLiteral("items"), n},
                                {QStringLiteral("sample"), p.sample}});
    }
    const QStringList header = {Cli::tr("Năm"), Cli::tr("Tên chương trình"), Cli::tr("Bước"), Cli::tr("Số nội dung")};
    if (format == QLatin1String("json"))
        printJson(c.out, QJsonDocument(json));
    else if (format == QLatin1String("csv")) {
        c.out << csvLine(
            {QStringLiteral("year"), QStringLiteral("title"), QStringLiteral("state"), QStringLiteral("items")});
        for (const QStringList& r : rows)
            c.out << csvLine(r);
    } else
        printTable(c.out, header, rows, {3});
    return Ok;
}

namespace {

int unitsList(Context& c, storage::Database& db)
{
    const QString format = c.format({QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")});
    storage::UnitRepository repo(db);
    const QString y = c.parser.value(QStringLiteral("year"));
    const QVector<Unit> units = y.isEmpty() ? repo.all() : repo.inYear(c.year(db));
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Unit& u : units) {
            QJsonObject o{{QStringLiteral("code"), u.code},
                          {QStringLiteral("name"), u.name},
                          {QStringLiteral("short_name"), u.shortName},
                          {QStringLiteral("aliases"), QJsonArray::fromStringList(u.aliases)},
                          {QStringLiteral("order"), u.displayOrder},
                          {QStringLiteral("active"), u.active}};
            o.insert(QStringLiteral("from_year"), u.fromYear ? QJsonValue(*u.fromYear) : QJsonValue());
            o.insert(QStringLiteral("to_year"), u.toYear ? QJsonValue(*u.toYear) : QJsonValue());
            array.append(o);
        }
        printJson(c.out, QJsonDocument(array));
        return Ok;
    }
    QVector<QStringList> rows;
    for (const Unit& u : units)
        rows.append({QString::number(u.displayOrder), u.code, u.name, u.shortName, u.aliases.join(QStringLiteral("; ")),
                     u.active ? QString() : Cli::tr("ngừng")});
    if (format == QLatin1String("csv")) {
        c.out << csvLine({QStringLiteral("order"), QStringLiteral("code"), QStringLiteral("name"),
                          QStringLiteral("short_name"), QStringLiteral("aliases"), QStringLiteral("inactive")});
        for (const QStringList& r : rows)
            c.out << csvLine(r);
    } else {
        printTable(
            c.out,
            {Cli::tr("TT"), Cli::tr("Mã"), Cli::tr("Tên đơn vị"), Cli::tr("Tên ngắn"), Cli::tr("Tên khác"), QString()},
            rows, {0});
    }
    return Ok;
}

std::optional<int> yearValue(Context& c, const QString& option)
{
    const QString v = c.parser.value(option);
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int y = v.toInt(&ok);
    if (!ok || y < 1900 || y > 2200)
        throw Failure(Usage, Cli::tr("năm không hợp lệ cho --%1: %2").arg(option, v));
    return y;
}

void readUnitOptions(Context& c, Unit& u)
{
    if (c.parser.isSet(QStringLiteral("name")))
        u.name = c.parser.value(QStringLiteral("name")).simplified();
    if (c.parser.isSet(QStringLiteral("short")))
        u.shortName = c.parser.value(QStringLiteral("short")).simplified();
    for (const QString& a : c.parser.values(QStringLiteral("alias")))
        if (!a.trimmed().isEmpty() && !u.aliases.contains(a.trimmed()))
            u.aliases.append(a.trimmed());
    if (c.parser.isSet(QStringLiteral("order"))) {
        bool ok = false;
        u.displayOrder = c.parser.value(QStringLiteral("order")).toInt(&ok);
        if (!ok || u.displayOrder < 1)
            throw Failure(Usage, Cli::tr("--order phải là số nguyên dương"));
    }
    if (auto y = yearValue(c, QStringLiteral("from-year")))
        u.fromYear = y;
    if (auto y = yearValue(c, QStringLiteral("to-year")))
        u.toYear = y;
    if (c.parser.isSet(QStringLiteral("inactive")))
        u.active = false;
    if (c.parser.isSet(QStringLiteral("active")))
        u.active = true;
}

/// The audit log's row of a unit added or changed, with the unit as it is now.
void recordUnit(storage::Database& db, const std::optional<User>& who, const QString& kind, const Unit& u)
{
    storage::AuditEntry e;
    e.login = who ? who->login : QString(QLatin1String(""));
    e.kind = kind;
    e.target = u.code;
    e.details = QJsonObject{{QStringLiteral("name"), u.name},
                            {QStringLiteral("short_name"), u.shortName},
                            {QStringLiteral("aliases"), QJsonArray::fromStringList(u.aliases)},
                            {QStringLiteral("order"), u.displayOrder},
                            {QStringLiteral("active"), u.active},
                            {QStringLiteral("from_year"), u.fromYear ? QJsonValue(*u.fromYear) : QJsonValue()},
                            {QStringLiteral("to_year"), u.toYear ? QJsonValue(*u.toYear) : QJsonValue()}};
    storage::AuditLog(db).append(e);
}

} // namespace

int cmdUnits(Context& c)
{
    c.parser.addOption({QStringLiteral("name"), Cli::tr("tên đầy đủ của đơn vị"), Cli::tr("TÊN")});
    c.parser.addOption({QStringLiteral("short"), Cli::tr("tên ngắn dùng trong bảng"), Cli::tr("TÊN")});
    c.parser.addOption({QStringLiteral("alias"), Cli::tr("tên khác (có thể lặp lại)"), Cli::tr("TÊN")});
    c.parser.addOption({QStringLiteral("order"), Cli::tr("thứ tự hiển thị"), Cli::tr("SỐ")});
    c.parser.addOption({QStringLiteral("from-year"), Cli::tr("năm đầu tiên đơn vị tồn tại"), Cli::tr("NĂM")});
    c.parser.addOption({QStringLiteral("to-year"), Cli::tr("năm cuối cùng đơn vị tồn tại"), Cli::tr("NĂM")});
    c.parser.addOption({QStringLiteral("inactive"), Cli::tr("đánh dấu ngừng hoạt động")});
    c.parser.addOption({QStringLiteral("active"), Cli::tr("đánh dấu đang hoạt động")});
    c.parser.addOption({QStringLiteral("year"), Cli::tr("chỉ các đơn vị của năm này (list)"), Cli::tr("NĂM")});
    c.parser.addOption({QStringLiteral("format"), Cli::tr("table | csv | json (list)"), Cli::tr("ĐỊNH_DẠNG")});
    c.addAsOption();
    if (!c.parse(QStringLiteral("list | add MÃ --name TÊN | alias ĐƠN_VỊ TÊN_KHÁC | set ĐƠN_VỊ"), 0, 3))
        return Ok;
    const QStringList pos = c.parser.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    auto db = c.openDb();
    storage::UnitRepository repo(*db);
    if (action == QLatin1String("list")) {
        if (pos.size() > 1)
            throw Failure(Usage, Cli::tr("tham số thừa: %1").arg(pos.mid(1).join(QLatin1Char(' '))));
        return unitsList(c, *db);
    }
    if (action == QLatin1String("add")) {
        if (pos.size() != 2)
            throw Failure(Usage, Cli::tr("cách dùng: workprogram-cli units add MÃ --name \"TÊN ĐẦY ĐỦ\""));
        Unit u;
        u.code = pos.at(1).trimmed();
        readUnitOptions(c, u);
        if (u.name.isEmpty())
            throw Failure(Usage, Cli::tr("thiếu --name cho đơn vị %1").arg(u.code));
        const std::optional<User> who = c.writer(*db, {Role::Admin}, Cli::tr("thêm đơn vị"));
        if (repo.byCode(u.code))
            throw Failure(BadInput, Cli::tr("đã có đơn vị mã %1").arg(u.code));
        storage::Transaction tx(*db);
        u.id = repo.add(u);
        recordUnit(*db, who, storage::AuditLog::UnitAdd, u);
        tx.commit();
        c.out << Cli::tr("Đã thêm đơn vị %1 — %2").arg(u.code, u.name) << "\n";
        return Ok;
    }
    if (action == QLatin1String("alias") || action == QLatin1String("set")) {
        if ((action == QLatin1String("alias") && pos.size() != 3) ||
            (action == QLatin1String("set") && pos.size() != 2))
            throw Failure(Usage,
                          action == QLatin1String("alias")
                              ? Cli::tr("cách dùng: workprogram-cli units alias ĐƠN_VỊ TÊN_KHÁC")
                              : Cli::tr("cách dùng: workprogram-cli units set ĐƠN_VỊ [--name ...] [--short ...]"));
        Unit u = c.unit(*db, pos.at(1));
        const std::optional<User> who = c.writer(*db, {Role::Admin}, Cli::tr("sửa danh mục đơn vị"));
        if (action == QLatin1String("alias") && !u.aliases.contains(pos.at(2).trimmed()))
            u.aliases.append(pos.at(2).trimmed());
        readUnitOptions(c, u);
        storage::Transaction tx(*db);
        repo.update(u);
        recordUnit(*db, who, storage::AuditLog::UnitSet, u);
        tx.commit();
        c.out << Cli::tr("Đã cập nhật đơn vị %1 — %2").arg(u.code, u.name) << "\n";
        return Ok;
    }
    throw Failure(Usage, Cli::tr("không có lệnh units %1 (chọn: list, add, alias, set)").arg(action));
}

} // namespace wp::cli
