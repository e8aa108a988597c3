#pragma once

// Helpers shared by the test programs: a fresh database per test, running the CLI.

#include "workprogram/storage/database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace wp::test {

/// A temporary folder with a fresh database file in it, removed after the test.
class TempDb
{
public:
    TempDb();
    QString path() const { return m_path; }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    storage::Database& db();
    /// Closes the connection (so that another process can use the file freely).
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<storage::Database> m_db;
};

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the real workprogram-cli binary with @p args; @p env adds environment variables. It is the
/// test suite's build of the program (workprogram-cli-tests), which honours WP_PWHASH_FAST=1.
CliResult runCli(const QStringList& args, const QStringList& env = {});
/// The same, with the program people run (workprogram-cli).
CliResult runReleaseCli(const QStringList& args, const QStringList& env = {});

/// What a refused change must leave alone, as one string to compare before and after: every
/// item (status, row version, merged_into), the number of history rows, and the accounts with
/// their password hashes and whether they are locked.
QString fingerprint(storage::Database& db);

/// Writes @p bytes to @p path.
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace wp::test
