#pragma once

#include "workprogram/storage/database.h"

#include <QCoreApplication>
#include <QStringList>

namespace wp::storage {

/// verify's second half: the hash chains prove that no history row was changed; this replays the
/// history and compares it with what the tables hold now. An item whose content or status was
/// changed outside the program (sqlite3, another tool), an item inserted or deleted outside it, a
/// program whose step does not match its recorded steps, an account whose role, unit, units or lock
/// does not match the audit log — each is one line naming the item (number, id, year) or the
/// account and the field.
class StateVerifier
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::StateVerifier)

public:
    explicit StateVerifier(Database& db) : m_db(db) {}

    /// One line per difference, for a person; empty when the tables are what the history says.
    QStringList verify() const;

    /// The upgrade to schema 7: a `create` row for every item as it is now and a user-baseline row
    /// for every account, from which later history is replayed. Inside the upgrade's transaction.
    static void writeBaseline(Database& db);

private:
    QStringList verifyItems() const;
    QStringList verifyPrograms() const;
    QStringList verifyUsers() const;
    Database& m_db;
};

} // namespace wp::storage
