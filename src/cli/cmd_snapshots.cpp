// Snapshots of a program, verify (history chain and snapshot hashes) and diff between rounds.
#include "context.h"
#include "output.h"

#include "workprogram/core/comparison.h"
#include "workprogram/core/itemfields.h"
#include "workprogram/storage/auditlog.h"
#include "workprogram/storage/headlog.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programhistory.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/snapshotrepository.h"
#include "workprogram/storage/stateverifier.h"
#include "workprogram/storage/unitrepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace wp::cli {
storage::Snapshot Context::snapshot(storage::Database& db, const Program& program, const QString& written) const
{
    const QString text = written.trimmed();
    QString digits = text;
    if (digits.startsWith(QLatin1Char('#')))
        digits.remove(0, 1);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    std::optional<storage::Snapshot> s;
    if (ok)
        s = storage::SnapshotRepository(db).byId(id);
    if (!s || s->programId != program.id)
        throw Failure(
            BadInput,
            Cli::tr("không có ảnh chụp \"%1\" của chương trình năm %2 (xem: workprogram-cli snapshots --year %2)")
                .arg(text)
                .arg(program.year));
    return *s;
}

namespace {

QString stepText(const storage::Snapshot& s)
{
    return QStringLiteral("%1 → %2").arg(ProgramStateInfo::label(s.from), ProgramStateInfo::label(s.to));
}

QString whenText(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

/// --from / --to: a snapshot id of @p program, or "current" (std::nullopt).
std::optional<storage::Snapshot> snapshotOption(Context& c, storage::Database& db, const Program& program,
                                                const QString& name)
{
    const QString text = c.parser.value(name).trimmed();
    if (text.compare(QLatin1String("current"), Qt::CaseInsensitive) == 0 || text == QLatin1String("hiện tại"))
        return std::nullopt;
    return c.snapshot(db, program, text);
}

QString fieldLabel(const QString& key)
{
    return ItemFields::changeLabel(key);
}

} // namespace

int cmdSnapshots(Context& c)
{
    c.parser.addOption({QStringLiteral("year"), Cli::tr("năm của chương trình"), Cli::tr("NĂM")});
    c.parser.addOption({QStringLiteral("format"), Cli::tr("table | json"), Cli::tr("ĐỊNH_DẠNG")});
    if (!c.parse())
        return Ok;
    const QString format = c.format({QStringLiteral("table"), QStringLiteral("json")});
    auto db = c.openDb();
    const Program program = c.program(*db);
    const QVector<storage::Snapshot> snapshots = storage::SnapshotRepository(*db).forProgram(program.id);
    if (format == QLatin1String("json")) {
        QJsonArray a;
        for (const storage::Snapshot& s : snapshots)
            a.append(QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("at"), s.at.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("login"), s.login},
                                 {QStringLiteral("from"), ProgramStateInfo::key(s.from)},
                                 {QStringLiteral("to"), ProgramStateInfo::key(s.to)},
                                 {QStringLiteral("label"), s.label},
                                 {QStringLiteral("items"), int(s.items().size())},
                                 {QStringLiteral("hash"), s.hash}});
        printJson(c.out, QJsonDocument(a));
        return Ok;
    }
    if (snapshots.isEmpty()) {
        c.out << Cli::tr("Chương trình năm %1 chưa có ảnh chụp nào (ảnh chụp được ghi ở mỗi bước của chương trình).")
                     .arg(program.year)
              << "\n";
        return Ok;
    }
    QVector<QStringList> rows;
    for (const storage::Snapshot& s : snapshots)
        rows.append({QStringLiteral("#%1").arg(s.id), whenText(s.at), s.login, stepText(s),
                     QString::number(s.items().size()), s.hash.left(12), s.label});
    printTable(c.out,
               {Cli::tr("Mã"), Cli::tr("Thời điểm"), Cli::tr("Người ghi"), Cli::tr("Bước"), Cli::tr("Số nội dung"),
                Cli::tr("Mã băm"), Cli::tr("Tên")},
               rows, {4});
    return Ok;
}

int cmdVerify(Context& c)
{
    c.parser.addOption({QStringLiteral("head"),
                        Cli::tr("một mã băm in trên giấy (cuối chuỗi lịch sử, hoặc của ảnh chụp ở chân trang bản in): "
                                "kiểm tra nó có trong cơ sở dữ liệu"),
                        Cli::tr("MÃ_BĂM")});
    c.parser.addOption({QStringLiteral("heads"),
                        Cli::tr("in thêm mã băm cuối của ba chuỗi lịch sử (để ghi lên giấy, đối chiếu về sau)")});
    if (!c.parse())
        return Ok;
    if (c.dbMissing())
        throw Failure(DbError, Cli::tr("không có cơ sở dữ liệu %1").arg(c.dbPath()));
    auto db = c.openDb();
    storage::HeadLog heads(*db);
    // The chains first (a changed row), then the tables against the history they should follow,
    // then the heads kept outside the database (a chain rewritten whole).
    QStringList problems = storage::HistoryRepository(*db).verify() + storage::ProgramHistoryRepository(*db).verify() +
                           storage::SnapshotRepository(*db).verify() + storage::AuditLog(*db).verify();
    problems += storage::StateVerifier(*db).verify();
    problems += heads.check();
    const QString head = c.parser.value(QStringLiteral("head")).trimmed();
    QString found;
    if (!head.isEmpty()) {
        found = heads.find(head);
        if (found.isEmpty())
            problems.append(Cli::tr("mã băm %1 không có trong cơ sở dữ liệu: bản in mang mã này không khớp với dữ liệu "
                                    "hiện có (hoặc lịch sử đã bị viết lại)")
                                .arg(head));
    }
    if (!problems.isEmpty()) {
        // The first problem on the line scripts read (as before), then every other one on its own.
        QString message = problems.first();
        if (problems.size() > 1)
            message += Cli::tr(" (và %1 chỗ hỏng khác)").arg(problems.size() - 1);
        c.err << Cli::tr("lỗi: ") << printable(message) << "\n";
        for (qsizetype i = 1; i < problems.size(); ++i)
            c.err << "  " << printable(problems.at(i)) << "\n";
        return DbError;
    }
    heads.record(QStringLiteral("verify"));
    const int history = storage::HistoryRepository(*db).count();
    int snapshots = 0;
    for (const Program& p : storage::ProgramRepository(*db).all())
        snapshots += int(storage::SnapshotRepository(*db).forProgram(p.id).size());
    c.out << Cli::tr("ok: %1 bản ghi lịch sử, %2 bước chương trình và %3 ảnh chụp khớp mã băm")
                 .arg(history)
                 .arg(storage::ProgramHistoryRepository(*db).count())
                 .arg(snapshots)
          << "\n";
    if (!found.isEmpty())
        c.out << Cli::tr("Mã băm %1 là của %2.").arg(head, found) << "\n";
    if (c.parser.isSet(QStringLiteral("heads"))) {
        const storage::HeadLog::Heads now = heads.current();
        c.out << Cli::tr("Mã băm cuối: nội dung %1, các bước %2, quản trị %3 (đã ghi vào %4)")
                     .arg(now.items, now.steps, now.audit, heads.path())
              << "\n";
    }
    return Ok;
}

int cmdDiff(Context& c)
{
    c.parser.addOption({QStringLiteral("year"), Cli::tr("năm của chương trình"), Cli::tr("NĂM")});
    c.parser.addOption({QStringLiteral("from"), Cli::tr("ảnh chụp trước (mã ở lệnh snapshots)"), Cli::tr("ẢNH_CHỤP")});
    c.parser.addOption(
        {QStringLiteral("to"), Cli::tr("ảnh chụp sau, hoặc current: hiện tại (mặc định)"), Cli::tr("ẢNH_CHỤP")});
    c.parser.addOption({QStringLiteral("format"), Cli::tr("table | json"), Cli::tr("ĐỊNH_DẠNG")});
    if (!c.parse())
        return Ok;
    const QString format = c.format({QStringLiteral("table"), QStringLiteral("json")});
    if (c.parser.value(QStringLiteral("from")).trimmed().isEmpty())
        throw Failure(Usage, Cli::tr("hãy chọn ảnh chụp để so sánh: --from ẢNH_CHỤP (xem: workprogram-cli snapshots)"));
    auto db = c.openDb();
    const Program program = c.program(*db);
    const std::optional<storage::Snapshot> from = snapshotOption(c, *db, program, QStringLiteral("from"));
    if (!from)
        throw Failure(BadInput, Cli::tr("--from phải là một ảnh chụp; \"current\" chỉ dùng cho --to"));
    std::optional<storage::Snapshot> to;
    if (!c.parser.value(QStringLiteral("to")).trimmed().isEmpty())
        to = snapshotOption(c, *db, program, QStringLiteral("to"));
    const QVector<Unit> units = storage::UnitRepository(*db).all();
    QHash<qint64, QString> names;
    QHash<qint64, const Unit*> byId;
    for (const Unit& u : units) {
        names.insert(u.id, u.displayName());
        byId.insert(u.id, &u);
    }
    const QVector<Item> after = to ? to->items() : storage::ItemRepository(*db).list(program.id);
    const Comparison d = Comparison::compare(from->items(), after, names);
    QVector<UnitDiff> rows = d.units;
    std::sort(rows.begin(), rows.end(), [&byId](const UnitDiff& a, const UnitDiff& b) {
        const Unit* x = byId.value(a.unitId);
        const Unit* y = byId.value(b.unitId);
        const int ox = x ? x->displayOrder : 0;
        const int oy = y ? y->displayOrder : 0;
        return ox != oy ? ox < oy : a.unitId < b.unitId;
    });
    auto unitCode = [&byId](qint64 id) { return byId.value(id) ? byId.value(id)->code : QString::number(id); };
    const QString toName = to ? QStringLiteral("#%1").arg(to->id) : Cli::tr("hiện tại");

    if (format == QLatin1String("json")) {
        auto side = [](const std::optional<storage::Snapshot>& s) {
            if (!s)
                return QJsonObject{{QStringLiteral("snapshot"), QStringLiteral("current")}};
            return QJsonObject{{QStringLiteral("snapshot"), s->id},
                               {QStringLiteral("label"), s->label},
                               {QStringLiteral("at"), s->at.toString(Qt::ISODateWithMs)},
                               {QStringLiteral("hash"), s->hash}};
        };
        auto brief = [&](const Item& it) {
            QJsonObject o{{QStringLiteral("id"), it.id},
                          {QStringLiteral("number"), it.number},
                          {QStringLiteral("lead_unit"), unitCode(it.leadUnitId)},
                          {QStringLiteral("content"), it.content}};
            if (it.mergedInto)
                o.insert(QStringLiteral("merged_into"), it.mergedInto);
            return o;
        };
        auto list = [&](const QVector<Item>& items) {
            QJsonArray a;
            for (const Item& it : items)
                a.append(brief(it));
            return a;
        };
        QJsonArray changed;
        for (const ItemDiff& x : d.changed) {
            QJsonObject o = brief(x.after);
            QJsonArray fields;
            for (const FieldDiff& f : x.fields)
                fields.append(QJsonObject{{QStringLiteral("field"), f.field},
                                          {QStringLiteral("old"), f.oldValue},
                                          {QStringLiteral("new"), f.newValue}});
            o.insert(QStringLiteral("fields"), fields);
            changed.append(o);
        }
        QJsonArray unitArray;
        for (const UnitDiff& u : rows)
            unitArray.append(QJsonObject{{QStringLiteral("unit"), unitCode(u.unitId)},
                                         {QStringLiteral("name"), names.value(u.unitId)},
                                         {QStringLiteral("before"), u.before},
                                         {QStringLiteral("after"), u.after},
                                         {QStringLiteral("added"), u.added},
                                         {QStringLiteral("removed"), u.removed},
                                         {QStringLiteral("changed"), u.changed},
                                         {QStringLiteral("merged"), u.merged},
                                         {QStringLiteral("merge_results"), u.mergeResults},
                                         {QStringLiteral("moved_in"), u.movedIn},
                                         {QStringLiteral("moved_out"), u.movedOut}});
        const QJsonObject doc{
            {QStringLiteral("year"), program.year},
            {QStringLiteral("from"), side(from)},
            {QStringLiteral("to"), side(to)},
            {QStringLiteral("before"), d.before},
            {QStringLiteral("after"), d.after},
            {QStringLiteral("added"), int(d.added.size())},
            {QStringLiteral("removed"), int(d.removed.size())},
            {QStringLiteral("changed"), int(d.changed.size())},
            {QStringLiteral("merged"), int(d.merged.size())},
            {QStringLiteral("merge_results"), int(d.mergeResults.size())},
            {QStringLiteral("status_changed"), d.statusChanged},
            {QStringLiteral("units"), unitArray},
            {QStringLiteral("items"), QJsonObject{{QStringLiteral("added"), list(d.added)},
                                                  {QStringLiteral("removed"), list(d.removed)},
                                                  {QStringLiteral("changed"), changed},
                                                  {QStringLiteral("merged"), list(d.merged)},
                                                  {QStringLiteral("merge_results"), list(d.mergeResults)}}}};
        printJson(c.out, QJsonDocument(doc));
        return Ok;
    }

    c.out << Cli::tr("So sánh chương trình năm %1: ảnh chụp #%2 (%3) → %4")
                 .arg(program.year)
                 .arg(from->id)
                 .arg(from->label, toName)
          << "\n\n";
    QVector<QStringList> table;
    UnitDiff total;
    for (const UnitDiff& u : rows) {
        table.append({names.value(u.unitId, QString::number(u.unitId)), QString::number(u.before),
                      QString::number(u.after), QString::number(u.added), QString::number(u.removed),
                      QString::number(u.changed), QString::number(u.merged), QString::number(u.mergeResults),
                      QString::number(u.movedIn), QString::number(u.movedOut)});
        total.movedIn += u.movedIn;
        total.movedOut += u.movedOut;
    }
    table.append({Cli::tr("Tổng cộng"), QString::number(d.before), QString::number(d.after),
                  QString::number(d.added.size()), QString::number(d.removed.size()), QString::number(d.changed.size()),
                  QString::number(d.merged.size()), QString::number(d.mergeResults.size()),
                  QString::number(total.movedIn), QString::number(total.movedOut)});
    printTable(c.out,
               {Cli::tr("Đơn vị chủ trì"), Cli::tr("Trước"), Cli::tr("Sau"), Cli::tr("Thêm"), Cli::tr("Bớt"),
                Cli::tr("Sửa"), Cli::tr("Gộp"), Cli::tr("Gộp thành"), Cli::tr("Chuyển đến"), Cli::tr("Chuyển đi")},
               table, {1, 2, 3, 4, 5, 6, 7, 8, 9});
    c.out << "\n";
    QString line = Cli::tr("%1 → %2: thêm %3, bớt %4, sửa %5, gộp %6")
                       .arg(d.before)
                       .arg(d.after)
                       .arg(d.added.size())
                       .arg(d.removed.size())
                       .arg(d.changed.size())
                       .arg(d.merged.size());
    if (!d.mergeResults.isEmpty())
        line += Cli::tr(" thành %1").arg(d.mergeResults.size());
    c.out << line << "\n";

    auto heading = [&c](const QString& title, qsizetype n) {
        if (n > 0)
            c.out << "\n" << title.arg(n) << "\n";
    };
    auto itemLine = [&](const Item& it) {
        return QStringLiteral("  %1 %2 [%3] %4")
            .arg(Cli::tr("số"))
            .arg(it.number)
            .arg(unitCode(it.leadUnitId), it.content);
    };
    heading(Cli::tr("Thêm (%1):"), d.added.size());
    for (const Item& it : d.added)
        c.out << itemLine(it) << "\n";
    heading(Cli::tr("Bớt (%1):"), d.removed.size());
    for (const Item& it : d.removed)
        c.out << itemLine(it) << "\n";
    heading(Cli::tr("Gộp (%1):"), d.merged.size());
    for (const Item& it : d.merged)
        c.out << itemLine(it) << Cli::tr(" → gộp vào nội dung mã %1").arg(it.mergedInto) << "\n";
    heading(Cli::tr("Sửa (%1):"), d.changed.size());
    for (const ItemDiff& x : d.changed) {
        QStringList parts;
        for (const FieldDiff& f : x.fields)
            parts.append(QStringLiteral("%1: \"%2\" → \"%3\"").arg(fieldLabel(f.field), f.oldValue, f.newValue));
        c.out
            << QStringLiteral("  %1 %2 [%3] ").arg(Cli::tr("số")).arg(x.after.number).arg(unitCode(x.after.leadUnitId))
            << parts.join(QStringLiteral("; ")) << "\n";
    }
    return Ok;
}

} // namespace wp::cli
