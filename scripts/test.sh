#!/usr/bin/env bash
# Installs what is needed, builds, and runs the whole test suite with ctest.
#
#   scripts/test.sh                 the suite (build/, ctest -j$(nproc))
#   WP_CI_FULL=1 scripts/test.sh    also the reliability stage, as .ci/run does:
#                                   the libFuzzer targets for WP_FUZZ_SECONDS (default 60) each
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
if [ "$full" = 1 ]; then
  fuzz_start=$(date +%s)
  ./scripts/fuzz.sh "${WP_FUZZ_SECONDS:-60}"
  echo "fuzz stage: $(( $(date +%s) - fuzz_start )) s"
  asan_start=$(date +%s)
  # (the test programs are run at build time to list their tests: no leak report there either)
  ASAN_OPTIONS=detect_leaks=0 BUILD_DIR=build-asan ./scripts/build.sh -DWP_SANITIZE=ON -DWP_BUILD_BENCHMARKS=OFF
  echo "sanitizer build: $(( $(date +%s) - asan_start )) s"
fi

(cd build && ctest --output-on-failure --timeout 600 -j"$(nproc)")

if [ "$full" = 1 ]; then
  # UBSan findings abort (-fno-sanitize-recover); ASan stops at the first error. Leak checking
  # is off: Qt keeps its plugin loader and font caches until exit.
  echo "== the suite under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan)"
  (cd build-asan && ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=0 \
     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     ctest --output-on-failure --timeout 1200 -j"$(nproc)")
fi
