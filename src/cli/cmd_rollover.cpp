// rollover: next year's program starts with the unfinished items of this year's.
#include "context.h"

#include "workprogram/storage/unitrepository.h"
#include "workprogram/storage/workflowservice.h"

namespace wp::cli {
namespace {

int yearOption(Context& c, const QString& name)
{
    const QString text = c.parser.value(name).trimmed();
    if (text.isEmpty())
        throw Failure(Usage, Cli::tr("hãy ghi năm: --from NĂM --to NĂM"));
    bool ok = false;
    const int year = text.toInt(&ok);
    if (!ok || year < 1900 || year > 2200)
        throw Failure(Usage, Cli::tr("năm không hợp lệ: %1").arg(text));
    return year;
}

} // namespace

int cmdRollover(Context& c)
{
    c.parser.addOption({QStringLiteral("from"), Cli::tr("năm của chương trình cũ"), Cli::tr("NĂM")});
    c.parser.addOption({QStringLiteral("to"), Cli::tr("năm của chương trình mới"), Cli::tr("NĂM")});
    c.parser.addOption({QStringLiteral("as"), Cli::tr("người thực hiện (mật khẩu từ WP_PASSWORD hoặc hỏi)"),
                        Cli::tr("TÊN_ĐĂNG_NHẬP")});
    if (!c.parse())
        return Ok;
    const int from = yearOption(c, QStringLiteral("from"));
    const int to = yearOption(c, QStringLiteral("to"));
    auto db = c.openDb();
    const User who = c.actor(*db);
    const QVector<Item> carried = storage::WorkflowService(*db, who).rollover(from, to);
    QHash<qint64, QString> codes;
    for (const Unit& u : storage::UnitRepository(*db).all())
        codes.insert(u.id, u.code);
    if (carried.isEmpty()) {
        c.out << Cli::tr("Chương trình năm %1 không có nội dung nào chưa hoàn thành; đã mở chương trình năm %2")
                     .arg(from)
                     .arg(to)
              << "\n";
        return Ok;
    }
    c.out << Cli::tr("Đã chuyển %1 nội dung chưa hoàn thành của năm %2 sang chương trình năm %3 (số %4 đến %5)")
                 .arg(carried.size())
                 .arg(from)
                 .arg(to)
                 .arg(carried.first().number)
                 .arg(carried.last().number)
          << "\n";
    QVector<const Item*> review;
    for (const Item& it : carried)
        if (it.deadlineNeedsReview)
            review.append(&it);
    if (!review.isEmpty()) {
        c.out << Cli::tr("%1 nội dung có thời hạn là ngày cụ thể của năm %2, cần xem lại:").arg(review.size()).arg(from)
              << "\n";
        for (const Item* it : review)
            c.out << QStringLiteral("  %1 %2 [%3] %4: %5")
                         .arg(Cli::tr("số"))
                         .arg(it->number)
                         .arg(codes.value(it->leadUnitId), it->deadline.text(), it->content)
                  << "\n";
    }
    return Ok;
}

} // namespace wp::cli
