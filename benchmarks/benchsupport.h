#pragma once

// Shared by the benchmarks that run the real workprogram-cli as a child process.

#include <QByteArray>
#include <QStringList>

#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace wp::bench {

/// Runs the CLI with @p args (output discarded) and returns its peak resident memory in KiB;
/// its exit code goes to @p exitCode when given.
inline long runCliRss(const QStringList& args, int* exitCode = nullptr)
{
    const pid_t pid = fork();
    if (pid == 0) {
        std::vector<QByteArray> store;
        std::vector<char*> argv;
        store.push_back(QByteArray(WP_CLI_PATH));
        for (const QString& a : args)
            store.push_back(a.toUtf8());
        for (QByteArray& s : store)
            argv.push_back(s.data());
        argv.push_back(nullptr);
        if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr))
            _exit(127);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage
    {};
    wait4(pid, &status, 0, &usage);
    if (exitCode)
        *exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return usage.ru_maxrss;
}

} // namespace wp::bench
