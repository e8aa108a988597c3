#pragma once

// Private to wp_cli: what every command gets, and the errors that become exit codes.

#include "workprogram/cli/cli.h"
#include "workprogram/core/program.h"
#include "workprogram/core/unit.h"
#include "workprogram/core/user.h"
#include "workprogram/storage/database.h"
#include "workprogram/storage/itemrepository.h"
#include "workprogram/storage/snapshotrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <stdexcept>

namespace wp::cli {

/// Ends a command with an exit code and a message for stderr.
class Failure : public std::runtime_error
{
public:
    Failure(int code, const QString& message)
        : std::runtime_error(message.toStdString()), m_code(code), m_message(message)
    {}
    int code() const { return m_code; }
    const QString& message() const { return m_message; }

private:
    int m_code;
    QString m_message;
};

struct Context
{
    QTextStream& out;
    QTextStream& err;
    QCommandLineParser parser;
    QString command;
    QStringList args;
    bool helpShown = false;

    /// Parses args with the options the command added; throws Failure(Usage) on a bad
    /// command line. Returns false when --help was asked for (the help is printed).
    bool parse(const QString& positionalSyntax = QString(), int minPositional = 0, int maxPositional = 0);

    /// The --db option's value or the default database file.
    QString dbPath() const;
    /// --db as it may be shown: a server's URL without its password.
    QString dbShown() const;
    /// Whether --db names a file that does not exist (a server database is never "missing" here:
    /// connecting says what is wrong with it).
    bool dbMissing() const;
    /// Opens the database (creating it), or throws Failure(DbError).
    std::unique_ptr<storage::Database> openDb() const;
    /// --year: required unless the database holds exactly one program.
    int year(storage::Database& db) const;
    /// The program of year(); Failure(BadInput) when there is none.
    Program program(storage::Database& db) const;
    /// Finds a unit by code, name or alias; Failure(BadInput) when unknown or ambiguous.
    Unit unit(storage::Database& db, const QString& written) const;
    /// The snapshot of @p program that @p written names ("12" or "#12"); Failure(BadInput) when
    /// there is none.
    storage::Snapshot snapshot(storage::Database& db, const Program& program, const QString& written) const;
    /// --format among @p allowed (the first is the default).
    QString format(const QStringList& allowed) const;
    QDate dateOption(const QString& name) const;
    /// The person named by --as, signed in with the password from WP_PASSWORD or a prompt;
    /// Failure(AuthFailed) for an unknown login or a wrong password.
    User actor(storage::Database& db) const;
    /// Who writes, for a command that changes the database (import, units, demo, restore, ...).
    /// Once the database has accounts, nobody writes unsigned: --as is required (Failure(AuthFailed)
    /// without it), the person signs in (actor()), and a role outside @p roles is refused
    /// (PermissionError, exit 5) with @p what in the message ("nhập dữ liệu"). Without accounts:
    /// nobody (std::nullopt; the history records an empty login).
    std::optional<User> writer(storage::Database& db, const QVector<Role>& roles, const QString& what) const;
    /// Adds --as to the command's options.
    void addAsOption();
    /// A password from environment variable @p envName, else asked on the terminal
    /// (twice when @p confirm).
    QString password(const QString& envName, const QString& prompt, bool confirm) const;
};

/// The --as option's name.
extern const QString asOption;

/// The translation context of the command line's messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(wp::cli::Cli)
};

/// The filters of `items` (--unit, --co-unit, --status, --search, --due-before, --overdue,
/// --as-of), shared with `edit`.
void addItemFilterOptions(Context& c);
storage::ItemFilter itemFilter(Context& c, storage::Database& db);
/// Whether any of those filters is on the command line.
bool hasItemFilter(const Context& c);

int cmdInit(Context& c);
int cmdServerInit(Context& c);
int cmdDemo(Context& c);
int cmdUnits(Context& c);
int cmdImport(Context& c);
int cmdCounts(Context& c);
/// counts --stated: the last import's stated numbers beside the rows counted.
int countsStated(Context& c, const QString& format);
int cmdItems(Context& c);
int cmdExport(Context& c);
int cmdPrograms(Context& c);
int cmdBackup(Context& c);
int cmdCopy(Context& c);
int cmdRestore(Context& c);
int cmdCheck(Context& c);
int cmdReport(Context& c);
int cmdUsers(Context& c);
int cmdTransition(Context& c);
int cmdComment(Context& c);
int cmdHistory(Context& c);
int cmdStep(Context& c);
int cmdSignoff(Context& c);
int cmdSnapshots(Context& c);
int cmdVerify(Context& c);
int cmdDiff(Context& c);
int cmdMerge(Context& c);
int cmdRollover(Context& c);
int cmdEdit(Context& c);

} // namespace wp::cli
