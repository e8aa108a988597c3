// demo: the sample organisation and program of the article.
#include "context.h"

#include "workprogram/io/sampledata.h"

namespace wp::cli {

int cmdDemo(Context& c)
{
    c.parser.addOption({QStringLiteral("units-only"), Cli::tr("chỉ tạo danh mục 17 đơn vị, không tạo chương trình")});
    if (!c.parse())
        return Ok;
    auto db = c.openDb();
    const int added = io::SampleData::addUnits(*db);
    c.out << Cli::tr("Danh mục đơn vị: đã thêm %1 đơn vị mẫu").arg(added) << "\n";
    if (c.parser.isSet(QStringLiteral("units-only")))
        return Ok;
    if (!io::SampleData::addProgram(*db))
        throw Failure(
            BadInput,
            Cli::tr("chương trình năm %1 đã có nội dung; không ghi đè bằng dữ liệu mẫu").arg(io::SampleData::Year));
    c.out << Cli::tr("Đã tạo chương trình mẫu năm %1 (dữ liệu mẫu, 535 nội dung)").arg(io::SampleData::Year) << "\n";
    return Ok;
}

} // namespace wp::cli
