// edit: changing items' fields through the workflow (field locks, roles, history), one item,
// a list of items or every item a filter of `items` selects, all in one transaction.
#include "context.h"

#include "workprogram/core/deadline.h"
#include "workprogram/core/search.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QHash>

namespace wp::cli {
namespace {

/// One --set FIELD=VALUE, checked before the database is opened.
struct Assignment
{
    QString field; ///< content, lead, co-units, deadline, leader, group, form, level, note
    QString value;
};

const QStringList& fieldNames()
{
    static const QStringList names = {QStringLiteral("content"),  QStringLiteral("lead"),   QStringLiteral("co-units"),
                                      QStringLiteral("deadline"), QStringLiteral("leader"), QStringLiteral("group"),
                                      QStringLiteral("form"),     QStringLiteral("level"),  QStringLiteral("note")};
    return names;
}

Assignment parseAssignment(const QString& text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        throw Failure(Usage, Cli::tr("--set cần dạng TRƯỜNG=GIÁ_TRỊ: \"%1\"").arg(text));
    QString field = text.left(eq).trimmed().toLower();
    // The history's keys are accepted too.
    if (field == QLatin1String("lead_unit") || field == QLatin1String("lead-unit"))
        field = QStringLiteral("lead");
    else if (field == QLatin1String("co_units"))
        field = QStringLiteral("co-units");
    if (!fieldNames().contains(field))
        throw Failure(Usage, Cli::tr("không có trường \"%1\" (sửa được: %2)")
                                 .arg(text.left(eq).trimmed(), fieldNames().join(QStringLiteral(", "))));
    return {field, text.mid(eq + 1).trimmed()};
}

} // namespace

int cmdEdit(Context& c)
{
    c.parser.addOption({QStringLiteral("year"),
                        Cli::tr("năm của chương trình (khi chọn nội dung bằng bộ lọc hoặc --all)"), Cli::tr("NĂM")});
    c.parser.addOption({QStringLiteral("all"), Cli::tr("sửa mọi nội dung của chương trình")});
    addItemFilterOptions(c);
    c.parser.addOption(
        {QStringLiteral("set"),
         Cli::tr("TRƯỜNG=GIÁ_TRỊ (có thể lặp lại); trường: content, lead, co-units (cách nhau bằng ;), deadline, "
                 "leader, group, form, level, note"),
         Cli::tr("TRƯỜNG=GIÁ_TRỊ")});
    c.parser.addOption({QStringLiteral("comment"), Cli::tr("ý kiến ghi kèm vào lịch sử của mỗi nội dung được sửa"),
                        Cli::tr("VĂN_BẢN")});
    c.parser.addOption({QStringLiteral("as"), Cli::tr("người thực hiện (mật khẩu từ WP_PASSWORD hoặc hỏi)"),
                        Cli::tr("TÊN_ĐĂNG_NHẬP")});
    if (!c.parse(QStringLiteral("[ITEM…]"), 0, 1000000))
        return Ok;

    const QStringList ids = c.parser.positionalArguments();
    const bool all = c.parser.isSet(QStringLiteral("all"));
    const bool filtered = hasItemFilter(c);
    if (ids.isEmpty() && !all && !filtered)
        throw Failure(Usage, Cli::tr("hãy chọn nội dung: mã nội dung (ITEM), --all hoặc bộ lọc như của lệnh items "
                                     "(--unit, --status, --search, …)"));
    if (!ids.isEmpty() && (all || filtered))
        throw Failure(Usage, Cli::tr("chọn nội dung bằng mã hoặc bằng --all/bộ lọc, không cả hai"));
    if (all && filtered)
        throw Failure(Usage, Cli::tr("--all không đi cùng bộ lọc"));
    // A search without a word selects nothing by itself: editing what it leaves could be every item.
    if (c.parser.isSet(QStringLiteral("search")) && search::Query(c.parser.value(QStringLiteral("search"))).isEmpty())
        throw Failure(Usage, Cli::tr("--search \"%1\" không có từ nào để tìm; để sửa mọi nội dung hãy dùng --all")
                                 .arg(c.parser.value(QStringLiteral("search"))));
    if (c.parser.value(QStringLiteral("as")).isEmpty())
        throw Failure(Usage, Cli::tr("hãy ghi người thực hiện: --as TÊN_ĐĂNG_NHẬP"));
    QVector<Assignment> sets;
    for (const QString& s : c.parser.values(QStringLiteral("set")))
        sets.append(parseAssignment(s));
    if (sets.isEmpty())
        throw Failure(Usage, Cli::tr("hãy ghi trường cần sửa: --set TRƯỜNG=GIÁ_TRỊ"));

    auto db = c.openDb();
    storage::ItemRepository repo(*db);
    QVector<Item> items;
    if (ids.isEmpty()) {
        const Program program = c.program(*db);
        items = repo.list(program.id, itemFilter(c, *db));
    } else {
        QSet<qint64> seen;
        for (const QString& text : ids) {
            bool ok = false;
            const qint64 id = text.toLongLong(&ok);
            std::optional<Item> it = ok && id > 0 ? repo.byId(id) : std::nullopt;
            if (!it)
                throw Failure(BadInput,
                              Cli::tr("không có nội dung mã %1 (xem mã ở cột id: workprogram-cli items --format json)")
                                  .arg(text));
            if (!seen.contains(id))
                items.append(*it);
            seen.insert(id);
        }
    }
    const User who = c.actor(*db);

    // Units are looked up once; the deadline is read in each item's program year.
    QHash<qint64, int> years;
    for (const Program& p : storage::ProgramRepository(*db).all())
        years.insert(p.id, p.year);
    std::optional<qint64> lead;
    std::optional<QVector<qint64>> coUnits;
    for (const Assignment& a : sets) {
        if (a.field == QLatin1String("lead")) {
            lead = c.unit(*db, a.value).id;
        } else if (a.field == QLatin1String("co-units")) {
            QVector<qint64> list;
            for (const QString& part : a.value.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                if (!part.trimmed().isEmpty() && !list.contains(c.unit(*db, part.trimmed()).id))
                    list.append(c.unit(*db, part.trimmed()).id);
            coUnits = list;
        }
    }
    for (Item& it : items) {
        for (const Assignment& a : sets) {
            if (a.field == QLatin1String("content")) {
                if (a.value.isEmpty())
                    throw Failure(BadInput, Cli::tr("nội dung công việc không được để trống (content=)"));
                it.content = a.value;
            } else if (a.field == QLatin1String("lead")) {
                it.leadUnitId = *lead;
            } else if (a.field == QLatin1String("co-units")) {
                it.coUnitIds = *coUnits;
            } else if (a.field == QLatin1String("deadline")) {
                QString error;
                const std::optional<Deadline> d = Deadline::parse(a.value, years.value(it.programId), &error);
                if (!d)
                    throw Failure(BadInput,
                                  !error.isEmpty() ? error : Cli::tr("không đọc được thời hạn \"%1\"").arg(a.value));
                it.deadline = *d;
            } else if (a.field == QLatin1String("leader")) {
                it.leader = a.value;
            } else if (a.field == QLatin1String("group")) {
                it.group = a.value;
            } else if (a.field == QLatin1String("form")) {
                it.form = a.value;
            } else if (a.field == QLatin1String("level")) {
                it.level = a.value;
            } else if (a.field == QLatin1String("note")) {
                it.note = a.value;
            }
        }
    }
    const int changed = storage::WorkflowService(*db, who).editMany(items, c.parser.value(QStringLiteral("comment")));
    c.out << Cli::tr("Đã sửa %1 nội dung").arg(changed) << "\n";
    return Ok;
}

} // namespace wp::cli
