#pragma once

// Shared by the benchmark programs: running workprogram-cli as a child process and reading what
// it cost from wait4() (peak resident memory, CPU time), which no in-process figure can give.

#include <QString>
#include <QStringList>

namespace wp::bench {

struct CliRun
{
    int exitCode = -1;     ///< -1 when the program did not exit normally
    long peakRssKiB = 0;   ///< ru_maxrss of the child
    double cpuSeconds = 0; ///< user + system time of the child
};

/// Call first thing in main(), before anything is loaded: forks the small process that starts
/// the CLI for runCli(). Linux counts the memory a child had before exec() — a copy of its
/// parent — in the child's ru_maxrss, so a CLI forked straight from a benchmark holding its
/// test data would report at least the benchmark's own size.
void startLauncher();

/// Runs WP_CLI_PATH with @p args, its stdout and stderr to /dev/null (or stdout to
/// @p stdoutPath), and waits for it.
CliRun runCli(const QStringList& args, const QString& stdoutPath = QString());

} // namespace wp::bench
