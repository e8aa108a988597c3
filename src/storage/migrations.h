#pragma once

#include <QSqlDatabase>

namespace wp::storage {

class Database;

/// Brings the schema from its stored version up to Database::SchemaVersion, one step at a
/// time, each step in its own transaction. Refuses a database written by a newer program
/// that this one cannot read.
void migrate(Database& db);

/// The schema version stored in the database (0 for an empty database).
int storedSchemaVersion(QSqlDatabase& db);

} // namespace wp::storage
