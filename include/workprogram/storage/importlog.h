#pragma once

#include "workprogram/core/statedcount.h"
#include "workprogram/storage/database.h"

#include <QDateTime>

#include <optional>

namespace wp::storage {

/// An import written into a program, and the numbers its file stated about itself.
struct ImportRecord
{
    qint64 id = 0;
    qint64 programId = 0;
    QDateTime at; ///< UTC
    QString file; ///< the file's name as imported
    int items = 0;
    QVector<StatedCount> stated; ///< in the file's order
};

/// The imports of each program (the imports and import_stated tables): what `counts --stated`
/// shows of the last one. Only records; the program's totals are still computed from its items.
class ImportLogRepository
{
public:
    explicit ImportLogRepository(Database& db) : m_db(db) {}

    /// Records an import of @p items items into program @p programId; call inside the
    /// transaction that wrote them.
    qint64 record(qint64 programId, const QString& file, int items, const QVector<StatedCount>& stated);
    /// The program's latest import, or nothing when none was recorded.
    std::optional<ImportRecord> last(qint64 programId);

private:
    Database& m_db;
};

} // namespace wp::storage
