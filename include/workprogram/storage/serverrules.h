#pragma once

// The rules a PostgreSQL server enforces itself (issue 13): group roles per program role, grants,
// row-level security, guard triggers and the security-definer function through which history rows
// are appended. docs/decisions.md "PostgreSQL: rules enforced by the server" explains the design.

#include "workprogram/storage/database.h"

#include <QStringList>

namespace wp::storage {

/// Installs (or re-installs: idempotent) the server's rules on the open server database @p db:
/// creates the group roles <database>_unit, _office, _leader and _admin, grants, policies, triggers
/// and functions, and marks the database as enforced. Needs a connection as the owner of the
/// tables allowed to create roles. Returns the group roles' names. Throws StorageError
/// (InvalidRequest kind CantOpen) on a file, StorageError from the server otherwise.
QStringList installServerRules(Database& db);

/// Makes sure server database @p db has the trigram index its accent-insensitive search uses
/// (extension pg_trgm, GIN index on items.search_text): created with the schema and by server-init
/// (databases made before it). Returns false, changing nothing, when the server refuses (pg_trgm
/// missing, no right to create it) or @p db is a file: the search is then a sequential scan, with
/// the same results.
bool ensureSearchIndex(Database& db);
/// What to tell whoever set up the database when ensureSearchIndex() failed.
QString searchIndexMissingNote();

/// Whether @p db is a server database whose rules are installed (every person is then a login
/// role of the server and signs in by connecting as it).
bool hasServerRules(Database& db);

/// The connected role's name when it owns the program's tables on server database @p db (who ran
/// server-init: trusted and bound by none of the rules, yet no account of the program), else
/// empty; always empty on a file.
QString tableOwnerConnected(Database& db);

/// The login role this connection to server database @p db signed in as (who the server checked
/// the password of); empty on a file.
QString connectedLogin(Database& db);

/// The name of the group role of @p roleKey ("unit", "office", ...) for server database @p db.
QString groupRoleName(Database& db, const QString& roleKey);

} // namespace wp::storage
