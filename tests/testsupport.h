#pragma once

// Helpers shared by the test programs: a fresh database per test, running the CLI.

#include "workprogram/storage/database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <string>

#include <gtest/gtest.h>

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

/// The backend a test runs on (value-parameterized tests name their parameter after it: the
/// PostgreSQL cases end in "/Postgres", which ctest labels `pg`).
enum class Backend
{
    Sqlite,
    Postgres
};
std::string backendName(const ::testing::TestParamInfo<Backend>& info);

/// A fresh database on @p backend, removed after the test: a file in a temporary folder, or a
/// new database wp_test_<random> on the server that WP_TEST_PG names (the URL of a superuser on a
/// throwaway cluster, scripts/pg-test-cluster.sh), dropped afterwards. Without WP_TEST_PG a
/// PostgreSQL TestDb is unavailable(): the fixture skips the test and says why.
class TestDb
{
public:
    explicit TestDb(Backend backend = Backend::Sqlite);
    ~TestDb();
    TestDb(const TestDb&) = delete;
    TestDb& operator=(const TestDb&) = delete;
    Backend backend() const { return m_backend; }
    /// Why the test cannot run (no server), else empty.
    const QString& unavailable() const { return m_unavailable; }
    /// What --db takes: the file's path or the database's URL.
    QString spec() const { return m_spec; }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    storage::Database& db();
    void close() { m_db.reset(); }

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_spec;
    QString m_serverDb; ///< the database created on the server, dropped by the destructor
    QString m_unavailable;
    std::unique_ptr<storage::Database> m_db;
};

/// Skips the current test, saying why, when @p db cannot run (no PostgreSQL server given).
#define WP_SKIP_UNLESS_AVAILABLE(testDb)                                                                               \
    do {                                                                                                               \
        if (!(testDb).unavailable().isEmpty())                                                                         \
            GTEST_SKIP() << (testDb).unavailable().toStdString();                                                      \
    } while (false)

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
