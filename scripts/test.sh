#!/usr/bin/env bash
# Installs what is needed, builds, and runs the whole test suite with ctest.
# WP_CI_FULL=1 adds the reliability stage (not run by default): the suite again under
# AddressSanitizer + UndefinedBehaviorSanitizer (build-asan), then scripts/fuzz.sh 60.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
(cd build && ctest --output-on-failure --timeout 600 -j"$(nproc)")

if [ "${WP_CI_FULL:-0}" = 1 ]; then
  stage_start=$(date +%s)
  BUILD_DIR=build-asan ./scripts/build.sh -DWP_SANITIZE=ON -DWP_BUILD_BENCHMARKS=OFF
  # Qt's plugin loader and font cache keep allocations until exit: leaks are not checked.
  (cd build-asan && ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
     ctest --output-on-failure --timeout 900 -j"$(nproc)")
  echo "sanitizer stage: $(( $(date +%s) - stage_start )) s"
  fuzz_start=$(date +%s)
  ./scripts/fuzz.sh "${WP_FUZZ_SECONDS:-60}"
  echo "fuzz stage: $(( $(date +%s) - fuzz_start )) s"
fi
