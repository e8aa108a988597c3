#pragma once

#include "workprogram/storage/database.h"

#include <QCoreApplication>
#include <QStringList>

namespace wp::storage {

/// The heads of the database's three hash chains (items' history, program steps, audit log),
/// written outside the database: a small text file beside the database file, one line per
/// program step, sign-off and verify. Someone who rewrites a whole chain with recomputed hashes
/// can make verify's chain checks pass, but not the log kept on another disk or machine: check()
/// finds every head it recorded that the chain no longer passes through.
class HeadLog
{
    Q_DECLARE_TR_FUNCTIONS(wp::storage::HeadLog)

public:
    struct Heads
    {
        QString items;
        QString steps;
        QString audit;
    };

    explicit HeadLog(Database& db);

    /// The log's file: "<database>.heads" beside a database file.
    QString path() const { return m_path; }
    /// The chains' heads now.
    Heads current() const;
    /// Appends the heads now, with the time and @p event ("step", "signoff", "verify"). Best effort:
    /// false when the file cannot be written (a read-only folder), which changes nothing else.
    bool record(const QString& event) const;
    /// One line per recorded head that is no longer in its chain: the history was rewritten.
    QStringList check() const;
    /// Where @p hash is in the database (a history row, a program step, an audit row or a
    /// snapshot), for a person; empty when it is nowhere.
    QString find(const QString& hash) const;

private:
    bool contains(const QString& table, const QString& hash) const;
    Database& m_db;
    QString m_path;
};

} // namespace wp::storage
