#!/usr/bin/env bash
# Installs what is needed, builds, and runs the whole test suite with ctest.
#
#   scripts/test.sh                 the suite (build/, ctest -j$(nproc))
#   WP_CI_FULL=1 scripts/test.sh    also the reliability stage, as .ci/run does:
#                                   the libFuzzer targets for WP_FUZZ_SECONDS (default 40) each, beside the suite
#                                   (scripts/fuzz.sh, fails on a crash), then the whole suite
#                                   again under AddressSanitizer + UndefinedBehaviorSanitizer
#                                   (build-asan). Its ctest summary is the last thing printed.
#   WP_TEST_PG=postgresql://…       the PostgreSQL tests use that server instead of starting
#                                   a throwaway cluster (scripts/pg-test-cluster.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh

# The storage and CLI suites run on both backends: a throwaway PostgreSQL cluster on 127.0.0.1:54329
# for the run (unless WP_TEST_PG already names a server), stopped at the end.
if [ -z "${WP_TEST_PG:-}" ]; then
  pg_dir=$(mktemp -d /tmp/wp-pg.XXXXXX)
  WP_TEST_PG=$(./scripts/pg-test-cluster.sh start "$pg_dir")
  export WP_TEST_PG
  trap './scripts/pg-test-cluster.sh stop "$pg_dir" || true; rm -rf "$pg_dir"' EXIT
fi

full=${WP_CI_FULL:-0}
fuzz_pid=
if [ "$full" = 1 ]; then
  # The fuzzers run beside the suite: much of the suite waits on child processes, locks and
  # timers, and the fuzzers take that idle time (the stage's log is printed after the suite).
  ( start=$(date +%s)
    WP_JOBS=1 ./scripts/fuzz.sh "${WP_FUZZ_SECONDS:-40}"
    echo "fuzz stage: $(( $(date +%s) - start )) s" ) > fuzz-stage.log 2>&1 &
  fuzz_pid=$!
fi

suite_start=$(date +%s)
suite=0
(cd build && ctest --output-on-failure --timeout 900 -j"$(nproc)") || suite=$?
echo "suite: $(( $(date +%s) - suite_start )) s"

if [ "$full" = 1 ]; then
  fuzz=0
  wait "$fuzz_pid" || fuzz=$?
  echo "== fuzzing (scripts/fuzz.sh)"
  cat fuzz-stage.log
  if [ "$suite" != 0 ] || [ "$fuzz" != 0 ]; then
    echo "the suite or the fuzzers failed (suite $suite, fuzz $fuzz)"
    exit 1
  fi
  asan_start=$(date +%s)
  # (the test programs are run at build time to list their tests: no leak report there either)
  # Only the test programs that pass runs (and the CLIs they start): not test_cli or test_slow.
  ASAN_OPTIONS=detect_leaks=0 cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    $(command -v ccache >/dev/null 2>&1 && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) \
    -DWP_SANITIZE=ON -DWP_BUILD_BENCHMARKS=OFF >/dev/null
  ASAN_OPTIONS=detect_leaks=0 cmake --build build-asan -j"$(nproc)" \
    --target test_core test_storage test_io test_models test_gui test_reports
  echo "sanitizer build: $(( $(date +%s) - asan_start )) s"
elif [ "$suite" != 0 ]; then
  exit "$suite"
fi

if [ "$full" = 1 ]; then
  # UBSan findings abort (-fno-sanitize-recover); ASan stops at the first error. Leak checking
  # is off: Qt keeps its plugin loader and font caches until exit.
  # The sanitizers watch our code in-process: the fast tests of every layer (core, storage, io,
  # models, reports, gui). Left out: the CLI's tests, whose work is done in child processes (the
  # layers' own tests cover that code in-process), the PostgreSQL cases and the slow kill -9
  # runs (the suite ran them), and the tests that drive LibreOffice.
  echo "== the fast tests under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan): ctest -LE '${WP_ASAN_LABELS_EXCLUDED:=^(cli|pg|slow)$}' -E '${WP_ASAN_EXCLUDE:=LibreOffice|_NOT_BUILT}'"
  (cd build-asan && ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=0 \
     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     ctest --output-on-failure --timeout 1800 -j"$(nproc)" -LE "$WP_ASAN_LABELS_EXCLUDED" -E "$WP_ASAN_EXCLUDE")
fi
