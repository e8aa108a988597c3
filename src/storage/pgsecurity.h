#pragma once

// Private to wp_storage: what the repositories do differently on a server database whose rules
// are installed (serverrules.h): people are login roles, the server checks their passwords, and
// item history rows are appended by the server's own function.

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace wp::storage {

/// Whether the rules are installed on @p db, of any version (false on SQLite). One query of the
/// meta table.
bool serverRulesOn(QSqlDatabase& db);
/// Whether @p db's rules append the items' history many rows a call (wp_append_item_history_batch,
/// rules of version 2 on): an older database keeps one call a row until server-init runs again.
bool serverHistoryBatches(QSqlDatabase& db);

/// The login role this connection signed in as (session_user).
QString sessionLogin(QSqlDatabase& db);

/// CREATE ROLE @p login LOGIN PASSWORD … IN ROLE <database>_<roleKey> (administrators may also
/// create and alter roles). The server keeps a scram-sha-256 verifier; the program stores nothing.
void createLoginRole(QSqlDatabase& db, const QString& login, const QString& roleKey, const QString& password);
/// ALTER ROLE @p login PASSWORD ….
void setLoginPassword(QSqlDatabase& db, const QString& login, const QString& password);
/// ALTER ROLE @p login LOGIN or NOLOGIN.
void setLoginEnabled(QSqlDatabase& db, const QString& login, bool enabled);

/// A history row as the server wrote it.
struct ServerHistoryRow
{
    qint64 id = 0;
    QString at; ///< ISO 8601 UTC with milliseconds, as hashed
    QString login;
    QString prevHash;
    QString hash;
};

/// Appends one item history row through wp_append_item_history(): the server takes its id, its
/// time (now()), the author (session_user), links and hashes it under the writers' lock.
/// @p from, @p to, @p comment, @p changes are bound as given (a null variant is NULL).
ServerHistoryRow appendHistoryOnServer(QSqlDatabase& db, qint64 itemId, const QString& kind, const QVariant& from,
                                       const QVariant& to, const QVariant& comment, const QVariant& changes);

} // namespace wp::storage
