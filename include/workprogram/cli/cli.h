#pragma once

#include <QStringList>
#include <QTextStream>

namespace wp::cli {

/// Exit codes of workprogram-cli: a contract with the scripts that drive it.
enum ExitCode
{
    Ok = 0,
    Usage = 1,      ///< wrong command line
    BadInput = 2,   ///< invalid input data (nothing was written)
    DbError = 3,    ///< the database could not be opened, read or written
    AuthFailed = 4, ///< unknown login or wrong password (--as)
    Refused = 5,    ///< the workflow does not let this person do this; the message says who may
};

/// Runs one command line (args[0] is the program name). Output goes to @p out, messages to
/// @p err; returns the exit code.
int run(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace wp::cli
