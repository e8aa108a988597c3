#pragma once

// Shared by the benchmark programs: running workprogram-cli as a child process and reading what
// it cost from wait4() (peak resident memory, CPU time), which no in-process figure can give.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <vector>

namespace wp::bench {

struct CliRun
{
    int exitCode = -1;     ///< -1 when the program did not exit normally
    long peakRssKiB = 0;   ///< ru_maxrss of the child
    double cpuSeconds = 0; ///< user + system time of the child
};

/// Runs WP_CLI_PATH with @p args, its stdout and stderr to /dev/null (or stdout to
/// @p stdoutPath), and waits for it.
inline CliRun runCli(const QStringList& args, const QString& stdoutPath = QString())
{
    std::vector<QByteArray> store{QByteArray(WP_CLI_PATH)};
    for (const QString& a : args)
        store.push_back(a.toUtf8());
    const QByteArray out = stdoutPath.isEmpty() ? QByteArray("/dev/null") : stdoutPath.toLocal8Bit();
    std::vector<char*> argv;
    for (QByteArray& s : store)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        if (!freopen(out.constData(), "w", stdout) || !freopen("/dev/null", "w", stderr))
            _exit(127);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage
    {};
    wait4(pid, &status, 0, &usage);
    CliRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.peakRssKiB = usage.ru_maxrss;
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                     double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return run;
}

} // namespace wp::bench
