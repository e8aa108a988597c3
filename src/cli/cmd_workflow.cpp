// The item workflow on the command line: transition, comment, history.
#include "context.h"
#include "output.h"

#include "workprogram/core/workflow.h"
#include "workprogram/storage/history.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wp::cli {
namespace {

void addAsOption(Context& c)
{
    c.addAsOption();
}

qint64 itemId(Context& c, storage::Database& db)
{
    bool ok = false;
    const qint64 id = c.parser.positionalArguments().first().toLongLong(&ok);
    if (!ok || id <= 0 || !storage::ItemRepository(db).byId(id))
        throw Failure(BadInput,
                      Cli::tr("không có nội dung mã %1 (xem mã ở cột id: workprogram-cli items --format json)")
                          .arg(c.parser.positionalArguments().first()));
    return id;
}

void printSnapshotLine(Context& c, const storage::Snapshot& s)
{
    c.out << Cli::tr("Đã ghi ảnh chụp #%1: %2 nội dung, mã băm %3").arg(s.id).arg(s.items().size()).arg(s.hash) << "\n";
}

} // namespace

int cmdTransition(Context& c)
{
    c.parser.addOption({QStringLiteral("to"),
                        Cli::tr("trạng thái mới: proposed, returned, in-draft, approved, rejected, "
                                "in-progress, done, withdrawn"),
                        Cli::tr("TRẠNG_THÁI")});
    c.parser.addOption(
        {QStringLiteral("comment"), Cli::tr("lý do (bắt buộc khi trả lại, không đưa vào, rút)"), Cli::tr("LÝ_DO")});
    addAsOption(c);
    if (!c.parse(QStringLiteral("ITEM"), 1, 1))
        return Ok;
    const QString toText = c.parser.value(QStringLiteral("to"));
    if (toText.isEmpty())
        throw Failure(Usage, Cli::tr("hãy ghi trạng thái mới: --to TRẠNG_THÁI"));
    const std::optional<Status> to = StatusInfo::parse(toText);
    if (!to)
        throw Failure(BadInput, Cli::tr("không có trạng thái \"%1\"").arg(toText));
    auto db = c.openDb();
    const qint64 id = itemId(c, *db);
    const User who = c.actor(*db);
    const Item before = *storage::ItemRepository(*db).byId(id);
    const Item after =
        storage::WorkflowService(*db, who).transition(id, *to, c.parser.value(QStringLiteral("comment")));
    c.out << Cli::tr("Nội dung số %1: %2 → %3")
                 .arg(after.number)
                 .arg(StatusInfo::label(before.status), StatusInfo::label(after.status))
          << "\n";
    return Ok;
}

int cmdComment(Context& c)
{
    c.parser.addOption({QStringLiteral("text"), Cli::tr("nội dung ý kiến"), Cli::tr("VĂN_BẢN")});
    addAsOption(c);
    if (!c.parse(QStringLiteral("ITEM"), 1, 1))
        return Ok;
    if (c.parser.value(QStringLiteral("text")).trimmed().isEmpty())
        throw Failure(Usage, Cli::tr("hãy ghi ý kiến: --text \"…\""));
    auto db = c.openDb();
    const qint64 id = itemId(c, *db);
    const User who = c.actor(*db);
    storage::WorkflowService(*db, who).comment(id, c.parser.value(QStringLiteral("text")));
    c.out << Cli::tr("Đã ghi ý kiến của %1").arg(who.login) << "\n";
    return Ok;
}

int cmdHistory(Context& c)
{
    c.parser.addOption({QStringLiteral("format"), Cli::tr("table | json"), Cli::tr("ĐỊNH_DẠNG")});
    if (!c.parse(QStringLiteral("ITEM"), 1, 1))
        return Ok;
    const QString format = c.format({QStringLiteral("table"), QStringLiteral("json")});
    auto db = c.openDb();
    // A deleted item's history stays readable by its id.
    bool ok = false;
    const qint64 asked = c.parser.positionalArguments().first().toLongLong(&ok);
    QVector<storage::HistoryEntry> entries = storage::HistoryRepository(*db).forItem(ok ? asked : 0);
    if (entries.isEmpty())
        entries = storage::HistoryRepository(*db).forItem(itemId(c, *db));
    if (format == QLatin1String("json")) {
        QJsonArray a;
        for (const storage::HistoryEntry& e : entries) {
            QJsonObject o{{QStringLiteral("id"), e.id},
                          {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                          {QStringLiteral("login"), e.login},
                          {QStringLiteral("kind"), storage::HistoryEntry::kindKey(e.kind)},
                          {QStringLiteral("hash"), e.hash}};
            if (e.from)
                o.insert(QStringLiteral("from"), StatusInfo::key(*e.from));
            if (e.to)
                o.insert(QStringLiteral("to"), StatusInfo::key(*e.to));
            if (!e.comment.isEmpty())
                o.insert(QStringLiteral("comment"), e.comment);
            QJsonArray changes;
            for (const storage::FieldChange& ch : e.changes)
                changes.append(QJsonObject{{QStringLiteral("field"), ch.field},
                                           {QStringLiteral("old"), ch.oldValue},
                                           {QStringLiteral("new"), ch.newValue}});
            if (!changes.isEmpty())
                o.insert(QStringLiteral("changes"), changes);
            a.append(o);
        }
        c.out << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (entries.isEmpty())
        c.out << Cli::tr("Nội dung này chưa có lịch sử.") << "\n";
    for (const storage::HistoryEntry& e : entries) {
        c.out << e.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) << "  "
              << printable(e.login).leftJustified(12) << " ";
        switch (e.kind) {
        case storage::HistoryEntry::Kind::Transition:
            c.out << (e.from ? StatusInfo::label(*e.from) : QString()) << " → "
                  << (e.to ? StatusInfo::label(*e.to) : QString());
            if (!e.comment.isEmpty())
                c.out << ": " << printable(e.comment);
            break;
        case storage::HistoryEntry::Kind::Comment:
            c.out << Cli::tr("ý kiến: ") << printable(e.comment);
            break;
        case storage::HistoryEntry::Kind::Edit: {
            QStringList parts;
            for (const storage::FieldChange& ch : e.changes)
                parts.append(QStringLiteral("%1: \"%2\" → \"%3\"")
                                 .arg(ch.field, printable(ch.oldValue), printable(ch.newValue)));
            c.out << Cli::tr("sửa ") << parts.join(QStringLiteral("; "));
            break;
        }
        case storage::HistoryEntry::Kind::Create:
        case storage::HistoryEntry::Kind::Delete: {
            const bool created = e.kind == storage::HistoryEntry::Kind::Create;
            QStringList parts;
            for (const storage::FieldChange& ch : e.changes)
                parts.append(
                    QStringLiteral("%1: \"%2\"").arg(ch.field, printable(created ? ch.newValue : ch.oldValue)));
            c.out << (created ? Cli::tr("thêm (%1) ").arg(e.to ? StatusInfo::label(*e.to) : QString())
                              : Cli::tr("xóa (%1) ").arg(e.from ? StatusInfo::label(*e.from) : QString()));
            if (!e.comment.isEmpty())
                c.out << printable(e.comment) << " — ";
            c.out << parts.join(QStringLiteral("; "));
            break;
        }
        }
        c.out << "\n";
    }
    return Ok;
}

} // namespace wp::cli

namespace wp::cli {

int cmdStep(Context& c)
{
    c.parser.addOption({QStringLiteral("year"), Cli::tr("năm của chương trình"), Cli::tr("NĂM")});
    c.parser.addOption(
        {QStringLiteral("to"), Cli::tr("bước mới: collecting, drafting, review, amended"), Cli::tr("BƯỚC")});
    c.parser.addOption({QStringLiteral("label"), Cli::tr("tên ngắn của ảnh chụp ghi ở bước này"), Cli::tr("TÊN")});
    addAsOption(c);
    if (!c.parse())
        return Ok;
    QString toText = c.parser.value(QStringLiteral("to")).trimmed().toLower();
    // The words of the contract, mapped onto the stored keys.
    if (toText == QLatin1String("signed"))
        toText = QStringLiteral("issued");
    else if (toText == QLatin1String("amended"))
        toText = QStringLiteral("amending");
    const std::optional<ProgramState> to = ProgramStateInfo::parse(toText);
    if (!to)
        throw Failure(Usage, Cli::tr("hãy ghi bước mới: --to collecting|drafting|review|amended"));
    auto db = c.openDb();
    Program program = c.program(*db);
    const User who = c.actor(*db);
    const QString before = ProgramStateInfo::label(program.state);
    const storage::Snapshot s =
        storage::WorkflowService(*db, who).step(program, *to, c.parser.value(QStringLiteral("label")));
    c.out
        << Cli::tr("Chương trình năm %1: %2 → %3").arg(program.year).arg(before, ProgramStateInfo::label(program.state))
        << "\n";
    printSnapshotLine(c, s);
    return Ok;
}

int cmdSignoff(Context& c)
{
    c.parser.addOption({QStringLiteral("year"), Cli::tr("năm của chương trình"), Cli::tr("NĂM")});
    c.parser.addOption({QStringLiteral("decision"), Cli::tr("số quyết định ban hành: \"123/QĐ-UBND\""), Cli::tr("SỐ")});
    c.parser.addOption({QStringLiteral("label"), Cli::tr("tên ngắn của ảnh chụp ghi khi ban hành"), Cli::tr("TÊN")});
    addAsOption(c);
    if (!c.parse())
        return Ok;
    auto db = c.openDb();
    Program program = c.program(*db);
    const User who = c.actor(*db);
    const storage::Snapshot s = storage::WorkflowService(*db, who).signoff(
        program, c.parser.value(QStringLiteral("decision")), c.parser.value(QStringLiteral("label")));
    c.out << Cli::tr("Đã ban hành chương trình năm %1 (quyết định %2)")
                 .arg(program.year)
                 .arg(c.parser.value(QStringLiteral("decision")))
          << "\n";
    printSnapshotLine(c, s);
    return Ok;
}

} // namespace wp::cli
