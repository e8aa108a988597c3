#include "fuzzsupport.h"

#include "workprogram/io/table.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

namespace wp::fuzz {

void readTable(const uint8_t* data, size_t size, const char* suffix)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.") + QLatin1String(suffix));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    io::ReadOptions options;
    // Smaller limits than the defaults so that the fuzzer explores instead of inflating.
    options.limits.maxInflatedBytes = 8 * 1024 * 1024;
    options.limits.maxSharedStrings = 100000;
    io::ReadError error;
    std::unique_ptr<io::TableReader> reader = io::openTable(path, options, &error);
    if (!reader)
        return;
    io::Row row;
    int rows = 0;
    const auto readAll = [&] {
        while (reader->next(row) && ++rows < 100000) {
            for (const io::Cell& c : row.cells)
                (void)c.isEmpty();
            (void)reader->isColumnHidden(int(row.cells.size()) - 1);
        }
    };
    readAll();
    // The other tables too, as the import does when the first has no header.
    const int tables = int(reader->tables().size());
    for (int i = 1; i < tables && i < 16; ++i)
        if (reader->selectTable(i))
            readAll();
}

} // namespace wp::fuzz
