// The PostgreSQL side of the backend seam (backend.h): connecting, the schema at the current
// version, the writers' lock, and what the server gives back in other types than SQLite.

#include "backend.h"
#include "sql.h"

#include "workprogram/storage/serverrules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

namespace wp::storage {

namespace {

/// The key of the writers' advisory lock ("WPM1", as the files' application id).
constexpr qint64 WritersLockKey = Database::ApplicationId;

} // namespace

bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

void lockWriters(QSqlDatabase& db)
{
    if (isPostgres(db))
        run(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WritersLockKey));
}

QString storedText(const QVariant& v)
{
    if (v.isNull())
        return QString();
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    return v.toString();
}

QString insertionOrder(const QSqlDatabase& db)
{
    return isPostgres(db) ? QStringLiteral("seq") : QStringLiteral("rowid");
}

bool isServerSpec(const QString& spec)
{
    return spec.startsWith(QLatin1String("postgresql://")) || spec.startsWith(QLatin1String("postgres://"));
}

QString ServerAddress::display() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

ServerAddress parseServerSpec(const QString& spec)
{
    const QUrl url(spec, QUrl::StrictMode);
    ServerAddress a;
    const auto bad = [&](const QString& why) {
        // The URL may carry a password: name only what is wrong.
        return StorageError(QCoreApplication::translate("wp::storage",
                                                        "địa chỉ máy chủ không hợp lệ (%1); viết "
                                                        "postgresql://TÊN_ĐĂNG_NHẬP@MÁY:CỔNG/CƠ_SỞ_DỮ_LIỆU")
                                .arg(why),
                            StorageError::Kind::CantOpen);
    };
    if (!url.isValid())
        throw bad(QCoreApplication::translate("wp::storage", "không đọc được địa chỉ"));
    a.user = url.userName();
    a.password = url.password();
    a.host = url.host();
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    if (a.host.isEmpty())
        throw bad(QCoreApplication::translate("wp::storage", "thiếu tên máy chủ"));
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/')))
        throw bad(QCoreApplication::translate("wp::storage", "thiếu tên cơ sở dữ liệu"));
    if (a.user.isEmpty())
        a.user = qEnvironmentVariable("PGUSER");
    QStringList options;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        options.append(key + QLatin1Char('=') + value);
    a.options = options.join(QLatin1Char(';'));
    return a;
}

namespace {

/// Why the server refused @p db's connection to @p a, without the password: unreachable is
/// ConnectionLost, a login without a password or with a wrong one LoginRefused (libpq's and the
/// server's words both name the password; neither gives an SQLSTATE to QPSQL at connect time),
/// anything else (no such database, pg_hba) CantOpen.
StorageError connectRefusal(const QSqlDatabase& db, const ServerAddress& a)
{
    const QString why = db.lastError().databaseText().isEmpty() ? db.lastError().text() : db.lastError().databaseText();
    const bool unreachable =
        why.contains(QLatin1String("could not connect")) || why.contains(QLatin1String("Connection refused")) ||
        why.contains(QLatin1String("timeout")) || why.contains(QLatin1String("could not translate host"));
    const bool login = why.contains(QLatin1String("password"), Qt::CaseInsensitive);
    return StorageError(
        QCoreApplication::translate("wp::storage", "không kết nối được máy chủ %1: %2").arg(a.display(), why.trimmed()),
        unreachable ? StorageError::Kind::ConnectionLost
        : login     ? StorageError::Kind::LoginRefused
                    : StorageError::Kind::CantOpen);
}

/// The session every connection runs in. Times travel as UTC (the storage writes and hashes ISO
/// 8601 UTC); notices stay on the server.
void startSession(QSqlDatabase& db)
{
    runDirect(db, QStringLiteral("SET TIME ZONE 'UTC'"));
    runDirect(db, QStringLiteral("SET client_min_messages = warning"));
}

ServerAddress addressOf(const QSqlDatabase& db)
{
    ServerAddress a;
    a.user = db.userName();
    a.host = db.hostName();
    a.port = db.port();
    a.database = db.databaseName();
    return a;
}

PGconn* connectionOf(const QSqlDriver* driver)
{
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return nullptr;
    const QVariant handle = driver->handle();
    // QPSQL declares the type by libpq's struct name (pg_conn*); PGconn* is its typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

} // namespace

bool connectionBroken(const QSqlDriver* driver)
{
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return false;
    // QPSQL closes the connection itself when its notification socket finds it gone; a failed
    // reconnect leaves it closed too.
    const PGconn* connection = connectionOf(driver);
    return !driver->isOpen() || !connection || PQstatus(connection) == CONNECTION_BAD;
}

pg_conn* serverHandle(const QSqlDatabase& db)
{
    return connectionOf(db.driver());
}

void reconnectServer(QSqlDatabase& db)
{
    db.close();
    if (!db.open())
        throw connectRefusal(db, addressOf(db));
    startSession(db);
}

std::function<bool()> serverProbe(const QSqlDatabase& db, int timeoutSeconds)
{
    const QByteArray host = db.hostName().toUtf8();
    const QByteArray port = QByteArray::number(db.port());
    const QByteArray name = db.databaseName().toUtf8();
    const QByteArray user = db.userName().toUtf8();
    const QByteArray timeout = QByteArray::number(std::max(2, timeoutSeconds)); // libpq's least
    return [=] {
        const char* const keys[] = {"host", "port", "dbname", "user", "connect_timeout", nullptr};
        const char* const values[] = {host.constData(), port.constData(),    name.constData(),
                                      user.constData(), timeout.constData(), nullptr};
        return PQpingParams(keys, values, 0) == PQPING_OK;
    };
}

QSqlDatabase connectServer(const ServerAddress& a, const QString& connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw StorageError(QCoreApplication::translate("wp::storage", "thiếu trình điều khiển PostgreSQL của Qt (gói "
                                                                      "libqt6sql6-psql)"),
                           StorageError::Kind::CantOpen);
    }
    db.setHostName(a.host);
    db.setPort(a.port);
    db.setUserName(a.user);
    if (!a.password.isEmpty())
        db.setPassword(a.password);

    db.setDatabaseName(a.database);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=workprogram") +
                         (a.options.isEmpty() ? QString() : QLatin1Char(';') + a.options));
    bool opened = db.open();
    if (!opened && a.password.isEmpty() && qEnvironmentVariableIsSet("WP_PASSWORD")) {
        // A person signing in as their own login role gives the password as for --as (WP_PASSWORD)
        // when neither PGPASSWORD nor ~/.pgpass had it.
        db.setPassword(qEnvironmentVariable("WP_PASSWORD"));
        opened = db.open();
    }
    if (!opened) {
        const StorageError refused = connectRefusal(db, a);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw refused;
    }
    startSession(db);
    return db;
}

namespace {

QStringList tablesOf(QSqlDatabase& db)
{
    QSqlQuery q = prepare(db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                             "current_schema() AND table_type = 'BASE TABLE'"));
    exec(q);
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    return tables;
}

} // namespace

bool ensureSearchIndex(Database& database)
{
    QSqlDatabase& db = database.connection();
    if (!isPostgres(db))
        return false;
    // A savepoint (a nested Transaction): a refusal (no right to create the extension, pg_trgm not
    // installed on the server) undoes only this and the database opens as before, searched by a
    // sequential scan. pg_trgm is trusted since PostgreSQL 13: a database's owner may create it.
    Transaction tx(database);
    try {
        runDirect(db, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"));
        // The search's condition is one "search_text LIKE '%term%'" per term, the column bare:
        // the trigram index serves it for terms of three characters or more (shorter ones the
        // planner answers by the scan, with the same rows).
        runDirect(db, QStringLiteral("CREATE INDEX IF NOT EXISTS items_search_trgm ON items USING gin (search_text "
                                     "gin_trgm_ops)"));
        tx.commit();
        return true;
    } catch (const StorageError&) {
        return false;
    }
}

QString searchIndexMissingNote()
{
    return QCoreApplication::translate("wp::storage",
                                       "không tạo được chỉ mục tìm kiếm (phần mở rộng pg_trgm của PostgreSQL: cần "
                                       "quyền chủ cơ sở dữ liệu hoặc gói postgresql-contrib); tìm kiếm vẫn đúng "
                                       "nhưng chậm hơn trên nhiều việc");
}

void preparePostgres(Database& database)
{
    QSqlDatabase& db = database.connection();
    Transaction tx(database); // takes the writers' lock: two programs creating the schema at once create it once
    const QStringList tables = tablesOf(db);
    if (tables.isEmpty()) {
        for (const QString& sql : postgresSchema())
            runDirect(db, sql);
        setMetaValue(db, QStringLiteral("schema_version"), QString::number(Database::SchemaVersion));
        setMetaValue(db, QStringLiteral("min_reader_version"), QString::number(Database::MinReaderVersion));
        setMetaValue(db, QStringLiteral("application"), QStringLiteral("workprogram"));
        if (!ensureSearchIndex(database))
            qWarning("%s", qUtf8Printable(searchIndexMissingNote()));
        tx.commit();
        return;
    }
    if (!tables.contains(QStringLiteral("meta")) ||
        metaValue(db, QStringLiteral("application")) != QLatin1String("workprogram"))
        throw StorageError(QCoreApplication::translate("wp::storage",
                                                       "cơ sở dữ liệu %1 trên máy chủ có dữ liệu của một "
                                                       "chương trình khác; không có gì bị thay đổi")
                               .arg(database.location()),
                           StorageError::Kind::NotOurs);
    tx.commit();
}

const QStringList& postgresSchema()
{
    // The SQLite schema after every step of migrations.cpp, in PostgreSQL's words: identity
    // columns for INTEGER PRIMARY KEY, timestamptz for the ISO times, bigint for ids. Dates stay
    // ISO text (yyyy-MM-dd), which sorts and compares as dates on both backends. unit_aliases has
    // an identity "seq" for the insertion order SQLite keeps in its rowid.
    // People's words (names, content, leaders, groups, notes) sort in Vietnamese order on the server
    // too, through ICU's vi-VN collation, for anyone querying it directly (the program itself sorts
    // in C++ with QCollator, the same on both backends); logins and keys in byte order, as SQLite's
    // BINARY, so that "users list" and the copy read them in the same order on both.
    static const QStringList all = {
        QStringLiteral("CREATE COLLATION wp_vi (provider = icu, locale = 'vi-VN')"),
        QStringLiteral("CREATE TABLE meta (key text COLLATE \"C\" PRIMARY KEY, value text NOT NULL)"),
        QStringLiteral("CREATE TABLE units ("
                       " id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " code text NOT NULL UNIQUE,"
                       " name text COLLATE wp_vi NOT NULL,"
                       " short_name text COLLATE wp_vi,"
                       " display_order integer NOT NULL DEFAULT 0,"
                       " active integer NOT NULL DEFAULT 1,"
                       " from_year integer,"
                       " to_year integer)"),
        QStringLiteral("CREATE TABLE unit_aliases ("
                       " unit_id bigint NOT NULL REFERENCES units(id) ON DELETE CASCADE,"
                       " alias text COLLATE wp_vi NOT NULL,"
                       " seq bigint GENERATED ALWAYS AS IDENTITY,"
                       " PRIMARY KEY (unit_id, alias))"),
        QStringLiteral("CREATE TABLE programs ("
                       " id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " year integer NOT NULL UNIQUE,"
                       " title text NOT NULL,"
                       " issuing_body text,"
                       " parent_body text,"
                       " state text NOT NULL DEFAULT 'collecting',"
                       " sample integer NOT NULL DEFAULT 0,"
                       " created_at timestamptz NOT NULL,"
                       " updated_at timestamptz NOT NULL)"),
        QStringLiteral("CREATE TABLE items ("
                       " id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " program_id bigint NOT NULL REFERENCES programs(id) ON DELETE CASCADE,"
                       " number integer NOT NULL,"
                       " content text COLLATE wp_vi NOT NULL CHECK (content <> ''),"
                       " lead_unit_id bigint NOT NULL REFERENCES units(id),"
                       " deadline_text text,"
                       " deadline_kind text NOT NULL DEFAULT 'none',"
                       " due_date text,"
                       " leader text COLLATE wp_vi,"
                       " task_group text COLLATE wp_vi,"
                       " form text COLLATE wp_vi,"
                       " level text COLLATE wp_vi,"
                       " status text NOT NULL,"
                       " note text COLLATE wp_vi,"
                       " search_text text NOT NULL DEFAULT '',"
                       " created_at timestamptz NOT NULL,"
                       " updated_at timestamptz NOT NULL,"
                       " row_version integer NOT NULL DEFAULT 1,"
                       " merged_into bigint REFERENCES items(id) ON DELETE SET NULL,"
                       " carried_from bigint REFERENCES items(id) ON DELETE SET NULL,"
                       " deadline_review integer NOT NULL DEFAULT 0,"
                       " co_units_text text,"
                       " UNIQUE (program_id, number))"),
        QStringLiteral("CREATE INDEX items_program_unit_status ON items(program_id, lead_unit_id, status)"),
        QStringLiteral("CREATE TABLE item_co_units ("
                       " item_id bigint NOT NULL REFERENCES items(id) ON DELETE CASCADE,"
                       " unit_id bigint NOT NULL REFERENCES units(id),"
                       " position integer NOT NULL,"
                       " PRIMARY KEY (item_id, unit_id))"),
        QStringLiteral("CREATE INDEX item_co_units_unit ON item_co_units(unit_id)"),
        QStringLiteral("CREATE TABLE program_settings ("
                       " program_id bigint PRIMARY KEY REFERENCES programs(id) ON DELETE CASCADE,"
                       " report_json text NOT NULL)"),
        QStringLiteral("CREATE TABLE users ("
                       " id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " login text COLLATE \"C\" NOT NULL UNIQUE,"
                       " full_name text COLLATE wp_vi NOT NULL,"
                       " title text,"
                       " role text NOT NULL CHECK (role IN ('unit', 'office', 'leader', 'admin')),"
                       " unit_id bigint REFERENCES units(id),"
                       " password_hash text NOT NULL,"
                       " active integer NOT NULL DEFAULT 1,"
                       " created_at timestamptz NOT NULL,"
                       " must_change_password integer NOT NULL DEFAULT 0,"
                       " password_reset_at timestamptz,"
                       " password_reset_by text)"),
        QStringLiteral("CREATE TABLE user_units ("
                       " user_id bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                       " unit_id bigint NOT NULL REFERENCES units(id),"
                       " PRIMARY KEY (user_id, unit_id))"),
        QStringLiteral("CREATE TABLE item_history ("
                       " id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " item_id bigint NOT NULL,"
                       " at timestamptz NOT NULL,"
                       " login text NOT NULL,"
                       " kind text NOT NULL,"
                       " from_status text,"
                       " to_status text,"
                       " comment text,"
                       " changes text,"
                       " prev_hash text NOT NULL,"
                       " hash text NOT NULL)"),
        QStringLiteral("CREATE INDEX item_history_item ON item_history(item_id, id)"),
        QStringLiteral("CREATE TABLE snapshots ("
                       " id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " program_id bigint NOT NULL REFERENCES programs(id),"
                       " at timestamptz NOT NULL,"
                       " login text NOT NULL,"
                       " from_state text NOT NULL,"
                       " to_state text NOT NULL,"
                       " label text NOT NULL,"
                       " content text NOT NULL,"
                       " hash text NOT NULL)"),
        QStringLiteral("CREATE INDEX snapshots_program ON snapshots(program_id, id)"),
        QStringLiteral("CREATE FUNCTION snapshots_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE "
                       "EXCEPTION 'snapshots are immutable' USING ERRCODE = 'integrity_constraint_violation'; END $$"),
        QStringLiteral("CREATE TRIGGER snapshots_no_update BEFORE UPDATE ON snapshots FOR EACH ROW EXECUTE FUNCTION "
                       "snapshots_immutable()"),
        QStringLiteral("CREATE TRIGGER snapshots_no_delete BEFORE DELETE ON snapshots FOR EACH ROW EXECUTE FUNCTION "
                       "snapshots_immutable()"),
        QStringLiteral("CREATE TABLE program_history ("
                       " id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " program_id bigint NOT NULL REFERENCES programs(id) ON DELETE CASCADE,"
                       " at timestamptz NOT NULL,"
                       " login text NOT NULL,"
                       " from_state text NOT NULL,"
                       " to_state text NOT NULL,"
                       " decision text,"
                       " snapshot_id bigint REFERENCES snapshots(id),"
                       " snapshot_hash text,"
                       " prev_hash text,"
                       " hash text)"),
        QStringLiteral("CREATE TABLE imports ("
                       " id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " program_id bigint NOT NULL REFERENCES programs(id) ON DELETE CASCADE,"
                       " at timestamptz NOT NULL,"
                       " file text NOT NULL,"
                       " items integer NOT NULL)"),
        QStringLiteral("CREATE INDEX imports_program ON imports(program_id, id)"),
        QStringLiteral("CREATE TABLE import_stated ("
                       " import_id bigint NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                       " position integer NOT NULL,"
                       " row integer NOT NULL,"
                       " label text NOT NULL,"
                       " unit_id bigint REFERENCES units(id) ON DELETE SET NULL,"
                       " stated integer NOT NULL,"
                       " counted integer NOT NULL,"
                       " total integer NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (import_id, position))"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                       " at timestamptz NOT NULL,"
                       " login text NOT NULL,"
                       " kind text NOT NULL,"
                       " target text NOT NULL DEFAULT '',"
                       " details text,"
                       " prev_hash text NOT NULL,"
                       " hash text NOT NULL)"),
        QStringLiteral("CREATE TABLE login_failures ("
                       " login text PRIMARY KEY,"
                       " failures integer NOT NULL,"
                       " last_failure_at timestamptz NOT NULL,"
                       " blocked_until timestamptz)"),
    };
    return all;
}

} // namespace wp::storage
