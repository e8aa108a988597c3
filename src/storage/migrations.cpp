#include "migrations.h"

#include "sql.h"

#include "workprogram/storage/iteminserter.h"
#include "workprogram/storage/programhistory.h"
#include "workprogram/storage/stateverifier.h"

#include <QSqlQuery>
#include <QStringList>

#include <vector>

namespace wp::storage {
namespace {

// Each step lists the statements that take the schema from version N-1 to N. Never edit a
// released step: add a new one. tests/data/schema/ keeps a database of every released
// version to test the upgrade from it.
const std::vector<QStringList>& steps()
{
    static const std::vector<QStringList> all = {
        // 1: units, programs, items
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE units ("
                           " id INTEGER PRIMARY KEY,"
                           " code TEXT NOT NULL UNIQUE,"
                           " name TEXT NOT NULL,"
                           " short_name TEXT,"
                           " display_order INTEGER NOT NULL DEFAULT 0,"
                           " active INTEGER NOT NULL DEFAULT 1,"
                           " from_year INTEGER,"
                           " to_year INTEGER)"),
            QStringLiteral("CREATE TABLE unit_aliases ("
                           " unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,"
                           " alias TEXT NOT NULL,"
                           " PRIMARY KEY (unit_id, alias))"),
            QStringLiteral("CREATE TABLE programs ("
                           " id INTEGER PRIMARY KEY,"
                           " year INTEGER NOT NULL UNIQUE,"
                           " title TEXT NOT NULL,"
                           " issuing_body TEXT,"
                           " parent_body TEXT,"
                           " state TEXT NOT NULL DEFAULT 'collecting',"
                           " sample INTEGER NOT NULL DEFAULT 0,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE items ("
                           " id INTEGER PRIMARY KEY,"
                           " program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,"
                           " number INTEGER NOT NULL,"
                           " content TEXT NOT NULL CHECK (content <> ''),"
                           " lead_unit_id INTEGER NOT NULL REFERENCES units(id),"
                           " deadline_text TEXT,"
                           " deadline_kind TEXT NOT NULL DEFAULT 'none',"
                           " due_date TEXT,"
                           " leader TEXT,"
                           " task_group TEXT,"
                           " form TEXT,"
                           " level TEXT,"
                           " status TEXT NOT NULL,"
                           " note TEXT,"
                           " search_text TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " row_version INTEGER NOT NULL DEFAULT 1,"
                           " UNIQUE (program_id, number))"),
            QStringLiteral("CREATE INDEX items_program_unit ON items(program_id, lead_unit_id)"),
            QStringLiteral("CREATE INDEX items_program_status ON items(program_id, status)"),
            QStringLiteral("CREATE INDEX items_program_due ON items(program_id, due_date)"),
            QStringLiteral("CREATE TABLE item_co_units ("
                           " item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,"
                           " unit_id INTEGER NOT NULL REFERENCES units(id),"
                           " position INTEGER NOT NULL,"
                           " PRIMARY KEY (item_id, unit_id))"),
            QStringLiteral("CREATE INDEX item_co_units_unit ON item_co_units(unit_id)"),
        },
        // 2: per-program settings for printouts (names, place, signer, recipients) as JSON
        {
            QStringLiteral("CREATE TABLE program_settings ("
                           " program_id INTEGER PRIMARY KEY REFERENCES programs(id) ON DELETE CASCADE,"
                           " report_json TEXT NOT NULL)"),
        },
        // 3: users, leaders' units, and the tamper-evident history of items (a SHA-256 chain;
        // item_id has no foreign key so that the history outlives a deleted item)
        {
            QStringLiteral("CREATE TABLE users ("
                           " id INTEGER PRIMARY KEY,"
                           " login TEXT NOT NULL UNIQUE,"
                           " full_name TEXT NOT NULL,"
                           " title TEXT,"
                           " role TEXT NOT NULL CHECK (role IN ('unit', 'office', 'leader', 'admin')),"
                           " unit_id INTEGER REFERENCES units(id),"
                           " password_hash TEXT NOT NULL,"
                           " active INTEGER NOT NULL DEFAULT 1,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE user_units ("
                           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                           " unit_id INTEGER NOT NULL REFERENCES units(id),"
                           " PRIMARY KEY (user_id, unit_id))"),
            QStringLiteral("CREATE TABLE item_history ("
                           " id INTEGER PRIMARY KEY,"
                           " item_id INTEGER NOT NULL,"
                           " at TEXT NOT NULL,"
                           " login TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " from_status TEXT,"
                           " to_status TEXT,"
                           " comment TEXT,"
                           " changes TEXT,"
                           " prev_hash TEXT NOT NULL,"
                           " hash TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX item_history_item ON item_history(item_id, id)"),
            QStringLiteral("CREATE TABLE program_history ("
                           " id INTEGER PRIMARY KEY,"
                           " program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,"
                           " at TEXT NOT NULL,"
                           " login TEXT NOT NULL,"
                           " from_state TEXT NOT NULL,"
                           " to_state TEXT NOT NULL,"
                           " decision TEXT)"),
        },
        // 4: snapshots (the canonical JSON of every item of a program at each of its steps, with
        // its SHA-256; never updated or deleted: the triggers refuse it), the snapshot and its
        // hash beside each program step, merged items pointing at the item they became, and
        // items carried into the next year pointing at their original (with a flag on a
        // deadline that a person must review); the per-unit counts read from a covering index
        // (unit, status) instead of the table's rows (0.25 s -> 0.09 s of CPU on 100 000 items)
        {
            QStringLiteral("CREATE INDEX items_program_unit_status ON items(program_id, lead_unit_id, status)"),
            QStringLiteral("DROP INDEX items_program_unit"),
            QStringLiteral("CREATE TABLE snapshots ("
                           " id INTEGER PRIMARY KEY,"
                           " program_id INTEGER NOT NULL REFERENCES programs(id),"
                           " at TEXT NOT NULL,"
                           " login TEXT NOT NULL,"
                           " from_state TEXT NOT NULL,"
                           " to_state TEXT NOT NULL,"
                           " label TEXT NOT NULL,"
                           " content TEXT NOT NULL,"
                           " hash TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX snapshots_program ON snapshots(program_id, id)"),
            QStringLiteral("CREATE TRIGGER snapshots_no_update BEFORE UPDATE ON snapshots"
                           " BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END"),
            QStringLiteral("CREATE TRIGGER snapshots_no_delete BEFORE DELETE ON snapshots"
                           " BEGIN SELECT RAISE(ABORT, 'snapshots are immutable'); END"),
            QStringLiteral("ALTER TABLE program_history ADD COLUMN snapshot_id INTEGER REFERENCES snapshots(id)"),
            QStringLiteral("ALTER TABLE program_history ADD COLUMN snapshot_hash TEXT"),
            QStringLiteral("ALTER TABLE items ADD COLUMN merged_into INTEGER REFERENCES items(id) ON DELETE SET NULL"),
            QStringLiteral("ALTER TABLE items ADD COLUMN carried_from INTEGER REFERENCES items(id) ON DELETE SET NULL"),
            QStringLiteral("ALTER TABLE items ADD COLUMN deadline_review INTEGER NOT NULL DEFAULT 0"),
        },
        // 5: the program steps (and sign-offs) hash-chained like item_history; the rows already
        // there get their hashes in id order in this step's transaction (afterStep())
        {
            QStringLiteral("ALTER TABLE program_history ADD COLUMN prev_hash TEXT"),
            QStringLiteral("ALTER TABLE program_history ADD COLUMN hash TEXT"),
        },
        // 6: two indexes fewer on items. (program, status) and (program, due date) cost a quarter
        // of every insert (a 100 000-row import: 26 % of the writing thread's instructions) and
        // bought little: a status has a handful of values, and the filters that used them read
        // one program's rows, which (program, unit, status) and (program, number) already narrow
        // to (`items --due-before` on 100 000 items: 0.11 s with, 0.15 s without).
        {
            QStringLiteral("DROP INDEX IF EXISTS items_program_status"),
            QStringLiteral("DROP INDEX IF EXISTS items_program_due"),
        },
        // 7 (issue 16): the search text is words: punctuation folded to single spaces, each field
        // closed, the leader and the task group added, recomputed for every item in this step's
        // transaction (afterStep()); co-operation written as a phrase ("Các phòng, ban liên quan")
        // kept as text beside the co-units; each import of a program and the numbers its file
        // stated about itself (section counts, "Tổng cộng"), for `counts --stated`
        // ... and (issue 12) the audit log, the third hash chain (accounts, units, imports, restores, sample data);
        // one-time passwords and the last reset of each account; refused sign-ins counted per
        // login (to slow guessing down); the program's id in the file's header. afterStep() writes
        // a `create` row in the items' history for every item as it is now, and a user-baseline
        // row in the audit log for every account, so that verify can replay every item and
        // account from its history from now on.
        {
            QStringLiteral("ALTER TABLE items ADD COLUMN co_units_text TEXT"),
            QStringLiteral("CREATE TABLE imports ("
                           " id INTEGER PRIMARY KEY,"
                           " program_id INTEGER NOT NULL REFERENCES programs(id) ON DELETE CASCADE,"
                           " at TEXT NOT NULL,"
                           " file TEXT NOT NULL,"
                           " items INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX imports_program ON imports(program_id, id)"),
            QStringLiteral("CREATE TABLE import_stated ("
                           " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " row INTEGER NOT NULL,"
                           " label TEXT NOT NULL,"
                           " unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,"
                           " stated INTEGER NOT NULL,"
                           " counted INTEGER NOT NULL,"
                           " total INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (import_id, position))"),
            QStringLiteral("CREATE TABLE audit_log ("
                           " id INTEGER PRIMARY KEY,"
                           " at TEXT NOT NULL,"
                           " login TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " target TEXT NOT NULL DEFAULT '',"
                           " details TEXT,"
                           " prev_hash TEXT NOT NULL,"
                           " hash TEXT NOT NULL)"),
            QStringLiteral("ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE users ADD COLUMN password_reset_at TEXT"),
            QStringLiteral("ALTER TABLE users ADD COLUMN password_reset_by TEXT"),
            QStringLiteral("CREATE TABLE login_failures ("
                           " login TEXT PRIMARY KEY,"
                           " failures INTEGER NOT NULL,"
                           " last_failure_at TEXT NOT NULL,"
                           " blocked_until TEXT)"),
            QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
        },
    };
    return all;
}

/// Writes every item's search text anew (search::itemText), leaving its version and times: the
/// search text is derived, not an edit.
void recomputeSearchText(QSqlDatabase& db)
{
    // Read first, then write: no update of the table while a statement still walks it.
    QVector<QPair<qint64, QString>> texts;
    {
        QSqlQuery read = prepare(db, QStringLiteral("SELECT id, content, note, leader, task_group FROM items"));
        exec(read);
        Item it;
        while (read.next()) {
            it.content = read.value(1).toString();
            it.note = read.value(2).toString();
            it.leader = read.value(3).toString();
            it.group = read.value(4).toString();
            texts.append({read.value(0).toLongLong(), ItemInserter::searchTextOf(it)});
        }
    }
    QSqlQuery write = prepare(db, QStringLiteral("UPDATE items SET search_text = ? WHERE id = ?"));
    for (const auto& [id, text] : texts)
        exec(write, {text, id});
}

/// What a step computes in C++ after its statements, in the same transaction.
void afterStep(Database& database, int version)
{
    QSqlDatabase& db = database.connection();
    if (version == 5)
        ProgramHistoryRepository::chainExisting(db);
    if (version == 7) {
        recomputeSearchText(db);
        StateVerifier::writeBaseline(database);
    }
}

int metaInt(QSqlDatabase& db, const QString& key)
{
    return metaValue(db, key).toInt();
}

bool hasMetaTable(QSqlDatabase& db)
{
    return db.tables().contains(QStringLiteral("meta"));
}

} // namespace

int storedSchemaVersion(QSqlDatabase& db)
{
    return hasMetaTable(db) ? metaInt(db, QStringLiteral("schema_version")) : 0;
}

void migrate(Database& database)
{
    QSqlDatabase& db = database.connection();
    const int current = storedSchemaVersion(db);
    if (current > Database::SchemaVersion) {
        const int minReader = metaInt(db, QStringLiteral("min_reader_version"));
        if (minReader > Database::SchemaVersion)
            throw StorageError(QCoreApplication::translate("wp::storage",
                                                           "cơ sở dữ liệu được tạo bởi phiên bản mới hơn của chương "
                                                           "trình (lược đồ %1); hãy cập nhật chương trình")
                                   .arg(current));
        return; // a newer but still readable schema: use it as it is
    }
    if (current == 0 && !db.tables().isEmpty())
        throw StorageError(QCoreApplication::translate(
            "wp::storage", "tệp này là một cơ sở dữ liệu SQLite khác, không phải của chương trình công tác"));
    for (int version = current + 1; version <= Database::SchemaVersion; ++version) {
        run(db, QStringLiteral("BEGIN IMMEDIATE")); // two programs opening an old file upgrade it once
        try {
            if (storedSchemaVersion(db) >= version) { // the other one did it meanwhile
                run(db, QStringLiteral("COMMIT"));
                continue;
            }
            for (const QString& sql : steps()[size_t(version - 1)])
                run(db, sql);
            afterStep(database, version);
            setMetaValue(db, QStringLiteral("schema_version"), QString::number(version));
            setMetaValue(db, QStringLiteral("min_reader_version"), QString::number(Database::MinReaderVersion));
            run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
            run(db, QStringLiteral("COMMIT"));
        } catch (...) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
}

} // namespace wp::storage
