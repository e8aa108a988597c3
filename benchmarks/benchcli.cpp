#include "benchcli.h"

#include <QByteArray>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace wp::bench {
namespace {

int toLauncher = -1;   ///< requests: a length-prefixed list of strings (stdout path, then argv)
int fromLauncher = -1; ///< answers: one CliRun
pid_t launcher = -1;

/// At exit: the launcher sees its requests end, and is waited for (no zombie left behind).
void stopLauncher()
{
    close(toLauncher);
    close(fromLauncher);
    waitpid(launcher, nullptr, 0);
}

bool writeAll(int fd, const void* data, size_t size)
{
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = write(fd, p, size);
        if (n <= 0)
            return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}

bool readAll(int fd, void* data, size_t size)
{
    char* p = static_cast<char*>(data);
    while (size > 0) {
        const ssize_t n = read(fd, p, size);
        if (n <= 0)
            return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}

/// Forks, points stdout at @p out and stderr at /dev/null, execs @p argv, waits.
CliRun spawn(std::vector<QByteArray>& argv, const QByteArray& out)
{
    std::vector<char*> pointers;
    for (QByteArray& s : argv)
        pointers.push_back(s.data());
    pointers.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        if (!freopen(out.constData(), "w", stdout) || !freopen("/dev/null", "w", stderr))
            _exit(127);
        execv(pointers[0], pointers.data());
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

[[noreturn]] void serve(int requests, int answers)
{
    for (;;) {
        quint32 count = 0;
        if (!readAll(requests, &count, sizeof count))
            _exit(0); // the benchmark is gone
        std::vector<QByteArray> strings;
        for (quint32 i = 0; i < count; ++i) {
            quint32 size = 0;
            QByteArray s;
            if (!readAll(requests, &size, sizeof size))
                _exit(1);
            s.resize(size);
            if (!readAll(requests, s.data(), size))
                _exit(1);
            strings.push_back(s);
        }
        const QByteArray out = strings.front();
        std::vector<QByteArray> argv(strings.begin() + 1, strings.end());
        const CliRun run = spawn(argv, out);
        if (!writeAll(answers, &run, sizeof run))
            _exit(1);
    }
}

} // namespace

void startLauncher()
{
    int requests[2];
    int answers[2];
    if (pipe(requests) != 0 || pipe(answers) != 0)
        return;
    const pid_t pid = fork();
    if (pid < 0)
        return;
    if (pid == 0) {
        close(requests[1]);
        close(answers[0]);
        serve(requests[0], answers[1]);
    }
    close(requests[0]);
    close(answers[1]);
    toLauncher = requests[1];
    fromLauncher = answers[0];
    launcher = pid;
    std::atexit(stopLauncher);
}

CliRun runCli(const QStringList& args, const QString& stdoutPath)
{
    std::vector<QByteArray> strings{stdoutPath.isEmpty() ? QByteArray("/dev/null") : stdoutPath.toLocal8Bit(),
                                    QByteArray(WP_CLI_PATH)};
    for (const QString& a : args)
        strings.push_back(a.toUtf8());
    if (toLauncher < 0) { // no launcher: the figure includes this process's size
        const QByteArray out = strings.front();
        std::vector<QByteArray> argv(strings.begin() + 1, strings.end());
        return spawn(argv, out);
    }
    const quint32 count = quint32(strings.size());
    bool ok = writeAll(toLauncher, &count, sizeof count);
    for (const QByteArray& s : strings) {
        const quint32 size = quint32(s.size());
        ok = ok && writeAll(toLauncher, &size, sizeof size) && writeAll(toLauncher, s.constData(), s.size());
    }
    CliRun run;
    if (!ok || !readAll(fromLauncher, &run, sizeof run))
        run.exitCode = -1;
    return run;
}

} // namespace wp::bench
