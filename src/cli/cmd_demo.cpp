// demo: the sample organisation and program of the article.
#include "context.h"

#include "workprogram/io/sampledata.h"
#include "workprogram/storage/auditlog.h"
#include "workprogram/storage/programrepository.h"
#include "workprogram/storage/userrepository.h"
#include "workprogram/storage/workflowservice.h"

#include <QJsonObject>

namespace wp::cli {

int cmdDemo(Context& c)
{
    c.parser.addOption({QStringLiteral("units-only"), Cli::tr("chỉ tạo danh mục 17 đơn vị, không tạo chương trình")});
    if (!c.parse())
        return Ok;
    auto db = c.openDb();
    // Sample data is for trying the program out: never beside real accounts, never over a program.
    if (storage::UserRepository(*db).count() > 0)
        throw storage::PermissionError(Cli::tr("cơ sở dữ liệu này đã có tài khoản: dữ liệu mẫu chỉ tạo được trong một "
                                               "cơ sở dữ liệu chưa có tài khoản (hãy dùng một tệp mới)"));
    if (!c.parser.isSet(QStringLiteral("units-only")) && storage::ProgramRepository(*db).byYear(io::SampleData::Year))
        throw Failure(BadInput,
                      Cli::tr("đã có chương trình năm %1; không ghi đè bằng dữ liệu mẫu (hãy dùng một tệp mới)")
                          .arg(io::SampleData::Year));
    storage::Transaction tx(*db);
    const int added = io::SampleData::addUnits(*db);
    c.out << Cli::tr("Danh mục đơn vị: đã thêm %1 đơn vị mẫu").arg(added) << "\n";
    storage::AuditEntry e;
    e.login = QLatin1String("");
    e.kind = storage::AuditLog::Demo;
    e.target = c.parser.isSet(QStringLiteral("units-only")) ? QString() : QString::number(io::SampleData::Year);
    e.details = QJsonObject{{QStringLiteral("units_added"), added}};
    if (c.parser.isSet(QStringLiteral("units-only"))) {
        storage::AuditLog(*db).append(e);
        tx.commit();
        return Ok;
    }
    if (!io::SampleData::addProgram(*db))
        throw Failure(
            BadInput,
            Cli::tr("chương trình năm %1 đã có nội dung; không ghi đè bằng dữ liệu mẫu").arg(io::SampleData::Year));
    storage::AuditLog(*db).append(e);
    tx.commit();
    c.out << Cli::tr("Đã tạo chương trình mẫu năm %1 (dữ liệu mẫu, 535 nội dung)").arg(io::SampleData::Year) << "\n";
    return Ok;
}

} // namespace wp::cli
