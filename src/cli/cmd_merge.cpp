// merge: the Office merges items that several units proposed for the same work.
#include "context.h"

#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/workflowservice.h"

namespace wp::cli {

int cmdMerge(Context& c)
{
    c.parser.addOption({QStringLiteral("lead"), Cli::tr("đơn vị chủ trì của nội dung sau khi gộp"), Cli::tr("ĐƠN_VỊ")});
    c.parser.addOption({QStringLiteral("content"),
                        Cli::tr("nội dung công việc sau khi gộp (mặc định: của nội dung đầu tiên)"),
                        Cli::tr("VĂN_BẢN")});
    c.parser.addOption({QStringLiteral("comment"), Cli::tr("ghi chú vào lịch sử"), Cli::tr("LÝ_DO")});
    c.parser.addOption({QStringLiteral("as"), Cli::tr("người thực hiện (mật khẩu từ WP_PASSWORD hoặc hỏi)"),
                        Cli::tr("TÊN_ĐĂNG_NHẬP")});
    if (!c.parse(QStringLiteral("ITEM ITEM [ITEM…]"), 2, 1000))
        return Ok;
    if (c.parser.value(QStringLiteral("lead")).trimmed().isEmpty())
        throw Failure(Usage, Cli::tr("hãy chọn đơn vị chủ trì: --lead ĐƠN_VỊ"));
    auto db = c.openDb();
    QVector<qint64> ids;
    for (const QString& written : c.parser.positionalArguments()) {
        bool ok = false;
        const qint64 id = written.toLongLong(&ok);
        if (!ok || id <= 0 || !storage::ItemRepository(*db).byId(id))
            throw Failure(
                BadInput,
                Cli::tr("không có nội dung mã %1 (xem mã ở cột id: workprogram-cli items --format json)").arg(written));
        ids.append(id);
    }
    const Unit lead = c.unit(*db, c.parser.value(QStringLiteral("lead")));
    const User who = c.actor(*db);
    const Item merged = storage::WorkflowService(*db, who).merge(
        ids, lead.id, c.parser.value(QStringLiteral("content")), c.parser.value(QStringLiteral("comment")));
    c.out << Cli::tr("Đã gộp %1 nội dung thành nội dung số %2 (mã %3), chủ trì: %4")
                 .arg(ids.size())
                 .arg(merged.number)
                 .arg(merged.id)
                 .arg(lead.displayName())
          << "\n";
    return Ok;
}

} // namespace wp::cli
