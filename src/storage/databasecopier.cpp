#include "workprogram/storage/databasecopier.h"

#include "backend.h"
#include "sql.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlRecord>

#include <map>
#include <memory>
#include <optional>

namespace wp::storage {

namespace {

/// A table and the order its rows are read in (ids ascending: the chains are written in id order,
/// and a server's identity continues after the highest). Empty: the insertion order.
struct Table
{
    const char* name;
    const char* order;
};

// Parents before children: every foreign key holds after each table (items' own links to other
// items are written in a second pass, below).
constexpr Table Tables[] = {
    {"units", "id"},
    {"unit_aliases", ""},
    {"programs", "id"},
    {"program_settings", "program_id"},
    {"items", "id"},
    {"item_co_units", "item_id, position"},
    {"users", "id"},
    {"user_units", "user_id, unit_id"},
    {"item_history", "id"},
    {"snapshots", "id"},
    {"program_history", "id"},
    {"imports", "id"},
    {"import_stated", "import_id, position"},
    {"audit_log", "id"},
    {"login_failures", "login"},
};

/// Rows sent in one INSERT: a round trip per row would make a 535-item program take seconds on a
/// server; 100 rows of items' 22 columns stay far below both backends' limits on parameters.
constexpr int BatchRows = 100;

/// Meta values the target keeps as its own (it was created at the same version).
bool ownMetaKey(const QString& key)
{
    return key == QLatin1String("schema_version") || key == QLatin1String("min_reader_version") ||
           key == QLatin1String("application");
}

/// A value read from one backend as the other must get it: timestamptz back to the stored text
/// the chains hash, an empty text kept empty (a null QString would be bound as NULL), NULL typed.
QVariant portable(const QSqlQuery& q, int column)
{
    if (q.isNull(column))
        return QVariant(QMetaType(QMetaType::QString));
    const QVariant v = q.value(column);
    if (v.typeId() == QMetaType::QDateTime)
        return storedText(v);
    if (v.typeId() == QMetaType::QString && v.toString().isEmpty())
        return QStringLiteral("");
    return v;
}

qint64 rowCount(QSqlDatabase& db, const QString& table)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool hasRows(QSqlDatabase& db, const QString& table)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table));
    exec(q);
    return q.next();
}

/// Whether the server database at @p spec has no table at all (so the copy creates its schema).
bool serverIsBlank(const QString& spec)
{
    static int probes = 0;
    const QString name = QStringLiteral("wp-copy-probe-%1").arg(++probes);
    bool blank = false;
    {
        QSqlDatabase db = connectServer(parseServerSpec(spec), name);
        QSqlQuery q = prepare(db, QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                                                 "current_schema() AND table_type = 'BASE TABLE'"));
        exec(q);
        blank = q.next() && q.value(0).toLongLong() == 0;
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return blank;
}

class Copy
{
public:
    Copy(Database& from, Database& to, const DatabaseCopier::Progress& progress)
        : m_from(from), m_to(to), m_src(from.connection()), m_dst(to.connection()), m_progress(progress)
    {}

    DatabaseCopier::Counts run()
    {
        Transaction read(m_from, Transaction::Mode::Read);
        Transaction write(m_to); // the writers' lock on a server: nobody writes into it meanwhile
        refuseUnlessEmpty();
        DatabaseCopier::Counts counts;
        for (const Table& t : Tables)
            counts.append({QLatin1String(t.name), copyTable(t)});
        linkItems();
        copyMeta();
        if (isPostgres(m_dst))
            continueIdentities();
        // Belt and braces: what was written is what was read, table by table.
        for (const auto& [table, rows] : counts)
            if (rowCount(m_dst, table) != rows)
                throw StorageError(DatabaseCopier::tr("bản chép của bảng %1 có %2 dòng thay vì %3")
                                       .arg(table)
                                       .arg(rowCount(m_dst, table))
                                       .arg(rows));
        write.commit();
        read.commit();
        return counts;
    }

private:
    void refuseUnlessEmpty()
    {
        if (m_from.schemaVersion() != m_to.schemaVersion())
            throw StorageError(DatabaseCopier::tr("%1 có lược đồ %2, %3 có lược đồ %4: chỉ chép được giữa hai cơ sở "
                                                  "dữ liệu cùng phiên bản lược đồ")
                                   .arg(m_from.location())
                                   .arg(m_from.schemaVersion())
                                   .arg(m_to.location())
                                   .arg(m_to.schemaVersion()),
                               StorageError::Kind::NotOurs);
        for (const Table& t : Tables)
            if (hasRows(m_dst, QLatin1String(t.name)))
                throw StorageError(DatabaseCopier::tr("%1 đã có dữ liệu (bảng %2): chỉ chép vào một cơ sở dữ liệu "
                                                      "trống; không có gì bị thay đổi")
                                       .arg(m_to.location(), QLatin1String(t.name)),
                                   StorageError::Kind::NotOurs);
    }

    qint64 copyTable(const Table& t)
    {
        const QString table = QLatin1String(t.name);
        const QString order = *t.order ? QLatin1String(t.order) : insertionOrder(m_src);
        QSqlQuery in = prepare(m_src, QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order));
        exec(in);
        const QSqlRecord record = in.record();
        QList<int> columns;
        QStringList names;
        for (int i = 0; i < record.count(); ++i) {
            // unit_aliases' "seq" is the server's own insertion order: it numbers the rows again.
            if (record.fieldName(i) == QLatin1String("seq"))
                continue;
            columns.append(i);
            names.append(record.fieldName(i));
        }
        const bool items = table == QLatin1String("items");
        const int merged = int(names.indexOf(QStringLiteral("merged_into")));
        const int carried = int(names.indexOf(QStringLiteral("carried_from")));
        const int id = int(names.indexOf(QStringLiteral("id")));

        QVariantList batch;
        int batchRows = 0;
        qint64 written = 0;
        const auto flush = [&] {
            if (batchRows == 0)
                return;
            QSqlQuery& q = insert(table, names, batchRows);
            for (int i = 0; i < batch.size(); ++i)
                q.bindValue(i, batch.at(i));
            if (!q.exec())
                raise(q.lastError(), q.lastQuery());
            for (int r = 0; r < batchRows; ++r)
                if (m_progress)
                    m_progress(table, ++written);
            if (!m_progress)
                written += batchRows;
            batch.clear();
            batchRows = 0;
        };
        while (in.next()) {
            for (int c = 0; c < columns.size(); ++c) {
                QVariant v = portable(in, columns.at(c));
                // An item may point at a later one (merged into it): the links follow all items.
                if (items && (c == merged || c == carried) && !in.isNull(columns.at(c))) {
                    (c == merged ? m_mergedInto : m_carriedFrom).append({in.value(columns.at(id)), v});
                    v = QVariant(QMetaType(QMetaType::LongLong));
                }
                batch.append(v);
            }
            if (++batchRows == BatchRows)
                flush();
        }
        flush();
        return written;
    }

    /// An INSERT of @p rows rows into @p table, prepared once per shape.
    QSqlQuery& insert(const QString& table, const QStringList& names, int rows)
    {
        const QString key = table + QLatin1Char('/') + QString::number(rows);
        auto it = m_inserts.find(key);
        if (it == m_inserts.end()) {
            const QString one =
                QLatin1Char('(') + QStringList(names.size(), QStringLiteral("?")).join(u',') + QLatin1Char(')');
            const QString sql =
                QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                    .arg(table, names.join(QStringLiteral(", ")), QStringList(rows, one).join(QStringLiteral(", ")));
            it = m_inserts.emplace(key, prepare(m_dst, sql)).first;
        }
        return it->second;
    }

    void linkItems()
    {
        for (const auto& [column, links] : {std::pair{QStringLiteral("merged_into"), &m_mergedInto},
                                            std::pair{QStringLiteral("carried_from"), &m_carriedFrom}}) {
            if (links->isEmpty())
                continue;
            QSqlQuery q = prepare(m_dst, QStringLiteral("UPDATE items SET %1 = ? WHERE id = ?").arg(column));
            for (const auto& [item, target] : *links)
                exec(q, {target, item});
        }
    }

    void copyMeta()
    {
        QSqlQuery q = prepare(m_src, QStringLiteral("SELECT key, value FROM meta ORDER BY key"));
        exec(q);
        QList<QPair<QString, QString>> values;
        while (q.next())
            if (!ownMetaKey(q.value(0).toString()))
                values.append({q.value(0).toString(), q.value(1).toString()});
        for (const auto& [key, value] : values)
            setMetaValue(m_dst, key, value);
    }

    /// Rows were written with their ids: the identities go on after the highest, as they would
    /// have if the rows had been inserted here.
    void continueIdentities()
    {
        for (const Table& t : Tables)
            if (qstrcmp(t.order, "id") == 0)
                runDirect(m_dst, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), "
                                                "0) + 1, false) FROM %1")
                                     .arg(QLatin1String(t.name)));
    }

    Database& m_from;
    Database& m_to;
    QSqlDatabase& m_src;
    QSqlDatabase& m_dst;
    const DatabaseCopier::Progress& m_progress;
    std::map<QString, QSqlQuery> m_inserts;
    QList<QPair<QVariant, QVariant>> m_mergedInto; ///< (item, the item it was merged into)
    QList<QPair<QVariant, QVariant>> m_carriedFrom;
};

/// Takes away the schema a failed copy created in a target that had none, so that it is as blank
/// as before: a file is removed, a server database's tables dropped (one transaction).
void removeCreatedSchema(const QString& to)
{
    if (!isServerSpec(to)) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(to + QLatin1String(suffix));
        return;
    }
    std::unique_ptr<Database> db = Database::open(to);
    QSqlDatabase& c = db->connection();
    Transaction tx(*db);
    QStringList all{QStringLiteral("meta")};
    for (const Table& t : Tables)
        all.append(QLatin1String(t.name));
    runDirect(c, QStringLiteral("DROP TABLE IF EXISTS %1 CASCADE").arg(all.join(QStringLiteral(", "))));
    runDirect(c, QStringLiteral("DROP FUNCTION IF EXISTS snapshots_immutable()"));
    tx.commit();
}

} // namespace

const QStringList& DatabaseCopier::tables()
{
    static const QStringList all = [] {
        QStringList names;
        for (const Table& t : Tables)
            names.append(QLatin1String(t.name));
        return names;
    }();
    return all;
}

DatabaseCopier::Counts DatabaseCopier::copy(const QString& from, const QString& to, const Progress& progress)
{
    const bool fromServer = isServerSpec(from), toServer = isServerSpec(to);
    if (!fromServer && !QFileInfo(from).isFile())
        throw StorageError(tr("không có cơ sở dữ liệu %1").arg(from), StorageError::Kind::CantOpen);
    if (fromServer == toServer && (fromServer ? parseServerSpec(from).display() == parseServerSpec(to).display()
                                              : QFileInfo(to).exists() && QFileInfo(from).canonicalFilePath() ==
                                                                              QFileInfo(to).canonicalFilePath()))
        throw StorageError(tr("nguồn và đích là cùng một cơ sở dữ liệu (%1)").arg(from), StorageError::Kind::NotOurs);

    std::unique_ptr<Database> source = Database::open(from);
    // Whether the target is blank before the copy: then a failed copy takes its schema away again.
    const bool created = toServer ? serverIsBlank(to) : !QFileInfo::exists(to);
    std::optional<Counts> counts;
    try {
        std::unique_ptr<Database> target = Database::open(to);
        counts = Copy(*source, *target, progress).run();
    } catch (...) {
        if (created) {
            try {
                removeCreatedSchema(to);
            } catch (const StorageError&) {
                // The copy's own error says more; the target holds no rows either way.
            }
        }
        throw;
    }
    // The heads kept beside a file: the chains are the same, so they hold for the copy too.
    const QString heads = QStringLiteral(".heads");
    if (!fromServer && !toServer && QFileInfo::exists(from + heads) && !QFileInfo::exists(to + heads))
        QFile::copy(from + heads, to + heads);
    return *counts;
}

} // namespace wp::storage
